"""Exports of a draft report in one language: plain text, a Word file, and its structure as data.

Each export prints the report as a UN document (masthead, chapters, sections, numbered
paragraphs) so that a file exported here and imported again lands on the same report with the
same sections: the import pipeline reads back what the export printed.
"""

from .plain_text import report_text
from .structure import report_structure
from .word import report_docx

__all__ = ["report_docx", "report_structure", "report_text"]
