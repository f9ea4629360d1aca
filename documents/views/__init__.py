"""Pages of documents: the public ones (documents, search) and the editors' draft reports."""

from .proposals import report_proposal_leave, report_proposal_take
from .public import document_detail, document_source
from .report_sections import report_section_edit, report_section_history, report_section_restore
from .report_steps import report_export, report_generate, report_move, report_regenerate
from .reports import report_detail, report_list

__all__ = [
    "document_detail",
    "document_source",
    "report_detail",
    "report_export",
    "report_generate",
    "report_list",
    "report_move",
    "report_proposal_leave",
    "report_proposal_take",
    "report_regenerate",
    "report_section_edit",
    "report_section_history",
    "report_section_restore",
]
