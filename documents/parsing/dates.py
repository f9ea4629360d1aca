"""Dates as UN texts print them, in the six languages.

Chinese texts space the numbers as they please (`2020年 9月 8日`, `2020 年 9 月 8 日`), and older
ones write them in numerals (`一九四六年六月三十日`); ranges join their days with 至, 和 or a
dash and leave out what the start shares with the end (`2017年9月11日至13日`). The other
languages write the day before the month's name: `1er novembre 2018` (PDF extraction leaves
`1 er`), `15 de junio de 2007`, `2 июля 2018 года` (the month in the genitive), Arabic with
the Levantine and the Egyptian name of the month together (`16 كانون الأول/ديسمبر 1985`), and
`11August2004` where extraction lost the spaces. Ranges: `30 May–1 June 2012`, `8 et 9
septembre 2020`, `du 15 au 19 octobre 2018`, `2-13 November 1998`.
"""

import re
from datetime import date

from .numerals import chinese_number

__all__ = ["read_dates"]

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "janvier", "enero", "января", "январь", "يناير", "كانون الثاني"),
            ("february", "février", "febrero", "февраля", "февраль", "فبراير", "شباط"),
            ("march", "mars", "marzo", "марта", "март", "مارس", "آذار"),
            ("april", "avril", "abril", "апреля", "апрель", "أبريل", "نيسان"),
            ("may", "mai", "mayo", "мая", "май", "مايو", "أيار"),
            ("june", "juin", "junio", "июня", "июнь", "يونيه", "يونيو", "حزيران"),
            ("july", "juillet", "julio", "июля", "июль", "يوليه", "يوليو", "تموز"),
            ("august", "août", "agosto", "августа", "август", "أغسطس", "آب"),
            ("september", "septembre", "septiembre", "сентября", "сентябрь", "سبتمبر", "أيلول"),
            ("october", "octobre", "octubre", "октября", "октябрь", "أكتوبر", "تشرين الأول"),
            ("november", "novembre", "noviembre", "ноября", "ноябрь", "نوفمبر", "تشرين الثاني"),
            ("december", "décembre", "diciembre", "декабря", "декабрь", "ديسمبر", "كانون الأول"),
        ),
        start=1,
    )
    for name in names
}
# Arabic prints both names of a month, "كانون الأول/ديسمبر" (spaces may follow the slash):
# the pair is one month, read by either name.
ARABIC_MONTH = r"(?:كانون|تشرين)\s+(?:الأول|الثاني)|[\u0621-\u064a]+"
MONTH = rf"(?:(?:{ARABIC_MONTH})\s*/\s*(?:{ARABIC_MONTH})|[^\W\d_]+)"
CHINESE_DIGITS = "〇零一二三四五六七八九十"
YEAR_DIGITS = {char: index for index, char in enumerate("〇一二三四五六七八九")} | {"零": 0}
# "2020 年 9 月 8 日和 9 日", "2017年9月11日至13日", "2012 年 5 月 30 日至 6 月 1 日".
CHINESE_DATES = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"(?:\s*(?:至|到|和|及|-|–|—|－|~)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?"
)
# "一九四六年六月三十日": the year digit by digit, month and day as numbers.
CHINESE_NUMERAL_DATE = re.compile(
    rf"([{CHINESE_DIGITS[:2]}一二三四五六七八九]{{4}})年([{CHINESE_DIGITS}]{{1,3}})月"
    rf"([{CHINESE_DIGITS}]{{1,3}})日"
)
DAY = r"(\d{1,2})(?:\s?(?:er|ère|º|°))?"
OF = r"(?:\s*(?:de|del)\s+|\s*)"
YEAR = r"(\d{4})(?:\s*(?:года|г\.|год))?"
# A range, "8 and 9 September 2020", "30 May–1 June 2012", "du 15 au 19 octobre 2018", or one
# date, "11 September 2017".
LATIN_DATES = re.compile(
    rf"{DAY}(?:{OF}({MONTH})(?:{OF}(\d{{4}})(?:\s*(?:года|г\.))?)?)?"
    r"\s*(?:-|–|—|to|and|et|y|au|al|a|и|по|و|إلى)\s*"
    rf"{DAY}{OF}({MONTH}){OF}{YEAR}"
    rf"|{DAY}{OF}({MONTH}){OF}{YEAR}",
    re.IGNORECASE,
)
# "2000年9月5日 15:27", "5 September 2000 15:27": a web page's timestamp, not a date of the text.
CLOCK = re.compile(r"\s*\d{1,2}:\d{2}")


def read_dates(text: str) -> tuple[date, date, tuple[int, int]] | None:
    """The first date or range of dates in `text`, and where it stands."""
    found = [
        result
        for result in (_first_chinese(text), _first_numeral(text), _first_latin(text))
        if result is not None
    ]
    return min(found, key=lambda result: result[2][0]) if found else None


def _first_chinese(text: str) -> tuple[date, date, tuple[int, int]] | None:
    if "年" not in text:
        return None
    for match in CHINESE_DATES.finditer(text):
        if _stamped(text, match.end()):
            continue
        year, month, day, year2, month2, day2 = match.groups()
        dates = _dates(year, month, day, year2 or year, month2 or month, day2 or day)
        if dates is not None:
            return *dates, match.span()
    return None


def _first_numeral(text: str) -> tuple[date, date, tuple[int, int]] | None:
    if "年" not in text:
        return None
    for match in CHINESE_NUMERAL_DATE.finditer(text):
        year = "".join(str(YEAR_DIGITS[char]) for char in match[1])
        month, day = chinese_number(match[2]), chinese_number(match[3])
        if month is None or day is None:
            continue
        dates = _dates(year, str(month), str(day), year, str(month), str(day))
        if dates is not None:
            return *dates, match.span()
    return None


def _first_latin(text: str) -> tuple[date, date, tuple[int, int]] | None:
    for match in LATIN_DATES.finditer(text):
        if _stamped(text, match.end()):
            continue
        if match[7]:
            day, month, year = match[7], match[8], match[9]
            dates = _named_dates(year, month, day, year, month, day)
        else:
            year2, month2 = match[6], match[5]
            dates = _named_dates(
                match[3] or year2, match[2] or month2, match[1], year2, month2, match[4]
            )
        if dates is not None:
            return *dates, match.span()
    return None


def _stamped(text: str, end: int) -> bool:
    return CLOCK.match(text, end) is not None


def _dates(*parts: str) -> tuple[date, date] | None:
    try:
        first = date(int(parts[0]), int(parts[1]), int(parts[2]))
        last = date(int(parts[3]), int(parts[4]), int(parts[5]))
    except ValueError:
        return None
    return (first, last) if first <= last else None


def _named_dates(
    year: str, month: str, day: str, year2: str, month2: str, day2: str
) -> tuple[date, date] | None:
    first_month, last_month = _month(month), _month(month2)
    if first_month is None or last_month is None:
        return None
    return _dates(year, str(first_month), day, year2, str(last_month), day2)


def _month(name: str) -> int | None:
    name = name.lower()
    if "/" in name:  # "كانون الأول/ديسمبر"
        return next(filter(None, (_month(part) for part in name.split("/"))), None)
    return MONTHS.get(" ".join(name.split()))
