"""Celery tasks of subscriptions: each calls a service."""

from celery import shared_task

from subscriptions.services import alerts


# Queued on commit of a save that may make rows public, on Celery beat (CELERY_BEAT_SCHEDULE)
# and at every worker's start (wgportal.celery). Runs at once do not step on each other: the
# deliveries each sends are locked rows. acks_late: a worker killed mid-sweep hands it back.
@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def send_alerts() -> None:
    alerts.send_alerts()
