"""Plain-text files: find the encoding an uploaded text was saved in, or refuse it.

Chinese texts reach the secretariat as UTF-8 (with or without the byte order mark Notepad adds),
UTF-16 (what Word's "Unicode text" writes) and GB18030/GBK/GB2312 (Chinese Windows' "ANSI").
A wrong guess does not fail: it yields plausible-looking mojibake that would be stored, indexed
and published. So each candidate is decoded strictly, in an order where a success is evidence,
and a file no candidate explains is refused with a message instead of guessed at.

Pure function: bytes in, a frozen dataclass out, `ParseError` for anything that is not text.
"""

import codecs
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import NoReturn

from .results import ParseError

__all__ = ["DecodedText", "decode_text"]

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Controls that occur in real texts: tab, line ends, and the form feed PDF extractors put
# between pages. Any other control character means bytes that are not text.
ALLOWED_CONTROLS = frozenset("\t\n\r\f")
# Characters a correct decode of a real text almost never yields: the replacement character,
# unassigned code points, private-use characters and surrogates. A few are tolerated: the seed
# `002_…` carries U+F02A twice (a Symbol-font "*" that survived PDF extraction).
SUSPICIOUS_CATEGORIES = frozenset({"Cn", "Co", "Cs"})
SUSPICIOUS_TOLERATED = 3
SUSPICIOUS_MAX_SHARE = 0.01
# GB18030 text written by a Chinese editor uses GB2312 characters (both bytes A1–FE, lead up to
# F7) almost exclusively: 3 of the 13,941 non-ASCII characters of seed `002_…` fall outside. The
# other texts that happen to decode as GB18030 do so through the GBK extension area: Windows-1252
# "Réunion" (E9 75), Big5 (trail bytes 40–7E), Shift-JIS (leads 81–9F). Above this share the
# decode is a coincidence, not Chinese.
GB18030_MAX_RARE_SHARE = 0.1
# Without a BOM, UTF-16 shows itself by NUL bytes: every ASCII character (digits, spaces, line
# ends, which Chinese UN texts are full of) has a zero high byte. CJK characters with a zero low
# byte (一 is U+4E00) put some NULs on the other side, so one side must clearly dominate:
# seed `002_…` has 3,775 against 149; "一. 导言\n1. 本背景文件" has 6 against 1. And there must
# be many: binary data has a NUL in 1 of 256 bytes on either side, a UTF-16 text in 1 of 5 code
# units (seed `002_…`). Dense prose with no ASCII at all is left ambiguous, hence refused.
UTF16_MIN_PARITY_DOMINANCE = 2
UTF16_MIN_NUL_SHARE = 1 / 32
UTF16_MIN_NULS = 2


@dataclass(frozen=True)
class DecodedText:
    """The text of an uploaded plain-text file and the encoding it was read in."""

    text: str  # line ends normalized to "\n", BOM removed, otherwise as written
    encoding: str  # a Python codec name: "utf-8", "utf-16-le", "utf-16-be" or "gb18030"
    had_bom: bool


def decode_text(data: bytes) -> DecodedText:
    """Decode a text file saved in UTF-8, UTF-16 or GB18030, or say why it cannot be read."""
    if not data:
        raise ParseError("The file is empty: it has no bytes at all.")
    text, encoding, had_bom = _decode(data)
    # Judged per distinct character: a 50 MB upload has millions of characters, a few thousand
    # distinct ones.
    counts = Counter(text)
    if problem := _binary_problem(counts):
        _refuse(problem)
    if encoding == "gb18030" and (problem := _gb18030_problem(counts)):
        _refuse(problem)
    if text.startswith("\ufeff"):
        # GB18030 has its own BOM (84 31 95 33), which decodes to U+FEFF.
        text, had_bom = text[1:], True
    if not text.strip():
        raise ParseError("The file holds no text: only blank space.")
    # Word on Windows writes "\r\n", old Mac tools a lone "\r"; the parsers split on "\n" only.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text=text, encoding=encoding, had_bom=had_bom)


def _decode(data: bytes) -> tuple[str, str, bool]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            # A BOM is a declaration by the program that wrote the file: no other candidate is
            # tried, and a file that breaks its own declaration is damaged.
            try:
                return data[len(bom) :].decode(encoding), encoding, True
            except UnicodeDecodeError as error:
                name = encoding.upper()
                _refuse(f"it starts with a {name} byte order mark but is not {name}: {error}")
    if b"\0" in data:
        # NUL bytes rule out UTF-8 and GB18030 text (both decode them to U+0000, a control):
        # the file is UTF-16 without a BOM, or not text.
        encoding = _utf16_by_nul_pattern(data)
        try:
            return data.decode(encoding), encoding, False
        except UnicodeDecodeError as error:
            _refuse(f"its NUL bytes suggest {encoding.upper()} without a byte order mark: {error}")
    # UTF-8 goes first because a strict UTF-8 success is evidence and a GB18030 success is not.
    # UTF-8 demands that every byte from 80 up sits in an exact lead-and-continuation pattern
    # (E4–E9 then two bytes 80–BF for CJK); GB18030 pairs are lead 81–FE with trail 40–FE, so
    # a GB18030 text satisfies UTF-8 only if each of its characters happens to fit that pattern,
    # and "导言" (B5 BC D1 D4) already fails at its first byte, which UTF-8 allows only as a
    # continuation. The converse does not hold: continuation bytes 80–BF are valid GB18030
    # trail bytes, so much UTF-8 Chinese also "decodes" as GB18030, into nonsense.
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030", False
        except UnicodeDecodeError as gb18030_error:
            _refuse(f"not UTF-8: {utf8_error}; not GB18030: {gb18030_error}")


def _utf16_by_nul_pattern(data: bytes) -> str:
    if len(data) % 2:
        _refuse("it has NUL bytes, as binary files and UTF-16 do, but an odd number of bytes")
    nul_at_even = data[0::2].count(0)
    nul_at_odd = data[1::2].count(0)
    enough = max(UTF16_MIN_NULS, UTF16_MIN_NUL_SHARE * len(data) / 2)
    # ASCII in UTF-16-LE is "1\0", so its NULs sit at odd offsets; in UTF-16-BE at even ones.
    if nul_at_odd >= enough and nul_at_odd >= UTF16_MIN_PARITY_DOMINANCE * nul_at_even:
        return "utf-16-le"
    if nul_at_even >= enough and nul_at_even >= UTF16_MIN_PARITY_DOMINANCE * nul_at_odd:
        return "utf-16-be"
    _refuse(
        f"it has NUL bytes in no UTF-16 pattern ({nul_at_even} at even and {nul_at_odd} at odd "
        "offsets), as binary files do"
    )


def _binary_problem(counts: Counter[str]) -> str | None:
    suspicious = 0
    for character, count in counts.items():
        category = unicodedata.category(character)
        if category == "Cc" and character not in ALLOWED_CONTROLS:
            return f"the decoded text contains the control character U+{ord(character):04X}"
        if category in SUSPICIOUS_CATEGORIES or character == "\ufffd":
            suspicious += count
    length = counts.total()
    if suspicious > SUSPICIOUS_TOLERATED and suspicious > SUSPICIOUS_MAX_SHARE * length:
        return f"{suspicious} of its {length} characters are unassigned or private-use"
    return None


def _gb18030_problem(counts: Counter[str]) -> str | None:
    multibyte = rare = 0
    for character, count in counts.items():
        if ord(character) > 0x7F:
            multibyte += count
            rare += 0 if _is_gb2312(character) else count
    if rare > GB18030_MAX_RARE_SHARE * multibyte:
        return (
            f"it decodes as GB18030 only into rare characters ({rare} of {multibyte}), "
            "as Windows-1252, Big5 or Shift-JIS texts do"
        )
    return None


def _is_gb2312(character: str) -> bool:
    # GB2312 rows: symbols A1–A9, hanzi B0–F7; rows AA–AF are empty (GB18030 maps them to
    # private use).
    encoded = character.encode("gb18030")
    if len(encoded) != 2 or not 0xA1 <= encoded[1] <= 0xFE:
        return False
    return 0xA1 <= encoded[0] <= 0xA9 or 0xB0 <= encoded[0] <= 0xF7


def _refuse(reason: str) -> NoReturn:
    raise ParseError(
        "Cannot tell the encoding of this text file: it does not read cleanly as UTF-8, UTF-16 "
        "or GB18030, or it is not text at all. Save it as UTF-8 text (or upload the .docx or "
        f".pdf) and try again. ({reason})"
    )
