"""Import jobs: an uploaded file becomes a queued job, and a job becomes rows or a clear failure.

A job is run by the Celery task `documents.tasks.run_import_job`, or in-process in the embedded
mode, in three steps, each timed: the file is read once (`parsing.reading.read_file`: text,
structure, and the report or thematic summary it is), its paragraphs' search vectors are built
(`search.indexing.index_text`), then everything is stored (`storing.store_text`). The store
and the job's own result commit in one transaction: a failure, or a worker killed half-way,
leaves no partial rows, and the job can simply run again.
"""

import hashlib
import logging
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from documents.models import ImportJob
from documents.parsing.extraction import FORMAT_BY_EXTENSION
from documents.parsing.reading import read_file
from documents.parsing.results import ParseError
from documents.search.indexing import index_text
from meetings.content import content_changed
from meetings.names import EntityNames

from .draft_reports import ReportIsFinal
from .storing import store_text

logger = logging.getLogger(__name__)


def upload_problem(*, name: str, size: int) -> str | None:
    """Why an uploaded file cannot become an import job, or None when it can be queued."""
    # The extension is checked here so a wrong file is refused at upload; extraction checks
    # later that the content matches it.
    if PurePath(name).suffix.lower() not in FORMAT_BY_EXTENSION:
        return _("%(name)s: only %(suffixes)s files can be imported.") % {
            "name": name,
            "suffixes": ", ".join(FORMAT_BY_EXTENSION),
        }
    if size > settings.MAX_UPLOAD_SIZE:
        return _("%(name)s is %(size)s; the limit is %(limit)s.") % {
            "name": name,
            "size": filesizeformat(size),
            "limit": filesizeformat(settings.MAX_UPLOAD_SIZE),
        }
    return None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def create_import_job(
    *, name: str, data: bytes, user=None, language: str = "", queue: bool = True
) -> ImportJob:
    """Record one file for import and, with `queue`, start its task once the row is committed."""
    from documents.tasks import run_import_job as task

    job = ImportJob(created_by=user, language=language, checksum=sha256(data))
    job.file.save(PurePath(name).name, ContentFile(data), save=False)
    job.save()
    if queue:
        transaction.on_commit(lambda: task.delay(job.pk))
    return job


def run_import_job(*, job: ImportJob) -> ImportJob:
    """Read the job's file and store what it holds, or record why it cannot be imported."""
    mark_running(job)
    timings: dict[str, float] = {}
    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        # The names of States and organizations are loaded only when a report's attendance
        # lists ask for them: loading them took longer than storing a background paper. (Not
        # `names.__contains__`: reading an attribute of the lazy object loads it.)
        names = SimpleLazyObject(EntityNames.load)
        with timed(timings, "read"):
            read = read_file(
                data,
                filename=job.file.name,
                max_bytes=settings.MAX_UPLOAD_SIZE,
                language=job.language or None,
                is_known_name=lambda name: name in names,
            )
        # Before the store, so that the vectors go in with the paragraphs' COPY (indexing.py).
        with timed(timings, "index"):
            index = index_text(read.parsed)
        with transaction.atomic():
            with timed(timings, "store"):
                stored = store_text(
                    read=read,
                    name=job.file.name,
                    data=data,
                    checksum=job.checksum or sha256(data),
                    names=names,
                    index=index,
                    job=job,
                )
            # The structure went in by COPY, which sends no signals: pages cached before are stale.
            content_changed()
            job.status = ImportJob.Status.SUCCEEDED
            job.document = stored.document
            job.counts = {**stored.counts, "seconds": {k: round(v, 4) for k, v in timings.items()}}
            job.warnings = [
                {"code": w.code, "message": w.message, "line": w.line}
                for w in (*read.all_warnings, *stored.warnings)
            ]
            job.log = stored.summary
            job.finished_at = timezone.now()
            job.save()
    except (ParseError, ReportIsFinal) as error:
        fail(job, str(error))
    except Exception as error:
        # Any other failure is a bug or a broken server, not the file's fault; the job records
        # it and the worker goes on with the other jobs.
        logger.exception("import job %s failed", job.pk)
        fail(
            job,
            _("The import stopped on an unexpected error; nothing was stored. (%(error)s)")
            % {"error": f"{type(error).__name__}: {error}"},
            detail=traceback.format_exc(),
        )
    return job


@contextmanager
def timed(timings: dict[str, float], step: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings[step] = time.perf_counter() - started


def mark_running(job: ImportJob) -> None:
    # Committed on its own so the admin shows the job as running while it works. A job found
    # "running" again was interrupted (a worker lost): it simply starts over.
    job.status = ImportJob.Status.RUNNING
    job.started_at = timezone.now()
    job.finished_at = None
    job.save(update_fields=["status", "started_at", "finished_at"])


def fail(job: ImportJob, message: str, *, detail: str = "") -> None:
    job.status = ImportJob.Status.FAILED
    job.log = f"{message}\n\n{detail}".strip()
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "log", "finished_at"])
