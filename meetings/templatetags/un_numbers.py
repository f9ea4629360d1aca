"""Numbers and ordinals on pages as UN documents print them in the interface language.

`{{ count|un_number }}`: "1,234", "1 234" (French and Russian group with a space), "1.234"
(Spanish), and in Arabic the digits 0-9, as UN Arabic documents print them, whatever the CLDR's
default numbering for a locale.

`{% blocktranslate with ordinal=meeting.ordinal|meeting_ordinal %}Meeting {{ ordinal }}…`: the
number of a meeting in the form the language's wording of "Meeting 7" places it: "7e réunion",
"7.ª reunión", "7-е совещание", "الاجتماع السابع" (Arabic spells it out, as its UN pages do). The
msgid stays "Meeting {{ ordinal }}"; a catalogue that does not translate it yet prints the English
"Meeting 7", so the filter gives the bare number until the language's wording is there.
"""

from babel.numbers import format_decimal
from django import template
from django.utils.translation import get_language, gettext, to_locale

register = template.Library()

# The msgid the filter's ordinal goes into, as blocktranslate writes it in the catalogues.
MEETING_MSGID = "Meeting %(ordinal)s"

# "الاجتماع الأول" ... "الاجتماع العشرون": the ordinal follows the (masculine) noun.
ARABIC_ORDINALS = (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر",
    "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرون",
)  # fmt: skip


def _language() -> str:
    return (get_language() or "en").split("-")[0]


@register.filter
def un_number(value) -> str:
    """A count as the interface language prints it: "1,234", "1 234", "1.234"."""
    if value is None or value == "":
        return ""
    locale = to_locale(get_language() or "en")
    return format_decimal(value, locale=locale, numbering_system="latn")


def meeting_ordinal_in(number: int, language: str) -> str:
    """The ordinal of the `number`th meeting as `language` writes it before or after its noun:
    "7th", "1re"/"7e" (réunion is feminine), "1.ª"/"7.ª", "7-е" (совещание is neuter),
    "السابع"; Chinese wraps the number itself ("第7次会议")."""
    if language == "fr":
        return "1re" if number == 1 else f"{number}e"
    if language == "es":
        return f"{number}.ª"
    if language == "ru":
        return f"{number}-е"
    if language == "ar":
        return ARABIC_ORDINALS[number - 1] if 1 <= number <= len(ARABIC_ORDINALS) else str(number)
    if language == "en":
        return _english_ordinal(number)
    return str(number)


ENGLISH_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def _english_ordinal(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ENGLISH_SUFFIXES.get(number % 10, 'th')}"


@register.filter
def meeting_ordinal(number) -> str:
    """The meeting's number for "Meeting {{ ordinal }}" in the interface language (see above)."""
    if number in (None, ""):
        return ""
    language = _language()
    if language in ("en", "zh") or gettext(MEETING_MSGID) == MEETING_MSGID:
        # English says "Meeting 7" and Chinese "第7次会议": the number as it is.
        return str(number)
    return meeting_ordinal_in(int(number), language)
