"""Alerts through a real Celery worker on Redis, to a real SMTP server, through a broker outage."""

import pytest

from documents.models import Document
from subscriptions.models import Delivery
from subscriptions.services import confirm_subscription, request_subscription
from tests.documents.conftest import wait_until
from tests.factories import BodyFactory, MeetingFactory
from tests.mail_server import subject
from tests.subscriptions.conftest import link_in
from tests.subscriptions.flow import PAPER, import_seed

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "delegate@example.org"


def confirmed_subscriber(smtp_server) -> None:
    """A delegate of the seventh meeting's body, subscribed and confirmed (each step committed)."""
    body = BodyFactory()
    MeetingFactory(body=body, ordinal=7)  # announced long before they subscribed
    request_subscription(email=EMAIL, body=body, documents=True, meetings=True, language="en")
    [confirmation] = smtp_server.mailbox.messages
    token = link_in(confirmation, "confirm").split("/")[-2]
    assert confirm_subscription(token=token).is_active
    smtp_server.mailbox.messages.clear()


def test_a_worker_mails_the_paper_once_its_import_is_committed(start_worker, smtp_server, seeds):
    confirmed_subscriber(smtp_server)
    worker = start_worker(EMAIL_URL=smtp_server.url, PORTAL_URL="http://portal.test")

    paper = import_seed(seeds, PAPER)  # commits; the sweep's task is queued on commit
    assert Document.objects.public().filter(pk=paper.pk).exists()

    [mail] = wait_until(
        lambda: smtp_server.mailbox.messages, timeout=60, what="the alert", process=worker
    )
    assert subject(mail) == "New document: CTOC/COP/WG.7/2020/2"
    assert link_in(mail, "documents") == "/en/documents/CTOC/COP/WG.7/2020/2/"
    assert wait_until(
        lambda: Delivery.objects.filter(sent_at__isnull=False).count(),
        timeout=10,
        what="the delivery marked sent",
    )
    assert len(smtp_server.mailbox.messages) == 1


def test_an_alert_queued_while_the_broker_was_down_goes_out_when_a_worker_starts(
    start_worker, smtp_server, seeds, spare_redis, broker_at
):
    confirmed_subscriber(smtp_server)
    broker_at(spare_redis.url())
    spare_redis.stop()

    paper = import_seed(seeds, PAPER)  # its message cannot be sent: nothing is queued
    assert Document.objects.public().filter(pk=paper.pk).exists()
    assert smtp_server.mailbox.messages == []

    spare_redis.start()
    worker = start_worker(
        broker=spare_redis.url(), EMAIL_URL=smtp_server.url, PORTAL_URL="http://portal.test"
    )

    [mail] = wait_until(
        lambda: smtp_server.mailbox.messages, timeout=60, what="the alert", process=worker
    )
    assert subject(mail) == "New document: CTOC/COP/WG.7/2020/2"
    assert Delivery.objects.get().publication.document == paper
