"""The masthead: symbol, distribution, dates, languages, body, meeting, type, agenda item, title."""

from datetime import date
from pathlib import Path

import pytest

from documents.parsing.results import Masthead
from documents.parsing.structure import parse_text

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def seed_masthead(prefix: str) -> Masthead:
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"the seed texts are not at {SEEDS} (../shared is absent)")
    return parse_text(path.read_text(encoding="utf-8")).masthead


def masthead_of(top: str) -> Masthead:
    """The masthead of a short text: `top`, then a chapter and a paragraph."""
    return parse_text(f"{top}\n\n一. 导言\n\n1. 工作组举行了会议。\n").masthead


def test_the_background_paper_masthead_reads_as_printed() -> None:
    masthead = seed_masthead("002")

    assert masthead.symbol == "CTOC/COP/WG.7/2020/2"
    # 002 prints no "Distr.": the masthead says none; the import reads General from the symbol.
    assert masthead.distribution is None
    assert masthead.language == "zh"
    assert masthead.body_name == "偷运移民问题工作组"
    assert masthead.meeting_ordinal == 7
    assert (masthead.meeting_start, masthead.meeting_end) == (date(2020, 9, 8), date(2020, 9, 9))
    assert masthead.venue == "维也纳"
    assert masthead.agenda_item == "2"
    assert masthead.document_type == "background_paper"
    assert masthead.job_number == "V.20-03080"
    assert masthead.title == (
        "自然灾害、冲突和危机（例如新冠肺炎疫情）对有组织犯罪集团趋势和偷运移民路线的影响，"
        "以及在此类危机期间支持有效执法合作以侦查、调查和起诉此类案件的良好做法"
    )


def test_the_2020_draft_report_masthead_gives_its_meeting() -> None:
    masthead = seed_masthead("000")

    assert masthead.document_type == "draft_report"
    assert masthead.meeting_ordinal == 7
    assert (masthead.meeting_start, masthead.meeting_end) == (date(2020, 9, 8), date(2020, 9, 9))
    assert masthead.venue == "维也纳"
    assert masthead.symbol is None
    assert masthead.title == "报告草稿"


def test_the_2017_draft_report_masthead_reads_the_word_export_column() -> None:
    masthead = seed_masthead("004")

    assert masthead.symbol is None
    assert masthead.distribution == "limited"
    assert masthead.issue_date == date(2017, 9, 11)
    assert masthead.language == "zh"
    assert masthead.original_language == "en"
    assert masthead.body_name == "偷运移民问题工作组"
    assert masthead.document_type == "draft_report"
    assert masthead.meeting_ordinal == 4
    assert (masthead.meeting_start, masthead.meeting_end) == (date(2017, 9, 11), date(2017, 9, 13))


def test_the_thematic_summary_masthead_keeps_its_title_apart_from_its_type() -> None:
    masthead = seed_masthead("001")

    assert masthead.document_type == "thematic_summary"
    assert masthead.title == "自偷运移民问题工作组第一次会议以来的背景文件"
    assert (masthead.meeting_start, masthead.meeting_end) == (
        date(2021, 10, 14),
        date(2021, 10, 15),
    )
    # "第一次会议" is in the title ("since the first meeting"), not the meeting it serves.
    assert masthead.meeting_ordinal is None


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("2020 年 9 月 8 日至 9 日，维也纳", date(2020, 9, 8), date(2020, 9, 9)),
        ("2020 年 9 月 8 日和 9 日，维也纳", date(2020, 9, 8), date(2020, 9, 9)),
        ("2017年9月11日至13日，维也纳", date(2017, 9, 11), date(2017, 9, 13)),
        ("2012 年 5 月 30 日至 6 月 1 日，维也纳", date(2012, 5, 30), date(2012, 6, 1)),
        ("Vienna, 8 and 9 September 2020", date(2020, 9, 8), date(2020, 9, 9)),
        ("Vienna, 11–13 September 2017", date(2017, 9, 11), date(2017, 9, 13)),
        ("Vienna, 30 May–1 June 2012", date(2012, 5, 30), date(2012, 6, 1)),
        ("Vienne, 8 et 9 septembre 2020", date(2020, 9, 8), date(2020, 9, 9)),
    ],
)
def test_meeting_dates_and_venue_are_read_in_each_printed_form(
    line: str, start: date, end: date
) -> None:
    masthead = masthead_of(line)

    assert (masthead.meeting_start, masthead.meeting_end) == (start, end)
    assert masthead.venue in ("维也纳", "Vienna", "Vienne")


@pytest.mark.parametrize(
    ("line", "issued"),
    [("11 September 2017", date(2017, 9, 11)), ("2020年9月8日", date(2020, 9, 8))],
)
def test_a_date_alone_is_the_issue_date(line: str, issued: date) -> None:
    masthead = masthead_of(f"Distr.: General\n{line}")

    assert masthead.issue_date == issued
    assert masthead.meeting_start is None


@pytest.mark.parametrize(
    ("line", "document_type"),
    [
        ("报告草稿", "draft_report"),
        ("秘书处编写的背景文件", "background_paper"),
        ("秘书处编写的专题概要", "thematic_summary"),
        ("临时议程和说明", "provisional_agenda"),
        ("Background paper prepared by the Secretariat", "background_paper"),
        ("Provisional agenda and annotations", "provisional_agenda"),
        ("List of participants", "list_of_participants"),
    ],
)
def test_the_type_line_gives_the_document_type(line: str, document_type: str) -> None:
    assert masthead_of(line).document_type == document_type


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("临时议程*项目 2", "2"),
        ("临时议程项目 3（b）", "3(b)"),
        ("Item 2 of the provisional agenda*", "2"),
        ("Provisional agenda item 4 (a)", "4(a)"),
    ],
)
def test_the_agenda_item_is_read_without_its_note_call(line: str, item: str) -> None:
    assert masthead_of(line).agenda_item == item


def test_a_symbol_with_l_in_a_page_header_is_read_and_the_distribution_left_to_the_store() -> None:
    # The masthead gives what is printed; the store reads "L." as Limited (test_imports).
    masthead = masthead_of("CTOC/COP/WG.7/2020/L.1")

    assert masthead.symbol == "CTOC/COP/WG.7/2020/L.1"
    assert masthead.distribution is None


def test_the_ordinal_comes_from_the_meeting_held_on_the_masthead_dates() -> None:
    # A report recalls earlier meetings first; only the one held on its dates is its own.
    masthead = parse_text(
        "2020 年 9 月 8 日和 9 日，维也纳\n\n"
        "报告草稿\n\n"
        "一. 导言\n\n"
        "1. 工作组第一次会议于 2012 年 5 月 30 日至 6 月 1 日举行。\n\n"
        "二. 会议安排\n\n"
        "2. 偷运移民问题工作组第七次会议于 2020年 9月 8日和 9日在维也纳举行。\n"
    ).masthead

    assert masthead.meeting_ordinal == 7


def test_an_english_background_paper_names_its_meeting_in_its_purpose() -> None:
    masthead = parse_text(
        "Working Group on the Smuggling of Migrants\n"
        "Vienna, 8 and 9 September 2020\n\n"
        "Background paper prepared by the Secretariat\n\n"
        "I. Introduction\n\n"
        "1. The present paper was prepared to facilitate the discussions at the seventh\n"
        "meeting of the Working Group.\n"
    ).masthead

    assert masthead.meeting_ordinal == 7
    assert masthead.body_name == "Working Group on the Smuggling of Migrants"
    assert masthead.language == "en"
