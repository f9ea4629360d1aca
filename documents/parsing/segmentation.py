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

# CJK Unified Ideographs with extension A and the compatibility block: the characters of
# Chinese UN texts. Punctuation (，。《》) is not in these ranges and so separates runs.
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"[{_HAN}]+|[^\W_]+", re.UNICODE)
_IS_HAN = re.compile(rf"[{_HAN}]")


def chinese_terms(text: str) -> list[str]:
    """The index terms of a Chinese text: character pairs of each Chinese run, other words."""
    terms: list[str] = []
    for run in _RUNS.findall(text):
        if not _IS_HAN.match(run):
            terms.append(run.lower())
        else:
            terms.extend(run[i : i + 2] for i in range(len(run) - 1))
            terms.append(run[-1])
    return terms


def chinese_query(word: str) -> str:
    """A raw tsquery for one word against an index of chinese_terms.

    "偷运移民" -> "偷运 <-> 运移 <-> 移民" (pairs in a row); "偷" -> "偷:*" (any term it starts).
    """
    if len(word) == 1 and _IS_HAN.match(word):
        return f"{word}:*"
    pairs = [term for term in chinese_terms(word) if len(term) != 1 or not _IS_HAN.match(term)]
    return " <-> ".join(pairs)
