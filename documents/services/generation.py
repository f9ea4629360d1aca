"""Generates and regenerates the draft report of a meeting from the portal's rows.

`meeting_record` gathers what the report follows from (a handful of queries, whatever the size
of the meeting); `documents.writing.write_report` writes it; `generate_report` stores it section
by section. Regenerating keeps every paragraph an editor changed: a paragraph still equal to
what the generator last wrote there (`ReportSection.generated_text`) is rewritten, any other is
kept, and a section never generated (imported from the secretariat's file, or added by an
editor) is left as it is. The paragraphs are then numbered on through the report again.
"""

import datetime
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from documents.models import Document, DraftReport, LanguageVersion, ReportEvent, ReportSection
from documents.parsing.report_sections import ReportPart
from documents.signals import report_recommendations
from documents.writing import (
    AgendaEntry,
    Attending,
    Block,
    DocumentBefore,
    HeldBefore,
    MeetingRecord,
    Panel,
    Person,
    RecommendationEntry,
    Speakers,
    join_paragraphs,
    renumbered,
    split_paragraphs,
    write_report,
)
from meetings.languages import LANGUAGE_CODES, in_language
from meetings.models import AgendaItem, Attendance, Entity, Meeting, MeetingRole

from .reports import refresh_open_items_of, refuse_if_final

LANGUAGES = ("zh", "en")
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
SHORT_FORM_KINDS = ORGANIZATION_KINDS - {Entity.Kind.REIO}
SYMBOL_NUMBER = re.compile(r"(\d+)")


@dataclass
class Generation:
    """What generating a report did: per section pk, the paragraph numbers rewritten and kept."""

    report: DraftReport
    created: bool
    rewritten: dict[int, list[int]] = field(default_factory=dict)
    kept: dict[int, list[int]] = field(default_factory=dict)
    # Edited paragraphs kept although the facts they were generated from changed since: the
    # editor should compare them with what the generator would now write.
    outdated: dict[int, list[int]] = field(default_factory=dict)

    @property
    def rewritten_count(self) -> int:
        return sum(len(numbers) for numbers in self.rewritten.values())

    @property
    def kept_count(self) -> int:
        return sum(len(numbers) for numbers in self.kept.values())


ENTITY_COLUMNS = (
    "id",
    "kind",
    *(f"{field}_{code}" for field in ("name", "acronym", "sort") for code in LANGUAGE_CODES),
)


def printed_name(entity: SimpleNamespace, language: str) -> str:
    """A name as the lists print it: in Chinese an organization with its short form,
    "国际移民组织（移民组织）" (seed 000 ¶23); States and the European Union by name alone."""
    name = in_language(entity, "name", language)[0]
    acronym = getattr(entity, f"acronym_{language}")
    if language != "zh" or entity.kind not in SHORT_FORM_KINDS or not acronym or acronym == name:
        return name
    return f"{name}（{acronym}）"


@dataclass
class MeetingRows:
    """The rows a meeting's report follows from, read once for all its languages.

    Lists of States run to 150 names: they are read as plain values, not model instances, which
    cost more to build than the whole report takes to write.
    """

    meeting: Meeting
    held_before: list[Meeting]
    items: list[AgendaItem]
    roles: list[MeetingRole]
    statements: list[dict]
    attendance: list[dict]
    entities: dict[int, SimpleNamespace]
    documents: list[dict]
    titles: dict[tuple[int, str], str]  # (document, language) -> title
    document_items: dict[int, list[AgendaItem]]
    adopted_on: datetime.date | None
    recommendations: list[dict]


def meeting_rows(meeting: Meeting) -> MeetingRows:
    """Everything the report of `meeting` follows from, in a fixed number of queries."""
    items = list(meeting.agenda_items.order_by("number", "letter"))
    statements = list(
        meeting.statements.values("capacity", "entity_id", "agenda_item__number").order_by("pk")
    )
    attendance = list(meeting.attendance.values("category", "entity_id").order_by("pk"))
    wanted = {row["entity_id"] for row in (*statements, *attendance) if row["entity_id"]}
    documents = list(
        meeting.documents.exclude(symbol=None).values("id", "symbol", "type", "symbol_nature")
    )
    ids = [document["id"] for document in documents]
    by_number = {item.pk: item for item in items}
    document_items: dict[int, list[AgendaItem]] = {}
    links = Document.agenda_items.through.objects.filter(document_id__in=ids)
    for document_id, item_id in links.values_list("document_id", "agendaitem_id"):
        if item_id in by_number:
            document_items.setdefault(document_id, []).append(by_number[item_id])
    report = DraftReport.objects.filter(meeting=meeting).values_list("adopted_on", flat=True)
    return MeetingRows(
        meeting=meeting,
        held_before=list(
            Meeting.objects.filter(
                body=meeting.body_id, ordinal__isnull=False, ordinal__lt=meeting.ordinal or 0
            )
            .only("ordinal", "start_date", "end_date")
            .order_by("ordinal")
        ),
        items=items,
        roles=list(
            meeting.roles.select_related("person", "country", "regional_group", "agenda_item")
            .filter(role__in=[MeetingRole.Role.CHAIR, MeetingRole.Role.PANELLIST])
            .order_by("order", "pk")
        ),
        statements=statements,
        attendance=attendance,
        entities={
            row["id"]: SimpleNamespace(**row)
            for row in Entity.objects.filter(pk__in=wanted).values(*ENTITY_COLUMNS)
        },
        documents=documents,
        titles={
            (document_id, language): title
            for document_id, language, title in LanguageVersion.objects.filter(
                document_id__in=ids
            ).values_list("document_id", "language", "title")
        },
        document_items=document_items,
        adopted_on=next(iter(report), None),
        recommendations=[
            entry
            for _receiver, entries in report_recommendations.send(sender=Meeting, meeting=meeting)
            for entry in entries or ()
        ],
    )


def meeting_record(
    meeting: Meeting, language: str, rows: MeetingRows | None = None
) -> MeetingRecord:
    """What the report of `meeting` follows from, in `language`."""
    rows = rows or meeting_rows(meeting)
    body = meeting.body
    items = rows.items
    agenda = [
        AgendaEntry(
            number=item.number,
            title=item.title_in(language).rstrip("。.：:；; "),
            sub_items=tuple(
                (sub.letter, sub.title_in(language).rstrip("。.：:；; "))
                for sub in items
                if sub.number == item.number and sub.letter
            ),
            substantive=item.substantive,
        )
        for item in items
        if not item.letter
    ]
    chair = next(
        (person_of(role, language) for role in rows.roles if role.role == MeetingRole.Role.CHAIR),
        None,
    )

    def in_un_order(entries: list[dict]) -> list[dict]:
        return sorted(
            entries, key=lambda row: getattr(rows.entities[row["entity_id"]], f"sort_{language}")
        )

    attendance = in_un_order(rows.attendance)
    documents = [
        document_before(rows, d, language) for d in sorted(rows.documents, key=symbol_order)
    ]
    return MeetingRecord(
        language=language,
        body_name=body.name_in(language),
        body_prefix=body.symbol_prefix,
        mandate=tuple(line for line in body.mandate_in(language).splitlines() if line.strip()),
        ordinal=meeting.ordinal,
        start=meeting.start_date,
        end=meeting.end_date,
        venue=getattr(meeting, f"venue_{language}"),
        format=meeting.format,
        sittings=meeting.sittings,
        chair=chair,
        held_before=tuple(
            HeldBefore(m.ordinal, m.start_date, m.end_date) for m in rows.held_before
        ),
        agenda=tuple(agenda),
        agenda_adopted_on=next((i.adopted_on for i in items if i.adopted_on), None),
        panels=panels_of(rows.roles, language),
        speakers=speakers_of(
            [row for row in rows.statements if not row["entity_id"]]
            + in_un_order([row for row in rows.statements if row["entity_id"]]),
            rows.entities,
            language,
        ),
        attendance=tuple(
            Attending(
                category,
                tuple(
                    printed_name(rows.entities[row["entity_id"]], language)
                    for row in attendance
                    if row["category"] == category
                ),
            )
            for category in CATEGORY_ORDER
        ),
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


def person_of(role: MeetingRole, language: str) -> Person:
    return Person(
        name=role.person.name,
        honorific=role.person.honorific_in(language),
        country=role.country.name_in(language) if role.country else "",
        function=getattr(role, f"function_{language}"),
        regional_group=role.regional_group.name_in(language) if role.regional_group else "",
    )


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
    """The document with its own title in `language`, else the title of its agenda item."""
    if title := rows.titles.get((document["id"], language)):
        return DocumentBefore(document["symbol"], document["type"], title.rstrip("。. "), True)
    for item in rows.document_items.get(document["id"], []):
        if title := item.title_in(language):
            return DocumentBefore(document["symbol"], document["type"], title.rstrip("。. "))
    return DocumentBefore(document["symbol"], document["type"], "")


def symbol_order(document: dict) -> tuple:
    """CTOC/COP/WG.7/2020/1, /2, /3 … /10, then INF. and CRP. documents."""
    parts = SYMBOL_NUMBER.split(document["symbol"])
    return (
        bool(document["symbol_nature"]),
        [int(part) if part.isdigit() else part for part in parts],
    )


@transaction.atomic
def generate_report(
    *,
    meeting: Meeting,
    user=None,
    languages: Sequence[str] = LANGUAGES,
    adopted_on: datetime.date | None = None,
) -> Generation:
    """Write the meeting's draft report, or regenerate it keeping what editors changed.

    `adopted_on`, when given, is the date set for the report's adoption: chapter V states it.
    """
    report = DraftReport.objects.select_for_update().filter(meeting=meeting).first()
    if report is not None:
        refuse_if_final(report)
    created = report is None
    if report is None:
        document = Document.objects.filter(
            meeting=meeting, type=Document.Type.DRAFT_REPORT, draft_report=None
        ).first() or Document.objects.create(
            type=Document.Type.DRAFT_REPORT,
            distribution=Document.Distribution.LIMITED,
            body=meeting.body,
            meeting=meeting,
            published=False,
        )
        report = DraftReport.objects.create(document=document, meeting=meeting)
    if adopted_on is not None and report.adopted_on != adopted_on:
        report.adopted_on = adopted_on
        report.save(update_fields=["adopted_on", "updated_at"])
    generation = Generation(report=report, created=created)
    rows = meeting_rows(meeting)
    for language in languages:
        parts = write_report(meeting_record(meeting, language, rows))
        store_generated(report, language, parts, generation, user)
    ReportEvent.objects.create(
        report=report,
        action=ReportEvent.Action.GENERATED if created else ReportEvent.Action.REGENERATED,
        status=report.status,
        user=user,
        note=f"{generation.rewritten_count} paragraphs written, {generation.kept_count} kept",
    )
    return generation


def store_generated(
    report: DraftReport, language: str, parts: Sequence[ReportPart], generation: Generation, user
) -> None:
    current = {
        section.key: section
        for section in ReportSection.objects.select_for_update().filter(
            report=report, language=language
        )
    }
    ordered: list[tuple[ReportSection, list[Block], list[Block] | None]] = []
    for part in parts:
        section = current.pop(part.key, None)
        new_blocks = split_paragraphs(part.text)
        if section is None:
            section = ReportSection(
                report=report, language=language, key=part.key, kind=part.kind, version=0,
                text="", generated_text="",
            )  # fmt: skip
            ordered.append((section, new_blocks, []))
        elif not section.generated_text and section.origin != ReportSection.Origin.GENERATED:
            # Imported from the secretariat's file or added by an editor: not the generator's.
            ordered.append((section, split_paragraphs(section.text), None))
            continue
        else:
            ordered.append((section, new_blocks, split_paragraphs(section.generated_text)))
        section.number, section.heading = part.number, part.heading
    # Sections the generator no longer writes stay where they were if anyone wrote in them.
    for section in sorted(current.values(), key=lambda s: s.order):
        if section.origin != ReportSection.Origin.GENERATED or section.text != (
            section.generated_text
        ):
            after = next(
                (i for i, (s, _, _) in enumerate(ordered) if s.order > section.order), len(ordered)
            )
            ordered.insert(after, (section, split_paragraphs(section.text), None))
        else:
            section.delete()

    next_number = 1
    created: list[ReportSection] = []
    saved: list[ReportSection] = []
    outcome: list[tuple[ReportSection, list[int], list[int], list[int]]] = []
    for order, (section, blocks, old_generated) in enumerate(ordered, start=1):
        new_generated = blocks
        outdated: list[int] = []
        if old_generated is None:  # kept as it is
            merged, rewritten, kept = split_paragraphs(section.text), [], []
        elif section.pk is None:
            merged, rewritten, kept = list(new_generated), list(range(len(new_generated))), []
        else:
            merged, rewritten, kept, outdated = merge(
                split_paragraphs(section.text), old_generated, new_generated
            )
        merged, next_number_after = renumbered(merged, next_number)
        new_generated_numbered, _ = renumbered(list(new_generated), next_number)
        text = join_paragraphs(merged)
        generated_text = (
            join_paragraphs(new_generated_numbered) if old_generated is not None else ""
        )
        rewritten_numbers = [merged[i].number for i in rewritten if merged[i].number]
        kept_numbers = [merged[i].number for i in kept if merged[i].number]
        outdated_numbers = [merged[i].number for i in outdated if merged[i].number]
        if old_generated is None:
            kept_numbers = [block.number for block in merged if block.number]
        changed = (
            section.pk is None
            or text != section.text
            or section.order != order
            or generated_text != section.generated_text
        )
        section.order = order
        # The badge says what the last regeneration rewrote: nothing on a new section, and
        # nothing left over from an earlier run on a section this one did not touch.
        regenerated = rewritten_numbers if section.pk and old_generated is not None else []
        if changed:
            section.text = text
            if old_generated is not None:
                section.generated_text = generated_text
                section.regenerated = regenerated
                section.origin = (
                    ReportSection.Origin.EDITED if kept else ReportSection.Origin.GENERATED
                )
            section.version += 1
            section.updated_by = user
            if section.pk is None:
                created.append(section)
            else:
                section.save()
                saved.append(section)
        elif old_generated is not None and section.regenerated != regenerated:
            # Not a new version of the text: no history row, no conflict for an open editor.
            ReportSection.objects.filter(pk=section.pk).update(regenerated=regenerated)
        outcome.append((section, rewritten_numbers, kept_numbers, outdated_numbers))
        next_number = next_number_after
    # A new report writes some thirty sections: in one statement, with their history rows.
    bulk_create_with_history(created, ReportSection, default_user=user)
    refresh_open_items_of(sections=[*created, *saved])
    for section, rewritten_numbers, kept_numbers, outdated_numbers in outcome:
        if rewritten_numbers:
            generation.rewritten[section.pk] = rewritten_numbers
        if kept_numbers:
            generation.kept[section.pk] = kept_numbers
        if outdated_numbers:
            generation.outdated[section.pk] = outdated_numbers


def merge(
    text: list[Block], old_generated: list[Block], new_generated: list[Block]
) -> tuple[list[Block], list[int], list[int], list[int]]:
    """The section's paragraphs after regeneration, and the positions in them rewritten, kept
    (an editor's), and kept though the facts they were written from have changed since.

    Paragraphs are matched by their text (numbers aside): the section's to what the generator
    wrote last time, which to what it writes now. So an editor's inserted or deleted paragraph,
    or an attendance category that is gone, does not shift the rest.
    """
    last_time = difflib.SequenceMatcher(
        a=[b.body for b in text], b=[b.body for b in old_generated], autojunk=False
    )
    untouched: dict[int, int] = {}  # position in text -> position last generated
    edited_from: dict[int, int] = {}  # an edited paragraph -> the generated one it replaced
    for tag, i1, i2, j1, j2 in last_time.get_opcodes():
        if tag in ("equal", "replace"):
            pairs = dict(zip(range(i1, i2), range(j1, j2), strict=False))
            (untouched if tag == "equal" else edited_from).update(pairs)
    now = difflib.SequenceMatcher(
        a=[b.body for b in old_generated], b=[b.body for b in new_generated], autojunk=False
    )
    successor: dict[int, int] = {}  # position last generated -> position generated now
    for tag, i1, i2, j1, j2 in now.get_opcodes():
        if tag in ("equal", "replace"):
            successor.update(zip(range(i1, i2), range(j1, j2), strict=False))

    merged: list[Block] = []
    rewritten: list[int] = []
    kept: list[int] = []
    outdated: list[int] = []
    placed: dict[int, int] = {}  # position generated now -> position in merged
    for position, block in enumerate(text):
        if position in untouched:
            new = successor.get(untouched[position])
            if new is not None:  # else the fact it stated is gone, and the paragraph with it
                placed[new] = len(merged)
                if new_generated[new].body != block.body:
                    rewritten.append(len(merged))
                merged.append(new_generated[new])
            continue
        if block.body:
            kept.append(len(merged))
            old = edited_from.get(position)
            if old is not None and (
                old not in successor
                or new_generated[successor[old]].body != old_generated[old].body
            ):
                outdated.append(len(merged))
        merged.append(block)
    # Paragraphs for new facts go after the paragraph generated before them.
    for new in sorted(set(range(len(new_generated))) - set(successor.values())):
        before = [placed[p] for p in placed if p < new]
        at = max(before) + 1 if before else 0
        merged.insert(at, new_generated[new])
        rewritten, kept, outdated = (
            [p + (p >= at) for p in positions] for positions in (rewritten, kept, outdated)
        )
        placed = {g: p + (p >= at) for g, p in placed.items()} | {new: at}
        rewritten.append(at)
    return merged, sorted(rewritten), kept, outdated
