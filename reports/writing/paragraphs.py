"""Paragraphs of a section's text, as blocks of lines, and their continuous numbering.

A section's text holds one line per paragraph (`12. …`), with the lines that belong to it below:
lettered sub-paragraphs, bullets, the items of an adopted agenda (`1. 组织事项：` under
`19. 工作组…通过了以下议程：`). A numbered line opens a new paragraph only when its number is
above the paragraph's own: agenda items restart at 1, report paragraphs never go back.
"""

import re
from dataclasses import dataclass

NUMBERED = re.compile(r"^(\d{1,4})\.\s+(.*)$")


@dataclass(frozen=True)
class Block:
    """One paragraph and the lines under it; `number` None for lines before the first one."""

    number: int | None
    lines: tuple[str, ...]  # the first without its number

    @property
    def body(self) -> str:
        """The paragraph's text without its number, which renumbering may change."""
        return "\n".join(self.lines)

    def text(self, number: int | None = None) -> str:
        number = self.number if number is None else number
        if number is None:
            return self.body
        return "\n".join((f"{number}. {self.lines[0]}", *self.lines[1:]))


def split_paragraphs(text: str) -> list[Block]:
    blocks: list[Block] = []
    number: int | None = None
    lines: list[str] = []
    for line in text.splitlines():
        match = NUMBERED.match(line)
        if match and (number is None or int(match[1]) > number):
            if lines or number is not None:
                blocks.append(Block(number, tuple(lines)))
            number, lines = int(match[1]), [match[2]]
        else:
            lines.append(line)
    if lines or number is not None:
        blocks.append(Block(number, tuple(lines)))
    return blocks


def join_paragraphs(blocks: list[Block]) -> str:
    return "\n".join(block.text() for block in blocks)


def renumbered(blocks: list[Block], first: int) -> tuple[list[Block], int]:
    """The blocks numbered on from `first`; and the number the next section starts at."""
    result = []
    for block in blocks:
        if block.number is None:
            result.append(block)
        else:
            result.append(Block(first, block.lines))
            first += 1
    return result, first
