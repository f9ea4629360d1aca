"""Characters of extracted text put back to the ones a reader types and searches for."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.normalization import TABLE, normalize_characters
from documents.parsing.structure import parse_text

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
# What the Chinese typesetting of the seeds and of the generated reports uses, left as it is.
CHINESE_PUNCTUATION = "（ ） ， ： ； ！ ？ 、 。 《 》 “ ” ～"


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip(f"the seed texts are not at {SEEDS} (../shared is absent)")
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in paths}


def test_kangxi_radicals_a_pdf_font_printed_read_as_the_ideographs() -> None:
    # What pdfminer reads from a Chromium PDF of seed 002 set in Noto Sans CJK SC.
    assert normalize_characters("偷运移⺠问题⼯作组 ") == "偷运移民问题工作组 "
    assert (
        normalize_characters("2020 年 9 ⽉ 8 ⽇和 9 ⽇，维也纳")
        == "2020 年 9 月 8 日和 9 日，维也纳"
    )
    assert normalize_characters(" ⼀. 导⾔ ") == " 一. 导言 "
    assert normalize_characters(" ⼆. 供讨论的问题 ") == " 二. 供讨论的问题 "


def test_supplement_radicals_read_as_their_equivalent_ideographs() -> None:
    # The same font's simplified characters: NFKC leaves these radicals as they are.
    assert normalize_characters("出⻔，⻓期，⻢⾥，⻅⾯，视⻆") == "出门，长期，马里，见面，视角"
    assert normalize_characters("⻜机和⻋辆") == "飞机和车辆"


def test_the_door_radical_reads_as_the_simplified_character_not_the_traditional() -> None:
    # NFKC would give "账戶"; Chinese UN texts write 户.
    assert normalize_characters("银⾏账⼾和⽤⼾") == "银行账户和用户"


def test_compatibility_ideographs_read_as_the_unified_ideographs() -> None:
    # "六" and "零" as CJK COMPATIBILITY IDEOGRAPH-F9D1 and -F9B2, "丽" as -2F800.
    assert normalize_characters("第\uf9d1次会议，\uf9b2容忍") == "第六次会议，零容忍"
    assert normalize_characters("美\U0002f800") == "美丽"


def test_latin_ligatures_read_as_their_letters() -> None:
    # A PDF of an English report: "financial flows", "effective", "office", "baffle", "first".
    assert normalize_characters("ﬁnancial ﬂows") == "financial flows"
    assert normalize_characters("eﬀective oﬃce baﬄe") == "effective office baffle"
    assert normalize_characters("ﬁrst, ﬁﬅ, ﬆ") == "first, fist, st"


def test_full_width_digits_letters_and_symbol_punctuation_read_as_ascii() -> None:
    # Typed with a Chinese input method left in full-width mode.
    assert normalize_characters("２０２０年９月８日") == "2020年9月8日"
    assert (
        normalize_characters("ＣＴＯＣ／ＣＯＰ／ＷＧ．７／２０２０／２") == "CTOC/COP/WG.7/2020/2"
    )
    assert normalize_characters("ｗｗｗ．ｕｎｏｄｃ．ｏｒｇ＿ａ＃ｂ") == "www.unodc.org_a#b"
    assert (
        normalize_characters("５０％＋＜＞＝－＆＠［］｛｝｜＼＾｀＂＇") == "50%+<>=-&@[]{}|\\^`\"'"
    )


def test_punctuation_a_pdf_font_printed_as_a_look_alike_reads_as_typed() -> None:
    # Chromium's PDFs in Noto Sans CJK SC: seed 002's note 4 "第 33–36 页" came back with a
    # FIGURE DASH, "1～3" with a WAVE DASH, "／" as DIVISION SLASH, 〈 〉 as U+2329 and U+232A.
    assert normalize_characters("第 33\u201236 页") == "第 33–36 页"
    assert normalize_characters("1\u301c3") == "1～3"
    assert normalize_characters("CTOC\u2215COP") == "CTOC/COP"
    assert normalize_characters("\u2329议定书\u232a") == "〈议定书〉"


def test_chinese_typographic_punctuation_is_kept() -> None:
    text = "（a）会议开幕；通过议程，见《议定书》“偷运移民”：是否？是！甲、乙。1～3"

    assert normalize_characters(text) == text
    assert normalize_characters(CHINESE_PUNCTUATION) == CHINESE_PUNCTUATION


def test_unicode_spaces_read_as_a_plain_space() -> None:
    # The ideographic space Word puts in a Chinese heading, an en space, a narrow no-break space.
    assert normalize_characters("一.\u3000导言") == "一. 导言"
    assert normalize_characters("2020\u2002年\u202f9\u205f月\u00a08\u2009日") == "2020 年 9 月 8 日"
    assert normalize_characters("\u2000\u2001\u2003\u2004\u2005\u2006\u2007\u2008\u200a") == " " * 9


def test_soft_hyphens_and_invisible_characters_are_removed() -> None:
    # Word's optional hyphen in "smuggling", a zero-width space between Chinese words (web copies),
    # a word joiner, a zero-width joiner and a byte order mark at the start of a paste.
    assert normalize_characters("smug\u00adgling") == "smuggling"
    assert (
        normalize_characters("\ufeff偷运\u200b移民\u2060问题\u200c工作\u200d组")
        == "偷运移民问题工作组"
    )


def test_line_ends_and_page_breaks_read_as_line_ends() -> None:
    # A Windows text file, an old Mac one, and a form feed where pdfminer turned a page.
    assert normalize_characters("一. 导言\r\n1. 本文件\r2. 各代表团\f3. 秘书处") == (
        "一. 导言\n1. 本文件\n2. 各代表团\n3. 秘书处"
    )


def test_a_symbol_font_star_reads_as_an_asterisk() -> None:
    # Seed 002 prints its agenda note as a star in the Symbol font.
    assert normalize_characters("临时议程\uf02a项目 2") == "临时议程*项目 2"


def test_a_text_with_nothing_to_normalize_comes_back_as_it_is() -> None:
    text = "1. 本背景文件由秘书处编写（CTOC/COP/WG.7/2020/1），见 https://undocs.org/。 \n"

    assert normalize_characters(text) == text


def test_normalizing_a_seed_changes_nothing_but_its_symbol_font_star(
    seed_texts: dict[str, str],
) -> None:
    # So the seeds' parse (paragraphs, numbers, headings, footnotes) cannot have changed: the star
    # was an asterisk before this module as well.
    for text in seed_texts.values():
        assert normalize_characters(text) == text.replace("\uf02a", "*")


def test_a_seed_printed_with_radicals_and_full_width_forms_parses_as_the_seed(
    seed_texts: dict[str, str],
) -> None:
    # Every ideograph a radical can stand for printed as that radical, digits, Latin letters and
    # "/" "." "-" full width, a soft hyphen after every "CTOC": the parse is the seed's, to the
    # paragraph, footnote, reference and warning line.
    radical_for = {
        ideograph: chr(radical)
        for radical, ideograph in TABLE.items()
        if 0x2E80 <= radical <= 0x2FDF and len(ideograph) == 1
    }
    full_width = {
        char: chr(ord(char) + 0xFEE0)
        for char in "0123456789/.-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    }
    printed_as = str.maketrans(radical_for | full_width)
    for name, text in seed_texts.items():
        printed = text.replace("CTOC", "CTOC\u00ad").translate(printed_as)
        assert printed != text
        assert parse_text(printed) == parse_text(text), name


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_normalizes_without_error_and_a_second_time_changes_nothing(text: str) -> None:
    once = normalize_characters(text)

    assert normalize_characters(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*map(chr, TABLE), "\r", "\n", "民", "a", " "])))
def test_texts_made_of_the_characters_it_changes_normalize_once_for_all(text: str) -> None:
    once = normalize_characters(text)

    assert normalize_characters(once) == once
    assert "\r" not in once
