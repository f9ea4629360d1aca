"""Cleans text extracted from PDF or Word into lines: page furniture and link lists out.

What extraction leaves in a UN text, and what this module does with it:

- Some extractors put an empty line after every line (seeds `000`, `001`, `002`: `" \\n\\n"`).
  In such a double-spaced text the empty lines mean nothing, a line holding only spaces is the
  real blank line, and a line that follows another without the empty line is where a page
  turned (`" 19 同上。 "` then `" 以美国为例，…"`: the footnotes end and the next page begins).
- PDF extraction ends the last line of a paragraph with a space and a wrapped line without one
  (`"…各项讨"` / `"论。…"` / `"…资源和工具。 "`). Where a text shows that habit, a trailing
  space closes its block; where every line or none has one, the signal is not there.
- Page headers and footers (`CTOC/COP/WG.7/2020/2`, `5/14 V.20-03080`, `V.20-03080 3/14`, lone
  page numbers) are dropped; the symbol and job number they print are kept for the masthead.
- Under the footnotes of a page, PDF extraction lists the page's link targets, one bare URL a
  line (`http://undocs.org/CTOC/COP/WG.7/2020/1`). Those are taken out as links.

Wrapped lines are joined later (`join_wrapped`): Chinese without a space, Latin with one.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from . import normalization, symbols

__all__ = ["SENTENCE_END", "CleanedText", "Line", "clean_text", "is_cjk", "join_wrapped"]

# An extractor that doubles lines leaves nearly every line followed by an empty one; a Word
# export that separates paragraphs by blank lines (seed `004`: 66%) does not.
DOUBLE_SPACED_SHARE = 0.85
# A trailing space is a signal only when some lines have one and others not.
TRAILING_SPACE_MAX_SHARE = 0.9

PAGE_FOOTER = re.compile(
    r"(?:\d{1,4}/\d{1,4}\s+)?(?:V|GE)\.\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{1,4}/\d{1,4})?"
    r"(?:\s+\d{6}){0,2}"
    r"|\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{1,4}/\d{1,4})?"
    r"|\*\d{7}\*"  # the bar code under the job number
    r"|\d{1,3}"  # a page number alone
    r"|-\s*\d{1,3}\s*-"
)
JOB_NUMBER = re.compile(r"(?:V|GE)\.\d{2}-\d{5}|\b\d{2}-\d{5}(?=\s*\([A-Z]\))")
# A symbol alone on its line (`symbols.PRINTED`), maybe with a footnote call glued to it, as a
# web copy prints its masthead "A/52/250(1)"; a bitext alignment page prints it twice, once per
# language: "A/71/1007A/71/1007".
SYMBOL_LINE = re.compile(rf"(?:{symbols.PRINTED.pattern}){{1,2}}(?:\(\d{{1,3}}\))?")
URL_LINE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A sentence is over when its line ends so, possibly inside closing quotes or brackets.
SENTENCE_END = re.compile(r"[。.！!？?；;][”’」』》）)\]\s]*$")


class Line(NamedTuple):
    """One line of the text as printed, without its surrounding spaces; "" for a blank line."""

    # A tuple, not a dataclass: a text has thousands of lines and a tuple is built faster.
    number: int  # 1-based line of the source text
    text: str
    closes: bool = False  # the line ends its block (the trailing space of a paragraph's end)
    page_join: bool = False  # a page turned before this line

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class CleanedText:
    lines: tuple[Line, ...]
    links: tuple[Line, ...]  # bare URL lines: the link targets printed under a page
    header_symbols: tuple[str, ...]  # symbols printed in page headers, normalized
    job_number: str | None


def clean_text(text: str) -> CleanedText:
    raw = normalize_characters(text).split("\n")
    double_spaced = _is_double_spaced(raw)
    trailing_signal = _has_trailing_space_signal(raw)
    lines: list[Line] = []
    for index, line in enumerate(raw):
        if double_spaced and line == "":
            continue
        lines.append(
            Line(
                number=index + 1,
                text=line.strip(),
                closes=trailing_signal
                and line != line.rstrip()
                # The wrap cut "（CTOC/COP/WG.7/ " from "2013/4）" and left a space: no end.
                and not line.rstrip().endswith(("/", "-")),
                page_join=double_spaced and index > 0 and raw[index - 1] != "",
            )
        )
    return _take_out_furniture_and_links(lines, trailing_signal=trailing_signal)


def normalize_characters(text: str) -> str:
    """Line ends, spaces, radicals, ligatures and full-width forms as `normalization` puts them."""
    return normalization.normalize_characters(text)


def is_cjk(char: str) -> bool:
    """Chinese characters and the full-width punctuation set around them: "。", "（", "："."""
    return (
        "\u2e80" <= char <= "\u9fff"
        or "\uf900" <= char <= "\ufaff"
        or "\ufe30" <= char <= "\ufe4f"
        or "\uff00" <= char <= "\uffef"
        or "\U00020000" <= char <= "\U0002ffff"
    )


def join_wrapped(parts: Sequence[str]) -> str:
    """Join the lines of one wrapped paragraph as the sentence was written."""
    joined = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if joined and _needs_space(joined[-1], part[0]):
            joined += " "
        joined += part
    return re.sub(r"[ \t]{2,}", " ", joined)


def _needs_space(last: str, first: str) -> bool:
    # Chinese is written without spaces, so a wrap inside it leaves none: "…各项讨" + "论。".
    if is_cjk(last) or is_cjk(first):
        return False
    # A wrap after a slash or hyphen cut a symbol or URL in two: "CTOC/COP/WG.7/" + "2013/4）",
    # "…trafic-illicite-de-" + "migrants#recent-trends".
    return last not in "/-"


def _is_double_spaced(raw: list[str]) -> bool:
    content = [index for index, line in enumerate(raw) if line.strip()]
    # The doubling extractor prints the text's own blank lines as lines of spaces; a web page
    # that sets each paragraph on a line and a blank line after it has none, and its blank
    # lines mean what they say.
    if len(content) < 2 or not any(line and not line.strip() for line in raw):
        return False
    followed = sum(1 for index in content if index + 1 < len(raw) and raw[index + 1] == "")
    return followed >= DOUBLE_SPACED_SHARE * len(content)


def _has_trailing_space_signal(raw: list[str]) -> bool:
    content = [line for line in raw if line.strip()]
    trailing = sum(1 for line in content if line != line.rstrip())
    return 0 < trailing < TRAILING_SPACE_MAX_SHARE * len(content)


def _take_out_furniture_and_links(lines: list[Line], *, trailing_signal: bool) -> CleanedText:
    furniture = [_is_page_furniture(line.text) for line in lines]
    links = _link_lines(lines, furniture)
    header_symbols: list[str] = []
    job_number: str | None = None
    for line, is_furniture in zip(lines, furniture, strict=True):
        if not is_furniture:
            continue
        if symbol := _symbol_only(line.text):
            header_symbols.append(symbol)
        elif job_number is None and (match := JOB_NUMBER.search(line.text)):
            job_number = match[0]

    kept: list[Line] = []
    page_turned = False
    for index, line in enumerate(lines):
        if furniture[index] or index in links:
            page_turned = True
            # Blank lines printed around a header belong to the page, or a paragraph running on
            # to the next page would end there. Without trailing spaces to tell where paragraphs
            # end, a blank after a finished sentence may be a real one and is kept.
            while kept and kept[-1].blank:
                kept.pop()
            if kept and not trailing_signal and SENTENCE_END.search(kept[-1].text):
                kept.append(Line(line.number, ""))
            continue
        if page_turned and line.blank:
            continue
        if page_turned:
            line = Line(line.number, line.text, line.closes, page_join=True)
            page_turned = False
        kept.append(line)
    return CleanedText(
        lines=tuple(kept),
        links=tuple(lines[index] for index in sorted(links)),
        header_symbols=tuple(header_symbols),
        job_number=job_number,
    )


def _is_page_furniture(text: str) -> bool:
    return bool(text) and (PAGE_FOOTER.fullmatch(text) is not None or bool(_symbol_only(text)))


def _symbol_only(text: str) -> str | None:
    if "/" not in text or not SYMBOL_LINE.fullmatch(text) or not any(c.isdigit() for c in text):
        return None
    try:
        printed = {symbols.normalize(match[0]) for match in symbols.PRINTED.finditer(text)}
    except symbols.SymbolError:
        return None
    # Two different symbols glued are no header: only the bitext's two copies of one are.
    return printed.pop() if len(printed) == 1 else None


def _link_lines(lines: list[Line], furniture: list[bool]) -> set[int]:
    """Indexes of the bare URL lines that list a page's link targets.

    A URL alone on its line is a link target when the text before it is over: a finished
    sentence (`"…可查阅 https://migration.iom.int/。 "`), another link, a page header. A URL
    that a wrap put on a line of its own inside a sentence stays in the sentence.
    """
    found: set[int] = set()
    previous: int | None = None  # the last non-blank line
    for index, line in enumerate(lines):
        if line.blank:
            continue
        if URL_LINE.fullmatch(line.text) and (
            previous is None
            or previous in found
            or furniture[previous]
            or SENTENCE_END.search(lines[previous].text) is not None
        ):
            found.add(index)
        previous = index
    return found
