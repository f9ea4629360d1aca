"""Where the masthead ends and the body begins, in texts as extraction and web copies leave them.

A PDF or Word export prints each masthead fact on its own line; web copies and bad extraction
run them together: `1 United Nations CAC/COSP/2015/1 Conference of the States Parties … Distr.:
General 19 August 2015 Original: English Sixth session St. Petersburg, Russian Federation, 2-6
November 2015 Provisional agenda and annotations Provisional agenda 1. Organizational matters:`
is one line. This module cuts such lines at every fact the UN masthead prints (symbol,
distribution, date, language, original language, session, agenda item, job number, table of
contents) so that `masthead` reads one fact a piece, and cuts the text where the body begins: the
first chapter or paragraph 1, a table of contents' column heads, a summary or introduction, the
formula that opens a resolution (`The General Assembly,`), or the first sentence.

Mirror sites put their viewer above the text (`Size: px`, `Start display at page:`, `Download
"…"`, `Transcription`): what stands above that last line is the site's, and is dropped.
"""

import re
from collections.abc import Sequence
from functools import lru_cache

from . import symbols
from .dates import read_dates
from .lines import Line, is_cjk
from .numbering import read_mark
from .vocabulary import (
    AGENDA_ITEM,
    BYLINE_PHRASE,
    CHINESE_HEADING_TYPE,
    CHINESE_TYPE,
    COLUMN_HEADER,
    COMMITTEE_REPORT,
    CONTENTS,
    DISTRIBUTION,
    ENACTING,
    FRONT_HEADINGS,
    GLUED_LANGUAGE,
    JOB,
    LANGUAGE_NAMES,
    ORIGINAL,
    PRESIDING,
    RAPPORTEUR,
    RECORD_TITLE,
    SESSION,
    WIKI_TAGLINE,
)

__all__ = ["HEAD_LINES", "cut_viewer", "join_lone_marks", "split_head"]

# A masthead and its table of contents fit in the first lines of a text; past them, a text that
# has shown no body yet has no masthead to read.
HEAD_LINES = 80
VIEWER_LINES = 15
VIEWER_END = re.compile(
    r"(?:Story\s+)?Transcript(?:ion)?|Transcripci[oó]n|Transcription du contenu de la page"
    r"|Download\s+[\"“].*[\"”]",
    re.I,
)
# Lines a web page puts around the text: images and links in Markdown, a wiki's edit links,
# table rules, "skip to content".
WEB_FURNITURE = re.compile(
    r"(?:!\[[^\]]*\]\([^)]*\)\s*)+\|?.*|\[(?:edit|编辑|編輯|modifier|editar|править|عدل)\]"
    r"|[|\s]+|跳转到内容|Jump to content|Aller au contenu|Ir al contenido"
    rf"|{WIKI_TAGLINE.pattern}",
    re.IGNORECASE,
)
# A symbol as printed (`symbols.PRINTED`), not inside a word or another symbol.
SYMBOL_TOKEN = re.compile(rf"(?<![A-Za-z0-9/.\-])(?:{symbols.PRINTED.pattern})")
BRACKET = re.compile(r"\[[^\[\]]{3,400}\]")
RAPPORTEUR_LINE = re.compile(RAPPORTEUR.pattern + r"[^()\n]{0,80}(?:\([^()]{0,40}\))?", re.I)
# Dates in a run-on masthead stand right after another fact ("Distr.: General 19 August 2015")
# or after a venue ("Buenos Aires, 2-13 November 1998"); a date inside the title ("tenue à Vienne
# du 15 au 19 octobre 2018") has a word before it and stays in the title.
VENUE = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3},\s*){1,3}(?:\d{1,2}\s+)?$")
TRAILING_VENUE = re.compile(r"\s*[,，]\s*[^\W\d_][^\d,，]{0,38}$")
# A chapter I or paragraph 1 run into the masthead's line: "…and annotations Provisional agenda
# 1. Organizational matters:", "…du millénaire 1.决定", "(1 3 November 2015) I. Preparatory".
INLINE_START = re.compile(
    r"(?:(?<=\s)|(?<=[，,。]))(?:I|1|一)[.．]\s*(?=[A-ZÀ-ÝА-Я\u4e00-\u9fff“\"«(])"
)
# The type of a document run into a line, written capitalised as a masthead prints it:
# "…2-6 November 2015 Provisional agenda and annotations Provisional agenda 1. …".
TYPE_PHRASE = re.compile(
    r"(?-i:(?=[A-Z]))(?:(?:Annotated )?provisional agenda(?: and annotations)?"
    r"|Ordre du jour provisoire(?: et annotations| annoté)?"
    r"|Programa provisional(?: y anotaciones| anotado)?"
    r"|Background paper(?: prepared by the Secretariat)?|Draft report|Projet de rapport"
    r"|Proyecto de informe|List of participants|Liste des participants|Lista de participantes"
    r"|Conference room paper)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[.。;；](?:[\"”’»)\]]*)$")
SENTENCE_MIN = {True: 12, False: 30}  # characters, for Chinese and for the other scripts
# Marks that open the body; any numbered paragraph does when nothing else has.
BODY_MARKS = frozenset({"chapter", "section"})


def cut_viewer(lines: Sequence[Line]) -> list[Line]:
    """The text without a mirror site's viewer above it or a web page's furniture around it."""
    kept = list(lines)
    for index, line in enumerate(lines[:VIEWER_LINES]):
        if VIEWER_END.fullmatch(line.text):
            kept = list(lines[index + 1 :])
            # "Download "…"" is followed by "Transcription": both are the viewer's.
    return [line for line in kept if not (line.text and WEB_FURNITURE.fullmatch(line.text))]


def join_lone_marks(lines: Sequence[Line]) -> list[Line]:
    """A mark alone on its line ("1.", "I.", "a)") with the text on the next line, joined."""
    joined: list[Line] = []
    pending: Line | None = None
    for line in lines:
        if pending is not None and line.text:
            joined.append(Line(pending.number, f"{pending.text} {line.text}", line.closes))
            pending = None
            continue
        if pending is None and _lone_mark(line.text):
            pending = line
            continue
        joined.append(line)
    if pending is not None:
        joined.append(pending)
    return joined


def split_head(lines: Sequence[Line]) -> tuple[list[Line], list[Line]]:
    """The masthead's lines, one fact a line, and the body's lines."""
    head: list[Line] = []
    contents_seen = False
    read_up_to: list[int] = []  # how much of `head` the lines up to each one made
    for index, line in enumerate(lines[:HEAD_LINES]):
        read_up_to.append(len(head))
        if not line.text:
            head.append(line)
            continue
        following = [later for later in lines[index + 1 : index + 4] if later.text][:1]
        if _starts_body(line.text, contents_seen, following):
            return head, list(lines[index:])
        pieces, body = _cut(line.text, contents_seen)
        if line.page_join and head and head[-1].text:
            # Extraction dropped a page header here ("A/63/49 (Vol. III)"): a piece ends.
            head.append(Line(line.number, ""))
        for piece in pieces:
            head.append(Line(line.number, piece))
            contents_seen = contents_seen or bool(CONTENTS.fullmatch(piece))
            if len(pieces) > 1:
                # The pieces of a line cut at its facts are each a piece of the masthead.
                head.append(Line(line.number, ""))
        if body is not None:
            body_line = Line(line.number, body, line.closes, line.page_join)
            return [*head, Line(line.number, "")], [body_line, *lines[index + 1 :]]
    # No body found where a masthead stands: the masthead is what states its facts, up to the
    # last line that states one; the rest is the body, kept whole rather than lost.
    last_fact = max(
        (index for index, line in enumerate(lines[:HEAD_LINES]) if _states_a_fact(line.text)),
        default=None,
    )
    if last_fact is None:
        return [], list(lines)
    end = read_up_to[last_fact + 1] if last_fact + 1 < len(read_up_to) else len(head)
    return head[:end], list(lines[last_fact + 1 :])


def _states_a_fact(text: str) -> bool:
    return bool(text) and (_fact_kind(text) is not None or bool(_fact_spans(text)))


def _lone_mark(text: str) -> bool:
    if not text or len(text) > 6:
        return False
    mark = read_mark(text + " x")
    return mark is not None and mark.rest == "x" and mark.kind != "bullet"


def _starts_body(text: str, contents_seen: bool, following: Sequence[Line]) -> bool:
    mark = read_mark(text)
    if mark is not None and (mark.kind in BODY_MARKS or mark.kind == "numbered"):
        return not mark.may_be_a_year
    # ". 导言": a chapter whose numeral the web copy lost.
    front = text.lstrip(".．、 ")
    if FRONT_HEADINGS.fullmatch(front) or (ENACTING.match(text) and not text.isupper()):
        return True
    if contents_seen and COLUMN_HEADER.fullmatch(text):
        return True
    if _fact_kind(text) is not None or _fact_spans(text):
        return False  # a masthead run onto one line may end like a sentence
    # A Chinese full stop ends only sentences; a Latin one also abbreviations ("Add.1.").
    if text.endswith("。") or (
        SENTENCE.search(text) and len(text) >= SENTENCE_MIN[_mostly_cjk(text)]
    ):
        return True
    # "Организация Объединенных Наций и Соединенные Штаты Америки," / "желая заключить…": a
    # preamble's first line, the sentence going on in lower case.
    return (
        text.endswith((",", "،"))
        and bool(following)
        and bool(following[0].text)
        and following[0].text[0].islower()
    )


def _cut(text: str, contents_seen: bool) -> tuple[list[str], str | None]:
    """A masthead line cut at its facts, and the body's text when the body begins in it."""
    spans = list(_fact_spans(text))
    body_at = _body_start(text, spans, contents_seen)
    if body_at is not None:
        spans = [(start, end) for start, end in spans if end <= body_at]
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        if start > position:
            pieces.append(text[position:start])
        pieces.append(text[start:end])
        position = end
    limit = len(text) if body_at is None else body_at
    if limit > position:
        pieces.append(text[position:limit])
    pieces = [piece.strip(" ,;|·") for piece in pieces]
    body = text[body_at:].strip() if body_at is not None else None
    return [piece for piece in pieces if piece], body or None


@lru_cache(maxsize=4096)  # a masthead line is asked about several times
def _fact_spans(text: str) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    # An all-capitals line is a title: "ORGANISATION DE LA CINQUANTE-DEUXIÈME SESSION
    # ORDINAIRE" names a session, it is not the masthead's session line.
    if not text.isupper():
        found += [match.span() for match in SESSION.finditer(text)]
    found += [match.span() for match in TYPE_PHRASE.finditer(text)]
    found += [match.span() for match in CHINESE_TYPE.finditer(text)]
    found += [match.span() for match in BYLINE_PHRASE.finditer(text)]
    for pattern in (
        DISTRIBUTION,
        ORIGINAL,
        GLUED_LANGUAGE,
        RECORD_TITLE,
        PRESIDING,
        AGENDA_ITEM,
        JOB,
        BRACKET,
        RAPPORTEUR_LINE,
        CHINESE_HEADING_TYPE,
    ):
        found += [match.span() for match in pattern.finditer(text)]
    found += [m.span() for m in CONTENTS.finditer(text)]
    found += [m.span() for m in COMMITTEE_REPORT.finditer(text)]
    found += _symbol_spans(text)
    found = _without_overlaps(found)
    found = _without_overlaps(found + _date_spans(text, found))
    return tuple(_without_overlaps(found + _language_spans(text, found)))


def _symbol_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in SYMBOL_TOKEN.finditer(text):
        # A symbol in brackets is cited ("(A/50/605)"), not the document's own.
        before = text[: match.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue
        end = _before_glued_date(text, match.start(), match.end())
        if symbols.is_valid(text[match.start() : end]):
            spans.append((match.start(), end))
    return spans


def _before_glued_date(text: str, start: int, end: int) -> int:
    """Where a symbol ends that extraction glued to the date after it.

    "E/C.12/2005/318 July 2005", "CRC/C/15/Add.23830 juin 2004": the day takes the digits it
    reads as ("18 July", "30 juin"), the symbol keeps the rest.
    """
    found = read_dates(text[max(start, end - 2) : end + 40])
    if found is None or not text[end - 1].isdigit():
        return end
    day_start = max(start, end - 2) + found[2][0]
    if day_start >= end or not symbols.is_valid(text[start:day_start]):
        return end
    return day_start


def _date_spans(text: str, facts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = []
    position = 0
    while (found := read_dates(text[position:])) is not None:
        start, end = (position + found[2][0], position + found[2][1])
        before = text[:start]
        previous_end = max((stop for _, stop in facts if stop <= start), default=0)
        # "2017年9月11日至13日，维也纳": the venue after the dates ends the line with them.
        if venue_after := TRAILING_VENUE.match(text, end):
            end = venue_after.end()
        if not before[previous_end:].strip():
            spans.append((start, end))
        elif venue := VENUE.search(before[previous_end:]):
            spans.append((previous_end + venue.start(), end))
        position = end
    return spans


def _language_spans(text: str, facts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # "15 juin 2004 Français Original: anglais": the language of the text, between two facts.
    spans = []
    for match in re.finditer(r"[^\W\d_]+", text):
        if match[0].lower() not in LANGUAGE_NAMES:
            continue
        start, end = match.span()
        touches = any(
            not text[stop:start].strip() or not text[end:begin].strip()
            for begin, stop in facts
            if stop <= start or begin >= end
        )
        if touches:
            spans.append((start, end))
    return spans


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _body_start(text: str, spans: list[tuple[int, int]], contents_seen: bool) -> int | None:
    first_fact = min((end for _, end in spans), default=0)
    candidates = []
    # "DE L'ASSEMBLÉE GÉNÉRALE, ADOPTION DE L'ORDRE DU JOUR": in capitals, a title.
    if not text.isupper() and (match := ENACTING.search(text, first_fact)):
        candidates.append(match.start())
    if match := INLINE_START.search(text, first_fact):
        candidates.append(match.start())
    # A byline is the masthead's last line: what follows it in a run-on line is the body.
    if (byline := BYLINE_PHRASE.search(text, first_fact)) and text[byline.end() :].strip():
        candidates.append(byline.end())
    contents = list(CONTENTS.finditer(text))
    if contents or contents_seen:
        after = contents[-1].end() if contents else 0
        if match := COLUMN_HEADER.search(text, after):
            candidates.append(match.start())
    if not candidates:
        return None
    start = min(candidates)
    return start if start > 0 else None


def _fact_kind(text: str) -> str | None:
    """Whether a whole line states a masthead fact, so it cannot be the first sentence."""
    for kind, pattern in (
        ("distribution", DISTRIBUTION),
        ("original", ORIGINAL),
        ("session", SESSION),
        ("agenda", AGENDA_ITEM),
        ("contents", CONTENTS),
    ):
        if pattern.match(text):
            return kind
    return None


def _mostly_cjk(text: str) -> bool:
    return sum(1 for char in text if is_cjk(char)) * 3 >= len(text)
