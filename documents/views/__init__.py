"""Pages of documents: a document and the source file of each of its language versions."""

from .public import document_detail, document_source

__all__ = [
    "document_detail",
    "document_source",
]
