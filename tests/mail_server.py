"""A real SMTP server for the tests that send mail: aiosmtpd on a free port of this machine."""

import logging
import socket
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

# aiosmtpd logs every command it receives at INFO.
logging.getLogger("mail.log").setLevel(logging.WARNING)


class Mailbox:
    """What the SMTP server received, as parsed messages, in order."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.raw: list[bytes] = []
        self.refused: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.raw.append(envelope.content)
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """An SMTP server started for the test, Django's SMTP backend pointed at it.

    `smtp_server.mailbox` holds what arrived, `smtp_server.url` is its EMAIL_URL (for a worker),
    `stop()` and `start()` take it down and up again on the same port.
    """
    port = free_port()
    mailbox = Mailbox()

    class Server:
        url = f"smtp://127.0.0.1:{port}"

        def __init__(self) -> None:
            self.mailbox = mailbox
            self.controller = None

        def start(self) -> None:
            self.controller = Controller(mailbox, hostname="127.0.0.1", port=port)
            self.controller.start()

        def stop(self) -> None:
            if self.controller is not None:
                self.controller.stop()
                self.controller = None

    server = Server()
    server.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
        }
    }
    settings.PORTAL_URL = "http://portal.test"
    try:
        yield server
    finally:
        server.stop()


def subject(message: EmailMessage) -> str:
    """The subject as a mail program shows it, a long one unfolded."""
    return " ".join(str(message["Subject"]).split())
