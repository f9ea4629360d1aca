"""Writes to documents: draft report sections, import jobs and the rows an import stores."""

from .imports import create_import_job, run_import_job
from .reports import StaleSectionError, refresh_open_items, save_report_section

__all__ = [
    "StaleSectionError",
    "create_import_job",
    "refresh_open_items",
    "run_import_job",
    "save_report_section",
]
