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

from . import symbols
from .blocks import Block
from .dates import read_dates
from .lines import join_wrapped
from .numerals import chinese_number, ordinal_word
from .results import Masthead

__all__ = ["read_masthead"]

# The six languages as a masthead names them ("Chinese", "Original: English", "原文：英文").
LANGUAGE_NAMES = {
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "russian": "ru",
    "spanish": "es",
    "阿拉伯文": "ar",
    "中文": "zh",
    "英文": "en",
    "法文": "fr",
    "俄文": "ru",
    "西班牙文": "es",
    "anglais": "en",
    "français": "fr",
    "inglés": "en",
    "español": "es",
}
DISTRIBUTIONS = {
    "general": "general",
    "générale": "general",
    "limited": "limited",
    "limitée": "limited",
    "limitada": "limited",
    "restricted": "restricted",
    "restreinte": "restricted",
    "reservada": "restricted",
}
DISTRIBUTION = re.compile(r"Distr\.?\s*[:：]?\s*([^\W\d_]+)", re.IGNORECASE)
ORIGINAL = re.compile(r"(?:Original|原文)\s*[:：]\s*(\S+)", re.IGNORECASE)
AGENDA_ITEM = re.compile(
    r"(?:临时)?议程项目\s*(\d{1,2})\s*(?:[(（]\s*([a-z])\s*[)）])?"
    r"|Item\s+(\d{1,2})\s*(?:\(([a-z])\))?\s+of\s+the\s+provisional\s+agenda"
    r"|Provisional\s+agenda\s+item\s+(\d{1,2})\s*(?:\(([a-z])\))?"
    r"|Point\s+(\d{1,2})\s*(?:\(([a-z])\))?\s+de\s+l.ordre\s+du\s+jour"
    r"|Tema\s+(\d{1,2})\s*(?:\(([a-z])\))?\s+del\s+programa",
    re.IGNORECASE,
)
BODY_ENDINGS = ("工作组", "委员会", "缔约方会议", "理事会", "专家组", "专家会议")
BODY_STARTS = (
    "working group",
    "conference of the parties",
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
        r"临时议程(?:和说明)?|Provisional agenda(?: and annotations)?"
        r"|Ordre du jour provisoire(?: et annotations)?|Programa provisional(?: y anotaciones)?",
    ),
    (
        "secretariat_report",
        r"秘书处(?:的|编写的)?报告|Report (?:of|by) the Secretariat|Rapport du Secrétariat"
        r"|Informe de la Secretaría",
    ),
    ("list_of_participants", r"与会者名单|List of participants|Liste des participants"),
    ("conference_room_paper", r"会议室文件|Conference room paper"),
    ("report", r".{0,80}第.{1,4}次会议(?:的)?报告|Report on the .{0,120}meeting.*"),
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
LINE_FACTS = frozenset({"distribution", "original", "language", "meeting", "date", "agenda"})
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
    texts = _pieces(blocks)
    symbol = Counter(header_symbols).most_common(1)[0][0] if header_symbols else None
    facts: dict[int, str] = {}  # piece index -> what it says

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
            printed_language = LANGUAGE_NAMES[text.lower()]
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
    if distribution is None and symbol is not None:
        distribution = symbols.parse(symbol).distribution_hint
    title = _title(texts, facts)
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
        lines = [line.replace("*", "").lstrip("#").strip() for line in block.lines]
        text = join_wrapped(lines)
        if len(lines) == 1 or not any(_fact(line) in LINE_FACTS for line in lines):
            pieces.append(text)
            continue
        free: list[str] = []
        for line in lines:
            if _fact(line) in LINE_FACTS:
                if free:
                    pieces.append(join_wrapped(free))
                    free = []
                pieces.append(line)
            else:
                free.append(line)
        if free:
            pieces.append(join_wrapped(free))
    return pieces


def _fact(text: str) -> str | None:
    """What a piece of the masthead states, or None for the title and other free text."""
    if DISTRIBUTION.match(text):
        return "distribution"
    if ORIGINAL.match(text):
        return "original"
    if text.lower() in LANGUAGE_NAMES:
        return "language"
    if _read_meeting(text) is not None:
        return "meeting"
    if _date_alone(text) is not None:
        return "date"
    if AGENDA_ITEM.search(text):
        return "agenda"
    if _document_type(text) is not None:
        return "type"
    if _is_body(text):
        return "body"
    return None


def _read_meeting(text: str) -> tuple[date, date, str | None] | None:
    """'2020 年 9 月 8 日和 9 日，维也纳' or 'Vienna, 8 and 9 September 2020'."""
    found = read_dates(text)
    if found is None:
        return None
    start, end, (begin, stop) = found
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
    return found[0] if not (text[:begin] + text[stop:]).strip() else None


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
    """The block printed right above the document type, or the type itself (`报告草稿`)."""
    types = [index for index, fact in facts.items() if fact == "type"]
    if types:
        above = types[0] - 1
        if above >= 0 and above not in facts:
            return texts[above]
        return texts[types[0]]
    free = [text for index, text in enumerate(texts) if index not in facts]
    return free[-1] if free else None


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
