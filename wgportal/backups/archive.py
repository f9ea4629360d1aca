"""The backup archive: one gzipped tar holding the database, the uploaded files and a manifest.

    database.dump | database.sqlite3   the database (pg_dump's custom format, or an SQLite copy)
    media/<name>                       every file of the default storage, under its stored name
    manifest.json                      what the rest must be: engine, migrations, rows, checksums

The manifest is written last, once every checksum is known; a restore reads the whole archive
into a scratch folder and checks it against the manifest before it writes anything.
"""

import hashlib
import json
import tarfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from django.utils.translation import gettext as _

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media/"
DATABASE = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """A backup or restore refused or failed; the message says why and what to do."""


@dataclass(frozen=True)
class StoredFile:
    name: str
    bytes: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, to check a restore against."""

    engine: str
    created_at: str
    django: str
    # Applied migrations per app, in the order they were applied; the last is the portal's version.
    migrations: dict[str, list[str]]
    # Rows per table, counted in the very snapshot the database was copied from.
    tables: dict[str, int]
    database: StoredFile
    files: list[StoredFile] = field(default_factory=list)
    # Files that rows name but the storage lacked when the backup was made (kept as they were).
    missing_files: list[str] = field(default_factory=list)
    format: int = FORMAT

    @property
    def rows(self) -> int:
        return sum(self.tables.values())

    @property
    def latest_migrations(self) -> dict[str, str]:
        return {app: names[-1] for app, names in self.migrations.items() if names}

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, data: bytes) -> "Manifest":
        values = json.loads(data)
        if values.get("format") != FORMAT:
            raise BackupError(
                _("The archive's manifest has format %(found)r; this portal reads format %(ours)s.")
                % {"found": values.get("format"), "ours": FORMAT}
            )
        return cls(
            **{
                **values,
                "database": StoredFile(**values["database"]),
                "files": [StoredFile(**stored) for stored in values["files"]],
            }
        )


class HashingReader:
    """Reads a file into the tar while its checksum is taken, so each file is read once."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk


def add_file(tar: tarfile.TarFile, name: str, handle: BinaryIO, size: int) -> StoredFile:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    info.mtime = int(time.time())
    reader = HashingReader(handle)
    tar.addfile(info, reader)
    if reader.size != size:
        raise BackupError(
            _("%(name)s changed while it was being saved; run the backup again.") % {"name": name}
        )
    return StoredFile(name=name, bytes=size, sha256=reader.digest.hexdigest())


def add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    info.mtime = int(time.time())
    tar.addfile(info, _BytesReader(data))


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self.data = memoryview(data)
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.position + size
        chunk = bytes(self.data[self.position : end])
        self.position += len(chunk)
        return chunk


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return sha256_of_file(handle)


def sha256_of_file(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := handle.read(1 << 20):
        digest.update(chunk)
    return digest.hexdigest()


def quoted(name: str) -> str:
    """A table's or schema's name as an SQL identifier, in both engines."""
    return '"' + name.replace('"', '""') + '"'


def safe_member_name(name: str) -> bool:
    """A member the portal writes: relative, no `..`, no absolute or drive path."""
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def unpack(path: Path, into: Path) -> Manifest:
    """Extract the archive into the folder `into` and check every member against the manifest.

    Nothing outside `into` is written; a damaged, truncated or tampered archive raises
    BackupError naming what is wrong.
    """
    if not path.is_file():
        raise BackupError(_("There is no backup archive at %(path)s.") % {"path": path})
    try:
        with tarfile.open(path, "r:*") as tar:
            members = tar.getmembers()
            for member in members:
                if not member.isfile() or not safe_member_name(member.name):
                    raise BackupError(
                        _("The archive holds %(name)r, which no backup of the portal writes.")
                        % {"name": member.name}
                    )
            # The "data" filter refuses links, devices and paths leaving the folder as well.
            tar.extractall(into, filter="data")
    except (tarfile.TarError, EOFError, OSError, ValueError) as error:
        raise BackupError(
            _("%(path)s is not a readable backup archive (%(error)s).")
            % {"path": path, "error": error}
        ) from error
    try:
        manifest = Manifest.from_json((into / MANIFEST).read_bytes())
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise BackupError(
            _("%(path)s has no readable manifest (%(error)s): it is not a backup of the portal.")
            % {"path": path, "error": error}
        ) from error
    if manifest.database.name != DATABASE.get(manifest.engine):
        raise BackupError(
            _("The manifest names a database of an engine this portal does not know: %(engine)s.")
            % {"engine": manifest.engine}
        )
    expected = [manifest.database, *manifest.files]
    listed = {MANIFEST} | {stored.name for stored in expected}
    for member in members:
        if member.name not in listed:
            raise BackupError(
                _("The archive holds %(name)s, which its manifest does not list.")
                % {"name": member.name}
            )
    for stored in expected:
        in_place = stored is manifest.database or stored.name.startswith(MEDIA)
        if not safe_member_name(stored.name) or not in_place:
            raise BackupError(
                _("The manifest names %(name)r, which no backup of the portal writes.")
                % {"name": stored.name}
            )
        check_stored(into / stored.name, stored)
    return manifest


def check_stored(path: Path, stored: StoredFile) -> None:
    if not path.is_file():
        raise BackupError(
            _("The archive lacks %(name)s, which its manifest lists.") % {"name": stored.name}
        )
    if path.stat().st_size != stored.bytes or sha256_of(path) != stored.sha256:
        raise BackupError(
            _("%(name)s in the archive is not the file that was backed up (its checksum differs).")
            % {"name": stored.name}
        )
