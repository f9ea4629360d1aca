"""Stores an imported list of participants: its people by delegation, and the attendance they imply.

A list is the record of who came, so each delegation on it attended the meeting in the category
it is listed under. A revised list (the same document again, or another of its language
versions) replaces the people read from that document before (a person listed again keeps
their row, withdrawn or not: meetings.services.replace_participants), and the attendance only it
implied (a delegation the draft report also names keeps its attendance, read from the report);
people and attendance an editor entered (no `source`) are never touched.
"""

from django.db.models import Q

from documents.models import Document, public_document_q
from documents.parsing.participants import ParticipantList
from documents.parsing.results import ParseWarning
from meetings.models import Attendance, Entity, Meeting, Participant
from meetings.names import EntityNames
from meetings.services import replace_participants

from .meeting_facts import FactSource

# Under a heading that names no category ("Observers"), the entity's kind says which it is.
OBSERVER_CATEGORIES = {
    Entity.Kind.MEMBER_STATE: Attendance.Category.NON_SIGNATORY,
    Entity.Kind.OBSERVER_STATE: Attendance.Category.NON_SIGNATORY,
    Entity.Kind.REIO: Attendance.Category.REIO,
    Entity.Kind.IGO: Attendance.Category.IGO,
    Entity.Kind.UN_ENTITY: Attendance.Category.UN_ENTITY,
    Entity.Kind.STANDING_OBSERVER: Attendance.Category.STANDING_OBSERVER,
    Entity.Kind.NGO: Attendance.Category.NGO,
}


def store_participants(
    *, listed: ParticipantList, source: Document, names: EntityNames,
    warnings: list[ParseWarning],
) -> dict[str, int]:  # fmt: skip
    """Replace the participants read from `source` with `listed`; return what was stored."""
    meeting = source.meeting
    if meeting is None:
        warnings.append(
            ParseWarning(
                "participants-without-meeting",
                "The list of participants names no meeting the portal has; its "
                f"{listed.people} participants are not stored.",
            )
        )
        return {"participants": 0}
    rows: list[Participant] = []
    implied: set[tuple[int, str]] = set()
    for delegation in listed.delegations:
        entity = names.resolve(delegation.name)
        if entity is None:
            continue  # a name two entities share: the parser knew it, the resolution refuses
        category = (
            OBSERVER_CATEGORIES[entity.kind]
            if delegation.category == "observer"
            else delegation.category
        )
        implied.add((entity.pk, category))
        rows += [
            Participant(
                meeting=meeting,
                entity=entity,
                category=category,
                name=person.name[:200],
                title=person.title[:60],
                function=person.function[:500],
                order=len(rows) + place,
                source=source,
            )
            for place, person in enumerate(delegation.participants, start=1)
        ]
    replace_participants(meeting=meeting, source=source, people=rows)
    stated = FactSource(source)
    for entity_id, category in sorted(implied):
        stated.attendance(
            *Attendance.objects.get_or_create(
                meeting=meeting,
                entity_id=entity_id,
                category=category,
                defaults={"source": source},
            )
        )
    no_longer_stated(meeting=meeting, source=source, implied=implied)
    return {"participants": len(rows), "delegations": len(implied)}


def no_longer_stated(*, meeting: Meeting, source: Document, implied: set[tuple[int, str]]) -> None:
    """Attendance an earlier version of the list implied and this one does not: deleted when no
    other document states it; else kept, read from one that does (a public one first)."""
    earlier = (
        Attendance.objects.filter(Q(stated_by=source) | Q(source=source), meeting=meeting)
        .distinct()
        .prefetch_related("stated_by")
    )
    for row in earlier:
        if (row.entity_id, row.category) in implied:
            continue
        row.stated_by.remove(source)
        if row.source_id != source.pk:
            continue  # an editor entered it, or another document is its source already
        others = [document.pk for document in row.stated_by.all() if document.pk != source.pk]
        if not others:
            row.delete()
            continue
        public = Document.objects.filter(public_document_q(), pk__in=others).values_list(
            "pk", flat=True
        )
        row.source_id = next(iter(public), others[0])
        row.save(update_fields=["source"])
