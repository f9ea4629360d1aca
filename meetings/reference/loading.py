"""Loads the shipped reference data into the database: the bodies whose documents the portal
holds (the Conference of the Parties and its Working Group on the Smuggling of Migrants),
regional groups, States and organizations.

The data is `bodies.csv`, `mandates.csv`, `regional_groups.csv` and `entities.csv` beside
this module (the last built by `build.py` from the UN M49 names). Loading upserts by code, so it
can run any number of times; rows an editor added by hand are left alone. The data migration
runs it with historical models, which have no custom `save()`: that is why the sort keys are
computed here, keeping an
editor's `filed_under_*` choice.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

from meetings.collation import sort_keys
from wgportal.languages import LANGUAGE_CODES as LANGUAGES

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class LoadResult:
    bodies: int
    groups: int
    entities_created: int
    entities_updated: int
    aliases_created: int


def read_rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_reference_data(
    *, body_model, regional_group_model, entity_model, alias_model
) -> LoadResult:
    """Upsert bodies, regional groups, entities and their aliases from the shipped CSV files."""
    bodies = {}
    for row in read_rows("bodies.csv"):
        names = {f"name_{code}": row[f"name_{code}"] for code in LANGUAGES}
        bodies[row["symbol_prefix"]], _created = body_model.objects.update_or_create(
            symbol_prefix=row["symbol_prefix"],
            defaults={**names, "parent": bodies.get(row["parent"])},
        )

    groups = {}
    for order, row in enumerate(read_rows("regional_groups.csv")):
        names = {f"name_{code}": row[f"name_{code}"] for code in LANGUAGES}
        groups[row["code"]], _created = regional_group_model.objects.update_or_create(
            code=row["code"], defaults={**names, "order": order}
        )

    created = updated = aliases = 0
    for row in read_rows("entities.csv"):
        entity = entity_model.objects.filter(code=row["code"]).first()
        created += entity is None
        updated += entity is not None
        entity = entity or entity_model(code=row["code"])
        entity.kind = row["kind"]
        entity.iso2 = row["iso2"]
        entity.regional_group = groups.get(row["regional_group"])
        for code in LANGUAGES:
            setattr(entity, f"name_{code}", row[f"name_{code}"])
            setattr(entity, f"acronym_{code}", row[f"acronym_{code}"])
        for field, key in sort_keys(entity).items():
            setattr(entity, field, key)
        entity.save()
        for alias in filter(None, row["aliases"].split("|")):
            _alias, alias_created = alias_model.objects.get_or_create(
                name=alias, defaults={"entity": entity}
            )
            aliases += alias_created
    return LoadResult(len(bodies), len(groups), created, updated, aliases)


def load_mandates(*, body_model) -> int:
    """Set each shipped body's mandate paragraphs (`mandates.csv`, one row per paragraph).

    A language whose mandate an editor already wrote is left as it is.
    """
    paragraphs: dict[tuple[str, str], list[str]] = {}
    for row in read_rows("mandates.csv"):
        paragraphs.setdefault((row["symbol_prefix"], row["language"]), []).append(row["text"])
    changed = 0
    for (prefix, language), texts in paragraphs.items():
        field = f"mandate_{language}"
        changed += body_model.objects.filter(symbol_prefix=prefix, **{field: ""}).update(
            **{field: "\n".join(texts)}
        )
    return changed
