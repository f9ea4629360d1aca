"""Tables of contents: recognised, kept out of the headings and the title, stored as one text.

A table of contents follows its word (`Contents`, `Table des matières`, `Índice`, `Содержание`,
`المحتويات`, `目录`) and column heads (`Paragraphs Page`), and lists the headings with their
pages: `I. Introduction ...... 13`, `II.` / `Lista anotada . . . . .` / `15`, or run together on
one line by a web copy. It ends where the body begins: a sentence, or the first heading it
listed printed again (`1. Introduction 22` … `I. Introduction`).
"""

import re
from collections.abc import Sequence

from .blocks import Block
from .headings import looks_like_heading
from .numbering import Mark
from .vocabulary import COLUMN_HEADER, CONTENTS

__all__ = ["has_contents", "table_of_contents"]

LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|(?:·\s?){4,}")
PAGE_AT_END = re.compile(r"\s\d{1,4}$")
PAGE_ALONE = re.compile(r"\d{1,4}(?:\s+\d{1,4})?")
# What is left of an entry's title for comparing it with the heading printed again.
ENTRY_TITLE = re.compile(r"(?:(?:\.\s?){2,}|…+|\s\d{1,4})+$")


def has_contents(masthead_blocks: Sequence[Block]) -> bool:
    return any(CONTENTS.search(line) for block in masthead_blocks for line in block.lines)


def table_of_contents(
    blocks: Sequence[Block], marks: Sequence[Mark | None], *, listed: bool
) -> int:
    """How many of the body's first blocks are its table of contents (0 when there is none)."""
    if not blocks:
        return 0
    opens_with_columns = (
        COLUMN_HEADER.match(blocks[0].text) is not None
        or CONTENTS.match(blocks[0].text) is not None
    )
    if not listed and not opens_with_columns:
        return 0
    first_entry: str | None = None
    for index, (block, mark) in enumerate(zip(blocks, marks, strict=True)):
        text = block.text
        if mark is not None and mark.kind in ("chapter", "section", "numbered"):
            title = _entry_title(mark.rest)
            if first_entry is None:
                first_entry = title
            elif title == first_entry and not _is_entry(text):
                return index  # the first heading listed, printed again: the body
        if not (_is_entry(text) or COLUMN_HEADER.match(text) or PAGE_ALONE.fullmatch(text)):
            if mark is None and looks_like_heading(text):
                continue  # "Annex" and other entries without a number or a page
            return index
    return len(blocks)


def _is_entry(text: str) -> bool:
    if LEADER.search(text):
        return True
    return PAGE_AT_END.search(text) is not None and looks_like_heading(PAGE_AT_END.sub("", text))


def _entry_title(text: str) -> str:
    return ENTRY_TITLE.sub("", text).strip().casefold()
