"""References: the UN symbols and URLs each paragraph and footnote cites."""

from pathlib import Path

import pytest

from documents.parsing.results import ParsedText, Reference
from documents.parsing.structure import parse_text

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def seed(prefix: str) -> ParsedText:
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"the seed texts are not at {SEEDS} (../shared is absent)")
    return parse_text(path.read_text(encoding="utf-8"))


def cited_by_paragraph(parsed: ParsedText, number: int) -> list[str]:
    index = next(i for i, p in enumerate(parsed.paragraphs) if p.number == number)
    return [r.target for r in parsed.references if r.paragraph == index]


def test_a_symbol_broken_across_lines_is_read_whole() -> None:
    parsed = parse_text(
        "一. 导言\n\n"
        "1. 秘书处草拟了一份背景文件（CTOC/COP/WG.7/\n"
        "2013/4）。\n\n"
        "2. 另见 CTOC/COP/WG.7/ 2020/3 号文件。\n"
    )

    assert [(r.target, r.paragraph) for r in parsed.references] == [
        ("CTOC/COP/WG.7/2013/4", 0),
        ("CTOC/COP/WG.7/2020/3", 1),
    ]


def test_the_thematic_summary_reads_the_symbols_its_wraps_cut() -> None:
    parsed = seed("001")

    assert cited_by_paragraph(parsed, 32) == ["CTOC/COP/WG.7/2013/4"]
    assert cited_by_paragraph(parsed, 76) == ["CTOC/COP/WG.7/2020/3"]
    assert cited_by_paragraph(parsed, 4) == ["CTOC/COP/WG.7/2018/2"]


def test_symbols_of_the_draft_report_are_normalized() -> None:
    parsed = seed("004")

    assert cited_by_paragraph(parsed, 19) == ["CTOC/COP/WG.7/2017/INF.1/Rev.1"]


def test_full_width_symbols_and_undocs_links_are_references_to_the_symbol() -> None:
    parsed = parse_text(
        "一. 导言\n\n"
        "1. 见ＣＴＯＣ／ＣＯＰ／ＷＧ．７／２０２０／２和 http://undocs.org/A/RES/73/195。\n"
    )

    assert [(r.kind, r.target) for r in parsed.references] == [
        ("symbol", "CTOC/COP/WG.7/2020/2"),
        ("symbol", "A/RES/73/195"),
    ]


def test_a_string_that_looks_like_a_symbol_but_is_none_is_reported() -> None:
    parsed = parse_text("一. 导言\n\n1. 见 CTOC/COP/WG.7/20201/2 号文件。\n")

    assert parsed.references == ()
    assert [(w.code, w.line) for w in parsed.warnings] == [("bad-symbol", 3)]
    assert "CTOC/COP/WG.7/20201/2" in parsed.warnings[0].message


def test_a_link_under_the_page_completes_the_footnote_that_cites_it_loosely() -> None:
    parsed = seed("002")
    note_7 = next(i for i, note in enumerate(parsed.footnotes) if note.marker == "7")

    assert parsed.footnotes[note_7].text == "大会第 73/195 号决议，附件。"
    assert Reference("symbol", "A/RES/73/195", footnote=note_7) in parsed.references


def test_links_that_repeat_what_the_text_cites_add_nothing() -> None:
    parsed = seed("002")
    targets = [r.target for r in parsed.references]

    assert (
        targets.count(
            "https://migrationdataportal.org/themes/trafic-illicite-de-migrants#recent-trends"
        )
        == 1
    )
    assert targets.count("CTOC/COP/WG.7/2019/4") == 1
    assert cited_by_paragraph(parsed, 76) == ["https://sherloc.unodc.org/cld/en/v3/som/"]
    assert not any(target.startswith("http://undocs.org") for target in targets)


def test_a_link_no_text_cites_is_kept_once_for_the_whole_document() -> None:
    parsed = parse_text(
        "I. Introduction\n\n"
        "1. The Working Group met.\n"
        "https://www.unodc.org/unodc/en/human-trafficking/\n"
        "https://www.unodc.org/unodc/en/human-trafficking/\n"
    )

    assert parsed.references == (
        Reference("url", "https://www.unodc.org/unodc/en/human-trafficking/"),
    )
