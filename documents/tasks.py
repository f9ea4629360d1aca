"""Celery tasks of documents: each loads its row and calls a service."""

from celery import shared_task
from django.conf import settings

from documents.services import imports


# acks_late with reject_on_worker_lost: a worker killed in the middle of a job hands the message
# back to the broker, and the job, whose rows commit in one transaction, runs again from scratch.
# A worker killed whole hands nothing back: the sweep below sends the job again. The soft limit
# fails the job with its message; the hard one stops a worker stuck in a file.
@shared_task(
    name=imports.RUN_IMPORT_JOB,
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=3,
    soft_time_limit=settings.IMPORT_JOB_TIME_LIMIT,
    time_limit=settings.IMPORT_JOB_TIME_LIMIT + 60,
)
def run_import_job(self, job_id: int) -> None:
    imports.run_sent_import_job(job_id=job_id)


# On Celery beat (CELERY_BEAT_SCHEDULE) and at every worker's start (wgportal.celery).
@shared_task(ignore_result=True)
def resend_import_jobs() -> None:
    imports.resend_import_jobs()
