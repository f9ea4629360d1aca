"""Importing the thematic summary fills the thematic index: themes, key topics, papers."""

import pytest

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from recommendations.models import Theme, ThemePaper

pytestmark = pytest.mark.django_db

SUMMARY = "001_e510f4c471b5d7a7.txt"
BACKGROUND_PAPER = "002_34c4a39df3e2a875.txt"


def imported(seeds, name: str) -> ImportJob:
    job = create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    return run_import_job(job=job)


def test_the_thematic_summary_gives_nine_themes_and_seventeen_papers(seeds):
    job = imported(seeds, SUMMARY)

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert (job.counts["themes"], job.counts["summarized_papers"]) == (9, 17)
    assert Theme.objects.count() == 9
    criminal_justice = Theme.objects.get(name_zh="刑事司法对策")
    topics = list(criminal_justice.key_topics.values_list("name_zh", flat=True))
    assert topics[:3] == ["金钱或其他物质利益", "网上服务", "金融机构"]
    assert len(topics) == 23
    first = ThemePaper.objects.get(document__symbol="CTOC/COP/WG.7/2018/2")
    assert first.theme == criminal_justice
    assert first.summary == job.document
    numbers = sorted(first.summary_paragraphs.values_list("number", flat=True))
    assert numbers == [4, 5, 6, 7, 8, 9]
    assert ThemePaper.objects.count() == 17
    assert Document.objects.filter(type="background_paper").count() == 17


def test_a_paper_imported_later_keeps_its_place_in_the_index(seeds):
    imported(seeds, SUMMARY)

    paper = imported(seeds, BACKGROUND_PAPER)

    assert paper.status == ImportJob.Status.SUCCEEDED, paper.log
    entry = ThemePaper.objects.get(document__symbol="CTOC/COP/WG.7/2020/2")
    assert entry.document == paper.document
    assert entry.theme.name_zh == "危机的影响"
    assert paper.document.versions.get().paragraphs.filter(kind="numbered").count() == 78


def test_importing_the_summary_twice_adds_no_theme(seeds):
    imported(seeds, SUMMARY)
    again = imported(seeds, SUMMARY)

    assert again.counts["unchanged"] == 1
    assert Theme.objects.count() == 9
    assert ThemePaper.objects.count() == 17


SEVENTH_REPORT = "000_1cd5f2748af19e84.txt"
PAPER_MEETINGS = {
    "CTOC/COP/WG.7/2012/2": 1, "CTOC/COP/WG.7/2012/3": 1, "CTOC/COP/WG.7/2012/4": 1,
    "CTOC/COP/WG.7/2012/5": 1, "CTOC/COP/WG.7/2013/2": 2, "CTOC/COP/WG.7/2013/3": 2,
    "CTOC/COP/WG.7/2013/4": 2, "CTOC/COP/WG.7/2015/2": 3, "CTOC/COP/WG.7/2015/3": 3,
    "CTOC/COP/WG.7/2015/4": 3, "CTOC/COP/WG.7/2017/3": 4, "CTOC/COP/WG.7/2017/4": 4,
    "CTOC/COP/WG.7/2018/2": 5, "CTOC/COP/WG.7/2019/2": 6, "CTOC/COP/WG.7/2019/3": 6,
    "CTOC/COP/WG.7/2020/2": 7, "CTOC/COP/WG.7/2020/3": 7,
}  # fmt: skip


def paper_meetings() -> dict[str, int | None]:
    return {
        entry.document.symbol: entry.document.meeting.ordinal if entry.document.meeting else None
        for entry in ThemePaper.objects.select_related("document__meeting")
    }


def test_each_paper_keeps_the_meeting_it_was_prepared_for_and_joins_it_once_known(seeds):
    imported(seeds, SUMMARY)
    entries = ThemePaper.objects.select_related("document")
    stated = {entry.document.symbol: entry.meeting_ordinal for entry in entries}
    assert stated == PAPER_MEETINGS
    assert {e.year for e in entries if e.meeting_ordinal == 1} == {2012}

    # The report of the seventh meeting brings the first six with their dates, and itself.
    report = imported(seeds, SEVENTH_REPORT)

    assert report.status == ImportJob.Status.SUCCEEDED, report.log
    assert paper_meetings() == PAPER_MEETINGS


def test_a_summary_imported_after_the_meetings_links_its_papers_at_once(seeds):
    imported(seeds, SEVENTH_REPORT)

    imported(seeds, SUMMARY)

    assert paper_meetings() == PAPER_MEETINGS


def test_a_paper_the_summary_cites_by_a_limited_symbol_is_limited_and_not_listed(seeds, client):
    text = (seeds / SUMMARY).read_text().replace("CTOC/COP/WG.7/2019/3", "CTOC/COP/WG.7/2019/L.3")
    job = run_import_job(job=create_import_job(name=SUMMARY, data=text.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log

    paper = Document.objects.get(symbol="CTOC/COP/WG.7/2019/L.3")
    assert (paper.distribution, paper.published) == ("limited", False)
    assert Document.objects.get(symbol="CTOC/COP/WG.7/2019/2").distribution == "general"
    assert client.get("/en/documents/CTOC/COP/WG.7/2019/L.3/").status_code == 404
    listed = {
        symbol for theme in client.get("/api/v1/themes/").json()["results"]
        for symbol in theme["papers"]
    }  # fmt: skip
    assert "CTOC/COP/WG.7/2019/2" in listed and "CTOC/COP/WG.7/2019/L.3" not in listed
    assert "L.3" not in client.get("/en/themes/").content.decode()
