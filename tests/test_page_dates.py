"""Dates on every public page read as UN documents print them in the interface language.

"8 and 9 September 2020", "2020年9月8日和9日", never Django's "Sept. 8, 2020"; each date keeps its
machine-readable `<time datetime>`.
"""

import datetime
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from meetings.models import Attendance, Entity
from tests.factories import BodyFactory, MeetingFactory
from wgportal.site.languages import address_in

pytestmark = pytest.mark.django_db

ENGLISH = (
    '<time datetime="2020-09-08">8</time> and <time datetime="2020-09-09">9 September 2020</time>'
)
CHINESE = '<time datetime="2020-09-08">2020年9月8日</time>和<time datetime="2020-09-09">9日</time>'


@pytest.fixture
def paper(public_paper):
    """Seed 002, the 7th meeting's background paper, dated as its masthead dates it."""
    public_paper.issue_date = datetime.date(2020, 6, 30)
    public_paper.save()
    return public_paper


def read(client, url: str, interface: str = "en") -> str:
    """The page at `url` (an English address) as the reader of `interface` reads it."""
    response = client.get(address_in(url, interface))
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize(("interface", "days"), [("en", ENGLISH), ("zh-hans", CHINESE)])
def test_the_meeting_list_meeting_page_and_home_print_the_meetings_days(
    client, paper, interface, days
):
    meeting = paper.meeting

    for url in ("/en/meetings/", meeting.get_absolute_url(), "/en/"):
        assert days in read(client, url, interface), url


def test_document_page_home_and_search_print_the_issue_date(client, paper):
    issued = '<time datetime="2020-06-30">30 June 2020</time>'

    assert issued in read(client, paper.get_absolute_url())
    assert issued in read(client, "/en/")
    assert issued in read(client, "/en/search/?q=偷运")
    assert '<time datetime="2020-06-30">2020年6月30日</time>' in read(
        client, paper.get_absolute_url(), "zh-hans"
    )


def test_an_entity_page_prints_the_days_of_the_meetings_attended(client):
    meeting = MeetingFactory(body=BodyFactory(published=True), ordinal=7)
    Attendance.objects.create(
        meeting=meeting, entity=Entity.objects.get(code="IT"), category="state_party"
    )

    assert ENGLISH in read(client, "/en/entities/IT/")
    assert "9 сентября 2020 года</time>" in read(client, "/en/entities/IT/", "ru")


def test_the_report_list_prints_the_meetings_days_for_editors(editor_client):
    MeetingFactory(body=BodyFactory(published=True), ordinal=7)

    assert ENGLISH in read(editor_client, "/en/reports/")


def test_the_favicon_answers_with_the_portals_icon(client):
    answer = client.get("/favicon.ico")
    # The test client serves no static files (whitenoise does, after collectstatic): the file the
    # redirect names is read where collectstatic takes it from.
    icon = Path(finders.find("favicon.ico")).read_bytes()

    assert answer.status_code == 302 and answer["Location"] == "/static/favicon.ico"
    # An ICO file starts with a reserved 0 and type 1 (icon), then the number of images.
    assert icon[:6] == b"\x00\x00\x01\x00\x01\x00"
    assert '<link rel="icon" href="/static/favicon.ico" sizes="32x32">' in read(client, "/en/")
