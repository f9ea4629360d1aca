"""A real Celery worker on the real Redis broker runs import jobs, and survives being killed."""

import os
import signal
import subprocess

import pytest

from documents.models import ImportJob, LanguageVersion, Paragraph
from documents.services import create_import_job
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
