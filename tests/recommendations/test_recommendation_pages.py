"""The index of recommendations by theme, with its filters, and the thematic index of papers."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.models import Document
from recommendations.models import KeyTopic, ThemePaper
from tests.factories import (
    BodyFactory,
    DocumentFactory,
    LanguageVersionFactory,
    MeetingFactory,
    RecommendationFactory,
    ThemeFactory,
)
from tests.test_html import check

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    """Two meetings of the working group on smuggling, one of the one on trafficking, and their
    recommendations: under one theme, under two, under none, a draft and an unpublished meeting's.
    """
    body = BodyFactory()
    seventh = MeetingFactory(body=body, ordinal=7)
    eighth = MeetingFactory(
        body=body,
        ordinal=8,
        start_date=datetime.date(2021, 10, 14),
        end_date=datetime.date(2021, 10, 15),
    )
    trafficking = BodyFactory(
        symbol_prefix="CTOC/COP/WG.4", name_en="Working Group on Trafficking in Persons"
    )
    fourth = MeetingFactory(
        body=trafficking,
        ordinal=4,
        start_date=datetime.date(2020, 11, 2),
        end_date=datetime.date(2020, 11, 3),
    )
    unpublished = MeetingFactory(body=body, ordinal=9, published=False)
    justice = ThemeFactory(code="criminal-justice", order=1, name_en="Criminal justice responses")
    protection = ThemeFactory(
        code="protection", order=2, name_en="Protection of rights", name_zh="保护权利"
    )
    report = DocumentFactory(
        meeting=seventh, symbol="CTOC/COP/WG.7/2020/4", type=Document.Type.REPORT
    )
    limited = DocumentFactory(
        meeting=eighth,
        symbol="CTOC/COP/WG.7/2021/L.1",
        type=Document.Type.REPORT,
        distribution=Document.Distribution.LIMITED,
    )
    rows = {
        "evidence": RecommendationFactory(
            meeting=seventh,
            number=1,
            text_en="Electronic evidence should be preserved.",
            report=report,
            paragraph_number=12,
        ),
        "children": RecommendationFactory(
            meeting=seventh,
            number=2,
            text_en="Unaccompanied children should be protected.",
            text_zh="应当保护无人陪伴儿童。",
            report=report,
            paragraph_number=13,
        ),
        # Entered by an editor without its report: public with its meeting.
        "general": RecommendationFactory(
            meeting=eighth, number=1, text_en="Technical assistance should continue."
        ),
        # Adopted, but its report is still the Limited draft: off until the report is reissued.
        "awaiting": RecommendationFactory(
            meeting=eighth,
            number=3,
            text_en="Awaiting the reissue of its report.",
            report=limited,
            paragraph_number=5,
        ),
        "trafficking": RecommendationFactory(
            meeting=fourth, number=1, text_en="Victims should be identified early."
        ),
        "draft": RecommendationFactory(
            meeting=eighth, number=2, status="draft", text_en="Still a draft."
        ),
        "unpublished": RecommendationFactory(
            meeting=unpublished, number=1, text_en="Of a meeting not yet published."
        ),
    }
    rows["evidence"].themes.add(justice)
    rows["children"].themes.add(justice, protection)
    rows["trafficking"].themes.add(justice)
    rows["draft"].themes.add(justice)
    rows["unpublished"].themes.add(protection)
    return {**rows, "justice": justice, "protection": protection, "seventh": seventh}


def listed(page) -> list[tuple[str, list[str]]]:
    """The index as the reader sees it: each heading with its recommendations' first words."""
    return [
        (
            theme.code if theme else "other",
            [recommendation.text_en.split()[0] for recommendation in recommendations],
        )
        for theme, recommendations in page.context["groups"]
    ]


def test_the_index_lists_adopted_recommendations_under_each_of_their_themes(client, index):
    page = client.get("/en/recommendations/")

    html = page.content.decode()
    assert page.status_code == 200
    # Under each theme by meeting date, whichever body held the meeting.
    assert listed(page) == [
        ("criminal-justice", ["Electronic", "Unaccompanied", "Victims"]),
        ("protection", ["Unaccompanied"]),
        ("other", ["Technical"]),
    ]
    assert html.index("Criminal justice responses") < html.index("Protection of rights")
    assert html.index("Protection of rights") < html.index("Other recommendations")
    assert f'href="{index["seventh"].get_absolute_url()}"' in html


def test_drafts_and_recommendations_of_unpublished_meetings_never_appear(client, index):
    for query in ("", "?status=draft", f"?meeting={index['unpublished'].meeting_id}"):
        html = client.get("/en/recommendations/" + query).content.decode()

        assert "Still a draft" not in html, query
        assert "not yet published" not in html, query


def test_a_recommendation_links_to_its_report_paragraph_only_when_the_report_is_public(
    client, index
):
    html = client.get("/en/recommendations/").content.decode()

    assert '<a href="/en/documents/CTOC/COP/WG.7/2020/4/#para-12">' in html
    assert '<a href="/en/documents/CTOC/COP/WG.7/2020/4/#para-13">' in html
    assert "Report CTOC/COP/WG.7/2020/4, paragraph 12" in html
    # The eighth meeting's report is still Limited: its recommendations wait for its reissue.
    assert "L.1" not in html and "Awaiting the reissue" not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("body", [("criminal-justice", ["Victims"])]),
        ("meeting", [("other", ["Technical"])]),
        ("theme", [("protection", ["Unaccompanied"])]),
        ("text=electronic", [("criminal-justice", ["Electronic"])]),
        (
            "lang=zh&text=无人陪伴",
            [("criminal-justice", ["Unaccompanied"]), ("protection", ["Unaccompanied"])],
        ),
        ("status=adopted", None),
    ],
)
def test_each_filter_narrows_the_index(client, index, query, expected):
    everything = listed(client.get("/en/recommendations/"))
    value = {
        "body": f"body={index['trafficking'].meeting.body_id}",
        "meeting": f"meeting={index['general'].meeting_id}",
        "theme": f"theme={index['protection'].pk}",
    }.get(query, query)

    page = client.get(f"/en/recommendations/?{value}")

    assert page.status_code == 200
    assert listed(page) == (everything if expected is None else expected)


def test_a_refused_filter_shows_nothing_and_says_why(client, index):
    page = client.get("/en/recommendations/?status=draft")

    assert listed(page) == []
    assert "status" in page.context["form"].errors
    assert "Correct the filters" in page.content.decode()


def test_an_unpublished_theme_is_never_named_and_its_recommendations_count_as_other(client, index):
    index["protection"].published = False
    index["protection"].save()
    index["general"].themes.add(index["protection"])

    page = client.get("/en/recommendations/")

    assert "Protection of rights" not in page.content.decode()
    assert listed(page)[-1] == ("other", ["Technical"])
    theme = client.get(f"/en/recommendations/?theme={index['protection'].pk}")
    assert listed(theme) == [] and "theme" in theme.context["form"].errors


def test_pages_of_the_index_keep_the_filters(client, index, monkeypatch):
    monkeypatch.setattr("recommendations.views.RECOMMENDATIONS_PER_PAGE", 2)
    theme = index["justice"].pk

    first = client.get(f"/en/recommendations/?theme={theme}")
    second = client.get(f"/en/recommendations/?theme={theme}&page=2")

    assert listed(first) == [("criminal-justice", ["Electronic", "Unaccompanied"])]
    assert f'href="?theme={theme}&amp;page=2"' in first.content.decode()
    assert listed(second) == [("criminal-justice", ["Victims"])]


@pytest.mark.parametrize("interface", ["en", "zh-hans"])
def test_the_index_keeps_the_html_rules(client, index, interface):
    for query in ("", "?lang=zh", "?status=draft"):
        problems = check(client.get(f"/{interface}/recommendations/" + query).content.decode())
        if interface.startswith("zh"):
            problems.pop("Chinese without lang", None)  # the whole page is Chinese then
        assert problems == {}, query


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_index_needs_the_same_queries_whatever_it_holds(client, index):
    filtered = (
        f"/en/recommendations/?theme={index['justice'].pk}&text=e&body={index['seventh'].body_id}"
    )
    few = (queries(client, "/en/recommendations/"), queries(client, filtered))
    for number in range(3, 40):
        recommendation = RecommendationFactory(
            meeting=index["seventh"],
            number=number,
            report=index["evidence"].report,
            paragraph_number=number + 20,
        )
        recommendation.themes.add(index["justice"], index["protection"])
        ThemeFactory(code=f"more-{number}", order=number)

    assert (queries(client, "/en/recommendations/"), queries(client, filtered)) == few
    assert max(few) <= 12


@pytest.fixture
def thematic_index(index):
    """Background papers filed under the themes: one of the seventh meeting, one known only by
    the ordinal and year the thematic summary gives, a Limited one and an unpublished one."""
    justice = index["justice"]
    for order, name in enumerate(["Electronic evidence", "Financial investigations"]):
        KeyTopic.objects.create(theme=justice, order=order, name_en=name, name_zh="")
    paper = DocumentFactory(meeting=index["seventh"], symbol="CTOC/COP/WG.7/2020/2")
    LanguageVersionFactory(document=paper, language="en", title="Smuggling in crises")
    older = DocumentFactory(meeting=None, symbol="CTOC/COP/WG.7/2018/2")
    limited = DocumentFactory(
        meeting=None,
        symbol="CTOC/COP/WG.7/2018/L.9",
        distribution=Document.Distribution.LIMITED,
    )
    unpublished = DocumentFactory(meeting=None, symbol="CTOC/COP/WG.7/2018/3", published=False)
    ThemePaper.objects.create(theme=justice, document=paper, order=1)
    ThemePaper.objects.create(theme=justice, document=older, order=2, meeting_ordinal=5, year=2018)
    for document in (limited, unpublished):
        ThemePaper.objects.create(theme=index["protection"], document=document)
    return index


def test_the_themes_page_shows_each_theme_with_its_key_topics_and_public_papers(
    client, thematic_index
):
    page = client.get("/en/themes/")

    html = page.content.decode()
    assert page.status_code == 200
    assert [theme.code for theme in page.context["themes"]] == ["criminal-justice", "protection"]
    assert html.index("Electronic evidence") < html.index("Financial investigations")
    assert '<a class="symbol" href="/en/documents/CTOC/COP/WG.7/2020/2/">' in html
    assert '<span lang="en">Smuggling in crises</span>' in html
    seventh = thematic_index["seventh"].get_absolute_url()
    assert f'prepared for <a href="{seventh}">meeting 7</a>, 2020' in html
    assert "prepared for meeting 5, 2018" in html
    assert "L.9" not in html and "CTOC/COP/WG.7/2018/3" not in html
    assert f'href="/en/recommendations/?theme={thematic_index["justice"].pk}"' in html


def test_an_unpublished_theme_is_not_on_the_themes_page(client, thematic_index):
    thematic_index["protection"].published = False
    thematic_index["protection"].save()

    page = client.get("/en/themes/")

    assert [theme.code for theme in page.context["themes"]] == ["criminal-justice"]
    assert "Protection of rights" not in page.content.decode()


@pytest.mark.parametrize("interface", ["en", "zh-hans"])
def test_the_themes_page_keeps_the_html_rules(client, thematic_index, interface):
    problems = check(client.get(f"/{interface}/themes/?lang=zh").content.decode())

    if interface.startswith("zh"):
        problems.pop("Chinese without lang", None)
    assert problems == {}


def test_the_themes_page_needs_the_same_queries_whatever_it_holds(client, thematic_index):
    few = queries(client, "/en/themes/")
    for number in range(10):
        theme = ThemeFactory(code=f"more-{number}", order=10 + number)
        KeyTopic.objects.create(theme=theme, name_en=f"Topic {number}")
        paper = DocumentFactory(meeting=None)
        LanguageVersionFactory(document=paper, language="fr", title="Document d'information")
        ThemePaper.objects.create(theme=theme, document=paper, meeting_ordinal=number, year=2010)

    assert queries(client, "/en/themes/") == few <= 12
