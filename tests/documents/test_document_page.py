"""The public document page: masthead, text with anchors and notes, languages, downloads."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.models import LanguageVersion, Reference
from tests.factories import DocumentFactory, LanguageVersionFactory, ParagraphFactory

pytestmark = pytest.mark.django_db

SYMBOL = "CTOC/COP/WG.7/2020/2"


def ids(html: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', html)


def test_the_page_shows_every_numbered_paragraph_once_with_its_permalink(client, public_paper):
    page = client.get("/en/documents/CTOC/COP/WG.7/2020/2/")

    html = page.content.decode()
    assert page.status_code == 200
    assert public_paper.get_absolute_url() == "/en/documents/CTOC/COP/WG.7/2020/2/"
    paragraphs = [i for i in ids(html) if i.startswith("para-")]
    assert paragraphs == [f"para-{n}" for n in range(1, 79)]
    assert '<a class="permalink" href="#para-12">12.</a>' in html
    assert len(ids(html)) == len(set(ids(html)))  # no id twice
    assert [i for i in ids(html) if i.startswith("section-")][:2] == ["section-1", "section-2"]


def test_footnotes_link_both_ways(client, public_paper):
    html = client.get(public_paper.get_absolute_url()).content.decode()

    for marker in range(1, 37):
        assert f'<a href="#fn-{marker}" id="fnref-{marker}">{marker}</a>' in html
        assert f'id="fn-{marker}"' in html
        assert f'href="#fnref-{marker}"' in html


def test_cited_symbols_link_here_when_public_else_to_undocs(client, public_paper):
    before = client.get(public_paper.get_absolute_url()).content.decode()
    cited = DocumentFactory(symbol="CTOC/COP/WG.7/2019/4", meeting=public_paper.meeting)

    after = client.get(public_paper.get_absolute_url()).content.decode()

    assert '<a href="https://undocs.org/CTOC/COP/WG.7/2019/4">CTOC/COP/WG.7/2019/4</a>' in before
    assert f'<a href="{cited.get_absolute_url()}">CTOC/COP/WG.7/2019/4</a>' in after


def test_a_missing_language_falls_back_to_the_original_and_says_so(client, public_paper):
    page = client.get(public_paper.get_absolute_url() + "?lang=fr")

    assert page.context["language"] == "zh"
    assert "not available in the language you read in" in page.content.decode()


def test_two_versions_side_by_side_are_aligned_by_paragraph_number(client):
    document = DocumentFactory(symbol="CTOC/COP/WG.7/2021/2", meeting__body__published=True)
    chinese = LanguageVersionFactory(document=document, language="zh")
    english = LanguageVersionFactory(document=document, language="en", title="Background paper")
    for number in (1, 2, 3):
        ParagraphFactory(version=chinese, number=number, text=f"第{number}段")
    for number in (1, 3):
        ParagraphFactory(version=english, number=number, text=f"Paragraph {number}")

    page = client.get(document.get_absolute_url() + "?lang=zh&compare=en")

    rows = [
        ([i["paragraph"].text for i in left], [i["paragraph"].text for i in right])
        for left, right in page.context["rows"]
    ]
    assert rows == [
        (["第1段"], ["Paragraph 1"]), (["第2段"], []), (["第3段"], ["Paragraph 3"]),
    ]  # fmt: skip
    html = page.content.decode()
    assert 'id="para-1"' in html and 'id="en-para-1"' in html
    assert len(ids(html)) == len(set(ids(html)))


def test_limited_and_unpublished_documents_are_not_found_nor_their_files(client):
    limited = DocumentFactory(symbol="CTOC/COP/WG.7/2020/L.1", distribution="limited")
    unpublished = DocumentFactory(symbol="CTOC/COP/WG.7/2020/7", published=False)
    for document in (limited, unpublished):
        LanguageVersionFactory(document=document, language="zh", source_file="sources/x.txt")

        assert client.get(document.get_absolute_url()).status_code == 404
        assert client.get(f"{document.get_absolute_url()}source/zh/").status_code == 404


def test_the_source_file_of_a_public_version_downloads(client, public_paper):
    response = client.get(f"{public_paper.get_absolute_url()}source/zh/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(
        LanguageVersion.objects.get(document=public_paper).source_file.open("rb").read()[:100]
    )


def test_the_page_needs_the_same_queries_for_a_short_or_long_text(client, public_paper):
    short = DocumentFactory(symbol="CTOC/COP/WG.7/2020/5", meeting=public_paper.meeting)
    version = LanguageVersionFactory(document=short, language="zh")
    paragraph = ParagraphFactory(version=version, number=1, text="见 CTOC/COP/WG.7/2020/2。")
    Reference.objects.create(
        version=version, paragraph=paragraph, kind="symbol", target="CTOC/COP/WG.7/2020/2"
    )

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    assert queries(short.get_absolute_url()) == queries(public_paper.get_absolute_url()) <= 12


def test_text_is_escaped_and_only_web_addresses_become_links(client):
    document = DocumentFactory(symbol="CTOC/COP/WG.7/2021/3", meeting__body__published=True)
    version = LanguageVersionFactory(document=document, language="en")
    text = "<script>alert(1)</script> see https://www.unodc.org/ and javascript:alert(2)"
    paragraph = ParagraphFactory(version=version, number=1, text=text)
    for target in ("https://www.unodc.org/", "javascript:alert(2)"):
        Reference.objects.create(version=version, paragraph=paragraph, kind="url", target=target)

    html = client.get(document.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<a href="https://www.unodc.org/">https://www.unodc.org/</a>' in html
    assert 'href="javascript:' not in html
