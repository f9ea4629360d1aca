"""Editors and importers get their API token from a page of their own, with no shell command."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

from documents.models import ImportJob

pytestmark = pytest.mark.django_db

PAGE = "/en/account/token/"
KEY = re.compile(r'<code class="token">([0-9a-f]{40})</code>')


def shown_key(response) -> str | None:
    found = KEY.search(response.content.decode())
    return found[1] if found else None


@pytest.mark.parametrize("persona", ["editor", "importer"])
def test_a_secretariat_member_creates_a_token_shown_once_and_the_api_accepts_it(
    client, request, persona
):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    assert reverse("api-token") == PAGE
    first = client.get(PAGE)
    assert first.status_code == 200
    assert "You have no token yet." in first.content.decode()
    assert "no-store" in first["Cache-Control"]

    created = client.post(PAGE)

    key = shown_key(created)
    assert created.status_code == 200 and key == Token.objects.get(user=user).key
    again = client.get(PAGE)
    assert shown_key(again) is None and key not in again.content.decode()
    assert "You have a token, created on" in again.content.decode()
    client.logout()
    jobs = client.get("/api/v1/import-jobs/", HTTP_AUTHORIZATION=f"Token {key}")
    assert jobs.status_code == 200


def test_replacing_the_token_revokes_the_old_one(client, importer):
    client.force_login(importer)
    old = shown_key(client.post(PAGE))

    new = shown_key(client.post(PAGE))

    assert new and new != old
    assert list(Token.objects.filter(user=importer).values_list("key", flat=True)) == [new]
    client.logout()
    refused = client.get("/api/v1/import-jobs/", HTTP_AUTHORIZATION=f"Token {old}")
    assert refused.status_code == 401
    upload = client.post("/api/v1/import-jobs/", {"files": []}, HTTP_AUTHORIZATION=f"Token {new}")
    assert upload.status_code == 400  # signed in by the new token: the empty upload is refused
    assert not ImportJob.objects.exists()


def test_the_page_needs_the_csrf_token_of_a_form_it_served(editor):
    guarded = Client(enforce_csrf_checks=True)
    guarded.force_login(editor)

    assert guarded.post(PAGE).status_code == 403
    assert not Token.objects.exists()
    form = guarded.get(PAGE).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    assert shown_key(guarded.post(PAGE, {"csrfmiddlewaretoken": csrf})) is not None


def test_anonymous_readers_are_sent_to_sign_in_and_readers_without_a_role_refused(client, delegate):
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('admin:login')}?next={PAGE}"
    assert client.post(PAGE).status_code == 302

    client.force_login(delegate)
    assert client.get(PAGE).status_code == 403
    assert client.post(PAGE).status_code == 403
    assert not Token.objects.exists()


def test_the_header_links_to_the_page_for_editors_and_importers_only(
    client, editor, importer, delegate
):
    link = f'href="{PAGE}"'
    for user, shown in ((editor, True), (importer, True), (delegate, False)):
        client.force_login(user)
        assert (link in client.get("/en/").content.decode()) is shown, user
    client.logout()
    assert link not in client.get("/en/").content.decode()
