"""The marks a block starts with: `一.`/`I.` chapters, `A.` sections, `12.` paragraphs, `(a)`
sub-paragraphs, bullets and Markdown `#` headings.

A mark only says how a block is numbered; whether `1.` opens a paragraph, a subsection or an
item of a list inside a paragraph is decided by `structure` from what comes before it.
"""

import re
from dataclasses import dataclass
from typing import Literal

from .numerals import ARABIC_LETTERS, ARABIC_ORDINALS

__all__ = ["ARABIC_LABELS", "Mark", "read_mark"]

MarkKind = Literal["markdown", "chapter", "section", "numbered", "lettered", "bullet"]

MARKDOWN = re.compile(r"(#{1,6})\s+")
# "一. 导言", "十一．", "三、"; full-width marks need no space after them.
CHINESE_CHAPTER = re.compile(r"([一二三四五六七八九十]{1,3})\s*[.．、]\s*")
# Only I, V and X: a chapter numbered C (100) or L (50) does not exist, a section C. does.
# "I.Введение", "II.Observations générales": extraction lost the space before a capital.
ROMAN_CHAPTER = re.compile(r"([IVX]{1,5})[.．](?:\s+|(?=[A-ZА-ЯÀ-Ý][a-zа-яà-ÿ]))")
SECTION = re.compile(r"([A-Z])[.．]\s+")
# Arabic texts number chapters with ordinal words and sections with the letters' names, each
# followed by a dash: "أولا - مقدمة", "ثامن عشر - التفسير", "ألف - المناقشة العامة".
# The text export prints the generated report's "أولا. مقدمة" with a stop, as every chapter.
ARABIC_CHAPTER = re.compile(rf"({'|'.join(ARABIC_ORDINALS)})\u064b?\s*(?:[-–]|\.(?=\s))\s*")
ARABIC_SECTION = re.compile(rf"({'|'.join(ARABIC_LETTERS)})\s*[-–]\s*")
# "12. " and "12．": a half-width full stop needs a space or a Chinese character after it, or
# "2.0" and "5.3" inside a wrapped sentence would open paragraphs.
NUMBERED = re.compile(
    # "1.The session…": extraction lost the space, but a capital after the stop opens a sentence.
    r"(\d{1,4})(?:\.(?=\s|[^\x00-\x7f]|[A-Z])|[．、])\s*"
    # Arabic texts number with a dash: "1 - تؤكد", "1- تؤكد".
    r"|(\d{1,4})\s?-\s*(?=[\u0621-\u064a])"
)
# "(a) ", "（a）", "- (a)" (seed `004` prints its lettered items as Markdown bullets), "(iv) ".
LETTERED = re.compile(
    r"(?:[-–•·]\s*)?(?:\(([a-z]{1,2}|[ivx]{1,6})\)(?=\s)|（([a-z]{1,2}|[ivx]{1,6})）)\s*"
)
# Arabic texts letter their sub-paragraphs in the abjad order, "(أ)", "(ب)", "(ج)"…: read as
# (a), (b), (c), so that a list has the same labels in every language version.
ARABIC_LABELS = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن")
ARABIC_LETTERED = re.compile(rf"(?:[-–•·]\s*)?\(({'|'.join(ARABIC_LABELS)}|ه)\)(?=\s)\s*")
BULLET = re.compile(r"([-–•·▪◦*])\s+")
FIRST_CHARACTERS = frozenset(
    "#一二三四五六七八九十ABCDEFGHIJKLMNOPQRSTUVWXYZ(（-–•·▪◦*"
    + "".join(word[0] for word in (*ARABIC_ORDINALS, *ARABIC_LETTERS))
)
MARKS: tuple[tuple[MarkKind, re.Pattern[str]], ...] = (
    ("chapter", CHINESE_CHAPTER),
    ("chapter", ROMAN_CHAPTER),
    ("chapter", ARABIC_CHAPTER),
    ("section", SECTION),
    ("section", ARABIC_SECTION),
    ("numbered", NUMBERED),
    ("lettered", LETTERED),
    ("lettered", ARABIC_LETTERED),
    ("bullet", BULLET),
)


@dataclass(frozen=True)
class Mark:
    kind: MarkKind
    value: str  # "三", "IV", "A", "12", "a", "-"; for Markdown the number of "#"
    rest: str  # the text after the mark

    @property
    def may_be_a_year(self) -> bool:
        """`2020. ` may be a paragraph of a long report, or a year a wrap put first:
        "…adopted on 8 September" / "2020. The Working Group…"."""
        return self.kind == "numbered" and len(self.value) == 4


def read_mark(text: str) -> Mark | None:
    """The mark `text` starts with, or None for a block that starts with its words."""
    text = text.strip()
    # Most lines start with a word; one look at the first character settles those.
    if not text or not (text[0] in FIRST_CHARACTERS or text[0].isdigit()):
        return None
    if match := MARKDOWN.match(text):
        return Mark("markdown", str(len(match[1])), text[match.end() :].strip())
    for kind, pattern in MARKS:
        if match := pattern.match(text):
            value = next(group for group in match.groups() if group)
            if pattern is ARABIC_SECTION:
                # Sections follow the Latin letters' order: ألف, باء, جيم are A, B, C.
                value = chr(ord("A") + list(ARABIC_LETTERS).index(value))
            elif pattern is ARABIC_LETTERED:
                value = "abcdefghijklmn"[ARABIC_LABELS.index("هـ" if value == "ه" else value)]
            return Mark(kind, value, text[match.end() :].strip())
    return None
