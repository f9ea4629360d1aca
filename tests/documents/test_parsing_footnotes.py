"""Footnotes: note blocks cut out of the running text, calls found and attached to paragraphs."""

from pathlib import Path

import pytest

from documents.parsing.results import ParsedText
from documents.parsing.structure import parse_text

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

# Seed 002, read by hand: the number of the paragraph that calls each note. Note 4 is called in
# the subsection title "1. 偷运移民及其主要路线4" and goes to the first paragraph under it.
CALLED_IN_002 = {
    **{"1": 5, "2": 6, "3": 6, "4": 8, "5": 8, "6": 8, "7": 10, "8": 11, "9": 13, "10": 14},
    **{"11": 15, "12": 16, "13": 17, "14": 20, "15": 21, "16": 22, "17": 23, "18": 26},
    **{"19": 27, "20": 28, "21": 29, "22": 29, "23": 30, "24": 30, "25": 31, "26": 32},
    **{"27": 32, "28": 33, "29": 34, "30": 36, "31": 38, "32": 40, "33": 43, "34": 51},
    **{"35": 56, "36": 57},
}


@pytest.fixture(scope="module")
def background_paper() -> ParsedText:
    path = next(SEEDS.glob("002_*.txt"), None)
    if path is None:
        pytest.skip(f"the seed texts are not at {SEEDS} (../shared is absent)")
    return parse_text(path.read_text(encoding="utf-8"))


def test_the_background_paper_has_its_36_notes_in_order(background_paper: ParsedText) -> None:
    assert [note.marker for note in background_paper.footnotes] == [
        str(number) for number in range(1, 37)
    ]


def test_each_note_of_the_background_paper_goes_to_the_paragraph_calling_it(
    background_paper: ParsedText,
) -> None:
    paragraphs = background_paper.paragraphs
    called = {
        note.marker: paragraphs[note.paragraph].number
        for note in background_paper.footnotes
        if note.paragraph is not None
    }

    assert called == CALLED_IN_002
    for note in background_paper.footnotes:
        assert paragraphs[note.paragraph].footnote_markers.count(note.marker) == 1


def test_calls_are_left_out_of_the_paragraph_text(background_paper: ParsedText) -> None:
    by_number = {p.number: p.text for p in background_paper.numbered}

    assert by_number[5].endswith(
        "有组织犯罪集团便可能会乘机迅速行动、视情况变化采取应对办法和不断坐大。"
    )
    assert "2013 年菲律宾的台风海燕或最近于 2020 年" in by_number[6]
    assert "如何影响向欧洲和北美偷运移民" not in by_number[16]
    assert "正如毒品和犯罪问题办公室最近的研究指出的那样，这些措施" in by_number[16]


def test_numbers_that_count_something_are_not_taken_for_calls(
    background_paper: ParsedText,
) -> None:
    by_number = {p.number: p.text for p in background_paper.numbered}

    assert "平均年龄在 30岁至 35 岁之间。通常" in by_number[13]
    assert "第 19 条第 1款所述" in by_number[50]
    assert "根据关于难民地位的1951年公约和1967年议定书" in by_number[50]


def test_the_note_on_the_masthead_is_not_a_footnote_of_a_paragraph(
    background_paper: ParsedText,
) -> None:
    assert "*" not in [note.marker for note in background_paper.footnotes]
    assert any(
        ref.target == "CTOC/COP/WG.7/2020/1" and ref.paragraph is None and ref.footnote is None
        for ref in background_paper.references
    )


def test_a_wrapped_note_line_that_begins_with_a_number_continues_the_note() -> None:
    parsed = parse_text(
        "一. 导言\n"
        "1. 劳工组织估计就业机会剧减。1难民署也有报告。2\n"
        "__________________\n"
        " 1 国际劳工组织，“劳工组织监测”，第 4 版，2020 年 5 月\n"
        "27 日。\n"
        " 2 同上。\n"
    )

    assert [(note.marker, note.text) for note in parsed.footnotes] == [
        ("1", "国际劳工组织，“劳工组织监测”，第 4 版，2020 年 5 月27 日。"),
        ("2", "同上。"),
    ]
    assert parsed.numbered[0].footnote_markers == ("1", "2")
    assert parsed.numbered[0].text == "劳工组织估计就业机会剧减。难民署也有报告。"
    assert parsed.warnings == ()


def test_the_page_after_a_note_block_continues_the_paragraph_it_interrupted() -> None:
    # As in seed 002: the next page follows the last note without the usual empty line.
    text = (
        "一. 导言 \n\n"
        " \n\n"
        "1. 偷运服务的需求出现变化，疫情应对措施增加了侦查的难度。1\n\n"
        "__________________ \n\n"
        " 1 毒品和犯罪问题办公室，《研究简报》（2020 年 5 \n\n"
        "月）。 \n"
        " 然而，旅行限制并没有阻止偷运移民活动。 \n\n"
        "2. 第二段。 \n\n"
    )

    parsed = parse_text(text)

    assert [p.number for p in parsed.numbered] == [1, 2]
    assert parsed.numbered[0].text.endswith(
        "增加了侦查的难度。然而，旅行限制并没有阻止偷运移民活动。"
    )
    assert parsed.footnotes[0].text == "毒品和犯罪问题办公室，《研究简报》（2020 年 5月）。"


def test_english_calls_glued_after_a_full_stop_are_found() -> None:
    parsed = parse_text(
        "I. Introduction\n\n"
        "1. The Working Group met in Vienna.1 It adopted recommendations 1 to 8.\n\n"
        "2. Version 2.1 of the toolkit was presented by UNODC.2\n\n"
        "__________________\n"
        "1 See CTOC/COP/WG.7/2020/2.\n"
        "2 Available at www.unodc.org.\n"
    )

    assert [p.footnote_markers for p in parsed.numbered] == [("1",), ("2",)]
    assert parsed.numbered[0].text == (
        "The Working Group met in Vienna. It adopted recommendations 1 to 8."
    )
    assert parsed.numbered[1].text == "Version 2.1 of the toolkit was presented by UNODC."


def test_a_call_without_a_note_is_reported() -> None:
    parsed = parse_text(
        "一. 导言\n"
        "1. 工作组举行了会议。1\n"
        "2. 工作组通过了建议。2\n"
        "__________________\n"
        " 1 见 CTOC/COP/WG.7/2020/1。\n"
    )

    assert [(w.code, w.message, w.line) for w in parsed.warnings] == [
        ("footnote-unmatched", "Footnote 2 is called but its note was not found.", 3)
    ]


def test_a_note_never_called_is_reported() -> None:
    parsed = parse_text(
        "一. 导言\n"
        "1. 工作组举行了会议。1\n"
        "__________________\n"
        " 1 见 CTOC/COP/WG.7/2020/1。\n"
        " 2 同上。\n"
    )

    assert [(w.code, w.message, w.line) for w in parsed.warnings] == [
        ("footnote-unmatched", "Note 2 is never called in the text.", 5)
    ]


def test_a_note_called_with_a_star_in_a_paragraph_is_attached_to_it() -> None:
    parsed = parse_text(
        "I. Introduction\n\n"
        "1. The report was adopted.*\n\n"
        "__________________\n"
        "* Issued without formal editing.\n"
    )

    assert parsed.footnotes[0].marker == "*"
    assert parsed.footnotes[0].paragraph == 0
    assert parsed.numbered[0].text == "The report was adopted."


def test_a_call_lost_in_extraction_does_not_stop_the_later_ones() -> None:
    parsed = parse_text(
        "一. 导言\n"
        "1. 工作组举行了会议。1\n"
        "2. 工作组审议了研究报告 2 并听取了发言。\n"
        "3. 工作组通过了建议。3\n"
        "__________________\n"
        " 1 见 CTOC/COP/WG.7/2020/1。\n"
        " 2 同上。\n"
        " 3 同上。\n"
    )

    assert [p.footnote_markers for p in parsed.numbered] == [("1",), (), ("3",)]
    assert [(w.code, w.message) for w in parsed.warnings] == [
        ("footnote-unmatched", "Note 2 is never called in the text.")
    ]


def test_numbers_in_bracketed_draft_text_are_not_calls() -> None:
    parsed = parse_text(
        "一. 导言\n"
        "1. 工作组在[第二场会议1][第三场会议]上审议了议程项目。1\n"
        "__________________\n"
        " 1 见 CTOC/COP/WG.7/2020/1。\n"
    )

    assert parsed.numbered[0].text == "工作组在[第二场会议1][第三场会议]上审议了议程项目。"
    assert parsed.numbered[0].footnote_markers == ("1",)
