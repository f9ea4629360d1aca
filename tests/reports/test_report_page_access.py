"""Who reaches the editor pages of draft reports: editors only; a delegate is told they do not
exist, anyone anonymous is sent to sign in, and no page is ever cached."""

import pytest
from django.urls import reverse

from reports.models import ReportSection
from tests.factories import ReportSectionFactory

pytestmark = pytest.mark.django_db


# Every editor page, as (method, name, its arguments for a report and one of its sections).
PAGES = [
    ("get", "report-list", lambda report, section: []),
    ("get", "report-detail", lambda report, section: [report.pk]),
    ("post", "report-generate", lambda report, section: [report.meeting_id]),
    ("post", "report-regenerate", lambda report, section: [report.pk]),
    ("post", "report-move", lambda report, section: [report.pk]),
    ("get", "report-export", lambda report, section: [report.pk, "docx"]),
    ("get", "report-export", lambda report, section: [report.pk, "txt"]),
    ("get", "report-export", lambda report, section: [report.pk, "json"]),
    ("get", "report-section-edit", lambda report, section: [report.pk, section.pk]),
    ("post", "report-section-edit", lambda report, section: [report.pk, section.pk]),
    ("get", "report-section-history", lambda report, section: [report.pk, section.pk]),
    ("post", "report-section-restore", lambda report, section: [report.pk, section.pk]),
]


def page_ids(page) -> str:
    method, name, _args = page
    return f"{method}-{name}"


@pytest.fixture
def one_section() -> ReportSection:
    return ReportSectionFactory()


@pytest.mark.parametrize("page", PAGES, ids=[page_ids(page) for page in PAGES])
def test_anonymous_readers_are_sent_to_sign_in(client, one_section, page):
    method, name, args = page
    url = reverse(name, args=args(one_section.report, one_section))

    response = getattr(client, method)(url, {"text": "x", "version": 1, "to": "under_review"})

    assert response.status_code == 302
    assert response["Location"].startswith(f"{reverse('admin:login')}?next=")
    one_section.refresh_from_db()
    assert one_section.version == 1


# The list names no draft: it refuses (403) rather than hides (see the next test).
REPORT_PAGES = [page for page in PAGES if page[1] != "report-list"]


@pytest.mark.parametrize("page", REPORT_PAGES, ids=[page_ids(page) for page in REPORT_PAGES])
def test_a_signed_in_delegate_is_told_the_pages_do_not_exist(client, delegate, one_section, page):
    method, name, args = page
    client.force_login(delegate)
    url = reverse(name, args=args(one_section.report, one_section))

    response = getattr(client, method)(url, {"text": "x", "version": 1, "to": "under_review"})

    assert response.status_code == 404
    one_section.refresh_from_db()
    assert (one_section.version, one_section.report.status) == (1, "draft")
    assert not one_section.report.events.exists()


@pytest.mark.parametrize("persona", ["importer", "delegate"])
def test_the_report_list_refuses_a_signed_in_importer_or_delegate_with_403(
    client, request, persona
):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(reverse("report-list"))

    assert response.status_code == 403
    client.logout()
    anonymous = client.get(reverse("report-list"))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(f"{reverse('admin:login')}?next=")


@pytest.mark.parametrize("name", ["report-list", "report-detail", "report-section-edit"])
def test_editor_pages_are_never_cached(editor_client, one_section, name):
    args = {"report-list": [], "report-detail": [one_section.report_id]}.get(
        name, [one_section.report_id, one_section.pk]
    )

    response = editor_client.get(reverse(name, args=args))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
