"""Dates, numbers and ordinals as UN documents print them in each of the six languages (issue 16).

The forms are those of the UN texts in `../shared/corpus`: "les 17 et 18 septembre 1997"
(fr_A_52_250), "18 a 21 de noviembre de 2002" (es_A_57_551), "25 декабря 2008 года — 14 сентября
2009 года" (ru_A_69_972), "13 آذار/مارس 2003 و 73/299" and "و 28 آب/أغسطس 1990" (ar_A_RES_52_31:
the double month names, the digits 0-9 and "و" written apart before a number).
"""

import re
from datetime import date

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from documents.parsing.dates import read_dates
from meetings.dates import un_date, un_dates, un_dates_in_sentence
from meetings.templatetags.un_numbers import MEETING_MSGID, meeting_ordinal_in
from tests.factories import MeetingFactory

SEVENTH = (date(2020, 9, 8), date(2020, 9, 9))
FOURTH = (date(2017, 9, 11), date(2017, 9, 13))
FIRST = (date(2012, 5, 30), date(2012, 6, 1))
ACROSS_YEARS = (date(2008, 12, 25), date(2009, 9, 14))
ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


@pytest.mark.parametrize(
    ("language", "days", "printed"),
    [
        ("fr", SEVENTH, "8 et 9 septembre 2020"),
        ("fr", FOURTH, "11–13 septembre 2017"),
        ("es", SEVENTH, "8 y 9 de septiembre de 2020"),
        ("es", FOURTH, "11 a 13 de septiembre de 2017"),
        ("ru", SEVENTH, "8 и 9 сентября 2020 года"),
        ("ru", ACROSS_YEARS, "25 декабря 2008 года — 14 сентября 2009 года"),
        ("ar", SEVENTH, "8 و 9 أيلول/سبتمبر 2020"),
        ("ar", FOURTH, "11–13 أيلول/سبتمبر 2017"),
        ("ar", FIRST, "30 أيار/مايو–1 حزيران/يونيه 2012"),
    ],
)
def test_a_meetings_days_are_printed_as_the_un_texts_of_each_language_print_them(
    language, days, printed
):
    assert un_dates(*days, language) == printed
    # And the importer reads the same days back from what the portal prints.
    assert read_dates(printed)[:2] == days


@pytest.mark.parametrize(
    ("language", "days", "said"),
    [
        ("fr", FOURTH, "du 11 au 13 septembre 2017"),
        ("fr", SEVENTH, "les 8 et 9 septembre 2020"),
        ("es", FOURTH, "del 11 al 13 de septiembre de 2017"),
        ("es", SEVENTH, "los días 8 y 9 de septiembre de 2020"),
        ("ru", FOURTH, "с 11 по 13 сентября 2017 года"),
        ("ru", SEVENTH, "8 и 9 сентября 2020 года"),
        ("ar", FOURTH, "في الفترة من 11 إلى 13 أيلول/سبتمبر 2017"),
        ("ar", SEVENTH, "يومي 8 و 9 أيلول/سبتمبر 2020"),
        ("ar", FIRST, "في الفترة من 30 أيار/مايو إلى 1 حزيران/يونيه 2012"),
        ("ar", (SEVENTH[0], SEVENTH[0]), "في 8 أيلول/سبتمبر 2020"),
    ],
)
def test_a_sentence_says_the_days_with_the_words_of_its_language(language, days, said):
    assert un_dates_in_sentence(*days, language) == said


def test_every_arabic_month_has_its_double_name_and_no_arabic_indic_digit():
    printed = [un_date(date(2020, month, 8), "ar") for month in range(1, 13)]

    assert printed[0] == "8 كانون الثاني/يناير 2020"
    assert printed[8] == "8 أيلول/سبتمبر 2020"
    assert all(line.count("/") == 1 for line in printed)
    assert not any(ARABIC_INDIC.search(line) for line in printed)


def test_the_first_of_a_month_is_an_ordinal_in_french_only():
    first = date(2018, 11, 1)
    assert [un_date(first, code) for code in ("fr", "es", "ru")] == [
        "1er novembre 2018", "1 de noviembre de 2018", "1 ноября 2018 года",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("interface", "printed"),
    [
        ("en", "1,234 · 56"),
        ("fr", "1\u202f234 · 56"),
        ("ru", "1\xa0234 · 56"),
        ("es", "1.234 · 56"),
        ("ar", "1,234 · 56"),
        ("zh-hans", "1,234 · 56"),
    ],
)
def test_a_page_prints_counts_as_its_language_groups_digits(interface, printed):
    template = Template("{% load un_numbers %}{{ many|un_number }} · {{ few|un_number }}")
    with translation.override(interface):
        assert template.render(Context({"many": 1234, "few": 56})) == printed


@pytest.mark.parametrize(
    ("language", "ordinals"),
    [
        ("en", ["1st", "2nd", "3rd", "7th", "11th", "21st"]),
        ("fr", ["1re", "2e", "3e", "7e", "11e", "21e"]),
        ("es", ["1.ª", "2.ª", "3.ª", "7.ª", "11.ª", "21.ª"]),
        ("ru", ["1-е", "2-е", "3-е", "7-е", "11-е", "21-е"]),
        ("ar", ["الأول", "الثاني", "الثالث", "السابع", "الحادي عشر", "21"]),
    ],
)
def test_a_meetings_ordinal_takes_the_form_of_its_language(language, ordinals):
    # "7e réunion", "7.ª reunión", "7-е совещание", "الاجتماع السابع".
    assert [meeting_ordinal_in(n, language) for n in (1, 2, 3, 7, 11, 21)] == ordinals


def catalogue_words_meeting(interface: str) -> bool:
    with translation.override(interface):
        return gettext(MEETING_MSGID) != MEETING_MSGID


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("interface", "days", "ordinal"),
    [
        ("fr", "8 et 9 septembre 2020", "7e"),
        ("ru", "8 и 9 сентября 2020 года", "7-е"),
        ("ar", "8 و 9 أيلول/سبتمبر 2020", "السابع"),
    ],
)
def test_a_meeting_page_prints_its_days_and_ordinal_in_french_russian_and_arabic(
    client, interface, days, ordinal
):
    meeting = MeetingFactory(ordinal=7)
    with translation.override(interface):
        url = reverse("meeting-detail", args=[meeting.body.symbol_prefix, meeting.ordinal])

    html = client.get(url, HTTP_ACCEPT_LANGUAGE=interface).content.decode()

    # The days with their machine-readable dates around them.
    assert re.sub(r"<[^>]+>", "", html).count(days) >= 1
    assert 'datetime="2020-09-08"' in html
    if catalogue_words_meeting(interface):
        # Once the catalogue words "Meeting 7", the ordinal stands where it places it.
        assert ordinal in html
    else:
        # Until then the page says "Meeting 7" in English, never "Meeting 7e".
        assert "Meeting 7<" in html and f"Meeting {ordinal}" not in html
