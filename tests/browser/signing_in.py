"""Signing in to the secretariat's pages in Chromium, as an editor does: the admin's login form."""

from playwright.sync_api import Page, expect

from tests.factories import PASSWORD


def sign_in(page: Page, username: str) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#user-tools")).to_contain_text(username)
