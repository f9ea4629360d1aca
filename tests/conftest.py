"""Test set-up: the suite runs on the real PostgreSQL and Redis, never silently on SQLite.

`make test` points DATABASE_URL and REDIS_URL at the local servers (see DEVELOPERS.md). A run
that ends up on another database stops at once and says why, instead of passing on SQLite.
"""

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.utils import translation

# A real SMTP server for tests that send mail (subscriptions, the browser tests).
from tests.mail_server import smtp_server  # noqa: F401

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.hasplugin("django"):
        return  # pure parser runs with -p no:django need neither server
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if engine != "django.db.backends.postgresql":
        pytest.exit(
            f"The test suite needs PostgreSQL but DATABASE_URL gives {engine!r}. "
            "Run `make test`, or set DATABASE_URL=postgres://postgres@127.0.0.1:5432/wgportal.",
            returncode=3,
        )
    if not os.environ.get("REDIS_URL"):
        pytest.exit("The test suite needs Redis: set REDIS_URL (make test does).", returncode=3)
    import redis

    try:
        redis.Redis.from_url(os.environ["REDIS_URL"], socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        pytest.exit(f"Redis at {os.environ['REDIS_URL']} does not answer: {error}", returncode=3)
    # Hashing the personas' and demo accounts' passwords with PBKDF2 would dominate the run.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The API's rate limits count requests in Redis across tests; the suite's would trip them.
    # tests/api/test_read_api.py checks the limit itself.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000000/minute", "user": "1000000/minute"},
    }
    # So does the limit of subscription requests per client (every test client is 127.0.0.1);
    # tests/subscriptions/test_subscribing.py checks it under a key of its own.
    settings.SUBSCRIPTION_REQUESTS_PER_HOUR = 1000000
    # Pages are rendered afresh in every test; tests/wgportal/test_page_cache.py turns the cache on.
    settings.PAGE_CACHE_SECONDS = 0
    settings.CONTENT_CACHE_SECONDS = 0
    # Tests render templates without running collectstatic first.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A transactional test ends with a flush. Without serialized rollback that flush makes the
    # content types and permissions again under new ids and leaves out the migrations' rows
    # (groups, States), so a later test would miss them, or clash with them when a browser
    # test puts them back ("Key (app_label, model)=(admin, logentry) already exists"). With it,
    # each such test starts on the migrations' rows and leaves nothing made anew: the suite
    # passes in any order.
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is not None and marker.kwargs.get("transaction"):
            kwargs = {"serialized_rollback": True, **marker.kwargs}
            item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)


def database_url(name: str = "") -> str:
    """The URL of the suite's PostgreSQL database (or of `name` on its server), for a process
    of its own (a worker, manage.py) to read what a test committed."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{name or db['NAME']}"


@pytest.fixture
def seeds() -> Path:
    """The seed texts in ../shared/seeds, or a clear skip where ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed texts are not at {SEEDS} (../shared is absent)")
    return SEEDS


@pytest.fixture
def public_paper(seeds):
    """Seed 002 (CTOC/COP/WG.7/2020/2) imported: a public paper, whose import created and
    announced its meeting (a General document announces the meeting an import created)."""
    from documents.models import ImportJob
    from documents.services import create_import_job, run_import_job

    name = "002_34c4a39df3e2a875.txt"
    job = run_import_job(
        job=create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    meeting = job.document.meeting
    assert meeting.published and meeting.body.published
    return job.document


@pytest.fixture
def editor(db):
    from tests.factories import UserFactory

    return UserFactory(username="editor-persona", groups=["Editors"], is_staff=True)


@pytest.fixture
def importer(db):
    from tests.factories import UserFactory

    return UserFactory(username="importer-persona", groups=["Importers"], is_staff=True)


@pytest.fixture
def delegate(db):
    """A signed-in reader with no role in the secretariat."""
    from tests.factories import UserFactory

    return UserFactory(username="delegate-persona")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def importer_client(client, importer):
    client.force_login(importer)
    return client


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and imported files go to a per-test folder, never into the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def english_to_begin_with():
    """Each test starts in English, whatever page the test before read.

    A request activates the language of its address (`/fr/…`) in the thread and leaves it
    active; addresses a test reverses (`get_absolute_url()`) carry the active language's prefix.
    """
    with translation.override("en"):  # settings.LANGUAGE_CODE
        yield


class RedisServer:
    """A redis-server of the test's own, on a free port, that the test can stop and start again.

    Outages are real: `stop()` kills the server by its process id (SIGKILL, as a crash would),
    `start()` brings it back on the same port, empty (no persistence) unless the test had it
    write its data first (`SAVE`): then it comes back with them, as a persistent Redis does.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        import redis

        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
             "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis(port=self.port, socket_connect_timeout=0.2).ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError(f"redis-server did not start on port {self.port}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def spare_redis(tmp_path_factory):
    """A running redis-server of this test's own (see RedisServer), stopped at the end."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def broker_at():
    """Point the Celery app's producers at another broker URL for the test; put back after."""
    from wgportal.celery import app

    previous = app.conf.broker_url

    def point(url: str) -> None:
        # The app keeps its connection pool and producer pool: both are made anew for the URL.
        if app._pool is not None:
            app._pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None
        app.conf.broker_url = url

    yield point
    point(previous)
