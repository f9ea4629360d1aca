"""One version of a document for a reader, the same on its page, in search, the API and the feed."""

import pytest

from tests.factories import DocumentFactory
from tests.search.indexed import indexed_version

pytestmark = pytest.mark.django_db

TITLES = {"ar": "تهريب المهاجرين عن طريق البحر", "en": "Smuggling of migrants by sea"}


@pytest.fixture
def held_in_arabic_and_english():
    """A paper drafted in Arabic, issued in Arabic and English, both holding "COVID-19"."""
    document = DocumentFactory(symbol="CTOC/COP/WG.7/2021/5", original_language="ar")
    indexed_version(document, "ar", ["أثرت جائحة COVID-19 على تهريب المهاجرين."], TITLES["ar"])
    indexed_version(
        document, "en", ["The COVID-19 pandemic changed the smuggling of migrants."], TITLES["en"]
    )
    return document


def shown_everywhere(client, document, reader: str) -> dict[str, str]:
    """The language of the version each place shows a reader of `reader`."""
    page = client.get(document.get_absolute_url(), {"lang": reader})
    found = client.get("/en/search/", {"q": "COVID", "lang": reader})
    api = client.get("/api/v1/search/", {"q": "COVID", "lang": reader}).json()
    # The feed speaks the language of its address, as pages do.
    feed = client.get(f"/{reader}/feeds/documents/").content.decode()
    [hit] = found.context["results"].documents
    [api_hit] = api["documents"]
    return {
        "page": page.context["language"],
        "search": hit.title_language,
        "api": api_hit["title_language"],
        "feed": next((code for code, title in TITLES.items() if title in feed), ""),
    }


def test_a_french_reader_sees_the_english_version_everywhere(client, held_in_arabic_and_english):
    shown = shown_everywhere(client, held_in_arabic_and_english, "fr")

    assert shown == {"page": "en", "search": "en", "api": "en", "feed": "en"}


def test_an_arabic_reader_sees_the_arabic_version_everywhere(client, held_in_arabic_and_english):
    shown = shown_everywhere(client, held_in_arabic_and_english, "ar")

    assert shown == {"page": "ar", "search": "ar", "api": "ar", "feed": "ar"}
