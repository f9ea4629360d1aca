"""A reader's walk: home, a meeting, a document, its notes and permalinks, languages, search."""

import re

import pytest
from playwright.sync_api import expect

from documents.indexing import index_version
from tests.factories import LanguageVersionFactory, ParagraphFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def paper(public_paper):
    """The public seed 002, with an English version of its first paragraphs."""
    document = public_paper
    english = LanguageVersionFactory(document=document, language="en", title="Background paper")
    for number in (1, 2):
        ParagraphFactory(
            version=english,
            number=number,
            text=f"Paragraph {number}: organized criminal groups profit from migrant smuggling.",
        )
    index_version(english)  # as an import would
    return document


def test_a_reader_walks_from_the_home_page_to_a_paragraph_and_searches(page, paper, screenshot):
    page.goto("/")
    page.get_by_role("link", name="Meeting 7").first.click()
    expect(page.locator("h1")).to_contain_text("Meeting 7")
    screenshot("meeting")

    page.get_by_role("link", name="CTOC/COP/WG.7/2020/2").first.click()
    # An English interface reads the English version first; the whole text is in Chinese.
    expect(page.locator(".text")).to_have_attribute("lang", "en")
    tabs = page.get_by_role("navigation", name="Languages of this document")
    tabs.get_by_role("link", name="Chinese").click()
    expect(page.locator(".text")).to_have_attribute("lang", "zh")
    expect(page.locator("#para-12")).to_be_visible()
    screenshot("document")

    # A footnote call leads to its note, and the note back to the call.
    page.locator("#fnref-1").click()
    expect(page).to_have_url(re.compile(r"#fn-1$"))
    page.locator("#fn-1").get_by_role("link", name="Back to the text").click()
    expect(page).to_have_url(re.compile(r"#fnref-1$"))
    # A paragraph's number is its permalink.
    page.locator("#para-12 a.permalink").click()
    expect(page).to_have_url(re.compile(r"/en/documents/CTOC/COP/WG.7/2020/2/\?lang=zh#para-12$"))

    # Content language: the English version, read in an English interface.
    tabs.get_by_role("link", name="English").click()
    expect(page.locator(".text")).to_have_attribute("lang", "en")
    expect(page.locator("#para-1")).to_contain_text("migrant smuggling")

    # Interface language: Chinese, on the same page, the content still in English.
    page.get_by_label("Interface language").select_option("zh-hans")
    page.get_by_role("button", name="Switch").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.get_by_role("link", name="会议", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="切换")).to_be_visible()
    # The same page at its Chinese address.
    expect(page).to_have_url(re.compile(r"/zh-hans/documents/CTOC/COP/WG.7/2020/2/\?lang=en$"))
    expect(page.locator(".text")).to_have_attribute("lang", "en")
    screenshot("document-english-in-chinese-interface")

    # Search in Chinese, then in English. An address without a language (an old bookmark)
    # opens in the language the reader chose last.
    page.goto("/search/")
    expect(page).to_have_url(re.compile(r"/zh-hans/search/$"))
    page.get_by_role("searchbox").fill("偷运移民")
    page.get_by_role("searchbox").press("Enter")
    expect(page.locator("article.search-hit").first).to_contain_text("CTOC/COP/WG.7/2020/2")
    expect(page.locator("mark").first).to_have_text(re.compile("偷运|移民"))
    screenshot("search-chinese")
    page.get_by_role("searchbox").fill("smuggling")
    page.get_by_role("searchbox").press("Enter")
    expect(page.locator("article.search-hit").first).to_contain_text("CTOC/COP/WG.7/2020/2")
    screenshot("search-english")
