"""Paragraphs run together on one line, as web copies and bad extraction leave them.

`…cadre thématique du Sommet du millénaire, 1.决定… 2.又决定…` and `…la Organización. 2. La
Tercera Comisión examinó…`: a numbered paragraph starts inside a line. A number starts one only
when it is the next number expected and follows the end of a sentence or clause, so a number
quoted inside a paragraph (`第 5. 段`, `paragraph 5. of`) stays in it.
"""

import re
from collections.abc import Sequence

from .lines import Line
from .numbering import read_mark

__all__ = ["split_runs"]

# Only long lines can hold several paragraphs; a hard-wrapped text has none.
RUN_MIN = 160
CLAUSE_END = '。；;：:，,.)”"»]'


def split_runs(lines: Sequence[Line]) -> list[Line]:
    expected = 1
    split: list[Line] = []
    for line in lines:
        if line.text[:1].isdigit():
            mark = read_mark(line.text)
            if mark is not None and mark.kind == "numbered" and not mark.may_be_a_year:
                expected = int(mark.value) + 1
        if len(line.text) < RUN_MIN:
            split.append(line)
            continue
        text = line.text
        while (found := _next_paragraph(text, expected)) is not None:
            split.append(Line(line.number, text[:found].rstrip(), False, line.page_join))
            split.append(Line(line.number, ""))
            text = text[found:]
            expected += 1
        split.append(Line(line.number, text, line.closes, line.page_join))
    return split


def _next_paragraph(text: str, number: int) -> int | None:
    pattern = re.compile(rf"(?<![\d./第])({number})[.．](?=\s*[^\W\d_]|\s*[“\"«(])")
    for match in pattern.finditer(text, 1):
        before = text[: match.start()].rstrip()
        if before and before[-1] in CLAUSE_END:
            return match.start()
    return None
