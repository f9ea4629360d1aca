"""Writing many structure rows at once: PostgreSQL's COPY, Django's bulk_create elsewhere.

An imported background paper is a hundred paragraphs, forty footnotes and their references.
bulk_create costs a statement per level of nesting (a sub-paragraph needs its paragraph's id)
and most of its time goes into building a statement with a placeholder per value. On
PostgreSQL the rows take their ids from the table's sequence first, so a paragraph can name
its parent before either is written, and go in with one COPY per table. The embedded SQLite
mode inserts level by level with bulk_create.
"""

from collections.abc import Sequence

from django.db import connection, models


def insert_rows(rows: Sequence[models.Model], parents: Sequence[int | None] = ()) -> None:
    """Insert rows of one model; `parents[i]` is the index of row i's parent among them."""
    if not rows:
        return
    parents = list(parents) or [None] * len(rows)
    if connection.vendor != "postgresql":
        insert_by_depth(rows, parents)
        return
    model = type(rows[0])
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, len(rows)],
        )
        for row, (pk,) in zip(rows, cursor.fetchall(), strict=True):
            row.pk = pk
        for row, parent in zip(rows, parents, strict=True):
            if parent is not None:
                row.parent = rows[parent]
        fields = model._meta.concrete_fields
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        quoted = connection.ops.quote_name(table)
        # The Django cursor wraps psycopg's, whose copy() streams the rows in COPY's format.
        with cursor.cursor.copy(f"COPY {quoted} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    [
                        field.get_db_prep_save(getattr(row, field.attname), connection)
                        for field in fields
                    ]
                )
    for row in rows:
        row._state.adding = False
        row._state.db = connection.alias


def insert_by_depth(rows: Sequence[models.Model], parents: Sequence[int | None]) -> None:
    """Insert rows that point at a parent among themselves, each level once its parents have ids.

    A sub-paragraph needs its paragraph's id ((a) under 3., (i) under (a)), a subsection its
    chapter's; one bulk insert per level keeps that to a few queries a document.
    """
    depths = [0] * len(rows)
    for index, parent in enumerate(parents):
        if parent is not None:
            depths[index] = depths[parent] + 1
            rows[index].parent = rows[parent]
    for depth in sorted(set(depths)):
        type(rows[0]).objects.bulk_create(
            [row for row, level in zip(rows, depths, strict=True) if level == depth]
        )
