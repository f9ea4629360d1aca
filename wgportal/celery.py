"""The Celery app. Without REDIS_URL, settings make every task run in-process (embedded mode)."""

import os

from celery import Celery
from celery.signals import task_prerun, worker_ready
from django.db import close_old_connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wgportal.settings")

app = Celery("wgportal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
def check_database_connections(task=None, **kwargs) -> None:
    # A worker keeps its database connection between tasks (CELERY_DB_REUSE_MAX); like a
    # request, a task starts by dropping a connection that is broken or past CONN_MAX_AGE.
    # An eager task runs inside its caller's request and transaction: nothing to check there.
    if task is not None and not task.request.is_eager:
        close_old_connections()


@worker_ready.connect
def resend_waiting_import_jobs(sender=None, **kwargs) -> None:
    # A worker that starts may be the one that replaces a dead one: the jobs it left running, and
    # those uploaded while the broker was down, are sent again now rather than at the next beat
    # (or, for a worker killed whole, when Redis's visibility timeout runs out). As a task, so
    # that it runs in a pool process with its own database connection.
    sender.app.send_task("documents.tasks.resend_import_jobs")
    # Alerts of rows made public while the broker was down go out now, not at the next beat.
    sender.app.send_task("subscriptions.tasks.send_alerts")
