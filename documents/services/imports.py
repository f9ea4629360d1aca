"""Import jobs: an uploaded file becomes a queued job, and a job becomes rows or a clear failure.

A job is run by the Celery task `documents.tasks.run_import_job`, or in-process in the embedded
mode, in three steps, each timed: the file is read once (`parsing.reading.read_file`: text,
structure, and the report or thematic summary it is), its paragraphs' search vectors are built
(`documents.indexing.index_text`), then everything is stored (`storing.store_text`). The store
and the job's own result commit in one transaction: a failure, or a worker killed half-way,
leaves no partial rows, and the job can simply run again.

No job is lost between the upload and its run. The row is committed before its message is sent,
and a broker that is down only leaves the job queued without `sent_at`; the sweep
(`resend_import_jobs`, at each worker's start and on Celery beat) sends again what a lost message
or a dead worker left waiting. A message may so arrive twice, or late: a run holds the job's lock
(a PostgreSQL advisory lock, released by the server when the worker's connection dies) and a
message for a job that is finished or held by another run does nothing.
"""

import hashlib
import logging
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import PurePath

from celery import current_app
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from documents.indexing import index_text
from documents.models import ImportJob
from documents.parsing.extraction import FORMAT_BY_EXTENSION
from documents.parsing.reading import read_file
from documents.parsing.results import ParseError
from documents.signals import TextRefused
from meetings.names import EntityNames
from wgportal.content import content_changed

from .storing import store_text

logger = logging.getLogger(__name__)

# The name documents.tasks registers its task under, and the one messages in flight carry.
RUN_IMPORT_JOB = "documents.tasks.run_import_job"


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
    job = ImportJob(created_by=user, language=language, checksum=sha256(data))
    job.file.save(PurePath(name).name, ContentFile(data), save=False)
    job.save()
    if queue:
        transaction.on_commit(lambda: send_import_job(job=job))
    return job


def send_import_job(*, job: ImportJob) -> bool:
    """Hand the job's message to the broker and note when; False when the broker is unavailable.

    Never raises: the job is committed already, and a message not sent now is sent by the sweep
    once the broker is back. (Without this, a broker down made every upload a 500 after its row
    was committed.)
    """
    task = import_task()
    try:
        task.delay(job.pk)
    except Exception as error:
        # kombu's OperationalError, redis's ConnectionError, a timeout, a DNS failure...: all
        # are the broker's state, not the job's, and all leave it for the sweep.
        logger.warning(
            "import job %s stays queued: the broker is unavailable (%s: %s)",
            job.pk,
            type(error).__name__,
            error,
        )
        job.send_failed = True
        return False
    job.send_failed = False
    job.sent_at = timezone.now()
    ImportJob.objects.filter(pk=job.pk).update(sent_at=job.sent_at)
    return True


def import_task():
    """The Celery task that runs an import job, found by its registered name: documents.tasks
    imports this module, so this module does not import it."""
    if RUN_IMPORT_JOB not in current_app.tasks:
        # Outside a worker no one has imported the apps' task modules yet (autodiscovery).
        current_app.loader.import_default_modules()
    return current_app.tasks[RUN_IMPORT_JOB]


def queue_notice(jobs: list[ImportJob]) -> str:
    """What to tell the person who uploaded `jobs` when some wait for the queue, else ""."""
    waiting = sum(1 for job in jobs if job.send_failed)
    if not waiting:
        return ""
    return ngettext(
        "The job queue cannot be reached just now: %(count)d job is saved and will run as "
        "soon as the queue is back, without uploading it again.",
        "The job queue cannot be reached just now: %(count)d jobs are saved and will run as "
        "soon as the queue is back, without uploading them again.",
        waiting,
    ) % {"count": waiting}


def resend_import_jobs() -> list[int]:
    """Send again the jobs a lost message or a dead worker left waiting; their ids.

    Queued jobs go again when their message was never sent (the broker was down) or was sent
    IMPORT_JOB_RESEND_AFTER ago and no worker took it (lost with a Redis that restarted
    empty); running jobs when no live run holds their lock (their worker died whole, and Redis
    keeps its message until the visibility timeout, twice IMPORT_JOB_TIME_LIMIT). A job sent
    twice runs once: the second message finds it finished or locked.
    """
    sent_before = timezone.now() - timedelta(seconds=settings.IMPORT_JOB_RESEND_AFTER)
    waiting = ImportJob.objects.filter(
        Q(status=ImportJob.Status.QUEUED, sent_at__isnull=True)
        | Q(status=ImportJob.Status.QUEUED, sent_at__lt=sent_before)
        | Q(status=ImportJob.Status.RUNNING)
    ).order_by("pk")
    resent = []
    for job in waiting:
        if job.status == ImportJob.Status.RUNNING and not abandoned(job):
            continue
        if not send_import_job(job=job):
            break  # the broker is down: the next sweep tries again
        resent.append(job.pk)
    if resent:
        logger.warning("import jobs sent again: %s", ", ".join(map(str, resent)))
    return resent


def abandoned(job: ImportJob) -> bool:
    """Whether a running job's run is gone (its worker died) rather than still working."""
    if connection.vendor != "postgresql":
        # No locks to ask (the embedded mode runs jobs in-process): past the time limit, a run
        # still marked running has died.
        limit = timedelta(seconds=settings.IMPORT_JOB_TIME_LIMIT + 60)
        return job.started_at is None or job.started_at < timezone.now() - limit
    with run_lock(job.pk) as free:
        return free


# The first key of the import runs' advisory locks (the second is the job's id), so that they
# never meet another lock of the database. ("wgim" in ASCII.)
LOCK_NAMESPACE = 0x7767696D


@contextmanager
def run_lock(job_id: int) -> Iterator[bool]:
    """Hold the job's lock while the block runs; yields False when another run holds it.

    A session lock, not a row lock: the run commits several transactions (running, then the
    store), and PostgreSQL releases the lock the moment the run's connection ends, so a worker
    killed mid-job leaves its job free for the next run at once.
    """
    if connection.vendor != "postgresql":
        # SQLite runs the embedded mode's jobs one at a time, in-process.
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [LOCK_NAMESPACE, job_id])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_NAMESPACE, job_id])
            except DatabaseError:
                # The connection broke, and the lock went with it.
                logger.warning("import job %s: the lock ended with its connection", job_id)


def run_sent_import_job(*, job_id: int) -> ImportJob | None:
    """Run the job a message names, unless it is finished or another run holds it (None)."""
    with run_lock(job_id) as mine:
        if not mine:
            logger.info("import job %s is being run by another worker", job_id)
            return None
        job = ImportJob.objects.filter(pk=job_id).first()
        if job is None or job.status not in (ImportJob.Status.QUEUED, ImportJob.Status.RUNNING):
            return None  # a message sent again by the sweep for a job that finished since
        if job.attempts >= settings.IMPORT_JOB_MAX_ATTEMPTS:
            # Each earlier run stopped its worker (killed, out of memory): a further one would.
            fail(
                job,
                ngettext(
                    "The import stopped %(count)d time without finishing (its worker was "
                    "stopped); it is not tried again. Nothing was stored.",
                    "The import stopped %(count)d times without finishing (its worker was "
                    "stopped each time); it is not tried again. Nothing was stored.",
                    job.attempts,
                )
                % {"count": job.attempts},
            )
            return job
        return read_and_store(job)


def run_import_job(*, job: ImportJob) -> ImportJob:
    """Read the job's file and store what it holds, or record why it cannot be imported."""
    with run_lock(job.pk) as mine:
        if not mine:
            # Another process runs this very job (a message sent twice): it finishes it.
            return job
        return read_and_store(job)


def read_and_store(job: ImportJob) -> ImportJob:
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
    except (ParseError, TextRefused) as error:
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
    job.attempts = F("attempts") + 1
    job.save(update_fields=["status", "started_at", "finished_at", "attempts"])
    job.refresh_from_db(fields=["attempts"])


def fail(job: ImportJob, message: str, *, detail: str = "") -> None:
    job.status = ImportJob.Status.FAILED
    job.log = f"{message}\n\n{detail}".strip()
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "log", "finished_at"])
