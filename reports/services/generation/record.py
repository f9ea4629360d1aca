"""What the report of a meeting follows from, in one language: `meeting_record`.

A report in one language prints facts in that language only. A fact the portal holds only in
another (an agenda item titled only in Chinese, a venue known only in Chinese) is printed as the
writer's placeholder, which the open-items panel lists for an editor to fill: never as Chinese
text in an English report, nor English in a Chinese one. The portal's pages fall back from
language to language (`wgportal.languages.in_language`); a report does not.
"""

import re
from collections.abc import Sequence
from types import SimpleNamespace

from documents.models import Document
from meetings.models import Attendance, Entity, Meeting, MeetingRole
from meetings.models.entities import printed_name as printed_entity_name
from reports.writing import (
    PLACEHOLDER,
    AgendaEntry,
    Attending,
    DocumentBefore,
    HeldBefore,
    MeetingRecord,
    Panel,
    Person,
    RecommendationEntry,
    Speakers,
)
from reports.writing.phrases.arabic import AR_HONORIFICS
from reports.writing.phrases.english import EN_HONORIFICS
from reports.writing.phrases.french import FR_HONORIFICS
from reports.writing.phrases.russian import RU_HONORIFICS
from reports.writing.phrases.spanish import ES_HONORIFICS
from wgportal.languages import LANGUAGE_CODES

from .rows import MeetingRows, meeting_rows

# Honorifics the phrases of a language translate from the Chinese or the English one
# ("女士" and "Ms." are "Mme", "Sra.", "г-жа", "السيدة").
HONORIFICS = {"fr": FR_HONORIFICS, "es": ES_HONORIFICS, "ru": RU_HONORIFICS, "ar": AR_HONORIFICS}

# Attendance paragraphs in the order of the seeds (004 ¶13–19): parties, the European Union,
# signatories, other States, then United Nations entities and other organizations.
CATEGORY_ORDER = (
    Attendance.Category.STATE_PARTY,
    Attendance.Category.REIO,
    Attendance.Category.SIGNATORY,
    Attendance.Category.NON_SIGNATORY,
    Attendance.Category.UN_ENTITY,
    Attendance.Category.IGO,
    Attendance.Category.STANDING_OBSERVER,
    Attendance.Category.NGO,
)
ORGANIZATION_KINDS = {
    Entity.Kind.REIO,
    Entity.Kind.IGO,
    Entity.Kind.UN_ENTITY,
    Entity.Kind.STANDING_OBSERVER,
    Entity.Kind.NGO,
}
SYMBOL_NUMBER = re.compile(r"(\d+)")
TITLE_END = "。.：:；; "


def own_text(row: object, field: str, language: str, *, missing: str = PLACEHOLDER) -> str:
    """`row`'s `field` in `language` itself, else `missing`: no other language stands in."""
    return getattr(row, f"{field}_{language}", "") or missing


def printed_name(entity: SimpleNamespace, language: str) -> str:
    """An entity read as values as the lists print it (`Entity.printed_name`), its name in
    `language` itself: a name the portal lacks is the placeholder, without a short form."""
    name = own_text(entity, "name", language)
    if name == PLACEHOLDER:
        return name
    acronym = getattr(entity, f"acronym_{language}")
    return printed_entity_name(name=name, acronym=acronym, kind=entity.kind, language=language)


def meeting_record(
    meeting: Meeting, language: str, rows: MeetingRows | None = None
) -> MeetingRecord:
    """What the report of `meeting` follows from, in `language`."""
    rows = rows or meeting_rows(meeting)
    body = meeting.body
    chair = next(
        (person_of(role, language) for role in rows.roles if role.role == MeetingRole.Role.CHAIR),
        None,
    )
    documents = [
        document_before(rows, d, language) for d in sorted(rows.documents, key=symbol_order)
    ]
    mandate = own_text(body, "mandate", language, missing="")
    return MeetingRecord(
        language=language,
        body_name=own_text(body, "name", language),
        body_prefix=body.symbol_prefix,
        mandate=tuple(line for line in mandate.splitlines() if line.strip()),
        ordinal=meeting.ordinal,
        start=meeting.start_date,
        end=meeting.end_date,
        venue=own_text(meeting, "venue", language, missing=""),
        format=meeting.format,
        sittings=meeting.sittings,
        chair=chair,
        held_before=tuple(
            HeldBefore(m.ordinal, m.start_date, m.end_date) for m in rows.held_before
        ),
        agenda=agenda_of(rows, language),
        agenda_adopted_on=rows.agenda_adopted_on,
        panels=panels_of(rows.roles, language),
        speakers=speakers_of(
            [row for row in rows.statements if not row["entity_id"]]
            + in_un_order(rows, [row for row in rows.statements if row["entity_id"]], language),
            rows.entities,
            language,
        ),
        attendance=attendance_of(rows, language),
        participants_symbol=next(
            (d.symbol for d in documents if d.type == Document.Type.LIST_OF_PARTICIPANTS), ""
        ),
        documents=tuple(documents),
        adopted_on=rows.adopted_on,
        recommendations=tuple(
            RecommendationEntry(
                entry["number"], entry["agenda_item"], entry["text"].get(language, "")
            )
            for entry in rows.recommendations
        ),
    )


def agenda_of(rows: MeetingRows, language: str) -> tuple[AgendaEntry, ...]:
    """The meeting's agenda items, each with its sub-items, titles without their full stop."""
    items = rows.items
    return tuple(
        AgendaEntry(
            number=item.number,
            title=own_text(item, "title", language).rstrip(TITLE_END),
            sub_items=tuple(
                (sub.letter, own_text(sub, "title", language).rstrip(TITLE_END))
                for sub in items
                if sub.number == item.number and sub.letter
            ),
            substantive=item.substantive,
        )
        for item in items
        if not item.letter
    )


def in_un_order(rows: MeetingRows, entries: list[dict], language: str) -> list[dict]:
    """Rows naming an entity, in the order the UN prints lists in `language`."""
    return sorted(
        entries, key=lambda row: getattr(rows.entities[row["entity_id"]], f"sort_{language}")
    )


def attendance_of(rows: MeetingRows, language: str) -> tuple[Attending, ...]:
    """Who attended, by category in the order of the seeds, each in UN order."""
    attendance = in_un_order(rows, rows.attendance, language)
    return tuple(
        Attending(
            category,
            tuple(
                printed_name(rows.entities[row["entity_id"]], language)
                for row in attendance
                if row["category"] == category
            ),
        )
        for category in CATEGORY_ORDER
    )


def person_of(role: MeetingRole, language: str) -> Person:
    # A name is printed as the person writes it, in every language.
    return Person(
        name=role.person.name,
        honorific=honorific_of(role.person, language),
        country=own_text(role.country, "name", language) if role.country else "",
        function=own_text(role, "function", language, missing=known_elsewhere(role, "function")),
        regional_group=(
            own_text(role.regional_group, "name", language) if role.regional_group else ""
        ),
    )


def known_elsewhere(row: object, field: str) -> str:
    """What a report prints for a fact missing in its language: the placeholder where another
    language has it (a panellist's function written only in Chinese), else nothing to say."""
    return (
        PLACEHOLDER if any(getattr(row, f"{field}_{code}", "") for code in LANGUAGE_CODES) else ""
    )


def honorific_of(person, language: str) -> str:
    """The honorific in `language`, else one the other language's version translates: the
    English version prints "女士" as "Ms." (seed 004), the Chinese "Ms." as "女士"."""
    if own := getattr(person, f"honorific_{language}", ""):
        return own
    if language == "en":
        return EN_HONORIFICS.get(person.honorific_zh, "")
    if language == "zh":
        return next((zh for zh, en in EN_HONORIFICS.items() if en == person.honorific_en), "")
    if language in HONORIFICS:
        translated = HONORIFICS[language]
        chinese = person.honorific_zh or honorific_of(person, "zh")
        return translated.get(chinese) or translated.get(person.honorific_en, "")
    return ""


def panels_of(roles: Sequence[MeetingRole], language: str) -> tuple[Panel, ...]:
    """Panellists grouped by the agenda items they led: 004 ¶9 has one panel for items 3 and 4."""
    by_person: dict[int, tuple[MeetingRole, list[int]]] = {}
    for role in roles:
        if role.role != MeetingRole.Role.PANELLIST:
            continue
        entry = by_person.setdefault(role.person_id, (role, []))
        if role.agenda_item is not None and role.agenda_item.number not in entry[1]:
            entry[1].append(role.agenda_item.number)
    panels: dict[tuple[int, ...], list[Person]] = {}
    for role, numbers in by_person.values():
        panels.setdefault(tuple(sorted(numbers)), []).append(person_of(role, language))
    return tuple(Panel(numbers, tuple(people)) for numbers, people in sorted(panels.items()))


def speakers_of(
    statements: Sequence[dict], entities: dict[int, SimpleNamespace], language: str
) -> tuple[Speakers, ...]:
    """One paragraph's worth per capacity and set of agenda items (000 ¶16: items 2 and 3)."""
    items_of: dict[tuple[str, int | None], list[int]] = {}
    for statement in statements:
        numbers = items_of.setdefault((statement["capacity"], statement["entity_id"]), [])
        number = statement["agenda_item__number"]
        if number is not None and number not in numbers:
            numbers.append(number)
    grouped: dict[tuple[str, tuple[int, ...], bool], list[str]] = {}
    for (capacity, entity_id), numbers in items_of.items():
        entity = entities.get(entity_id)
        organization = entity is not None and entity.kind in ORGANIZATION_KINDS
        names = grouped.setdefault(
            (capacity, tuple(sorted(numbers)), organization and capacity == "observer"), []
        )
        if entity is not None:
            names.append(printed_name(entity, language))
    order = ["secretariat", "party", "signatory", "non_party", "observer"]
    return tuple(
        Speakers(capacity, numbers, tuple(names), organizations)
        for (capacity, numbers, organizations), names in sorted(
            grouped.items(), key=lambda entry: (order.index(entry[0][0]), entry[0][2], entry[0][1])
        )
    )


def document_before(rows: MeetingRows, document: dict, language: str) -> DocumentBefore:
    """The document with its own title in `language`, else the title of its agenda item in it."""
    if title := rows.titles.get((document["id"], language)):
        return DocumentBefore(document["symbol"], document["type"], title.rstrip("。. "), True)
    for item in rows.document_items.get(document["id"], []):
        if title := own_text(item, "title", language, missing=""):
            return DocumentBefore(document["symbol"], document["type"], title.rstrip("。. "))
    return DocumentBefore(document["symbol"], document["type"], "")


def symbol_order(document: dict) -> tuple:
    """CTOC/COP/WG.7/2020/1, /2, /3 … /10, then INF. and CRP. documents."""
    parts = SYMBOL_NUMBER.split(document["symbol"])
    return (
        bool(document["symbol_nature"]),
        [int(part) if part.isdigit() else part for part in parts],
    )
