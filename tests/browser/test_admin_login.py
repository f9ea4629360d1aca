"""The public home page and the secretariat's sign-in, as a reader's browser shows them."""

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, MeetingFactory

pytestmark = pytest.mark.browser


def test_an_editor_finds_the_home_page_and_signs_in_to_the_secretariat(
    page, live_server, editor, screenshot
):
    MeetingFactory(ordinal=7)

    response = page.goto("/")
    assert response.status == 200
    expect(page).to_have_title("Working group portal")
    expect(page.locator("h1")).to_have_text("Meetings and documents")
    body = page.get_by_role("region", name="Working Group on the Smuggling of Migrants")
    expect(body.get_by_role("listitem")).to_contain_text("Meeting 7: 8 and 9 September 2020")
    screenshot("home")

    response = page.goto("/admin/login/")
    assert response.status == 200
    page.get_by_label("Username").fill(editor.username)
    page.get_by_label("Password").fill(PASSWORD)
    screenshot("admin-login")
    page.get_by_role("button", name="Log in").click()

    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.locator("h1")).to_have_text("Secretariat")
    expect(page.locator("#user-tools")).to_contain_text(editor.username)
    # The Editors group's permissions reach the portal's own apps (reports an app of its own).
    expect(page.locator("#content-main a.section")).to_have_text(
        ["Documents", "Meetings", "Recommendations", "Reports"]
    )
    screenshot("admin-index")
