"""Reading a UN text into chapters, sections, numbered paragraphs, sub-paragraphs and bullets."""

from pathlib import Path

import pytest

from documents.parsing.results import ParsedText, ParseError
from documents.parsing.structure import parse_text

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip(f"the seed texts are not at {SEEDS} (../shared is absent)")
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in paths}


@pytest.fixture(scope="module")
def background_paper(seed_texts: dict[str, str]) -> ParsedText:
    return parse_text(seed_texts["002"])


def headings_under(parsed: ParsedText, chapter: str) -> list[tuple[str, str]]:
    index = next(
        i for i, h in enumerate(parsed.headings) if h.kind == "chapter" and h.number == chapter
    )
    return [(h.kind, h.number) for h in parsed.headings if h.parent == index]


def test_the_background_paper_has_six_chapters(background_paper: ParsedText) -> None:
    chapters = [(h.number, h.text) for h in background_paper.headings if h.kind == "chapter"]

    assert chapters == [
        ("一", "导言"),
        ("二", "供讨论的问题"),
        ("三", "问题概述和相关专题"),
        ("四", "执法合作"),
        ("五", "工作组先前就相关专题提出的建议"),
        ("六", "关键工具和建议的参考材料"),
    ]


def test_the_background_paper_subsections_sit_under_their_chapters(
    background_paper: ParsedText,
) -> None:
    assert headings_under(background_paper, "三") == [("subsection", str(n)) for n in range(1, 6)]
    assert headings_under(background_paper, "四") == [("subsection", "1"), ("subsection", "2")]
    first = next(h for h in background_paper.headings if h.kind == "subsection")
    assert first.text == "偷运移民及其主要路线"


def test_the_background_paper_has_paragraphs_1_to_78_once_each_in_order(
    background_paper: ParsedText,
) -> None:
    assert [p.number for p in background_paper.numbered] == list(range(1, 79))
    assert len(background_paper.footnotes) == 36
    assert background_paper.warnings == ()


def test_paragraphs_belong_to_the_innermost_heading_above_them(
    background_paper: ParsedText,
) -> None:
    by_number = {p.number: p for p in background_paper.numbered}
    headings = background_paper.headings

    assert headings[by_number[1].heading].text == "导言"
    assert headings[by_number[8].heading].text == "偷运移民及其主要路线"
    assert headings[by_number[72].heading].text == "《2018 年全球偷运移民问题研究》"
    assert headings[headings[by_number[72].heading].parent].number == "六"


def test_lettered_questions_and_bullets_belong_to_the_paragraph_they_follow(
    background_paper: ParsedText,
) -> None:
    paragraphs = background_paper.paragraphs
    questions = [p for p in paragraphs if p.kind == "subparagraph"]
    bullets = [p for p in paragraphs if p.kind == "bullet"]

    assert [p.label for p in questions] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"]
    assert {paragraphs[p.parent].number for p in questions} == {2}
    assert len(bullets) == 9
    assert {paragraphs[p.parent].number for p in bullets} == {3}
    assert questions[1].text == (
        "对被偷运的移民和难民而言，已确定在危机期间，特别是在冠状病毒病（新冠肺炎）疫情期间"
        "存在哪些易受犯罪侵害的具体脆弱因素？各国如何设法处理这些脆弱因素？"
    )


def test_headings_and_paragraphs_share_one_order(background_paper: ParsedText) -> None:
    orders = sorted(
        [h.order for h in background_paper.headings]
        + [p.order for p in background_paper.paragraphs]
    )

    assert orders == list(range(len(orders)))


def test_the_2020_draft_report_reads_its_chapters_and_keeps_the_agenda_in_paragraph_19(
    seed_texts: dict[str, str],
) -> None:
    parsed = parse_text(seed_texts["000"])

    assert [p.number for p in parsed.numbered] == list(range(1, 28))
    assert [h.number for h in parsed.headings if h.kind == "chapter"] == list("一二三四五")
    agenda = [p for p in parsed.paragraphs if p.parent is not None and p.label.endswith(".")]
    assert [p.label for p in agenda] == ["1.", "2.", "3.", "4.", "5."]
    assert {parsed.paragraphs[p.parent].number for p in agenda} == {19}
    assert parsed.warnings == ()


def test_the_2017_draft_report_gives_each_recommendation_its_heading(
    seed_texts: dict[str, str],
) -> None:
    parsed = parse_text(seed_texts["004"])

    assert [p.number for p in parsed.numbered] == list(range(1, 22))
    recommendations = [h for h in parsed.headings if h.text.startswith("建议 ")]
    assert [h.text for h in recommendations] == [f"建议 {n}" for n in range(1, 9)]
    subsection = parsed.headings[recommendations[0].parent]
    assert (subsection.kind, subsection.number) == ("subsection", "1")
    first = next(
        p for p in parsed.paragraphs if p.heading == parsed.headings.index(recommendations[0])
    )
    assert first.kind == "text"
    assert first.text.startswith("鼓励缔约国加强实施《联合国打击跨国有组织犯罪公约》")
    assert parsed.warnings == ()


def test_the_thematic_summary_puts_key_topics_under_each_theme(
    seed_texts: dict[str, str],
) -> None:
    parsed = parse_text(seed_texts["001"])

    assert [p.number for p in parsed.numbered] == list(range(1, 80))
    theme = next(h for h in parsed.headings if h.text == "刑事司法对策")
    key_topics = parsed.headings[parsed.headings.index(theme) + 1]
    assert key_topics.text == "关键议题"
    assert key_topics.parent == parsed.headings.index(theme)
    by_number = {p.number: p for p in parsed.numbered}
    # The summaries under a theme belong to the theme, not to its list of key topics.
    assert parsed.headings[by_number[4].heading].text == "刑事司法对策"
    assert parsed.warnings == ()


def test_full_width_lettered_sub_paragraphs_are_read() -> None:
    parsed = parse_text(
        "一. 导言\n\n"
        "1. 各代表团不妨考虑下列问题：\n"
        "（a）缔约国如何加强对策？\n"
        "（b）有哪些良好做法？\n"
    )

    assert [(p.label, p.text) for p in parsed.paragraphs[1:]] == [
        ("(a)", "缔约国如何加强对策？"),
        ("(b)", "有哪些良好做法？"),
    ]
    assert {p.parent for p in parsed.paragraphs[1:]} == {0}


def test_full_width_paragraph_numbers_and_round_bullets_are_read() -> None:
    parsed = parse_text(
        "一．导言\n\n1．工作组审议了下列问题：\n• 边境管制；\n· 国际合作。\n2．工作组通过了报告。\n"
    )

    assert [(p.kind, p.number, p.label, p.text) for p in parsed.paragraphs] == [
        ("numbered", 1, "", "工作组审议了下列问题："),
        ("bullet", None, "•", "边境管制；"),
        ("bullet", None, "·", "国际合作。"),
        ("numbered", 2, "", "工作组通过了报告。"),
    ]
    assert [p.parent for p in parsed.paragraphs] == [None, 0, 0, None]


def test_a_markdown_text_reads_its_hash_headings() -> None:
    parsed = parse_text(
        "# 偷运移民问题工作组\n\n"
        "2020 年 9 月 8 日和 9 日，维也纳\n\n"
        "# 报告草稿\n\n"
        "## 一. 导言\n\n"
        "1. 工作组第七次会议于 2020年 9月 8日和 9日在维也纳举行。\n\n"
        "## 二. 建议\n\n"
        "### 关键议题\n\n"
        "- 边境管制；\n"
        "- 国际合作。\n\n"
        "2. 工作组通过了以下建议：\n\n"
        "- (a) 第一项建议；\n"
        "- (b) 第二项建议。\n"
    )

    assert [(h.kind, h.number, h.text) for h in parsed.headings] == [
        ("chapter", "一", "导言"),
        ("chapter", "二", "建议"),
        ("heading", "", "关键议题"),
    ]
    assert parsed.headings[2].parent == 1
    assert [(p.kind, p.label) for p in parsed.paragraphs] == [
        ("numbered", ""),
        ("bullet", "-"),
        ("bullet", "-"),
        ("numbered", ""),
        ("subparagraph", "(a)"),
        ("subparagraph", "(b)"),
    ]
    assert parsed.masthead.body_name == "偷运移民问题工作组"
    assert parsed.masthead.document_type == "draft_report"
    assert parsed.masthead.meeting_ordinal == 7


def test_a_long_report_numbers_its_paragraphs_past_999() -> None:
    paragraphs = "\n".join(f"{n}. 第 {n} 段说明相关做法。" for n in range(1, 1201))

    parsed = parse_text(f"一. 导言\n{paragraphs}\n")

    assert [p.number for p in parsed.numbered] == list(range(1, 1201))
    assert parsed.warnings == ()


def test_a_gap_and_a_repeat_in_the_paragraph_numbers_are_reported() -> None:
    parsed = parse_text(
        "一. 导言\n\n1. 第一段。\n\n2. 第二段。\n\n4. 第四段。\n\n4. 又是第四段。\n"
    )

    assert [p.number for p in parsed.numbered] == [1, 2, 4, 4]
    # The second 4 is kept as a part of its own: one version never holds two paragraphs 4.
    assert [p.part for p in parsed.numbered] == [0, 0, 0, 1]
    assert [(w.code, w.line) for w in parsed.warnings] == [
        ("numbering-gap", 7),
        ("numbering-restarts", 9),
    ]
    assert parsed.warnings[0].message == "Paragraph 4 follows paragraph 2: paragraph 3 is missing."
    assert "starts again at 4" in parsed.warnings[1].message


def test_a_text_without_numbered_paragraphs_is_read_as_unnumbered_paragraphs() -> None:
    parsed = parse_text("这是一封信。\n\n我们收到了您的来信，谢谢。\n")

    assert [(p.kind, p.text) for p in parsed.paragraphs] == [
        ("text", "这是一封信。"),
        ("text", "我们收到了您的来信，谢谢。"),
    ]
    assert [w.code for w in parsed.warnings] == ["no-numbered-paragraphs"]
    assert "2 unnumbered paragraphs" in parsed.warnings[0].message


def test_an_annex_numbers_its_paragraphs_again_as_a_part_of_its_own() -> None:
    parsed = parse_text(
        "一. 导言\n\n1. 第一段。\n\n2. 第二段。\n\n附件\n\n1. 附件第一段。\n\n2. 附件第二段。\n"
    )

    assert [(p.number, p.part) for p in parsed.numbered] == [(1, 0), (2, 0), (1, 1), (2, 1)]
    assert not parsed.warnings


def test_an_empty_text_is_refused() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_text(" \n\n \n")
