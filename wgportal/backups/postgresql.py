"""PostgreSQL: the whole database by pg_dump (custom format), brought back in one transaction.

pg_dump rather than dumpdata: it keeps what the ORM does not see (sequences, the paragraphs'
search vectors, the trigram and GIN indexes, the pg_trgm extension) and copies a million
paragraphs at COPY speed. The copy and the manifest's row counts read the same snapshot: the
counts' transaction exports it and pg_dump reads it (`--snapshot`), so writes made meanwhile are
in neither.

The restore runs pg_restore's script through psql in a single transaction, with the check of
every table's row count against the manifest as its last statement: a restore that fails or
finds a count wrong rolls back whole and leaves the target as it was.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg
from django.db import connection
from django.utils.translation import gettext as _

from .archive import BackupError, quoted

LIBPQ_ENVIRONMENT = {
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "password": "PGPASSWORD",
    "host": "PGHOST",
    "port": "PGPORT",
    "service": "PGSERVICE",
    "passfile": "PGPASSFILE",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "options": "PGOPTIONS",
}


def tool_environment() -> dict[str, str]:
    """The environment in which pg_dump, pg_restore and psql reach the portal's database."""
    params = connection.get_connection_params()
    environment = dict(os.environ)
    for name, variable in LIBPQ_ENVIRONMENT.items():
        if params.get(name) not in (None, ""):
            environment[variable] = str(params[name])
    environment["PGAPPNAME"] = "wgportal-backup"
    return environment


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            _(
                "%(tool)s is not on PATH: install the PostgreSQL client of the server's version "
                "(Debian: apt-get install postgresql-client)."
            )
            % {"tool": name}
        )
    return found


def run(arguments: list[str], *, what: str) -> subprocess.CompletedProcess:
    done = subprocess.run(arguments, env=tool_environment(), capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(
            _("%(what)s failed: %(error)s") % {"what": what, "error": done.stderr.strip()}
        )
    return done


def snapshot_connection() -> psycopg.Connection:
    """A read-only repeatable-read connection to the portal's database, outside Django's."""
    params = {
        key: value
        for key, value in connection.get_connection_params().items()
        if key not in ("cursor_factory", "context")
    }
    return psycopg.connect(**params)


def dump(*, into: Path) -> tuple[dict[str, int], list[tuple[str, str]], Path]:
    """Dump the database into `into`; its rows per table and applied migrations, as dumped."""
    pg_dump = tool("pg_dump")
    target = into / "database.dump"
    with snapshot_connection() as reader:
        reader.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        reader.read_only = True
        with reader.cursor() as cursor:
            snapshot = cursor.execute("SELECT pg_export_snapshot()").fetchone()[0]
            tables = table_rows(cursor)
            migrations = cursor.execute(
                "SELECT app, name FROM django_migrations ORDER BY applied, id"
            ).fetchall()
            # The archive is gzipped as a whole; pg_dump's own compression would do it twice.
            run(
                [pg_dump, "--format=custom", "--compress=0", "--no-owner", "--no-privileges",
                 f"--snapshot={snapshot}", f"--file={target}"],
                what="pg_dump",
            )  # fmt: skip
        reader.rollback()
    return tables, migrations, target


def table_rows(cursor) -> dict[str, int]:
    names = cursor.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
    ).fetchall()
    return {
        name: cursor.execute(f"SELECT count(*) FROM {quoted(name)}").fetchone()[0]
        for (name,) in names
    }


def target_tables() -> dict[str, int]:
    """The tables the target database already holds, with their rows."""
    with snapshot_connection() as reader, reader.cursor() as cursor:
        return table_rows(cursor)


def check_readable(path: Path, tables: dict[str, int]) -> None:
    # pg_restore reads the whole table of contents; the counts are checked inside the restore.
    run([tool("pg_restore"), "--list", str(path)], what="pg_restore --list")


def drop_everything() -> str:
    """SQL dropping every table, view and sequence of the schema (restore --force)."""
    with snapshot_connection() as reader, reader.cursor() as cursor:
        rows = cursor.execute(
            "SELECT c.relkind, c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')"
        ).fetchall()
        schema = cursor.execute("SELECT current_schema()").fetchone()[0]
    kinds = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}
    # Sequences last: those of identity columns go with their tables and may not go before.
    return "".join(
        f"DROP {kinds[kind]} IF EXISTS {quoted(schema)}.{quoted(name)} CASCADE;\n"
        for kind, name in sorted(rows, key=lambda row: row[0] == "S")
    )


def target_schema() -> str:
    with snapshot_connection() as reader, reader.cursor() as cursor:
        return cursor.execute("SELECT current_schema()").fetchone()[0]


def count_check(tables: dict[str, int], schema: str) -> str:
    """A statement that fails, and so rolls the restore back, when a table's rows differ."""
    # pg_restore's script empties the search path: every name is qualified.
    checks = "".join(
        f"  SELECT count(*) INTO n FROM {quoted(schema)}.{quoted(name)};\n"
        f"  IF n <> {int(rows)} THEN RAISE EXCEPTION 'table %: % rows restored, {int(rows)} "
        f"backed up', {literal(name)}, n; END IF;\n"
        for name, rows in tables.items()
    )
    return f"DO $check$\nDECLARE n bigint;\nBEGIN\n{checks}END\n$check$;\n"


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def load(*, dump_path: Path, tables: dict[str, int], replace: bool) -> None:
    """Restore the dump into the portal's database in one transaction, checking the rows."""
    pg_restore, psql = tool("pg_restore"), tool("psql")
    prefix = drop_everything() if replace else ""
    schema = target_schema()
    with tempfile.TemporaryFile("w+") as restore_errors, tempfile.TemporaryFile("w+") as errors:
        # Without owners and grants the target's own user owns what it restores; without
        # comments, as COMMENT ON EXTENSION needs a superuser and the portal declares none.
        reader = subprocess.Popen(
            [pg_restore, "--no-owner", "--no-privileges", "--no-comments", "--file=-",
             str(dump_path)],
            env=tool_environment(), stdout=subprocess.PIPE, stderr=restore_errors,
        )  # fmt: skip
        writer = subprocess.Popen(
            [psql, "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction",
             "--file=-"],
            env=tool_environment(), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
            stderr=errors,
        )  # fmt: skip
        try:
            writer.stdin.write(prefix.encode())
            shutil.copyfileobj(reader.stdout, writer.stdin, 1 << 20)
            writer.stdin.write(count_check(tables, schema).encode())
        except BrokenPipeError:
            pass  # psql stopped at an error; its message is read below
        finally:
            writer.stdin.close()
            reader.stdout.close()
        read_status, write_status = reader.wait(), writer.wait()
        restore_errors.seek(0)
        errors.seek(0)
        message = (errors.read() or restore_errors.read()).strip()
    if read_status or write_status:
        raise BackupError(
            _("The restore was rolled back and the database left as it was: %(error)s")
            % {"error": message}
        )
