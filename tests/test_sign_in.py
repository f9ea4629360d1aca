"""Nobody guesses a password or a token: failed sign-ins lock the address out for a while."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def staff_editor(db):
    return UserFactory(username="secretariat-editor", groups=["Editors"], is_staff=True)


def sign_in(client, password: str, **headers):
    return client.post(
        f"{LOGIN}?next=/en/reports/",
        {"username": "secretariat-editor", "password": password},
        **headers,
    )


def test_the_fifth_wrong_password_locks_the_address_out_even_for_the_right_one(
    client, staff_editor, settings
):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "guess")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()

    locked = sign_in(client, "guess")
    refused = sign_in(client, PASSWORD)

    assert locked.status_code == 429
    assert refused.status_code == 429
    assert "Too many failed sign-in attempts from your address" in refused.content.decode()
    assert refused["Retry-After"] == "900"
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_is_in_the_readers_language(client, staff_editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "guess")

    response = sign_in(client, PASSWORD, HTTP_ACCEPT_LANGUAGE="zh-hans")

    assert response.status_code == 429
    assert "登录失败次数过多" in response.content.decode()


def test_a_right_password_before_the_limit_starts_the_count_again(client, staff_editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "guess")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "guess").status_code == 200
    assert sign_in(client, PASSWORD)["Location"] == "/en/reports/"


def test_an_administrator_unlocks_an_address_with_axes_reset(client, staff_editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "guess")
    assert AccessAttempt.objects.filter(ip_address="127.0.0.1").exists()

    call_command("axes_reset")

    assert sign_in(client, PASSWORD).status_code == 302


def test_behind_a_proxy_one_client_locked_out_does_not_lock_out_another(
    client, staff_editor, settings
):
    # PROXY_COUNT=2: the outer proxy (10.0.0.2) wrote the client's address, the inner one is
    # REMOTE_ADDR.
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    attacker = {"HTTP_X_FORWARDED_FOR": "203.0.113.7, 10.0.0.2"}
    colleague = {"HTTP_X_FORWARDED_FOR": "198.51.100.20, 10.0.0.2"}
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "guess", **attacker)

    assert sign_in(client, PASSWORD, **attacker).status_code == 429
    assert sign_in(client, PASSWORD, **colleague).status_code == 302


def test_guessed_api_tokens_are_refused_with_429_once_the_limit_is_reached(staff_editor, settings):
    good = Token.objects.create(user=staff_editor)
    guesser = APIClient()
    answers = []
    for attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        guesser.credentials(HTTP_AUTHORIZATION=f"Token {attempt:040x}")
        answers.append(guesser.get("/api/v1/import-jobs/").status_code)

    guesser.credentials(HTTP_AUTHORIZATION=f"Token {good.key}")
    with_the_right_token = guesser.get("/api/v1/import-jobs/")

    assert answers[: settings.AXES_FAILURE_LIMIT - 1] == [401] * (settings.AXES_FAILURE_LIMIT - 1)
    assert answers[settings.AXES_FAILURE_LIMIT - 1 :] == [429, 429]
    assert with_the_right_token.status_code == 429
    assert "Too many failed sign-in attempts" in with_the_right_token.json()["detail"]


def test_anonymous_readers_of_the_api_are_not_affected_by_a_locked_out_address(settings):
    guesser = APIClient()
    guesser.credentials(HTTP_AUTHORIZATION="Token " + "0" * 40)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        guesser.get("/api/v1/bodies/")

    assert guesser.get("/api/v1/bodies/").status_code == 429  # the address is locked out
    assert APIClient().get("/api/v1/bodies/").status_code == 200


def test_a_signed_in_editor_keeps_working_from_a_locked_out_address(client, staff_editor, settings):
    editor_browser = type(client)()
    assert sign_in(editor_browser, PASSWORD).status_code == 302
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "guess")

    assert sign_in(client, PASSWORD).status_code == 429  # the address is locked out
    assert editor_browser.get("/en/reports/").status_code == 200


def test_the_apis_rate_limit_counts_a_reader_by_address_whatever_forwarded_for_they_send(settings):
    from django.test import RequestFactory

    from wgportal.api.throttling import ReadersRateThrottle

    def counted_as(forwarded: str) -> str:
        request = RequestFactory().get("/api/v1/bodies/", HTTP_X_FORWARDED_FOR=forwarded)
        request.META["REMOTE_ADDR"] = "10.0.0.1"
        return ReadersRateThrottle().get_ident(request)

    # No proxy in front (PROXY_COUNT=0): the header is the reader's own invention.
    assert {counted_as("6.6.6.6"), counted_as("7.7.7.7, 8.8.8.8")} == {"10.0.0.1"}
    # One proxy in front: the address it appended, not one the reader put before it.
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    assert counted_as("6.6.6.6, 198.51.100.20") == "198.51.100.20"
