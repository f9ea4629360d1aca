"""The embedded SQLite file, copied page by page with SQLite's online backup API.

The backup API reads a consistent copy even while the in-process tasks write (WAL), and
writes the target in one step under SQLite's own lock, so the restored file is either the
backed-up one or untouched.
"""

import sqlite3
from pathlib import Path

from django.db import connection
from django.utils.translation import gettext as _

from .archive import BackupError, quoted


def database_path() -> Path:
    return Path(connection.settings_dict["NAME"])


def table_rows(database: sqlite3.Connection) -> dict[str, int]:
    names = database.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return {
        name: database.execute(f"SELECT count(*) FROM {quoted(name)}").fetchone()[0]
        for (name,) in names
    }


def dump(*, into: Path) -> tuple[dict[str, int], list[tuple[str, str]], Path]:
    """Copy the database into `into`; its rows per table and applied migrations, as copied."""
    target = into / "database.sqlite3"
    source = sqlite3.connect(database_path())
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # The copy stands alone: no -wal file beside it in the archive.
        copy.execute("PRAGMA journal_mode=DELETE")
        tables = table_rows(copy)
        migrations = copy.execute(
            "SELECT app, name FROM django_migrations ORDER BY applied, id"
        ).fetchall()
    finally:
        copy.close()
        source.close()
    return tables, migrations, target


def target_tables() -> dict[str, int]:
    path = database_path()
    if not path.exists():
        return {}
    database = sqlite3.connect(path)
    try:
        return table_rows(database)
    finally:
        database.close()


def check_readable(path: Path, tables: dict[str, int]) -> None:
    """The unpacked copy opens, passes SQLite's integrity check and holds the manifest's rows."""
    try:
        database = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = database.execute("PRAGMA integrity_check").fetchone()[0]
            found = table_rows(database)
        finally:
            database.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(
            _("The archive's SQLite database cannot be read: %(error)s") % {"error": error}
        ) from error
    if status != "ok":
        raise BackupError(
            _("The archive's SQLite database is damaged: %(error)s") % {"error": status}
        )
    if found != tables:
        raise BackupError(_("The archive's SQLite database does not hold the manifest's rows."))


def load(*, dump_path: Path, tables: dict[str, int], replace: bool) -> None:
    """Write the copy over the portal's SQLite file (the caller checked it may be replaced,
    so `replace` changes nothing: the file is replaced whole)."""
    connection.close()  # Django's own connection must not hold the file while it is replaced
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{dump_path}?mode=ro", uri=True)
    target = sqlite3.connect(path)
    try:
        source.backup(target)
        found = table_rows(target)
    finally:
        target.close()
        source.close()
    if found != tables:
        raise BackupError(
            _("The restored SQLite database does not hold the manifest's rows; restore it again.")
        )
