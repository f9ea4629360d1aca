"""Headings: chapters (`一.`, `I.`), sections (`A.`), subsections (`1.`) and named headings.

Chapters and sections show themselves by their mark. Two kinds need context:

- A subsection is numbered like a paragraph. Paragraphs are numbered through the whole document,
  subsections restart under each chapter, so a `1.` that breaks the paragraph sequence and reads
  like a title (short, no final punctuation) is a subsection: seed `002` has paragraph `7.` and
  then `1. 偷运移民及其主要路线4`. An item of a list quoted in a paragraph also breaks the
  sequence but ends like a sentence: `1. 组织事项：`, `2. …良好做法。` (the agenda in seed `000`).
- A named heading has no mark at all: a short line standing alone without final punctuation
  (`《打击偷运移民工具箱》`, `关键议题`, `建议 1`). It sits under the innermost numbered
  heading, or under the named heading right above it (`关键议题` under its theme in seed `001`).
"""

from .lines import is_cjk
from .numerals import arabic_ordinal, chinese_number, roman_number

__all__ = [
    "RANKS",
    "chapter_number",
    "looks_like_heading",
    "looks_like_named_heading",
    "reads_as_section",
]

# How deep each kind nests; a named heading sits under the innermost numbered one.
RANKS = {"chapter": 1, "section": 2, "subsection": 3, "heading": 4}
# Titles end without these; sentences and list items end with them.
FINAL_PUNCTUATION = frozenset("。．.；;：:？?！!，,、")
# Measured on the seeds: the longest subsection title is 31 characters in Chinese
# ("利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战"), the longest named
# heading 28; English titles run about two and a half times longer.
SUBSECTION_MAX = {True: 60, False: 150}
NAMED_MAX = {True: 40, False: 100}


def chapter_number(value: str) -> int | None:
    return chinese_number(value) or roman_number(value) or arabic_ordinal(value)


def reads_as_section(value: str, *, next_chapter: int, next_section: str) -> bool:
    """Whether "I." (or "V.", "X.") continues the sections A.–H. rather than the chapters."""
    return len(value) == 1 and value == next_section and roman_number(value) != next_chapter


def _is_cjk_text(text: str) -> bool:
    # A third is enough: Chinese titles quote English names ("COVID-19", "SHERLOC").
    cjk = sum(1 for char in text if is_cjk(char))
    return cjk * 3 >= len(text.strip() or " ")


def looks_like_heading(text: str) -> bool:
    """Short and without final punctuation: a title, not a sentence."""
    text = text.strip()
    if not text or text[-1] in FINAL_PUNCTUATION or len(text) > SUBSECTION_MAX[False]:
        return False
    return len(text) <= SUBSECTION_MAX[_is_cjk_text(text)]


def looks_like_named_heading(text: str, *, line_count: int) -> bool:
    """A heading with no mark: one short line, standing alone, not ending like a sentence."""
    text = text.strip()
    if line_count != 1 or not looks_like_heading(text) or len(text) > NAMED_MAX[_is_cjk_text(text)]:
        return False
    # A number, date or symbol alone is a leftover of the page, not a title.
    return any(char.isalpha() for char in text)
