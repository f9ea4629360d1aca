"""The editors' pages of draft reports."""

from .pages import report_detail, report_list
from .proposals import report_proposal_leave, report_proposal_take
from .sections import report_section_edit, report_section_history, report_section_restore
from .steps import report_export, report_generate, report_move, report_regenerate

__all__ = [
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
