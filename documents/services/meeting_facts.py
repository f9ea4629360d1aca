"""Stores what a meeting's report says about the meeting: sittings and format, the adopted agenda,
attendance, chair and panellists, who spoke, the documents before it and the meetings before it.

Every write is an upsert on facts that do not depend on the language, so the Chinese and the
English report of one meeting fill the same rows (titles and functions go to their language's
column) and importing a report again adds nothing. Rows an editor added are never deleted.

Each agenda item, attendance, role and statement remembers the document it was read from
(`source`): a fact only a draft report states is not public until that report is
(meetings.models.FactQuerySet, AgendaItemQuerySet). When a public document states a fact a
non-public one stated first, the fact is pointed at the public one; a row an editor entered keeps
no source. The meeting's own row records no source, so only a public document writes on it.
"""

from documents.models import Document, public_document_q
from documents.parsing import reports
from documents.parsing.results import ParseWarning
from meetings.models import (
    AgendaItem,
    Attendance,
    Body,
    Entity,
    Meeting,
    MeetingRole,
    Person,
    RegionalGroup,
    Statement,
)
from meetings.names import EntityNames

# "1. 组织事项", then the substantive items, then "其他事项" and "通过报告": the UN agenda pattern.
PROCEDURAL_AT_END = 2
CAPACITIES = {
    "party": Statement.Capacity.PARTY,
    "non_party": Statement.Capacity.NON_PARTY,
    "signatory": Statement.Capacity.SIGNATORY,
    "observer": Statement.Capacity.OBSERVER,
    "secretariat": Statement.Capacity.SECRETARIAT,
}


def store_meeting_facts(
    *, facts: reports.ReportFacts, meeting: Meeting, names: EntityNames, language: str,
    warnings: list[ParseWarning], source: Document,
) -> dict[str, int]:  # fmt: skip
    """Write the report's facts about `meeting`, read from `source`; return what was stored."""
    stated = FactSource(source)
    # The meeting's sittings, format, venue and status show with the meeting and record no
    # source: a draft may still be wrong, and its facts are not public. The report's General
    # reissue writes them (reports.services.reissue).
    if stated.public:
        update_meeting(meeting, facts, language)
    items = store_agenda(meeting, facts.agenda, language, stated)
    return {
        "previous_meetings": store_previous_meetings(meeting, facts, warnings),
        "agenda_items": len(items),
        "attendance": store_attendance(meeting, facts, names, stated),
        "roles": store_roles(meeting, facts, names, items, language, stated),
        "statements": store_statements(meeting, facts, names, items, stated),
        "documents_before": store_documents_before(meeting, facts, items, language),
    }


class FactSource:
    """The document a report's facts are read from, and what that makes of the rows they fill."""

    def __init__(self, document: Document) -> None:
        self.document = document
        # Whether the facts' meeting is public is the facts' own condition (FactQuerySet): the
        # General report of a meeting not yet announced still takes over from its draft.
        self.public = Document.objects.filter(public_document_q(), pk=document.pk).exists()

    def __call__(
        self, row: AgendaItem | Attendance | MeetingRole | Statement, created: bool
    ) -> None:
        """Point a row found (not created: that one has the source) at a public source."""
        # No source: an editor entered it, and it is public already. Of two sources, the public
        # one is kept: a fact a Limited draft stated first is public once a General text says it.
        if created or row.source_id in (None, self.document.pk) or not self.public:
            return
        row.source = self.document
        row.save(update_fields=["source"])

    def attendance(self, row: Attendance, created: bool) -> None:
        """As for any fact, and the document is remembered among those stating the row."""
        self(row, created)
        row.stated_by.add(self.document)

    def may_write(self, row: AgendaItem) -> bool:
        """Whether the document may change a row found: a public one, or the row's own source."""
        # A draft writing its adoption date on an item an editor entered or a public document
        # stated would make the draft's word public through the row.
        return self.public or row.source_id == self.document.pk


def update_meeting(meeting: Meeting, facts: reports.ReportFacts, language: str) -> None:
    found = {
        "sittings": facts.sittings,
        "format": facts.format,
        f"venue_{language}": facts.venue,
        "status": Meeting.Status.HELD,
    }
    changed = {k: v for k, v in found.items() if v and getattr(meeting, k) != v}
    if changed:
        for name, value in changed.items():
            setattr(meeting, name, value)
        meeting.save()


def store_previous_meetings(
    meeting: Meeting, facts: reports.ReportFacts, warnings: list[ParseWarning]
) -> int:
    for previous in facts.previous_meetings:
        row, created = Meeting.objects.get_or_create(
            body=meeting.body,
            ordinal=previous.ordinal,
            defaults={
                "start_date": previous.start,
                "end_date": previous.end,
                "status": Meeting.Status.HELD,
                "published": meeting.published,
                # Known only from a later report: its own documents announce it when they come.
                "awaits_first_document": not meeting.published,
            },
        )
        if not created and (row.start_date, row.end_date) != (previous.start, previous.end):
            warnings.append(
                ParseWarning(
                    "meeting-dates-differ",
                    f"The report dates meeting {previous.ordinal} {previous.start}–{previous.end}"
                    f", the portal {row.start_date}–{row.end_date}; the portal's are kept.",
                )
            )
    return len(facts.previous_meetings)


def store_agenda(
    meeting: Meeting, agenda: reports.Agenda | None, language: str, stated: FactSource
) -> dict[str, AgendaItem]:
    """The agenda items by printed number ("2", "1(a)")."""
    if agenda is None:
        return {}
    adopted = (
        {"status": AgendaItem.Status.ADOPTED, "adopted_on": agenda.adopted_on}
        if agenda.adopted_on
        else {}
    )
    last = len(agenda.items)
    items: dict[str, AgendaItem] = {}
    for position, item in enumerate(agenda.items, start=1):
        procedural = last >= 4 and (position == 1 or position > last - PROCEDURAL_AT_END)
        values = {f"title_{language}": item.title, "substantive": not procedural, **adopted}
        items[item.number] = agenda_item(meeting, int(item.number), "", values, stated)
        for sub_item in item.sub_items:
            values = {f"title_{language}": sub_item.title, "substantive": False, **adopted}
            items[f"{item.number}({sub_item.label})"] = agenda_item(
                meeting, int(item.number), sub_item.label, values, stated
            )
    return items


def agenda_item(
    meeting: Meeting, number: int, letter: str, values: dict, stated: FactSource
) -> AgendaItem:
    """The meeting's item `number` `letter`, created or updated with `values` as `stated` may."""
    row = AgendaItem.objects.filter(meeting=meeting, number=number, letter=letter).first()
    if row is None:
        return AgendaItem.objects.create(
            meeting=meeting, number=number, letter=letter, source=stated.document, **values
        )
    if stated.may_write(row):
        changed = {name: value for name, value in values.items() if getattr(row, name) != value}
        if changed:
            for name, value in changed.items():
                setattr(row, name, value)
            row.save()
        stated(row, created=False)
    return row


def store_attendance(
    meeting: Meeting, facts: reports.ReportFacts, names: EntityNames, stated: FactSource
) -> int:
    stored = 0
    for listed in facts.attendance:
        for name in listed.names:
            entity = names.resolve(name)
            if entity is None:
                continue  # reported as an unmatched name by the parser
            stated.attendance(
                *Attendance.objects.get_or_create(
                    meeting=meeting,
                    entity=entity,
                    category=attendance_category(listed, entity),
                    defaults={"source": stated.document},
                )
            )
            stored += 1
    return stored


def attendance_category(listed: reports.AttendanceList, entity: Entity) -> str:
    # "下列政府间组织和联合国实体" lists both in one paragraph: the entity says which it is.
    if listed.category == "igo_or_un_entity":
        return (
            Attendance.Category.UN_ENTITY
            if entity.kind == Entity.Kind.UN_ENTITY
            else Attendance.Category.IGO
        )
    return listed.category


def store_roles(
    meeting: Meeting, facts: reports.ReportFacts, names: EntityNames,
    items: dict[str, AgendaItem], language: str, stated: FactSource,
) -> int:  # fmt: skip
    stored = 0
    if facts.chair is not None:
        person = person_named(facts.chair.name, facts.chair.honorific, language)
        defaults = {"country": names.resolve(facts.chair.country)}
        stated(
            *MeetingRole.objects.update_or_create(
                meeting=meeting,
                person=person,
                role=MeetingRole.Role.CHAIR,
                defaults=defaults,
                create_defaults={**defaults, "source": stated.document},
            )
        )
        stored += 1
    for order, panellist in enumerate(facts.panellists):
        person = person_named(panellist.name, panellist.honorific, language)
        defaults = {
            "country": names.resolve(panellist.country) if panellist.country else None,
            "regional_group": regional_group(panellist.regional_group, language),
            "order": order,
        }
        if panellist.function:
            defaults[f"function_{language}"] = panellist.function
        # One role per agenda item: 004 ¶9 has the same panel lead the discussion of items 3 and 4.
        for agenda_item in [items.get(n) for n in panellist.agenda_items] or [None]:
            stated(
                *MeetingRole.objects.update_or_create(
                    meeting=meeting,
                    person=person,
                    role=MeetingRole.Role.PANELLIST,
                    agenda_item=agenda_item,
                    defaults=defaults,
                    create_defaults={**defaults, "source": stated.document},
                )
            )
            stored += 1
    return stored


def person_named(name: str, honorific: str, language: str) -> Person:
    person, _created = Person.objects.get_or_create(name=name)
    if honorific and getattr(person, f"honorific_{language}") != honorific:
        setattr(person, f"honorific_{language}", honorific)
        person.save()
    return person


def regional_group(printed: str, language: str) -> RegionalGroup | None:
    # Reports name the group loosely: "代表非洲国家" for 非洲国家组, "拉丁美洲和加勒比国家组".
    if not printed:
        return None
    for group in RegionalGroup.objects.all():
        name = getattr(group, f"name_{language}")
        if name and (printed in name or name in printed):
            return group
    return None


def store_statements(
    meeting: Meeting, facts: reports.ReportFacts, names: EntityNames,
    items: dict[str, AgendaItem], stated: FactSource,
) -> int:  # fmt: skip
    stored = 0
    for block in facts.statements:
        capacity = CAPACITIES[block.capacity]
        agenda_items = [items.get(number) for number in block.agenda_items] or [None]
        for order, speaker in enumerate(block.speakers):
            entity = None if capacity == Statement.Capacity.SECRETARIAT else names.resolve(speaker)
            if entity is None and capacity != Statement.Capacity.SECRETARIAT:
                continue  # an unmatched name, reported by the parser
            for agenda_item in agenda_items:
                stated(
                    *Statement.objects.get_or_create(
                        meeting=meeting,
                        agenda_item=agenda_item,
                        entity=entity,
                        capacity=capacity,
                        defaults={"order": order, "source": stated.document},
                    )
                )
                stored += 1
    return stored


def store_documents_before(
    meeting: Meeting, facts: reports.ReportFacts, items: dict[str, AgendaItem], language: str
) -> int:
    listed = [
        (d.symbol, d.document_type or Document.Type.OTHER) for d in facts.documents if d.symbol
    ]
    if facts.participants_symbol:
        listed.append((facts.participants_symbol, Document.Type.LIST_OF_PARTICIPANTS))
    described = {d.symbol: d.description for d in facts.documents if d.symbol}
    for symbol, kind in listed:
        document, created = Document.objects.get_or_create_cited(
            symbol, defaults={"type": kind, "meeting": meeting, "body": meeting.body}
        )
        if not created and document.meeting_id is None:
            document.meeting = meeting
            document.save(update_fields=["meeting"])
        if item := item_described(described.get(symbol, ""), items, language):
            document.agenda_items.add(item)
    return len(listed)


def item_described(
    description: str, items: dict[str, AgendaItem], language: str
) -> AgendaItem | None:
    """The substantive agenda item whose title a document's description repeats: "秘书处编写的
    背景文件，内容是自然灾害、冲突和危机…" (000 ¶26 (b)) is the paper for item 2."""
    printed = "".join(description.split())
    for item in items.values():
        title = "".join(getattr(item, f"title_{language}").split()).rstrip("。.")
        if item.substantive and title and title in printed:
            return item
    return None


def meeting_of(facts: reports.ReportFacts, body: Body | None) -> Meeting | None:
    """The meeting a report is of, created from the report's own dates when missing."""
    if body is None or facts.meeting_ordinal is None or facts.start is None:
        return None
    meeting, _created = Meeting.objects.get_or_create(
        body=body,
        ordinal=facts.meeting_ordinal,
        defaults={
            "start_date": facts.start,
            "end_date": facts.end or facts.start,
            "awaits_first_document": True,
        },
    )
    return meeting
