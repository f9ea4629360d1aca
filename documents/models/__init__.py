"""Documents and their language versions, their structure and import jobs."""

from .documents import NEWEST_FIRST, Document, LanguageVersion, public_document_q
from .imports import ImportJob
from .structure import Footnote, Paragraph, Reference, Section, paragraph_anchor

__all__ = [
    "NEWEST_FIRST",
    "Document",
    "Footnote",
    "ImportJob",
    "LanguageVersion",
    "Paragraph",
    "Reference",
    "Section",
    "paragraph_anchor",
    "public_document_q",
]
