"""Import jobs: an uploaded file becomes a queued job, and a job becomes rows or a clear failure.

A job is run by the Celery task `documents.tasks.run_import_job`, or in-process in the embedded
mode. Everything a job stores (the document, its language version and structure, the job's own
result) commits in one transaction: a failure, or a worker killed half-way, leaves no partial rows,
and the job can simply run again.
"""

import hashlib
import logging
import time
import traceback
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from documents.models import ImportJob
from documents.parsing.extraction import FORMAT_BY_EXTENSION, extract_text
from documents.parsing.results import ParseError
from documents.parsing.structure import parse_text
from documents.search import index_latin_terms, index_version, vectors_built_here
from meetings.content import content_changed

from .storing import store_parsed_text

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
        started = time.perf_counter()
        extracted = extract_text(data, filename=job.file.name, max_bytes=settings.MAX_UPLOAD_SIZE)
        parsed = parse_text(extracted.text, language=job.language or None)
        timings["parse"] = time.perf_counter() - started
        # Indexing is timed in two parts: vectors built here go in with the paragraphs (Chinese),
        # the others are built by PostgreSQL once the paragraphs are stored.
        started = time.perf_counter()
        vectors = vectors_built_here(parsed)
        timings["index"] = time.perf_counter() - started
        with transaction.atomic():
            started = time.perf_counter()
            stored = store_parsed_text(
                parsed=parsed,
                name=job.file.name,
                data=data,
                checksum=job.checksum or sha256(data),
                vectors=vectors,
            )
            timings["store"] = time.perf_counter() - started
            if stored.version is not None:
                started = time.perf_counter()
                if vectors is not None:
                    indexed = len(vectors)
                    index_latin_terms([stored.version.pk])
                else:
                    indexed = index_version(stored.version)
                stored.counts["indexed_paragraphs"] = indexed
                timings["index"] += time.perf_counter() - started
            # The structure went in by COPY, which sends no signals: pages cached before are stale.
            content_changed()
            job.status = ImportJob.Status.SUCCEEDED
            job.document = stored.document
            job.counts = {**stored.counts, "seconds": {k: round(v, 4) for k, v in timings.items()}}
            job.warnings = [
                {"code": w.code, "message": w.message, "line": w.line}
                for w in (*parsed.warnings, *stored.warnings)
            ]
            job.log = stored.summary
            job.finished_at = timezone.now()
            job.save()
    except ParseError as error:
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
