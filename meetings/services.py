"""Writes to meetings data that touch several rows."""

from dataclasses import dataclass

from django.conf import settings
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from wgportal.content import content_changed

from .models import Attendance, Body, Entity, EntityAlias, Meeting, Participant, RegionalGroup
from .names import EntityNames
from .participant_files import UploadedRow
from .reference.loading import LoadResult, load_mandates
from .reference.loading import load_reference_data as load_rows


@transaction.atomic
def load_reference_data() -> LoadResult:
    """Load or refresh the shipped bodies (with their mandates), regional groups, States and
    organizations."""
    result = load_rows(
        body_model=Body,
        regional_group_model=RegionalGroup,
        entity_model=Entity,
        alias_model=EntityAlias,
    )
    load_mandates(body_model=Body)
    return result


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str


class UploadRefused(Exception):
    """An uploaded list with rows that cannot be stored; nothing of it was."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"{len(problems)} rows cannot be stored")
        self.problems = problems


def category_choices() -> dict[str, str]:
    """Each way a cell may name an attendance category: its code or its label in any interface
    language ("state_party", "State party", "缔约国"), compared in lower case."""
    known = {code: code for code in Attendance.Category.values}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            known |= {str(label).lower(): code for code, label in Attendance.Category.choices}
    return known


@transaction.atomic
def store_uploaded_participants(*, meeting: Meeting, rows: list[UploadedRow]) -> int:
    """Replace the participants editors entered for `meeting` with the uploaded rows.

    All or nothing: a row naming no known delegation or category, or no name, refuses the
    whole file with every such row named. People read from an imported list stay; each
    delegation's attendance in its category is added where it is missing.
    """
    reading = UploadReading()
    participants: list[Participant] = []
    problems: list[RowProblem] = []
    for row in rows:
        participant, found = reading.read(row, meeting=meeting, order=len(participants) + 1)
        problems += found
        if participant is not None:
            participants.append(participant)
    if problems:
        raise UploadRefused(problems)
    replace_participants(meeting=meeting, source=None, people=participants)
    for entity, category in {(p.entity, p.category) for p in participants}:
        Attendance.objects.get_or_create(meeting=meeting, entity=entity, category=category)
    return len(participants)


# The longest each column takes (Participant's max_length).
LIMITS = (("name", 200), ("title", 60), ("function", 500))


class UploadReading:
    """What the rows of an upload name: delegations by code or any of their names, categories
    by code or label in any interface language; loaded once per upload."""

    def __init__(self) -> None:
        self.names = EntityNames.load()
        self.codes = {entity.code.lower(): entity for entity in Entity.objects.all()}
        self.categories = category_choices()

    def read(
        self, row: UploadedRow, *, meeting: Meeting, order: int
    ) -> tuple[Participant | None, list[RowProblem]]:
        """The participant `row` names, or None, and every problem that keeps it out."""
        entity = self.codes.get(row.delegation.lower()) or self.names.resolve(row.delegation)
        category = self.categories.get(row.category.lower())
        problems = []
        if not row.name:
            problems.append(RowProblem(row.line, gettext("The name is empty.")))
        if entity is None:
            problems.append(
                RowProblem(
                    row.line,
                    gettext("“%(delegation)s” is not a State or organization the portal knows.")
                    % {"delegation": row.delegation},
                )
            )
        if category is None:
            problems.append(
                RowProblem(
                    row.line,
                    gettext("“%(category)s” is not a category; use one of %(choices)s.")
                    % {"category": row.category, "choices": ", ".join(Attendance.Category.values)},
                )
            )
        labels = {
            "name": gettext("name"),
            "title": gettext("title"),
            "function": gettext("function"),
        }
        for field, limit in LIMITS:
            if len(getattr(row, field)) > limit:
                problems.append(
                    RowProblem(
                        row.line,
                        gettext("The %(field)s is longer than %(limit)d characters.")
                        % {"field": labels[field], "limit": limit},
                    )
                )
        if entity is None or category is None:
            return None, problems
        participant = Participant(
            meeting=meeting,
            entity=entity,
            category=category,
            name=row.name,
            title=row.title,
            function=row.function,
            order=order,
        )
        return participant, problems


def person_key(participant: Participant) -> tuple[int, str]:
    """Who a row is, across versions of a list: the delegation and the name as printed, in any
    case and spacing."""
    return participant.entity_id, " ".join(participant.name.split()).casefold()


@transaction.atomic
def replace_participants(
    *, meeting: Meeting, source: models.Model | None, people: list[Participant]
) -> None:
    """Make `people` the participants of `meeting` read from `source`, a document (None: entered
    by editors).

    A person already there (the same delegation and name) is updated in place rather than
    deleted and made again, so what an editor decided about the row (its withdrawal from
    public view) and its history stay: no import or upload changes `withdrawn`. Those no
    longer listed are deleted, the new ones created.
    """
    earlier: dict[tuple[int, str], list[Participant]] = {}
    for row in Participant.objects.filter(meeting=meeting, source=source).order_by("pk"):
        earlier.setdefault(person_key(row), []).append(row)
    fields = ["category", "name", "title", "function", "order"]
    updated, created = [], []
    for person in people:
        same = earlier.get(person_key(person))
        if not same:
            created.append(person)
            continue
        row = same.pop(0)
        if any(getattr(row, field) != getattr(person, field) for field in fields):
            for field in fields:
                setattr(row, field, getattr(person, field))
            updated.append(row)
    gone = [row.pk for rows in earlier.values() for row in rows]
    Participant.objects.filter(pk__in=gone).delete()
    bulk_update_with_history(updated, Participant, fields)
    bulk_create_with_history(created, Participant)
    # Bulk writes send no post_save: pages cached with the old list are stale all the same.
    content_changed()
