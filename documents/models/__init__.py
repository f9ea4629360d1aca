"""Documents and their language versions, their structure, draft reports and import jobs."""

from .documents import NEWEST_FIRST, Document, LanguageVersion, public_document_q
from .imports import ImportJob
from .reports import DraftReport, OpenItem, ReportEvent, ReportSection, SectionProposal
from .structure import Footnote, Paragraph, Reference, Section, paragraph_anchor

__all__ = [
    "NEWEST_FIRST",
    "Document",
    "DraftReport",
    "Footnote",
    "ImportJob",
    "LanguageVersion",
    "OpenItem",
    "Paragraph",
    "Reference",
    "ReportEvent",
    "ReportSection",
    "Section",
    "SectionProposal",
    "paragraph_anchor",
    "public_document_q",
]
