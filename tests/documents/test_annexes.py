"""An annex that numbers its paragraphs from 1 again is a part of its own: stored, shown, linked.

Paragraph 1 of the annex is not paragraph 1 of the body: it is stored beside it (part 1), has an
anchor of its own on the page ("annex1-para-1"), and search results link to it there.
"""

import re

import pytest

from documents.models import ImportJob, Paragraph
from documents.services import create_import_job, run_import_job
from tests.factories import LanguageVersionFactory, ParagraphFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"
PAPER = """CTOC/COP/WG.7/2031/5

Distr.: General
1 March 2031

Original: English

Working Group on the Smuggling of Migrants
Vienna, 3 and 4 June 2031

Background paper prepared by the Secretariat

I. Introduction

1. The Working Group met in Vienna.

2. States parties shared practices on joint investigation teams.

3. The Secretariat reported on its work.

Annex

List of practices

1. Joint investigation teams across borders.

2. Financial investigations that follow the proceeds of smuggling.
"""


@pytest.fixture
def paper():
    job = run_import_job(job=create_import_job(name="paper.txt", data=PAPER.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job.document


def numbered(version) -> list[tuple[int, int]]:
    rows = version.paragraphs.filter(kind=Paragraph.Kind.NUMBERED).order_by("order")
    return list(rows.values_list("part", "number"))


def test_a_text_whose_annex_numbers_its_paragraphs_anew_imports_both_sets(paper):
    version = paper.versions.get(language="en")

    assert numbered(version) == [(0, 1), (0, 2), (0, 3), (1, 1), (1, 2)]
    assert version.paragraphs.get(part=1, number=2).text.startswith("Financial investigations")


def test_the_page_shows_the_body_and_the_annex_each_under_their_own_anchors(client, paper):
    html = client.get(paper.get_absolute_url()).content.decode()

    anchors = re.findall(r'<p class="paragraph numbered" id="([^"]+)"', html)
    assert anchors == ["para-1", "para-2", "para-3", "annex1-para-1", "annex1-para-2"]
    assert '<a class="permalink" href="#annex1-para-2">2.</a>' in html
    assert "Financial investigations that follow the proceeds of smuggling." in html


def test_side_by_side_the_annex_is_aligned_with_the_annex(client, paper):
    french = LanguageVersionFactory(document=paper, language="fr")
    for order, (part, number) in enumerate([(0, 1), (0, 2), (0, 3), (1, 1), (1, 2)]):
        ParagraphFactory(
            version=french, part=part, number=number, order=order, text=f"Partie {part} § {number}"
        )

    page = client.get(paper.get_absolute_url(), {"lang": "en", "compare": "fr"})

    rows = [
        (left[-1]["id"], right[-1]["id"]) for left, right in page.context["rows"] if left and right
    ]
    assert ("annex1-para-1", "fr-annex1-para-1") in rows
    assert ("para-1", "fr-para-1") in rows
    assert len(rows) == 5


def test_the_api_gives_each_paragraph_its_part_and_anchor(client, paper):
    response = client.get(f"{API}/documents/{paper.symbol}/versions/en/paragraphs/")

    rows = [
        (row["part"], row["number"], row["anchor"])
        for row in response.json()["results"]
        if row["kind"] == "numbered"
    ]
    assert rows == [
        (0, 1, "para-1"),
        (0, 2, "para-2"),
        (0, 3, "para-3"),
        (1, 1, "annex1-para-1"),
        (1, 2, "annex1-para-2"),
    ]


def test_a_search_hit_in_the_annex_links_to_the_annex_paragraph(client, paper):
    html = client.get("/en/search/", {"q": "proceeds"}).content.decode()
    hits = client.get(f"{API}/search/", {"q": "proceeds"}).json()

    assert f'href="{paper.get_absolute_url()}#annex1-para-2"' in html
    assert "Annex 1, paragraph 2" in html
    (paragraph,) = hits["documents"][0]["paragraphs"]
    assert (paragraph["part"], paragraph["number"], paragraph["anchor"]) == (
        1,
        2,
        "annex1-para-2",
    )
