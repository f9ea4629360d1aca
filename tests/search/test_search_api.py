"""The search API: the search page's engine, for clients."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

SYMBOL = "CTOC/COP/WG.7/2020/2"


def searched(**params) -> dict:
    response = APIClient().get("/api/v1/search/", params)
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return response.json()


def test_search_uses_the_search_page_engine(public_paper):
    found = searched(q="偷运移民")
    assert found["total"] >= 1 and not found["more"]
    [hit] = found["documents"]
    assert hit["symbol"] == SYMBOL and "<mark>偷运移民</mark>" in hit["paragraphs"][0]["snippet"]
    assert searched(q=SYMBOL.lower())["document"] == SYMBOL
