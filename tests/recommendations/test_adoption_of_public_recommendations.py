"""Adopting a draft report leaves alone the recommendations a General report made public first:
they keep citing it, and keep the words it issued them in, not the draft's (Limited)."""

import pytest

from documents.models import ImportJob
from documents.services import create_import_job, run_import_job
from recommendations.models import Recommendation
from reports.services.workflow import move_report
from tests.reports.test_report_import import FOURTH

pytestmark = pytest.mark.django_db

REISSUED = "CTOC/COP/WG.7/2017/5"
DRAFTED = "特别是针对腐败、洗钱和没收犯罪所得。"  # recommendation 1 as seed 004 drafts it
ISSUED = "特别是针对腐败和洗钱。"  # as the General report issued it


def imported(text: str, name: str) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=text.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


def test_the_adoption_keeps_the_text_a_public_general_report_gave_a_recommendation(
    seeds, editor, client
):
    draft_text = (seeds / FOURTH).read_text()
    assert DRAFTED in draft_text
    report = imported(draft_text, FOURTH).document.draft_report
    report.meeting.published = True
    report.meeting.save()
    general = (
        draft_text.replace("Distr.: Limited", f"{REISSUED}\nDistr.: General")
        .replace("报告草稿", "工作组第四次会议报告")
        .replace(DRAFTED, ISSUED)
    )
    imported(general, "report-4.txt")
    public = Recommendation.objects.public().get(number=1)
    assert public.text_zh.endswith(ISSUED)

    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)

    public.refresh_from_db()
    assert public.text_zh.endswith(ISSUED) and public.report.symbol == REISSUED
    listed = client.get("/api/v1/recommendations/", {"text": "没收犯罪所得"}).json()
    assert listed["count"] == 0
