"""Alerts: each confirmed subscriber gets one mail for each document or meeting of their body
that becomes public after they subscribed.

How a row's becoming public is detected: by a sweep, not by a save hook. Whether a row is public
is `Document.objects.public()` (with a text: `with_text()`) and `Meeting.objects.public()`, and
it changes with rows other than its own: a meeting becomes public when it is announced or its body
published, a document when its body is published (a General one whatever its meeting's state: it
is public at the UN once issued), a cited document when its text is imported, and the rule itself
is rewritten from time to time. A hook on one model would miss all of those and restate the rule;
the sweep asks the rule itself which public rows have no `Publication` yet and records them,
public since now. The sweep runs on commit of any save that may change the answer (when someone
is subscribed), at every worker's start and on Celery beat, so a change made while the broker was
down is found by the next one. A subscription's confirmation runs the recording step in its own
transaction first, so every row public at that moment is older than the subscription and is
never mailed to it.

Then the sending, made to survive outages and crashes without losing or doubling a mail:
- a publication's deliveries are rows (one per subscriber, unique), made in one transaction with
  the mark that they were made, for the subscriptions confirmed before the row became public;
- each delivery is sent inside a transaction that holds its row (`FOR UPDATE SKIP LOCKED`, so two
  workers never send the same one) and marks it sent: a mail server or worker that fails leaves
  it unsent for the next sweep. Only a crash between the server's acceptance and the commit can
  send it again, and then under the same Message-ID (`mails.alert_message`);
- the row must still be public when its mail is sent: one withdrawn meanwhile is not mailed.
"""

import logging
import smtplib
from collections import defaultdict
from datetime import datetime

from django.core import mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from documents.models import Document
from meetings.models import Meeting

from ..models import Delivery, Publication, Subscription
from .mails import alert_message

logger = logging.getLogger(__name__)


def record_publications(*, now: datetime | None = None) -> int:
    """Record the public documents (with a text) and meetings not recorded yet; how many."""
    now = now or timezone.now()
    documents = (
        Document.objects.public()
        .with_text()
        .filter(publication__isnull=True)
        .values_list("pk", "body_id", "meeting__body_id")
    )
    meetings = (
        Meeting.objects.public()
        .filter(publication__isnull=True)
        .values_list("pk", "body_id", "end_date")
    )
    rows = [
        Publication(document_id=pk, body_id=body or meeting_body, public_since=now)
        for pk, body, meeting_body in documents
    ] + [
        # A meeting already over when it became public is the record of the past (a draft
        # report names the meetings held before it), not an announcement: it is announced to
        # nobody.
        Publication(meeting_id=pk, body_id=body, public_since=now, planned=end < now.date())
        for pk, body, end in meetings
    ]
    # Two sweeps at once may find the same rows: the one-to-one keys keep one publication each.
    return len(Publication.objects.bulk_create(rows, ignore_conflicts=True))


def plan_deliveries() -> int:
    """Make the deliveries of the publications not planned yet; how many were made."""
    with transaction.atomic():
        publications = list(
            Publication.objects.select_for_update(skip_locked=True).filter(planned=False)
        )
        if not publications:
            return 0
        by_body = defaultdict(list)
        for subscription in Subscription.objects.active().filter(
            body_id__in={p.body_id for p in publications if p.body_id}
        ):
            by_body[subscription.body_id].append(subscription)
        deliveries = [
            Delivery(subscription=subscription, publication=publication)
            for publication in publications
            for subscription in by_body[publication.body_id]
            # A row public before the subscription was confirmed is not news to it.
            if subscription.follows(publication)
            and subscription.confirmed_at < publication.public_since
        ]
        Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
        Publication.objects.filter(pk__in=[p.pk for p in publications]).update(planned=True)
    return len(deliveries)


def pending_deliveries():
    """Deliveries still to send: to an active subscription, of a row that is public now."""
    return Delivery.objects.filter(
        Q(publication__document__in=Document.objects.public())
        | Q(publication__meeting__in=Meeting.objects.public()),
        sent_at__isnull=True,
        failure="",
        subscription__in=Subscription.objects.active(),
    )


def deliver_alerts() -> int:
    """Send the pending deliveries, one transaction each; how many were sent."""
    sent = 0
    try:
        # One connection to the mail server for the whole batch.
        with mail.mailers.default as connection:
            while deliver_one(connection):
                sent += 1
    except (smtplib.SMTPException, OSError) as error:
        # The mail server is down or refuses us: what is left waits for the next sweep.
        logger.warning(
            "alerts wait for the mail server (%s: %s); %d sent", type(error).__name__, error, sent
        )
    return sent


def deliver_one(connection) -> bool:
    """Send the oldest pending delivery and mark it sent, in one transaction; False when none
    is left. A server that fails raises, and the delivery stays pending."""
    while True:
        with transaction.atomic():
            locked = (
                pending_deliveries()
                .select_for_update(skip_locked=True, of=("self",))
                .order_by("pk")
                .first()
            )
            if locked is None:
                return False
            delivery = Delivery.objects.select_related(
                "subscription__body", "publication__document", "publication__meeting"
            ).get(pk=locked.pk)
            try:
                connection.send_messages([alert_message(delivery)])
            except smtplib.SMTPRecipientsRefused as refused:
                # This address is refused, not the server down: noted, and the others go on.
                delivery.failure = str(refused.recipients)
                delivery.save(update_fields=["failure"])
                continue
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["sent_at"])
            return True


def send_alerts() -> int:
    """The whole sweep: record what became public, plan its deliveries, send them."""
    record_publications()
    plan_deliveries()
    return deliver_alerts()
