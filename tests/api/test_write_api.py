"""Writing through the API: editors only, validated as the models validate, never overwriting."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from meetings.models import AgendaItem, Attendance, Meeting
from recommendations.models import Recommendation
from reports.models import ReportSection
from tests.factories import (
    AgendaItemFactory,
    DraftReportFactory,
    MeetingFactory,
    RecommendationFactory,
    ReportSectionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

API = "/api/v1"
NEW_MEETING = {
    "body": "CTOC/COP/WG.7",
    "ordinal": 12,
    "start_date": "2027-06-01",
    "end_date": "2027-06-03",
    "venues": {"en": "Vienna", "zh": "维也纳"},
    "format": "in_person",
    "status": "scheduled",
}


def signed_in(user) -> APIClient:
    """A client sending the user's token, as a script of a mission would."""
    client = APIClient()
    token, _created = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def body(db):
    return MeetingFactory().body


def test_only_editors_create_meetings(body, editor, importer, delegate):
    assert APIClient().post(f"{API}/meetings/", NEW_MEETING, format="json").status_code == 401
    for outsider in (delegate, importer):
        response = signed_in(outsider).post(f"{API}/meetings/", NEW_MEETING, format="json")
        assert response.status_code == 403 and response.json()["detail"]
    assert not Meeting.objects.filter(ordinal=12).exists()

    response = signed_in(editor).post(f"{API}/meetings/", NEW_MEETING, format="json")
    assert response.status_code == 201, response.json()
    created = Meeting.objects.get(ordinal=12)
    assert (created.venue_zh, created.version, response.json()["version"]) == ("维也纳", 1, 1)


def test_a_stale_version_gets_409_with_the_meeting_as_it_stands_and_nothing_is_written(editor):
    meeting = MeetingFactory(venue_en="Vienna")
    first, second = signed_in(editor), signed_in(editor)
    url = f"{API}/meetings/{meeting.pk}/"

    saved = first.patch(url, {"venues": {"en": "Vienna (hybrid)"}, "version": 1}, format="json")
    assert saved.status_code == 200, saved.json()
    assert saved.json()["version"] == 2

    stale = second.patch(url, {"venues": {"en": "Geneva"}, "version": 1}, format="json")
    assert stale.status_code == 409
    body = stale.json()
    assert "version 2" in body["detail"] and "nothing was overwritten" in body["detail"]
    assert (body["current"]["venues"]["en"], body["current"]["version"]) == ("Vienna (hybrid)", 2)
    meeting.refresh_from_db()
    assert (meeting.venue_en, meeting.version) == ("Vienna (hybrid)", 2)
    # The other writer, told, sends the version it now has.
    again = second.patch(url, {"venues": {"en": "Geneva"}, "version": 2}, format="json")
    assert again.status_code == 200 and again.json()["venues"]["en"] == "Geneva"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"venues": {"en": "Vienna"}}, "version"),
        ({"venues": {"en": "Vienna"}, "version": "one"}, "version"),
        ({"start_date": "yesterday", "version": 1}, "start_date"),
        ({"end_date": "2019-01-01", "version": 1}, "end_date"),
        ({"venues": {"xx": "Vienna"}, "version": 1}, "venues"),
        ({"venues": "Vienna", "version": 1}, "venues"),
        ({"format": "carrier pigeon", "version": 1}, "format"),
    ],
)
def test_bad_writes_get_a_400_naming_the_field_and_change_nothing(editor, payload, field):
    meeting = MeetingFactory(venue_en="Vienna")
    response = signed_in(editor).patch(f"{API}/meetings/{meeting.pk}/", payload, format="json")
    assert response.status_code == 400, response.json()
    assert field in response.json()
    meeting.refresh_from_db()
    assert meeting.version == 1


def test_malformed_json_gets_a_400_that_says_so(editor):
    response = signed_in(editor).generic(
        "POST", f"{API}/meetings/", '{"body": "CTOC/COP/WG.7",', content_type="application/json"
    )
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_a_body_over_the_size_limit_gets_a_json_400(editor, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    payload = {**NEW_MEETING, "venues": {"en": "V" * 5000}}
    response = signed_in(editor).post(f"{API}/meetings/", payload, format="json")
    assert response.status_code == 400
    assert "detail" in response.json()


def test_editors_keep_agenda_items_and_attendance_under_versions(editor):
    meeting = MeetingFactory()
    client = signed_in(editor)
    item = client.post(
        f"{API}/agenda-items/",
        {"meeting": meeting.pk, "number": 3, "titles": {"en": "Other matters", "zh": "其他事项"}},
        format="json",
    )
    assert item.status_code == 201, item.json()
    url = f"{API}/agenda-items/{item.json()['id']}/"
    assert client.patch(url, {"substantive": False, "version": 1}, format="json").status_code == 200
    assert client.patch(url, {"substantive": True, "version": 1}, format="json").status_code == 409
    assert AgendaItem.objects.get(pk=item.json()["id"]).substantive is False

    present = client.post(
        f"{API}/attendance/",
        {"meeting": meeting.pk, "entity": "IT", "category": "state_party"},
        format="json",
    )
    assert present.status_code == 201, present.json()
    twice = client.post(
        f"{API}/attendance/",
        {"meeting": meeting.pk, "entity": "IT", "category": "state_party"},
        format="json",
    )
    assert twice.status_code == 400
    assert Attendance.objects.filter(meeting=meeting).count() == 1


def test_editors_update_recommendations_with_their_themes(editor):
    recommendation = RecommendationFactory()
    theme = ThemeFactory(code="cooperation")
    url = f"{API}/recommendations/{recommendation.pk}/"
    client = signed_in(editor)

    saved = client.patch(url, {"themes": ["cooperation"], "version": 1}, format="json")
    assert saved.status_code == 200, saved.json()
    assert saved.json()["themes"] == ["cooperation"]
    stale = client.patch(url, {"themes": [], "version": 1}, format="json")
    assert stale.status_code == 409
    assert list(Recommendation.objects.get(pk=recommendation.pk).themes.all()) == [theme]


def test_a_report_section_is_written_with_its_version_and_a_stale_one_keeps_both_texts(editor):
    meeting = MeetingFactory()
    report = DraftReportFactory(meeting=meeting)
    section = ReportSectionFactory(report=report, text="1. 会议于[……]开幕。")
    url = f"{API}/report-sections/{section.pk}/"
    client = signed_in(editor)

    saved = client.patch(url, {"text": "1. 会议于2020年9月8日开幕。", "version": 1}, format="json")
    assert saved.status_code == 200, saved.json()
    assert (saved.json()["version"], saved.json()["origin"]) == (2, "edited")
    stale = client.patch(url, {"text": "1. 另一文本。", "version": 1}, format="json")
    assert stale.status_code == 409
    assert stale.json()["current"]["text"] == "1. 会议于2020年9月8日开幕。"
    assert ReportSection.objects.get(pk=section.pk).text == "1. 会议于2020年9月8日开幕。"
    # Only the text is written: the heading and the key stay as they are.
    heading = client.patch(url, {"heading": "X", "version": 2}, format="json")
    assert heading.status_code == 200 and heading.json()["heading"] == section.heading


def test_a_section_of_an_adopted_report_is_refused_with_a_400_and_kept(editor):
    report = DraftReportFactory(status="adopted")
    section = ReportSectionFactory(report=report, text="1. 通过的案文。")

    refused = signed_in(editor).patch(
        f"{API}/report-sections/{section.pk}/", {"text": "1. 改动。", "version": 1}, format="json"
    )

    assert refused.status_code == 400
    assert "final" in str(refused.json())
    assert ReportSection.objects.get(pk=section.pk).text == "1. 通过的案文。"


def test_draft_report_sections_are_hidden_from_readers_but_not_from_editors(editor):
    section = ReportSectionFactory()
    assert APIClient().get(f"{API}/report-sections/{section.pk}/").status_code == 404
    assert APIClient().get(f"{API}/report-sections/").json()["count"] == 0
    assert signed_in(editor).get(f"{API}/report-sections/{section.pk}/").status_code == 200


def test_readers_cannot_write_anything(delegate):
    meeting = MeetingFactory()
    item = AgendaItemFactory(meeting=meeting)
    client = signed_in(delegate)
    for url in (f"{API}/meetings/{meeting.pk}/", f"{API}/agenda-items/{item.pk}/"):
        assert client.patch(url, {"version": 1}, format="json").status_code == 403
        assert client.delete(url).status_code in (403, 405)


def test_editors_add_report_sections_whose_open_items_are_found(editor, importer):
    report = DraftReportFactory()
    section = {
        "report": report.pk,
        "language": "en",
        "kind": "chapter",
        "key": "summary",
        "number": "III",
        "order": 3,
        "heading": "Summary of deliberations",
        "text": "12. The Working Group heard [……] speakers.",
    }
    refused = signed_in(importer).post(f"{API}/report-sections/", section, format="json")
    assert refused.status_code == 403

    added = signed_in(editor).post(f"{API}/report-sections/", section, format="json")
    assert added.status_code == 201, added.json()
    assert (added.json()["version"], added.json()["origin"]) == (1, "edited")
    stored = ReportSection.objects.get(pk=added.json()["id"])
    assert [item.kind for item in stored.open_items.all()] == ["placeholder"]

    again = signed_in(editor).post(f"{API}/report-sections/", section, format="json")
    assert again.status_code == 400  # one section per key and language in a report
