"""Cleaning extracted text: page furniture out, wrapped lines joined as they were written."""

from documents.parsing.lines import clean_text, join_wrapped
from documents.parsing.structure import parse_text


def double_spaced(*lines: str) -> str:
    """A text as PDF extraction gives it in the seeds: an empty line after every line."""
    return "".join(f"{line}\n\n" for line in lines)


def test_chinese_wrapped_lines_are_joined_without_a_space() -> None:
    assert join_wrapped(["本背景文件由秘书处编写，旨在便利各项讨", "论。"]) == (
        "本背景文件由秘书处编写，旨在便利各项讨论。"
    )


def test_latin_wrapped_lines_are_joined_with_one_space() -> None:
    assert join_wrapped(["The Working Group on the Smuggling of", "Migrants adopted"]) == (
        "The Working Group on the Smuggling of Migrants adopted"
    )


def test_a_symbol_cut_after_its_slash_is_joined_whole() -> None:
    assert join_wrapped(["讨论提供依据（CTOC/COP/WG.7/ ", "2013/4）。"]) == (
        "讨论提供依据（CTOC/COP/WG.7/2013/4）。"
    )


def test_a_url_cut_after_a_hyphen_is_joined_whole() -> None:
    assert join_wrapped(
        ["可查阅 www.unodc.org/unodc/en/human-", "trafficking/publications.html。"]
    ) == ("可查阅 www.unodc.org/unodc/en/human-trafficking/publications.html。")


def test_page_headers_footers_and_page_numbers_are_dropped_and_remembered() -> None:
    cleaned = clean_text(
        double_spaced(
            "1. 第一段在这一页开始，",
            " ",
            " CTOC/COP/WG.7/2020/2 ",
            " ",
            "5/14 V.20-03080 ",
            " ",
            "V.20-03080 3/14 ",
            "12",
            "在下一页写完。 ",
        )
    )

    assert [line.text for line in cleaned.lines] == ["1. 第一段在这一页开始，", "在下一页写完。"]
    assert cleaned.header_symbols == ("CTOC/COP/WG.7/2020/2",)
    assert cleaned.job_number == "V.20-03080"


def test_a_paragraph_runs_on_across_a_page_header() -> None:
    parsed = parse_text(
        double_spaced(
            "一. 导言 ",
            " ",
            "1. 第一段在这一页开始，",
            "还没有结束",
            " ",
            " CTOC/COP/WG.7/2020/2 ",
            " ",
            "5/14 V.20-03080 ",
            " ",
            "在下一页写完。 ",
            "2. 第二段。 ",
        )
    )

    assert [p.text for p in parsed.numbered] == [
        "第一段在这一页开始，还没有结束在下一页写完。",
        "第二段。",
    ]
    assert parsed.masthead.symbol == "CTOC/COP/WG.7/2020/2"
    assert parsed.masthead.job_number == "V.20-03080"


def test_empty_lines_of_a_double_spaced_text_do_not_split_a_paragraph() -> None:
    parsed = parse_text(
        double_spaced("一. 导言 ", " ", "1. 本文件由秘书处编写，旨在", "便利讨论。 ")
    )

    assert parsed.numbered[0].text == "本文件由秘书处编写，旨在便利讨论。"


def test_a_trailing_space_ends_a_block_where_the_text_marks_paragraph_ends_so() -> None:
    parsed = parse_text(
        double_spaced(
            "二. 背景文件概要 ",
            " ",
            " 刑事司法对策 ",
            " ",
            "关键议题 ",
            "金钱或其他物质利益；网上服务；金",
            "融机构。 ",
            "1. 秘书处草拟了一份背景文件。 ",
        )
    )

    assert [h.text for h in parsed.headings] == ["背景文件概要", "刑事司法对策", "关键议题"]
    assert parsed.paragraphs[0].text == "金钱或其他物质利益；网上服务；金融机构。"


def test_bare_url_lines_under_a_page_are_taken_out_of_the_text() -> None:
    cleaned = clean_text(
        "1. 可查阅 https://migration.iom.int/。\n"
        "https://migration.iom.int/\n"
        "http://undocs.org/CTOC/COP/WG.7/2020/1\n"
        "2. 下一段。\n"
    )

    assert [line.text for line in cleaned.links] == [
        "https://migration.iom.int/",
        "http://undocs.org/CTOC/COP/WG.7/2020/1",
    ]
    assert [line.text for line in cleaned.lines if not line.blank] == [
        "1. 可查阅 https://migration.iom.int/。",
        "2. 下一段。",
    ]


def test_a_url_wrapped_onto_its_own_line_inside_a_sentence_stays_in_the_sentence() -> None:
    cleaned = clean_text(
        "Further information is available at\nhttps://www.unodc.org/\nand elsewhere.\n"
    )

    assert cleaned.links == ()
    assert [line.text for line in cleaned.lines if not line.blank][1] == "https://www.unodc.org/"


def test_the_symbol_font_star_of_pdf_extraction_becomes_an_asterisk() -> None:
    cleaned = clean_text("临时议程\uf02a项目 2\n")

    assert cleaned.lines[0].text == "临时议程*项目 2"
