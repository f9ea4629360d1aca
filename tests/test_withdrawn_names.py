"""A row an editor withdrew is not named through the rows that point at it: an agenda item
through the recommendations, panellists and statements filed under it, a theme through its
recommendations, a meeting through its report's sections; nor does an API filter by it.
"""

import pytest
from django.test import Client

from documents.models import Document
from meetings.models import Entity, MeetingRole, Person, Statement
from meetings.withdrawal import set_withdrawn
from reports.models import DraftReport
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    DraftReportFactory,
    MeetingFactory,
    RecommendationFactory,
    ReportSectionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

TITLE = "Countering the use of online platforms"


@pytest.fixture
def item():
    """A public meeting's agenda item 2, with a paper, a panellist, a statement and a
    recommendation under it; then withdrawn by an editor."""
    meeting = MeetingFactory()
    item = AgendaItemFactory(meeting=meeting, number=2, title_en=TITLE)
    DocumentFactory(meeting=meeting).agenda_items.add(item)
    italy = Entity.objects.get(code="IT")
    MeetingRole.objects.create(
        meeting=meeting, person=Person.objects.create(name="A. Panellist"), role="panellist",
        country=italy, agenda_item=item,
    )  # fmt: skip
    Statement.objects.create(meeting=meeting, entity=italy, capacity="party", agenda_item=item)
    RecommendationFactory(meeting=meeting, agenda_item=item)
    set_withdrawn(rows=[item], withdrawn=True)
    return item


def test_the_pages_do_not_name_a_withdrawn_agenda_item_through_the_rows_under_it(item, client):
    for address in (
        "/en/recommendations/",
        "/en/entities/IT/",
        item.meeting.get_absolute_url(),
    ):
        page = client.get(address)
        assert page.status_code == 200, address
        html = page.content.decode()
        assert TITLE not in html and "agenda item 2" not in html, address
    assert "A. Panellist" in client.get(item.meeting.get_absolute_url()).content.decode()


def test_the_api_does_not_name_or_filter_by_a_withdrawn_agenda_item(item, editor_client):
    client = Client()  # anonymous: editor_client is the `client` fixture signed in
    [public] = client.get("/api/v1/recommendations/").json()["results"]
    assert public["agenda_item"] is None
    assert client.get("/api/v1/documents/", {"agenda_item": item.pk}).json()["count"] == 0
    [for_editor] = editor_client.get("/api/v1/recommendations/").json()["results"]
    assert for_editor["agenda_item"] == item.pk


def test_the_api_does_not_name_or_filter_by_a_withdrawn_theme(editor_client):
    client = Client()  # anonymous
    kept, withdrawn = ThemeFactory(code="kept"), ThemeFactory(code="gone")
    RecommendationFactory().themes.set([kept, withdrawn])
    set_withdrawn(rows=[withdrawn], withdrawn=True)

    [row] = client.get("/api/v1/recommendations/").json()["results"]
    assert row["themes"] == ["kept"]
    assert client.get("/api/v1/recommendations/", {"theme": "gone"}).json()["count"] == 0
    assert client.get("/api/v1/recommendations/", {"theme": "kept"}).json()["count"] == 1
    [row] = editor_client.get("/api/v1/recommendations/").json()["results"]
    assert sorted(row["themes"]) == ["gone", "kept"]


def test_the_documents_api_filters_by_public_meetings_only(client):
    unannounced = MeetingFactory(published=False)
    DocumentFactory(meeting=unannounced)  # General: public, its meeting not

    assert client.get("/api/v1/documents/", {"meeting": unannounced.pk}).json()["count"] == 0
    announced = DocumentFactory().meeting
    assert client.get("/api/v1/documents/", {"meeting": announced.pk}).json()["count"] == 1


def test_a_published_reports_sections_do_not_name_its_withdrawn_meeting(editor_client):
    client = Client()  # anonymous
    report = DraftReportFactory(status=DraftReport.Status.PUBLISHED)
    DocumentFactory(meeting=report.meeting, type=Document.Type.REPORT, replaces=report.document)
    ReportSectionFactory(report=report)
    set_withdrawn(rows=[report.meeting], withdrawn=True)

    [section] = client.get("/api/v1/report-sections/").json()["results"]
    assert section["meeting"] is None
    assert (
        client.get("/api/v1/report-sections/", {"meeting": report.meeting_id}).json()["count"] == 0
    )
    [section] = editor_client.get("/api/v1/report-sections/").json()["results"]
    assert section["meeting"] == report.meeting_id
