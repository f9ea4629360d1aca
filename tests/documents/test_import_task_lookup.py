"""The upload finds the import task by its registered name (documents.tasks imports the import
service, not the other way round), also in a web process that never imported the task module."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import database_url

ROOT = Path(__file__).resolve().parents[2]
LOOKUP = """
import sys, django
django.setup()
assert "documents.tasks" not in sys.modules
from documents.services.imports import import_task
task = import_task()
print(task.name, task.acks_late, task.max_retries)
"""


def test_a_process_that_never_imported_the_tasks_finds_the_import_task(db):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wgportal.settings",
        "DATABASE_URL": database_url(),
    }

    found = subprocess.run(
        [sys.executable, "-c", LOOKUP],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert found.returncode == 0, found.stderr
    assert found.stdout.split() == ["documents.tasks.run_import_job", "True", "3"]
