"""An Arabic reader switches the interface: the page turns right to left, nothing runs off it."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import BodyFactory, MeetingFactory

pytestmark = pytest.mark.browser


def test_an_arabic_interface_reads_right_to_left_without_scrolling_sideways(page, screenshot):
    meeting = MeetingFactory(body=BodyFactory(published=True), ordinal=7)
    page.goto(meeting.get_absolute_url())
    page.get_by_label("Interface language").select_option("ar")
    page.get_by_role("button", name="Switch").click()

    # The switch goes to the same page at its Arabic address.
    expect(page).to_have_url(re.compile(r"/ar/meetings/CTOC/COP/WG\.7/7/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    meetings = page.get_by_role("link", name="الاجتماعات", exact=True)
    expect(meetings).to_be_visible()
    # The site's name opens the header on the right, the switcher closes it on the left.
    name, switch = page.locator(".site-name"), page.locator(".language-switch")
    assert name.bounding_box()["x"] > switch.bounding_box()["x"]
    # A box pushed off the left edge, harmless left to right, widens a right-to-left page.
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1]
    screenshot("meeting-arabic")
