"""A NUL byte or bytes that are not UTF-8 anywhere in a request are a 400, never a 500.

PostgreSQL refuses NUL in a string, so before wgportal.security.MalformedInputMiddleware four
page patterns (a document, its source file, a meeting, an entity) and the admin's filters failed
inside the database. The walk below sends every URL pattern of wgportal/urls.py such input, in
each path parameter, in the query string and in form posts, as a reader, an editor and a
superuser.
"""

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.regex_helper import normalize

from tests.factories import UserFactory
from wgportal.demo import load_demo

pytestmark = pytest.mark.django_db

MESSAGE = "holds a null character or bytes that are not UTF-8 text"
# %FF is no UTF-8 byte at all; %ED%A0%80 is a lone surrogate (U+D800) encoded as UTF-8.
MALFORMED = ("%00", "%FF", "%ED%A0%80")
# A value that resolves to a demo row where it can, for the parameters the patterns use.
VALID = {
    "address": "CTOC/COP/WG.7/2026/2",
    "language": "en",
    "body": "CTOC/COP/WG.7",
    "ordinal": "12",
    "code": "AF",
    "fmt": "txt",
    "format": "json",
    "app_label": "documents",
    "url": "documents/",
}
# Query parameters the pages, the API and the admin's lists read.
QUERY_NAMES = ("q", "lang", "page", "status", "symbol__exact", "body", "theme", "next", "o")


def url_patterns(patterns=None, prefix=()):
    """Every pattern as the chain of patterns that leads to it, from the root URLconf."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, (*prefix, pattern))
        elif isinstance(pattern, URLPattern):
            yield (*prefix, pattern)


def url_template(chain) -> tuple[str, list[str]]:
    """'/en/documents/%(address)s/source/%(language)s/' and its parameters, from a chain."""
    parts = [normalize(link.pattern.regex.pattern)[0] for link in chain]
    return "/" + "".join(text for text, _params in parts), [p for _t, ps in parts for p in ps]


def malformed_requests():
    """(path, query string) pairs: a bad value in each path parameter, then in the query."""
    for chain in url_patterns():
        template, parameters = url_template(chain)
        valid = {name: VALID.get(name, "1") for name in parameters}
        for name in parameters:
            for bad in MALFORMED:
                yield template % {**valid, name: f"x{bad}"}, ""
        for bad in MALFORMED:
            yield template % valid, "&".join(f"{name}=a{bad}" for name in QUERY_NAMES)


@pytest.fixture
def clients(editor):
    load_demo()
    superuser = UserFactory(username="root-persona", is_staff=True, is_superuser=True)
    signed_in = {"anonymous": Client(raise_request_exception=False)}
    for name, user in (("editor", editor), ("superuser", superuser)):
        signed_in[name] = Client(raise_request_exception=False)
        signed_in[name].force_login(user)
    return signed_in


def test_no_url_pattern_answers_malformed_input_with_a_server_error(clients):
    requests = list(dict.fromkeys(malformed_requests()))
    failures = []
    answered = 0
    for who, client in clients.items():
        for path, query in requests:
            url = f"{path}?{query}"
            for method, status in (
                ("GET", client.get(url).status_code),
                ("POST", client.post(url, {"text": "a\x00b"}).status_code),
            ):
                answered += 1
                if status >= 500:
                    failures.append(f"{status} {method} {url} as {who}")

    assert len(requests) > 800  # every pattern, including the admin's and the API's
    assert answered == len(requests) * len(clients) * 2
    assert failures == []


@pytest.mark.parametrize(
    "path",
    [
        "/en/documents/%00/",
        "/en/documents/CTOC/COP/WG.7/2026/2/source/%00/",
        "/en/meetings/CTOC/COP/WG.7%00/12/",
        "/en/entities/%00/",
        "/en/documents/%FF/",
        "/en/search/?q=%ED%A0%80",
        "/admin/documents/document/?symbol__exact=%00",
    ],
)
def test_the_pages_that_failed_inside_postgresql_now_say_what_is_wrong(clients, path):
    response = clients["editor"].get(path)

    assert response.status_code == 400
    assert MESSAGE in response.content.decode()


def test_the_api_says_so_in_json(client):
    response = client.get("/api/v1/documents/?symbol=%00")

    assert response.status_code == 400
    assert MESSAGE in response.json()["detail"]


def test_a_form_posted_with_a_nul_or_bytes_that_are_not_utf8_is_refused(client):
    nul = client.post("/admin/login/", {"username": "editor\x00", "password": "x"})
    not_utf8 = client.post(
        "/admin/login/",
        b"username=editor%FF&password=x",
        content_type="application/x-www-form-urlencoded",
    )

    assert (nul.status_code, not_utf8.status_code) == (400, 400)
    assert MESSAGE in nul.content.decode()


def test_a_session_cookie_with_a_nul_is_refused_not_looked_up_in_the_database(client):
    client.cookies["sessionid"] = "abcdefgh\x00"

    response = client.get("/en/meetings/")

    assert response.status_code == 400
    assert MESSAGE in response.content.decode()


def test_text_in_any_script_still_passes(clients):
    chinese = clients["anonymous"].get("/en/search/", {"q": "偷运移民"})
    arabic = clients["anonymous"].post(
        "/admin/login/",
        "username=%D9%85%D8%AD%D8%B1%D8%B1&password=x",
        content_type="application/x-www-form-urlencoded",
    )
    meeting = clients["anonymous"].get("/en/meetings/CTOC/COP/WG.7/12/")

    assert chinese.status_code == 200
    assert arabic.status_code == 200
    assert "محرر" in arabic.content.decode()  # the form shows the name back
    assert meeting.status_code == 200
