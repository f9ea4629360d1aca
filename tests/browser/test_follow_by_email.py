"""A delegate follows the working group by e-mail in Chromium, confirms, gets an alert, leaves."""

import re

import pytest
from playwright.sync_api import expect

from subscriptions.models import Subscription
from subscriptions.services import send_alerts
from tests.documents.conftest import wait_until
from tests.factories import BodyFactory, DocumentFactory, MeetingFactory, ParagraphFactory
from tests.mail_server import subject

pytestmark = pytest.mark.browser

EMAIL = "delegate@example.org"


def link(message, kind: str, base: str) -> str:
    match = re.search(rf"{re.escape(base)}/\S*{kind}\S*", message.get_content())
    assert match, message.get_content()
    return match[0]


def test_a_delegate_subscribes_confirms_gets_the_paper_and_unsubscribes(
    page,
    screenshot,
    live_server,
    smtp_server,
    settings,
):
    settings.PORTAL_URL = live_server.url
    body = BodyFactory()
    meeting = MeetingFactory(body=body, ordinal=7)

    page.goto(meeting.get_absolute_url())
    page.get_by_role("link", name="Follow by e-mail").click()
    expect(page.get_by_label("Body")).to_have_value("CTOC/COP/WG.7")
    page.get_by_label("E-mail address").fill(EMAIL)
    page.get_by_label("Meetings announced").uncheck()
    screenshot("form")
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", name="Check your mailbox")).to_be_visible()

    [confirmation] = wait_until(
        lambda: list(smtp_server.mailbox.messages), timeout=10, what="the confirmation mail"
    )
    page.goto(link(confirmation, "confirm", live_server.url))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Subscribed")).to_be_visible()
    expect(page.get_by_text("each new document")).to_be_visible()
    screenshot("confirmed")
    assert Subscription.objects.get().is_active

    paper = DocumentFactory(meeting=meeting, symbol="CTOC/COP/WG.7/2020/2")
    ParagraphFactory(version__document=paper, version__title="秘书处编写的背景文件")
    assert send_alerts() == 1
    alert = smtp_server.mailbox.messages[-1]
    assert subject(alert) == "New document: CTOC/COP/WG.7/2020/2"
    page.goto(link(alert, "documents", live_server.url))
    expect(page.get_by_role("heading", name=re.compile("秘书处编写的背景文件"))).to_be_visible()

    page.goto(link(alert, "unsubscribe", live_server.url))
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", name="Unsubscribed")).to_be_visible()
    screenshot("unsubscribed")
    assert Subscription.objects.get().unsubscribed_at is not None
