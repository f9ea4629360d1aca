"""Dates as UN documents print them, in the six languages (meetings.dates)."""

import re
from datetime import date

import pytest
from django.template import Context, Template
from django.utils import translation

from meetings.dates import un_date, un_dates, un_dates_in_sentence

SEVENTH = (date(2020, 9, 8), date(2020, 9, 9))  # the 7th meeting: two days
FOURTH = (date(2017, 9, 11), date(2017, 9, 13))  # the 4th meeting: three days
FIRST = (date(2012, 5, 30), date(2012, 6, 1))  # the 1st meeting: across two months


@pytest.mark.parametrize(
    ("language", "days", "printed"),
    [
        ("en", SEVENTH, "8 and 9 September 2020"),
        ("en", FOURTH, "11–13 September 2017"),
        ("en", FIRST, "30 May–1 June 2012"),
        ("zh", SEVENTH, "2020年9月8日和9日"),
        ("zh", FOURTH, "2017年9月11日至13日"),
        ("zh", FIRST, "2012年5月30日至6月1日"),
        ("fr", SEVENTH, "8 et 9 septembre 2020"),
        ("fr", FIRST, "30 mai–1er juin 2012"),
        ("es", SEVENTH, "8 y 9 de septiembre de 2020"),
        ("es", FOURTH, "11 a 13 de septiembre de 2017"),
        ("ru", SEVENTH, "8 и 9 сентября 2020 года"),
        ("ru", FIRST, "30 мая — 1 июня 2012 года"),
        ("ar", SEVENTH, "8 و 9 أيلول/سبتمبر 2020"),
    ],
)
def test_a_meetings_days_read_as_un_documents_print_them(language, days, printed):
    assert un_dates(*days, language) == printed


def test_a_meeting_across_a_new_year_names_both_years():
    days = (date(2019, 12, 30), date(2020, 1, 2))
    assert un_dates(*days, "en") == "30 December 2019–2 January 2020"
    assert un_dates(*days, "zh") == "2019年12月30日至2020年1月2日"


def test_one_day_is_printed_alone_in_each_language():
    day = date(2020, 9, 8)
    assert un_dates(day, day, "en") == un_date(day, "en") == "8 September 2020"
    assert un_date(day, "zh-hans") == "2020年9月8日"
    assert un_date(date(2012, 6, 1), "fr") == "1er juin 2012"


def test_pages_print_dates_in_the_interface_language():
    template = Template("{% load un_dates %}{{ day|un_date }} · {% un_dates start end %}")
    context = Context({"day": date(2020, 9, 8), "start": SEVENTH[0], "end": SEVENTH[1]})
    with translation.override("zh-hans"):
        assert template.render(context) == "2020年9月8日 · 2020年9月8日和9日"
    with translation.override("en"):
        assert template.render(context) == "8 September 2020 · 8 and 9 September 2020"


@pytest.mark.parametrize(
    ("days", "marked"),
    [
        (
            SEVENTH,
            '<time datetime="2020-09-08">8</time> and <time datetime="2020-09-09">'
            "9 September 2020</time>",
        ),
        (
            FIRST,
            '<time datetime="2012-05-30">30 May</time>–<time datetime="2012-06-01">'
            "1 June 2012</time>",
        ),
        ((SEVENTH[0], SEVENTH[0]), '<time datetime="2020-09-08">8 September 2020</time>'),
    ],
)
def test_a_page_marks_the_first_and_last_day_each_with_its_date(days, marked):
    template = Template("{% load un_dates %}{% un_dates_time start end %}")
    with translation.override("en"):
        assert template.render(Context({"start": days[0], "end": days[1]})) == marked


def test_the_days_marked_on_a_page_read_as_the_printed_days_in_every_language():
    template = Template("{% load un_dates %}{% un_dates_time start end %}")
    for interface in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        for start, end in (SEVENTH, FOURTH, FIRST, (date(2019, 12, 30), date(2020, 1, 2))):
            with translation.override(interface):
                marked = template.render(Context({"start": start, "end": end}))
            assert re.sub(r"<[^>]+>", "", marked) == un_dates(start, end, interface)
            assert marked.count("<time datetime=") == 2


@pytest.mark.parametrize(
    ("language", "days", "said"),
    [
        ("en", (date(2020, 9, 8), date(2020, 9, 9)), "on 8 and 9 September 2020"),
        ("en", (date(2017, 9, 11), date(2017, 9, 13)), "from 11 to 13 September 2017"),
        ("en", (date(2012, 5, 30), date(2012, 6, 1)), "from 30 May to 1 June 2012"),
        ("en", (date(2019, 12, 30), date(2020, 1, 2)), "from 30 December 2019 to 2 January 2020"),
        ("en", (date(2020, 9, 8), date(2020, 9, 8)), "on 8 September 2020"),
        ("fr", (date(2017, 9, 11), date(2017, 9, 13)), "du 11 au 13 septembre 2017"),
        ("es", (date(2020, 9, 8), date(2020, 9, 9)), "los días 8 y 9 de septiembre de 2020"),
        ("ru", (date(2017, 9, 11), date(2017, 9, 13)), "с 11 по 13 сентября 2017 года"),
        ("ar", (date(2017, 9, 11), date(2017, 9, 13)), "في الفترة من 11 إلى 13 أيلول/سبتمبر 2017"),
        ("zh", (date(2017, 9, 11), date(2017, 9, 13)), "2017年9月11日至13日"),
        ("zh", (date(2020, 9, 8), date(2020, 9, 9)), "2020年9月8日和9日"),
    ],
)
def test_a_sentence_says_a_meetings_days_as_un_reports_do(language, days, said):
    # "held in Vienna from 11 to 13 September 2017": the title and the report's text alike.
    assert un_dates_in_sentence(*days, language) == said
