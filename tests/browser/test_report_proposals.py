"""An editor finds a revised import's text beside their own on the report page and takes it."""

import pytest
from playwright.sync_api import expect

from reports.models import ReportSection, SectionProposal
from tests.browser.signing_in import sign_in
from tests.reports.test_report_import import FOURTH
from tests.reports.test_report_workflow import edit, imported_report
from tests.reports.test_revised_imports import (
    STATEMENTS_004_REVISED,
    import_job,
    revised_fourth,
)

pytestmark = pytest.mark.browser


def test_an_editor_compares_the_proposed_text_with_theirs_and_takes_it(
    page, seeds, editor, screenshot
):
    report = imported_report(seeds, FOURTH)
    mine = edit(
        report, "organization-statements", lambda t: t.replace("一般介绍性", "开幕"), editor
    )
    import_job(FOURTH, revised_fourth(seeds))
    proposal = SectionProposal.objects.get()

    sign_in(page, editor.username)
    page.goto(f"/en/reports/{report.pk}/?lang=zh")

    entry = page.locator(f"#proposal-{proposal.pk}")
    expect(page.locator("#checks-heading .count")).to_have_text("4")  # 3 problems, 1 proposal
    expect(entry.locator(".current-text")).to_contain_text("作了开幕发言。")
    expect(entry.locator(".proposed-text")).to_contain_text(STATEMENTS_004_REVISED)
    expect(entry.locator(".diff del")).to_have_text(["开幕"])
    expect(entry.locator(".diff ins")).to_have_text(["介绍性", "，并回答了提问"])
    # The proposal itself, to look at: the whole page runs to 5,000 pixels.
    entry.screenshot(path=screenshot("proposal"))

    entry.get_by_role("button", name="Take the proposed text").click()

    expect(page.locator(".messages")).to_contain_text(f"as version {mine.version + 1}")
    section = ReportSection.objects.get(pk=mine.pk)
    expect(page.locator(f"#section-{section.pk}")).to_contain_text("并回答了提问")
    expect(page.locator(".proposal")).to_have_count(0)
    screenshot("taken")
    assert (section.version, section.updated_by) == (mine.version + 1, editor)
