"""The sweep's guarantees on PostgreSQL: queued once per transaction, never a mail twice."""

import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from subscriptions.models import Delivery, Subscription
from subscriptions.receivers import queue_alerts
from subscriptions.services.alerts import deliver_alerts, send_alerts
from tests.factories import BodyFactory, DocumentFactory, MeetingFactory, ParagraphFactory
from tests.subscriptions.flow import DRAFT, import_seed


def active_subscription(body, email: str) -> Subscription:
    return Subscription.objects.create(
        email=email, body=body, confirmed_at=timezone.now(), language="en"
    )


@pytest.mark.django_db
def test_an_import_queues_the_sweep_once_for_its_whole_transaction(
    seeds, django_capture_on_commit_callbacks
):
    BodyFactory()
    with django_capture_on_commit_callbacks() as callbacks:
        # Seed 000 saves its draft, its meeting, the meetings before and the documents it
        # cites: dozens of saves, one sweep after the commit.
        import_seed(seeds, DRAFT)

    assert [c for c in callbacks if c is queue_alerts] == [queue_alerts]


@pytest.mark.django_db
def test_a_broker_that_is_down_is_not_asked_when_nobody_is_subscribed_and_loses_nothing(
    broker_at, caplog
):
    body = BodyFactory()
    broker_at("redis://127.0.0.1:1/0")  # nothing listens there

    queue_alerts()
    assert "broker is unavailable" not in caplog.text

    active_subscription(body, "delegate@example.org")
    queue_alerts()  # does not raise: the beat's sweep will find what became public
    assert "alerts wait for the next sweep: the broker is unavailable" in caplog.text


@pytest.mark.django_db
def test_the_form_and_the_pages_of_the_links_are_never_kept_by_caches(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    BodyFactory()

    for path in ("/en/follow/", "/en/follow/confirm/x/", "/en/follow/unsubscribe/x/"):
        response = client.get(path)
        assert "no-store" in response["Cache-Control"], path
        assert "private" in response["Cache-Control"], path


@pytest.mark.django_db(transaction=True)
def test_two_senders_at_once_send_each_mail_once(smtp_server):
    body = BodyFactory()
    meeting = MeetingFactory(body=body, ordinal=9)
    for number in range(12):
        active_subscription(body, f"delegate{number}@example.org")
    paper = DocumentFactory(meeting=meeting, symbol="CTOC/COP/WG.7/2021/4")
    ParagraphFactory(version__document=paper)
    smtp_server.stop()
    assert send_alerts() == 0  # recorded and planned: twelve deliveries wait
    smtp_server.start()
    counts = []

    def sender() -> None:
        try:
            counts.append(deliver_alerts())
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    recipients = [m["To"] for m in smtp_server.mailbox.messages]
    assert sorted(recipients) == sorted(f"delegate{n}@example.org" for n in range(12))
    assert sum(counts) == 12
    assert Delivery.objects.filter(sent_at__isnull=True).count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_delivery_held_by_a_sender_that_dies_is_sent_once_by_the_next(smtp_server):
    body = BodyFactory()
    meeting = MeetingFactory(body=body, ordinal=9)
    active_subscription(body, "delegate@example.org")
    paper = DocumentFactory(meeting=meeting, symbol="CTOC/COP/WG.7/2021/5")
    ParagraphFactory(version__document=paper)
    smtp_server.stop()
    send_alerts()
    smtp_server.start()
    holding, crash = threading.Event(), threading.Event()

    def dying_sender() -> None:
        # Takes the delivery's row as a sender does, then dies before marking it sent: its
        # transaction goes with its connection.
        try:
            with transaction.atomic():
                Delivery.objects.select_for_update().get()
                holding.set()
                crash.wait(timeout=30)
                raise ConnectionAbortedError("the worker died")
        except ConnectionAbortedError:
            pass
        finally:
            connection.close()

    thread = threading.Thread(target=dying_sender)
    thread.start()
    assert holding.wait(timeout=10)
    assert deliver_alerts() == 0  # held by the other sender: not sent a second time
    crash.set()
    thread.join(timeout=30)

    assert deliver_alerts() == 1
    assert deliver_alerts() == 0
    assert [m["To"] for m in smtp_server.mailbox.messages] == ["delegate@example.org"]
