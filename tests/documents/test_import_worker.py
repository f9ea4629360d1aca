"""A real Celery worker on the real Redis broker runs import jobs, and survives being killed."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from documents.models import ImportJob, LanguageVersion, Paragraph
from documents.services import create_import_job
from wgportal.celery import app

ROOT = Path(__file__).resolve().parents[2]
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
def worker(transactional_db):
    """A worker process on its own queue, connected to the test database."""
    queue = f"wgportal-test-{uuid.uuid4().hex[:8]}"
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
        f"/{database['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "wgportal", "worker", "-Q", queue,
         "--concurrency", "1", "--pool", "prefork", "--loglevel", "INFO", "--without-heartbeat",
         "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    previous = app.conf.task_default_queue
    app.conf.task_default_queue = queue
    connection.close()  # the worker must see what this test commits
    try:
        yield process
    finally:
        app.conf.task_default_queue = previous
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def wait_until(condition, *, timeout: float, what: str, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if process is not None and process.poll() is not None:
            pytest.fail(f"the worker exited while waiting for {what}:\n{process.stdout.read()}")
        time.sleep(0.02)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")


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
