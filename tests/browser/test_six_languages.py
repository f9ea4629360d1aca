"""The meeting page and a document page in each of the six interface languages, in Chromium:
Arabic laid out right to left (the header mirrored), the others left to right; a screenshot of
each page in each language under test-artifacts/screenshots/."""

import pytest
from playwright.sync_api import Page, expect

from wgportal.site.languages import address_in

pytestmark = pytest.mark.browser

LANGUAGES = ("ar", "zh-hans", "en", "fr", "ru", "es")


def header_boxes(page: Page) -> dict[str, dict]:
    """Where the site's name, the first and last section links and the switcher stand."""
    links = page.locator(".site-header nav a")
    return {
        "name": page.locator(".site-name").bounding_box(),
        "first link": links.first.bounding_box(),
        "last link": links.last.bounding_box(),
        "switch": page.locator(".language-switch").bounding_box(),
    }


def reads_in_its_direction(page: Page, language: str) -> None:
    rtl = language == "ar"
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if rtl else "ltr")
    boxes = header_boxes(page)
    # Right to left the header is mirrored: the site's name opens it on the right and the
    # switcher closes it on the left, the section links run from right to left.
    starts_right = boxes["name"]["x"] > boxes["switch"]["x"]
    runs_leftwards = boxes["first link"]["x"] > boxes["last link"]["x"]
    assert (starts_right, runs_leftwards) == (rtl, rtl), boxes
    heading = page.locator("main h1").first
    align = heading.evaluate("element => getComputedStyle(element).direction")
    assert align == ("rtl" if rtl else "ltr")
    # Nothing pushed off the page's start edge widens it.
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_meeting_and_document_pages_read_in_each_language_and_its_direction(
    page, public_paper, screenshot, language
):
    for name, address in (
        ("meeting", public_paper.meeting.get_absolute_url()),
        ("document", public_paper.get_absolute_url()),
    ):
        response = page.goto(address_in(address, language))
        assert response.status == 200, name
        reads_in_its_direction(page, language)
        screenshot(name)
