"""API tests against pytest-django's live_server, as a client of the API sees it over HTTP."""

import pytest
from rest_framework.throttling import SimpleRateThrottle


@pytest.fixture
def api_server(live_server, django_db_serialized_rollback, monkeypatch) -> str:
    """The live server's address, with the migrations' rows and no rate limits.

    The live server answers from another thread, so it needs a transactional database, emptied
    after each test; the serialized rollback puts back what the migrations wrote (the Editors
    group, the States and organizations) before the test, as for the browser tests.

    DRF reads its rates once, into SimpleRateThrottle.THROTTLE_RATES, when it is imported, so the
    `settings` fixture cannot lower them; a rate of None is DRF's own "not throttled". A
    fuzzer's hundreds of requests a minute would otherwise end in 429s for the anonymous reader.
    """
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": None, "user": None})
    return live_server.url
