"""The outline of a document's body: its headings and paragraphs, block by block.

What a numbered block is depends on what came before it (see `headings`): paragraphs are
numbered through the whole document (`1.`–`78.` in seed `002`), so the next number is a
paragraph, a `1.` that reads like a title is a subsection, and a `1.` that ends like a sentence
opens a list quoted in the paragraph above (the agenda in a report: `1. 组织事项：`). Lettered
sub-paragraphs and bullets belong to the paragraph or list item they follow.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .blocks import Block
from .footnotes import CallReader, Note
from .headings import (
    RANKS,
    chapter_number,
    looks_like_heading,
    looks_like_named_heading,
    reads_as_section,
)
from .lines import join_wrapped
from .numbering import Mark, read_mark
from .numerals import roman_number
from .open_items import find_open_items
from .references import spans as reference_spans
from .results import Heading, HeadingKind, Paragraph, ParagraphKind, ParseWarning

__all__ = ["Outline", "read_outline"]

# A subsection title is followed by its first paragraph within a few blocks.
LOOKAHEAD = 5
# "Annex", "Annexe I", "Anexo", "Приложение", "المرفق", "附件一": numbering starts again under it.
ANNEX = re.compile(r"(?:Annex|Annexe|Anexo|Приложение|المرفق|مرفق|附件)(?![^\W\d_])", re.I)


@dataclass(frozen=True)
class Outline:
    headings: tuple[Heading, ...]
    paragraphs: tuple[Paragraph, ...]
    lines: tuple[tuple[int, int], ...]  # each paragraph's first and last source line
    warnings: tuple[ParseWarning, ...]
    # Calls in a heading with no paragraph under it to take them.
    unplaced_markers: tuple[str, ...]
    # A chapter, section, numbered paragraph or Markdown heading: more than short lines.
    found_structure: bool


def read_outline(
    blocks: Sequence[Block],
    marks: Sequence[Mark | None],
    notes: Sequence[Note],
    *,
    contents: Sequence[Block] = (),
) -> Outline:
    reader = _Reader(notes)
    if contents:
        # The table of contents is kept as one unnumbered paragraph: searchable, never headings.
        text = join_wrapped([block.text for block in contents])
        reader._paragraph("text", text, Block(text, contents[0].line, contents[-1].last_line, ()))
    for index, (block, mark) in enumerate(zip(blocks, marks, strict=True)):
        reader.read_block(block, mark, _next_number(marks, index + 1))
    return Outline(
        headings=tuple(
            Heading(h.kind, h.number, h.text, h.order, h.parent) for h in reader.headings
        ),
        paragraphs=tuple(
            Paragraph(
                kind=p.kind,
                text=p.text,
                order=p.order,
                number=p.number,
                label=p.label,
                heading=p.heading,
                parent=p.parent,
                footnote_markers=tuple(p.markers),
                part=p.part,
            )
            for p in reader.paragraphs
        ),
        lines=tuple((p.line, p.last_line) for p in reader.paragraphs),
        warnings=tuple(reader.warnings),
        unplaced_markers=tuple(reader.pending_markers),
        found_structure=reader.found_structure,
    )


@dataclass
class _Heading:
    kind: HeadingKind
    number: str
    text: str
    order: int
    parent: int | None
    rank: int
    # A named heading right under another named one (`关键议题` under a theme in seed `001`)
    # heads the unnumbered text after it only; numbered paragraphs return to the outer one.
    label: bool = False


@dataclass
class _Paragraph:
    kind: ParagraphKind
    text: str
    order: int
    line: int
    last_line: int
    number: int | None = None
    label: str = ""
    heading: int | None = None
    parent: int | None = None
    markers: list[str] = field(default_factory=list)
    part: int = 0


class _Reader:
    """Walks the body's blocks in order and decides what each is."""

    def __init__(self, notes: Sequence[Note]) -> None:
        self.calls = CallReader(notes)
        self.headings: list[_Heading] = []
        self.paragraphs: list[_Paragraph] = []
        self.warnings: list[ParseWarning] = []
        self.found_structure = False
        self.order = 0
        self.open_headings: list[int] = []  # the enclosing headings, outermost first
        self.next_number = 1  # of the next numbered paragraph
        self.next_chapter = 1
        self.next_section = "A"
        self.next_subsection = 1
        self.numbered: int | None = None  # the paragraph sub-paragraphs belong to
        self.list_item: int | None = None  # "1. 组织事项：" in the paragraph quoting an agenda
        self.list_number = 0
        self.lettered: int | None = None  # the last "(a)"
        self.last_letter = ""
        self.previous_named = False  # the last block was a named heading
        self.introduces_list = False  # the last paragraph ends with a colon
        self.pending_markers: list[str] = []  # calls in a heading, for the paragraph under it
        self.part = 0  # the body, then each annex whose numbering starts again
        self.used_numbers: set[int] = set()  # in this part
        self.annex_opened = False  # an annex's heading came, its paragraph 1 not yet

    def read_block(self, block: Block, mark: Mark | None, next_number: int | None) -> None:
        named = mark is None and looks_like_named_heading(block.text, line_count=block.line_count)
        if mark is None:
            if named:
                self._named_heading(block.text)
            else:
                self._paragraph("text", block.text, block)
        elif mark.kind == "markdown":
            self._markdown(mark, block)
        elif mark.kind == "chapter" and not reads_as_section(
            mark.value, next_chapter=self.next_chapter, next_section=self.next_section
        ):
            self._chapter(mark.value, mark.rest)
        elif mark.kind in ("chapter", "section"):
            self._section(mark.value, mark.rest)
        elif mark.kind == "numbered":
            self._numbered(int(mark.value), mark.rest, block, next_number)
        elif mark.kind == "lettered":
            self._lettered(mark.value, mark.rest, block)
        else:
            self._bullet(mark.value, mark.rest, block)
        self.previous_named = named

    def _chapter(self, number: str, text: str) -> None:
        self._heading("chapter", number, text, RANKS["chapter"])
        self.next_chapter = (chapter_number(number) or self.next_chapter) + 1
        self.next_section = "A"
        self.next_subsection = 1

    def _section(self, letter: str, text: str) -> None:
        self._heading("section", letter, text, RANKS["section"])
        self.next_section = chr(ord(letter) + 1)
        self.next_subsection = 1

    def _subsection(self, number: int, text: str) -> None:
        self._heading("subsection", str(number), text, RANKS["subsection"])
        self.next_subsection = number + 1

    def _named_heading(self, text: str) -> None:
        if self.previous_named:
            self._heading("heading", "", text, RANKS["heading"] + 1, label=True)
        else:
            self._heading("heading", "", text, RANKS["heading"], inferred=True)

    def _markdown(self, mark: Mark, block: Block) -> None:
        # "## I. Introduction" is a chapter; "### Key topics" a heading three levels down.
        inner = read_mark(mark.rest)
        level = int(mark.value)
        if inner is not None and inner.kind == "chapter":
            self._chapter(inner.value, inner.rest)
        elif inner is not None and inner.kind == "section":
            self._section(inner.value, inner.rest)
        elif inner is not None and inner.kind == "numbered" and looks_like_heading(inner.rest):
            self._subsection(int(inner.value), inner.rest)
        else:
            self._heading("heading", "", mark.rest, level)

    def _heading(
        self,
        kind: HeadingKind,
        number: str,
        text: str,
        rank: int,
        *,
        label: bool = False,
        inferred: bool = False,
    ) -> None:
        text, markers = self.calls.take(text, _not_calls(text))
        self.pending_markers += markers
        while self.open_headings and self.headings[self.open_headings[-1]].rank >= rank:
            self.open_headings.pop()
        parent = self.open_headings[-1] if self.open_headings else None
        self.headings.append(_Heading(kind, number, text, self.order, parent, rank, label))
        self.annex_opened = self.annex_opened or ANNEX.match(text) is not None
        self.open_headings.append(len(self.headings) - 1)
        self.order += 1
        self.found_structure = self.found_structure or not inferred
        self.numbered = self.list_item = self.lettered = None
        self.last_letter = ""
        self.introduces_list = False

    def _numbered(self, number: int, text: str, block: Block, next_number: int | None) -> None:
        if self.annex_opened and number == 1 and not looks_like_heading(text):
            # "Annex" / "1. The Conference…": an annex numbers its paragraphs from 1 again.
            self._new_part()
            self._numbered_paragraph(number, text, block)
            return
        # A title numbered like the next paragraph is a subsection when that paragraph follows:
        # "1. Background" / "1. The Working Group…".
        titled = looks_like_heading(text)
        if number == self.next_number and not (titled and next_number == number):
            self._numbered_paragraph(number, text, block)
        elif self.list_item is not None and number == self.list_number + 1:
            self._list_item(number, text, block)
        elif number == 1 and self.introduces_list and self.numbered is not None:
            # "…adopted the following agenda:" / "1. Organizational matters": an item, even
            # where the agenda prints its items without punctuation, like titles.
            self._list_item(number, text, block)
        elif titled and number in (self.next_subsection, 1, self.next_number):
            self._subsection(number, text)
        elif number == 1 and self.numbered is not None:
            self._list_item(number, text, block)
        else:
            self._numbered_paragraph(number, text, block)

    def _new_part(self) -> None:
        self.part += 1
        self.used_numbers = set()
        self.next_number = 1
        self.annex_opened = False

    def _numbered_paragraph(self, number: int, text: str, block: Block) -> None:
        if number in self.used_numbers:
            # Numbered again in the same part: kept apart, never two paragraphs of one number.
            message = (
                f"Paragraph numbering starts again at {number}; the paragraphs from here on "
                "are kept as a part of their own."
            )
            self.warnings.append(ParseWarning("numbering-restarts", message, block.line))
            self._new_part()
        elif number != self.next_number:
            self.warnings.append(_numbering_warning(number, self.next_number, block.line))
        self.used_numbers.add(number)
        # The paragraphs after a `关键议题` label belong to the theme above it again.
        if self.open_headings and self.headings[self.open_headings[-1]].label:
            self.open_headings.pop()
        index = self._paragraph("numbered", text, block, number=number)
        self.found_structure = True
        self.next_number = number + 1
        self.numbered = index
        self.list_item = self.lettered = None
        self.last_letter = ""

    def _list_item(self, number: int, text: str, block: Block) -> None:
        parent = self.numbered
        self.list_item = self._paragraph(
            "subparagraph", text, block, label=f"{number}.", parent=parent
        )
        self.list_number = number
        self.lettered = None
        self.last_letter = ""

    def _lettered(self, value: str, text: str, block: Block) -> None:
        # "(i)" is the ninth letter after "(h)", and a Roman one under "(a)" otherwise.
        follows_letter = (
            len(value) == 1 and bool(self.last_letter) and ord(value) == ord(self.last_letter) + 1
        )
        enclosing = self.list_item if self.list_item is not None else self.numbered
        if roman_number(value) is not None and set(value) <= set("ivx") and not follows_letter:
            parent = self.lettered if self.lettered is not None else enclosing
            self._paragraph("subparagraph", text, block, label=f"({value})", parent=parent)
            return
        self.lettered = self._paragraph(
            "subparagraph", text, block, label=f"({value})", parent=enclosing
        )
        self.last_letter = value

    def _bullet(self, bullet: str, text: str, block: Block) -> None:
        # Bullets after "(a) …：" list what (a) introduces; otherwise they belong to the paragraph.
        parent = self.list_item if self.list_item is not None else self.numbered
        if self.lettered is not None and self.paragraphs[self.lettered].text.endswith((":", "：")):
            parent = self.lettered
        self._paragraph("bullet", text, block, label=bullet, parent=parent)

    def _paragraph(
        self,
        kind: ParagraphKind,
        text: str,
        block: Block,
        *,
        number: int | None = None,
        label: str = "",
        parent: int | None = None,
    ) -> int:
        text, markers = self.calls.take(text, _not_calls(text))
        self.paragraphs.append(
            _Paragraph(
                kind=kind,
                text=text,
                order=self.order,
                line=block.line,
                last_line=block.last_line,
                number=number,
                label=label,
                heading=self.open_headings[-1] if self.open_headings else None,
                parent=parent,
                markers=[*self.pending_markers, *markers],
                part=self.part,
            )
        )
        self.pending_markers = []
        self.order += 1
        self.introduces_list = text.endswith((":", "："))
        return len(self.paragraphs) - 1


def _not_calls(text: str) -> list[tuple[int, int]]:
    """Where no number is a note call: inside symbols and URLs ("WG.7"), and inside text a
    draft still negotiates ("[8 日和 9 日]" holds dates)."""
    spans = reference_spans(text)
    if "[" in text or "［" in text:
        spans += [(item.position, item.position + len(item.text)) for item in find_open_items(text)]
    return spans


def _next_number(marks: Sequence[Mark | None], start: int) -> int | None:
    """The number of the next numbered block before the next chapter or section."""
    for mark in marks[start : start + LOOKAHEAD]:
        if mark is not None and mark.kind == "numbered":
            return int(mark.value)
        if mark is not None and mark.kind in ("chapter", "section", "markdown"):
            return None
    return None


def _numbering_warning(number: int, expected: int, line: int) -> ParseWarning:
    if expected == 1:
        message = f"The first numbered paragraph is {number}, not 1."
    elif number > expected:
        missing = (
            f"paragraph {expected} is missing"
            if number == expected + 1
            else f"paragraphs {expected}–{number - 1} are missing"
        )
        message = f"Paragraph {number} follows paragraph {expected - 1}: {missing}."
    else:
        message = f"Paragraph {number} comes again after paragraph {expected - 1}."
    return ParseWarning("numbering-gap", message, line)
