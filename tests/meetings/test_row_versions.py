"""Writes made by services, not people (an import, a report's adoption), raise the version too,
so an API client or an admin page that read the row before is refused instead of overwriting."""

import pytest

from documents.models import ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import Meeting
from recommendations.models import Recommendation
from reports.services.workflow import move_report
from tests.api.test_write_api import API, signed_in
from tests.factories import MeetingFactory
from tests.meetings.test_agenda_sources import issued
from tests.reports.test_report_import import FOURTH
from tests.reports.test_report_workflow import imported_report

pytestmark = pytest.mark.django_db


def test_a_save_of_a_row_read_from_the_database_raises_its_version_once():
    meeting = MeetingFactory(venue_en="Vienna")
    assert meeting.version == 1  # a new row is numbered by whoever creates it
    meeting = Meeting.objects.get(pk=meeting.pk)
    meeting.venue_en = "Vienna (hybrid)"
    meeting.save()
    meeting.sittings = 4
    meeting.save(update_fields=["sittings"])
    meeting.refresh_from_db()
    assert (meeting.venue_en, meeting.sittings, meeting.version) == ("Vienna (hybrid)", 4, 3)
    meeting.venue_en = "Geneva"
    meeting.save()
    assert Meeting.objects.get(pk=meeting.pk).version == 4


def test_an_api_write_after_an_adoption_it_did_not_see_is_refused(seeds, editor):
    report = imported_report(seeds, FOURTH)
    client = signed_in(editor)
    url = f"{API}/recommendations/"
    first = Recommendation.objects.filter(meeting=report.meeting).order_by("number").first()
    read = client.get(f"{url}{first.pk}/").json()

    move_report(report=report, to="under_review", user=editor)
    move_report(report=report, to="adopted", user=editor)

    first.refresh_from_db()
    assert first.status == "adopted" and first.version > read["version"]
    stale = client.patch(
        f"{url}{first.pk}/", {"status": "draft", "version": read["version"]}, format="json"
    )
    assert stale.status_code == 409, stale.json()
    first.refresh_from_db()
    assert first.status == "adopted"


def test_an_api_write_after_a_revised_import_changed_the_meeting_is_refused(seeds, editor):
    # Only a public document writes on the meeting: the report as issued, then revised.
    draft = (seeds / FOURTH).read_text()
    report = issued(draft, "CTOC/COP/WG.7/2017/5", "工作组第四次会议报告")
    job = run_import_job(job=create_import_job(name=FOURTH, data=report.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    meeting = job.document.meeting
    client = signed_in(editor)
    read = client.get(f"{API}/meetings/{meeting.pk}/").json()
    assert read["sittings"] == 5

    # The secretariat's revised report counts six sittings (seed 004: "共举行了五次会议").
    revised = report.replace("共举行了五次会议", "共举行了六次会议")
    job = run_import_job(job=create_import_job(name=FOURTH, data=revised.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert Meeting.objects.get(pk=meeting.pk).sittings == 6

    stale = client.patch(
        f"{API}/meetings/{meeting.pk}/", {"sittings": 4, "version": read["version"]}, format="json"
    )
    assert stale.status_code == 409
    assert stale.json()["current"]["sittings"] == 6
    assert Meeting.objects.get(pk=meeting.pk).sittings == 6
