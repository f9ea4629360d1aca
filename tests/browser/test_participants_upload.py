"""An editor uploads a list of participants in the admin; a delegate reads the delegations."""

import pytest
from playwright.sync_api import expect

from meetings.models import Participant
from tests.browser.signing_in import sign_in
from tests.factories import MeetingFactory

pytestmark = pytest.mark.browser

HEADER = "name,title,function,delegation,category\n"


def test_an_editor_fixes_a_bad_row_and_the_public_reads_delegations_without_names(
    page, editor, screenshot, tmp_path, browser, live_server
):
    meeting = MeetingFactory(ordinal=7)
    bad = tmp_path / "list.csv"
    bad.write_text(
        HEADER
        + "Giulia Rossi,Ms.,Head of delegation,IT,state_party\n"
        + "Rudolf Rassendyll,Mr.,Envoy,Ruritania,state_party\n",
        encoding="utf-8",
    )
    sign_in(page, editor.username)
    page.goto("/admin/meetings/participant/")
    page.get_by_role("link", name="Upload a list (CSV, XLSX)").click()
    page.get_by_label("Meeting").select_option(str(meeting.pk))
    page.get_by_label("File").set_input_files(bad)
    page.get_by_role("button", name="Upload").click()

    problems = page.locator(".upload-problems tbody tr")
    expect(problems).to_have_count(1)
    expect(problems.first).to_contain_text("3")
    expect(problems.first).to_contain_text(
        "“Ruritania” is not a State or organization the portal knows."
    )
    screenshot("refused")
    assert Participant.objects.count() == 0

    good = tmp_path / "fixed.csv"
    good.write_text(
        HEADER
        + "Giulia Rossi,Ms.,Head of delegation,IT,state_party\n"
        + "Marco Bianchi,Mr.,Adviser,Italy,state_party\n"
        + "Taro Yamada,Mr.,Counsellor,JP,signatory\n",
        encoding="utf-8",
    )
    page.get_by_label("Meeting").select_option(str(meeting.pk))
    page.get_by_label("File").set_input_files(good)
    page.get_by_role("button", name="Upload").click()

    expect(page.locator(".messagelist")).to_contain_text("3 participants stored")
    stored = screenshot("stored")

    delegate = browser.new_context(base_url=live_server.url, locale="en")  # no session: the public
    reader = delegate.new_page()
    reader.goto("/en/meetings/CTOC/COP/WG.7/7/participants/")
    expect(reader.locator("main")).to_contain_text("3 participants in 2 delegations")
    italy = reader.locator("table.delegations tr", has_text="Italy")
    expect(italy.locator("td").first).to_have_text("2")
    expect(reader.locator("main")).not_to_contain_text("Giulia Rossi")
    # The reader's tab, beside the editor's screenshots.
    public = stored.with_name(stored.name.replace("-stored.png", "-public.png"))
    reader.screenshot(path=public, full_page=True)
    delegate.close()
