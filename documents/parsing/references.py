"""References to other documents: UN symbols and URLs cited in paragraphs and footnotes.

Symbols are read by `symbols`; this module only finds what looks like one in running text,
including a symbol the wrap cut in two (`"（CTOC/COP/WG.7/ "` / `"2013/4）"`, joined by `lines`,
or `"CTOC/COP/WG.7/ 2013/4"` within a line). A string that looks like a symbol and does not
parse is reported, not guessed at. A link to `undocs.org/<symbol>` is a reference to the symbol.

The bare URL lines PDF extraction prints under a page (see `lines`) are the page's link targets.
Each goes to the paragraph or footnote above it on the page that cites the same target; where
the citation is looser, the link says what it meant: footnote 7 of seed `002` reads only
`"大会第 73/195 号决议"` and the link under it `http://undocs.org/A/RES/73/195`. A link that no
text cites is kept for the whole document, once.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from . import symbols
from .lines import Line
from .results import ParseWarning, Reference

__all__ = ["Citation", "Found", "collect_references", "find_references", "spans"]

# A symbol as texts print it (`symbols.PRINTED`) where no word, path or decision number runs into
# it: "1/CP.21" and "www.un.org/A/…" hold none. A digit may touch it, where a bitext page glued
# two copies ("A/71/1007A/71/1007"), and so may a hyphen after a number, where the symbols of a
# joint letter meet ("A/47/277-S/24111").
SYMBOL_CANDIDATE = re.compile(rf"(?<![A-Za-z/.])(?<![^0-9]-){symbols.PRINTED.pattern}")
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'“”‘’\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+",
    re.IGNORECASE,
)
UNDOCS = re.compile(r"(?:https?://)?(?:www\.)?undocs\.org/(?:(?:en|zh|fr|es|ru|ar)/)?(.+)", re.I)
URL_TRAILING = ".,;:!?)]}"
FULL_WIDTH_SYMBOL = re.compile(r"[Ａ-Ｚａ-ｚ０-９／]")


@dataclass(frozen=True)
class Found:
    kind: Literal["symbol", "url"]
    target: str


@dataclass(frozen=True)
class Citation:
    """A paragraph or footnote as the link lines see it."""

    paragraph: int | None
    footnote: int | None
    line: int
    last_line: int
    text: str


def spans(text: str) -> list[tuple[int, int]]:
    """Where symbols and URLs stand in `text`: no note call hides inside "WG.7"."""
    if "/" not in text and "www." not in text.lower():
        return []  # both need one; most paragraphs have neither
    found = [match.span() for match in URL.finditer(text)]
    found += [match.span() for match in SYMBOL_CANDIDATE.finditer(text)]
    return found


def find_references(text: str) -> tuple[list[Found], list[str]]:
    """The symbols and URLs `text` cites, in order and once each, and the messages of the
    strings that look like symbols but are none."""
    # Full-width forms ("ＣＴＯＣ／ＣＯＰ") become ASCII so one pattern reads them all.
    if FULL_WIDTH_SYMBOL.search(text):
        text = unicodedata.normalize("NFKC", text)
    if "/" not in text and "www." not in text.lower():
        return [], []
    problems: list[str] = []
    urls = [(match.start(), _trim_url(match[0])) for match in URL.finditer(text)]
    url_spans = [(start, start + len(url)) for start, url in urls]
    found = [(start, _link_target(url)) for start, url in urls]
    for match in SYMBOL_CANDIDATE.finditer(text):
        if any(start <= match.start() < end for start, end in url_spans):
            continue
        written = match[0]
        if not any(char.isdigit() for char in written):
            continue  # "HIV/AIDS" and "TCP/IP" are words, not symbols
        try:
            found.append((match.start(), Found("symbol", symbols.normalize(written))))
        except symbols.SymbolError as error:
            problems.append(f"{written!r} looks like a UN symbol but is not one: {error}")
    found.sort(key=lambda position_and_found: position_and_found[0])
    return list(dict.fromkeys(reference for _, reference in found)), problems


def collect_references(
    citations: Sequence[Citation], document_notes: Sequence[Citation], links: Sequence[Line]
) -> tuple[list[Reference], list[ParseWarning]]:
    """The references of each paragraph and footnote, then those of the whole document (the
    notes on the masthead, the link lines no text cites), and the symbols that do not parse."""
    warnings: list[ParseWarning] = []
    citations = sorted(citations, key=lambda citation: citation.last_line)
    cited: list[list[Found]] = []
    for citation in citations:
        found, problems = find_references(citation.text)
        cited.append(found)
        warnings += [ParseWarning("bad-symbol", problem, citation.line) for problem in problems]
    whole_document: list[Found] = []
    for note in document_notes:
        found, problems = find_references(note.text)
        whole_document += found
        warnings += [ParseWarning("bad-symbol", problem, note.line) for problem in problems]

    page_start = 0
    for position, link in enumerate(links):
        # A run of link lines lists one page's targets; the page starts after the run before.
        if position and links[position - 1].number != link.number - 1:
            page_start = links[position - 1].number
        target = _link_target(link.text)
        if any(_same_target(target, found) for found in whole_document):
            continue
        above = [citation for citation in citations if citation.last_line < link.number]
        where, index = _place_link(
            target, above, [set(found) for found in cited], page_start=page_start
        )
        if where == "loose" and index is not None:
            cited[index].append(target)
        elif where == "uncited":
            whole_document.append(target)

    references = [
        Reference(found.kind, found.target, citation.paragraph, citation.footnote)
        for citation, found_here in zip(citations, cited, strict=True)
        for found in found_here
    ]
    references.sort(key=lambda r: (r.paragraph is None, r.paragraph or 0, r.footnote or 0))
    references += [Reference(found.kind, found.target) for found in whole_document]
    return references, warnings


def _link_target(url: str) -> Found:
    """A URL as a reference: a symbol for a link to undocs.org, the URL otherwise."""
    url = _trim_url(url)
    if match := UNDOCS.fullmatch(url):
        try:
            return Found("symbol", symbols.normalize(match[1]))
        except symbols.SymbolError:
            pass
    return Found("url", url)


def _place_link(
    target: Found, citations: Sequence[Citation], cited: Sequence[set[Found]], *, page_start: int
) -> tuple[str, int | None]:
    """Where a link line printed under a page belongs, among the citations above it.

    ("cited", i): citation i already has the reference; ("loose", i): citation i, on the same
    page, cites it loosely and gains it; ("uncited", None): no text cites it.
    """
    key = _key(target)
    for index in reversed(range(len(citations))):
        if any(_key(found) == key for found in cited[index]):
            return "cited", index
    if target.kind == "symbol":
        tail = "/".join(target.target.split("/")[-2:])
        loose = re.compile(rf"(?<![\d/]){re.escape(tail)}(?![\d/])")
        for index in reversed(range(len(citations))):
            if citations[index].last_line <= page_start:
                break
            if loose.search(citations[index].text):
                return "loose", index
    return "uncited", None


def _same_target(first: Found, second: Found) -> bool:
    """Whether two references name one target: a URL with or without "https://www." and "/"."""
    return _key(first) == _key(second)


def _key(found: Found) -> str:
    if found.kind == "symbol":
        return "symbol:" + found.target
    url = re.sub(r"^(?:https?://)?(?:www\.)?", "", found.target, flags=re.IGNORECASE)
    return "url:" + url.rstrip("/").lower()


def _trim_url(url: str) -> str:
    while url and url[-1] in URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url
