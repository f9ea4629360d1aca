"""Celery tasks of documents: each loads its row and calls a service."""

from celery import shared_task

from documents.models import ImportJob
from documents.services import imports


# acks_late with reject_on_worker_lost: a worker killed in the middle of a job hands the message
# back to the broker, and the job, whose rows commit in one transaction, runs again from scratch.
@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=3)
def run_import_job(self, job_id: int) -> None:
    imports.run_import_job(job=ImportJob.objects.get(pk=job_id))
