"""The masthead cut into pieces, one fact a piece: lines that each state one are split apart,
a wrapped title stays whole, and a label set above its value is joined to it."""

from collections.abc import Sequence

from ..blocks import Block
from ..lines import join_wrapped
from .facts import LABEL_ALONE, LINE_FACTS, fact_of


def cut_pieces(blocks: Sequence[Block]) -> list[str]:
    """The masthead's facts, one a piece.

    A Word export prints the right-hand column without blank lines (`Distr.: Limited` /
    `11 September 2017` / `Chinese` / `Original: English` in seed `004`), so a block whose
    lines each state a fact is split into them; a wrapped title stays one piece.
    """
    pieces: list[str] = []
    for block in blocks:
        # "临时议程*项目 2": the star calls the note on the agenda; it is part of no fact.
        # "# Working Group…": a Markdown text marks its masthead as headings.
        lines = _brackets_joined(
            [line.replace("*", "").lstrip("#").strip() for line in block.lines]
        )
        text = join_wrapped(lines)
        if len(lines) == 1 or not any(fact_of(line) in LINE_FACTS for line in lines):
            pieces.append(text)
            continue
        free: list[str] = []
        for line in lines:
            if free and (fact_of(line) in LINE_FACTS or _starts_anew(free[-1], line)):
                pieces.append(join_wrapped(free))
                free = []
            if fact_of(line) in LINE_FACTS:
                pieces.append(line)
            else:
                free.append(line)
        if free:
            pieces.append(join_wrapped(free))
    return pieces


def labels_joined(pieces: list[str]) -> list[str]:
    """ "Distr." / "GENERAL", "ORIGINAL:" / "ENGLISH": a label and its value set on two lines."""
    joined: list[str] = []
    for piece in pieces:
        if joined and LABEL_ALONE.fullmatch(joined[-1]):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


def _brackets_joined(lines: list[str]) -> list[str]:
    """ "[根据…的报告" / "(A/50/605)通过]": a bracketed note wrapped over lines is one line."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].count("[") > joined[-1].count("]"):
            joined[-1] = join_wrapped([joined[-1], line])
        else:
            joined.append(line)
    return joined


def _starts_anew(previous: str, line: str) -> bool:
    """Whether `line` is a new piece rather than the wrapped end of `previous`.

    "Revitalization of the work of the General Assembly" / "Report of the Ad Hoc Working
    Group…": a line that starts with a capital after one that ended its phrase starts a piece;
    "…to be included in the" / "provisional agenda…" goes on.
    """
    if not line[:1].isupper() or not previous or not previous[-1:].isalpha():
        return False
    last_word = previous.rsplit(None, 1)[-1]
    return not (last_word.islower() and len(last_word) <= 3)
