"""Reads a report section's text back into its lines: paragraphs, sub-paragraphs, sub-headings.

A section's text is the Markdown-like form `documents.parsing.report_sections.report_parts`
writes: one line per paragraph (`12. …`, `(a) …`, `- …`, or plain text) and a `###` line per
heading below section level (`### 1. 利用…`, `#### 建议 1`). The exports need to know what
each line is, to indent it in Word and to give its number in the structure; they read it here as
the import's outline reads it (`documents.parsing.outline`), so the numbers agree with a re-import.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from documents.parsing.numbering import read_mark
from reports.models import DraftReport, ReportSection
from wgportal.languages import LANGUAGE_CODES, Language

from .marks import heading_mark, paragraph_mark

LineKind = Literal["heading", "numbered", "subparagraph", "bullet", "text"]


@dataclass(frozen=True)
class SectionLine:
    """One line of a section's text, read."""

    kind: LineKind
    text: str  # without its number, label or Markdown marks
    number: int | None = None  # of a numbered paragraph
    label: str = ""  # "(a)", "1." or "-" of a sub-paragraph or bullet; a sub-heading's "1"
    level: int = 0  # of a sub-heading: 3 for "###", 4 for "####"
    printed: str = ""  # the line as the section text holds it


def sections_in(report: DraftReport, language: str) -> list[ReportSection]:
    """The report's sections in `language`, in order; ValueError when it has none.

    A missing language is not filled from another one: an export in Chinese that showed English
    chapters would be a document no UN language version looks like.
    """
    if language not in LANGUAGE_CODES:
        raise ValueError(
            f"{language!r} is not one of the six languages: {' '.join(LANGUAGE_CODES)}"
        )
    sections = list(report.sections.filter(language=language).order_by("order", "pk"))
    if not sections:
        present = sorted(set(report.sections.values_list("language", flat=True)))
        raise ValueError(
            f"The draft report of {report.meeting} has no sections in "
            f"{Language(language).label} ({language}), so there is nothing to export in it; "
            f"it has sections in: {', '.join(present) or 'no language yet'}."
        )
    return sections


def heading_line(section: ReportSection) -> str:
    """ "一. 导言", "A. Opening of the meeting", "ألف - افتتاح الاجتماع": the heading as the
    report prints it."""
    return f"{heading_mark(section.number, section.language, ' ')}{section.heading}"


def printed_line(line: SectionLine, language: str) -> str:
    """The line as the text export prints it: as the section holds it, but for an Arabic
    paragraph's number ("12 - يرحب")."""
    if line.kind == "numbered" and line.number is not None:
        mark = paragraph_mark(line.number, line.text, language, " ")
        if mark != f"{line.number}. ":
            return f"{mark}{line.text}"
    return line.printed


def read_sections(
    sections: Iterable[ReportSection],
) -> Iterator[tuple[ReportSection, list[SectionLine]]]:
    """Each section with its lines; paragraph numbers run on from section to section."""
    next_number = 1
    for section in sections:
        lines, next_number = read_section_text(section.text, next_number=next_number)
        yield section, lines


def read_section_text(text: str, *, next_number: int = 1) -> tuple[list[SectionLine], int]:
    """The lines of one section's text, and the number the next numbered paragraph should have.

    Paragraphs are numbered through the whole report, so `1.` after paragraph 19 is an item of
    the agenda that paragraph quotes (`19. …通过了以下议程：` / `1. 组织事项：`), not a paragraph.
    """
    lines: list[SectionLine] = []
    list_number: int | None = None  # of the last item of a list quoted in a paragraph
    # A list belongs to a numbered paragraph under the same heading; a heading ends it.
    under_paragraph = False
    for printed in text.splitlines():
        stripped = printed.strip()
        if not stripped:
            continue
        mark = read_mark(stripped)
        line: SectionLine
        if mark is not None and mark.kind == "markdown":
            inner = read_mark(mark.rest)
            numbered = inner is not None and inner.kind == "numbered"
            line = SectionLine(
                "heading",
                inner.rest if numbered and inner else mark.rest,
                label=inner.value if numbered and inner else "",
                level=int(mark.value),
                printed=stripped,
            )
            list_number, under_paragraph = None, False
        elif mark is not None and mark.kind == "numbered":
            number = int(mark.value)
            in_list = list_number is not None and number == list_number + 1
            if number != next_number and under_paragraph and (in_list or number == 1):
                line = SectionLine("subparagraph", mark.rest, label=f"{number}.", printed=stripped)
                list_number = number
            else:
                line = SectionLine("numbered", mark.rest, number=number, printed=stripped)
                next_number, under_paragraph, list_number = number + 1, True, None
        elif mark is not None and mark.kind == "lettered":
            line = SectionLine("subparagraph", mark.rest, label=f"({mark.value})", printed=stripped)
        elif mark is not None and mark.kind == "bullet":
            line = SectionLine("bullet", mark.rest, label=mark.value, printed=stripped)
        else:
            line = SectionLine("text", stripped, printed=stripped)
        lines.append(line)
    return lines, next_number
