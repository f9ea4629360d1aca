"""Plain-text uploads: the encoding is found or the file is refused, never guessed wrong."""

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.decoding import DecodedText, decode_text
from documents.parsing.results import ParseError

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
BACKGROUND_PAPER = (
    "一. 导言\n1. 本背景文件由秘书处编写，旨在便利偷运移民问题工作组第七次会议的各项讨论。\n"
)


@pytest.mark.parametrize(
    ("encoding", "found", "had_bom"),
    [
        ("utf-8", "utf-8", False),
        ("utf-8-sig", "utf-8", True),
        ("utf-16", "utf-16-le", True),
        ("utf-16-be", "utf-16-be", False),
        ("utf-16-le", "utf-16-le", False),
        ("gb18030", "gb18030", False),
    ],
)
def test_a_chinese_text_reads_back_unchanged_from_each_encoding_editors_save_in(
    encoding, found, had_bom
):
    decoded = decode_text(BACKGROUND_PAPER.encode(encoding))
    assert decoded == DecodedText(text=BACKGROUND_PAPER, encoding=found, had_bom=had_bom)


def test_a_big_endian_utf16_file_with_its_bom_reads_back_unchanged():
    data = b"\xfe\xff" + BACKGROUND_PAPER.encode("utf-16-be")
    assert decode_text(data) == DecodedText(BACKGROUND_PAPER, "utf-16-be", had_bom=True)


def test_gbk_and_gb2312_files_read_as_gb18030_which_covers_them():
    for encoding in ("gbk", "gb2312"):
        assert decode_text(BACKGROUND_PAPER.encode(encoding)).text == BACKGROUND_PAPER


def test_windows_and_old_mac_line_ends_become_newlines():
    data = "一. 导言\r\n1. 本背景文件\r2. 各代表团\r\n".encode()
    assert decode_text(data).text == "一. 导言\n1. 本背景文件\n2. 各代表团\n"


def test_full_width_punctuation_is_kept_as_written():
    text = "（CTOC/COP/WG.7/2020/2）：第 1 段；“偷运移民”！\n"
    assert decode_text(text.encode("gb18030")).text == text


def test_the_bom_of_a_gb18030_file_is_removed():
    decoded = decode_text("\ufeff".encode("gb18030") + BACKGROUND_PAPER.encode("gb18030"))
    assert (decoded.text, decoded.encoding, decoded.had_bom) == (BACKGROUND_PAPER, "gb18030", True)


def test_utf8_chinese_is_not_mistaken_for_gb18030_even_when_it_would_decode_as_such():
    # "偷运移民" in UTF-8 (E5 81 B7 E8 BF 90 ...) pairs up into valid GB18030: "鍋疯繍绉绘皯".
    text = "偷运移民\n"
    assert text.encode().decode("gb18030") == "鍋疯繍绉绘皯\n"
    assert decode_text(text.encode()).encoding == "utf-8"


def test_an_empty_file_is_refused_as_empty():
    with pytest.raises(ParseError, match="empty"):
        decode_text(b"")


@pytest.mark.parametrize("data", [b" \n\t\r\n", b"\xef\xbb\xbf", "\u3000\n".encode("utf-16")])
def test_a_file_of_only_blank_space_is_refused_as_holding_no_text(data):
    with pytest.raises(ParseError, match="no text"):
        decode_text(data)


def test_random_binary_bytes_are_refused_as_of_unknown_encoding():
    with pytest.raises(ParseError, match="Cannot tell the encoding"):
        decode_text(random.Random(1).randbytes(4096))


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n\x00\x01\x02binary",
        b"text with a bell \x07 in it",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    ],
)
def test_bytes_with_control_characters_are_refused_as_not_text(data):
    with pytest.raises(ParseError, match="Cannot tell the encoding"):
        decode_text(data)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Réunion", "cp1252"),
        ("工作組第七次會議", "big5"),
        ("密輸に関する作業部会", "shift_jis"),
    ],
)
def test_western_big5_and_japanese_texts_are_refused_not_read_as_gb18030_nonsense(text, encoding):
    data = text.encode(encoding)
    data.decode("gb18030")  # the trap: each one is valid GB18030
    with pytest.raises(ParseError, match="Cannot tell the encoding"):
        decode_text(data)


def test_a_file_breaking_its_own_utf8_bom_is_refused():
    with pytest.raises(ParseError, match="UTF-8 byte order mark"):
        decode_text(b"\xef\xbb\xbf" + BACKGROUND_PAPER.encode("gb18030"))


def test_utf16_without_a_bom_and_without_a_clear_nul_pattern_is_refused():
    # As many NULs at even as at odd offsets: UTF-32, or binary, not UTF-16.
    with pytest.raises(ParseError, match="no UTF-16 pattern"):
        decode_text("导言\n".encode("utf-32-le"))


def test_the_background_paper_seed_reads_back_unchanged_from_utf16_and_gb18030():
    seed = SEEDS / "002_34c4a39df3e2a875.txt"
    if not seed.is_file():
        pytest.skip(f"the seed text {seed.name} is not in {SEEDS} (../shared is absent)")
    text = seed.read_text(encoding="utf-8")
    for encoding, found in [
        ("utf-16", "utf-16-le"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("gb18030", "gb18030"),
    ]:
        decoded = decode_text(text.encode(encoding))
        assert (decoded.encoding, decoded.text == text) == (found, True)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_either_decode_or_are_refused_with_a_parse_error(data):
    try:
        decoded = decode_text(data)
    except ParseError as error:
        assert str(error)
    else:
        assert decoded.text.strip()
        assert "\r" not in decoded.text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_saved_with_a_bom_or_as_utf8_reads_back_or_is_refused(text, encoding):
    try:
        decoded = decode_text(text.encode(encoding))
    except ParseError:
        return
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert decoded.text in (expected, expected.removeprefix("\ufeff"))
