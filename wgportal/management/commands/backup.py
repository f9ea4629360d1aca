"""manage.py backup PATH: the whole record (database and uploaded files) in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wgportal.backups import BackupError, back_up


class Command(BaseCommand):
    help = (
        "Save the whole record into one archive (.tar.gz): every table of the database, history "
        "included, and every uploaded file, with a manifest to check a restore against."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path, help="The archive to write, e.g. wgportal.tar.gz.")

    def handle(self, *args, path: Path, **options) -> None:
        try:
            manifest = back_up(path=path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _(
                "Backed up %(tables)s tables (%(rows)s rows) of the %(engine)s database and "
                "%(files)s files (%(size)s) to %(path)s (%(archive)s)."
            )
            % {
                "tables": len(manifest.tables),
                "rows": f"{manifest.rows:,}",
                "engine": manifest.engine,
                "files": len(manifest.files),
                "size": filesizeformat(sum(file.bytes for file in manifest.files)),
                "path": path,
                "archive": filesizeformat(path.stat().st_size),
            }
        )
        for name in manifest.missing_files:
            self.stderr.write(
                _("Warning: a row names %(name)s, which the storage does not hold.")
                % {"name": name}
            )
