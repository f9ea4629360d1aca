"""Optimistic locking for rows editors write: meetings, agenda items, attendance, recommendations.

Each such row has a `version`. A write names the version it was made from; the row is locked,
compared and bumped in one transaction, so of two writers who read the same version exactly
one wins and the other is told, with the row as it now stands (the API answers 409). Report
sections have their own service (reports.services.sections), which also refreshes open items.
"""

from dataclasses import dataclass

from django.db import models, transaction


@dataclass
class StaleVersionError(Exception):
    """The row changed since the writer read it: nothing was written."""

    current: models.Model
    expected_version: int

    def __str__(self) -> str:
        return (
            f"This {self.current._meta.verbose_name} was saved by someone else (version "
            f"{self.current.version}) after version {self.expected_version} that you sent; "
            "nothing was overwritten."
        )


@transaction.atomic
def save_versioned(row: models.Model, *, expected_version: int, changes: dict) -> models.Model:
    """Apply `changes` to the stored row if it is still at `expected_version`; bump the version.

    Many-to-many values (a recommendation's themes) are set after the row is saved.
    """
    current = type(row).objects.select_for_update().get(pk=row.pk)
    if current.version != expected_version:
        raise StaleVersionError(current=current, expected_version=expected_version)
    related = split_many_to_many(current, changes)
    for name, value in changes.items():
        setattr(current, name, value)
    current.version += 1
    current.full_clean()
    current.save()
    for name, value in related.items():
        getattr(current, name).set(value)
    return current


@transaction.atomic
def create_validated(model: type[models.Model], values: dict) -> models.Model:
    """A new row, validated as the model validates it (its clean() and constraints)."""
    values = dict(values)
    row = model()
    related = split_many_to_many(row, values)
    for name, value in values.items():
        setattr(row, name, value)
    row.full_clean()
    row.save()
    for name, value in related.items():
        getattr(row, name).set(value)
    return row


def split_many_to_many(row: models.Model, values: dict) -> dict:
    """Take the many-to-many values out of `values` (in place) and return them."""
    names = {field.name for field in row._meta.many_to_many}
    return {name: values.pop(name) for name in list(values) if name in names}
