"""Two editors change one meeting in the admin: the second sees the first's values, loses none."""

import pytest
from playwright.sync_api import expect

from meetings.models import Meeting
from tests.browser.signing_in import sign_in
from tests.factories import AgendaItemFactory, MeetingFactory, UserFactory

pytestmark = pytest.mark.browser


def test_the_second_of_two_editors_in_the_admin_sees_the_first_ones_values_and_saves_again(
    page, browser, live_server, editor, screenshot
):
    meeting = MeetingFactory(sittings=3, venue_en="Vienna")
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Smuggling of migrants")
    second = UserFactory(username="second-editor", groups=["Editors"], is_staff=True)
    change = f"/admin/meetings/meeting/{meeting.pk}/change/"
    other = browser.new_context(
        base_url=live_server.url, locale="en", viewport={"width": 1280, "height": 800}
    )
    other.set_default_timeout(10_000)
    try:
        theirs = other.new_page()
        sign_in(page, editor.username)
        sign_in(theirs, second.username)
        page.goto(change)
        theirs.goto(change)

        theirs.locator("[name=sittings]").fill("4")
        theirs.locator("[name=agenda_items-0-title_en]").fill("Smuggling of migrants by sea")
        theirs.get_by_role("button", name="Save", exact=True).click()
        expect(theirs.locator(".messagelist")).to_contain_text("was changed successfully")

        page.locator("[name=venue_en]").fill("Vienna (hybrid)")
        page.locator("[name=agenda_items-0-title_en]").fill("Smuggling of migrants by air")
        page.get_by_role("button", name="Save", exact=True).click()

        expect(page.locator(".errornote")).to_be_visible()
        expect(page.locator(".errorlist.nonfield").first).to_contain_text(
            "second-editor saved this meeting (now version 2) after you opened version 1"
        )
        expect(page.locator(".field-sittings .errorlist")).to_have_text("Saved meanwhile: 4")
        expect(page.locator("[name=sittings]")).to_have_value("3")
        expect(page.locator(".field-venue_en .errorlist")).to_have_count(0)
        expect(page.locator("[name=venue_en]")).to_have_value("Vienna (hybrid)")
        row = page.locator("#agenda_items-0")
        expect(row.locator(".errorlist").last).to_have_text(
            "Saved meanwhile: Smuggling of migrants by sea"
        )
        expect(page.locator("[name=agenda_items-0-title_en]")).to_have_value(
            "Smuggling of migrants by air"
        )
        screenshot("conflict")
        meeting.refresh_from_db()
        item.refresh_from_db()
        assert (meeting.sittings, meeting.venue_en, meeting.version) == (4, "Vienna", 2)
        assert (item.title_en, item.version) == ("Smuggling of migrants by sea", 2)

        # Having read their values, the first editor keeps 4 sittings and saves the rest again.
        page.locator("[name=sittings]").fill("4")
        page.get_by_role("button", name="Save", exact=True).click()

        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
        screenshot("saved")
        meeting = Meeting.objects.get(pk=meeting.pk)
        item.refresh_from_db()
        assert (meeting.sittings, meeting.venue_en, meeting.version) == (
            4,
            "Vienna (hybrid)",
            3,
        )
        assert (item.title_en, item.version) == ("Smuggling of migrants by air", 3)
        assert meeting.history.first().history_user == editor
    finally:
        other.close()
