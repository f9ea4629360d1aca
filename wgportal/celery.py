"""The Celery app. Without REDIS_URL, settings make every task run in-process (embedded mode)."""

import os

from celery import Celery
from celery.signals import task_prerun
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
