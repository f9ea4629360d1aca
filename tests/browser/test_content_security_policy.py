"""Every page works under its Content-Security-Policy: Chromium reports no violation anywhere."""

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, MeetingFactory, UserFactory

pytestmark = pytest.mark.browser

# Chromium fires securitypolicyviolation on the document for each thing the policy blocked;
# the init script runs before any of the page's own and is not itself subject to the policy.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def watched(page):
    """The page, with every CSP violation it meets (events and console errors) collected."""
    console = []
    page.add_init_script(WATCH_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    def violations() -> list[str]:
        return page.evaluate("window.__violations") + console

    page.violations = violations
    return page


def test_public_pages_load_everything_they_need_under_the_policy(watched):
    meeting = MeetingFactory(ordinal=7)

    home = watched.goto("/")
    assert watched.violations() == []
    meeting = watched.goto(meeting.get_absolute_url())
    expect(watched.locator("h1")).to_contain_text("7")
    # The stylesheet applied: the header is laid out by portal.css, not the browser's defaults.
    assert watched.locator(".site-header").evaluate("e => getComputedStyle(e).display") == "flex"

    assert watched.violations() == []
    for response in (home, meeting):
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "script-src" not in policy  # no inline script, so no exception for any
        assert "camera=()" in response.headers["permissions-policy"]


def test_the_admin_signs_in_and_edits_under_the_policy(watched, live_server):
    meeting = MeetingFactory(ordinal=7)
    administrator = UserFactory(username="administrator", is_staff=True, is_superuser=True)

    watched.goto("/admin/login/")
    watched.get_by_label("Username").fill(administrator.username)
    watched.get_by_label("Password").fill(PASSWORD)
    watched.get_by_role("button", name="Log in").click()
    expect(watched).to_have_url(f"{live_server.url}/admin/")
    watched.goto("/admin/meetings/meeting/")
    expect(watched.locator("#result_list")).to_be_visible()
    watched.goto(f"/admin/meetings/meeting/{meeting.pk}/change/")
    # The admin's scripts ran: the date fields got their calendar shortcuts.
    expect(watched.locator(".datetimeshortcuts").first).to_be_visible()

    assert watched.violations() == []


def test_swagger_ui_and_redoc_render_the_schema_under_the_policy(watched):
    watched.goto("/api/docs/")
    expect(watched.locator(".swagger-ui .opblock").first).to_be_visible(timeout=15_000)
    expect(watched.locator(".swagger-ui .title")).to_contain_text("wgportal API")
    assert watched.violations() == []

    watched.goto("/api/redoc/")
    expect(watched.locator("h1").first).to_contain_text("wgportal API", timeout=15_000)
    expect(watched.get_by_text("Meetings, agendas, attendance").first).to_be_visible()

    assert watched.violations() == []
