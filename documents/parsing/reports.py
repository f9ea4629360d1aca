"""Reads the facts of a meeting from its report or draft report: `read_report`.

Reports follow one pattern (seeds `000` and `004`; DESIGN.md): 一. 导言 (the meetings held
before), 二. 建议, 三. 审议情况概要, 四. 会议安排 (A. opening: ordinal, dates, venue, format,
sittings, chair; B. statements; C. the adopted agenda; D. attendance; E. documents), 五. 通过
报告. Each fact is read from the chapter or section that prints it, found by its title; where a
report lacks the heading, from the whole text. Lists are kept as printed: names are not
resolved here (the caller's `is_known_name` only helps split them and flags the unknown ones).
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from . import report_formulas as ru_ar
from .agenda import Agenda, read_agenda
from .attendance import AttendanceCategory, AttendanceList, listed_twice, read_attendance
from .dates import read_dates
from .documentation import DocumentBefore, read_documents, read_participants_symbol
from .name_lists import has_short_form, without_short_form
from .numerals import cardinal_word, chinese_number, ordinal_word
from .open_items import OpenItemFound, find_open_items
from .recommendations import Recommendation, RecommendationTopic, read_recommendations
from .report_titles import CHAPTERS, SECTIONS
from .results import Heading, Paragraph, ParsedText, ParseError, ParseWarning
from .roles import Chair, Panellist, Statements, read_chair, read_panellists, read_statements

__all__ = ["PreviousMeeting", "ReportFacts", "read_report"]

MeetingFormat = Literal["in_person", "hybrid", "online"]

NOT_A_REPORT = (
    "This text does not read as the report of a meeting: it has no chapter 'Organization of "
    "the meeting' (会议安排) or 'Adoption of the report' (通过报告), no adopted agenda and no "
    "attendance list."
)

NUMBER = r"[一二三四五六七八九十百〇零两\d]+"
# "偷运移民问题工作组第七次会议于 2020年 9月 8日和 9日在维也纳举行。" (000 ¶12).
MEETING_ZH = re.compile(rf"第\s*({NUMBER})\s*[次届]会议于")
# "The seventh meeting of the Working Group … was held in Vienna", "La septième réunion du
# Groupe de travail … s’est tenue à Vienne", "La séptima reunión del Grupo de Trabajo … se
# celebró en Viena".
MEETING_EN = re.compile(
    r"\b(\w+) (?:meeting|session) of the [^.]*?\bwas held\b|\bheld its (\w+) (?:meeting|session)"
    r"|\b([\w-]+) (?:réunion|session) du [^.]*?\bs['’]est tenue\b"
    r"|\b([\w-]+) (?:reunión|período de sesiones) del [^.]*?\bse celebró\b"
    r"|\ba tenu sa ([\w-]+) (?:réunion|session)|\bcelebró su ([\w-]+) (?:reunión|período)",
    re.I,
)
VENUE = re.compile(
    r"在\s*([^\s\d，。、“”]{1,12}?)\s*举行|\bheld in ([A-Z][\w\-]*(?: [A-Z][\w\-]*)*)"
    r"|\b(?:tenue|réunion) à ([A-Z][\w\-]*(?: [A-Z][\w\-]*)*)"
    r"|\b(?:celebró|reunión) en ([A-Z][\w\-]*(?: [A-Z][\w\-]*)*)"
)
# "共举行了四场会议" (000 ¶12), "本届会议期间共举行了五次会议" (004 ¶6); "Five meetings were
# held", "The Working Group held four meetings".
SITTINGS_ZH = re.compile(rf"举行了\s*({NUMBER})\s*[场次]会议")
# "Le Groupe de travail a tenu quatre séances", "El Grupo de Trabajo celebró cuatro sesiones".
SITTINGS_EN = re.compile(
    r"\b(\w+) (?:meetings|sittings) were held|\b(one) (?:meeting|sitting) was held"
    r"|\bheld (\w+) (?:meetings|sittings)"
    r"|\ba tenu ([\w-]+) séances?|\bcelebró (\w+) sesi(?:ón|ones)",
    re.I,
)
# "本次会议以“混合/实际到场”形式举行" (000 ¶12) is hybrid: some in the room, most remote.
FORMATS: tuple[tuple[MeetingFormat, re.Pattern[str]], ...] = (
    ("hybrid", re.compile(r"混合|hybrid|híbrid", re.I)),
    ("online", re.compile(r"线上|在线|虚拟|online|virtual|en ligne|en línea", re.I)),
    ("in_person", re.compile(r"实际到场|面对面|现场|in.person|présentiel|presencial", re.I)),
)
# "工作组第一次会议于 2012 年 5 月 30日至 6月 1日举行，第二次会议于…" (000 ¶1);
# "工作组以往几届会议于2012年5月30日至6月1日、2013年11月11日至13日及…举行" (004 ¶1).
HELD_BEFORE_ZH = re.compile(r"工作组.*会议于")
HELD_BEFORE_EN = re.compile(
    r"(?=.*\bWorking Group\b)(?=.*\bmeetings?\b)(?=.*\bheld\b)"
    r"|(?=.*\bGroupe de travail\b)(?=.*\bréunions?\b)(?=.*\btenu)"
    r"|(?=.*\bGrupo de Trabajo\b)(?=.*\breuni(?:ón|ones)\b)(?=.*\bcelebr)"
)
PRINTED_ORDINAL = re.compile(
    rf"第\s*({NUMBER})\s*[次届]会议|\b([\w-]+) (?:meeting|réunion|reunión)\b", re.I
)
SENTENCE_END = re.compile(r"(?<=。)|(?<=\.)\s+(?=[A-Z])")
REPORT_ADOPTED = re.compile(
    r"通过了[^。]{0,12}报告|adopted (?:the|its) report|adopté le rapport|aprobó el informe", re.I
)


@dataclass(frozen=True)
class PreviousMeeting:
    """A meeting of the body held before this one, as the introduction lists it."""

    ordinal: int  # as printed ("第二次会议"), else by its place in the list
    start: date
    end: date
    ordinal_printed: bool


@dataclass(frozen=True)
class ReportFacts:
    """What a report of a meeting says about the meeting, as printed."""

    meeting_ordinal: int | None
    start: date | None
    end: date | None
    venue: str | None
    format: MeetingFormat | None  # None when the report does not say
    sittings: int | None  # "共举行了四场会议" -> 4
    chair: Chair | None
    panellists: tuple[Panellist, ...]
    statements: tuple[Statements, ...]
    agenda: Agenda | None
    attendance: tuple[AttendanceList, ...]
    participants_symbol: str | None  # the list of participants: "CTOC/COP/WG.7/2020/INF/1/Rev.1"
    documents: tuple[DocumentBefore, ...]
    adopted_on: date | None  # the date the report was adopted
    previous_meetings: tuple[PreviousMeeting, ...]
    recommendations: tuple[Recommendation, ...]
    recommendation_topics: tuple[RecommendationTopic, ...]
    # Every bracket and placeholder, positions within its paragraph's text; the paragraph number
    # is that of the numbered paragraph it stands in or under (None in a recommendation's text).
    open_items: tuple[OpenItemFound, ...]
    warnings: tuple[ParseWarning, ...]

    def attendance_of(self, category: AttendanceCategory) -> tuple[str, ...]:
        """All names listed in `category`, in order: "state_party", "igo"…"""
        return tuple(n for a in self.attendance if a.category == category for n in a.names)


def read_report(
    parsed: ParsedText, *, is_known_name: Callable[[str], bool] | None = None
) -> ReportFacts:
    """The facts of the meeting `parsed` reports on; raise ParseError if it is no report."""
    scope = _Scope(parsed)
    # Without its headings, the chapter is every paragraph but the introduction's, which
    # speaks of the meetings held before: "工作组第一次会议于 2012 年 5 月 30日至 6月 1日举行".
    introduction = scope.numbered("introduction")
    organization = scope.numbered("organization") or [
        paragraph for paragraph in scope.numbered(None) if paragraph not in introduction
    ]
    opening = scope.numbered("opening") or organization
    meeting = next((p.text for p in opening if _is_meeting(p.text)), "")
    statements_section = scope.numbered("statements") or organization
    attendance = read_attendance(
        scope.numbered("attendance") or organization, is_known_name=is_known_name
    )
    agenda = read_agenda(parsed.paragraphs, scope.indexes("agenda") or scope.indexes(None))
    if not (scope.has("organization") or scope.has("adoption") or agenda or attendance):
        raise ParseError(NOT_A_REPORT)

    warnings: list[ParseWarning] = []
    dates = read_dates(meeting) if meeting else None
    masthead = parsed.masthead
    statements = read_statements(statements_section, is_known_name=is_known_name)
    chair = read_chair(opening) or read_chair(organization)
    panellists = read_panellists(statements_section, scope.numbered("summary"))
    participants_symbol, documents, listing_warnings = _documents_listed(parsed, scope)
    recommendations, topics, gaps = _recommendations_of(parsed, scope)
    warnings += listing_warnings + gaps
    start = dates[0] if dates else masthead.meeting_start
    if is_known_name is not None:
        warnings += _unmatched_names(attendance, statements, chair, panellists, is_known_name)
    return ReportFacts(
        meeting_ordinal=_meeting_ordinal(meeting) or masthead.meeting_ordinal,
        start=start,
        end=dates[1] if dates else masthead.meeting_end,
        venue=_venue(meeting) or masthead.venue,
        format=next((kind for kind, pattern in FORMATS if pattern.search(meeting)), None)
        or ru_ar.meeting_format(meeting),
        sittings=next(filter(None, (_sittings(p.text) for p in opening)), None),
        chair=chair,
        panellists=panellists,
        statements=statements,
        agenda=agenda,
        attendance=attendance,
        participants_symbol=participants_symbol,
        documents=documents,
        adopted_on=_adopted_on(scope.numbered("adoption") or scope.numbered(None)),
        previous_meetings=_previous_meetings(introduction, before=start),
        recommendations=recommendations,
        recommendation_topics=topics,
        open_items=_open_items(parsed),
        warnings=(*warnings, *listed_twice(attendance)),
    )


def _documents_listed(
    parsed: ParsedText, scope: "_Scope"
) -> tuple[str | None, tuple[DocumentBefore, ...], list[ParseWarning]]:
    """The symbol of the list of participants, and the documents the meeting had before it."""
    participants_symbol, symbol_warnings = read_participants_symbol(
        scope.numbered("attendance") or scope.numbered(None)
    )
    documents, document_warnings = read_documents(
        parsed.paragraphs, scope.indexes("documentation") or scope.indexes(None)
    )
    return participants_symbol, documents, [*symbol_warnings, *document_warnings]


def _recommendations_of(
    parsed: ParsedText, scope: "_Scope"
) -> tuple[tuple[Recommendation, ...], tuple[RecommendationTopic, ...], list[ParseWarning]]:
    """The recommendations of chapter II and their topic headings; none without the chapter."""
    if (chapter := scope.chapter("recommendations")) is None:
        return (), (), []
    return read_recommendations(parsed, chapter)


class _Scope:
    """Which chapter and section each paragraph stands in, by the titles of its headings."""

    def __init__(self, parsed: ParsedText) -> None:
        self.parsed = parsed
        self.roles: list[set[str]] = []
        for index in range(len(parsed.headings)):
            roles: set[str] = set()
            seen: set[int] = set()
            at: int | None = index
            while at is not None and at not in seen:
                seen.add(at)
                heading = parsed.headings[at]
                titles = CHAPTERS if heading.kind == "chapter" else SECTIONS
                if heading.kind in ("chapter", "section"):
                    roles.update(role for role, words in titles.items() if _titled(heading, words))
                at = heading.parent
            self.roles.append(roles)

    def has(self, role: str) -> bool:
        return any(role in roles for roles in self.roles)

    def chapter(self, role: str) -> int | None:
        return next(
            (
                index
                for index, heading in enumerate(self.parsed.headings)
                if heading.kind == "chapter" and _titled(heading, CHAPTERS[role])
            ),
            None,
        )

    def indexes(self, role: str | None) -> list[int]:
        """The paragraphs in the chapter or section `role` (all paragraphs for None)."""
        return [
            index
            for index, paragraph in enumerate(self.parsed.paragraphs)
            if role is None
            or (paragraph.heading is not None and role in self.roles[paragraph.heading])
        ]

    def numbered(self, role: str | None) -> list[Paragraph]:
        paragraphs = self.parsed.paragraphs
        return [paragraphs[i] for i in self.indexes(role) if paragraphs[i].kind == "numbered"]


def _titled(heading: Heading, words: Sequence[str]) -> bool:
    title = heading.text.strip().lower()
    return any(title.startswith(word) for word in words)


def _is_meeting(text: str) -> bool:
    return bool(MEETING_ZH.search(text) or MEETING_EN.search(text)) or ru_ar.is_meeting(text)


def _meeting_ordinal(text: str) -> int | None:
    if match := MEETING_ZH.search(text):
        return chinese_number(match[1])
    if match := MEETING_EN.search(text):
        return ordinal_word(next(group for group in match.groups() if group))
    return ru_ar.meeting_ordinal(text)


def _venue(text: str) -> str | None:
    if match := VENUE.search(text):
        return next(group for group in match.groups() if group)
    return ru_ar.venue(text)


def _sittings(text: str) -> int | None:
    if match := SITTINGS_ZH.search(text):
        return chinese_number(match[1])
    if match := SITTINGS_EN.search(text):
        return cardinal_word(next(group for group in match.groups() if group))
    return ru_ar.sittings(text)


def _previous_meetings(
    paragraphs: Sequence[Paragraph], *, before: date | None
) -> tuple[PreviousMeeting, ...]:
    meetings: list[PreviousMeeting] = []
    for paragraph in paragraphs:
        printed = SENTENCE_END.split(paragraph.text)
        for sentence in (part for text in printed for part in ru_ar.sentences(text)):
            if not (
                HELD_BEFORE_ZH.search(sentence)
                or HELD_BEFORE_EN.search(sentence)
                or ru_ar.held_before(sentence)
            ):
                continue
            position = 0
            while found := read_dates(sentence[position:]):
                start, end, (first, last) = found
                gap = sentence[position : position + first]
                position += last
                if before is not None and start >= before:
                    continue
                ordinal = _printed_ordinal(gap)
                meetings.append(
                    PreviousMeeting(
                        ordinal=ordinal or (meetings[-1].ordinal + 1 if meetings else 1),
                        start=start,
                        end=end,
                        ordinal_printed=ordinal is not None,
                    )
                )
    return tuple(meetings)


def _printed_ordinal(gap: str) -> int | None:
    """The ordinal printed before a date: "第二次会议于" -> 2, "its second meeting from" -> 2."""
    for match in reversed(list(PRINTED_ORDINAL.finditer(gap))):
        number = chinese_number(match[1]) if match[1] else ordinal_word(match[2])
        if number is not None:
            return number
    return ru_ar.printed_ordinal(gap)


def _adopted_on(paragraphs: Sequence[Paragraph]) -> date | None:
    for paragraph in paragraphs:
        adopted = REPORT_ADOPTED.search(paragraph.text) or ru_ar.report_adopted(paragraph.text)
        if adopted and (dates := read_dates(paragraph.text)):
            return dates[0]
    return None


def _open_items(parsed: ParsedText) -> tuple[OpenItemFound, ...]:
    items = []
    for paragraph in parsed.paragraphs:
        owner: int | None = paragraph.number
        at = paragraph.parent
        while owner is None and at is not None:
            owner, at = parsed.paragraphs[at].number, parsed.paragraphs[at].parent
        items += [replace(item, paragraph_number=owner) for item in find_open_items(paragraph.text)]
    return tuple(items)


def _unmatched_names(
    attendance: Sequence[AttendanceList],
    statements: Sequence[Statements],
    chair: Chair | None,
    panellists: Sequence[Panellist],
    is_known_name: Callable[[str], bool],
) -> list[ParseWarning]:
    """Every printed name of a State or organization the caller does not know, once each."""
    where: dict[str, list[str]] = {}
    for attendance_list in attendance:
        for name in attendance_list.names:
            where.setdefault(name, []).append(f"¶{attendance_list.paragraph_number}")
    for said in statements:
        if said.capacity != "secretariat":
            for name in said.speakers:
                where.setdefault(name, []).append(f"¶{said.paragraph_number}")
    for person in [chair, *panellists]:
        if person is not None and person.country:
            where.setdefault(person.country, []).append(f"¶{person.paragraph_number}")
    return [
        ParseWarning(
            "unmatched-name",
            f"{name} ({', '.join(dict.fromkeys(places))}) is not a known State or organization.",
        )
        for name, places in where.items()
        if not is_known_name(name)
        and not (has_short_form(name) and is_known_name(without_short_form(name)))
    ]
