"""What only a Limited draft report says of a meeting (who chaired, spoke, attended) stays off
the public pages and API until that report, or a General document stating it, is public.

Seed 004 is the draft report of the 4th meeting: Limited, it names the Chair (Francesco Testa,
Italy), four panellists (Thailand, Mexico, Austria, Australia), the speakers under item 2 (the
European Union among them) and 82 States and organizations that attended. The meeting itself is
announced (public), as it is before its report is written.
"""

import pytest
from django.test import Client

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import Attendance, Entity, Meeting, MeetingRole, Statement
from recommendations.models import Recommendation
from reports.services.workflow import move_report
from tests.documents import participant_lists as lists
from tests.reports.test_report_import import FOURTH, SEVENTH

pytestmark = pytest.mark.django_db

ATTENDED = 60 + 1 + 3 + 13 + 1 + 4  # parties, the EU, signatories, others, UN entity, IGOs
# The General report of the same meeting, as the secretariat reissues the adopted draft.
REISSUED = "CTOC/COP/WG.7/2017/5"


def imported(text: str, name: str = FOURTH) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=text.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


@pytest.fixture
def draft(seeds) -> Document:
    """Seed 004 imported, its meeting announced."""
    document = imported((seeds / FOURTH).read_text()).document
    meeting = document.meeting
    meeting.published = True
    meeting.save()
    return document


def meeting_api(client, meeting: Meeting) -> dict:
    response = client.get(f"/api/v1/meetings/{meeting.pk}/")
    assert response.status_code == 200
    return response.json()


def attendance_count(client, meeting: Meeting) -> int:
    response = client.get("/api/v1/attendance/", {"meeting": meeting.pk})
    assert response.status_code == 200
    return response.json()["count"]


def test_the_import_remembers_the_draft_as_the_source_of_each_fact(draft):
    meeting = draft.meeting
    assert draft.distribution == "limited"
    for model in (Attendance, MeetingRole, Statement):
        rows = model.objects.filter(meeting=meeting)
        assert rows.exists(), model
        assert set(rows.values_list("source", flat=True)) == {draft.pk}, model


def test_the_public_meeting_page_names_no_one_only_the_draft_names(draft, client):
    page = client.get(draft.meeting.get_absolute_url())

    assert page.status_code == 200
    html = page.content.decode()
    assert "Francesco Testa" not in html  # the Chair
    assert "Anne Gallagher" not in html and "Panellists" not in html
    assert 'href="/en/entities/AF/"' not in html  # Afghanistan, first of the parties present
    assert 'class="attendance-counts"' not in html  # no count of who attended either


def test_the_public_api_gives_the_meeting_without_roles_or_attendance(draft, client):
    detail = meeting_api(client, draft.meeting)

    # That the meeting was held is the draft's word too: the meeting's row shows none of it.
    assert (detail["ordinal"], detail["status"], detail["sittings"]) == (4, "scheduled", None)
    assert (detail["roles"], detail["attendance"]) == ([], [])
    assert attendance_count(client, draft.meeting) == 0
    attended = client.get("/api/v1/attendance/", {"entity": "IT"}).json()
    assert attended["count"] == 0


def test_the_entity_pages_list_neither_the_meeting_attended_nor_the_panel_nor_the_statements(
    draft, client
):
    meeting_url = draft.meeting.get_absolute_url()
    for code in ("IT", "TH", "EU", "CO"):  # attended; a panellist; spoke as party; non-party
        page = client.get(Entity.objects.get(code=code).get_absolute_url())
        assert page.status_code == 200
        assert meeting_url not in page.content.decode(), code


def test_an_editor_reads_every_fact_of_the_draft_through_the_api(draft, editor_client):
    detail = meeting_api(editor_client, draft.meeting)

    chair = next(role for role in detail["roles"] if role["role"] == "chair")
    assert (chair["person"], chair["country"]) == ("Francesco Testa", "IT")
    panel = {role["country"] for role in detail["roles"] if role["role"] == "panellist"}
    assert panel == {"TH", "MX", "AT", "AU"}
    assert len(detail["attendance"]) == ATTENDED
    assert attendance_count(editor_client, draft.meeting) == ATTENDED


def test_what_an_editor_entered_is_public_beside_what_the_draft_stated(draft, client):
    meeting = draft.meeting
    # Nauru is not in seed 004's lists: the secretariat adds it by hand.
    Attendance.objects.create(
        meeting=meeting, entity=Entity.objects.get(code="NR"), category="state_party"
    )

    detail = meeting_api(client, meeting)

    assert [row["entity"] for row in detail["attendance"]] == ["NR"]
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert 'href="/en/entities/NR/"' in page and 'href="/en/entities/AF/"' not in page


def test_the_facts_become_public_with_the_report_once_it_is_published(draft, editor, client):
    report = draft.draft_report
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    assert meeting_api(client, draft.meeting)["roles"] == []  # adopted, still Limited

    move_report(report=report, to="published", user=editor, symbol=REISSUED)

    detail = meeting_api(client, draft.meeting)
    assert detail["status"] == "held"  # the General report states it now
    assert len(detail["attendance"]) == ATTENDED
    assert {role["person"] for role in detail["roles"] if role["role"] == "chair"} == {
        "Francesco Testa"
    }
    html = client.get(draft.meeting.get_absolute_url()).content.decode()
    assert "Francesco Testa" in html and 'href="/en/entities/AF/"' in html
    assert "Anne Gallagher" in html
    thailand = client.get("/en/entities/TH/").content.decode()
    assert draft.meeting.get_absolute_url() in thailand
    # The General document states them now; the draft stays Limited.
    reissue = Document.objects.get(symbol=REISSUED)
    assert set(draft.meeting.attendance.values_list("source", flat=True)) == {reissue.pk}
    assert not Document.objects.public().filter(pk=draft.pk).exists()


def test_a_general_document_stating_the_same_facts_makes_them_public(seeds, draft, client):
    general = (
        (seeds / FOURTH)
        .read_text()
        .replace("Distr.: Limited", f"{REISSUED}\nDistr.: General")
        .replace("报告草稿", "工作组第四次会议报告")
    )

    report = imported(general, name="report-4.txt").document

    assert (report.symbol, report.type, report.distribution) == (REISSUED, "report", "general")
    assert Document.objects.public().filter(pk=report.pk).exists()
    meeting = draft.meeting
    assert set(meeting.attendance.values_list("source", flat=True)) == {report.pk}
    detail = meeting_api(client, meeting)
    assert len(detail["attendance"]) == ATTENDED
    assert attendance_count(client, meeting) == ATTENDED
    assert "Francesco Testa" in client.get(meeting.get_absolute_url()).content.decode()
    # The draft imported again does not take them back: the public source is kept.
    imported((seeds / FOURTH).read_text().replace("阿富汗、", "阿富汗、 "), name="draft-again.txt")
    assert attendance_count(client, meeting) == ATTENDED


def test_a_general_report_of_a_meeting_not_yet_announced_shows_its_facts_once_it_is(seeds, client):
    draft = imported((seeds / FOURTH).read_text()).document
    general = (
        (seeds / FOURTH).read_text().replace("Distr.: Limited", f"{REISSUED}\nDistr.: General")
    )
    imported(general.replace("报告草稿", "工作组第四次会议报告"), name="report-4.txt")
    meeting = draft.meeting
    assert not meeting.published

    meeting.published = True
    meeting.save()

    assert attendance_count(client, meeting) == ATTENDED
    assert {role["country"] for role in meeting_api(client, meeting)["roles"]} == {
        "IT", "TH", "MX", "AT", "AU"
    }  # fmt: skip


def test_the_recommendations_are_public_once_their_report_is_reissued_and_cite_it(
    draft, editor, client
):
    draft.symbol = "CTOC/COP/WG.7/2017/L.1"
    draft.save()
    report = draft.draft_report
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    # Adopted, but their report is still the Limited draft: off the index, the API and the page.
    assert not Recommendation.objects.public().exists()
    assert client.get("/api/v1/recommendations/").json()["count"] == 0
    assert "L.1" not in client.get("/en/recommendations/").content.decode()
    editor_client = Client()
    editor_client.force_login(editor)
    for_editor = editor_client.get("/api/v1/recommendations/").json()["results"]
    assert len(for_editor) == 8
    assert {row["report"] for row in for_editor} == {"CTOC/COP/WG.7/2017/L.1"}

    move_report(report=report, to="published", user=editor, symbol=REISSUED)

    public = client.get("/api/v1/recommendations/").json()["results"]
    assert len(public) == 8
    # Seed 004 prints them under its paragraph 5, "...通过了下述建议。".
    assert {(row["report"], row["paragraph_number"]) for row in public} == {(REISSUED, 5)}
    assert "L.1" not in client.get("/api/v1/recommendations/").content.decode()
    index = client.get("/en/recommendations/").content.decode()
    assert f'href="/en/documents/{REISSUED}/#para-5"' in index and "L.1" not in index


def test_documents_cited_with_an_l_or_r_symbol_are_limited_or_restricted_and_not_found(
    seeds, client
):
    # Seed 004's documents before the meeting, two of them renumbered as a Limited and a
    # Restricted document.
    text = (
        (seeds / FOURTH)
        .read_text()
        .replace("CTOC/COP/WG.7/2017/4）", "CTOC/COP/WG.7/2017/L.4）")
        .replace("CTOC/COP/WG.7/2017/2）", "CTOC/COP/WG.7/2017/R.2）")
    )
    meeting = imported(text).document.meeting
    meeting.published = True
    meeting.save()

    cited = dict(meeting.documents.exclude(symbol=None).values_list("symbol", "distribution"))
    assert cited == {
        "CTOC/COP/WG.7/2017/1": "general",
        "CTOC/COP/WG.7/2017/R.2": "restricted",
        "CTOC/COP/WG.7/2017/3": "general",
        "CTOC/COP/WG.7/2017/L.4": "limited",
        "CTOC/COP/WG.7/2017/INF.1/Rev.1": "general",
    }
    for symbol in ("CTOC/COP/WG.7/2017/L.4", "CTOC/COP/WG.7/2017/R.2"):
        assert client.get(f"/en/documents/{symbol}/").status_code == 404
        assert client.get(f"/api/v1/documents/{symbol}/").status_code == 404
    assert client.get("/en/documents/CTOC/COP/WG.7/2017/3/").status_code == 200
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "CTOC/COP/WG.7/2017/3" in page and "L.4" not in page and "R.2" not in page


def test_a_revised_list_keeps_the_attendance_the_draft_report_also_states(seeds):
    # Seed 000, the Limited draft of the 7th meeting, names the States that attended; the
    # General list of participants of that meeting names some of them again and takes over as
    # their source. Its revised version leaves Mexico out: the draft still says it attended.
    seventh = imported((seeds / SEVENTH).read_text(), SEVENTH).document
    meeting = seventh.meeting
    by_draft = set(meeting.attendance.values_list("entity__code", "category"))
    assert ("MX", "state_party") in by_draft
    first = imported(lists.ENGLISH, "INF1_en.txt").document
    assert meeting.attendance.get(entity__code="MX").source == first

    revised = imported(lists.CHINESE, "INF1_zh.txt").document  # the same list, revised

    assert revised == first
    rows = {(row.entity.code, row.category): row for row in meeting.attendance.all()}
    listed = {("AR", "state_party"), ("IT", "state_party"), ("JP", "signatory")}
    assert set(rows) == by_draft | listed
    assert rows["MX", "state_party"].source == seventh
    assert set(rows["MX", "state_party"].stated_by.all()) == {seventh}
    # Only the list said the European Union's and UNHCR's delegations came, if the draft did not.
    for only_listed in {("EU", "reio"), ("UNHCR", "un_entity"), ("VA", "non_signatory")} - by_draft:
        assert only_listed not in rows
