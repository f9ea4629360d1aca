"""An editor withdraws a document from public view in the admin, in Chromium, and returns it."""

import pytest
from playwright.sync_api import expect

from tests.browser.signing_in import sign_in
from tests.factories import DocumentFactory, LanguageVersionFactory

pytestmark = pytest.mark.browser

SYMBOL = "CTOC/COP/WG.7/2020/2"


def test_an_editor_withdraws_a_document_and_a_reader_no_longer_finds_it(
    page, browser, live_server, editor, screenshot
):
    document = DocumentFactory(symbol=SYMBOL)
    LanguageVersionFactory(document=document, language="en", title="Background paper")
    reader = browser.new_context(base_url=live_server.url, locale="en").new_page()
    assert reader.goto(f"/en/documents/{SYMBOL}/").status == 200

    sign_in(page, editor.username)
    page.goto("/admin/documents/document/")
    page.get_by_role("row", name=SYMBOL).get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option(label="Withdraw from public view")
    page.get_by_role("button", name="Run").click()

    expect(page.locator(".messagelist")).to_contain_text("1 row withdrawn from public view.")
    screenshot("withdrawn")
    assert reader.goto(f"/en/documents/{SYMBOL}/").status == 404
    assert reader.goto(f"/api/v1/documents/{SYMBOL}/").status == 404

    page.get_by_role("row", name=SYMBOL).get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option(label="Return to public view")
    page.get_by_role("button", name="Run").click()

    expect(page.locator(".messagelist")).to_contain_text("1 row returned to public view.")
    assert reader.goto(f"/en/documents/{SYMBOL}/").status == 200
    reader.context.close()
