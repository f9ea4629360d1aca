"""An importer gets an API token in Chromium: header link, create, shown once, replace."""

import pytest
from playwright.sync_api import expect
from rest_framework.authtoken.models import Token

from tests.browser.signing_in import sign_in

pytestmark = pytest.mark.browser


def test_an_importer_creates_and_replaces_the_api_token_from_the_header(page, importer, screenshot):
    sign_in(page, importer.username)
    page.goto("/")
    page.get_by_role("navigation", name="Sections").get_by_role("link", name="API token").click()
    expect(page.locator("h1")).to_have_text("Your API token")
    expect(page.get_by_text("You have no token yet.")).to_be_visible()

    page.get_by_role("button", name="Create a token").click()

    first = page.locator("code.token").inner_text()
    assert first == Token.objects.get(user=importer).key
    screenshot("created")
    page.goto("/en/account/token/")  # read again: the key is not shown twice
    expect(page.locator("code.token")).to_have_count(0)
    expect(page.get_by_text("You have a token, created on")).to_be_visible()

    page.get_by_role("button", name="Replace the token").click()

    second = page.locator("code.token").inner_text()
    assert second != first
    assert list(Token.objects.filter(user=importer).values_list("key", flat=True)) == [second]
