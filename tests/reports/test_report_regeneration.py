"""Regenerating a draft imported from the secretariat's file (seeds 000 and 004) from the editor
pages: the draft's own chapters and sections are filled or left, never doubled, and a report in
one language prints only facts the portal has in that language.
"""

import datetime

import pytest
from django.urls import reverse

from documents.parsing.dates import read_dates
from documents.parsing.reports import read_report
from documents.parsing.structure import parse_text
from meetings.models import AgendaItem
from recommendations.models import Recommendation
from reports.exports import report_text
from reports.models import DraftReport, ReportSection
from reports.services.checks import report_checks
from reports.services.generation import generate_report
from reports.services.sections import save_report_section
from reports.writing import PLACEHOLDER, split_paragraphs
from tests.factories import AgendaItemFactory, MeetingFactory, RecommendationFactory
from tests.reports.test_report_import import FOURTH, SEVENTH, imported
from tests.reports.test_revised_imports import import_job

pytestmark = pytest.mark.django_db


def regenerate(editor_client, report: DraftReport, **data) -> None:
    response = editor_client.post(reverse("report-regenerate", args=[report.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]


def chinese_sections(report: DraftReport) -> list[tuple]:
    return list(
        report.sections.filter(language="zh")
        .order_by("order")
        .values_list("key", "number", "heading", "text", "version")
    )


def headings(report: DraftReport, language: str = "zh") -> list[str]:
    return list(
        report.sections.filter(language=language)
        .order_by("order")
        .values_list("heading", flat=True)
    )


def numbers(report: DraftReport, language: str = "zh") -> list[int]:
    return [
        block.number
        for text in report.sections.filter(language=language)
        .order_by("order")
        .values_list("text", flat=True)
        for block in split_paragraphs(text)
        if block.number
    ]


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def test_regenerating_the_seventh_meetings_draft_adds_no_chapter_or_section_twice(
    seeds, editor_client
):
    report = imported(seeds, SEVENTH).document.draft_report
    before = chinese_sections(report)

    regenerate(editor_client, report)
    english = list(report.sections.filter(language="en").values_list("key", "text", "version"))
    regenerate(editor_client, report)

    # The English report, placeholders for titles and all, is found again: nothing new.
    assert list(report.sections.filter(language="en").values_list("key", "text", "version")) == (
        english
    )

    # 000 has every part of the pattern: general recommendations first (II.A), then one section
    # per item, and its chapter III summarizes both items in its own paragraphs.
    assert chinese_sections(report) == before
    assert headings(report).count("一般性建议") == 1
    assert numbers(report) == list(range(1, 28))
    summary = report.sections.get(language="zh", key="summary").text
    assert summary.count("的议程项目 2。") == 1
    # The English report is the generator's alone: none of the draft's Chinese in it.
    english = report.sections.filter(language="en").values_list("heading", "text")
    assert not any(has_chinese(heading + text) for heading, text in english)


def test_regenerating_the_fourth_meetings_draft_fills_its_empty_chapter_three_once(
    seeds, editor_client, editor
):
    report = imported(seeds, FOURTH).document.draft_report
    recommendations = report.sections.get(language="zh", key="recommendations-a").text

    regenerate(editor_client, report)

    # 004 gathers every item's recommendations under "A. 关于特定议题的建议": no section is
    # added beside it, nor a second "一般性建议".
    assert headings(report)[:5] == [
        "引言",
        "建议",
        "关于特定议题的建议",
        "一般性建议",
        "审议情况概要",
    ]
    assert report.sections.get(language="zh", key="recommendations-a").text == recommendations
    summaries = report.sections.filter(language="zh", key__startswith="summary-").order_by("order")
    assert [s.heading for s in summaries] == [
        "利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战",
        "审查偷运移民定义的“金钱和物质利益”方面",
        "拟订用以审议《偷运移民议定书》实施情况的调查表",
    ]
    assert numbers(report) == list(range(1, len(numbers(report)) + 1))

    first = summaries[0]
    written = first.text.replace(PLACEHOLDER, "发言者强调了司法合作。")
    save_report_section(section=first, text=written, expected_version=first.version, user=editor)
    after_edit = chinese_sections(report)

    regenerate(editor_client, report)

    assert chinese_sections(report) == after_edit  # nothing doubled, the editor's words kept
    assert "发言者强调了司法合作。" in report.sections.get(pk=first.pk).text


def test_a_recommendation_the_draft_lacks_fills_the_drafts_own_section_of_its_item(
    seeds, editor_client
):
    report = imported(seeds, SEVENTH).document.draft_report
    item = AgendaItem.objects.get(meeting=report.meeting, number=3, letter="")
    RecommendationFactory(
        meeting=report.meeting, agenda_item=item, number=1, status=Recommendation.Status.DRAFT,
        text_zh="鼓励各国利用信息通信技术调查偷运移民案件。",
    )  # fmt: skip
    keys = [key for key, *_rest in chinese_sections(report)]

    regenerate(editor_client, report)

    # II.C of 000 is the item 3 section the draft left empty: the recommendation goes there.
    assert [key for key, *_rest in chinese_sections(report)] == keys
    third = report.sections.get(language="zh", key="recommendations-c")
    assert third.heading.startswith("利用技术包括信息通信技术防止和调查偷运移民")
    assert third.text == "4. 建议 1：鼓励各国利用信息通信技术调查偷运移民案件。"
    assert report.sections.get(language="zh", key="recommendations-a").text == ""
    assert numbers(report) == list(range(1, 29))


def test_an_english_report_prints_a_fact_known_only_in_chinese_as_an_open_item(db):
    meeting = MeetingFactory(venue_en="", venue_zh="维也纳")
    AgendaItem.objects.create(
        meeting=meeting, number=2, title_zh="利用技术防止偷运移民", title_en="", substantive=True
    )
    report = generate_report(meeting=meeting).report

    english = report.sections.filter(language="en")
    text = "\n".join(english.values_list("text", flat=True))
    assert not has_chinese(text + "".join(headings(report, "en")))
    summary = english.get(key="summary-a")
    assert summary.heading == PLACEHOLDER
    assert f"considered agenda item 2, entitled \u201c{PLACEHOLDER}\u201d" in summary.text
    assert (
        "was held in [……] on 8 and 9 September 2020" in english.get(key="organization-opening").text
    )
    agenda = english.get(key="organization-agenda")
    assert f"2. {PLACEHOLDER}." in agenda.text.splitlines()
    assert agenda.open_items.filter(kind="placeholder").exists()
    chinese = report.sections.get(language="zh", key="summary-a")
    assert chinese.heading == "利用技术防止偷运移民"
    unsettled = [p for p in report_checks(report=report, language="en") if p.code == "heading-open"]
    assert [problem.section.key for problem in unsettled] == ["recommendations-a", "summary-a"]
    assert not [p for p in report_checks(report=report, language="zh") if p.code == "heading-open"]


def test_a_chinese_report_prints_a_fact_known_only_in_english_as_an_open_item(db):
    meeting = MeetingFactory(venue_en="Vienna", venue_zh="")
    AgendaItem.objects.create(
        meeting=meeting, number=2, title_en="Use of technology", title_zh="", substantive=True
    )
    report = generate_report(meeting=meeting).report

    chinese = report.sections.filter(language="zh")
    printed = " ".join(
        f"{heading} {text}" for heading, text in chinese.values_list("heading", "text")
    )
    assert "Vienna" not in printed and "Use of technology" not in printed
    opening = chinese.get(key="organization-opening")
    assert "于2020年9月8日和9日在[……]举行" in opening.text
    assert chinese.get(key="recommendations-a").heading == f"关于{PLACEHOLDER}的建议"
    assert ReportSection.objects.get(report=report, language="en", key="summary-a").heading == (
        "Use of technology"
    )


def test_an_item_added_to_the_agenda_gets_its_sections_before_the_general_recommendations(db):
    meeting = MeetingFactory()
    for number, title in ((2, "Use of technology"), (3, "Protection of migrants")):
        AgendaItem.objects.create(meeting=meeting, number=number, title_en=title, substantive=True)
    report = generate_report(meeting=meeting, languages=("en",)).report
    AgendaItem.objects.create(
        meeting=meeting, number=4, title_en="Financial and material benefit", substantive=True
    )

    generate_report(meeting=meeting, languages=("en",))

    chapter_two = report.sections.filter(language="en", key__startswith="recommendations-")
    assert [(s.number, s.heading) for s in chapter_two.order_by("order")] == [
        ("A", "Recommendations on use of technology"),
        ("B", "Recommendations on protection of migrants"),
        ("C", "Recommendations on financial and material benefit"),
        ("D", "General recommendations"),
    ]
    summaries = report.sections.filter(language="en", key__startswith="summary-").order_by("order")
    assert [s.heading for s in summaries] == [
        "Use of technology", "Protection of migrants", "Financial and material benefit",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("start", "end", "chinese", "english"),
    [
        (
            (2020, 9, 8),
            (2020, 9, 9),
            "于2020年9月8日和9日在维也纳举行",
            "on 8 and 9 September 2020",
        ),
        (
            (2017, 9, 11),
            (2017, 9, 13),
            "于2017年9月11日至13日在维也纳举行",
            "from 11 to 13 September 2017",
        ),
        (
            (2012, 5, 30),
            (2012, 6, 1),
            "于2012年5月30日至6月1日在维也纳举行",
            "from 30 May to 1 June 2012",
        ),
    ],
)
def test_the_meetings_dates_are_printed_in_un_style_in_each_language(
    db, start, end, chinese, english
):
    meeting = MeetingFactory(start_date=datetime.date(*start), end_date=datetime.date(*end))

    report = generate_report(meeting=meeting).report

    opening = {s.language: s.text for s in report.sections.filter(key="organization-opening")}
    assert chinese in opening["zh"]
    assert f"held in Vienna {english}." in opening["en"]
    read = read_report(parse_text(report_text(report, "en"), language="en"))
    assert (read.start, read.end) == (meeting.start_date, meeting.end_date)


@pytest.mark.parametrize(
    "printed", ["2020 年 9 月 8 日和 9 日", "2020年 9月 8日和 9日", "2020年9月8日和9日"]
)
def test_the_parser_reads_the_seeds_spaced_dates_as_it_reads_the_writers(printed):
    assert read_dates(f"会议于 {printed}在维也纳举行。")[:2] == (
        datetime.date(2020, 9, 8), datetime.date(2020, 9, 9),
    )  # fmt: skip


def test_the_english_report_of_the_seventh_meeting_reads_back_to_its_dates(seeds):
    report = imported(seeds, SEVENTH).document.draft_report
    # The draft came in Chinese: the editor asks for the English version too.
    generate_report(meeting=report.meeting, languages=("zh", "en"))

    read = read_report(parse_text(report_text(report, "en"), language="en"))

    assert (read.start, read.end) == (datetime.date(2020, 9, 8), datetime.date(2020, 9, 9))
    assert read.adopted_on == datetime.date(2020, 9, 9)
    held_before = report.meeting.body.meetings.filter(ordinal__lt=7).order_by("ordinal")
    assert [(m.ordinal, m.start, m.end) for m in read.previous_meetings] == [
        (m.ordinal, m.start_date, m.end_date) for m in held_before
    ]
    assert len(read.previous_meetings) == 6


def fourth_reworded(seeds, old: str, new: str) -> DraftReport:
    """Seed 004 with one line reworded, imported as the secretariat's draft."""
    text = (seeds / FOURTH).read_text(encoding="utf-8")
    assert text.count(old) == 1
    job = import_job(FOURTH, text.replace(old, new).encode())
    assert job.status == "succeeded", job.log
    return job.document.draft_report


def test_a_chapter_titled_outside_the_pattern_is_matched_by_its_number(seeds, editor_client):
    report = fourth_reworded(seeds, "三. 审议情况概要", "三. 审议摘要")
    assert report.sections.filter(language="zh", key="chapter-3").exists()

    regenerate(editor_client, report)

    chapters = report.sections.filter(language="zh", kind="chapter").order_by("order")
    assert [(c.number, c.heading) for c in chapters] == [
        ("一", "引言"), ("二", "建议"), ("三", "审议摘要"), ("四", "会议安排"), ("五", "通过报告"),
    ]  # fmt: skip
    summaries = report.sections.filter(language="zh", key__startswith="summary-")
    assert summaries.count() == 3  # the items' sections the draft lacks, once each


def test_recommendations_the_draft_prints_under_another_heading_are_not_printed_again(
    seeds, editor_client
):
    # The topic heading no longer names agenda item 2: the recommendations are stored under no
    # item, and the generator would list them as general ones.
    report = fourth_reworded(
        seeds,
        "1. 利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战\n",
        "1. 利用《公约》应对各项挑战\n",
    )
    before = {key: text for key, _n, _h, text, _v in chinese_sections(report)}

    regenerate(editor_client, report)

    after = {key: text for key, _n, _h, text, _v in chinese_sections(report)}
    chapter_two = {key: text for key, text in after.items() if key.startswith("recommendations")}
    assert chapter_two.keys() == {"recommendations", "recommendations-a", "recommendations-b"}
    assert after["recommendations-b"] == before["recommendations-b"] == ""  # 一般性建议
    printed = "\n".join(after.values())
    assert printed.count("建议 1") == 1


def test_a_recommendation_moved_to_the_general_ones_moves_on_regeneration(db):
    meeting = MeetingFactory()
    item = AgendaItem.objects.create(
        meeting=meeting, number=2, title_en="Use of technology", substantive=True
    )
    RecommendationFactory(meeting=meeting, agenda_item=item, number=1, text_en="Share data.")
    moved = RecommendationFactory(meeting=meeting, agenda_item=item, number=2, text_en="Train.")
    report = generate_report(meeting=meeting, languages=("en",)).report
    moved.agenda_item = None
    moved.save()

    generate_report(meeting=meeting, languages=("en",))

    chapter_two = report.sections.filter(language="en", key__startswith="recommendations-")
    assert [(s.heading, s.text) for s in chapter_two.order_by("order")] == [
        ("Recommendations on use of technology", "4. Recommendation 1: Share data."),
        ("General recommendations", "5. Recommendation 2: Train."),
    ]


def test_the_report_and_the_meeting_page_say_the_same_day_the_agenda_was_adopted(db, client):
    # Items adopted on two days (an item added at the second sitting): the agenda stands
    # adopted on the later; while any item is provisional it is not adopted at all.
    meeting = MeetingFactory(
        start_date=datetime.date(2020, 9, 8), end_date=datetime.date(2020, 9, 9)
    )
    adopted = AgendaItem.Status.ADOPTED
    first = AgendaItemFactory(meeting=meeting, status=adopted, adopted_on=meeting.start_date)
    AgendaItemFactory(meeting=meeting, status=adopted, adopted_on=meeting.end_date)

    report = generate_report(meeting=meeting, languages=("en",)).report
    agenda = report.sections.get(language="en", key="organization-agenda").text
    page = client.get(meeting.get_absolute_url()).content.decode()

    assert "At its first meeting, on 9 September 2020, the Working Group adopted" in agenda
    assert '<time datetime="2020-09-09">9 September 2020</time>' in page

    first.status, first.adopted_on = AgendaItem.Status.PROVISIONAL, None
    first.save()
    agenda = generate_report(meeting=meeting, languages=("en",)).report.sections.get(
        language="en", key="organization-agenda"
    )
    page = client.get(meeting.get_absolute_url()).content.decode()

    assert f"At its first meeting, on {PLACEHOLDER}, the Working Group adopted" in agenda.text
    assert "Provisional agenda: not yet adopted" in page
