"""The Atom feed of new documents and the sitemap show only what the public may see."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import Meeting
from tests.factories import (
    BodyFactory,
    DocumentFactory,
    DraftReportFactory,
    LanguageVersionFactory,
    MeetingFactory,
    ParagraphFactory,
)
from wgportal.site.languages import address_in

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
# Later than any public document below: a hidden one that leaked would head the feed.
LATEST = datetime.date(2021, 1, 1)
DRAFT = "000_1cd5f2748af19e84.txt"
PAPER = "002_34c4a39df3e2a875.txt"


def imported(day: int) -> datetime.datetime:
    return datetime.datetime(2020, 8, day, 9, 30, tzinfo=datetime.UTC)


@pytest.fixture
def seventh() -> Meeting:
    return MeetingFactory(body=BodyFactory(), ordinal=7)


@pytest.fixture
def public(seventh) -> list[Document]:
    """Four public documents, newest first as the feed lists them."""
    paper = DocumentFactory(
        meeting=seventh, symbol="CTOC/COP/WG.7/2020/2", issue_date=datetime.date(2020, 6, 30)
    )
    LanguageVersionFactory(document=paper, language="zh", title="秘书处编写的背景文件")
    LanguageVersionFactory(
        document=paper,
        language="en",
        title="Background paper prepared by the Secretariat",
        imported_at=imported(3),
    )
    agenda = DocumentFactory(
        meeting=seventh, symbol="CTOC/COP/WG.7/2020/1", issue_date=datetime.date(2020, 7, 15)
    )
    LanguageVersionFactory(document=agenda, language="zh", title="临时议程和说明")
    # No issue date on the masthead: the document dates from its first import, 1 August.
    undated = DocumentFactory(meeting=seventh, symbol="CTOC/COP/WG.7/2020/3", issue_date=None)
    LanguageVersionFactory(document=undated, language="fr", title="Note", imported_at=imported(5))
    LanguageVersionFactory(document=undated, language="es", title="Nota", imported_at=imported(1))
    resolution = DocumentFactory(
        meeting=None, symbol="A/RES/73/195", issue_date=datetime.date(2019, 1, 11)
    )
    LanguageVersionFactory(document=resolution, language="en", title="Resolution 73/195")
    documents = [undated, agenda, paper, resolution]
    for document in documents:
        with_text(document)
    return documents


def with_text(document: Document) -> Document:
    """A paragraph in the document's first version: the feed lists documents that have a text."""
    ParagraphFactory(version=document.versions.order_by("language").first())
    return document


@pytest.fixture
def hidden(seventh) -> list[Document]:
    """One document of each kind the public never sees (as in tests/test_visibility.py)."""
    unpublished_meeting = MeetingFactory(body=seventh.body, ordinal=8, published=False)
    hidden_body = BodyFactory(symbol_prefix="CTOC/COP/WG.4", published=False)
    of_hidden_body = MeetingFactory(body=hidden_body, ordinal=1)
    documents = [
        DocumentFactory(meeting=seventh, symbol="CTOC/COP/WG.7/2020/L.1", distribution="limited"),
        DocumentFactory(
            meeting=seventh, symbol="CTOC/COP/WG.7/2020/R.1", distribution="restricted"
        ),
        DocumentFactory(meeting=seventh, symbol="CTOC/COP/WG.7/2020/CRP.1", published=False),
        DocumentFactory(
            meeting=seventh, symbol="CTOC/COP/WG.7/2020/L.2", type=Document.Type.DRAFT_REPORT
        ),
        DraftReportFactory(meeting=seventh, document__symbol="CTOC/COP/WG.7/2020/L.3").document,
        DocumentFactory(meeting=unpublished_meeting, symbol="CTOC/COP/WG.7/2021/2", withdrawn=True),
        DocumentFactory(meeting=of_hidden_body, symbol="CTOC/COP/WG.4/2021/2"),
    ]
    for document in documents:
        Document.objects.filter(pk=document.pk).update(issue_date=LATEST)
        LanguageVersionFactory(document=document, language="en", title="Not for the public")
    return documents


def feed_entries(client) -> list[ET.Element]:
    response = client.get("/en/feeds/documents/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root.findall(f"{ATOM}entry")


def entry_path(entry: ET.Element) -> str:
    return urlsplit(entry.find(f"{ATOM}link").get("href")).path


def in_every_language(*addresses: str) -> set[str]:
    """The addresses of these pages (English ones) in each interface language."""
    return {address_in(address, code) for address in addresses for code, _ in settings.LANGUAGES}


def sitemap_paths(client) -> set[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{SITEMAP}urlset"
    return {urlsplit(loc.text).path for loc in root.iter(f"{SITEMAP}loc")}


def test_the_feed_is_atom_with_what_each_entry_needs(client, public):
    response = client.get("/en/feeds/documents/")
    root = ET.fromstring(response.content)

    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text == "New documents · Working group portal"
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Working group portal"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/en/feeds/documents/"
    )
    for entry in root.findall(f"{ATOM}entry"):
        for element in ("title", "id", "updated", "published"):
            assert entry.find(f"{ATOM}{element}").text, (element, entry_path(entry))
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/en/documents/")


def test_the_feed_in_a_language_links_its_entries_to_their_pages_in_that_language(client, public):
    root = ET.fromstring(client.get("/fr/feeds/documents/").content)
    links = [entry.find(f"{ATOM}link").get("href") for entry in root.findall(f"{ATOM}entry")]

    assert root.find(f"{ATOM}link[@rel='alternate']").get("href") == "http://testserver/fr/"
    assert links and all(link.startswith("http://testserver/fr/documents/") for link in links)


def test_the_feed_lists_public_documents_newest_first(client, public):
    entries = feed_entries(client)

    assert [entry_path(e) for e in entries] == [d.get_absolute_url() for d in public]
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles[2] == "CTOC/COP/WG.7/2020/2: Background paper prepared by the Secretariat"
    # No English version: the title of the first language that has one, Chinese here.
    assert titles[1] == "CTOC/COP/WG.7/2020/1: 临时议程和说明"
    assert titles[0] == "CTOC/COP/WG.7/2020/3: Note"


def test_an_entry_is_dated_by_its_issue_date_else_its_first_import(client, public):
    entries = {entry_path(e): e for e in feed_entries(client)}

    paper = entries["/en/documents/CTOC/COP/WG.7/2020/2/"]
    assert paper.find(f"{ATOM}published").text == "2020-06-30T00:00:00+00:00"
    # Its English text came in after the issue date: the entry says it was updated then.
    assert paper.find(f"{ATOM}updated").text == "2020-08-03T09:30:00+00:00"
    undated = entries["/en/documents/CTOC/COP/WG.7/2020/3/"]
    assert undated.find(f"{ATOM}published").text == "2020-08-01T09:30:00+00:00"
    assert undated.find(f"{ATOM}updated").text == "2020-08-05T09:30:00+00:00"
    assert undated.find(f"{ATOM}summary").text == "Background paper, in French, Spanish"


def test_the_feed_never_lists_a_limited_restricted_unpublished_or_draft_document(
    client, public, hidden
):
    paths = [entry_path(e) for e in feed_entries(client)]

    assert paths == [d.get_absolute_url() for d in public]
    for document in hidden:
        assert document.get_absolute_url() not in paths
        assert client.get(document.get_absolute_url()).status_code == 404


def test_the_feed_escapes_titles_and_lists_a_document_without_a_symbol_at_its_own_address(
    client, seventh
):
    unnumbered = DocumentFactory(meeting=seventh, symbol=None, issue_date=datetime.date(2020, 9, 1))
    LanguageVersionFactory(document=unnumbered, language="en", title="Resolution 54/254")
    document = DocumentFactory(
        meeting=seventh, symbol="CTOC/COP/WG.7/2020/4", issue_date=datetime.date(2020, 9, 2)
    )
    LanguageVersionFactory(document=document, language="en", title="<b>Smuggling</b> & crises")
    with_text(unnumbered)
    with_text(document)

    response = client.get("/en/feeds/documents/")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")

    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "CTOC/COP/WG.7/2020/4: <b>Smuggling</b> & crises",
        "Resolution 54/254",
    ]
    assert entries[1].find(f"{ATOM}link").get("href").endswith(f"/en/documents/~{unnumbered.pk}/")
    assert b"<b>Smuggling" not in response.content


def imported_seed(seeds, name: str) -> Document:
    job = run_import_job(
        job=create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job.document


def test_the_feed_lists_no_document_known_only_by_citation(client, seeds, seventh):
    # Seed 000, the seventh meeting's draft, cites the documents before the meeting by symbol:
    # the portal knows them, General and public, but holds the text of seed 002 alone.
    imported_seed(seeds, DRAFT)
    paper = imported_seed(seeds, PAPER)
    cited = Document.objects.public().exclude(pk=paper.pk)
    assert cited.count() >= 3
    assert not cited.with_text().exists()
    # A version without paragraphs (a title entered by hand) is no text either.
    titled = DocumentFactory(meeting=None, symbol="A/RES/55/25", issue_date=LATEST)
    LanguageVersionFactory(document=titled, language="en", title="Convention")

    paths = [entry_path(e) for e in feed_entries(client)]

    assert paths == ["/en/documents/CTOC/COP/WG.7/2020/2/"]


def test_pages_point_feed_readers_to_the_feed(client):
    html = client.get("/en/").content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml" title="New documents" '
        'href="/en/feeds/documents/">'
    ) in html


def test_the_sitemap_lists_public_documents_meetings_and_the_main_pages(client, public, seventh):
    paths = sitemap_paths(client)

    assert paths == in_every_language(
        "/en/",
        "/en/meetings/",
        "/en/recommendations/",
        "/en/themes/",
        "/en/search/",
        seventh.get_absolute_url(),
        *(document.get_absolute_url() for document in public),
    )


def test_each_address_in_the_sitemap_names_the_others_as_its_alternates(client, seventh):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    meeting = "/meetings/CTOC/COP/WG.7/7/"
    entries = {
        urlsplit(url.findtext(f"{SITEMAP}loc")).path: [
            (link.get("rel"), link.get("hreflang"), urlsplit(link.get("href")).path)
            for link in url.iter(f"{XHTML}link")
        ]
        for url in root.iter(f"{SITEMAP}url")
    }
    alternates = [("alternate", code, f"/{code}{meeting}") for code, _name in settings.LANGUAGES]

    assert {path for path in entries if path.endswith(meeting)} == in_every_language(
        "/en" + meeting
    )
    assert entries["/fr" + meeting] == entries["/zh-hans" + meeting]
    # The address without a prefix sends each reader to the language they chose last.
    assert entries["/ar" + meeting] == [*alternates, ("alternate", "x-default", meeting)]


def test_the_sitemap_never_lists_hidden_documents_nor_hidden_meetings(
    client, public, hidden, seventh
):
    paths = sitemap_paths(client)

    for document in hidden:
        assert document.get_absolute_url() not in paths
    meetings = {path for path in paths if "/meetings/" in path and not path.endswith("/meetings/")}
    assert meetings == in_every_language(seventh.get_absolute_url())
    assert Meeting.objects.exclude(pk=seventh.pk).count() == 2  # the two hidden meetings exist


def test_the_sitemap_lists_a_public_document_without_a_symbol_at_its_own_address(client, seventh):
    reproduced = DocumentFactory(meeting=seventh, symbol=None)
    unpublished = DocumentFactory(meeting=seventh, symbol=None, published=False)

    paths = sitemap_paths(client)

    assert f"/en/documents/~{reproduced.pk}/" in paths
    assert f"/en/documents/~{unpublished.pk}/" not in paths


def test_a_document_in_the_sitemap_was_last_modified_at_its_latest_import(client, public):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    lastmod = {
        urlsplit(url.find(f"{SITEMAP}loc").text).path: url.findtext(f"{SITEMAP}lastmod")
        for url in root.iter(f"{SITEMAP}url")
    }

    assert lastmod["/en/documents/CTOC/COP/WG.7/2020/3/"] == "2020-08-05"
    assert lastmod["/en/documents/CTOC/COP/WG.7/2020/2/"] == "2020-08-03"
    assert lastmod["/en/documents/CTOC/COP/WG.7/2020/1/"] is None  # never imported: entered by hand


def add_documents(meeting: Meeting, count: int, start: int) -> None:
    for number in range(start, start + count):
        document = DocumentFactory(
            meeting=meeting,
            symbol=f"CTOC/COP/WG.7/2020/{number}",
            issue_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
        LanguageVersionFactory(document=document, language="zh", imported_at=imported(1))
        LanguageVersionFactory(document=document, language="en", title="Report")
        with_text(document)
    MeetingFactory(body=meeting.body, ordinal=100 + start)


@pytest.mark.parametrize("path", ["/en/feeds/documents/", "/sitemap.xml"])
def test_the_feed_and_sitemap_need_the_same_queries_whatever_they_hold(client, seventh, path):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    add_documents(seventh, 2, start=10)
    few = queries()
    add_documents(seventh, 60, start=100)

    assert queries() == few <= 5
    if path.startswith("/en/feeds/"):
        assert len(feed_entries(client)) == 50
