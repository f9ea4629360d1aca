"""Index terms for full-text search: overlapping character pairs for Chinese.

PostgreSQL's parsers do not split Chinese (`to_tsvector('simple', '偷运移民问题工作组')` is one
token), and a word segmenter alone as the index lost up to a quarter of the hits a substring scan
finds (DESIGN.md, Search). So each run of Chinese characters is indexed as its overlapping pairs
(偷运移民 -> 偷运 运移 移民), and the run's last character on its own, so that a one-character
query, a prefix query (偷:*), finds the character wherever it stands: before another character
(in a pair that starts with it) or at the end of a run. The query side chains pairs into a
phrase. Latin words and numbers inside Chinese text ("COVID-19") are kept as lower-case words.
Pure functions, no Django import.
"""

import re
import unicodedata

# CJK Unified Ideographs with extension A and the compatibility block: the characters of
# Chinese UN texts. Punctuation (，。《》) is not in these ranges and so separates runs.
HAN_CHARACTERS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _characters_of(category: str) -> str:
    """The characters of one Unicode category, as the inside of a regex character class.

    Only the first two planes are read: Unicode places no letters or numbers outside them that
    differ between Python and PostgreSQL, and reading all seventeen costs a tenth of a second.
    """
    found = [chr(c) for c in range(0x20000) if unicodedata.category(chr(c)) == category]
    return "".join(re.escape(character) for character in found)


# Python counts "²", "½" and "①" (Unicode's "other numbers") as word characters; PostgreSQL's
# parser does not and splits words there. Terms follow PostgreSQL, whose index they fill.
_OTHER_NUMBERS = _characters_of("No")
_RUNS = re.compile(rf"[{HAN_CHARACTERS}]+|[^\W_{_OTHER_NUMBERS}]+", re.UNICODE)
_IS_HAN = re.compile(rf"[{HAN_CHARACTERS}]")


def runs(text: str) -> list[str]:
    """The runs of Chinese characters and the other words of a text, as written."""
    return _RUNS.findall(text)


def chinese_terms(text: str) -> list[str]:
    """The index terms of a Chinese text: character pairs of each Chinese run, other words."""
    terms: list[str] = []
    for run in runs(text):
        if not _IS_HAN.match(run):
            terms.append(run.lower())
        else:
            terms.extend(run[i : i + 2] for i in range(len(run) - 1))
            terms.append(run[-1])
    return terms


# PostgreSQL's limits for a tsvector: positions up to 16383, 255 of them per lexeme (to_tsvector
# keeps the first 255 too), lexemes shorter than 2 KB.
_LAST_POSITION = 16383
_POSITIONS_PER_TERM = 255
_LONGEST_TERM = 2047


def chinese_vector(text: str) -> str:
    """The text's terms as a tsvector literal: "'偷运':1 '运移':2 '移民':3 '民':4".

    It is what to_tsvector('simple', ' '.join(chinese_terms(text))) builds, written out here so
    that PostgreSQL stores it without parsing the terms again: an import writes it with the
    paragraph. A term too long for PostgreSQL is left out and takes no position, as there.
    Terms are Chinese characters, letters and digits, so none holds a quote to escape.
    """
    terms = chinese_terms(text)
    if any(len(term.encode()) > _LONGEST_TERM for term in terms if len(term) > 500):
        terms = [term for term in terms if len(term.encode()) <= _LONGEST_TERM]
    positions: dict[str, list[int]] = {}
    for position, term in enumerate(terms, start=1):
        places = positions.get(term)
        if places is None:
            positions[term] = [position]
        else:
            places.append(position)
    if len(terms) > _LAST_POSITION:
        # Past the last position every term stands at the last one, once.
        for term, places in positions.items():
            positions[term] = sorted({min(place, _LAST_POSITION) for place in places})
    return " ".join(
        [
            f"'{term}':{places[0]}"
            if len(places) == 1  # most pairs occur once in a paragraph: the quick way
            else f"'{term}':{','.join(map(str, places[:_POSITIONS_PER_TERM]))}"
            for term, places in positions.items()
        ]
    )


def chinese_query(word: str) -> str:
    """A raw tsquery for one word against an index of chinese_terms.

    "偷运移民" -> "偷运 <-> 运移 <-> 移民" (pairs in a row); "偷" -> "偷:*" (any term it starts).
    """
    if len(word) == 1 and _IS_HAN.match(word):
        return f"{word}:*"
    pairs = [term for term in chinese_terms(word) if len(term) != 1 or not _IS_HAN.match(term)]
    return " <-> ".join(pairs)
