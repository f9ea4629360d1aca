"""The admin for editors: every model editable, groups limited to their work, history kept."""

import pytest
from django.contrib import admin
from django.urls import reverse

from documents.models import ImportJob
from meetings.models import Meeting
from reports.models import ReportSection
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    ParagraphFactory,
    RecommendationFactory,
    ReportSectionFactory,
    ThemeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

OUR_APPS = {"meetings", "documents", "reports", "recommendations"}


@pytest.fixture
def filled():
    """One row of every kind the admin lists, so change pages render real data."""
    section = ReportSectionFactory()
    AgendaItemFactory(meeting=section.report.meeting)
    ParagraphFactory(version__document=section.report.document)
    RecommendationFactory(meeting=section.report.meeting)
    ThemeFactory()
    ImportJob.objects.create(file="imports/report.txt")
    return section


def our_models():
    return [model for model in admin.site._registry if model._meta.app_label in OUR_APPS]


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_domain_model_is_registered_in_the_admin():
    names = {model._meta.model_name for model in our_models()}
    assert names >= {
        "body",
        "meeting",
        "agendaitem",
        "entity",
        "attendance",
        "person",
        "meetingrole",
        "statement",
        "regionalgroup",
        "document",
        "languageversion",
        "paragraph",
        "footnote",
        "reference",
        "draftreport",
        "reportsection",
        "importjob",
        "recommendation",
        "theme",
    }


def test_every_list_add_and_change_page_opens_for_a_superuser(client, filled):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    for model in our_models():
        assert client.get(admin_url(model, "changelist")).status_code == 200, model
        assert client.get(admin_url(model, "changelist"), {"q": "CTOC"}).status_code == 200, model
        assert client.get(admin_url(model, "add")).status_code == 200, model
        row = model.objects.first()
        if row is not None:
            assert client.get(admin_url(model, "change", row.pk)).status_code == 200, model


def test_an_editor_edits_a_meeting_and_the_admin_shows_its_history(editor_client, editor):
    meeting = MeetingFactory(sittings=3)
    form = {
        "body": meeting.body_id,
        "ordinal": meeting.ordinal,
        "start_date": "2020-09-08",
        "end_date": "2020-09-09",
        "format": "hybrid",
        "sittings": "4",
        "status": "held",
        "published": "on",
        "venue_zh": "维也纳",
        "venue_en": "Vienna",
        # The version the change form was opened at, as its hidden field sends it.
        "opened_version": meeting.version,
    }
    for prefix in ("agenda_items", "attendance", "roles", "statements"):
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    response = editor_client.post(admin_url(Meeting, "change", meeting.pk), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    meeting.refresh_from_db()
    assert (meeting.sittings, meeting.format) == (4, "hybrid")

    history = editor_client.get(admin_url(Meeting, "history", meeting.pk))
    assert history.status_code == 200
    page = history.content.decode()
    assert editor.username in page
    assert meeting.history.count() == 2
    assert meeting.history.first().history_user == editor


def test_an_editor_may_upload_texts_to_import(editor_client):
    assert editor_client.get(admin_url(ImportJob, "add")).status_code == 200
    assert editor_client.get(admin_url(ImportJob, "changelist")).status_code == 200


def test_an_importer_uploads_a_file_but_cannot_edit_a_report(importer_client, filled):
    section = filled
    assert importer_client.get(admin_url(ImportJob, "add")).status_code == 200
    change = admin_url(type(section), "change", section.pk)
    assert importer_client.get(change).status_code == 403
    assert importer_client.post(change, {"text": "overwritten"}).status_code == 403
    report = section.report
    assert importer_client.get(admin_url(type(report), "change", report.pk)).status_code == 403
    section.refresh_from_db()
    assert section.text != "overwritten"


def test_an_importer_cannot_change_meetings(importer_client):
    meeting = MeetingFactory()
    response = importer_client.post(admin_url(Meeting, "change", meeting.pk), {"sittings": "9"})
    assert response.status_code == 403


def test_a_delegate_without_a_role_is_sent_to_the_login_page(client, delegate):
    client.force_login(delegate)
    response = client.get(admin_url(Meeting, "changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_a_report_sections_text_is_edited_on_the_editor_page_not_over_it_in_the_admin(
    editor_client,
):
    section = ReportSectionFactory(text="1. 原文。")

    page = editor_client.get(admin_url(ReportSection, "change", section.pk)).content.decode()

    assert reverse("report-section-edit", args=[section.report_id, section.pk]) in page
    assert 'name="text"' not in page  # no field that could save over a newer version
