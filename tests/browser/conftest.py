"""Browser tests: Playwright drives Debian's headless Chromium against pytest-django's live_server.

Playwright's own browser builds are never downloaded (these machines reach the package registries
only): `make test` installs Debian's chromium and the Noto CJK fonts through bin/ensure-chromium.
Screenshots are test artifacts, written to $TEST_ARTIFACTS (default test-artifacts/screenshots/).
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright

# The import tests' real Celery workers: a browser test's uploads are imported by one, and its
# alerts mailed (tests/browser/test_meeting_cycle.py).
from tests.documents.conftest import start_worker  # noqa: F401

CHROMIUM = Path("/usr/bin/chromium")
# Headless, and nothing that talks to the outside: these machines have no network but the
# package registries, and a browser phoning home would only slow the tests down. No sandbox:
# the tests run as root (CI does), and Chromium refuses to start its sandbox as root.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(
    os.environ.get("TEST_ARTIFACTS")
    or Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
)


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """One Chromium for all browser tests, closed after the last of them."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"the browser tests need Debian's Chromium at {CHROMIUM}: run bin/ensure-chromium"
        )
    # Playwright's sync API keeps an asyncio loop marked as running in this thread from start to
    # stop, so Django takes every ORM call made here (factories, personas, the flush after each
    # test) for one made from async code and raises SynchronousOnlyOperation. The calls are
    # synchronous in fact, so the guard is lifted with Django's documented switch, for exactly as
    # long as the loop runs: the package scope (not the session's) stops Playwright after the last
    # browser test, and the tests that follow run with the loop gone and the guard back.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # While that loop runs, Django also keeps its connections per asyncio context instead of per
    # thread (asgiref's Local): the tests would get new connection objects without what
    # pytest-django set on this thread's, such as the migrations' rows that `page`'s serialized
    # rollback puts back. So the thread's own connections are handed over.
    thread_connections = {alias: connections[alias] for alias in connections}
    try:
        with sync_playwright() as playwright:
            for alias, connection in thread_connections.items():
                connections[alias] = connection
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser: Browser, live_server, django_db_serialized_rollback) -> Iterator[Page]:
    """A fresh tab (own cookies) on the live server, in English; `page.goto("/")` opens the home.

    The live server needs a transactional database, emptied after each test; the serialized
    rollback puts back what the migrations wrote (the Editors and Importers groups, the States
    and organizations) before each browser test, whatever ran before it.
    """
    context = browser.new_context(
        base_url=live_server.url, locale="en", viewport={"width": 1280, "height": 800}
    )
    # A page that does not answer in 10 s is broken; Playwright's 30 s only slow a failing run.
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def screenshot(page: Page, request: pytest.FixtureRequest) -> Callable[[str], Path]:
    """Saves the whole page as <test name>-<name>.png under SCREENSHOTS and returns the path."""

    def take(name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        test = re.sub(r"[^\w.-]+", "-", request.node.name).strip("-")
        path = SCREENSHOTS / f"{test}-{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return take
