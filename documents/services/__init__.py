"""Writes to documents: import jobs and the rows an import stores."""

from .imports import create_import_job, run_import_job

__all__ = ["create_import_job", "run_import_job"]
