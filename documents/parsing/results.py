"""What the parsers return: frozen dataclasses, no Django. A service stores them as rows.

Cross-references between parts are indexes into the tuples of the one `ParsedText` (a paragraph's
`heading` is an index into `headings`), so a result can be built, compared and tested without a
database and stored in one pass.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

HeadingKind = Literal["chapter", "section", "subsection", "heading"]
ParagraphKind = Literal["numbered", "subparagraph", "bullet", "text"]


class ParseError(ValueError):
    """A text that cannot be read as a UN document; the message is for the person importing it."""


@dataclass(frozen=True)
class ParseWarning:
    """Something the parser met and could not settle, kept for the importer to read."""

    code: str  # short and stable, e.g. "unmatched-name", "numbering-gap", "bad-symbol"
    message: str
    line: int | None = None  # 1-based line of the source text, where known


@dataclass(frozen=True)
class Masthead:
    """The facts printed at the top of a UN document (and in its page headers)."""

    symbol: str | None = None
    distribution: str | None = None  # "general", "limited" or "restricted"
    issue_date: date | None = None
    language: str | None = None  # ar zh en fr ru es: the language of this text
    original_language: str | None = None
    body_name: str | None = None  # as printed: "偷运移民问题工作组"
    meeting_ordinal: int | None = None
    meeting_start: date | None = None
    meeting_end: date | None = None
    venue: str | None = None  # as printed: "维也纳"
    document_type: str | None = None  # a documents.Document.Type value
    agenda_item: str | None = None  # "2" for 临时议程项目 2
    title: str | None = None
    job_number: str | None = None  # "V.20-03080"


@dataclass(frozen=True)
class Heading:
    kind: HeadingKind
    number: str  # "三", "III", "A", "1"; "" for a named heading
    text: str
    order: int  # position among headings and paragraphs together, from 0
    parent: int | None = None  # index into ParsedText.headings


@dataclass(frozen=True)
class Paragraph:
    kind: ParagraphKind
    text: str  # wrapped lines joined; footnote markers left out of the text
    order: int  # position among headings and paragraphs together, from 0
    number: int | None = None  # for numbered paragraphs
    label: str = ""  # "(a)", "(i)", "-" for sub-paragraphs and bullets
    heading: int | None = None  # index into ParsedText.headings
    parent: int | None = None  # index into ParsedText.paragraphs
    footnote_markers: tuple[str, ...] = ()  # markers called in this paragraph, in order
    # 0 for the body; 1, 2… for each annex whose paragraph numbering starts again at 1.
    part: int = 0


@dataclass(frozen=True)
class Footnote:
    marker: str  # "1", "*"
    text: str
    paragraph: int | None = None  # index into ParsedText.paragraphs of the calling paragraph


@dataclass(frozen=True)
class Reference:
    kind: Literal["symbol", "url"]
    target: str  # the normalized symbol, or the URL
    paragraph: int | None = None  # index into ParsedText.paragraphs
    footnote: int | None = None  # index into ParsedText.footnotes


@dataclass(frozen=True)
class ParsedText:
    """One language version of a document, read from its text."""

    masthead: Masthead
    headings: tuple[Heading, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    references: tuple[Reference, ...] = ()
    warnings: tuple[ParseWarning, ...] = field(default=())

    @property
    def numbered(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "numbered")
