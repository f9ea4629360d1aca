"""The page of a State or organization: names, meetings attended, panellists, statements."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Attendance, Entity, MeetingRole, Person, Statement
from tests.factories import AgendaItemFactory, MeetingFactory
from tests.test_html import check

pytestmark = pytest.mark.django_db


@pytest.fixture
def italy():
    """Italy at the seventh meeting (a party, with a panellist and two statements) and at an
    unpublished eighth, which must stay out of sight."""
    italy = Entity.objects.get(code="IT")
    seventh = MeetingFactory(ordinal=7)
    eighth = MeetingFactory(
        ordinal=8,
        start_date=datetime.date(2021, 10, 14),
        end_date=datetime.date(2021, 10, 15),
        published=False,
    )
    crises = AgendaItemFactory(meeting=seventh, number=2, title_en="Smuggling in crises")
    Attendance.objects.create(meeting=seventh, entity=italy, category="state_party")
    Attendance.objects.create(meeting=eighth, entity=italy, category="state_party")
    MeetingRole.objects.create(
        meeting=seventh,
        person=Person.objects.create(name="Francesco Testa"),
        role=MeetingRole.Role.PANELLIST,
        agenda_item=crises,
        country=italy,
        function_en="Prosecutor",
    )
    MeetingRole.objects.create(
        meeting=eighth,
        person=Person.objects.create(name="Hidden Panellist"),
        role=MeetingRole.Role.PANELLIST,
        country=italy,
    )
    Statement.objects.create(meeting=seventh, agenda_item=crises, entity=italy, capacity="party")
    Statement.objects.create(meeting=seventh, entity=italy, capacity="observer", order=1)
    Statement.objects.create(meeting=eighth, entity=italy, capacity="signatory")
    return italy


def test_the_page_shows_the_names_in_the_six_languages(client, italy):
    page = client.get("/en/entities/IT/")

    html = page.content.decode()
    assert page.status_code == 200
    assert italy.get_absolute_url() == "/en/entities/IT/"
    assert "<h1>Italy</h1>" in html
    assert '<dd lang="zh">意大利</dd>' in html and '<dd lang="ar" dir="rtl">' in html
    assert "Western European and other States" in html


def test_it_lists_only_public_meetings_attended_with_the_capacity(client, italy):
    page = client.get("/en/entities/IT/")

    assert [
        (row.meeting.ordinal, row.get_category_display()) for row in page.context["attendance"]
    ] == [(7, "State party")]
    assert "/en/meetings/CTOC/COP/WG.7/8/" not in page.content.decode()


def test_it_lists_panellists_and_statements_of_public_meetings_only(client, italy):
    page = client.get("/en/entities/IT/")

    html = page.content.decode()
    assert [role.person.name for role in page.context["panellists"]] == ["Francesco Testa"]
    assert "Prosecutor" in html and "agenda item 2. Smuggling in crises" in html
    assert "Hidden Panellist" not in html
    assert [(s.agenda_item_id is not None, s.capacity) for s in page.context["statements"]] == [
        (True, "party"),
        (False, "observer"),
    ]
    assert "Signatory State" not in html


def test_an_unknown_code_is_not_found(client):
    assert client.get("/en/entities/XX/").status_code == 404


def test_the_meeting_page_links_attendance_chairs_and_panellists_to_their_entity(client, italy):
    seventh = italy.attendance.get(meeting__published=True).meeting
    chair = Person.objects.create(name="Chair of Seven")
    germany = Entity.objects.get(code="DE")
    MeetingRole.objects.create(meeting=seventh, person=chair, role="chair", country=germany)

    html = client.get(seventh.get_absolute_url()).content.decode()

    assert '<a href="/en/entities/IT/">Italy</a>' in html  # in the attendance list
    assert 'Francesco Testa (<a href="/en/entities/IT/">Italy</a>)' in html
    assert 'Chair of Seven (<a href="/en/entities/DE/">Germany</a>)' in html


@pytest.mark.parametrize("interface", ["en", "zh-hans"])
def test_the_page_keeps_the_html_rules(client, italy, interface):
    for url in ("/entities/IT/", "/entities/IT/?lang=zh", "/entities/UNODC/"):
        url = f"/{interface}{url}"
        problems = check(client.get(url).content.decode())
        if interface.startswith("zh"):
            problems.pop("Chinese without lang", None)  # the whole page is Chinese then
        assert problems == {}, url


def test_the_page_needs_the_same_queries_whatever_it_holds(client, italy):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/entities/IT/").status_code == 200
        return len(captured)

    few = queries()
    for ordinal in range(10, 25):
        meeting = MeetingFactory(ordinal=ordinal)
        item = AgendaItemFactory(meeting=meeting, number=2)
        Attendance.objects.create(meeting=meeting, entity=italy, category="signatory")
        MeetingRole.objects.create(
            meeting=meeting,
            person=Person.objects.create(name=f"Panellist {ordinal}"),
            role=MeetingRole.Role.PANELLIST,
            agenda_item=item,
            country=italy,
        )
        Statement.objects.create(meeting=meeting, agenda_item=item, entity=italy, capacity="party")

    assert queries() == few <= 12
