"""Alignment pages: two language versions run together line by line, read as the first one.

The UN's bitext alignment pages print each sentence of a document in two languages on one line,
the second glued to the first: `General Assemblyالجمعية العامة`, and the lines both versions
print alike twice over: `A/74/L.75A/74/L.75`, `16 July 202016 July 2020`. Read as it stands,
every masthead fact and title would be two. Such a text is read as its first column, the
original the page aligns the translation with; the importer is told, so the other language is
imported from its own file.
"""

import re
from collections.abc import Sequence

from .lines import Line
from .results import ParseWarning

__all__ = ["first_column"]

# A Latin sentence and then an Arabic one: the Arabic run starts right after Latin text.
LATIN_THEN_ARABIC = re.compile(r"[A-Za-z0-9.,;:)\]'’\"-]\s*(?=[\u0600-\u06ff])")
ARABIC = re.compile(r"[\u0600-\u06ff]")
# Most lines of an alignment page carry both columns; a text quoting a few Arabic words does not.
ALIGNED_SHARE = 0.4


def first_column(lines: Sequence[Line]) -> tuple[list[Line], list[ParseWarning]]:
    """The lines as the first column prints them, when `lines` are an alignment page."""
    content = [line for line in lines if line.text]
    aligned = [line for line in content if _split_at(line.text) is not None]
    if len(aligned) < 3 or len(aligned) < ALIGNED_SHARE * len(content):
        return list(lines), []
    kept = []
    for line in lines:
        text = line.text
        split = _split_at(text)
        if split is not None:
            text = text[:split].rstrip()
        elif ARABIC.search(text) and not re.search(r"[A-Za-z]", text):
            continue  # a line of the second column alone
        kept.append(Line(line.number, _undoubled(text), line.closes, line.page_join))
    warning = ParseWarning(
        "alignment-page",
        "This text prints two language versions run together line by line (an alignment "
        "page); it was read as its first column. Import the other language from its own file.",
        aligned[0].number,
    )
    return kept, [warning]


def _split_at(text: str) -> int | None:
    match = LATIN_THEN_ARABIC.search(text)
    if match is None or not re.search(r"[A-Za-z]{2}", text[: match.end()]):
        return None
    return match.end()


def _undoubled(text: str) -> str:
    # "A/74/L.75A/74/L.75": both columns print the symbol, the date and the distribution alike.
    half = len(text) // 2
    if len(text) % 2 == 0 and half and text[:half] == text[half:]:
        return text[:half]
    return text
