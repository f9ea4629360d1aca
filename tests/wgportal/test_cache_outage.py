"""With the cache's Redis down, readers still get every page, uncached, and /readyz says why.

The cache is a redis-server of the test's own (tests/conftest.py), killed by its process id.
"""

import logging
import time

import pytest
import redis
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.models import Document

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_server(spare_redis, settings):
    """The page cache and the content cache on, in the spare Redis, as in production."""
    settings.CACHES = {
        "default": {
            "BACKEND": "wgportal.cache.ForgivingRedisCache",
            "LOCATION": spare_redis.url(),
            "KEY_PREFIX": "outage",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    settings.CONTENT_CACHE_SECONDS = 300
    return spare_redis


def pages(document) -> list[str]:
    return [
        "/en/",
        "/en/meetings/",
        document.meeting.get_absolute_url(),
        document.get_absolute_url(),
        "/en/search/?q=%E5%81%B7%E8%BF%90%E7%A7%BB%E6%B0%91",  # 偷运移民
        "/api/v1/documents/",
        f"/api/v1/meetings/{document.meeting.pk}/",
    ]


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_readers_get_every_page_uncached_while_the_cache_is_down(
    client, public_paper, cache_server, caplog
):
    meeting = public_paper.meeting.get_absolute_url()
    assert queries_for(client, meeting) > 0
    assert queries_for(client, meeting) == 0  # from the cache while Redis is up
    assert any(b"page." in key for key in redis.Redis(port=cache_server.port).keys("outage:*"))

    cache_server.stop()
    answers = {}
    slowest = 0.0
    with caplog.at_level(logging.WARNING, logger="wgportal.cache"):
        for url in pages(public_paper):
            started = time.monotonic()
            response = client.get(url)
            slowest = max(slowest, time.monotonic() - started)
            answers[url] = response.status_code
        rendered_again = queries_for(client, meeting)

    assert answers == dict.fromkeys(pages(public_paper), 200)
    assert rendered_again > 0  # rendered afresh: the cached copy is out of reach
    assert public_paper.symbol in client.get(public_paper.get_absolute_url()).content.decode()
    assert slowest < 2, f"a page took {slowest:.1f} s with the cache down"
    outage = [r.getMessage() for r in caplog.records if "does not answer" in r.getMessage()]
    assert len(outage) == 1, outage  # one warning per outage, not one per cache call


def test_readiness_names_the_cache_while_it_is_down_and_liveness_stays_ok(client, cache_server):
    assert client.get("/readyz").status_code == 200

    cache_server.stop()
    ready = client.get("/readyz")
    live = client.get("/healthz")
    cache_server.start()
    back = client.get("/readyz")

    assert ready.status_code == 503
    assert ready.json()["down"] == ["cache"]
    assert ready.json()["checks"]["database"]["ok"] is True
    assert (live.status_code, live.content) == (200, b"ok")
    assert back.status_code == 200 and back.json()["down"] == []


def test_a_document_made_limited_while_the_cache_was_down_stays_gone_once_it_is_back(
    client, public_paper, cache_server, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr("wgportal.cache.RETRY_SECONDS", 0.2)
    url = public_paper.get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # from the cache
    # Redis writes what it holds to disk, page and content version, and comes back with it.
    redis.Redis(port=cache_server.port).save()

    cache_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        public_paper.distribution = Document.Distribution.LIMITED
        public_paper.save()  # the new content version cannot be written
    during = client.get(url).status_code
    cache_server.start()
    time.sleep(0.3)
    client.get("/en/meetings/")  # the first request that finds Redis back

    assert during == 404
    assert client.get(url).status_code == 404
