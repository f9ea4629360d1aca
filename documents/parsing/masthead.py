"""The masthead: what the first page prints above chapter I, and what page headers repeat.

Each block above the first chapter or paragraph is one fact, read by what it says, not where it
stands (extraction puts the right-hand column of the first page anywhere):

    联合国打击跨国有组织犯罪公约 缔约方会议      a parent body
    Distr.: Limited / 11 September 2017          distribution, issue date
    Chinese / Original: English                  language, original language
    偷运移民问题工作组                            the body
    2017年9月11日至13日，维也纳                   meeting dates and venue
    临时议程*项目 2                               the agenda item
    自然灾害、冲突和危机…                          the title
    秘书处编写的背景文件 / 报告草稿                 the document type

The meeting's ordinal is rarely in the masthead. The text says it: a report in its account of
the opening (`偷运移民问题工作组第七次会议于 2020年 9月 8日和 9日在维也纳举行`), a
background paper in its purpose (`旨在便利偷运移民问题工作组第七次会议的各项讨论`).
"""

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from . import symbols
from .blocks import Block
from .dates import read_dates
from .lines import join_wrapped
from .numerals import chinese_number, ordinal_word
from .results import Masthead
from .vocabulary import (
    ADOPTED_BY,
    AGENDA_ITEM,
    BYLINES,
    COLUMN_HEADER,
    COMMITTEE_REPORT,
    CONTENTS,
    DISTRIBUTION,
    DISTRIBUTIONS,
    GLUED_LANGUAGE,
    HEADING_TYPES,
    JOB,
    LANGUAGE_NAMES,
    MODIFIER_LABEL,
    OFFICIAL_RECORDS,
    ORGANIZATION,
    ORIGINAL,
    PRESIDING,
    RAPPORTEUR,
    RECORD_TITLE,
    RESOLUTION_NUMBER,
    SESSION,
)

__all__ = ["read_masthead"]

BODY_ENDINGS = ("工作组", "委员会", "缔约方会议", "理事会", "专家组", "专家会议")
BODY_STARTS = (
    "working group",
    "conference of the parties",
    "conference of the states parties",
    "commission on",
    "committee",
    "group of experts",
    "groupe de travail",
    "conférence des parties",
    "grupo de trabajo",
    "conferencia de las partes",
    "рабочая группа",
    "конференция участников",
)
# The line that says what a document is, as the secretariat prints it under the title.
DOCUMENT_TYPES = (
    ("draft_report", r"报告草稿|Draft report|Projet de rapport|Proyecto de informe"),
    (
        "background_paper",
        r"(?:秘书处编写的)?背景文件|Background paper(?: prepared by the Secretariat)?"
        r"|Document d.information établi par le Secrétariat"
        r"|Documento de antecedentes preparado por la Secretaría",
    ),
    (
        "thematic_summary",
        r"(?:秘书处编写的)?专题概要|Thematic summary(?: prepared by the Secretariat)?",
    ),
    (
        "provisional_agenda",
        r"临时议程(?:和说明)?|(?:Annotated )?provisional agenda(?: and annotations)?(?: for .*)?"
        r"|Ordre du jour provisoire(?: et annotations| annoté)?"
        r"|Programa provisional(?: y anotaciones| anotado)?",
    ),
    (
        "secretariat_report",
        r"秘书处(?:的|编写的)?报告|Report (?:of|by) the Secretariat|Rapport du Secrétariat"
        r"|Informe de la Secretaría",
    ),
    (
        "list_of_participants",
        r"与会者名单|List of participants|Liste des participants|Lista de participantes"
        r"|Список участников|قائمة المشاركين",
    ),
    ("conference_room_paper", r"会议室文件|Conference room paper"),
    # "工作组第四次会议报告"; a report as reissued is titled by where and when the meeting was
    # held: "2020年9月8日和9日在维也纳举行的偷运移民问题工作组会议报告".
    (
        "report",
        r".{0,80}第.{1,4}次会议(?:的)?报告|.{0,40}举行的.{0,80}会议(?:的)?报告"
        r"|Report on the .{0,120}meeting.*",
    ),
)
# The ordinal, from the sentence that opens the meeting or states a paper's purpose.
HELD = re.compile(r"第\s*([一二三四五六七八九十\d]{1,3})\s*次会议于(.{0,40}?)举行")
# Ordinals are Latin words or digits: "[A-Za-z0-9]", not "\w", which runs through Chinese.
HELD_ENGLISH = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z0-9]{3,12}) meeting of the Working Group"
    r"[^.]{0,120}?\bheld\b[^.]{0,20}?\b(?:on|from)\b([^.]{0,40})",
    re.IGNORECASE,
)
FACILITATES = re.compile(r"便利[^。]{0,40}?第\s*([一二三四五六七八九十\d]{1,3})\s*次会议的")
FACILITATES_ENGLISH = re.compile(
    r"facilitate (?:the )?discussions? (?:at|of|during) the ([A-Za-z0-9]+) meeting", re.IGNORECASE
)
# Facts a masthead line states on its own, even where no blank line sets it apart.
LINE_FACTS = frozenset(
    {
        "distribution",
        "original",
        "language",
        "meeting",
        "date",
        "agenda",
        "symbol",
        "job",
        "session",
        "contents",
        "bracket",
        "rapporteur",
        "organization",
        "committee",
        "heading_type",
        "byline",
        "adopted",
        "records",
        "volume",
        "modifier",
        "label",
    }
)
LABEL_ALONE = re.compile(r"Distr\.?|(?:Original|原文|Подлинный текст|الأصل)\s*[:：]", re.I)
# "Том III" under "Резолюции и решения…": a cover's volume, part of its title.
VOLUME = re.compile(
    r"(?:Volume|Vol\.|Tome|Volumen|Том|المجلد)\s*[IVXLC\d]+|第[一二三四五六七八九十]+卷"
)
# Facts between a heading type and the title it announces: "[without reference to a Main
# Committee (A/54/L.81/Rev.1)]" under "Resolution adopted by the General Assembly".
BETWEEN_TYPE_AND_TITLE = frozenset({"bracket", "agenda", "session", "job"})
# A date line with the place it was signed at: "一九四六年六月三十日于紐約".
DATELINE_PLACE = re.compile(r"\s*(?:于|at|à|en|в|في)\s+\S.{0,20}|\s*于\S{1,8}", re.I)
# The adoption of a resolution, printed under it: "2000年3月15日 第93次全体会议", "93rd
# plenary meeting 15 March 2000", "93e séance plénière 23 mars 2000".
PLENARY = re.compile(
    r"第\s*\d+\s*次全体会议|\d+(?:st|nd|rd|th|e|re|a|ª|-?[ея]|-?м)?\s*(?:plenary meeting|"
    r"séance plénière|sesión plenaria|пленарное заседание)|الجلسة العامة\s*\d+",
    re.IGNORECASE,
)
TITLE_ORDINAL = re.compile(
    r"第\s*([一二三四五六七八九十\d]{1,3})\s*次会议|(?<![A-Za-z0-9])([A-Za-z0-9]{3,12}) meeting",
    re.IGNORECASE,
)


def read_masthead(
    blocks: Sequence[Block],
    *,
    header_symbols: Sequence[str],
    job_number: str | None,
    language: str | None,
    detected_language: str,
    body_text: str,
) -> Masthead:
    """The masthead from its blocks, the page headers' symbols and the running text.

    The language is the one the importer gave, else the one the masthead prints ("Chinese"),
    else the one detected from the script.
    """
    texts = _labels_joined(_pieces(blocks))
    symbol = Counter(header_symbols).most_common(1)[0][0] if header_symbols else None
    facts: dict[int, str] = {}  # piece index -> what it says
    printed_symbol: str | None = None

    distribution: str | None = None
    original: str | None = None
    printed_language: str | None = None
    issue_date: date | None = None
    document_type: str | None = None
    agenda_item: str | None = None
    meeting: tuple[date, date, str | None] | None = None
    meeting_index: int | None = None
    for index, text in enumerate(texts):
        fact = _fact(text)
        if fact is None:
            continue
        facts[index] = fact
        if fact == "distribution" and (match := DISTRIBUTION.match(text)):
            distribution = DISTRIBUTIONS.get(match[1].lower(), distribution)
        elif fact == "original" and (match := ORIGINAL.match(text)):
            original = LANGUAGE_NAMES.get(match[1].lower().rstrip("."))
        elif fact == "language":
            printed_language = LANGUAGE_NAMES.get(text.lower())
        elif fact == "symbol":
            printed_symbol = printed_symbol or symbols.normalize(text)
        elif fact == "meeting" and meeting is None:
            meeting, meeting_index = _read_meeting(text), index
        elif fact == "date":
            issue_date = issue_date or _date_alone(text)
        elif fact == "agenda" and (match := AGENDA_ITEM.search(text)):
            agenda_item = agenda_item or _agenda_item(match)
        elif fact == "type":
            document_type = document_type or _document_type(text)

    bodies = [i for i, fact in facts.items() if fact == "body"]
    before_meeting = [i for i in bodies if meeting_index is None or i < meeting_index]
    # "联合国打击跨国有组织犯罪公约 缔约方会议" above "偷运移民问题工作组": the body is the
    # last one named before the meeting's dates.
    named = before_meeting or bodies
    body_name = texts[named[-1]] if named else None
    if issue_date is None:
        issue_date = _date_near_distribution(texts, facts)
    # The distribution is what the masthead prints: a symbol's "L." says the document is a
    # draft, which the storing service knows, but the text printed no distribution.
    symbol = symbol or printed_symbol
    title = _title(texts, facts)
    if issue_date is None and any(fact == "heading_type" for fact in facts.values()):
        issue_date = _adopted_on(body_text)
    start, end, venue = meeting if meeting else (None, None, None)
    return Masthead(
        symbol=symbol,
        distribution=distribution,
        issue_date=issue_date,
        language=language or printed_language or detected_language,
        original_language=original,
        body_name=body_name,
        meeting_ordinal=_ordinal(title, body_text, start),
        meeting_start=start,
        meeting_end=end,
        venue=venue,
        document_type=document_type,
        agenda_item=agenda_item,
        title=title,
        job_number=job_number,
    )


def _pieces(blocks: Sequence[Block]) -> list[str]:
    """The masthead's facts, one a piece.

    A Word export prints the right-hand column without blank lines (`Distr.: Limited` /
    `11 September 2017` / `Chinese` / `Original: English` in seed `004`), so a block whose
    lines each state a fact is split into them; a wrapped title stays one piece.
    """
    pieces: list[str] = []
    for block in blocks:
        # "临时议程*项目 2": the star calls the note on the agenda; it is part of no fact.
        # "# Working Group…": a Markdown text marks its masthead as headings.
        lines = _brackets_joined(
            [line.replace("*", "").lstrip("#").strip() for line in block.lines]
        )
        text = join_wrapped(lines)
        if len(lines) == 1 or not any(_fact(line) in LINE_FACTS for line in lines):
            pieces.append(text)
            continue
        free: list[str] = []
        for line in lines:
            if free and (_fact(line) in LINE_FACTS or _starts_anew(free[-1], line)):
                pieces.append(join_wrapped(free))
                free = []
            if _fact(line) in LINE_FACTS:
                pieces.append(line)
            else:
                free.append(line)
        if free:
            pieces.append(join_wrapped(free))
    return pieces


def _labels_joined(pieces: list[str]) -> list[str]:
    """ "Distr." / "GENERAL", "ORIGINAL:" / "ENGLISH": a label and its value set on two lines."""
    joined: list[str] = []
    for piece in pieces:
        if joined and LABEL_ALONE.fullmatch(joined[-1]):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


def _brackets_joined(lines: list[str]) -> list[str]:
    """ "[根据…的报告" / "(A/50/605)通过]": a bracketed note wrapped over lines is one line."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].count("[") > joined[-1].count("]"):
            joined[-1] = join_wrapped([joined[-1], line])
        else:
            joined.append(line)
    return joined


def _starts_anew(previous: str, line: str) -> bool:
    """Whether `line` is a new piece rather than the wrapped end of `previous`.

    "Revitalization of the work of the General Assembly" / "Report of the Ad Hoc Working
    Group…": a line that starts with a capital after one that ended its phrase starts a piece;
    "…to be included in the" / "provisional agenda…" goes on.
    """
    if not line[:1].isupper() or not previous or not previous[-1:].isalpha():
        return False
    last_word = previous.rsplit(None, 1)[-1]
    return not (last_word.islower() and len(last_word) <= 3)


@lru_cache(maxsize=4096)  # each piece is asked what it states several times
def _fact(text: str) -> str | None:
    """What a piece of the masthead states, or None for the title and other free text."""
    if DISTRIBUTION.match(text):
        return "distribution"
    if ORIGINAL.match(text):
        return "original"
    if text.lower() in LANGUAGE_NAMES:
        return "language"
    if "/" in text and symbols.is_valid(text):
        return "symbol"
    if JOB.fullmatch(text):
        return "job"
    if SESSION.fullmatch(text):
        return "session"
    if _read_meeting(text) is not None:
        return "meeting"
    if _date_alone(text) is not None:
        return "date"
    if AGENDA_ITEM.match(text):
        return "agenda"
    if CONTENTS.fullmatch(text) or COLUMN_HEADER.fullmatch(text):
        return "contents"
    if text.startswith("[") and text.endswith("]"):
        return "bracket"
    if RAPPORTEUR.match(text):
        return "rapporteur"
    if LABEL_ALONE.fullmatch(text):
        return "label"  # "Distr." over "GENERAL": joined with its value once pieces are cut
    if ORGANIZATION.fullmatch(re.sub(r"^(?:\d{1,3}|[A-Z])\s+", "", text)):
        return "organization"
    if OFFICIAL_RECORDS.fullmatch(text):
        return "records"
    if VOLUME.fullmatch(text):
        return "volume"
    if MODIFIER_LABEL.fullmatch(text):
        return "modifier"
    if COMMITTEE_REPORT.fullmatch(text) or RECORD_TITLE.fullmatch(text):
        return "committee"  # titled by the committee or the meeting it records
    if PRESIDING.fullmatch(text):
        return "rapporteur"
    if GLUED_LANGUAGE.fullmatch(text):
        return "language"
    if _document_type(text) is not None:
        return "type"
    if HEADING_TYPES.fullmatch(text):
        return "heading_type"
    if BYLINES.fullmatch(text):
        return "byline"
    if ADOPTED_BY.match(text):
        return "adopted"
    if _is_body(text):
        return "body"
    letters = sum(1 for char in text if char.isalpha())
    if letters < 2 or letters < sum(1 for char in text if char.isdigit()):
        return "number"  # a page number, a rule of backticks, "(E) 1606111506": furniture
    return None


def _read_meeting(text: str) -> tuple[date, date, str | None] | None:
    """'2020 年 9 月 8 日和 9 日，维也纳' or 'Vienna, 8 and 9 September 2020'."""
    found = read_dates(text)
    if found is None:
        return None
    start, end, (begin, stop) = found
    if start == end and DATELINE_PLACE.fullmatch(text[stop:]) and not text[:begin].strip():
        return None  # "一九四六年六月三十日于紐約": the date the text was signed
    venue = (text[:begin] + text[stop:]).strip(" ，,、;；.。")
    if venue and (len(venue) > 40 or any(char.isdigit() for char in venue)):
        return None  # a sentence with a date in it, not the meeting line
    if not venue and start == end:
        return None  # a date alone is the issue date
    return start, end, venue or None


def _date_alone(text: str) -> date | None:
    found = read_dates(text)
    if found is None or found[0] != found[1]:
        return None
    begin, stop = found[2]
    if text[:begin].strip():
        return None
    rest = text[stop:]
    return found[0] if not rest.strip() or DATELINE_PLACE.fullmatch(rest) else None


def _agenda_item(match: re.Match[str]) -> str:
    groups = match.groups()
    number, letter = next((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i])
    return f"{int(number)}({letter})" if letter else str(int(number))


def _document_type(text: str) -> str | None:
    for kind, pattern in DOCUMENT_TYPES:
        if re.fullmatch(pattern, text, re.IGNORECASE):
            return kind
    return None


def document_type_described(description: str) -> str | None:
    """The type a report's list of documents gives in words: "临时议程说明" is the provisional
    agenda, "秘书处编写的关于...的背景文件" a background paper; None when no type is named."""
    for kind, pattern in DOCUMENT_TYPES:
        if kind != "report" and re.search(pattern, description, re.IGNORECASE):
            return kind
    return None


def _is_body(text: str) -> bool:
    if len(text) > 200 or any(char.isdigit() for char in text):
        return False
    return text.endswith(BODY_ENDINGS) or text.lower().startswith(BODY_STARTS)


def _title(texts: list[str], facts: dict[int, str]) -> str | None:
    """The document's own title, by where the UN prints it.

    Under a heading type: "Draft decision submitted by the President…" / "High-level meetings
    of the General Assembly in September 2020", "大会决议" / "50/28. 联合国近东…". The report of a
    committee is titled by it: "Informe de la Tercera Comisión". Above a byline or the type:
    "自然灾害…" / "秘书处编写的背景文件", or the type itself when nothing free stands above it
    (`报告草稿`). Otherwise the last free piece above the body: what the cover prints last
    before the contents, the summary or the first paragraph.
    """
    for index, fact in facts.items():
        if fact != "heading_type":
            continue
        for below in range(index + 1, len(texts)):
            if below not in facts:
                return _without_number(texts[below])
            if facts[below] not in BETWEEN_TYPE_AND_TITLE:
                break
    committees = [index for index, fact in facts.items() if fact == "committee"]
    if committees:
        return texts[committees[0]]
    types = [index for index, fact in facts.items() if fact in ("type", "byline")]
    if types:
        above = types[0] - 1
        # A provisional agenda is titled by its type ("Programa provisional y anotaciones"),
        # whatever stands above it: the agenda item's title, the session's place and dates.
        if _document_type(texts[types[0]]) == "provisional_agenda":
            return texts[types[0]]
        if above >= 0 and above not in facts:
            return _without_number(texts[above])
        if facts[types[0]] == "type":
            return texts[types[0]]
    free = [index for index in range(len(texts)) if index not in facts]
    if not free:
        return None
    title = _without_number(texts[free[-1]])
    if facts.get(free[-1] + 1) == "volume":
        title = f"{title}, {texts[free[-1] + 1]}"
    return title


def _without_number(title: str) -> str:
    """ "54/254. Le Sommet du millénaire" is titled "Le Sommet du millénaire"."""
    match = RESOLUTION_NUMBER.match(title)
    if match and match.end() < len(title):
        return title[match.end() :].strip()
    return title


def _date_near_distribution(texts: list[str], facts: dict[int, str]) -> date | None:
    """The issue date a two-column masthead interleaved with the organ's name: "Distr. générale
    pour le développement industriel 26 mars 2021" prints it a line or two below "Distr."."""
    for index, fact in facts.items():
        if fact != "distribution":
            continue
        for text in texts[index : index + 3]:
            found = read_dates(text)
            if (
                found is not None
                and found[0] == found[1]
                and facts.get(texts.index(text)) != "meeting"
            ):
                return found[0]
    return None


def _adopted_on(body_text: str) -> date | None:
    """The date a resolution was adopted, printed with its plenary meeting at its end."""
    for match in PLENARY.finditer(body_text):
        around = body_text[max(0, match.start() - 40) : match.end() + 40]
        if (found := read_dates(around)) is not None and found[0] == found[1]:
            return found[0]
    return None


def _ordinal(title: str | None, body_text: str, meeting_start: date | None) -> int | None:
    is_report = title is not None and ("报告" in title or "report" in title.lower())
    if is_report and title and (match := TITLE_ORDINAL.search(title)):
        number = _ordinal_number(match[1] or match[2])
        if number is not None:
            return number
    # Reports recall the earlier meetings too ("工作组第一次会议于 2012 年 5 月 30日至 6月 1日
    # 举行，第二次会议于…"): the one held on the masthead's dates is this one.
    if meeting_start is not None:
        for pattern in (HELD, HELD_ENGLISH):
            for match in pattern.finditer(body_text):
                found = read_dates(match[2])
                if found is not None and found[0] == meeting_start:
                    number = _ordinal_number(match[1])
                    if number is not None:
                        return number
    for pattern in (FACILITATES, FACILITATES_ENGLISH):
        if match := pattern.search(body_text):
            return _ordinal_number(match[1])
    return None


def _ordinal_number(text: str) -> int | None:
    return chinese_number(text) or ordinal_word(text)
