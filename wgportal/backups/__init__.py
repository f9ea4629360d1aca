"""Backups that restore: the whole record in one archive, and back into a fresh database.

`back_up` writes every table (the content, its history, users, groups, permissions, tokens,
content types, sessions, migrations) and every uploaded file into one gzipped tar with a
manifest (`archive.py`): PostgreSQL by pg_dump (`postgresql.py`), the embedded SQLite file by
SQLite's backup API (`sqlite.py`). Rows keep their ids, so content types, permissions and the
rows pointing at them agree as they did.

`restore` checks the whole archive before it writes anything (checksums, engine, migrations,
the target empty), then writes the database in one step, checks every table's rows against the
manifest, puts the files back under their names, and migrates when the code is newer than the
backup.
"""

import datetime
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import django
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils.translation import gettext as _

from wgportal.content import content_changed

from . import media, postgresql, sqlite
from .archive import DATABASE, MANIFEST, BackupError, Manifest, add_bytes, add_file, unpack

__all__ = ["BackupError", "Manifest", "Restored", "back_up", "restore"]

ENGINES = {"postgresql": postgresql, "sqlite": sqlite}


@dataclass(frozen=True)
class Restored:
    """What a restore wrote."""

    manifest: Manifest
    files_written: int
    migrated: list[str]


def engine() -> str:
    if connection.vendor not in ENGINES:
        raise BackupError(
            _("Backups cover PostgreSQL and SQLite; this database is %(vendor)s.")
            % {"vendor": connection.vendor}
        )
    return connection.vendor


def back_up(*, path: Path) -> Manifest:
    """Write the whole record into a new archive at `path` and return its manifest."""
    vendor = engine()
    path = Path(path)
    if path.is_dir():
        raise BackupError(_("%(path)s is a folder: name the archive to write.") % {"path": path})
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside its final name and renamed when complete: an interrupted backup never
    # leaves a truncated archive under the name a restore would read.
    partial = path.with_name(path.name + ".partial")
    created_at = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    try:
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".backup-") as scratch:
            tables, applied, dumped = ENGINES[vendor].dump(into=Path(scratch))
            with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
                with dumped.open("rb") as handle:
                    database = add_file(tar, DATABASE[vendor], handle, dumped.stat().st_size)
                files = media.add_files(tar)
                stored = {media.storage_name(file) for file in files}
                migrations: dict[str, list[str]] = {}
                for app, name in applied:
                    migrations.setdefault(app, []).append(name)
                manifest = Manifest(
                    engine=vendor,
                    created_at=created_at,
                    django=django.get_version(),
                    migrations=migrations,
                    tables=tables,
                    database=database,
                    files=files,
                    missing_files=sorted(media.named_by_rows() - stored),
                )
                add_bytes(tar, MANIFEST, manifest.to_json())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return manifest


def pending_migrations(manifest: Manifest) -> list[str]:
    """The code's migrations the backup lacks; refuse a backup made by a newer portal."""
    on_disk = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    backed_up = {(app, name) for app, names in manifest.migrations.items() for name in names}
    unknown = sorted(backed_up - on_disk)
    if unknown:
        raise BackupError(
            _(
                "The backup was made by a newer portal: this code lacks its migrations %(names)s. "
                "Restore it with the code it was made with (or newer)."
            )
            % {"names": ", ".join(f"{app}.{name}" for app, name in unknown[:5])}
        )
    return [f"{app}.{name}" for app, name in sorted(on_disk - backed_up)]


def restore(*, path: Path, force: bool = False) -> Restored:
    """Bring the record in the archive at `path` back into this portal's database and storage.

    The target must hold no tables and no other file under a backed-up name, unless `force`,
    which replaces them. Everything is checked before anything is written.
    """
    vendor = engine()
    path = Path(path)
    # Unpacked where TMPDIR says, so that an archive on a read-only disk restores too.
    with tempfile.TemporaryDirectory(prefix="wgportal-restore-") as scratch:
        unpacked = Path(scratch)
        manifest = unpack(path, unpacked)
        if manifest.engine != vendor:
            raise BackupError(
                _(
                    "The backup is of a %(backup)s database and this portal runs on %(target)s: "
                    "restore it on the engine it was made on."
                )
                % {"backup": manifest.engine, "target": vendor}
            )
        pending = pending_migrations(manifest)
        module = ENGINES[vendor]
        dump_path = unpacked / manifest.database.name
        module.check_readable(dump_path, manifest.tables)
        existing = module.target_tables()
        if existing and not force:
            raise BackupError(
                _(
                    "The database %(name)s already holds %(tables)s tables (%(rows)s rows): "
                    "restore into a new, empty database, or pass --force to replace "
                    "everything in it."
                )
                % {
                    "name": connection.settings_dict["NAME"],
                    "tables": len(existing),
                    "rows": f"{sum(existing.values()):,}",
                }
            )
        clashing = media.conflicts(manifest.files)
        if clashing and not force:
            raise BackupError(
                _(
                    "The storage already holds other files under %(count)s of the backed-up "
                    "names (%(names)s): restore into an empty storage, or pass --force to "
                    "replace them."
                )
                % {"count": len(clashing), "names": ", ".join(clashing[:3])}
            )
        module.load(dump_path=dump_path, tables=manifest.tables, replace=force)
        files_written = media.put_back(manifest.files, unpacked)
    connection.close()
    ContentType.objects.clear_cache()
    # Pages cached from what the database held before must not be served over the restored one.
    content_changed()
    if pending:
        call_command("migrate", interactive=False, verbosity=0)
    return Restored(manifest=manifest, files_written=files_written, migrated=pending)
