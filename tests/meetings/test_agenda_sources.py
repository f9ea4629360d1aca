"""What only the Limited draft report says of its meeting stays off the public meeting: the agenda
it adopted and the day, the sittings, the format, the venue, that the meeting was held.

Seed 000 is the Limited draft of the 7th meeting (adopted its agenda on 8 September 2020, four
sittings, hybrid, in Vienna); seed 002, the General background paper, announces the meeting.
"""

import pytest

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import AgendaItem, Meeting
from reports.models import OpenItem
from reports.services.workflow import move_report
from tests.factories import AgendaItemFactory
from tests.reports.test_report_import import SEVENTH

pytestmark = pytest.mark.django_db

PAPER = "002_34c4a39df3e2a875.txt"
REISSUED = "CTOC/COP/WG.7/2020/4"
# What only the draft states, as the meeting page, its API and its iCalendar event would print it.
DRAFT_SAYS_ON_PAGE = ("Adopted on", "8 September 2020", "<dt>Sittings</dt>", "hybrid", "Held")
ITEM_2 = "自然灾害、冲突和危机"


def imported(text: str, name: str) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=text.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


@pytest.fixture
def draft(seeds) -> Document:
    """Seed 000 imported, then seed 002, which announces the 7th meeting."""
    document = imported((seeds / SEVENTH).read_text(), SEVENTH).document
    imported((seeds / PAPER).read_text(), PAPER)
    document.meeting.refresh_from_db()
    assert document.meeting.published and document.distribution == "limited"
    return document


def issued(draft: str, symbol: str, title: str) -> str:
    """A draft report's text as the secretariat issues it: General, under `symbol`, titled."""
    text = draft.replace("报告草稿", title, 1)
    if "Distr.: Limited" in text:  # seed 004 prints a masthead
        return text.replace("Distr.: Limited", f"{symbol}\nDistr.: General", 1)
    masthead = (  # seed 000 prints none
        f"{symbol}\n\n联合国打击跨国有组织犯罪公约 缔约方会议\n\nDistr.: General\n"
        "11 September 2020\nChinese\nOriginal: English\n\n偷运移民问题工作组\n\n"
    )
    return masthead + text


def general_report(seeds) -> str:
    return issued((seeds / SEVENTH).read_text(), REISSUED, "工作组第七次会议报告")


def test_the_draft_is_the_source_of_the_agenda_it_states_and_writes_nothing_on_its_meeting(draft):
    meeting = draft.meeting
    items = AgendaItem.objects.filter(meeting=meeting)
    assert items.count() == 7
    assert set(items.values_list("source", flat=True)) == {draft.pk}
    assert (meeting.status, meeting.sittings, meeting.format) == ("scheduled", None, "in_person")


def test_the_public_meeting_page_api_and_calendar_state_nothing_only_the_draft_states(
    draft, client
):
    meeting = draft.meeting

    page = client.get(meeting.get_absolute_url()).content.decode()
    for printed in DRAFT_SAYS_ON_PAGE:
        assert printed not in page, printed
    assert ITEM_2 not in page
    detail = client.get(f"/api/v1/meetings/{meeting.pk}/").json()
    assert (detail["status"], detail["sittings"], detail["format"]) == (
        "scheduled", None, "in_person"
    )  # fmt: skip
    assert detail["agenda_items"] == []
    assert client.get("/api/v1/agenda-items/", {"meeting": meeting.pk}).json()["count"] == 0
    event = client.get(f"{meeting.get_absolute_url()}calendar.ics").content.decode()
    assert "hybrid" not in event


def test_an_editor_still_reads_and_edits_the_agenda_the_draft_states(draft, editor_client):
    meeting = draft.meeting

    detail = editor_client.get(f"/api/v1/meetings/{meeting.pk}/").json()
    assert len(detail["agenda_items"]) == 7
    assert {item["adopted_on"] for item in detail["agenda_items"]} == {"2020-09-08"}
    change = editor_client.get(f"/admin/meetings/meeting/{meeting.pk}/change/").content.decode()
    assert ITEM_2 in change
    item = meeting.agenda_items.get(number=2, letter="")
    page = editor_client.get(f"/admin/meetings/agendaitem/{item.pk}/change/").content.decode()
    assert ITEM_2 in page


def test_an_item_an_editor_entered_keeps_what_the_editor_wrote_against_the_draft(seeds, client):
    meeting = imported((seeds / PAPER).read_text(), PAPER).document.meeting
    item = AgendaItemFactory(meeting=meeting, number=2, title_zh="秘书处录入的标题")

    imported((seeds / SEVENTH).read_text(), SEVENTH)

    item.refresh_from_db()
    assert (item.source, item.status, item.title_zh) == (None, "provisional", "秘书处录入的标题")
    page = client.get(Meeting.objects.get(pk=meeting.pk).get_absolute_url()).content.decode()
    assert 'id="item-2"' in page and 'id="item-3"' not in page and "Adopted on" not in page


def test_a_general_report_stating_the_same_agenda_makes_it_and_the_meetings_facts_public(
    seeds, draft, client
):
    report = imported(general_report(seeds), "report-7.txt").document

    assert (report.distribution, report.type, report.meeting_id) == (
        "general",
        "report",
        draft.meeting_id,
    ), report.symbol
    meeting = Meeting.objects.get(pk=draft.meeting_id)
    assert set(meeting.agenda_items.values_list("source", flat=True)) == {report.pk}
    assert (meeting.status, meeting.sittings, meeting.format) == ("held", 4, "hybrid")
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "8 September 2020" in page and ITEM_2 in page
    # The draft imported again takes nothing back.
    imported((seeds / SEVENTH).read_text() + "\n", "draft-again.txt")
    assert set(meeting.agenda_items.values_list("source", flat=True)) == {report.pk}


def test_the_reissued_report_makes_the_agenda_and_the_meetings_facts_public(draft, editor, client):
    report = draft.draft_report
    OpenItem.objects.filter(section__report=report).delete()  # the editor has settled them
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    assert client.get(f"/api/v1/meetings/{draft.meeting_id}/").json()["agenda_items"] == []

    move_report(report=report, to="published", user=editor, symbol=REISSUED)

    reissue = Document.objects.get(symbol=REISSUED)
    meeting = Meeting.objects.get(pk=draft.meeting_id)
    assert set(meeting.agenda_items.values_list("source", flat=True)) == {reissue.pk}
    assert (meeting.status, meeting.sittings, meeting.format) == ("held", 4, "hybrid")
    detail = client.get(f"/api/v1/meetings/{meeting.pk}/").json()
    assert len(detail["agenda_items"]) == 7 and detail["status"] == "held"
    assert "hybrid" in client.get(f"{meeting.get_absolute_url()}calendar.ics").content.decode()
