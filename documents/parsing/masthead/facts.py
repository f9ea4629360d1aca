"""What a piece of the masthead states: its distribution, a date, the meeting, the body, the type.

Each piece is one fact, read by what it says, not where it stands; the title and other free text
state none.
"""

import re
from datetime import date
from functools import lru_cache

from .. import symbols
from ..dates import read_dates
from ..vocabulary import (
    ADOPTED_BY,
    AGENDA_ITEM,
    BYLINES,
    COLUMN_HEADER,
    COMMITTEE_REPORT,
    CONTENTS,
    DISTRIBUTION,
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
    SESSION,
)

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
    (
        "draft_report",
        r"报告草稿|Draft report|Projet de rapport|Proyecto de informe|Проект доклада"
        r"|مشروع (?:ال)?تقرير",
    ),
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
# A date line with the place it was signed at: "一九四六年六月三十日于紐約".
DATELINE_PLACE = re.compile(r"\s*(?:于|at|à|en|в|في)\s+\S.{0,20}|\s*于\S{1,8}", re.I)


@lru_cache(maxsize=4096)  # each piece is asked what it states several times
def fact_of(text: str) -> str | None:
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
    if read_meeting(text) is not None:
        return "meeting"
    if date_alone(text) is not None:
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
    if document_type_of(text) is not None:
        return "type"
    if HEADING_TYPES.fullmatch(text):
        return "heading_type"
    if BYLINES.fullmatch(text):
        return "byline"
    if ADOPTED_BY.match(text):
        return "adopted"
    if is_body(text):
        return "body"
    letters = sum(1 for char in text if char.isalpha())
    if letters < 2 or letters < sum(1 for char in text if char.isdigit()):
        return "number"  # a page number, a rule of backticks, "(E) 1606111506": furniture
    return None


def read_meeting(text: str) -> tuple[date, date, str | None] | None:
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


def date_alone(text: str) -> date | None:
    found = read_dates(text)
    if found is None or found[0] != found[1]:
        return None
    begin, stop = found[2]
    if text[:begin].strip():
        return None
    rest = text[stop:]
    return found[0] if not rest.strip() or DATELINE_PLACE.fullmatch(rest) else None


def agenda_item_number(match: re.Match[str]) -> str:
    groups = match.groups()
    number, letter = next((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i])
    return f"{int(number)}({letter})" if letter else str(int(number))


def document_type_of(text: str) -> str | None:
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


def is_body(text: str) -> bool:
    if len(text) > 200 or any(char.isdigit() for char in text):
        return False
    return text.endswith(BODY_ENDINGS) or text.lower().startswith(BODY_STARTS)
