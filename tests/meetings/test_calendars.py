"""Meetings in calendars: each public meeting's iCal event, the feeds of a body and the portal."""

import datetime

import pytest
from icalendar import Calendar

from meetings.models import Meeting
from tests.factories import BodyFactory, MeetingFactory
from wgportal.site.languages import address_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def seventh():
    return MeetingFactory(body=BodyFactory(published=True), ordinal=7, format="hybrid")


def events(response) -> list:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_a_meetings_event_spans_its_days_at_its_venue_and_links_its_page(client, seventh):
    (event,) = events(client.get(seventh.get_absolute_url() + "calendar.ics"))

    assert str(event["SUMMARY"]) == "Working Group on the Smuggling of Migrants: Meeting 7"
    assert event.decoded("DTSTART") == datetime.date(2020, 9, 8)
    # All day on the 8th and 9th: the end is the day after the last, which iCalendar excludes.
    assert event.decoded("DTEND") == datetime.date(2020, 9, 10)
    assert str(event["LOCATION"]) == "Vienna"
    assert str(event["URL"]) == "http://testserver/en/meetings/CTOC/COP/WG.7/7/"
    assert str(event["STATUS"]) == "CONFIRMED"


def test_the_event_speaks_the_page_language(client, seventh):
    (chinese,) = events(client.get(seventh.get_absolute_url() + "calendar.ics?lang=zh"))
    chinese_page = address_in(seventh.get_absolute_url(), "zh-hans")
    (interface,) = events(client.get(chinese_page + "calendar.ics"))

    assert str(chinese["SUMMARY"]) == "偷运移民问题工作组: 第7次会议"
    assert str(chinese["LOCATION"]) == "维也纳"
    assert str(interface["SUMMARY"]) == str(chinese["SUMMARY"])


def test_a_feed_is_named_in_the_language_it_was_asked_in(client, seventh):
    feed = "/en/meetings/CTOC/COP/WG.7/calendar.ics"
    english = Calendar.from_ical(client.get(feed).content)
    chinese = Calendar.from_ical(client.get(feed + "?lang=zh").content)
    portal = Calendar.from_ical(client.get("/en/meetings/calendar.ics?lang=zh").content)

    assert str(english["X-WR-CALNAME"]) == "Working Group on the Smuggling of Migrants: meetings"
    assert str(chinese["X-WR-CALNAME"]) == "偷运移民问题工作组：会议"
    assert str(portal["X-WR-CALNAME"]) == "会议 · 工作组门户网站"
    assert [str(e["SUMMARY"]) for e in portal.walk("VEVENT")] == ["偷运移民问题工作组: 第7次会议"]


def test_an_event_keeps_its_uid_when_the_meeting_changes_and_says_it_changed(client, seventh):
    (before,) = events(client.get(seventh.get_absolute_url() + "calendar.ics"))
    seventh.start_date = datetime.date(2020, 9, 9)
    seventh.end_date = datetime.date(2020, 9, 10)
    seventh.save()
    (after,) = events(client.get(seventh.get_absolute_url() + "calendar.ics"))

    assert str(after["UID"]) == str(before["UID"])
    assert after.decoded("DTSTART") == datetime.date(2020, 9, 9)
    assert after["SEQUENCE"] > before["SEQUENCE"]


def test_a_cancelled_meeting_is_a_cancelled_event(client, seventh):
    seventh.status = Meeting.Status.CANCELLED
    seventh.save()

    (event,) = events(client.get(seventh.get_absolute_url() + "calendar.ics"))
    listed = client.get("/en/meetings/").content.decode()

    assert str(event["STATUS"]) == "CANCELLED"
    assert "<strong>cancelled</strong>" in listed


def test_the_feeds_hold_only_public_meetings(client, seventh):
    other = BodyFactory(symbol_prefix="CTOC/COP/WG.4", name_en="Working Group on Trafficking")
    march = {"start_date": datetime.date(2022, 3, 2), "end_date": datetime.date(2022, 3, 4)}
    trafficking = MeetingFactory(body=other, ordinal=12, **march)
    unannounced = MeetingFactory(body=seventh.body, ordinal=8, published=False)
    hidden_body = BodyFactory(symbol_prefix="CTOC/COP/WG.9", published=False)
    MeetingFactory(body=hidden_body, ordinal=1)

    portal = events(client.get("/en/meetings/calendar.ics"))
    body = events(client.get("/en/meetings/CTOC/COP/WG.7/calendar.ics"))

    assert [str(e["SUMMARY"]) for e in portal] == [
        "Working Group on the Smuggling of Migrants: Meeting 7",
        "Working Group on Trafficking: Meeting 12",
    ]
    assert [str(e["URL"]) for e in body] == ["http://testserver/en/meetings/CTOC/COP/WG.7/7/"]
    assert client.get(unannounced.get_absolute_url() + "calendar.ics").status_code == 404
    assert client.get("/en/meetings/CTOC/COP/WG.9/calendar.ics").status_code == 404
    assert client.get("/en/meetings/CTOC/COP/WG.9/1/calendar.ics").status_code == 404
    assert trafficking.get_absolute_url() == "/en/meetings/CTOC/COP/WG.4/12/"


def test_pages_link_their_calendars_for_readers_and_for_calendar_programs(client, seventh):
    meeting_page = client.get(seventh.get_absolute_url()).content.decode()
    list_page = client.get("/en/meetings/").content.decode()
    event = "/en/meetings/CTOC/COP/WG.7/7/calendar.ics?lang=en"

    alternate = '<link rel="alternate" type="text/calendar" title="{}" href="{}">'
    assert alternate.format("This meeting in a calendar", event) in meeting_page
    assert f'href="{event}" type="text/calendar" download>Add to calendar</a>' in meeting_page
    portal = "/en/meetings/calendar.ics?lang=en"
    assert alternate.format("Meetings in a calendar", portal) in list_page
    assert 'href="/en/meetings/CTOC/COP/WG.7/calendar.ics?lang=en"' in list_page
    assert client.get("/en/meetings/CTOC/COP/WG.7/calendar.ics?lang=en").status_code == 200
