"""Revised imports never overwrite people's work (seeds 000 and 004, revised by small edits).

While a report is drafted, a section an editor changed keeps its text and the revised one waits
beside it as a proposal the editor takes or leaves; a section an editor added stays; an
importer's upload only proposes. Two jobs of one file at once store it once. (An adopted or
published report is final: test_final_report_refusal.)
"""

import threading
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils.html import escape
from rest_framework.test import APIClient

from documents.models import Document, ImportJob, LanguageVersion
from documents.services import create_import_job, run_import_job
from documents.signals import text_imported
from recommendations.models import Recommendation
from reports.models import DraftReport, ReportSection, SectionProposal
from reports.services.generation import generate_report
from reports.services.sections import add_report_section, save_report_section
from reports.services.workflow import move_report
from tests.reports.test_report_import import FOURTH, SEVENTH, imported
from tests.reports.test_report_workflow import edit, imported_report

STATEMENTS_004 = "8. 秘书处在议程项目 2 下作了一般介绍性发言。"
STATEMENTS_004_REVISED = "8. 秘书处在议程项目 2 下作了介绍性发言，并回答了提问。"
ATTENDANCE_004 = "联合国政治事务部办公室派观察员出席了会议。"
ATTENDANCE_004_REVISED = "联合国政治事务部和毒品和犯罪问题办公室派观察员出席了会议。"
RECOMMENDATION_3 = "各国不妨考虑恐怖主义和参与偷运移民的有组织犯罪集团之间的联系。"
RECOMMENDATION_3_REVISED = "各国应当审查恐怖主义和参与偷运移民的有组织犯罪集团之间的联系。"


def revised_fourth(seeds) -> bytes:
    """Seed 004 as the secretariat revised it: chapter IV.B, IV.D and recommendation 3 reworded."""
    text = (seeds / FOURTH).read_text(encoding="utf-8")
    for old, new in (
        (STATEMENTS_004, STATEMENTS_004_REVISED),
        (ATTENDANCE_004, ATTENDANCE_004_REVISED),
        (RECOMMENDATION_3, RECOMMENDATION_3_REVISED),
    ):
        assert old in text
        text = text.replace(old, new)
    return text.encode()


def import_job(name: str, data: bytes, user=None) -> ImportJob:
    return run_import_job(job=create_import_job(name=name, data=data, user=user, queue=False))


def section(key: str, language: str = "zh") -> ReportSection:
    return ReportSection.objects.get(key=key, language=language)


def snapshot() -> dict:
    """What a revised import must not touch, as rows an editor or a reader would see."""
    return {
        "sections": list(
            ReportSection.objects.order_by("pk").values_list("pk", "text", "version", "heading")
        ),
        "section_history": ReportSection.history.count(),
        "version_history": LanguageVersion.history.count(),
        "recommendations": list(
            Recommendation.objects.order_by("number").values_list("number", "status", "text_zh")
        ),
        "documents": Document.objects.count(),
        "reports": DraftReport.objects.count(),
        "proposals": SectionProposal.objects.count(),
    }


def adopt(report: DraftReport, editor) -> None:
    meeting = report.meeting
    meeting.published = True
    meeting.save()
    move_report(report=report, to="under_review", user=editor)
    move_report(report=report, to="adopted", user=editor)


# Adopted, then published: both are final.
def proposal_panel(editor_client, report: DraftReport, proposal: SectionProposal) -> str:
    html = editor_client.get(reverse("report-detail", args=[report.pk]), {"lang": "zh"})
    html = html.content.decode()
    start = html.index(f'id="proposal-{proposal.pk}"')
    return html[start : html.index("</article>", start)]


@pytest.mark.django_db
def test_a_section_an_editor_changed_keeps_its_text_and_the_revised_one_is_proposed(
    seeds, editor, editor_client
):
    report = imported_report(seeds, FOURTH)
    mine = edit(
        report, "organization-statements", lambda t: t.replace("一般介绍性", "开幕"), editor
    )
    attendance = section("organization-attendance")

    job = import_job(FOURTH, revised_fourth(seeds))

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    kept = section("organization-statements")
    assert (kept.text, kept.version, kept.updated_by) == (mine.text, mine.version, editor)
    assert kept.history.count() == 2  # imported, then the editor's save: no import row after
    # The section no editor touched takes the revision as today.
    updated = section("organization-attendance")
    assert ATTENDANCE_004_REVISED in updated.text
    assert updated.version == attendance.version + 1
    proposal = SectionProposal.objects.get()
    assert (proposal.section, proposal.status, proposal.job) == (kept, "open", job)
    assert STATEMENTS_004_REVISED in proposal.text
    assert [w["code"] for w in job.warnings].count("report-section-proposed") == 1

    panel = proposal_panel(editor_client, report, proposal)
    assert "8. 秘书处在议程项目 2 下作了开幕发言。" in panel  # the text now
    assert STATEMENTS_004_REVISED in panel  # the proposed text
    assert "<del>开幕</del>" in panel and "<ins>，并回答了提问</ins>" in panel
    assert f"version {kept.version}" in panel
    assert "from 004_" in panel  # the file it came from

    response = editor_client.post(
        reverse("report-proposal-take", args=[report.pk, proposal.pk]), {"version": kept.version}
    )

    assert response.status_code == 302
    taken = section("organization-statements")
    assert STATEMENTS_004_REVISED in taken.text
    assert (taken.version, taken.updated_by, taken.origin) == (mine.version + 1, editor, "edited")
    assert taken.history.count() == 3
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by) == ("taken", editor)
    page = editor_client.get(reverse("report-detail", args=[report.pk]), {"lang": "zh"})
    assert 'id="proposal-' not in page.content.decode()


@pytest.mark.django_db
def test_a_stale_or_decided_proposal_is_refused_and_nothing_changes(seeds, editor, editor_client):
    report = imported_report(seeds, FOURTH)
    edit(report, "organization-statements", lambda t: t.replace("一般介绍性", "开幕"), editor)
    import_job(FOURTH, revised_fourth(seeds))
    proposal = SectionProposal.objects.get()
    seen = section("organization-statements").version
    # Another editor saves the section after this one compared the texts.
    other = edit(report, "organization-statements", lambda t: t + "\n9. 另一位编辑的段落。", editor)
    take = reverse("report-proposal-take", args=[report.pk, proposal.pk])

    stale = editor_client.post(take, {"version": seen})

    assert stale.status_code == 409
    assert f"version {other.version}" in stale.content.decode()
    assert section("organization-statements").text == other.text
    assert SectionProposal.objects.get().status == "open"

    left = editor_client.post(
        reverse("report-proposal-leave", args=[report.pk, proposal.pk]), {"version": other.version}
    )
    assert left.status_code == 302
    again = editor_client.post(take, {"version": other.version})
    assert again.status_code == 409
    assert "left already" in again.content.decode()
    assert section("organization-statements").text == other.text


@pytest.mark.django_db
def test_a_left_proposal_is_not_made_again_by_a_file_that_keeps_that_text(
    seeds, editor, editor_client
):
    report = imported_report(seeds, FOURTH)
    mine = edit(
        report, "organization-statements", lambda t: t.replace("一般介绍性", "开幕"), editor
    )
    revised = revised_fourth(seeds)
    import_job(FOURTH, revised)
    proposal = SectionProposal.objects.get()
    editor_client.post(
        reverse("report-proposal-leave", args=[report.pk, proposal.pk]), {"version": mine.version}
    )
    assert SectionProposal.objects.get().status == "left"

    # The secretariat revises another paragraph; chapter IV.B is as in the file left before.
    again = revised.decode().replace("鼓励各国在打击偷运移民时", "鼓励各国在打击偷运移民活动时")
    job = import_job(FOURTH, again.encode())

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert list(SectionProposal.objects.values_list("status", flat=True)) == ["left"]
    assert section("organization-statements").text == mine.text
    page = editor_client.get(reverse("report-detail", args=[report.pk]), {"lang": "zh"})
    assert 'id="proposal-' not in page.content.decode()


@pytest.mark.django_db
def test_a_section_an_editor_added_is_never_deleted_by_a_revised_import(seeds, editor):
    report = imported_report(seeds, FOURTH)
    added = add_report_section(
        user=editor,
        report=report,
        language="zh",
        kind="section",
        key="organization-closing",
        number="F",
        heading="会议闭幕",
        order=99,
        text="22. 主席宣布会议闭幕。",
    )

    job = import_job(FOURTH, revised_fourth(seeds))

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    kept = ReportSection.objects.get(pk=added.pk)
    assert (kept.text, kept.version) == ("22. 主席宣布会议闭幕。", 1)
    assert "report-section-kept" in [w["code"] for w in job.warnings]


@pytest.mark.django_db
def test_an_importers_upload_proposes_every_change_and_changes_no_text(
    seeds, importer, editor_client, django_capture_on_commit_callbacks
):
    report = imported_report(seeds, FOURTH)
    before = {s.key: (s.text, s.version) for s in ReportSection.objects.all()}
    api = APIClient()
    api.force_authenticate(importer)
    with django_capture_on_commit_callbacks(execute=False):
        uploaded = api.post(
            "/api/v1/import-jobs/",
            {"files": [SimpleUploadedFile(FOURTH, revised_fourth(seeds))]},
            format="multipart",
        )
    assert uploaded.status_code == 201, uploaded.content

    # What the worker does with the queued job.
    job = run_import_job(job=ImportJob.objects.get(pk=uploaded.json()[0]["id"]))

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert {s.key: (s.text, s.version) for s in ReportSection.objects.all()} == before
    proposals = SectionProposal.objects.order_by("section__order")
    assert [p.section.key for p in proposals] == [
        "recommendations-a", "organization-statements", "organization-attendance",
    ]  # fmt: skip
    assert {p.proposed_by for p in proposals} == {importer}
    panel = proposal_panel(editor_client, report, proposals[2])
    assert ATTENDANCE_004 in panel and ATTENDANCE_004_REVISED in panel
    assert "uploaded by importer-persona" in panel
    # Only an editor's taking changes the text.
    response = editor_client.post(
        reverse("report-proposal-take", args=[report.pk, proposals[2].pk]),
        {"version": before["organization-attendance"][1]},
    )
    assert response.status_code == 302
    assert ATTENDANCE_004_REVISED in section("organization-attendance").text


@pytest.mark.django_db
def test_proposals_are_editors_only(seeds, importer_client, editor):
    report = imported_report(seeds, FOURTH)
    edit(report, "organization-statements", lambda t: t.replace("一般介绍性", "开幕"), editor)
    import_job(FOURTH, revised_fourth(seeds))
    proposal = SectionProposal.objects.get()
    version = section("organization-statements").version

    response = importer_client.post(
        reverse("report-proposal-take", args=[report.pk, proposal.pk]), {"version": version}
    )

    assert response.status_code == 404
    assert SectionProposal.objects.get().status == "open"
    assert STATEMENTS_004_REVISED not in section("organization-statements").text


@pytest.mark.django_db(transaction=True)
def test_two_jobs_of_the_same_revised_file_at_once_store_one_version(seeds):
    imported(seeds, SEVENTH)
    revised = (seeds / SEVENTH).read_text(encoding="utf-8").replace("[……]", "阿尔及利亚", 1)
    jobs = [create_import_job(name=SEVENTH, data=revised.encode(), queue=False) for _ in range(2)]
    versions_before = LanguageVersion.history.count()
    sections_before = ReportSection.history.count()

    # The store is held open a while, as a slow store would be, so that both jobs are inside
    # it at once: without the lock each finds the file new.
    def slow_store(**kwargs):
        time.sleep(1.0)

    def run(job):
        try:
            run_import_job(job=ImportJob.objects.get(pk=job.pk))
        finally:
            connection.close()

    text_imported.connect(slow_store, dispatch_uid="slow-store")
    try:
        threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        text_imported.disconnect(dispatch_uid="slow-store")

    done = [ImportJob.objects.get(pk=job.pk) for job in jobs]
    assert [job.status for job in done] == ["succeeded", "succeeded"], [j.log for j in done]
    assert sorted(job.counts.get("unchanged", 0) for job in done) == [0, 1]
    assert LanguageVersion.history.count() == versions_before + 1
    statements = section("organization-statements")
    assert (statements.version, "阿尔及利亚" in statements.text) == (2, True)
    assert list(statements.history.values_list("version", flat=True).order_by("version")) == [1, 2]
    assert ReportSection.history.count() == sections_before + 1
    assert Document.objects.filter(type="draft_report").count() == 1


@pytest.mark.django_db
def test_a_report_is_not_adopted_while_a_proposal_waits_and_once_adopted_none_can_be_taken(
    seeds, editor, editor_client
):
    report = imported_report(seeds, FOURTH)
    mine = edit(
        report, "organization-statements", lambda t: t.replace("一般介绍性", "开幕"), editor
    )
    import_job(FOURTH, revised_fourth(seeds))
    proposal = SectionProposal.objects.get()
    meeting = report.meeting
    meeting.published = True
    meeting.save()
    move_report(report=report, to="under_review", user=editor)

    refused = editor_client.post(reverse("report-move", args=[report.pk]), {"to": "adopted"})

    assert refused.status_code == 400
    assert "cannot be adopted while 1 revised text" in refused.content.decode()
    assert escape(str(proposal.section)) in refused.content.decode()
    report.refresh_from_db()
    assert report.status == "under_review"
    assert not Recommendation.objects.filter(meeting=meeting, status="adopted").exists()

    left = editor_client.post(
        reverse("report-proposal-leave", args=[report.pk, proposal.pk]), {"version": mine.version}
    )
    assert left.status_code == 302
    move_report(report=report, to="adopted", user=editor)
    # One that slipped through (opened again by hand): the adopted text is final all the same.
    SectionProposal.objects.filter(pk=proposal.pk).update(status="open")

    page = editor_client.get(reverse("report-detail", args=[report.pk]), {"lang": "zh"})
    taken = editor_client.post(
        reverse("report-proposal-take", args=[report.pk, proposal.pk]), {"version": mine.version}
    )
    assert 'id="proposal-' not in page.content.decode()
    assert taken.status_code == 409
    assert "its text is final" in taken.content.decode()
    assert section("organization-statements").text == mine.text


@pytest.mark.django_db
def test_the_admin_shows_a_sections_proposals_to_editors(seeds, editor, client):
    report = imported_report(seeds, FOURTH)
    edit(report, "organization-statements", lambda t: t.replace("一般介绍性", "开幕"), editor)
    import_job(FOURTH, revised_fourth(seeds))
    statements = section("organization-statements")
    client.force_login(editor)

    response = client.get(reverse("admin:reports_reportsection_change", args=[statements.pk]))

    assert response.status_code == 200
    assert STATEMENTS_004_REVISED in response.content.decode()


@pytest.mark.django_db
def test_a_revised_import_keeps_generated_sections_quietly_and_warns_of_edited_ones(seeds, editor):
    # The generator adds to the imported draft the parts its file lacks (seed 004 has no
    # sections in chapter III): never in the secretariat's file, so the revised file's leaving
    # them out says nothing of them.
    report = imported_report(seeds, FOURTH)
    generate_report(meeting=report.meeting, languages=("zh",))
    generated = list(
        report.sections.filter(language="zh", origin=ReportSection.Origin.GENERATED)
        .exclude(kind=ReportSection.Kind.CHAPTER)
        .order_by("order")
    )
    assert len(generated) >= 2
    edited = generated[0]
    save_report_section(
        section=edited,
        text=edited.text + "\n（编辑补充。）",
        expected_version=edited.version,
        user=editor,
    )

    job = import_job(FOURTH, revised_fourth(seeds))

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    kept = [w["message"] for w in job.warnings if w["code"] == "report-section-kept"]
    assert kept == [
        f"“{edited}” is not in the revised file; it was kept, as an editor wrote or may keep it."
    ]
    assert set(report.sections.filter(pk__in=[s.pk for s in generated])) == set(generated)
