"""Tests of subscriptions: the SMTP server (tests/mail_server.py), the import tests' workers."""

import re
from email.message import EmailMessage

# The real Celery workers of the import tests deliver the alerts too.
from tests.documents.conftest import start_worker  # noqa: F401


def link_in(message: EmailMessage, kind: str) -> str:
    """The path of the mail's link to `kind` ("confirm", "unsubscribe", "documents", ...)."""
    text = message.get_content()
    # Every link is under the prefix of the language the delegate subscribed in.
    language = "/(?:ar|zh-hans|en|fr|ru|es)"
    match = re.search(rf"http://portal\.test({language}/{kind}/\S+)", text) or re.search(
        rf"http://portal\.test({language}/follow/{kind}/\S+)", text
    )
    assert match, f"no {kind} link in:\n{text}"
    return match[1]
