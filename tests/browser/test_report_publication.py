"""An editor publishes the adopted report of the 4th meeting under the General symbol the portal
proposes, and an anonymous delegate reads it and its recommendations."""

import pytest
from playwright.sync_api import expect

from documents.models import Document
from reports.services.workflow import move_report
from tests.browser.signing_in import sign_in
from tests.reports.test_report_import import FOURTH
from tests.reports.test_report_reissue import FOURTH_TITLE_ZH, REISSUED
from tests.reports.test_report_workflow import imported_report

pytestmark = pytest.mark.browser


def test_an_editor_confirms_the_proposed_symbol_and_the_public_reads_the_report(
    page, seeds, editor, screenshot
):
    report = imported_report(seeds, FOURTH)
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)

    sign_in(page, editor.username)
    page.goto(f"/en/reports/{report.pk}/?lang=zh")
    symbol = page.get_by_label("General symbol")
    expect(symbol).to_have_value(REISSUED)
    page.locator("form.publish").screenshot(path=screenshot("proposed"))
    page.locator("form.publish").get_by_role("button", name="Publish").click()

    expect(page.locator(".messages")).to_contain_text("The report is now published.")
    expect(page.locator(".reissue")).to_contain_text(f"as {REISSUED}")
    assert Document.objects.get(symbol=REISSUED).replaces == report.document

    page.context.clear_cookies()  # signed out: an anonymous delegate
    page.goto(f"/en/documents/{REISSUED}/?lang=zh")
    expect(page.locator("h1")).to_have_text(FOURTH_TITLE_ZH)
    expect(page.locator(".masthead .symbol")).to_have_text(REISSUED)
    expect(page.locator("#para-13")).to_contain_text("《联合国打击跨国有组织犯罪公约")
    expect(page.get_by_text("Replaces")).to_have_count(0)
    screenshot("public")

    page.goto("/en/recommendations/?lang=zh")
    expect(page.locator(f'a[href="/en/documents/{REISSUED}/#para-5"]').first).to_be_visible()
    screenshot("recommendations")
