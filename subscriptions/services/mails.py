"""The mails of subscriptions, written in the subscriber's language: confirmation and alerts.

Every mail carries its unsubscribe link twice: in the text, and as the `List-Unsubscribe`
header with `List-Unsubscribe-Post` (RFC 8058), by which mail programs offer their own
one-click button, a POST to the same address.
"""

import email.policy
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from documents.models import Document
from meetings.dates import un_dates
from meetings.models import Meeting
from wgportal.languages import content_language

from ..models import Delivery, Subscription
from .links import Choices, confirm_url, portal_url, unsubscribe_url


class SubscriptionMail(EmailMessage):
    """A mail whose header lines may run to RFC 5322's 998 characters.

    An unsubscribe address is longer than the 78 characters past which the email package folds
    a header without spaces into RFC 2047 encoded words ("=?utf-8?q?=3Chttp..."), which mail
    programs do not read as the address `List-Unsubscribe` must give.
    """

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


def message(
    *, subscription: Subscription, subject: str, template: str, context: dict, message_id: str
) -> EmailMessage:
    unsubscribe = unsubscribe_url(subscription.pk)
    body = render_to_string(
        template, {**context, "body": subscription.body, "unsubscribe_url": unsubscribe}
    )
    return SubscriptionMail(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Message-ID": message_id,
            "Auto-Submitted": "auto-generated",
        },
    )


def mail_domain() -> str:
    return urlsplit(settings.PORTAL_URL).hostname or "localhost"


def confirmation_message(*, subscription: Subscription, choices: Choices) -> EmailMessage:
    language = content_language(choices.language)
    with translation.override(choices.language):
        body_name = subscription.body.name_in(language) or subscription.body.symbol_prefix
        return message(
            subscription=subscription,
            subject=_("Confirm your subscription to %(body)s") % {"body": body_name},
            template="subscriptions/confirmation_email.txt",
            context={
                "body_name": body_name,
                "choices": choices,
                "confirm_url": confirm_url(choices),
                "days": settings.SUBSCRIPTION_CONFIRMATION_DAYS,
            },
            message_id=(
                f"<confirm-{subscription.pk}-{int(choices.mailed_at.timestamp())}@{mail_domain()}>"
            ),
        )


def title_in(document: Document, language: str) -> str:
    """The document's title as its page shows it to a reader of `language`."""
    version = document.version_for(language, titled=True)
    return version.title if version else ""


def alert_message(delivery: Delivery) -> EmailMessage:
    """The mail of one delivery. Its Message-ID is the delivery's: should a crash make the
    sender send it again (after the server took it, before the delivery was marked sent),
    mail systems see the same message twice, not two messages."""
    subscription = delivery.subscription
    publication = delivery.publication
    language = content_language(subscription.language)
    message_id = f"<alert-{delivery.pk}@{mail_domain()}>"
    with translation.override(subscription.language):
        body_name = subscription.body.name_in(language) or subscription.body.symbol_prefix
        if publication.document_id:
            document = publication.document
            title = title_in(document, language)
            return message(
                subscription=subscription,
                subject=_("New document: %(document)s") % {"document": document},
                template="subscriptions/document_email.txt",
                context={
                    "body_name": body_name,
                    "document": document,
                    "title": title,
                    "url": portal_url(document.get_absolute_url()),
                },
                message_id=message_id,
            )
        meeting: Meeting = publication.meeting
        return message(
            subscription=subscription,
            subject=_("Meeting announced: %(body)s, meeting %(ordinal)s")
            % {"body": body_name, "ordinal": meeting.ordinal},
            template="subscriptions/meeting_email.txt",
            context={
                "body_name": body_name,
                "meeting": meeting,
                "dates": un_dates(meeting.start_date, meeting.end_date, language),
                "venue": meeting.venue_in(language),
                "url": portal_url(meeting.get_absolute_url()),
            },
            message_id=message_id,
        )
