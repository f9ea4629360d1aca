"""The import benchmark's generated jobs: a Celery worker of their own, waiting for them, and
removing every row they wrote."""

import os
import subprocess
import sys
import time
import uuid

from django.conf import settings
from django.core.management.base import CommandError

from documents.models import (
    Document,
    Footnote,
    ImportJob,
    LanguageVersion,
    Paragraph,
    Reference,
    Section,
)
from meetings.models import Meeting
from wgportal.celery import app

GENERATED_YEAR = 2099  # wgportal.bench.papers numbers its papers CTOC/COP/WG.7/2099/<n>


def start_worker(concurrency: int) -> subprocess.Popen:
    """One Celery worker, with `concurrency` pool processes, on a queue of its own."""
    queue = f"wgportal-bench-{uuid.uuid4().hex[:8]}"
    app.conf.task_default_queue = queue
    env = {**os.environ, "CELERY_TASK_DEFAULT_QUEUE": queue}
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "wgportal", "worker", "-Q", queue,
         "--concurrency", str(concurrency), "--loglevel", "WARNING", "--without-gossip",
         "--without-mingle"],
        cwd=settings.BASE_DIR, env=env,
    )  # fmt: skip


def wait_for_jobs(pks: list[int], timeout: float, worker: subprocess.Popen | None) -> None:
    deadline = time.monotonic() + timeout
    done = {ImportJob.Status.SUCCEEDED, ImportJob.Status.FAILED}
    while ImportJob.objects.filter(pk__in=pks).exclude(status__in=done).exists():
        if worker is not None and worker.poll() is not None:
            raise CommandError("The Celery worker exited during the benchmark.")
        if time.monotonic() > deadline:
            raise CommandError(f"Jobs still unfinished after {timeout:.0f} s.")
        time.sleep(0.05)


def remove_generated(job_pks: list[int]) -> None:
    """Delete the benchmark's jobs, documents, files and meeting, history included."""
    jobs = ImportJob.objects.filter(pk__in=job_pks)
    for job in jobs:
        job.file.delete(save=False)
    jobs.delete()
    documents = Document.objects.filter(symbol_year=GENERATED_YEAR)
    versions = LanguageVersion.objects.filter(document__in=documents)
    for version in versions:
        version.source_file.delete(save=False)
    # In bulk: one document at a time, cascading through a hundred paragraphs each, took
    # longer than the import itself.
    LanguageVersion.history.filter(document__in=documents).delete()
    Document.history.filter(symbol_year=GENERATED_YEAR).delete()
    for model in (Reference, Footnote, Paragraph, Section):
        model.objects.filter(version__in=versions).delete()
    versions.delete()
    documents.delete()
    Meeting.objects.filter(start_date__year=GENERATED_YEAR).delete()
