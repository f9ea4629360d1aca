"""Reads one language version of a UN document from its text: `parse_text`.

The steps, each in its own module: `lines` cleans what extraction left (page furniture, link
lists, double spacing) after `normalization`; `head` drops a mirror site's viewer, `alignment`
reads a bilingual alignment page as its first column; `footnotes` cuts out the note blocks (and
the notes a web copy ran into a page's line); `head` then cuts the masthead from the body, one
fact a piece even where a web copy ran them onto one line, and `runs` splits paragraphs run
together; `blocks` joins wrapped lines into paragraphs as typeset; `masthead` reads the facts
(in the six languages' words, `vocabulary`); `contents` sets a table of contents apart;
`outline` decides what each block of the body is; `footnotes` and `references` tie the notes and
the cited symbols and URLs to the paragraphs.

Any text with something in it is read: one without numbered paragraphs is kept as unnumbered
paragraphs, with a warning. Only an empty text is refused here (extraction refuses binary,
damaged and oversized files).
"""

from collections.abc import Sequence

from .alignment import first_column
from .blocks import group_blocks
from .contents import has_contents, table_of_contents
from .footnotes import Note, attach_notes, cut_footnotes, rule_run_in_notes
from .head import cut_viewer, join_lone_marks, split_head
from .language import LANGUAGES, detect_language
from .lines import Line, clean_text
from .masthead.reading import read_masthead
from .numbering import read_mark
from .outline import Outline, read_outline
from .references import Citation, collect_references
from .results import ParsedText, ParseError, ParseWarning, Reference
from .runs import split_runs

__all__ = ["parse_text"]

NO_NUMBERED_PARAGRAPHS = (
    "No numbered paragraph (1., 1 -) was found: the text is stored as {count} unnumbered "
    "paragraphs, searchable but without paragraph numbers."
)


def parse_text(text: str, *, language: str | None = None) -> ParsedText:
    """Read `text` (in `language`, detected when None); raise ParseError only if it is empty.

    A text in any shape is read: without a masthead, without numbered paragraphs (then its
    paragraphs are unnumbered, with a warning), run onto one line by a web copy.
    """
    if language is not None and language not in LANGUAGES:
        raise ParseError(f"{language!r} is not one of the six languages: {' '.join(LANGUAGES)}")
    if not text.strip():
        raise ParseError("The text is empty.")
    cleaned = clean_text(text)
    lines, column_warnings = first_column(cut_viewer(cleaned.lines))
    lines, notes = cut_footnotes(rule_run_in_notes(join_lone_marks(lines)))
    head_lines, body_lines = split_head(lines)
    masthead_blocks = group_blocks(head_lines)
    blocks = group_blocks(split_runs(body_lines))
    marks = [read_mark(block.text) for block in blocks]
    # The star of "临时议程*项目 2" calls a note on the masthead, not on a paragraph.
    starred_masthead = any("*" in block.text for block in masthead_blocks)
    masthead_notes = [n for n in notes if not n.marker.isdigit() and starred_masthead]
    notes = [note for note in notes if note not in masthead_notes]

    contents = table_of_contents(blocks, marks, listed=has_contents(masthead_blocks))
    outline = read_outline(blocks[contents:], marks[contents:], notes, contents=blocks[:contents])
    written = "\n".join(line.text for line in lines)
    masthead = read_masthead(
        masthead_blocks,
        header_symbols=cleaned.header_symbols,
        job_number=cleaned.job_number,
        language=language,
        detected_language=detect_language(written or text),
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
    references, symbol_warnings = _references(outline, notes, masthead_notes, cleaned.links)
    structure_warnings = list(outline.warnings)
    if outline.paragraphs and not any(p.kind == "numbered" for p in outline.paragraphs):
        message = NO_NUMBERED_PARAGRAPHS.format(count=len(outline.paragraphs))
        structure_warnings.append(ParseWarning("no-numbered-paragraphs", message, None))
    warnings = sorted(
        [*column_warnings, *structure_warnings, *note_warnings, *symbol_warnings],
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


def _references(
    outline: Outline, notes: list[Note], masthead_notes: list[Note], links: Sequence[Line]
) -> tuple[list[Reference], list[ParseWarning]]:
    """The documents the paragraphs, their footnotes and the masthead's notes cite."""
    citations = [
        Citation(index, None, first, last, paragraph.text)
        for index, (paragraph, (first, last)) in enumerate(
            zip(outline.paragraphs, outline.lines, strict=True)
        )
    ] + [
        Citation(None, index, note.line, note.last_line, note.text)
        for index, note in enumerate(notes)
    ]
    return collect_references(
        citations,
        [Citation(None, None, note.line, note.last_line, note.text) for note in masthead_notes],
        links,
    )
