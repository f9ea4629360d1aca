"""Writes reports: the routine part of a meeting's draft report, from the meeting's record.

Pure functions, no Django import, as `documents.parsing` is their mirror: what `write_report`
writes, `documents.parsing.reports.read_report` reads back to the same facts.
"""

from .paragraphs import Block, join_paragraphs, renumbered, split_paragraphs
from .phrases import PLACEHOLDER, phrases_for
from .record import (
    AgendaEntry,
    Attending,
    DocumentBefore,
    HeldBefore,
    MeetingRecord,
    Panel,
    Person,
    RecommendationEntry,
    Speakers,
)
from .report import write_report

__all__ = [
    "PLACEHOLDER",
    "AgendaEntry",
    "Attending",
    "Block",
    "DocumentBefore",
    "HeldBefore",
    "MeetingRecord",
    "Panel",
    "Person",
    "RecommendationEntry",
    "Speakers",
    "join_paragraphs",
    "phrases_for",
    "renumbered",
    "split_paragraphs",
    "write_report",
]
