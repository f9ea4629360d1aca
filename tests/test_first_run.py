"""A new user's first run, end to end on PostgreSQL: nothing an anonymous reader can reach fails.

As `make run` and the README have it: `load_demo`, then `import_texts` of the four seeds and of
some corpus files (the first of each of the six languages). Then, signed out, the reader follows
every link from the home page, the meeting list and the sitemap (pages, feeds, calendar files,
source downloads), pages through every list of the API root and opens each document's detail and
paragraphs. No answer is a server error, no link on a public page leads to a missing page, and
the background paper of the 7th meeting (seed 002) is readable on its page and in the API.
"""

import xml.etree.ElementTree as ET
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import Resolver404, resolve
from django.utils import translation

from documents.models import Document
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db

CORPUS = SHARED / "corpus"
PAPER = "CTOC/COP/WG.7/2020/2"
# The secretariat's pages (sign-in redirects), the language switch (a redirect back to the page
# it was asked from) and static files (served by the web server, not by Django) are not crawled.
# The crawl walks the English addresses: the other languages' are the same views, each page
# rendered in all six by tests/test_six_languages.py (and the sitemap's are resolved below).
OTHER_LANGUAGES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES if code != "en")
NOT_CRAWLED = (
    "/admin/", "/en/reports/", "/en/account/", "/en/language/", "/static/", "/api/",
    *OTHER_LANGUAGES,
)  # fmt: skip
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Pages past this many mean the crawl is following a loop of query strings, not the portal.
MOST_PAGES = 3000


class Links(HTMLParser):
    """The addresses a page links to: <a href> and <link href> (feeds)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag in ("a", "link") and attributes.get("href"):
            self.found.append(attributes["href"])


def links_of(url: str, html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    local = []
    for href in parser.found:
        address, _fragment = urldefrag(urljoin(f"http://testserver{url}", href))
        parts = urlsplit(address)
        if parts.netloc != "testserver" or parts.path.startswith(NOT_CRAWLED):
            continue
        local.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return local


def first_of_each_language() -> list:
    files = sorted(CORPUS.glob("*.txt"))
    chosen = {}
    for path in files:
        chosen.setdefault(path.name.split("_", 1)[0], path)
    return list(chosen.values())


@pytest.fixture
def first_run(seeds):
    if not CORPUS.is_dir():
        pytest.skip(f"the corpus is not at {CORPUS} (../shared is absent)")
    call_command("load_demo", "--with-accounts", verbosity=0)
    corpus = first_of_each_language()
    assert {path.name[:2] for path in corpus} == {"ar", "zh", "en", "fr", "ru", "es"}
    call_command("import_texts", str(seeds), *map(str, corpus), "--here", verbosity=0)


def crawl(client, starts: list[str]) -> tuple[dict[str, int], list[str]]:
    """Every page reachable from `starts`: {address: status}, and the links that led nowhere."""
    statuses: dict[str, int] = {}
    broken: list[str] = []
    queue = deque((start, "(start)") for start in starts)
    while queue:
        url, linked_from = queue.popleft()
        if url in statuses:
            continue
        assert len(statuses) < MOST_PAGES, f"more than {MOST_PAGES} pages: {url}"
        response = client.get(url, follow=True)
        statuses[url] = response.status_code
        if response.status_code >= 400:
            broken.append(f"{url} ({response.status_code}), linked from {linked_from}")
            continue
        if response["Content-Type"].startswith("text/html"):
            queue.extend((link, url) for link in links_of(url, response.content.decode()))
    return statuses, broken


def routed(path: str) -> bool:
    """Whether `path` names a page; an address resolves in its own language only."""
    try:
        with translation.override(translation.get_language_from_path(path)):
            resolve(path)
    except Resolver404:
        return False
    return True


def sitemap_pages(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [urlsplit(loc.text).path for loc in root.iter(f"{SITEMAP}loc")]


def read_every_api_list(client) -> dict[str, int]:
    """Each list of the API root, page by page, and each document's detail and paragraphs."""
    root = client.get("/api/v1/")
    assert root.status_code == 200
    statuses = {"/api/v1/": 200}
    for name, address in root.json().items():
        url = address
        while url:
            response = client.get(url)
            statuses[url] = response.status_code
            if response.status_code != 200:
                break
            body = response.json()
            if name == "documents":
                for row in body["results"]:
                    detail = client.get(row["url"])
                    statuses[row["url"]] = detail.status_code
                    for version in detail.json().get("versions", []):
                        statuses[version["paragraphs"]] = client.get(
                            version["paragraphs"]
                        ).status_code
            url = body.get("next")
    return statuses


def test_a_new_users_first_run_leaves_no_public_page_feed_or_api_list_failing(client, first_run):
    in_sitemap = sitemap_pages(client)
    english = [path for path in in_sitemap if not path.startswith(OTHER_LANGUAGES)]
    pages = ["/", "/en/meetings/", "/en/feeds/documents/", *english]

    statuses, broken = crawl(client, pages)
    api = read_every_api_list(client)

    assert [url for url, status in statuses.items() if status >= 500] == []
    assert broken == []
    assert {url: status for url, status in api.items() if status != 200} == {
        url: status for url, status in api.items() if "/import-jobs/" in url
    }
    assert all(status in (401, 403) for url, status in api.items() if "/import-jobs/" in url)
    # The crawl reached the documents of every language imported, and the seeds' meeting.
    documents = Document.objects.public().exclude(versions=None)
    assert {d.get_absolute_url() for d in documents} <= set(statuses)
    assert "/en/meetings/CTOC/COP/WG.7/7/" in statuses
    # Each page is in the sitemap once per language, every address one the portal serves.
    assert len(in_sitemap) == len(english) * len(settings.LANGUAGES)
    assert [path for path in in_sitemap if not routed(path)] == []


def test_after_the_first_run_the_seventh_meetings_background_paper_is_readable(client, first_run):
    page = client.get(f"/en/documents/{PAPER}/")
    detail = client.get(f"/api/v1/documents/{PAPER}/")
    paragraphs = client.get(f"/api/v1/documents/{PAPER}/versions/zh/paragraphs/")

    assert page.status_code == 200
    assert "本背景文件由秘书处编写" in page.content.decode()
    assert detail.status_code == 200 and detail.json()["languages"] == ["zh"]
    assert paragraphs.status_code == 200
    assert paragraphs.json()["results"][0]["text"].startswith("本背景文件由秘书处编写")
    numbered = [row["number"] for row in paragraphs.json()["results"] if row["number"]]
    assert numbered[:3] == [1, 2, 3]
    # The thematic summary (seed 001) has no symbol: listed by the API, with a page of its own.
    summary = Document.objects.get(type=Document.Type.THEMATIC_SUMMARY)
    assert summary.symbol is None
    listed = client.get("/api/v1/documents/", {"type": "thematic_summary"}).json()["results"]
    assert [row["page"] for row in listed] == [f"/en/documents/~{summary.pk}/"]
    assert client.get(f"/en/documents/~{summary.pk}/").status_code == 200
