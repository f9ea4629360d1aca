"""Writes to meetings data that touch several rows."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from simple_history.utils import bulk_create_with_history

from .content import content_changed
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
    names = EntityNames.load()
    codes = {entity.code.lower(): entity for entity in Entity.objects.all()}
    categories = category_choices()
    problems: list[RowProblem] = []
    participants: list[Participant] = []
    for row in rows:
        entity = codes.get(row.delegation.lower()) or names.resolve(row.delegation)
        category = categories.get(row.category.lower())
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
        for value, limit, label in (
            (row.name, 200, gettext("name")),
            (row.title, 60, gettext("title")),
            (row.function, 500, gettext("function")),
        ):
            if len(value) > limit:
                problems.append(
                    RowProblem(
                        row.line,
                        gettext("The %(field)s is longer than %(limit)d characters.")
                        % {"field": label, "limit": limit},
                    )
                )
        if entity is not None and category is not None:
            participants.append(
                Participant(
                    meeting=meeting,
                    entity=entity,
                    category=category,
                    name=row.name,
                    title=row.title,
                    function=row.function,
                    order=len(participants) + 1,
                )
            )
    if problems:
        raise UploadRefused(problems)
    Participant.objects.filter(meeting=meeting, source__isnull=True).delete()
    bulk_create_with_history(participants, Participant)
    for entity, category in {(p.entity, p.category) for p in participants}:
        Attendance.objects.get_or_create(meeting=meeting, entity=entity, category=category)
    # bulk_create sends no post_save: pages cached with the old list are stale all the same.
    content_changed()
    return len(participants)
