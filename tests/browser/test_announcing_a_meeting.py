"""An editor announces a meeting in the admin, in Chromium; a reader finds it, its agenda as
the UN prints it, and takes it into a calendar."""

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.signing_in import sign_in
from tests.factories import BodyFactory

pytestmark = pytest.mark.browser

AGENDA = [
    ("1", "", "Organizational matters"),
    ("1", "a", "Opening of the meeting"),
    ("1", "b", "Adoption of the agenda and organization of work"),
    ("2", "", "Smuggling of migrants by sea"),
]


def test_an_editor_announces_a_meeting_and_a_reader_reads_its_agenda(page, editor, screenshot):
    BodyFactory(published=True)
    sign_in(page, editor.username)
    page.goto("/admin/meetings/meeting/add/")
    page.get_by_label("Body").select_option(
        label="CTOC/COP/WG.7 Working Group on the Smuggling of Migrants"
    )
    page.get_by_label("Ordinal").fill("9")
    page.locator("#id_start_date").fill("2026-06-29")
    page.locator("#id_end_date").fill("2026-07-01")
    page.get_by_label("Format").select_option("hybrid")
    page.get_by_label("Published").check()
    page.locator("#id_venue_en").fill("Vienna")
    for row, (number, letter, title) in enumerate(AGENDA):
        page.locator("#agenda_items-group").get_by_role(
            "button", name="Add another Agenda item"
        ).click()
        page.locator(f"#id_agenda_items-{row}-number").fill(number)
        page.locator(f"#id_agenda_items-{row}-letter").fill(letter)
        page.locator(f"#id_agenda_items-{row}-title_en").fill(title)
    screenshot("admin-add")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    page.get_by_role("button", name="Log out").click()

    page.goto("/en/meetings/")
    page.get_by_role("link", name="Meeting 9").click()
    agenda = page.locator("ol.agenda")
    expect(page.locator(".agenda-status")).to_have_text("Provisional agenda: not yet adopted")
    expect(agenda).to_contain_text("1. Organizational matters:")
    item = agenda.locator("#item-1")
    sub_item = agenda.locator("#item-1a")
    # Numbered once, by the label: no list marker beside it; the sub-item indented under it.
    assert item.evaluate("li => getComputedStyle(li).listStyleType") == "none"
    assert sub_item.evaluate("li => getComputedStyle(li).listStyleType") == "none"
    assert sub_item.bounding_box()["x"] > item.bounding_box()["x"] + 20
    expect(sub_item).to_have_text("(a) Opening of the meeting")
    screenshot("meeting")

    with page.expect_download() as download:
        page.locator("dl.facts").get_by_role("link", name="Add to calendar").click()
    (event,) = Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Working Group on the Smuggling of Migrants: Meeting 9"
    assert str(event["LOCATION"]) == "Vienna"
    assert download.value.suggested_filename == "CTOC-COP-WG.7-9.ics"

    icon = page.request.get("/favicon.ico")
    assert icon.ok and icon.body()[:4] == b"\x00\x00\x01\x00"


def test_a_reader_sees_which_languages_of_the_seventh_meetings_documents_are_missing(
    page, public_paper, screenshot
):
    page.goto(public_paper.meeting.get_absolute_url())
    grid = page.locator("table.document-grid")
    paper = grid.locator("tr", has=page.get_by_role("link", name="CTOC/COP/WG.7/2020/2"))

    expect(paper.get_by_role("link", name="ZH", exact=True)).to_be_visible()
    # A screen reader hears what a sighted reader sees in the hatched cell's arrow.
    french = paper.get_by_role("link", name="French: not in the portal, at undocs.org")
    expect(french).to_have_attribute("href", "https://undocs.org/fr/CTOC/COP/WG.7/2020/2")
    assert paper.locator("td.missing").count() == 5
    screenshot("grid")
