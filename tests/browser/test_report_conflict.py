"""Two editors save the same section of a draft report: the second sees both texts, loses none."""

import pytest
from playwright.sync_api import Page, expect

from reports.models import ReportSection
from tests.browser.signing_in import sign_in
from tests.factories import ReportSectionFactory, UserFactory

pytestmark = pytest.mark.browser


def test_the_second_of_two_editors_sees_both_texts_and_saves_again_deliberately(
    page, browser, live_server, editor, screenshot
):
    section = ReportSectionFactory(
        key="organization-opening",
        kind=ReportSection.Kind.SECTION,
        number="A",
        heading="会议开幕",
        text="12. 工作组第七次会议于 2020年 9月 8日和 9日在维也纳举行。共举行了四场会议。",
    )
    first_text = section.text.replace("四场", "五场")
    second_text = section.text.replace("维也纳", "纽约")
    second = UserFactory(username="second-editor", groups=["Editors"], is_staff=True)
    edit = f"/en/reports/{section.report_id}/sections/{section.pk}/edit/"
    other = browser.new_context(
        base_url=live_server.url, locale="en", viewport={"width": 1280, "height": 800}
    )
    other.set_default_timeout(10_000)
    try:
        theirs = other.new_page()
        sign_in(page, editor.username)
        sign_in(theirs, second.username)
        page.goto(edit)
        theirs.goto(edit)

        page.get_by_role("textbox", name="Text").fill(first_text)
        page.get_by_role("button", name="Save").click()
        expect(page.locator(".messages")).to_contain_text("as version 2")

        theirs.get_by_role("textbox", name="Text").fill(second_text)
        theirs.get_by_role("button", name="Save").click()

        expect(theirs.locator("h1")).to_contain_text("Someone else saved this section first")
        expect(theirs.locator("#current-text")).to_have_text(first_text)
        expect(theirs.locator("#submitted-text")).to_have_text(second_text)
        expect(theirs.locator(".conflict")).to_contain_text(editor.username)
        expect(theirs.locator(".diff del")).to_have_text(["维也纳", "五"])
        expect(theirs.locator(".diff ins")).to_have_text(["纽约", "四"])
        expect(theirs.get_by_role("textbox", name="Text")).to_have_value(second_text)
        screenshot_of(theirs, screenshot, "conflict")
        section.refresh_from_db()
        assert (section.text, section.version, section.updated_by) == (first_text, 2, editor)

        theirs.get_by_role("button", name="Save").click()

        expect(theirs.locator(".messages")).to_contain_text("as version 3")
        expect(theirs.locator(f"#section-{section.pk}")).to_contain_text("纽约")
        screenshot_of(theirs, screenshot, "report")
        section.refresh_from_db()
        assert (section.text, section.version, section.updated_by) == (second_text, 3, second)
    finally:
        other.close()


def screenshot_of(page: Page, screenshot, name: str) -> None:
    """The `screenshot` fixture photographs its own page; this one is the second editor's."""
    path = screenshot(name)
    page.screenshot(path=path, full_page=True)
