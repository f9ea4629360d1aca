"""The search page: a symbol opens its document, snippets are escaped, the cost stays flat."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from recommendations.models import ThemePaper
from tests.factories import DocumentFactory, MeetingFactory, RecommendationFactory, ThemeFactory
from tests.search.indexed import indexed_version

pytestmark = pytest.mark.django_db


def test_a_symbol_typed_in_the_box_opens_its_document(client):
    DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")
    DocumentFactory(symbol="CTOC/COP/WG.7/2020/INF/1/Rev.1")

    for typed, url in [
        ("ctoc/cop/wg.7/2020/2", "/en/documents/CTOC/COP/WG.7/2020/2/"),
        (" CTOC/COP/WG.7/2020/2。", "/en/documents/CTOC/COP/WG.7/2020/2/"),
        ("CTOC/COP/WG.7/2020/INF.1/Rev.1", "/en/documents/CTOC/COP/WG.7/2020/INF/1/Rev.1/"),
    ]:
        response = client.get(reverse("search"), {"q": typed})
        assert (response.status_code, response["Location"]) == (302, url)

    missing = client.get(reverse("search"), {"q": "CTOC/COP/WG.7/2020/3"})
    assert missing.status_code == 200
    assert "No paragraph of a public document holds these words." in missing.content.decode()


def searched_page(client, **params) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("search"), params)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def grown_corpus(size: int) -> None:
    """`size` public documents, each in Chinese and English, with a recommendation and a theme."""
    theme = ThemeFactory()
    for number in range(size):
        meeting = MeetingFactory(start_date=datetime.date(2000 + number % 20, 5, 1))
        document = DocumentFactory(meeting=meeting)
        ThemePaper.objects.create(theme=theme, document=document)
        indexed_version(document, "zh", ["偷运移民问题。", "执法合作。"] * 3, title="偷运移民")
        # "Smuggling/1" reads as a symbol that names no document: the page looks it up, then
        # searches, its most expensive path.
        indexed_version(
            document, "en", ["Smuggling of migrants, Smuggling/1."] * 6, title="Smuggling"
        )
        RecommendationFactory(meeting=meeting, text_zh="打击偷运移民。", text_en="Smuggling/1.")


@pytest.mark.parametrize(
    "params",
    [
        {"q": "偷运移民"},
        {"q": "smuggling"},
        {"q": "smuggling", "language": "en", "year": "2001", "type": "background_paper"},
        {"q": "偷运", "page": "2"},
        {"q": "smuggling/1"},
        {"q": "CTOC/COP/WG.7/1999/1", "type": "background_paper"},
    ],
)
def test_the_search_page_costs_the_same_queries_whatever_the_data_size(client, params):
    grown_corpus(25)
    small, _ = searched_page(client, **params)
    grown_corpus(25)
    large, html = searched_page(client, **params)
    assert large == small
    assert large <= 12
    assert "<mark>" in html or "CTOC/COP/WG.7/1999/1" in params["q"]


def test_snippets_escape_the_text_and_mark_only_the_hits(client):
    document = DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")
    indexed_version(document, "zh", ["<script>alert(1)</script>偷运移民。"], title="<b>偷运</b>")
    indexed_version(document, "en", ["<script>alert(2)</script> smuggling & more."])
    RecommendationFactory(text_zh="<script>alert(3)</script>偷运移民。")

    _, chinese = searched_page(client, q="偷运移民")
    _, english = searched_page(client, q="smuggling")

    for html in (chinese, english):
        assert "<script>" not in html
        assert "<b>" not in html
    assert (
        '<q class="snippet" lang="zh">&lt;script&gt;alert(1)&lt;/script&gt;<mark>偷运移民</mark>。'
        in chinese
    )
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in chinese
    assert "&lt;script&gt;alert(2)&lt;/script&gt; <mark>smuggling</mark> &amp; more." in english
    # The reader's interface is English: English snippets carry no lang of their own.
    assert '<q class="snippet">&lt;script&gt;alert(2)' in english


def test_the_page_says_when_it_searched_by_words(client):
    indexed_version(DocumentFactory(), "zh", ["移民的人权必须得到保护。"])

    html = client.get("/en/search/", {"q": "移民人权"}).content.decode()

    assert "No paragraph holds “移民人权” as typed" in html
