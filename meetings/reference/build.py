"""Build entities.csv: the States and organizations that attend meetings, in the six languages.

Run from the project root:

    .venv/bin/python -m meetings.reference.build ../shared/reference/un_country_names.csv

Inputs, all in this folder except the first:
- the UN M49 names of countries and areas (a 2019 snapshot kept in ../shared/reference/),
- member_states.csv: which M49 rows are Member States or observer States, and their regional group,
- regional_groups.csv: the five regional groups, so member_states.csv cannot name a sixth,
- renamed.csv: short names the UN changed after the snapshot (Turkey -> Türkiye),
- organizations.csv: the organizations and UN entities met in attendance lists.

entities.csv is generated and committed; a test rebuilds it with build_rows() and compares, so edit
the inputs, never the output. Pure Python: no Django, so it runs before the database exists.
"""

import csv
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

from meetings.collation import match_key

HERE = Path(__file__).resolve().parent
ENTITIES_CSV = HERE / "entities.csv"
MEMBER_STATES_CSV = HERE / "member_states.csv"
REGIONAL_GROUPS_CSV = HERE / "regional_groups.csv"
RENAMED_CSV = HERE / "renamed.csv"
ORGANIZATIONS_CSV = HERE / "organizations.csv"

# The UN order of the official languages; every multilingual column follows it.
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
NAME_COLUMNS: tuple[str, ...] = tuple(f"name_{language}" for language in LANGUAGES)
ACRONYM_COLUMNS: tuple[str, ...] = tuple(f"acronym_{language}" for language in LANGUAGES)
COLUMNS: tuple[str, ...] = (
    "code",
    "kind",
    "regional_group",
    "iso2",
    *NAME_COLUMNS,
    *ACRONYM_COLUMNS,
    "aliases",
)

# 193 Member States and 2 non-member observer States (Holy See, State of Palestine). A different
# count means a row was lost or a territory crept in, never that the UN changed overnight.
STATE_COUNTS: dict[str, int] = {"member_state": 193, "observer_state": 2}

# Regional groups as counted for elections. Three cases are not what geography suggests:
# - the United States belongs to no group: it attends the Western European and other States as an
#   observer and is counted there for elections, so it is filed there;
# - Türkiye takes part in both the Asia-Pacific and the Western European and other States, and is
#   counted in the latter for elections;
# - Israel is in the Western European and other States, Kiribati in the Asia-Pacific States.
# member_state rows must name a group; observer States belong to none.
GROUPED_KIND = "member_state"

# Attendance lists put organizations in these capacities (seed 000 ¶20, ¶23, ¶24; 004 ¶14, ¶18).
ORGANIZATION_KINDS = frozenset({"reio", "igo", "un_entity", "standing_observer", "ngo"})

# organizations.csv has every column but those that only a State has.
ORGANIZATION_COLUMNS: tuple[str, ...] = tuple(
    column for column in COLUMNS if column not in ("regional_group", "iso2")
)

# Aliases are one column; "|" never occurs in a UN name.
ALIAS_SEPARATOR = "|"


def fail(source: Path | str, message: str) -> NoReturn:
    """Stop the build: a wrong reference table must never be written."""
    raise SystemExit(f"{source}: {message}")


def read_csv(path: Path, columns: Iterable[str]) -> list[dict[str, str]]:
    """The rows of a hand-written table, after checking it has the columns the build reads."""
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            fail(path, f"missing columns {', '.join(sorted(missing))}")
        return list(reader)


def load_countries(country_csv: Path) -> dict[str, dict[str, str]]:
    """M49 rows by ISO code. Sark has no code and is no State, so it is skipped."""
    rows = read_csv(country_csv, ("iso2", *NAME_COLUMNS))
    return {row["iso2"]: row for row in rows if row["iso2"]}


def load_regional_groups() -> set[str]:
    return {row["code"] for row in read_csv(REGIONAL_GROUPS_CSV, ("code", *NAME_COLUMNS))}


def check_state(
    row: dict[str, str], countries: dict[str, dict[str, str]], groups: set[str]
) -> None:
    iso2, kind, group = row["iso2"], row["kind"], row["regional_group"]
    if iso2 not in countries:
        fail(MEMBER_STATES_CSV, f"{iso2} is not in the M49 names")
    if kind not in STATE_COUNTS:
        fail(MEMBER_STATES_CSV, f"{iso2}: unknown kind {kind!r}")
    if kind == GROUPED_KIND and group not in groups:
        fail(MEMBER_STATES_CSV, f"{iso2}: unknown regional group {group!r}")
    if kind != GROUPED_KIND and group:
        fail(MEMBER_STATES_CSV, f"{iso2}: an observer State belongs to no regional group")


def check_state_counts(states: list[dict[str, str]]) -> None:
    for kind, expected in STATE_COUNTS.items():
        found = sum(1 for row in states if row["kind"] == kind)
        if found != expected:
            fail(MEMBER_STATES_CSV, f"{found} rows of kind {kind}, expected {expected}")


def load_states(countries: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    states = read_csv(MEMBER_STATES_CSV, ("iso2", "kind", "regional_group"))
    groups = load_regional_groups()
    for row in states:
        check_state(row, countries, groups)
    check_state_counts(states)
    return states


def load_renames(countries: dict[str, dict[str, str]]) -> dict[str, dict[str, tuple[str, str]]]:
    """Current and former name per ISO code and language.

    The former name must be what the snapshot says. When the snapshot is refreshed and already
    has the current name, the rename still holds (the former name stays an alias); any third
    value means the UN changed the name again and renamed.csv needs a look.
    """
    renames: dict[str, dict[str, tuple[str, str]]] = {}
    for row in read_csv(RENAMED_CSV, ("iso2", "language", "current", "former")):
        iso2, language = row["iso2"], row["language"]
        current, former = row["current"], row["former"]
        if iso2 not in countries:
            fail(RENAMED_CSV, f"{iso2} is not in the M49 names")
        if language not in LANGUAGES:
            fail(RENAMED_CSV, f"{iso2}: unknown language {language!r}")
        if countries[iso2][f"name_{language}"] not in (current, former):
            fail(RENAMED_CSV, f"{iso2} {language}: M49 has neither {current!r} nor {former!r}")
        renames.setdefault(iso2, {})[language] = (current, former)
    return renames


def state_row(
    state: dict[str, str], country: dict[str, str], renames: dict[str, tuple[str, str]]
) -> dict[str, str]:
    """A State's row: M49 names, except where the UN renamed it since (renames by language)."""
    row = dict.fromkeys(COLUMNS, "")
    iso2 = state["iso2"]
    row.update(code=iso2, kind=state["kind"], regional_group=state["regional_group"], iso2=iso2)
    formers: list[str] = []
    for language in LANGUAGES:
        column = f"name_{language}"
        current, former = renames.get(language, (country[column], ""))
        row[column] = current
        if former and former != current:
            formers.append(former)
    row["aliases"] = ALIAS_SEPARATOR.join(unique(formers))
    return row


def organization_row(organization: dict[str, str]) -> dict[str, str]:
    code, kind = organization["code"], organization["kind"]
    if kind not in ORGANIZATION_KINDS:
        fail(ORGANIZATIONS_CSV, f"{code}: unknown kind {kind!r}")
    missing = [column for column in NAME_COLUMNS if not organization[column]]
    if missing:
        fail(ORGANIZATIONS_CSV, f"{code}: no {', '.join(missing)}")
    row = dict.fromkeys(COLUMNS, "")
    row.update({column: organization[column] for column in ORGANIZATION_COLUMNS})
    return row


def unique(values: Iterable[str]) -> list[str]:
    """Values in first-seen order, each once (two languages may share a former name)."""
    return list(dict.fromkeys(values))


def aliases_of(row: dict[str, str]) -> list[str]:
    return [alias for alias in row["aliases"].split(ALIAS_SEPARATOR) if alias]


def check_unique_codes(rows: list[dict[str, str]]) -> None:
    seen: set[str] = set()
    for row in rows:
        if row["code"] in seen:
            fail("entities", f"duplicate code {row['code']}")
        seen.add(row["code"])


def check_unique_names(rows: list[dict[str, str]]) -> None:
    """Within one language a name must point at one entity, as documents are matched by name.

    Compared by match_key, the key the matching code uses, so `Côte d’Ivoire` and
    `Côte d'Ivoire` count as the same name.
    """
    for column in NAME_COLUMNS:
        owners: dict[str, str] = {}
        for row in rows:
            key = match_key(row[column])
            if key and owners.setdefault(key, row["code"]) != row["code"]:
                fail(
                    "entities",
                    f"{column} {row[column]!r} names both {owners[key]} and {row['code']}",
                )


def check_aliases(rows: list[dict[str, str]]) -> None:
    """An alias must name its own entity only: not another's name, nor another's alias."""
    owners = {match_key(row[column]): row["code"] for row in rows for column in NAME_COLUMNS}
    alias_owners: dict[str, str] = {}
    for row in rows:
        own_names = {match_key(row[column]) for column in NAME_COLUMNS}
        for alias in aliases_of(row):
            key = match_key(alias)
            if key in own_names:
                fail("entities", f"alias {alias!r} of {row['code']} repeats its own name")
            if key in owners:
                fail("entities", f"alias {alias!r} of {row['code']} is a name of {owners[key]}")
            if alias_owners.setdefault(key, row["code"]) != row["code"]:
                fail(
                    "entities",
                    f"alias {alias!r} is given to both {alias_owners[key]} and {row['code']}",
                )


def build_rows(country_csv: Path) -> list[dict[str, str]]:
    """All rows of entities.csv: States sorted by code, then organizations sorted by code."""
    countries = load_countries(country_csv)
    renames = load_renames(countries)
    states = [
        state_row(state, countries[state["iso2"]], renames.get(state["iso2"], {}))
        for state in load_states(countries)
    ]
    organizations = [
        organization_row(row) for row in read_csv(ORGANIZATIONS_CSV, ORGANIZATION_COLUMNS)
    ]
    rows = sorted(states, key=lambda row: row["code"])
    rows += sorted(organizations, key=lambda row: row["code"])
    check_unique_codes(rows)
    check_unique_names(rows)
    check_aliases(rows)
    return rows


def write_entities(rows: list[dict[str, str]], path: Path) -> None:
    # LF and no BOM, like the shared reference, so the file diffs cleanly on every platform.
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python -m meetings.reference.build <un_country_names.csv>")
    rows = build_rows(Path(argv[0]))
    write_entities(rows, ENTITIES_CSV)
    kinds = Counter(row["kind"] for row in rows)
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    print(f"wrote {len(rows)} rows to {ENTITIES_CSV.name}: {summary}")


if __name__ == "__main__":
    main(sys.argv[1:])
