"""Reads one uploaded file once: its text, its structure and what its kind of document says.

The import, `manage.py fidelity` and the benchmarks all read a file through `read_file`, so what
is measured is what is stored: extraction (`extraction`), the structure (`structure`), then, by
the type the masthead prints, a meeting's report (`reports`, `report_sections`), a thematic
summary (`thematic`) or a list of participants (`participants`). The services store the result
in one transaction and never parse again.

Pure function: bytes in, a frozen dataclass out, no Django. Knowing which names are States and
organizations is the database's, so the caller passes `is_known_name`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .extraction import ExtractedText, extract_text
from .participants import ParticipantList, read_participants
from .report_sections import ReportPart, report_parts
from .reports import ReportFacts, read_report
from .results import ParsedText, ParseError, ParseWarning
from .structure import parse_text
from .thematic import ThematicSummary, read_thematic_summary

__all__ = ["ReadText", "read_extracted", "read_file"]

# Document.Type values (documents/models), written out: this module imports no Django.
REPORT_TYPES = frozenset({"draft_report", "report"})
DRAFT_REPORT = "draft_report"
THEMATIC_SUMMARY = "thematic_summary"
LIST_OF_PARTICIPANTS = "list_of_participants"


@dataclass(frozen=True)
class ReadText:
    """One file, read: everything the import stores comes from here."""

    extracted: ExtractedText
    parsed: ParsedText
    report: ReportFacts | None = None  # a meeting's report or draft report
    report_parts: tuple[ReportPart, ...] = ()  # a draft report's chapters and sections
    thematic: ThematicSummary | None = None
    participants: ParticipantList | None = None  # a list of participants' delegations and people
    # What the reading of the report or summary met, beside the structure's own warnings.
    warnings: tuple[ParseWarning, ...] = ()

    @property
    def all_warnings(self) -> tuple[ParseWarning, ...]:
        return (*self.parsed.warnings, *self.warnings)


def read_file(
    data: bytes,
    *,
    filename: str,
    max_bytes: int,
    language: str | None = None,
    is_known_name: Callable[[str], bool] | None = None,
) -> ReadText:
    """Read an uploaded file; raise ParseError for an empty, binary, damaged or oversized one."""
    extracted = extract_text(data, filename=filename, max_bytes=max_bytes)
    return read_extracted(extracted, language=language, is_known_name=is_known_name)


def read_extracted(
    extracted: ExtractedText,
    *,
    language: str | None = None,
    is_known_name: Callable[[str], bool] | None = None,
) -> ReadText:
    parsed = parse_text(extracted.text, language=language)
    document_type = parsed.masthead.document_type
    if document_type in REPORT_TYPES:
        try:
            report = read_report(parsed, is_known_name=is_known_name)
        except ParseError as error:
            # A report whose account of the meeting cannot be read is still a document.
            warning = ParseWarning("not-a-report", str(error))
            return ReadText(extracted, parsed, warnings=(warning,))
        parts = report_parts(parsed) if document_type == DRAFT_REPORT else ()
        return ReadText(extracted, parsed, report, parts, warnings=report.warnings)
    if document_type == THEMATIC_SUMMARY:
        try:
            summary = read_thematic_summary(parsed)
        except ParseError as error:
            warning = ParseWarning("not-a-summary", str(error))
            return ReadText(extracted, parsed, warnings=(warning,))
        return ReadText(extracted, parsed, thematic=summary, warnings=summary.warnings)
    if document_type == LIST_OF_PARTICIPANTS and is_known_name is not None:
        # Read from the lines as extracted: the structure joins a delegation's short lines into
        # paragraphs, and each line of the list is one entry.
        listed = read_participants(
            extracted.text, language=parsed.masthead.language, is_known_name=is_known_name
        )
        return ReadText(extracted, parsed, participants=listed, warnings=listed.warnings)
    return ReadText(extracted, parsed)
