"""Real Celery workers for the tests of import jobs: separate processes on a queue of their own."""

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

from tests.conftest import database_url
from wgportal.celery import app

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.fixture
def start_worker(transactional_db, django_db_serialized_rollback):
    """Start a worker process on the test database and a queue of its own; stopped at the end.

    `start_worker(broker=url)` runs it on another broker (the default is REDIS_URL); a second
    call starts another worker on the same queue, as a replacement for a dead one would.
    """
    queue = f"wgportal-test-{uuid.uuid4().hex[:8]}"
    processes = []
    previous = app.conf.task_default_queue
    app.conf.task_default_queue = queue

    def start(*, broker: str | None = None, **variables: str) -> subprocess.Popen:
        env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "CELERY_BROKER_URL": broker or settings.REDIS_URL,
            "CELERY_TASK_DEFAULT_QUEUE": queue,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            **variables,
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "wgportal", "worker", "-Q", queue,
             "--concurrency", "1", "--pool", "prefork", "--loglevel", "INFO",
             "--without-heartbeat", "--without-gossip", "--without-mingle"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        processes.append(process)
        connection.close()  # the worker must see what this test commits
        return process

    try:
        yield start
    finally:
        app.conf.task_default_queue = previous
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
