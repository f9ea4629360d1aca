"""Reading the API: every endpoint, its filters, what anonymous readers never see, its errors."""

import gzip
import io
import json

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from documents.models import Document
from meetings.models import Attendance, Entity
from recommendations.models import Recommendation
from tests.factories import (
    AgendaItemFactory,
    DocumentFactory,
    LanguageVersionFactory,
    MeetingFactory,
    ParagraphFactory,
    RecommendationFactory,
    ThemeFactory,
)
from wgportal.content import KEY

pytestmark = pytest.mark.django_db

API = "/api/v1"
SYMBOL = "CTOC/COP/WG.7/2020/2"


@pytest.fixture
def anonymous() -> APIClient:
    return APIClient()


def read(client: APIClient, url: str, **params) -> dict:
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return response.json()


def test_a_document_is_read_by_its_symbol_with_its_languages_and_paragraphs(
    anonymous, public_paper
):
    document = read(anonymous, f"{API}/documents/{SYMBOL}/")
    assert (document["symbol"], document["type"], document["distribution"]) == (
        SYMBOL,
        "background_paper",
        "general",
    )
    assert document["languages"] == ["zh"]
    assert document["page"] == f"/en/documents/{SYMBOL}/"
    [version] = document["versions"]
    assert version["paragraphs"].endswith(f"/api/v1/documents/{SYMBOL}/versions/zh/paragraphs/")

    first = read(anonymous, version["paragraphs"], page_size=10)
    assert first["count"] == public_paper.versions.get().paragraphs.count()
    assert len(first["results"]) == 10 and first["next"]
    numbers = [row["number"] for row in first["results"] if row["kind"] == "numbered"]
    assert numbers == sorted(numbers) and numbers[0] == 1
    notes = read(anonymous, f"{API}/documents/{SYMBOL}/versions/zh/footnotes/", page_size=100)
    assert notes["count"] == 36 and notes["results"][0]["marker"] == "1"


def test_the_pages_the_api_names_are_in_the_readers_language_else_english(anonymous, public_paper):
    meeting = public_paper.meeting
    english = read(anonymous, f"{API}/documents/{SYMBOL}/")
    french = anonymous.get(f"{API}/documents/{SYMBOL}/", headers={"Accept-Language": "fr"})
    chinese = anonymous.get(f"{API}/meetings/{meeting.pk}/", headers={"Accept-Language": "zh"})
    found = anonymous.get(f"{API}/search/", {"q": "偷运移民"}, headers={"Accept-Language": "ru"})

    assert english["page"] == f"/en/documents/{SYMBOL}/"
    assert french.json()["page"] == f"/fr/documents/{SYMBOL}/"
    assert chinese.json()["page"] == "/zh-hans/meetings/CTOC/COP/WG.7/7/"
    assert found.json()["documents"][0]["page"] == f"/ru/documents/{SYMBOL}/"
    # The answer differs with the header: caches keep one per language.
    assert "Accept-Language" in french["Vary"]


def test_documents_filter_by_symbol_prefix_body_meeting_year_type_language_and_item(
    anonymous,
):
    meeting = MeetingFactory(body__symbol_prefix="CTOC/COP/WG.7")
    item = AgendaItemFactory(meeting=meeting, number=2)
    paper = DocumentFactory(symbol="CTOC/COP/WG.7/2020/3", meeting=meeting)
    paper.agenda_items.add(item)
    LanguageVersionFactory(document=paper, language="zh")
    other = DocumentFactory(
        symbol="CTOC/COP/WG.7/2019/4", issue_date="2019-05-01", type="report", meeting=None
    )
    LanguageVersionFactory(document=other, language="en")

    def symbols(**params) -> list[str]:
        return [row["symbol"] for row in read(anonymous, f"{API}/documents/", **params)["results"]]

    assert symbols() == ["CTOC/COP/WG.7/2020/3", "CTOC/COP/WG.7/2019/4"]  # newest first
    assert symbols(symbol="ctoc/cop/wg.7/2019/4") == ["CTOC/COP/WG.7/2019/4"]
    assert symbols(symbol_prefix="CTOC/COP/WG.7/2019") == ["CTOC/COP/WG.7/2019/4"]
    assert symbols(body="CTOC/COP/WG.7") == ["CTOC/COP/WG.7/2020/3"]
    assert symbols(meeting=meeting.pk) == ["CTOC/COP/WG.7/2020/3"]
    assert symbols(year=2019) == ["CTOC/COP/WG.7/2019/4"]
    assert symbols(type="report") == ["CTOC/COP/WG.7/2019/4"]
    assert symbols(language="zh") == ["CTOC/COP/WG.7/2020/3"]
    assert symbols(agenda_item=item.pk) == ["CTOC/COP/WG.7/2020/3"]
    assert symbols(ordering="symbol") == ["CTOC/COP/WG.7/2019/4", "CTOC/COP/WG.7/2020/3"]


def test_limited_unpublished_and_draft_rows_are_never_listed_and_their_details_are_404(
    anonymous, delegate
):
    meeting = MeetingFactory()
    hidden_meeting = MeetingFactory(published=False)
    public = DocumentFactory(symbol="CTOC/COP/WG.7/2020/5", meeting=meeting)
    # A General document is public whatever its meeting's state, but does not name that meeting.
    of_hidden_meeting = DocumentFactory(symbol="CTOC/COP/WG.7/2020/7", meeting=hidden_meeting)
    of_hidden_meeting.agenda_items.add(AgendaItemFactory(meeting=hidden_meeting))
    hidden = [
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/L.1", distribution="limited", meeting=meeting),
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/R.1", distribution="restricted"),
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/6", published=False),
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/8", meeting=meeting, withdrawn=True),
    ]
    for document in [public, of_hidden_meeting, *hidden]:
        LanguageVersionFactory(document=document, language="en")
    RecommendationFactory(meeting=meeting, status=Recommendation.Status.DRAFT, text_en="Draft.")
    adopted = RecommendationFactory(meeting=meeting, text_en="Adopted.")

    for client in (anonymous, APIClient()):
        if client is not anonymous:
            client.force_authenticate(delegate)  # signed in, but no role: the same as anyone
        listed = read(client, f"{API}/documents/", ordering="symbol")["results"]
        assert [(row["symbol"], row["meeting"], row["agenda_items"]) for row in listed] == [
            (public.symbol, meeting.pk, []),
            (of_hidden_meeting.symbol, None, []),
        ]
        detail = read(client, f"{API}/documents/{of_hidden_meeting.symbol}/")
        assert (detail["meeting"], detail["agenda_items"]) == (None, [])
        for document in hidden:
            response = client.get(f"{API}/documents/{document.symbol}/")
            assert response.status_code == 404 and response.json()["detail"]
            paragraphs = client.get(f"{API}/documents/{document.symbol}/versions/en/paragraphs/")
            assert paragraphs.status_code == 404
        meetings = [row["id"] for row in read(client, f"{API}/meetings/")["results"]]
        assert hidden_meeting.pk not in meetings and meeting.pk in meetings
        assert client.get(f"{API}/meetings/{hidden_meeting.pk}/").status_code == 404
        recommendations = read(client, f"{API}/recommendations/")["results"]
        assert [row["id"] for row in recommendations] == [adopted.pk]
        found = read(client, f"{API}/search/", q="CTOC/COP/WG.7/2020/L.1")
        assert found["document"] is None


def test_a_meeting_carries_its_agenda_roles_and_attendance_in_the_language_asked(
    anonymous, public_paper
):
    meeting = public_paper.meeting
    AgendaItemFactory(meeting=meeting, number=1, title_en="Opening", title_zh="开幕")
    Attendance.objects.create(
        meeting=meeting, entity=Entity.objects.get(code="IT"), category="state_party"
    )
    listed = read(anonymous, f"{API}/meetings/", body=meeting.body.symbol_prefix)["results"]
    assert [row["id"] for row in listed] == [meeting.pk]

    english = read(anonymous, f"{API}/meetings/{meeting.pk}/", lang="en")
    chinese = read(anonymous, f"{API}/meetings/{meeting.pk}/", lang="zh")
    assert english["venues"]["zh"] == chinese["venue"]
    assert [row["entity"] for row in english["attendance"]] == ["IT"]
    assert (english["attendance"][0]["name"], chinese["attendance"][0]["name"]) == (
        "Italy",
        "意大利",
    )
    assert [(row["label"], row["title"]) for row in english["agenda_items"]] == [("1.", "Opening")]
    assert [row["title"] for row in chinese["agenda_items"]] == ["开幕"]
    # Created at 1 by the import of its paper, raised when that General paper announced it.
    assert english["version"] == 2
    italy = read(anonymous, f"{API}/entities/IT/")
    assert italy["names"]["fr"] == "Italie" and italy["regional_group"]


def test_recommendations_and_themes_filter_by_body_meeting_theme_status_and_text(anonymous):
    theme = ThemeFactory(code="prevention")
    first = RecommendationFactory(text_en="Strengthen border cooperation.", text_zh="加强边境。")
    first.themes.add(theme)
    second = RecommendationFactory(text_en="Protect the rights of migrants.")

    def ids(**params) -> list[int]:
        rows = read(anonymous, f"{API}/recommendations/", **params)["results"]
        return sorted(row["id"] for row in rows)

    assert ids() == sorted([first.pk, second.pk])
    assert ids(theme="prevention") == [first.pk]
    assert ids(text="边境") == [first.pk]
    assert ids(text="rights migrants") == [second.pk]
    assert ids(meeting=second.meeting_id) == [second.pk]
    assert ids(status="adopted") == sorted([first.pk, second.pk])
    themes = read(anonymous, f"{API}/themes/")["results"]
    assert [row["code"] for row in themes] == ["prevention"]


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        (f"{API}/documents/", {"sybmol": "CTOC/COP/WG.7/2020/2"}, "sybmol"),
        (f"{API}/documents/", {"symbol": "not a symbol"}, "symbol"),
        (f"{API}/documents/", {"year": "twenty"}, "year"),
        (f"{API}/documents/", {"language": "xx"}, "language"),
        (f"{API}/meetings/", {"status": "cancelled-ish"}, "status"),
        (f"{API}/recommendations/", {"meeting": "seven"}, "meeting"),
        (f"{API}/search/", {}, "q"),
        (f"{API}/search/", {"q": "x", "page": "0"}, "page"),
        (f"{API}/search/", {"q": "x", "filter": "1"}, "filter"),
    ],
)
def test_bad_parameters_get_a_400_that_names_them(anonymous, url, params, field):
    response = anonymous.get(url, params)
    assert response.status_code == 400
    assert field in response.json()


def test_unknown_paths_and_pages_past_the_end_are_json_404s(anonymous):
    for url in (f"{API}/nothing-here/", f"{API}/documents/?page=9"):
        response = anonymous.get(url)
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json")
        assert "detail" in response.json()


def test_details_answer_if_none_match_and_if_modified_since_and_the_api_is_gzipped(
    anonymous, public_paper
):
    url = f"{API}/documents/{SYMBOL}/"
    first = anonymous.get(url)
    assert first["ETag"] and first["Last-Modified"]
    assert anonymous.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    since = anonymous.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304

    zipped = anonymous.get(f"{API}/documents/", headers={"Accept-Encoding": "gzip"})
    assert zipped["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(zipped.content))["count"] == 1


def test_the_schema_is_generated_valid_and_without_warnings():
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=io.StringIO())


def test_the_schema_documents_every_endpoint_with_its_filters_and_errors(anonymous):
    response = anonymous.get("/api/schema/", {"format": "json"})
    schema = response.json()
    paths = schema["paths"]
    for path in (
        "/api/v1/bodies/",
        "/api/v1/meetings/{id}/",
        "/api/v1/documents/{address}/",
        "/api/v1/documents/{address}/versions/{language}/paragraphs/",
        "/api/v1/recommendations/",
        "/api/v1/search/",
        "/api/v1/import-jobs/",
    ):
        assert path in paths, path
    documents = paths["/api/v1/documents/"]["get"]
    names = {parameter["name"] for parameter in documents["parameters"]}
    assert {"symbol", "symbol_prefix", "body", "year", "language", "agenda_item"} <= names
    assert {"200", "400", "429"} <= set(documents["responses"])
    assert "409" in paths["/api/v1/meetings/{id}/"]["patch"]["responses"]
    detail = paths["/api/v1/documents/{address}/"]["get"]["parameters"]
    (address,) = [parameter for parameter in detail if parameter["name"] == "address"]
    assert "~" in address["description"]  # how to address a document without a symbol
    for page in ("/api/docs/", "/api/redoc/"):
        assert anonymous.get(page).status_code == 200


LISTS = [
    f"{API}/bodies/",
    f"{API}/meetings/",
    f"{API}/agenda-items/",
    f"{API}/attendance/",
    f"{API}/documents/",
    f"{API}/recommendations/",
    f"{API}/themes/",
]


def grown(size: int) -> None:
    """`size` more meetings, each with an item, a document in two languages, a recommendation."""
    theme = ThemeFactory()
    italy = Entity.objects.get(code="IT")
    for _ in range(size):
        meeting = MeetingFactory()
        item = AgendaItemFactory(meeting=meeting)
        Attendance.objects.create(meeting=meeting, entity=italy, category="state_party")
        document = DocumentFactory(meeting=meeting)
        document.agenda_items.add(item)
        for language in ("zh", "en"):
            version = LanguageVersionFactory(document=document, language=language)
            ParagraphFactory(version=version)
        RecommendationFactory(meeting=meeting, agenda_item=item).themes.add(theme)
        theme.papers.add(document)


def queries(client: APIClient, url: str, page_size: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, {"page_size": page_size})
    assert response.status_code == 200, (url, response.content[:200])
    return len(captured)


@pytest.mark.parametrize("url", LISTS)
def test_a_list_costs_the_same_queries_whatever_its_page_size_and_the_data_size(anonymous, url):
    grown(3)
    small = queries(anonymous, url, 2)
    grown(6)
    assert queries(anonymous, url, 2) == small
    assert queries(anonymous, url, 20) == small
    assert small <= 10


def test_rows_in_the_api_match_the_database_for_documents(anonymous):
    grown(2)
    rows = read(anonymous, f"{API}/documents/")["results"]
    assert {row["symbol"] for row in rows} == set(
        Document.objects.public().values_list("symbol", flat=True)
    )
    assert all(row["languages"] == ["zh", "en"] for row in rows)


def test_readers_who_are_not_signed_in_are_rate_limited(anonymous, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": None})
    cache.clear()
    answers = [anonymous.get(f"{API}/bodies/") for _ in range(4)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert "throttled" in answers[-1].json()["detail"] and answers[-1]["Retry-After"]


def test_a_list_is_counted_once_per_content_version(anonymous, settings):
    settings.CONTENT_CACHE_SECONDS = 300
    cache.delete(KEY)
    grown(2)
    first = queries(anonymous, f"{API}/documents/", 10)
    assert queries(anonymous, f"{API}/documents/", 10) == first - 1
    cache.delete(KEY)  # what a change to the content does
    assert queries(anonymous, f"{API}/documents/", 10) == first
