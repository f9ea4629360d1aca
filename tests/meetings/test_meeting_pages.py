"""The public meeting pages: the list by body and year, and one meeting with all it holds."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.models import Document
from meetings.models import Attendance, Entity, MeetingRole, Person
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    DocumentFactory,
    LanguageVersionFactory,
    MeetingFactory,
    RecommendationFactory,
)
from wgportal.site.languages import address_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def seventh():
    body = BodyFactory(published=True)
    meeting = MeetingFactory(body=body, ordinal=7, format="hybrid", sittings=4)
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Smuggling in crises")
    paper = DocumentFactory(meeting=meeting, symbol="CTOC/COP/WG.7/2020/2")
    paper.agenda_items.add(item)
    LanguageVersionFactory(document=paper, language="zh")
    LanguageVersionFactory(document=paper, language="en", title="Background paper")
    return meeting


def test_the_list_shows_public_meetings_by_body_and_year(client, seventh):
    hidden = MeetingFactory(body=seventh.body, ordinal=8, published=False)

    page = client.get("/en/meetings/")

    assert page.status_code == 200
    assert seventh.get_absolute_url() == "/en/meetings/CTOC/COP/WG.7/7/"
    assert seventh.get_absolute_url() in page.content.decode()
    assert hidden.get_absolute_url() not in page.content.decode()
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_a_meeting_page_shows_its_facts_agenda_and_document_languages(client, seventh):
    chair = Person.objects.create(name="Francesco Testa")
    italy = Entity.objects.get(code="IT")
    MeetingRole.objects.create(meeting=seventh, person=chair, role="chair", country=italy)

    page = client.get(seventh.get_absolute_url())

    html = page.content.decode()
    assert page.status_code == 200
    assert "Smuggling in crises" in html and "CTOC/COP/WG.7/2020/2" in html
    assert 'Francesco Testa (<a href="/en/entities/IT/">Italy</a>)' in html
    grid = page.context["documents"]
    assert [d.languages for d in grid] == [{"zh", "en"}]


def test_limited_documents_and_drafts_never_appear_on_the_meeting_page(client, seventh):
    DocumentFactory(meeting=seventh, symbol="CTOC/COP/WG.7/2020/L.1", distribution="limited")
    DocumentFactory(meeting=seventh, symbol=None, type=Document.Type.DRAFT_REPORT)
    DocumentFactory(meeting=seventh, symbol="CTOC/COP/WG.7/2020/9", published=False)
    RecommendationFactory(meeting=seventh, number=1, status="draft", text_en="Still a draft")

    html = client.get(seventh.get_absolute_url()).content.decode()

    assert "L.1" not in html and "CTOC/COP/WG.7/2020/9" not in html
    assert "Still a draft" not in html
    assert "draft report" not in html.lower()


def test_attendance_lists_follow_the_reading_language_and_are_counted(client, seventh):
    for code in ("DE", "CN", "DZ"):
        Attendance.objects.create(
            meeting=seventh, entity=Entity.objects.get(code=code), category="state_party"
        )

    english = client.get(seventh.get_absolute_url()).context["attendance"]
    french = client.get(seventh.get_absolute_url() + "?lang=fr").context["attendance"]
    chinese = client.get(seventh.get_absolute_url() + "?lang=zh").context["attendance"]

    assert [(label, len(rows)) for label, rows in english] == [("State party", 3)]
    assert [r.entity.code for r in english[0][1]] == ["DZ", "CN", "DE"]  # Algeria, China, Germany
    assert [r.entity.code for r in french[0][1]] == ["DZ", "DE", "CN"]  # Algérie, Allemagne, Chine
    # Chinese lists are filed under the English short names (meetings.collation).
    assert [r.entity.code for r in chinese[0][1]] == ["DZ", "CN", "DE"]


def test_a_text_in_another_language_than_the_interface_is_marked_with_its_language(client, seventh):
    chinese_venue = client.get(seventh.get_absolute_url() + "?lang=zh").content.decode()
    seventh.venue_zh = ""
    seventh.save()
    chinese_page = address_in(seventh.get_absolute_url(), "zh-hans")
    english_fallback = client.get(chinese_page).content.decode()

    assert '<span lang="zh">维也纳</span>' in chinese_venue
    assert '<span lang="en">Vienna</span>' in english_fallback


def test_the_meeting_page_needs_the_same_queries_whatever_it_holds(client, seventh):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(seventh.get_absolute_url()).status_code == 200
        return len(captured)

    # One of each kind first: a prefetch with nothing to fetch runs no query at all.
    RecommendationFactory(meeting=seventh, number=1, status="adopted")
    Attendance.objects.create(
        meeting=seventh, entity=Entity.objects.get(code="EU"), category="reio"
    )
    few = queries()
    for number in range(3, 13):
        item = AgendaItemFactory(meeting=seventh, number=number)
        document = DocumentFactory(meeting=seventh, issue_date=datetime.date(2020, 7, number))
        document.agenda_items.add(item)
        LanguageVersionFactory(document=document, language="fr")
        RecommendationFactory(meeting=seventh, number=number, status="adopted")
    for entity in Entity.objects.states()[:40]:
        Attendance.objects.create(meeting=seventh, entity=entity, category="state_party")

    assert queries() == few <= 12
