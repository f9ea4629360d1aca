"""Pages of documents: the public ones (home, documents, search)."""

from .public import document_detail, document_source, document_url, search
from .site import health_check, home, robots_txt, switch_language

__all__ = [
    "document_detail",
    "document_source",
    "document_url",
    "health_check",
    "home",
    "robots_txt",
    "search",
    "switch_language",
]
