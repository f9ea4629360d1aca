"""What changed between two versions of a text, in pieces a reader can follow.

Chinese is written without spaces, so a change of one word ("四场" to "五场") shows only as a
change of characters: it is compared character by character. The other UN languages are
compared word by word, the spaces kept with the words, so a changed word is shown whole.
Pure function, no Django import: the template escapes the pieces when it marks them up.
"""

import re
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "insert", "delete"]

# A word with the spaces after it, or a run of spaces (at the start, or a line's indent).
_WORDS = re.compile(r"\S+\s*|\s+")
# Languages written without spaces between words, compared by character.
BY_CHARACTER = ("zh",)


def text_diff(old: str, new: str, *, language: str) -> list[tuple[Op, str]]:
    """The pieces of `old` and `new` in reading order, each `equal`, `insert` or `delete`.

    Equal pieces and neighbours of the same kind are joined, so a change reads as one span.
    """
    if language in BY_CHARACTER:
        before, after = list(old), list(new)
    else:
        before, after = _WORDS.findall(old), _WORDS.findall(new)
    # Without autojunk: a long report section repeats characters like "的" and "，" more than
    # the 1% autojunk ignores, and ignoring them splits one change into many.
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    pieces: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(pieces, "equal", "".join(before[i1:i2]))
            continue
        # A replacement reads as what went, then what came.
        if tag in ("delete", "replace"):
            _add(pieces, "delete", "".join(before[i1:i2]))
        if tag in ("insert", "replace"):
            _add(pieces, "insert", "".join(after[j1:j2]))
    return pieces


def _add(pieces: list[tuple[Op, str]], op: Op, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][0] == op:
        pieces[-1] = (op, pieces[-1][1] + text)
    else:
        pieces.append((op, text))
