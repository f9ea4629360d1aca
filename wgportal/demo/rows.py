"""Writes that keep the demo idempotent: a row is created once, saved again only if it differs."""

from collections.abc import Iterable, Mapping

from django.db import models

from wgportal.languages import LANGUAGE_CODES


def upsert[M: models.Model](
    model: type[M], *, lookup: Mapping[str, object], values: Mapping[str, object] | None = None
) -> M:
    """The row of `model` matching `lookup`, created with `values` or brought up to them.

    Unlike update_or_create, an unchanged row is not saved again: every save of a model with
    history adds a historical row, and running the demo twice must leave the same rows.
    """
    values = values or {}
    row = model.objects.filter(**lookup).first()
    if row is None:
        return model.objects.create(**lookup, **values)
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(row, name, value)
        row.save()
    return row


def prune(rows: models.QuerySet, *, keep: Iterable[models.Model]) -> None:
    """Delete the rows the demo no longer lists, so a rerun after a change to the data converges."""
    rows.exclude(pk__in=[row.pk for row in keep]).delete()


def in_languages(field: str, texts: Mapping[str, str]) -> dict[str, str]:
    """`{"zh": ..., "en": ...}` as the columns of a multilingual field; other languages empty."""
    return {f"{field}_{code}": texts.get(code, "") for code in LANGUAGE_CODES}
