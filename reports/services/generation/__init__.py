"""Generates and regenerates the draft report of a meeting from the portal's rows.

`meeting_rows` reads what the report follows from (a handful of queries, whatever the size of
the meeting), `meeting_record` gives it in one language, `reports.writing.write_report`
writes it and `generate_report` stores it section by section (`storing`), matching the parts it
writes to the report's own sections by what they are about (`matching`), so that a draft
imported from the secretariat's file is filled, not doubled.
"""

from .record import meeting_record
from .rows import MeetingRows, meeting_rows
from .storing import LANGUAGES, Generation, generate_report

__all__ = [
    "LANGUAGES",
    "Generation",
    "MeetingRows",
    "generate_report",
    "meeting_record",
    "meeting_rows",
]
