"""The thematic summary of background papers: themes, key topics and the papers under them."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.results import ParseError
from documents.parsing.structure import parse_text
from documents.parsing.thematic import ThematicSummary, read_thematic_summary

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
THEMATIC_SEED = SEEDS / "001_e510f4c471b5d7a7.txt"

# The meeting each year's background papers were prepared for, as the seed names them.
MEETING_OF_YEAR = {2012: 1, 2013: 2, 2015: 3, 2017: 4, 2018: 5, 2019: 6, 2020: 7}
THEME_OF_PAPER = {
    "CTOC/COP/WG.7/2018/2": "刑事司法对策",
    "CTOC/COP/WG.7/2015/4": "刑事司法对策",
    "CTOC/COP/WG.7/2013/3": "刑事司法对策",
    "CTOC/COP/WG.7/2013/2": "刑事司法对策",
    "CTOC/COP/WG.7/2012/2": "刑事司法对策",
    "CTOC/COP/WG.7/2020/2": "危机的影响",
    "CTOC/COP/WG.7/2019/2": "国际合作",
    "CTOC/COP/WG.7/2013/4": "国际合作",
    "CTOC/COP/WG.7/2012/5": "国际合作",
    "CTOC/COP/WG.7/2019/3": "空中偷运",
    "CTOC/COP/WG.7/2015/2": "海上偷运",
    "CTOC/COP/WG.7/2017/4": "对《打击偷运移民议定书》和《打击有组织犯罪公约》的解释和利用",
    "CTOC/COP/WG.7/2017/3": "对《打击偷运移民议定书》和《打击有组织犯罪公约》的解释和利用",
    "CTOC/COP/WG.7/2012/3": "保护被偷运的移民",
    "CTOC/COP/WG.7/2015/3": "预防",
    "CTOC/COP/WG.7/2012/4": "预防",
    "CTOC/COP/WG.7/2020/3": "技术",
}

ENGLISH_SUMMARY = """\
Working Group on the Smuggling of Migrants
Vienna, 14 and 15 October 2021

Background papers since the first meeting of the Working Group on the
Smuggling of Migrants

Thematic summary prepared by the Secretariat

I. Introduction

1. Background papers were made available in all six official languages of the
United Nations for each meeting of the Working Group.

II. Summaries of background papers

Criminal justice responses

Key topics
Financial or other material benefit; online services; financial institutions;
interviews; international cooperation.

2. In 2018, the secretariat prepared a background paper for the fifth meeting
of the Working Group to inform its discussion on criminal justice responses
(CTOC/COP/WG.7/2018/2).

3. The paper emphasized the criminalization of the smuggling of migrants.

4. The Secretariat also prepared in 2013 a background paper for the second meeting
of the Working Group on special investigative techniques (CTOC/COP/WG.7/
2013/2).

Technology

Key topics: advertising; trading systems; fraudulent documents.

5. In 2020, the secretariat prepared a background paper for the seventh meeting
of the Working Group on the use of technology (CTOC/COP/WG.7/2020/3).

6. The paper analysed the challenges of using technology.
"""

# Short texts end each paragraph's last line with a space, as PDF extraction does in the seeds,
# and are single-spaced: in a double-spaced text an empty line means nothing.
CHINESE_HEAD = "偷运移民问题工作组 \n2021 年 10 月 14 日和 15 日，维也纳 \n\n二. 背景文件概要 \n\n"
CHINESE_THEME = "技术 \n\n关键议题 \n广告宣传；洗钱。 \n"


def read_seed() -> str:
    if not THEMATIC_SEED.is_file():
        pytest.skip(f"the thematic summary seed is not at {THEMATIC_SEED}")
    return THEMATIC_SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_summary() -> ThematicSummary:
    return read_thematic_summary(parse_text(read_seed()))


def read(text: str) -> ThematicSummary:
    return read_thematic_summary(parse_text(text))


def test_the_seed_summary_is_for_the_meeting_of_14_and_15_october_2021(
    seed_summary: ThematicSummary,
) -> None:
    assert (seed_summary.meeting_start, seed_summary.meeting_end) == (
        date(2021, 10, 14),
        date(2021, 10, 15),
    )


def test_the_seed_summary_has_79_numbered_paragraphs() -> None:
    numbered = parse_text(read_seed()).numbered
    assert [paragraph.number for paragraph in numbered] == list(range(1, 80))


def test_the_seed_summary_has_nine_themes_each_with_key_topics(
    seed_summary: ThematicSummary,
) -> None:
    assert [theme.name for theme in seed_summary.themes] == [
        "刑事司法对策",
        "危机的影响",
        "国际合作",
        "空中偷运",
        "海上偷运",
        "对《打击偷运移民议定书》和《打击有组织犯罪公约》的解释和利用",
        "保护被偷运的移民",
        "预防",
        "技术",
    ]
    assert [len(theme.key_topics) for theme in seed_summary.themes] == [
        23,
        8,
        14,
        7,
        11,
        19,
        7,
        11,
        9,
    ]
    assert [theme.order for theme in seed_summary.themes] == list(range(9))
    assert seed_summary.warnings == ()


def test_the_first_theme_lists_its_key_topics_joined_across_wrapped_lines(
    seed_summary: ThematicSummary,
) -> None:
    topics = seed_summary.themes[0].key_topics
    assert topics[:3] == ("金钱或其他物质利益", "网上服务", "金融机构")
    # "有组织犯罪；金" / "融调查；犯罪所得" wraps inside a topic; the list ends with "证人。".
    assert "金融调查" in topics
    assert topics[-1] == "证人"
    assert len(topics) == 23


def test_colons_typed_for_semicolons_still_separate_key_topics(
    seed_summary: ThematicSummary,
) -> None:
    air = seed_summary.themes[3]
    assert air.key_topics == (
        "空中偷运",
        "偷运路线",
        "机场的作用",
        "欺诈性证件",
        "腐败",
        "非法收益",
        "正常的移民途径",
    )


def test_the_seed_summary_covers_17_background_papers(seed_summary: ThematicSummary) -> None:
    assert len(seed_summary.papers) == 17
    assert {paper.symbol for paper in seed_summary.papers} == set(THEME_OF_PAPER)


def test_each_paper_was_prepared_for_the_meeting_of_its_year(
    seed_summary: ThematicSummary,
) -> None:
    assert {paper.symbol: (paper.year, paper.meeting_ordinal) for paper in seed_summary.papers} == {
        symbol: (int(symbol.split("/")[3]), MEETING_OF_YEAR[int(symbol.split("/")[3])])
        for symbol in THEME_OF_PAPER
    }


def test_each_paper_stands_under_its_theme(seed_summary: ThematicSummary) -> None:
    assert {
        paper.symbol: seed_summary.themes[paper.theme].name
        for paper in seed_summary.papers
        if paper.theme is not None
    } == THEME_OF_PAPER


def test_the_first_paper_is_summarized_in_paragraphs_4_to_9(
    seed_summary: ThematicSummary,
) -> None:
    first = seed_summary.papers[0]
    assert first.symbol == "CTOC/COP/WG.7/2018/2"
    assert first.paragraph_numbers == (4, 5, 6, 7, 8, 9)


def test_the_papers_share_paragraphs_4_to_79_without_gaps_or_overlaps(
    seed_summary: ThematicSummary,
) -> None:
    numbers = [number for paper in seed_summary.papers for number in paper.paragraph_numbers]
    assert numbers == list(range(4, 80))
    # The last paper of a theme stops before the next theme: 2013/2 is ¶18–20, 2012/2 ¶21–24.
    by_symbol = {paper.symbol: paper.paragraph_numbers for paper in seed_summary.papers}
    assert by_symbol["CTOC/COP/WG.7/2012/2"] == (21, 22, 23, 24)
    assert by_symbol["CTOC/COP/WG.7/2020/2"] == (25, 26, 27)


def test_an_english_summary_reads_its_themes_key_topics_and_papers() -> None:
    summary = read(ENGLISH_SUMMARY)
    assert (summary.meeting_start, summary.meeting_end) == (
        date(2021, 10, 14),
        date(2021, 10, 15),
    )
    assert [(theme.name, theme.key_topics) for theme in summary.themes] == [
        (
            "Criminal justice responses",
            (
                "Financial or other material benefit",
                "online services",
                "financial institutions",
                "interviews",
                "international cooperation",
            ),
        ),
        ("Technology", ("advertising", "trading systems", "fraudulent documents")),
    ]
    assert [
        (paper.symbol, paper.year, paper.meeting_ordinal, paper.theme, paper.paragraph_numbers)
        for paper in summary.papers
    ] == [
        ("CTOC/COP/WG.7/2018/2", 2018, 5, 0, (2, 3)),
        ("CTOC/COP/WG.7/2013/2", 2013, 2, 0, (4,)),
        ("CTOC/COP/WG.7/2020/3", 2020, 7, 1, (5, 6)),
    ]
    assert summary.warnings == ()


def test_key_topics_on_a_line_of_their_own_without_a_full_stop_are_read() -> None:
    summary = read(
        "II. Summaries of background papers\n\nTechnology\n\nKey topics\n\n"
        "Advertising; trading systems\n\n"
        "1. In 2020, the secretariat prepared a background paper\n"
        "for the seventh meeting of the Working Group on the use of technology\n"
        "(CTOC/COP/WG.7/2020/3).\n"
        "2. The paper analysed the challenges\nof using technology.\n"
    )
    assert [(theme.name, theme.key_topics) for theme in summary.themes] == [
        ("Technology", ("Advertising", "trading systems"))
    ]
    assert summary.papers[0].paragraph_numbers == (1, 2)


def test_a_paper_whose_symbol_does_not_parse_is_kept_with_a_warning() -> None:
    summary = read(
        CHINESE_HEAD
        + CHINESE_THEME
        + "1. 2020 年，秘书处为工作组第七次会议草拟了一份背景文件（CTOC/COP/WG.7/2020/3/Rev）。 \n"
    )
    paper = summary.papers[0]
    assert (paper.symbol, paper.year, paper.meeting_ordinal) == (None, 2020, 7)
    assert [warning.code for warning in summary.warnings] == ["bad-symbol"]
    assert "paragraph 1" in summary.warnings[0].message


def test_a_paper_citing_no_symbol_is_kept_with_a_warning() -> None:
    summary = read(
        CHINESE_HEAD + CHINESE_THEME + "1. 2020 年，秘书处为工作组第七次会议草拟了一份背景文件。 \n"
    )
    assert summary.papers[0].symbol is None
    assert [warning.code for warning in summary.warnings] == ["missing-symbol"]


def test_a_paper_with_no_meeting_is_kept_with_a_warning() -> None:
    summary = read(
        CHINESE_HEAD
        + CHINESE_THEME
        + "1. 2012，秘书处草拟了一份背景文件（CTOC/COP/WG.7/2012/4）。 \n"
        "2. 文件详细介绍了预防偷运移民的综合整体做法。 \n"
    )
    paper = summary.papers[0]
    assert (paper.symbol, paper.year, paper.meeting_ordinal) == ("CTOC/COP/WG.7/2012/4", 2012, None)
    assert paper.paragraph_numbers == (1, 2)
    assert [warning.code for warning in summary.warnings] == ["no-meeting"]


def test_a_theme_without_key_topics_is_kept_with_a_warning() -> None:
    summary = read(
        CHINESE_HEAD + "预防 \n\n"
        "1. 2015 年，秘书处为工作组第三次会议草拟了一份背景文件（CTOC/COP/WG.7/2015/3）。 \n"
    )
    assert [(theme.name, theme.key_topics) for theme in summary.themes] == [("预防", ())]
    assert summary.papers[0].theme == 0
    assert [warning.code for warning in summary.warnings] == ["no-key-topics"]
    assert "预防" in summary.warnings[0].message


def test_a_text_with_neither_papers_nor_key_topics_is_no_thematic_summary() -> None:
    parsed = parse_text("一. 导言 \n\n1. 本文件由秘书处编写，供工作组第七次会议审议。 \n")
    assert len(parsed.numbered) == 1
    with pytest.raises(ParseError, match="not a thematic summary"):
        read_thematic_summary(parsed)


ANY_CHARACTERS = (
    "秘书处为工作组第五次会议草拟了一份背景文件关键议题刑事司法对策一二年；。，：（）"
    "Key topics secretariat prepared a background paper for the fifth meeting"
    "CTOC/COP/WG.7/2018 0123456789.;:() \n"
)
PIECES = (
    " 二. 背景文件概要 \n\n",
    " 刑事司法对策 \n\n",
    "关键议题 \n",
    "金钱或其他物质利益；网上服务。 \n",
    "\n4. 2018 年，秘书处为工作组第五次会议草拟了一份背景文件",
    "（CTOC/COP/WG.7/2018/2）。 \n",
    "（CTOC/COP/）",
    "\nII. Summaries\n\nTechnology\n\nKey topics: ",
    "\n5. In 2020, the secretariat prepared a background paper for the seventh meeting ",
    "(CTOC/COP/WG.7/2020/3).\n",
)
ANY_TEXT = st.one_of(
    st.text(alphabet=ANY_CHARACTERS, max_size=300),
    st.lists(st.sampled_from(PIECES) | st.text(alphabet=ANY_CHARACTERS, max_size=12)).map("".join),
)


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_any_text_gives_a_thematic_summary_or_a_parse_error(text: str) -> None:
    try:
        parsed = parse_text(text)
        summary = read_thematic_summary(parsed)
    except ParseError:
        return
    assert isinstance(summary, ThematicSummary)
    for paper in summary.papers:
        assert paper.theme is None or 0 <= paper.theme < len(summary.themes)
        assert 0 <= paper.paragraph < len(parsed.paragraphs)
    for theme in summary.themes:
        assert 0 <= theme.heading < len(parsed.headings)
