"""Subscribing by e-mail: a confirmation mail first, nothing else before it is followed."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from subscriptions.models import Subscription
from subscriptions.services import send_alerts
from tests.factories import BodyFactory, DocumentFactory, MeetingFactory, ParagraphFactory
from tests.mail_server import subject
from tests.subscriptions.conftest import link_in
from tests.subscriptions.flow import confirm, subscribe

pytestmark = pytest.mark.django_db

EMAIL = "delegate@example.org"


@pytest.fixture
def body():
    return BodyFactory()


def public_paper(body, symbol="CTOC/COP/WG.7/2021/5"):
    document = DocumentFactory(symbol=symbol, meeting=MeetingFactory(body=body))
    ParagraphFactory(version__document=document, version__title="Background paper")
    return document


def test_the_meeting_pages_link_to_the_form_with_their_body_chosen(client, body):
    meeting = MeetingFactory(body=body, ordinal=7)

    for page in ("/en/meetings/", meeting.get_absolute_url()):
        html = client.get(page).content.decode()
        assert 'href="/en/follow/?body=CTOC/COP/WG.7"' in html, page
    form = client.get("/en/follow/?body=CTOC/COP/WG.7").content.decode()
    assert '<option value="CTOC/COP/WG.7" selected>' in form


def test_subscribing_sends_one_confirmation_mail_and_nothing_else(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    response = subscribe(
        client, django_capture_on_commit_callbacks, email=" Delegate@Example.org ", body=body
    )

    assert "A link to confirm the subscription is on its way to delegate@example.org" in (
        response.content.decode()
    )
    [mail] = smtp_server.mailbox.messages
    assert mail["To"] == EMAIL
    assert (
        subject(mail) == "Confirm your subscription to Working Group on the Smuggling of Migrants"
    )
    assert "/en/follow/confirm/" in mail.get_content()
    unsubscribe = link_in(mail, "unsubscribe")
    assert mail["List-Unsubscribe"] == f"<http://portal.test{unsubscribe}>"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # As sent: the address itself, which mail programs read, not RFC 2047 encoded words.
    raw = f"List-Unsubscribe: <http://portal.test{unsubscribe}>".encode()
    assert raw in smtp_server.mailbox.raw[0]
    # Not confirmed: a document of the body made public now is mailed to nobody.
    public_paper(body)
    assert send_alerts() == 0
    assert len(smtp_server.mailbox.messages) == 1


def test_asking_again_sends_no_second_confirmation_until_the_interval_has_passed(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    for _ in range(5):
        subscribe(client, django_capture_on_commit_callbacks, email=EMAIL, body=body)
    assert len(smtp_server.mailbox.messages) == 1

    Subscription.objects.update(confirmation_sent_at=timezone.now() - datetime.timedelta(hours=2))
    subscribe(client, django_capture_on_commit_callbacks, email=EMAIL, body=body)
    assert len(smtp_server.mailbox.messages) == 2
    assert Subscription.objects.count() == 1


def test_a_confirmation_mail_the_server_could_not_take_can_be_asked_for_again_at_once(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.stop()
    subscribe(client, django_capture_on_commit_callbacks, email=EMAIL, body=body)
    assert Subscription.objects.get().confirmation_sent_at is None

    smtp_server.start()
    subscribe(client, django_capture_on_commit_callbacks, email=EMAIL, body=body)
    assert len(smtp_server.mailbox.messages) == 1


def test_following_the_link_confirms_the_choices_of_the_form(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    subscribe(client, django_capture_on_commit_callbacks, email=EMAIL, body=body, meetings=False)
    assert not Subscription.objects.get().is_active

    subscription = confirm(
        client, django_capture_on_commit_callbacks, smtp_server.mailbox.messages[0]
    )

    assert subscription.is_active
    assert (subscription.documents, subscription.meetings) == (True, False)
    assert subscription.language == "en"


def test_a_confirmed_subscription_keeps_its_choices_until_the_new_link_is_followed(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    subscribe(client, capture, email=EMAIL, body=body, meetings=False)
    confirm(client, capture, smtp_server.mailbox.messages[0])
    Subscription.objects.update(confirmation_sent_at=None)

    # Anyone may type the address: what they chose waits for the mailbox's owner.
    subscribe(client, capture, email=EMAIL, body=body, documents=False, meetings=True)
    subscription = Subscription.objects.get()
    assert (subscription.documents, subscription.meetings) == (True, False)

    subscription = confirm(client, capture, smtp_server.mailbox.messages[1])
    assert (subscription.documents, subscription.meetings) == (False, True)


def test_the_form_refuses_a_bad_address_and_an_empty_choice_and_stores_nothing(client, body):
    response = client.post("/en/follow/", {"email": "not-an-address", "body": body.symbol_prefix})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid email address." in html
    assert "Choose new documents, meetings announced, or both." in html
    assert 'value="not-an-address"' in html
    assert not Subscription.objects.exists()


def test_a_forged_or_damaged_link_is_refused_and_changes_nothing(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    subscribe(client, django_capture_on_commit_callbacks, email=EMAIL, body=body)
    path = link_in(smtp_server.mailbox.messages[0], "confirm")

    for bad in (path[:-3] + "xx/", "/en/follow/confirm/eyJzIjoxfQ:1abc:forged/"):
        assert client.get(bad).status_code == 400
        response = client.post(bad)
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert client.post("/en/follow/unsubscribe/1:forged/").status_code == 400
    assert not Subscription.objects.get().is_active


def test_a_confirmation_link_mailed_before_unsubscribing_does_not_subscribe_again(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    subscribe(client, capture, email=EMAIL, body=body)
    confirm_mail = smtp_server.mailbox.messages[0]
    confirm(client, capture, confirm_mail)
    assert client.post(link_in(confirm_mail, "unsubscribe")).status_code == 200

    response = client.post(link_in(confirm_mail, "confirm"))

    assert response.status_code == 400
    assert Subscription.objects.get().unsubscribed_at is not None


def test_a_chinese_reader_gets_the_confirmation_in_chinese(
    client, body, smtp_server, django_capture_on_commit_callbacks
):
    subscribe(
        client,
        django_capture_on_commit_callbacks,
        email=EMAIL,
        body=body,
        interface="zh-hans",
    )

    [mail] = smtp_server.mailbox.messages
    assert subject(mail) == "确认订阅偷运移民问题工作组"
    assert Subscription.objects.get().language == "zh-hans"


def test_one_client_may_ask_only_so_many_confirmation_mails_in_an_hour(
    body, smtp_server, django_capture_on_commit_callbacks, settings
):
    settings.SUBSCRIPTION_REQUESTS_PER_HOUR = 3
    # Addresses of its own (REMOTE_ADDR, PROXY_COUNT 0), counted afresh: the counts live in Redis.
    client, other = Client(REMOTE_ADDR="198.51.100.20"), Client(REMOTE_ADDR="203.0.113.7")
    cache.delete_many(["subscription-requests.198.51.100.20", "subscription-requests.203.0.113.7"])
    for number in range(3):
        subscribe(
            client, django_capture_on_commit_callbacks, email=f"d{number}@example.org", body=body
        )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/follow/",
            {"email": "d9@example.org", "body": body.symbol_prefix, "documents": "on"},
        )

    assert response.status_code == 429
    assert "Too many subscription requests" in response.content.decode()
    assert len(smtp_server.mailbox.messages) == 3
    assert not Subscription.objects.filter(email="d9@example.org").exists()
    subscribe(other, django_capture_on_commit_callbacks, email="d9@example.org", body=body)
    assert len(smtp_server.mailbox.messages) == 4
