"""Subscribing by e-mail, with double opt-in: nothing but the confirmation mail is sent to an
address before its owner follows the signed link in it, and asking again sends no flood."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from meetings.models import Body

from ..models import Subscription
from .alerts import record_publications
from .links import Choices, read_confirm_token, read_unsubscribe_token
from .mails import confirmation_message

logger = logging.getLogger(__name__)


class LinkExpired(Exception):
    """A confirmation link mailed before its subscription was ended: it subscribes no more."""


def normalized(email: str) -> str:
    # One subscription per mailbox and body, however the address was typed.
    return email.strip().lower()


def client_may_request(address: str | None) -> bool:
    """Count a subscription request from the client at `address`; False past the hour's limit.

    The interval per address and body stops one mailbox being flooded; this stops one client
    sending confirmation mails to many mailboxes (SUBSCRIPTION_REQUESTS_PER_HOUR).
    """
    key = f"subscription-requests.{address}"
    if cache.add(key, 1, timeout=3600):
        return True
    try:
        count = cache.incr(key)
    except ValueError:
        # The count expired meanwhile, or the cache is away (ForgivingRedisCache answers as an
        # empty one): the interval per address and body still holds.
        return True
    return count <= settings.SUBSCRIPTION_REQUESTS_PER_HOUR


def request_subscription(
    *, email: str, body: Body, documents: bool, meetings: bool, language: str
) -> Subscription:
    """Note the request and mail its confirmation link, unless one went out a moment ago.

    A subscription already confirmed keeps its choices: the link carries the new ones, applied
    only when the owner of the address follows it. The confirmation mail goes out once the
    row is committed; at most one per SUBSCRIPTION_CONFIRMATION_INTERVAL per address and body,
    however often the form is sent.
    """
    now = timezone.now()
    with transaction.atomic():
        subscription, _ = Subscription.objects.select_for_update().get_or_create(
            email=normalized(email),
            body=body,
            defaults={"documents": documents, "meetings": meetings, "language": language},
        )
        interval = timedelta(seconds=settings.SUBSCRIPTION_CONFIRMATION_INTERVAL)
        last = subscription.confirmation_sent_at
        if last is not None and now - last < interval:
            return subscription
        subscription.confirmation_sent_at = now
        subscription.save(update_fields=["confirmation_sent_at"])
        choices = Choices(
            subscription_id=subscription.pk,
            documents=documents,
            meetings=meetings,
            language=language,
            mailed_at=now,
        )
        transaction.on_commit(lambda: send_confirmation(subscription=subscription, choices=choices))
    return subscription


def send_confirmation(*, subscription: Subscription, choices: Choices) -> bool:
    """Mail the confirmation link; a mail server that fails lets the delegate ask again at once."""
    try:
        confirmation_message(subscription=subscription, choices=choices).send()
    except OSError as error:  # smtplib's errors and refused connections alike
        logger.warning(
            "confirmation of subscription %s not sent (%s: %s)",
            subscription.pk,
            type(error).__name__,
            error,
        )
        Subscription.objects.filter(
            pk=subscription.pk, confirmation_sent_at=choices.mailed_at
        ).update(confirmation_sent_at=None)
        return False
    return True


def confirm_subscription(*, token: str) -> Subscription:
    """Confirm the address and choices a link carries.

    signing.BadSignature for a link forged, damaged or older than
    SUBSCRIPTION_CONFIRMATION_DAYS, LinkExpired for one mailed before the subscription ended,
    Subscription.DoesNotExist for one whose subscription is gone.
    """
    choices = read_confirm_token(token)
    now = timezone.now()
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update()
            .select_related("body")
            .get(pk=choices.subscription_id)
        )
        if subscription.unsubscribed_at and subscription.unsubscribed_at >= choices.mailed_at:
            raise LinkExpired
        # What is public now is older than this subscription: recorded as such, never mailed.
        record_publications(now=now)
        if not subscription.is_active:
            subscription.confirmed_at = now
            subscription.unsubscribed_at = None
            # Alerts planned before an earlier unsubscription are not for the new one.
            subscription.deliveries.filter(sent_at__isnull=True).delete()
        subscription.documents = choices.documents
        subscription.meetings = choices.meetings
        subscription.language = choices.language
        subscription.save()
    return subscription


def unsubscribe(*, token: str) -> Subscription:
    """End the subscription an unsubscribe link names (signing.BadSignature when forged)."""
    subscription_id = read_unsubscribe_token(token)
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update().select_related("body").get(pk=subscription_id)
        )
        if subscription.unsubscribed_at is None:
            subscription.unsubscribed_at = timezone.now()
            subscription.save(update_fields=["unsubscribed_at"])
    return subscription
