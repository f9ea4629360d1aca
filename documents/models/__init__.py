"""Documents and their language versions, their structure, draft reports and import jobs."""

from .documents import Document, LanguageVersion, public_document_q
from .imports import ImportJob
from .reports import DraftReport, OpenItem, ReportSection
from .structure import Footnote, Paragraph, Reference, Section

__all__ = [
    "Document",
    "DraftReport",
    "Footnote",
    "ImportJob",
    "LanguageVersion",
    "OpenItem",
    "Paragraph",
    "Reference",
    "ReportSection",
    "Section",
    "public_document_q",
]
