"""Checks, adoption and publication of a draft report (seeds 000 and 004 as the secretariat's
drafts): who moved it and when is recorded; open items block adoption; adoption turns chapter II
into adopted recommendations; publication reissues the report as a public General document
(tests/reports/test_report_reissue.py goes into the reissue)."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from documents.models import Document
from recommendations.models import Recommendation, ThemePaper
from reports.models import DraftReport, ReportEvent
from reports.services.checks import report_checks
from reports.services.sections import save_report_section
from reports.services.workflow import ReportNotReady, move_report
from tests.factories import ThemeFactory
from tests.reports.test_report_import import FOURTH, SEVENTH, imported

pytestmark = pytest.mark.django_db


def imported_report(seeds, name: str) -> DraftReport:
    return imported(seeds, name).document.draft_report


def edit(report: DraftReport, key: str, change, user=None):
    section = report.sections.get(language="zh", key=key)
    return save_report_section(
        section=section, text=change(section.text), expected_version=section.version, user=user
    )


def test_the_checks_find_colombia_listed_twice_in_the_seventh_meeting(seeds):
    report = imported_report(seeds, SEVENTH)

    problems = report_checks(report=report, language="zh")

    assert [(p.code, p.section.key if p.section else None) for p in problems] == [
        ("attendance-twice", "organization-attendance")
    ]
    assert "哥伦比亚" in problems[0].message or "Colombia" in problems[0].message


def test_the_checks_find_items_without_summary_gaps_and_unknown_documents(seeds, editor):
    report = imported_report(seeds, FOURTH)
    assert [p.code for p in report_checks(report=report, language="zh")] == ["no-summary"] * 3

    edit(report, "recommendations-a", lambda text: text.replace("#### 建议 3", "#### 建议 4", 1))
    edit(
        report,
        "organization-documentation",
        lambda text: text + "\n(e) 秘书处的说明（CTOC/COP/WG.7/2017/9）。",
    )
    problems = report_checks(report=report, language="zh")

    assert {(p.code, p.paragraph_number) for p in problems} >= {
        ("recommendation-repeated", None),
        ("unknown-document", 20),
    }
    assert any("CTOC/COP/WG.7/2017/9" in p.message for p in problems)


def test_adoption_is_refused_while_open_items_remain_and_nothing_changes(seeds, editor):
    report = imported_report(seeds, SEVENTH)
    move_report(report=report, to="under_review", user=editor)

    with pytest.raises(ReportNotReady) as refused:
        move_report(report=report, to="adopted", user=editor)

    assert len(refused.value.open_items) == 7
    assert {i.paragraph_number for i in refused.value.open_items} == {11, 16, 20, 21, 22, 23}
    report.refresh_from_db()
    assert report.status == "under_review"
    assert list(report.events.values_list("action", flat=True)) == ["submitted"]
    assert not Recommendation.objects.filter(status="adopted").exists()


def test_a_step_the_workflow_lacks_is_refused(seeds, editor):
    report = imported_report(seeds, FOURTH)
    with pytest.raises(ValidationError):
        move_report(report=report, to="published", user=editor)
    assert DraftReport.objects.get(pk=report.pk).status == "draft"


def test_adoption_makes_the_recommendations_adopted_with_topic_and_themes(seeds, editor):
    report = imported_report(seeds, FOURTH)
    item_two = report.meeting.agenda_items.get(number=2, letter="")
    paper = Document.objects.get(symbol="CTOC/COP/WG.7/2017/3")
    paper.agenda_items.add(item_two)
    theme = ThemeFactory()
    ThemePaper.objects.create(theme=theme, document=paper)

    move_report(report=report, to="under_review", user=editor)
    move_report(report=report, to="adopted", user=editor, note="adopted at the last sitting")

    adopted = Recommendation.objects.filter(meeting=report.meeting).order_by("number")
    assert list(adopted.values_list("number", "status")) == [(n, "adopted") for n in range(1, 9)]
    first = adopted[0]
    assert first.topic_zh.startswith("利用《联合国打击跨国有组织犯罪公约》")
    assert first.agenda_item == item_two
    assert list(first.themes.all()) == [theme]
    assert first.report == report.document
    report.refresh_from_db()
    assert (report.status, report.adopted_on) == ("adopted", datetime.date(2017, 9, 13))
    events = list(report.events.order_by("at", "pk"))
    assert [(e.action, e.user, e.status) for e in events] == [
        (ReportEvent.Action.SUBMITTED, editor, "under_review"),
        (ReportEvent.Action.ADOPTED, editor, "adopted"),
    ]
    assert events[1].note == "adopted at the last sitting"


def test_a_report_adopted_without_a_date_set_is_adopted_on_the_meetings_last_day(seeds, editor):
    report = imported_report(seeds, FOURTH)
    report.adopted_on = None  # neither the file nor an editor set one
    report.save()
    report = DraftReport.objects.get(pk=report.pk)
    assert report.adoption_date == datetime.date(2017, 9, 13)  # 11 to 13 September 2017

    move_report(report=report, to="under_review", user=editor)
    move_report(report=report, to="adopted", user=editor)
    move_report(report=report, to="published", user=editor, symbol="CTOC/COP/WG.7/2017/5")

    report.refresh_from_db()
    assert report.adopted_on == datetime.date(2017, 9, 13)
    assert report.reissue.issue_date == datetime.date(2017, 9, 13)


def test_publication_reissues_the_report_as_a_public_general_document_with_its_text(
    seeds, editor, client
):
    report = imported_report(seeds, FOURTH)
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    assert not Document.objects.public().filter(pk=report.document_id).exists()
    with pytest.raises(ValidationError, match="symbol"):
        move_report(report=report, to="published", user=editor)

    move_report(report=report, to="published", user=editor, symbol="CTOC/COP/WG.7/2017/5")

    document = Document.objects.public().get(symbol="CTOC/COP/WG.7/2017/5")
    assert (document.type, document.distribution) == ("report", "general")
    assert document.replaces_id == report.document_id
    version = document.versions.get(language="zh")
    assert (
        version.paragraphs.filter(number=13).get().text.startswith("《联合国打击跨国有组织犯罪公约")
    )
    assert DraftReport.objects.public().filter(pk=report.pk).exists()
    assert not Document.objects.public().filter(pk=report.document_id).exists()
    page = client.get(document.get_absolute_url())
    assert page.status_code == 200
    assert "工作组于 2017 年 9 月 13 日通过了本次会议报告" in page.content.decode()


def test_an_adopted_report_can_be_neither_edited_nor_regenerated(seeds, editor):
    from reports.services.generation import generate_report

    report = imported_report(seeds, FOURTH)
    move_report(report=report, to="under_review", user=editor)
    move_report(report=report, to="adopted", user=editor)
    section = report.sections.get(language="zh", key="adoption")

    with pytest.raises(ValidationError, match="final"):
        save_report_section(
            section=section, text="21. 改过的文字。", expected_version=section.version, user=editor
        )
    with pytest.raises(ValidationError, match="final"):
        generate_report(meeting=report.meeting, user=editor)

    section.refresh_from_db()
    assert section.text == "21. 工作组于 2017 年 9 月 13 日通过了本次会议报告。"
