"""Public pages kept whole for readers who are not signed in, and started afresh on any change."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from tests.factories import UserFactory
from wgportal.content import KEY, content_version
from wgportal.site.languages import address_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.CONTENT_CACHE_SECONDS = 300
    cache.delete(KEY)  # a fresh version: nothing an earlier test left in Redis is reachable


def fetched(client, url: str, **headers) -> tuple[int, int, str]:
    """The status, the number of queries and the page."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response.status_code, len(queries), response.content.decode()


def test_a_reader_gets_the_page_from_the_cache_the_second_time(client, public_paper):
    meeting_url = public_paper.meeting.get_absolute_url()
    status, first, html = fetched(client, meeting_url)
    assert status == 200 and first > 0

    again, queries, cached = fetched(client, meeting_url)
    assert (again, queries, cached) == (200, 0, html)
    # Without a CSRF token or a cookie, the page is the same for every reader.
    assert "csrfmiddlewaretoken" not in html
    assert not client.get(meeting_url).cookies


def test_each_interface_and_content_language_is_a_page_of_its_own(client, public_paper):
    url = public_paper.get_absolute_url()
    _, _, english = fetched(client, url)
    _, _, chinese_content = fetched(client, url + "?lang=zh")
    chinese_url = address_in(url, "zh-hans")
    _, _, chinese_interface = fetched(client, chinese_url)
    _, queries, again = fetched(client, chinese_url)

    assert '<html lang="en"' in english and '<html lang="en"' in chinese_content
    assert english != chinese_content
    assert '<html lang="zh-hans"' in chinese_interface
    assert (queries, again) == (0, chinese_interface)


def test_a_cached_french_page_is_never_served_at_an_english_address(client, public_paper):
    english_url = public_paper.meeting.get_absolute_url()
    french_url = address_in(english_url, "fr")
    french = client.get(french_url)
    # The reader's cookie names French: the address, not the cookie, says which page it is.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    _, queries, english = fetched(client, english_url)
    _, cached_queries, french_again = fetched(client, french_url)

    assert '<html lang="fr"' in french.content.decode() and french["Content-Language"] == "fr"
    assert queries > 0 and '<html lang="en"' in english
    assert (cached_queries, french_again) == (0, french.content.decode())
    cached = client.get(french_url)
    assert cached["Content-Language"] == "fr" and "Accept-Language" not in cached.get("Vary", "")


def test_an_address_without_a_language_is_redirected_and_no_page_is_kept_for_it(
    client, public_paper
):
    english_url = public_paper.meeting.get_absolute_url()
    old_bookmark = english_url.removeprefix("/en")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"

    first, again = client.get(old_bookmark), client.get(old_bookmark)
    assert (first.status_code, first["Location"]) == (302, "/ru" + old_bookmark)
    assert (again.status_code, again["Location"]) == (302, "/ru" + old_bookmark)
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert client.get(old_bookmark)["Location"] == english_url


def test_a_document_made_limited_is_gone_from_the_next_page(
    client, public_paper, django_capture_on_commit_callbacks
):
    meeting_url = public_paper.meeting.get_absolute_url()
    document_url = public_paper.get_absolute_url()
    assert fetched(client, document_url)[0] == 200
    assert public_paper.symbol in fetched(client, meeting_url)[2]

    with django_capture_on_commit_callbacks(execute=True):
        public_paper.distribution = Document.Distribution.LIMITED
        public_paper.save()

    assert fetched(client, document_url)[0] == 404
    status, queries, html = fetched(client, meeting_url)
    assert status == 200 and queries > 0 and public_paper.symbol not in html


def test_an_import_starts_every_page_afresh(client, seeds, django_capture_on_commit_callbacks):
    version = content_version()
    path = seeds / "004_28d5586563dc01f3.txt"
    with django_capture_on_commit_callbacks(execute=True):
        job = run_import_job(
            job=create_import_job(name=path.name, data=path.read_bytes(), queue=False)
        )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert content_version() != version


def test_signed_in_users_always_get_a_fresh_page_and_leave_none(client, public_paper):
    url = public_paper.meeting.get_absolute_url()
    client.force_login(UserFactory(username="delegate"))
    assert fetched(client, url)[1] > 0
    assert fetched(client, url)[1] > 0
    client.logout()
    client.cookies.clear()
    # Nothing was stored for the signed-in user: the first anonymous request renders.
    assert fetched(client, url)[1] > 0


def test_the_search_filters_choices_are_read_once_per_content_version(
    client, public_paper, django_capture_on_commit_callbacks
):
    fetched(client, "/en/search/?q=smuggling")
    _, fewer, html = fetched(client, "/en/search/?q=migrants")
    assert "CTOC/COP/WG.7, meeting 7 (2020)" in html
    with django_capture_on_commit_callbacks(execute=True):
        public_paper.meeting.save()
    _, after_change, _ = fetched(client, "/en/search/?q=traffickers")
    # Bodies, meetings, years and themes: four queries, back only once the content changed.
    assert after_change == fewer + 4
