"""A meeting's delegations as a reader may see them: head counts by category, names by the rule.

The page, the exports and the meeting page's line read the list of participants here, through
`Participant.objects.public()` (the rows) and `reads_participant_names` (the names), so the
three show the same thing to the same reader.
"""

from dataclasses import dataclass, field

from wgportal.languages import in_language

from .models import Attendance, Entity, Meeting, Participant, reads_participant_names


@dataclass
class Delegation:
    entity: Entity
    category: str
    name: str  # the entity's name in the reading language
    count: int = 0
    # Empty unless the reader reads names: what is not shown is not handed to the template.
    people: list[Participant] = field(default_factory=list)


@dataclass
class ListOfParticipants:
    names_shown: bool
    by_category: list[tuple[str, list[Delegation]]]  # category label, delegations in UN order

    @property
    def delegations(self) -> list[Delegation]:
        return [d for _label, delegations in self.by_category for d in delegations]

    @property
    def people(self) -> int:
        return sum(d.count for d in self.delegations)


def list_of_participants(*, meeting: Meeting, user, language: str) -> ListOfParticipants:
    rows = (
        Participant.objects.public()
        .filter(meeting=meeting)
        .select_related("entity")
        .order_by("category", f"entity__sort_{language}", "entity__code", "order", "pk")
    )
    names_shown = reads_participant_names(user, meeting)
    grouped: dict[str, dict[int, Delegation]] = {}
    for row in rows:
        delegations = grouped.setdefault(row.category, {})
        if row.entity_id not in delegations:
            name = in_language(row.entity, "name", language)[0] or row.entity.code
            delegations[row.entity_id] = Delegation(row.entity, row.category, name)
        delegation = delegations[row.entity_id]
        delegation.count += 1
        if names_shown:
            delegation.people.append(row)
    labels = dict(Attendance.Category.choices)
    return ListOfParticipants(
        names_shown=names_shown,
        by_category=[
            (labels[code], list(grouped[code].values())) for code in labels if code in grouped
        ],
    )
