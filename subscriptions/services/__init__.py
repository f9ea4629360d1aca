"""Writes of subscriptions: subscribing (double opt-in), and the alerts' sweep and sending."""

from .alerts import record_publications, send_alerts
from .subscribing import (
    LinkExpired,
    client_may_request,
    confirm_subscription,
    request_subscription,
    unsubscribe,
)

__all__ = [
    "LinkExpired",
    "client_may_request",
    "confirm_subscription",
    "record_publications",
    "request_subscription",
    "send_alerts",
    "unsubscribe",
]
