"""Reads one language version of a UN document from its text: `parse_text`.

The steps, each in its own module: `lines` cleans what extraction left (page furniture, link
lists, double spacing); `footnotes` cuts out the note blocks; `blocks` joins wrapped lines into
paragraphs as typeset; `masthead` reads what stands above the first chapter or paragraph;
`outline` decides what each block of the body is; `footnotes` and `references` tie the notes
and the cited symbols and URLs to the paragraphs.
"""

from collections.abc import Sequence

from .blocks import group_blocks
from .footnotes import attach_notes, cut_footnotes
from .language import LANGUAGES, detect_language
from .lines import clean_text
from .masthead import read_masthead
from .numbering import Mark, read_mark
from .outline import read_outline
from .references import Citation, collect_references
from .results import ParsedText, ParseError

__all__ = ["parse_text"]

NO_STRUCTURE = (
    "This text has no recognizable structure: no chapter (一. or I.), section (A.), numbered "
    "paragraph (1.) or Markdown heading (#) was found, so it cannot be read as a UN document. "
    "Check that the file holds the whole document as text, not a scanned image or only its "
    "cover page."
)


def parse_text(text: str, *, language: str | None = None) -> ParsedText:
    """Read `text` (in `language`, detected when None); raise ParseError if it has no structure."""
    if language is not None and language not in LANGUAGES:
        raise ParseError(f"{language!r} is not one of the six languages: {' '.join(LANGUAGES)}")
    if not text.strip():
        raise ParseError("The text is empty.")
    cleaned = clean_text(text)
    body_lines, notes = cut_footnotes(cleaned.lines)
    blocks = group_blocks(body_lines)
    marks = [read_mark(block.text) for block in blocks]
    start = _masthead_end(marks)
    masthead_blocks = blocks[:start]
    # The star of "临时议程*项目 2" calls a note on the masthead, not on a paragraph.
    starred_masthead = any("*" in block.text for block in masthead_blocks)
    masthead_notes = [n for n in notes if not n.marker.isdigit() and starred_masthead]
    notes = [note for note in notes if note not in masthead_notes]

    outline = read_outline(blocks[start:], marks[start:], notes)
    if not outline.found_structure:
        raise ParseError(NO_STRUCTURE)

    masthead = read_masthead(
        masthead_blocks,
        header_symbols=cleaned.header_symbols,
        job_number=cleaned.job_number,
        language=language,
        detected_language=detect_language(text),
        body_text="\n".join(paragraph.text for paragraph in outline.paragraphs),
    )
    footnotes, note_warnings = attach_notes(
        notes,
        [
            (paragraph.footnote_markers, first)
            for paragraph, (first, _) in zip(outline.paragraphs, outline.lines, strict=True)
        ],
        called_in_headings=outline.unplaced_markers,
    )
    citations = [
        Citation(index, None, first, last, paragraph.text)
        for index, (paragraph, (first, last)) in enumerate(
            zip(outline.paragraphs, outline.lines, strict=True)
        )
    ] + [
        Citation(None, index, note.line, note.last_line, note.text)
        for index, note in enumerate(notes)
    ]
    references, symbol_warnings = collect_references(
        citations,
        [Citation(None, None, note.line, note.last_line, note.text) for note in masthead_notes],
        cleaned.links,
    )
    warnings = sorted(
        [*outline.warnings, *note_warnings, *symbol_warnings],
        key=lambda warning: warning.line or 0,
    )
    return ParsedText(
        masthead=masthead,
        headings=outline.headings,
        paragraphs=outline.paragraphs,
        footnotes=tuple(footnotes),
        references=tuple(references),
        warnings=tuple(warnings),
    )


def _masthead_end(marks: Sequence[Mark | None]) -> int:
    """The first block of the body: a chapter, section or numbered paragraph."""
    for index, mark in enumerate(marks):
        if mark is not None and _structural(mark):
            return index
    for index, mark in enumerate(marks):
        if mark is not None and mark.kind == "markdown":
            return index
    return 0


def _structural(mark: Mark) -> bool:
    if mark.kind == "markdown":
        inner = read_mark(mark.rest)
        return inner is not None and inner.kind in ("chapter", "section")
    return mark.kind in ("chapter", "section", "numbered")
