"""The formulas of a meeting's report in Russian and Arabic, which `reports.read_report` tries
after its Chinese and English ones: the meeting and its venue, sittings and format, the meetings
held before, the report adopted, and the chapter and section titles.

As the Russian and Arabic versions of the Working Group's reports print them (and the report
writer writes them, `reports.writing.phrases.russian` and `.arabic`): "Рабочая группа …
провела свое седьмое совещание в Вене 8 и 9 сентября 2020 года. Было проведено четыре
заседания. Совещание проводилось в гибридном формате."; "عقد الفريق العامل المعني بتهريب
المهاجرين اجتماعه السابع في فيينا يومي 8 و9 أيلول/سبتمبر 2020. وعقد الفريق العامل خلال
الاجتماع أربع جلسات. وعقد الاجتماع بصيغة هجينة."
"""

import re
from typing import Literal

from .numerals import ordinal_word

__all__ = [
    "CHAPTERS_RU_AR",
    "SECTIONS_RU_AR",
    "held_before",
    "meeting_format",
    "meeting_ordinal",
    "printed_ordinal",
    "report_adopted",
    "sentences",
    "sittings",
    "venue",
]

MeetingFormat = Literal["in_person", "hybrid", "online"]

CHAPTERS_RU_AR = {
    "introduction": ("введение", "مقدمة"),
    "recommendations": ("рекомендации", "التوصيات"),
    "summary": ("резюме обсуждений", "موجز المداولات"),
    "organization": ("организация работы", "تنظيم الاجتماع", "تنظيم أعمال الاجتماع"),
    "adoption": ("утверждение доклада", "اعتماد التقرير"),
}
SECTIONS_RU_AR = {
    "opening": ("открытие совещания", "افتتاح الاجتماع"),
    "statements": ("заявления", "البيانات"),
    "agenda": ("утверждение повестки дня", "إقرار جدول الأعمال", "اعتماد جدول الأعمال"),
    "attendance": ("участники", "الحضور"),
    "documentation": ("документация", "الوثائق"),
}

# "провела свое седьмое совещание", and as the sentence is also printed, "Седьмое совещание
# Рабочей группы … состоялось в Вене …".
MEETING_RU = re.compile(
    r"\bпровел[аи]? сво[её] (\S+) (?:совещание|сессию)"
    r"|\b(\w+) (?:совещание|сессия) [^.]*?\bсостоял",
    re.I,
)
VENUE_RU = re.compile(r"(?:совещание|сессию|состоял\w*) в ([А-ЯЁ][\w\-]*(?: [А-ЯЁ][\w\-]*)*)")
SITTINGS_RU = re.compile(r"\b(?:проведено|состоялось|провела)\s+(\w+)\s+заседани", re.I)
CARDINALS_RU = {
    word: number
    for number, words in enumerate(
        (("одно", "один"), ("два",), ("три",), ("четыре",), ("пять",), ("шесть",), ("семь",),
         ("восемь",), ("девять",), ("десять",)),
        start=1,
    )
    for word in words
}  # fmt: skip
# "اجتماعه السابع", "اجتماعه الحادي عشر".
AR_ORDINAL = r"\S+(?:\s+عشرة?)?"
MEETING_AR = re.compile(rf"عقد\s+[^.]*?(?:اجتماعه|دورته)\s+({AR_ORDINAL})\s+في")
VENUE_AR = re.compile(
    rf"(?:اجتماعه|دورته)\s+{AR_ORDINAL}\s+في\s+([^\[\]\d،.]+?)\s+(?:يومي|في|من)\s"
)
# "أربع جلسات", "جلستين", "جلسة واحدة", "12 جلسة".
SITTINGS_AR = re.compile(r"(\S+)\s+جلسات|(جلستين)|(جلسة واحدة)|(\d+)\s+جلسة")
CARDINALS_AR = {
    word: number
    for number, word in enumerate(
        ("واحدة", "اثنتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"), start=1
    )
} | {"جلستين": 2, "جلسة واحدة": 1}
FORMATS: tuple[tuple[MeetingFormat, re.Pattern[str]], ...] = (
    ("hybrid", re.compile(r"гибридн|هجين|مختلط", re.I)),
    ("online", re.compile(r"онлайн|виртуальн|дистанционн|عبر الإنترنت|افتراضي", re.I)),
    ("in_person", re.compile(r"\bочно|حضوري", re.I)),
)
# "Рабочая группа провела свое первое совещание с 30 мая по 1 июня 2012 года; свое второе…",
# "وعقد الفريق العامل اجتماعه الأول في الفترة من 30 أيار/مايو إلى 1 حزيران/يونيه 2012، واجتماعه…".
HELD_BEFORE = re.compile(
    r"(?=.*Рабоч\w+ групп)(?=.*совещани)|(?=.*الفريق العامل)(?=.*اجتماع)", re.I
)
PRINTED_ORDINAL = re.compile(rf"\b(\w+) совещани\w*|اجتماعه\s+({AR_ORDINAL})", re.I)
# Russian and Arabic sentences start with their own capitals and letters.
SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[А-ЯЁ\u0621-\u064a])")
# "9 сентября 2020 года Рабочая группа утвердила доклад…", "اعتمد الفريق العامل تقرير اجتماعه".
REPORT_ADOPTED = re.compile(r"утвердил[аи]? (?:свой )?доклад|اعتمد[^.]{0,40}تقرير", re.I)


def is_meeting(text: str) -> bool:
    return bool(MEETING_RU.search(text) or MEETING_AR.search(text))


def meeting_ordinal(text: str) -> int | None:
    if match := MEETING_RU.search(text) or MEETING_AR.search(text):
        return ordinal_word(next(group for group in match.groups() if group))
    return None


def venue(text: str) -> str | None:
    if match := VENUE_RU.search(text) or VENUE_AR.search(text):
        return match[1].strip()
    return None


def sittings(text: str) -> int | None:
    if match := SITTINGS_RU.search(text):
        word = match[1].lower()
        return int(word) if word.isdigit() else CARDINALS_RU.get(word)
    if match := SITTINGS_AR.search(text):
        word = next(group for group in match.groups() if group)
        return int(word) if word.isdigit() else CARDINALS_AR.get(word)
    return None


def meeting_format(text: str) -> MeetingFormat | None:
    return next((kind for kind, pattern in FORMATS if pattern.search(text)), None)


def sentences(text: str) -> list[str]:
    return SENTENCE_END.split(text)


def held_before(sentence: str) -> bool:
    return HELD_BEFORE.search(sentence) is not None


def printed_ordinal(gap: str) -> int | None:
    """ "свое второе совещание" -> 2, "واجتماعه الثاني" -> 2: the last ordinal before a date."""
    for match in reversed(list(PRINTED_ORDINAL.finditer(gap))):
        if (number := ordinal_word(match[1] or match[2])) is not None:
            return number
    return None


def report_adopted(text: str) -> bool:
    return REPORT_ADOPTED.search(text) is not None
