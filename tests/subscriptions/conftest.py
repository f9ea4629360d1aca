"""Tests of subscriptions: the SMTP server (tests/mail_server.py), the import tests' workers."""

import re
from email.message import EmailMessage

# The real Celery workers of the import tests deliver the alerts too.
from tests.documents.conftest import start_worker  # noqa: F401


def link_in(message: EmailMessage, kind: str) -> str:
    """The path of the mail's link to `kind` ("confirm", "unsubscribe", "documents", ...)."""
    text = message.get_content()
    match = re.search(rf"http://portal\.test(/{kind}/\S+)", text) or re.search(
        rf"http://portal\.test(/follow/{kind}/\S+)", text
    )
    assert match, f"no {kind} link in:\n{text}"
    return match[1]
