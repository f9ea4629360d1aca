"""Dates as UN texts print them: `2020 年 9 月 8 日和 9 日`, `11–13 September 2017`.

Chinese texts space the numbers as they please (`2020年 9月 8日`, `2020 年 9 月 8 日`); ranges
join their days with 至, 和 or a dash and leave out what the start shares with the end
(`2017年9月11日至13日`, `30 May–1 June 2012`). English, French and Spanish write the day before
the month's name (`8 et 9 septembre 2020`, `8 y 9 de septiembre de 2020`).
"""

import re
from datetime import date

__all__ = ["read_dates"]

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "janvier", "enero"),
            ("february", "février", "febrero"),
            ("march", "mars", "marzo"),
            ("april", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "juin", "junio"),
            ("july", "juillet", "julio"),
            ("august", "août", "agosto"),
            ("september", "septembre", "septiembre"),
            ("october", "octobre", "octubre"),
            ("november", "novembre", "noviembre"),
            ("december", "décembre", "diciembre"),
        ),
        start=1,
    )
    for name in names
}
# "2020 年 9 月 8 日和 9 日", "2017年9月11日至13日", "2012 年 5 月 30 日至 6 月 1 日".
CHINESE_DATES = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"(?:\s*(?:至|到|和|及|-|–|—|－|~)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?"
)
# "8 and 9 September 2020", "11–13 September 2017", "30 May–1 June 2012", "8 et 9 septembre
# 2020", "8 y 9 de septiembre de 2020", "11 September 2017".
LATIN_DATES = re.compile(
    r"(\d{1,2})(?:er)?(?:\s+(?:de\s+)?([^\W\d_]+)(?:\s+(?:de\s+)?(\d{4}))?)?"
    r"\s*(?:-|–|—|to|and|et|y|au|al|a)\s*"
    r"(\d{1,2})\s+(?:de\s+)?([^\W\d_]+)\s+(?:de\s+)?(\d{4})"
    r"|(\d{1,2})(?:er)?\s+(?:de\s+)?([^\W\d_]+)\s+(?:de\s+)?(\d{4})",
    re.IGNORECASE,
)


def read_dates(text: str) -> tuple[date, date, tuple[int, int]] | None:
    """The first date or range of dates in `text`, and where it stands."""
    for match in CHINESE_DATES.finditer(text):
        year, month, day, year2, month2, day2 = match.groups()
        dates = _dates(year, month, day, year2 or year, month2 or month, day2 or day)
        if dates is not None:
            return *dates, match.span()
    for match in LATIN_DATES.finditer(text):
        if match[9]:
            dates = _named_dates(match[9], match[8], match[7], match[9], match[8], match[7])
        else:
            year2, month2 = match[6], match[5]
            dates = _named_dates(
                match[3] or year2, match[2] or month2, match[1], year2, month2, match[4]
            )
        if dates is not None:
            return *dates, match.span()
    return None


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
    first_month, last_month = MONTHS.get(month.lower()), MONTHS.get(month2.lower())
    if first_month is None or last_month is None:
        return None
    return _dates(year, str(first_month), day, year2, str(last_month), day2)
