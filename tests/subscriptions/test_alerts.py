"""Alerts on a real SMTP server: one mail per subscriber for each row of their body that
becomes public after they subscribed, never one for a row the public cannot see."""

import datetime

import pytest

from documents.models import Document
from meetings.models import Meeting
from subscriptions.models import Delivery, Publication, Subscription
from subscriptions.services import send_alerts
from tests.factories import BodyFactory, DocumentFactory, MeetingFactory, ParagraphFactory
from tests.mail_server import subject
from tests.subscriptions.conftest import link_in
from tests.subscriptions.flow import DRAFT, PAPER, confirm, import_seed, subscribe

pytestmark = pytest.mark.django_db

EMAIL = "delegate@example.org"


@pytest.fixture
def body():
    return BodyFactory()


@pytest.fixture
def subscribed(client, body, smtp_server, django_capture_on_commit_callbacks):
    """A delegate who subscribed to the body's documents and meetings and confirmed."""

    def make(email=EMAIL, *, documents=True, meetings=True, interface="en") -> Subscription:
        capture = django_capture_on_commit_callbacks
        before = len(smtp_server.mailbox.messages)
        subscribe(
            client, capture, email=email, body=body, documents=documents, meetings=meetings,
            interface=interface,
        )  # fmt: skip
        subscription = confirm(client, capture, smtp_server.mailbox.messages[before])
        del smtp_server.mailbox.messages[before:]
        return subscription

    return make


def paper_with_text(meeting, symbol: str, **fields) -> Document:
    document = DocumentFactory(meeting=meeting, symbol=symbol, **fields)
    ParagraphFactory(version__document=document, version__language="en", version__title="Paper")
    return document


def test_the_background_paper_imported_after_subscribing_is_mailed_once_with_its_link(
    client, seeds, body, smtp_server, subscribed
):
    subscribed(documents=True, meetings=False)

    paper = import_seed(seeds, PAPER)
    assert Document.objects.public().filter(pk=paper.pk).exists()
    assert send_alerts() == 1
    assert send_alerts() == 0  # the next sweep finds it sent

    [mail] = smtp_server.mailbox.messages
    assert mail["To"] == EMAIL
    assert subject(mail) == "New document: CTOC/COP/WG.7/2020/2"
    assert link_in(mail, "documents") == "/en/documents/CTOC/COP/WG.7/2020/2/"
    assert client.get("/en/documents/CTOC/COP/WG.7/2020/2/").status_code == 200
    title = paper.versions.get(language="zh").title
    assert title in mail.get_content()
    unsubscribe = link_in(mail, "unsubscribe")
    assert mail["List-Unsubscribe"] == f"<http://portal.test{unsubscribe}>"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_general_document_of_a_meeting_not_announced_is_mailed_all_the_same(
    body, smtp_server, subscribed
):
    # A General document is public at the UN once issued: its meeting's state does not hide it.
    subscribed(documents=True, meetings=True)
    meeting = MeetingFactory(body=body, ordinal=9, published=False)
    paper_with_text(meeting, "CTOC/COP/WG.7/2026/2")

    assert send_alerts() == 1

    [mail] = smtp_server.mailbox.messages
    assert subject(mail) == "New document: CTOC/COP/WG.7/2026/2"


def test_a_limited_draft_and_the_documents_it_only_cites_send_no_mail(
    seeds, body, smtp_server, subscribed
):
    MeetingFactory(body=body, ordinal=7)  # announced before the delegate subscribed
    subscribed()

    draft = import_seed(seeds, DRAFT)

    assert send_alerts() == 0
    assert smtp_server.mailbox.messages == []
    assert draft.distribution == Document.Distribution.LIMITED
    # Seed 000 cites the papers before the meeting: public, known by their symbols, not held.
    cited = Document.objects.public().filter(symbol__startswith="CTOC/COP/WG.7/")
    assert cited.exists()
    assert not cited.with_text().exists()


def test_unsubscribing_by_the_mails_link_stops_the_mails(
    client, seeds, body, smtp_server, subscribed
):
    subscribed(meetings=False)
    import_seed(seeds, PAPER)
    send_alerts()
    [mail] = smtp_server.mailbox.messages

    page = client.get(link_in(mail, "unsubscribe"))
    assert page.status_code == 200
    response = client.post(link_in(mail, "unsubscribe"))
    assert "receives no more mails" in response.content.decode()

    paper_with_text(MeetingFactory(body=body, ordinal=9), "CTOC/COP/WG.7/2021/2")
    assert send_alerts() == 0
    assert len(smtp_server.mailbox.messages) == 1


def test_a_mail_programs_one_click_post_unsubscribes_without_a_csrf_token(
    body, smtp_server, subscribed
):
    from django.test import Client

    subscription = subscribed()
    paper_with_text(MeetingFactory(body=body, ordinal=9), "CTOC/COP/WG.7/2021/2")
    send_alerts()
    header = smtp_server.mailbox.messages[-1]["List-Unsubscribe"].strip("<>")

    response = Client(enforce_csrf_checks=True).post(
        header.removeprefix("http://portal.test"), {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is not None


def test_rows_public_before_the_subscription_are_not_mailed(body, smtp_server, subscribed):
    meeting = MeetingFactory(body=body, ordinal=7)
    paper_with_text(meeting, "CTOC/COP/WG.7/2020/2")

    subscribed()

    assert send_alerts() == 0
    assert smtp_server.mailbox.messages == []


def test_an_announced_meeting_is_mailed_to_those_who_follow_meetings_only(
    body, smtp_server, subscribed
):
    subscribed("meetings@example.org", documents=False)
    subscribed("documents@example.org", meetings=False)
    subscribed("chinese@example.org", documents=False, interface="zh-hans")
    meeting = MeetingFactory(
        body=body,
        ordinal=8,
        published=False,
        start_date=datetime.date(2030, 9, 8),
        end_date=datetime.date(2030, 9, 9),
        status=Meeting.Status.SCHEDULED,
    )
    assert send_alerts() == 0

    meeting.published = True
    meeting.save()
    assert send_alerts() == 2

    english = smtp_server.mailbox.to("meetings@example.org")[0]
    assert (
        subject(english)
        == "Meeting announced: Working Group on the Smuggling of Migrants, meeting 8"
    )
    assert "8 and 9 September 2030, Vienna" in english.get_content()
    assert link_in(english, "meetings") == "/en/meetings/CTOC/COP/WG.7/8/"
    chinese = smtp_server.mailbox.to("chinese@example.org")[0]
    assert "2030年9月8日和9日，维也纳" in chinese.get_content()
    # Its link opens the meeting's page in the subscriber's language.
    assert link_in(chinese, "meetings") == "/zh-hans/meetings/CTOC/COP/WG.7/8/"
    assert smtp_server.mailbox.to("documents@example.org") == []


def test_a_meeting_already_held_when_it_became_public_is_not_announced(
    body, smtp_server, subscribed
):
    subscribed()
    MeetingFactory(body=body, ordinal=6, start_date=datetime.date(2019, 9, 11),
                   end_date=datetime.date(2019, 9, 13))  # fmt: skip

    assert send_alerts() == 0
    assert Publication.objects.get(meeting__ordinal=6).planned


def test_a_row_withdrawn_before_its_mail_went_out_is_not_mailed(body, smtp_server, subscribed):
    meeting = MeetingFactory(body=body, ordinal=9)
    subscribed()
    document = paper_with_text(meeting, "CTOC/COP/WG.7/2021/2")
    smtp_server.stop()
    assert send_alerts() == 0  # recorded and planned; the mail server is down
    assert Delivery.objects.filter(sent_at__isnull=True).count() == 1

    Document.objects.filter(pk=document.pk).update(distribution=Document.Distribution.LIMITED)
    smtp_server.start()

    assert send_alerts() == 0
    assert smtp_server.mailbox.messages == []


def test_a_mail_server_that_is_down_loses_nothing_and_an_address_it_refuses_holds_up_nobody(
    body, smtp_server, subscribed
):
    meeting = MeetingFactory(body=body, ordinal=9)
    subscribed("refused@example.org")
    subscribed()
    smtp_server.mailbox.refused.add("refused@example.org")
    smtp_server.stop()
    paper_with_text(meeting, "CTOC/COP/WG.7/2021/2")

    assert send_alerts() == 0
    smtp_server.start()
    assert send_alerts() == 1

    assert [m["To"] for m in smtp_server.mailbox.messages] == [EMAIL]
    refused = Delivery.objects.get(subscription__email="refused@example.org")
    assert refused.sent_at is None
    assert "550" in refused.failure
    assert send_alerts() == 0
