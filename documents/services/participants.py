"""Stores an imported list of participants: its people by delegation, and the attendance they imply.

A list is the record of who came, so each delegation on it attended the meeting in the category
it is listed under. A revised list (the same document again, or another of its language
versions) replaces the people read from that document before (a person listed again keeps
their row, withdrawn or not: meetings.services.replace_participants), and the attendance only it
implied; people and attendance an editor entered (no `source`) are never touched.
"""

from documents.models import Document
from documents.parsing.participants import ParticipantList
from documents.parsing.results import ParseWarning
from meetings.models import Attendance, Entity, Participant
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
        stated(
            *Attendance.objects.get_or_create(
                meeting=meeting,
                entity_id=entity_id,
                category=category,
                defaults={"source": source},
            )
        )
    # What an earlier version of the list implied and this one no longer does.
    withdrawn = [
        row.pk
        for row in Attendance.objects.filter(meeting=meeting, source=source)
        if (row.entity_id, row.category) not in implied
    ]
    Attendance.objects.filter(pk__in=withdrawn).delete()
    return {"participants": len(rows), "delegations": len(implied)}
