"""manage.py restore PATH: bring a backup back into an empty database and storage."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wgportal.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup` into this portal's database (which "
        "must hold no tables) and file storage; every table's rows are checked against the "
        "archive's manifest, and the database is migrated when the code is newer."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path, help="The archive written by manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace every table of the database, and files under the same names.",
        )

    def handle(self, *args, path: Path, force: bool, **options) -> None:
        try:
            restored = restore(path=path, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = restored.manifest
        self.stdout.write(
            _("Restored %(path)s, backed up at %(created)s from %(engine)s:")
            % {"path": path, "created": manifest.created_at, "engine": manifest.engine}
        )
        for table, rows in manifest.tables.items():
            if rows:
                self.stdout.write(f"  {table:<48} {rows:>10,}")
        self.stdout.write(
            _(
                "%(tables)s tables, %(rows)s rows, each table's count as backed up; %(files)s "
                "files, %(written)s written."
            )
            % {
                "tables": len(manifest.tables),
                "rows": f"{manifest.rows:,}",
                "files": len(manifest.files),
                "written": restored.files_written,
            }
        )
        if restored.migrated:
            self.stdout.write(
                _("Migrated to this code: %(names)s.") % {"names": ", ".join(restored.migrated)}
            )
