"""The receivers that queue the alerts' sweep after a save that may make rows public.

The sweep itself is a service (services.alerts); these only decide when to queue its task.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_save

from documents.models import Document, LanguageVersion
from documents.signals import text_imported
from meetings.models import Body, Meeting

from .models import Subscription
from .tasks import send_alerts

logger = logging.getLogger(__name__)


def queue_alerts() -> None:
    """Send the sweep's task to the broker; a broker that is down leaves it to the beat."""
    if not Subscription.objects.active().exists():
        return  # nobody to tell: no message (an import with the broker down waits for nothing)
    try:
        send_alerts.delay()
    except Exception as error:
        # kombu's OperationalError, redis's ConnectionError, a timeout...: the rows that became
        # public stay public, and the next sweep (beat, a worker's start) finds them.
        logger.warning(
            "alerts wait for the next sweep: the broker is unavailable (%s: %s)",
            type(error).__name__,
            error,
        )


def alerts_due(**kwargs) -> None:
    """A save that may make rows public: queue the sweep once its transaction commits.

    Once per transaction: an import saves its document, versions and the documents it cites,
    and one sweep after the commit sees them all.
    """
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        callback is queue_alerts for _, callback, _ in connection.run_on_commit
    ):
        return
    transaction.on_commit(queue_alerts)


def watch_publications() -> None:
    """Connect the receivers (SubscriptionsConfig.ready)."""
    for model in (Body, Meeting, Document, LanguageVersion):
        post_save.connect(alerts_due, sender=model, dispatch_uid=f"alerts-{model.__name__}")
    # The paragraphs that give a document its text go in by COPY, which sends no signal.
    text_imported.connect(alerts_due, dispatch_uid="alerts-text-imported")
