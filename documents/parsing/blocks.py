"""Groups cleaned lines into blocks: the paragraphs and headings as they were typeset.

A block ends at a blank line or at a line that closes it (see `lines`), and a new one starts at
any line that opens with a mark (`12.`, `(a)`, `一.`, `-`): a wrap never puts a mark at the head
of a line, a new paragraph always does. Everything else continues the block, across page turns:
`"…增加了侦查的难度。"` / (footnotes) / `" 然而，对不同路线上…"` is one paragraph.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from .lines import SENTENCE_END, Line, join_wrapped
from .numbering import read_mark

__all__ = ["Block", "group_blocks"]


@dataclass(frozen=True)
class Block:
    text: str  # the lines joined as the sentence was written
    line: int  # 1-based source line of its first line
    last_line: int
    lines: tuple[str, ...]  # as printed

    @property
    def line_count(self) -> int:
        return len(self.lines)


def group_blocks(lines: Sequence[Line]) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            _flush(current, blocks)
            continue
        if current and (current[-1].closes or _opens_block(line.text, current[-1].text)):
            _flush(current, blocks)
        current.append(line)
    _flush(current, blocks)
    return blocks


def _opens_block(text: str, previous: str) -> bool:
    mark = read_mark(text)
    if mark is None:
        return False
    # A four-digit number opens a paragraph only after a finished sentence: it may be a year.
    return not mark.may_be_a_year or SENTENCE_END.search(previous) is not None


def _flush(current: list[Line], blocks: list[Block]) -> None:
    if current:
        text = join_wrapped([line.text for line in current])
        printed = tuple(line.text for line in current)
        blocks.append(Block(text, current[0].number, current[-1].number, printed))
    current.clear()
