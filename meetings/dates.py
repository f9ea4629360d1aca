"""Dates as UN documents print them in each of the six languages ("8 and 9 September 2020").

One module for pages, mastheads and generated reports, so a meeting's dates read the same
wherever they appear. Month names come from the CLDR (Babel), in the form a date takes
("сентября", not "сентябрь"), except Arabic: UN Arabic documents name each month twice, by its
Levantine and its Egyptian name ("أيلول/سبتمبر"), which the CLDR does not. Arabic dates keep the
digits 0-9, as UN Arabic documents print them ("المؤرخ 13 آذار/مارس 2003", corpus
`ar_A_RES_52_31.txt`), not the Arabic-Indic ٠-٩.
"""

from datetime import date

from babel.dates import get_month_names

from wgportal.languages import content_language

ARABIC_MONTHS = (
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
)

# Two days in a row are joined by "and"; a longer run of days by a dash ("11–13 September").
# Arabic writes its "و" apart before a number: "و 28 آب/أغسطس 1990" (corpus `ar_A_RES_52_31.txt`).
AND = {"ar": " و ", "en": " and ", "fr": " et ", "ru": " и ", "es": " y "}


def _month(month: int, language: str) -> str:
    if language == "ar":
        return ARABIC_MONTHS[month - 1]
    return get_month_names("wide", context="format", locale=language)[month]


def _day_month(day: date, language: str) -> str:
    if language == "fr" and day.day == 1:
        return f"1er {_month(day.month, 'fr')}"  # "1er juin 2012"
    if language == "es":
        return f"{day.day} de {_month(day.month, 'es')}"
    return f"{day.day} {_month(day.month, language)}"


def _year(year: int, language: str) -> str:
    return {"ru": f"{year} года", "es": f"de {year}"}.get(language, str(year))


def un_date(day: date, language: str) -> str:
    """ "8 September 2020", "2020年9月8日", "8 сентября 2020 года", "8 de septiembre de 2020"."""
    language = content_language(language)
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{_day_month(day, language)} {_year(day.year, language)}"


def un_dates(start: date, end: date, language: str) -> str:
    """A meeting's days: "8 and 9 September 2020", "11–13 September 2017", "2020年9月8日和9日"."""
    return "".join(un_dates_parts(start, end, language))


def un_dates_parts(start: date, end: date, language: str) -> tuple[str, str, str]:
    """`un_dates` cut where its first day ends and its last begins: ("8", " and ", "9 September
    2020"), so a page can mark each with its machine-readable date; ("8 September 2020", "", "")
    for one day."""
    language = content_language(language)
    if end <= start:
        return un_date(start, language), "", ""
    if language == "zh":
        return _chinese_dates(start, end)
    if (start.year, start.month) == (end.year, end.month):
        if (end - start).days == 1:
            first = str(start.day) if language != "fr" or start.day != 1 else "1er"
            return first, AND[language], un_date(end, language)
        if language == "es":
            # Spanish prints a run of days with "a": "11 a 13 de septiembre de 2017".
            return str(start.day), " a ", un_date(end, language)
        return str(start.day), "–", un_date(end, language)
    same_year = start.year == end.year
    first = _day_month(start, language) if same_year else un_date(start, language)
    if language == "es":
        return first, " a ", un_date(end, language)
    # Russian spaces an em dash between two dates: "25 декабря 2008 года — 14 сентября 2009 года"
    # (corpus `ru_A_69_972.txt`).
    return first, " — " if language == "ru" else "–", un_date(end, language)


def _chinese_dates(start: date, end: date) -> tuple[str, str, str]:
    first = un_date(start, "zh")
    joint = "和" if (end - start).days == 1 and start.month == end.month else "至"
    if start.year != end.year:
        return first, joint, un_date(end, "zh")
    if start.month != end.month:
        return first, joint, f"{end.month}月{end.day}日"
    return first, joint, f"{end.day}日"


# What comes before a meeting's days in a sentence ("held in Vienna on 8 and 9 September 2020",
# "from 11 to 13 September 2017"): one day, two days, then a run's "from" and "to".
SENTENCE_WORDS = {
    "en": ("on ", "on ", "from ", " to "),
    "fr": ("le ", "les ", "du ", " au "),
    "es": ("el ", "los días ", "del ", " al "),
    "ru": ("", "", "с ", " по "),
    # "عُقد في فيينا يومي 8 و 9 أيلول/سبتمبر 2020", "في الفترة من 11 إلى 13 أيلول/سبتمبر 2017".
    "ar": ("في ", "يومي ", "في الفترة من ", " إلى "),
}


def un_dates_in_sentence(start: date, end: date, language: str) -> str:
    """A meeting's days as a sentence says them: "on 8 and 9 September 2020", "from 11 to 13
    September 2017", "from 30 May to 1 June 2012", "du 11 au 13 septembre 2017", "с 11 по 13
    сентября 2017 года", "في الفترة من 11 إلى 13 أيلول/سبتمبر 2017"; Chinese sentences place the
    days as they are ("于2017年9月11日至13日举行")."""
    language = content_language(language)
    if language not in SENTENCE_WORDS:
        return un_dates(start, end, language)
    one_day, two_days, run_from, run_to = SENTENCE_WORDS[language]
    first, joint, last = un_dates_parts(start, end, language)
    if not joint:
        return f"{one_day}{first}"
    if joint == AND[language]:
        return f"{two_days}{first}{joint}{last}"
    return f"{run_from}{first}{run_to}{last}"
