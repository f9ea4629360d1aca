"""A real Celery worker on the real Redis broker runs import jobs, and survives being killed."""

import os
import signal
import subprocess

import pytest
from django.db import connection

from documents.models import ImportJob, LanguageVersion, Paragraph
from documents.services import create_import_job
from documents.services.imports import LOCK_NAMESPACE
from tests.documents.conftest import wait_until

PARAGRAPHS = 4000


def background_paper(paragraphs: int = PARAGRAPHS) -> bytes:
    """A background paper; the long one lets a worker be stopped in the middle of it."""
    lines = [
        "CTOC/COP/WG.7/2031/9",
        "偷运移民问题工作组",
        "2031 年 6 月 3 日和 4 日，维也纳",
        "秘书处编写的背景文件",
        "一. 导言",
    ]
    lines += [
        f"{n}. 本段讨论缔约国在打击偷运移民方面的执法合作，第 {n} 段说明相关做法和经验。"
        for n in range(1, paragraphs + 1)
    ]
    return "\n".join(lines).encode()


@pytest.fixture
def worker(start_worker):
    """A worker process on its own queue, connected to the test database."""
    return start_worker()


def job_status(pk: int) -> ImportJob:
    return ImportJob.objects.get(pk=pk)


def test_a_worker_runs_a_queued_job_through_redis(worker):
    job = create_import_job(name="paper.txt", data=background_paper(20))

    done = wait_until(
        lambda: job_status(job.pk).status in {"succeeded", "failed"} and job_status(job.pk),
        timeout=60,
        what="the job to finish",
        process=worker,
    )

    assert done.status == ImportJob.Status.SUCCEEDED, done.log
    assert done.document.symbol == "CTOC/COP/WG.7/2031/9"


def test_a_worker_killed_in_the_middle_of_a_job_leaves_nothing_partial_and_the_job_completes(
    worker,
):
    job = create_import_job(name="long-paper.txt", data=background_paper())
    running = wait_until(
        lambda: job_status(job.pk).status == "running" and job_status(job.pk),
        timeout=60,
        what="the job to start",
        process=worker,
    )
    children = subprocess.run(
        ["pgrep", "-P", str(worker.pid)], capture_output=True, text=True, check=True
    ).stdout.split()
    for child in children:
        os.kill(int(child), signal.SIGKILL)
    assert Paragraph.objects.count() in (0, PARAGRAPHS)

    done = wait_until(
        lambda: job_status(job.pk).status in {"succeeded", "failed"} and job_status(job.pk),
        timeout=120,
        what="the job to be run again and finish",
        process=worker,
    )

    assert done.status == ImportJob.Status.SUCCEEDED, done.log
    assert done.started_at > running.started_at  # it ran a second time
    assert LanguageVersion.objects.count() == 1
    assert Paragraph.objects.filter(kind="numbered").count() == PARAGRAPHS


def run_is_locked(pk: int) -> bool:
    """Whether a PostgreSQL session still holds the job's run lock (services.imports.run_lock)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = %s "
            "AND objid = %s AND objsubid = 2",
            [LOCK_NAMESPACE, pk],
        )
        return cursor.fetchone()[0] > 0


def test_a_worker_killed_whole_mid_job_has_its_job_done_by_the_next_worker_that_starts(
    start_worker,
):
    first = start_worker()
    job = create_import_job(name="long-paper.txt", data=background_paper())
    running = wait_until(
        lambda: job_status(job.pk).status == "running" and job_status(job.pk),
        timeout=60,
        what="the job to start",
        process=first,
    )
    children = subprocess.run(
        ["pgrep", "-P", str(first.pid)], capture_output=True, text=True, check=True
    ).stdout.split()
    # Main process and pool child at once: nobody is left to hand the message back to Redis,
    # which would redeliver it only after its visibility timeout (twice the job time limit, 30
    # minutes): within the wait below, only the new worker's start-up sweep can send it again.
    for pid in (first.pid, *map(int, children)):
        os.kill(pid, signal.SIGKILL)
    first.wait(timeout=10)
    assert Paragraph.objects.count() in (0, PARAGRAPHS)
    # The server ends the dead child's session, and the run's lock with it.
    wait_until(lambda: not run_is_locked(job.pk), timeout=30, what="the dead run's lock to go")
    second = start_worker()
    done = wait_until(
        lambda: job_status(job.pk).status in {"succeeded", "failed"} and job_status(job.pk),
        timeout=120,
        what="the next worker to run the job",
        process=second,
    )

    assert done.status == ImportJob.Status.SUCCEEDED, done.log
    assert done.started_at > running.started_at
    assert done.attempts == 2
    assert LanguageVersion.objects.count() == 1
    assert Paragraph.objects.filter(kind="numbered").count() == PARAGRAPHS
