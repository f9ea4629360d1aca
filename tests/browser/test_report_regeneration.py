"""An editor regenerates the seventh meeting's imported draft (seed 000) from its page in
Chromium: every chapter and section of the draft appears once, the English report in English."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.signing_in import sign_in
from tests.reports.test_report_import import SEVENTH
from tests.reports.test_report_workflow import imported_report

pytestmark = pytest.mark.browser

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_an_editor_regenerates_the_imported_draft_and_no_chapter_appears_twice(
    page, seeds, editor, screenshot
):
    report = imported_report(seeds, SEVENTH)
    sign_in(page, editor.username)
    page.goto(f"/en/reports/{report.pk}/?lang=zh")
    headings = page.locator(".report-section > h2, .report-section > h3")
    before = headings.all_inner_texts()
    assert before.count("A. 一般性建议") == 1

    regenerate = page.locator("form", has=page.get_by_role("button", name="Regenerate"))
    # The draft came in Chinese: the form ticks it, and the editor adds English.
    expect(regenerate.get_by_label("Chinese")).to_be_checked()
    regenerate.get_by_label("English").check()
    regenerate.get_by_role("button", name="Regenerate").click()

    expect(page.locator(".messages")).to_contain_text("Regenerated")
    assert headings.all_inner_texts() == before
    expect(page.locator(".report-section.chapter > h2", has_text="审议情况概要")).to_have_count(1)
    screenshot("chinese")

    page.goto(f"/en/reports/{report.pk}/?lang=en")
    english = headings.all_inner_texts()
    assert english[:3] == ["I. Introduction", "II. Recommendations", "A. Recommendations on [……]"]
    assert not [heading for heading in english if CHINESE.search(heading)]
    expect(page.locator("section.open-items")).to_contain_text("[……]")
    screenshot("english")
