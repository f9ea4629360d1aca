"""What was typed in the search box, read the way the index was built (documents.indexing).

Chinese as runs of characters searched as typed (or, as a second try, rjieba's words); the other
languages' words for their configurations; every word required.
"""

import re
from dataclasses import dataclass

import rjieba

from documents.parsing.segmentation import HAN_CHARACTERS, chinese_query, runs

# Chinese runs as segmentation.py reads them: a query holding one is read as Chinese.
HAN = re.compile(rf"[{HAN_CHARACTERS}]")
# Text in straight, curly or corner quotes stays one phrase, as websearch_to_tsquery keeps the
# other languages' quoted phrases: "“偷运移民”" finds the four characters in a row only.
QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」')
WORDS = re.compile(r"[^\W_]+")
# What websearch_to_tsquery reads as an operator rather than a word to look for.
OPERATORS = frozenset({"or"})

# rjieba (jieba's segmentation in Rust, maintained) loads its dictionary when imported, that is
# once at the process's start with the URLs: no search pays for it.


@dataclass(frozen=True, slots=True)
class Query:
    """A query as typed, read once: whether it is Chinese and the words it requires."""

    text: str
    chinese: bool
    words: tuple[str, ...]  # each required; for substring matches and highlighting

    @property
    def chinese_tsquery(self) -> str:
        """The raw tsquery against the character-pair index: every word as a phrase of pairs."""
        # A word of "other numbers" only ("²") has no index term and so no phrase.
        phrases = [chinese_query(word) for word in self.words]
        return " & ".join(f"({phrase})" for phrase in phrases if phrase)

    @property
    def chinese_terms_anywhere(self) -> str:
        """The same terms, each anywhere: for a vector without positions (latin_terms)."""
        return self.chinese_tsquery.replace(" <-> ", " & ")


def read_query(text: str, *, by_words: bool = False) -> Query:
    """Split what was typed into the words a paragraph must hold.

    A Chinese run is searched as typed, as the substring a reader's Ctrl+F would find
    ("执法合作" finds 执法合作, not 执法 here and 合作 there); spaces separate words. With
    `by_words`, runs outside quotes are cut into words by rjieba ("移民人权" -> 移民, 人权), each
    required somewhere in the paragraph: the second try of a query that found nothing as typed.
    """
    text = " ".join(text.split())
    if not HAN.search(text):
        words = [word for word in WORDS.findall(text) if word.lower() not in OPERATORS]
        return Query(text=text, chinese=False, words=tuple(dict.fromkeys(words)))
    words: list[str] = []
    place = 0

    def unquoted(part: str) -> list[str]:
        if by_words:
            return rjieba.cut(part)
        return runs(part)  # as the index reads a text

    for quoted in QUOTED.finditer(text):
        words += unquoted(text[place : quoted.start()])
        words.append(next(group for group in quoted.groups() if group is not None).strip())
        place = quoted.end()
    words += unquoted(text[place:])
    # Punctuation and spaces come out of rjieba as words of their own; they index nothing.
    kept = [word.strip() for word in words if chinese_query(word)]
    return Query(text=text, chinese=True, words=tuple(dict.fromkeys(kept)))
