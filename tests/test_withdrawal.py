"""Editors withdraw any row from public view in the admin, and return it; history says who."""

import pytest
from django.urls import reverse

from documents.models import Document
from meetings.models import (
    AgendaItem,
    Attendance,
    Body,
    Entity,
    Meeting,
    MeetingRole,
    Person,
    Statement,
)
from recommendations.models import Recommendation, Theme
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    DocumentFactory,
    LanguageVersionFactory,
    MeetingFactory,
    RecommendationFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def changelist(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def act(client, action: str, *rows):
    return client.post(
        changelist(type(rows[0])),
        {"action": action, "_selected_action": [row.pk for row in rows]},
    )


@pytest.fixture
def rows() -> dict[type, object]:
    """A public row of each kind, with what it is found by on the public side."""
    meeting = MeetingFactory()
    document = DocumentFactory(meeting=meeting)
    LanguageVersionFactory(document=document, language="en", title="A paper")
    italy = Entity.objects.get(code="IT")
    return {
        Body: BodyFactory(symbol_prefix="CTOC/COP/WG.4"),
        Meeting: meeting,
        AgendaItem: AgendaItemFactory(meeting=MeetingFactory()),
        Attendance: Attendance.objects.create(
            meeting=MeetingFactory(), entity=italy, category="state_party"
        ),
        MeetingRole: MeetingRole.objects.create(
            meeting=MeetingFactory(), person=Person.objects.create(name="A. Chair"), role="chair"
        ),
        Statement: Statement.objects.create(
            meeting=MeetingFactory(), entity=italy, capacity="party"
        ),
        Document: document,
        Recommendation: RecommendationFactory(meeting=MeetingFactory()),
        Theme: ThemeFactory(),
    }


WITHDRAWABLE = [
    Body, Meeting, AgendaItem, Attendance, MeetingRole, Statement, Document, Recommendation, Theme
]  # fmt: skip


@pytest.mark.parametrize("model", WITHDRAWABLE)
def test_an_editor_withdraws_a_row_from_public_view_and_returns_it_with_history(
    editor_client, editor, rows, model
):
    row = rows[model]
    assert model.objects.public().filter(pk=row.pk).exists()

    response = act(editor_client, "withdraw_from_public_view", row)

    assert response.status_code == 302
    row.refresh_from_db()
    assert row.withdrawn
    assert not model.objects.public().filter(pk=row.pk).exists()
    latest = row.history.first()
    assert (latest.withdrawn, latest.history_user) == (True, editor)
    if hasattr(row, "version"):
        assert row.version == 2  # a form opened before the withdrawal is refused

    act(editor_client, "return_to_public_view", row)

    row.refresh_from_db()
    assert not row.withdrawn
    assert model.objects.public().filter(pk=row.pk).exists()
    assert [record.withdrawn for record in row.history.all()[:3]] == [False, True, False]


def test_a_withdrawn_body_takes_its_meetings_and_their_documents_with_it():
    document = DocumentFactory(meeting=MeetingFactory())
    body = document.meeting.body
    body.withdrawn = True
    body.save()

    assert not Meeting.objects.public().exists()
    assert not Document.objects.public().filter(pk=document.pk).exists()


def test_a_withdrawn_document_and_meeting_are_gone_from_their_pages_and_the_api(
    editor_client, client, rows
):
    meeting, document = rows[Meeting], rows[Document]
    act(editor_client, "withdraw_from_public_view", document)
    act(editor_client, "withdraw_from_public_view", meeting)
    editor_client.logout()

    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(f"/api/v1/documents/{document.symbol}/").status_code == 404
    assert client.get(meeting.get_absolute_url()).status_code == 404
    assert client.get(f"/api/v1/meetings/{meeting.pk}/").status_code == 404
    assert document.get_absolute_url() not in client.get("/sitemap.xml").content.decode()
    assert document.get_absolute_url() not in client.get("/en/feeds/documents/").content.decode()


def test_the_changelist_says_how_many_rows_were_withdrawn(editor_client, rows):
    response = editor_client.post(
        changelist(Meeting),
        {"action": "withdraw_from_public_view", "_selected_action": [rows[Meeting].pk]},
        follow=True,
    )
    assert "1 row withdrawn from public view." in response.content.decode()


def test_an_importer_cannot_withdraw_anything(importer_client, rows):
    for row in rows.values():
        act(importer_client, "withdraw_from_public_view", row)
        row.refresh_from_db()
        assert not row.withdrawn, type(row)
