"""The uploaded files: every file of the default storage (import jobs' sources, language versions'
source files), saved and put back under the names the rows hold."""

import tarfile
from collections.abc import Iterator
from pathlib import Path

from django.apps import apps
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.db import models
from django.utils.translation import gettext as _

from .archive import MEDIA, BackupError, StoredFile, add_file, sha256_of_file


def storage() -> Storage:
    return storages["default"]


def stored_names(where: Storage, folder: str = "") -> Iterator[str]:
    """Every file name in the storage, walking its folders (FileSystemStorage, S3 alike)."""
    try:
        folders, files = where.listdir(folder)
    except FileNotFoundError:  # MEDIA_ROOT is only made by the first upload
        return
    for name in sorted(files):
        yield f"{folder}{name}"
    for name in sorted(folders):
        yield from stored_names(where, f"{folder}{name}/")


def named_by_rows() -> set[str]:
    """The file names the rows' FileFields hold."""
    names: set[str] = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                names |= set(
                    model._default_manager.exclude(**{field.name: ""})
                    .exclude(**{f"{field.name}__isnull": True})
                    .values_list(field.name, flat=True)
                )
    return names


def add_files(tar: tarfile.TarFile) -> list[StoredFile]:
    where = storage()
    saved = []
    for name in stored_names(where):
        with where.open(name, "rb") as handle:
            saved.append(add_file(tar, MEDIA + name, handle, where.size(name)))
    return saved


def storage_name(stored: StoredFile) -> str:
    return stored.name.removeprefix(MEDIA)


def conflicts(files: list[StoredFile]) -> list[str]:
    """Files the target storage already holds under a backed-up name with other bytes."""
    where = storage()
    return [
        storage_name(stored)
        for stored in files
        if where.exists(storage_name(stored)) and not same_as_backed_up(where, stored)
    ]


def same_as_backed_up(where: Storage, stored: StoredFile) -> bool:
    """Whether the storage holds the file as it was backed up (its checksum in the manifest)."""
    name = storage_name(stored)
    if not where.exists(name):
        return False
    with where.open(name, "rb") as handle:
        return sha256_of_file(handle) == stored.sha256


def put_back(files: list[StoredFile], unpacked: Path) -> int:
    """Write each backed-up file under its own name; return how many were written."""
    where = storage()
    written = 0
    for stored in files:
        name = storage_name(stored)
        if same_as_backed_up(where, stored):
            continue
        if where.exists(name):
            where.delete(name)  # only reached with --force: conflicts() refused it before
        with (unpacked / stored.name).open("rb") as handle:
            saved_as = where.save(name, File(handle, name=name))
        if saved_as != name:
            # The rows name the file: stored under another name, it would be lost to them.
            raise BackupError(
                _("The storage saved %(name)s as %(other)s; the rows would not find it.")
                % {"name": name, "other": saved_as}
            )
        written += 1
    return written
