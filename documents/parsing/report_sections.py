"""Cuts a (draft) report into the parts an editor works on: its chapters and their sections.

Each part is known by a key of the report pattern (DESIGN.md, Draft report): `introduction`,
`recommendations`, `recommendations-a`, `summary`, `organization`, `organization-attendance`,
`adoption`; a chapter outside the pattern is `chapter-6`, a section `<chapter key>-<letter>`.
A part's text is what stands directly under its heading, in the Markdown-like form the parser
reads back: one line per paragraph (`12. …`, `(a) …`, `- …`) and a `###` line for a heading
below section level (`### 1. 利用…`, `#### 建议 1`). Pure function, no Django import.
"""

from dataclasses import dataclass
from typing import Literal

from .report_titles import CHAPTERS, SECTIONS
from .reports import _titled
from .results import Heading, Paragraph, ParsedText

PART_KINDS = ("chapter", "section")


@dataclass(frozen=True)
class ReportPart:
    key: str
    kind: Literal["chapter", "section"]
    number: str  # "四", "IV", "A"
    heading: str
    text: str


def report_parts(parsed: ParsedText) -> tuple[ReportPart, ...]:
    """The chapters and sections of a report in order, each with the text directly under it."""
    headings = parsed.headings
    owner = [_part_of(headings, index) for index in range(len(headings))]
    lines: dict[int, list[str]] = {i: [] for i, h in enumerate(headings) if h.kind in PART_KINDS}
    for index, heading in enumerate(headings):
        part = owner[index]
        if part is not None and part != index:
            marks = "#" * min(3 + _depth_below(headings, index, part), 6)
            title = f"{heading.number}. {heading.text}" if heading.number else heading.text
            lines[part].append(f"{marks} {title}")
        for paragraph in _paragraphs_under(parsed.paragraphs, index):
            if part is not None:
                lines[part].append(_line(paragraph))
    parts = []
    keys: set[str] = set()
    chapter_key = ""
    for index, heading in enumerate(headings):
        if heading.kind not in PART_KINDS:
            continue
        if heading.kind == "chapter":
            key = chapter_key = _chapter_key(heading, index, headings)
        else:
            key = _section_key(heading, chapter_key or "report")
        while key in keys:  # a pattern heading printed twice keeps both parts
            key += "-2"
        keys.add(key)
        parts.append(
            ReportPart(key, heading.kind, heading.number, heading.text, "\n".join(lines[index]))
        )
    return tuple(parts)


def _part_of(headings: tuple[Heading, ...], index: int) -> int | None:
    """The nearest chapter or section at or above heading `index`."""
    seen: set[int] = set()
    at: int | None = index
    while at is not None and at not in seen:
        if headings[at].kind in PART_KINDS:
            return at
        seen.add(at)
        at = headings[at].parent
    return None


def _depth_below(headings: tuple[Heading, ...], index: int, part: int) -> int:
    depth, at = 0, headings[index].parent
    while at is not None and at != part and depth < len(headings):
        depth, at = depth + 1, headings[at].parent
    return depth


def _paragraphs_under(paragraphs: tuple[Paragraph, ...], heading: int) -> list[Paragraph]:
    return [paragraph for paragraph in paragraphs if paragraph.heading == heading]


def _line(paragraph: Paragraph) -> str:
    if paragraph.kind == "numbered" and paragraph.number is not None:
        return f"{paragraph.number}. {paragraph.text}"
    if paragraph.label:
        return f"{paragraph.label} {paragraph.text}"
    return paragraph.text


def _chapter_key(heading: Heading, index: int, headings: tuple[Heading, ...]) -> str:
    for role, titles in CHAPTERS.items():
        if _titled(heading, titles):
            return role
    position = sum(1 for h in headings[: index + 1] if h.kind == "chapter")
    return f"chapter-{position}"


def _section_key(heading: Heading, chapter_key: str) -> str:
    if chapter_key == "organization":
        for role, titles in SECTIONS.items():
            if _titled(heading, titles):
                return f"organization-{role}"
    return f"{chapter_key}-{heading.number.lower() or 'section'}"
