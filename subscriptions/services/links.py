"""The signed links of subscription mails: to confirm an address, and to unsubscribe it.

A link carries what it does, signed with SECRET_KEY (django.core.signing), so nothing needs
storing to check it and nobody can make one for an address they do not read. A confirmation link
carries the choices made in the form: a subscription already confirmed keeps its own until the
owner of the address confirms new ones.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM_SALT = "subscriptions.confirm"
UNSUBSCRIBE_SALT = "subscriptions.unsubscribe"


@dataclass(frozen=True)
class Choices:
    """What a confirmation link subscribes to, in which language, and when it was mailed."""

    subscription_id: int
    documents: bool
    meetings: bool
    language: str
    mailed_at: datetime


def portal_url(path: str) -> str:
    """An address of the portal as a mail gives it: PORTAL_URL and the path."""
    return settings.PORTAL_URL.rstrip("/") + path


def confirm_token(choices: Choices) -> str:
    return signing.dumps(
        {
            "s": choices.subscription_id,
            "d": choices.documents,
            "m": choices.meetings,
            "l": choices.language,
            "t": choices.mailed_at.isoformat(),
        },
        salt=CONFIRM_SALT,
    )


def read_confirm_token(token: str) -> Choices:
    """The choices a confirmation link carries; signing.BadSignature when forged or too old."""
    days = settings.SUBSCRIPTION_CONFIRMATION_DAYS
    payload = signing.loads(token, salt=CONFIRM_SALT, max_age=days * 24 * 3600)
    try:
        return Choices(
            subscription_id=int(payload["s"]),
            documents=bool(payload["d"]),
            meetings=bool(payload["m"]),
            language=str(payload["l"]),
            mailed_at=datetime.fromisoformat(payload["t"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise signing.BadSignature("not a confirmation link") from error


def unsubscribe_token(subscription_id: int) -> str:
    # Without an age limit: the link in a mail of last year still ends the subscription.
    return signing.dumps(subscription_id, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> int:
    subscription_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(subscription_id, int):
        raise signing.BadSignature("not an unsubscribe link")
    return subscription_id


def confirm_url(choices: Choices) -> str:
    return portal_url(reverse("subscription-confirm", args=[confirm_token(choices)]))


def unsubscribe_url(subscription_id: int) -> str:
    return portal_url(
        reverse("subscription-unsubscribe", args=[unsubscribe_token(subscription_id)])
    )
