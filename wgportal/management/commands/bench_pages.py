"""manage.py bench_pages: query counts and server time of the public pages on a large corpus."""

import http.client
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import quote

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, OutputWrapper
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from meetings.models import Attendance
from wgportal.bench.corpus import (
    FIRST_YEAR,
    SYMBOL_PREFIX,
    CorpusSize,
    delete_corpus,
    existing_corpus,
    generate_corpus,
)

MOST_QUERIES = 12  # the ceiling for any page
# The corpus's most common terms, and one it does not hold, which reads the newest documents in
# vain and then the whole index.
CHINESE_QUERIES = ("偷运移民", "移民", "执法合作", "金融调查", "护照")
ENGLISH_QUERIES = (
    "smuggling",
    "migrants",
    "law enforcement",
    "financial investigations",
    "passports",
)


@dataclass
class Timings:
    """What the load generator saw of one page type."""

    server_ms: list[float] = field(default_factory=list)
    client_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Command(BaseCommand):
    help = (
        "Benchmark the public pages on a generated corpus (200 meetings, 20,000 documents, "
        "1,000,000 paragraphs, half Chinese; kept between runs): query count per page, then "
        "server time (Server-Timing) and throughput under gunicorn with 2 workers, each page "
        "rendered afresh; then the meeting page's throughput with the page cache on, beside "
        "a trivial view's."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="Regenerate the corpus.")
        parser.add_argument("--meetings", type=int, default=200)
        parser.add_argument("--documents-per-meeting", type=int, default=100)
        parser.add_argument("--paragraphs-per-document", type=int, default=50)
        parser.add_argument("--requests", type=int, default=300, help="Per page type.")
        parser.add_argument("--clients", type=int, default=4, help="Concurrent connections.")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers.")
        parser.add_argument(
            "--seconds", type=float, default=40, help="Most time spent on one page type."
        )
        parser.add_argument(
            "--pages",
            default="",
            help="Only these page types, comma-separated (e.g. 'healthz,search zh').",
        )

    def handle(self, *args, rebuild: bool, requests: int, clients: int, workers: int,
               seconds: float, **options) -> None:  # fmt: skip
        if connection.vendor != "postgresql":
            raise CommandError("The page benchmark needs PostgreSQL (DATABASE_URL).")
        size = CorpusSize(
            meetings=options["meetings"],
            documents_per_meeting=options["documents_per_meeting"],
            paragraphs_per_document=options["paragraphs_per_document"],
        )
        prepare_corpus(size, rebuild=rebuild, out=self.stdout)
        pages = page_urls(size)
        if options["pages"]:
            chosen = [name.strip() for name in options["pages"].split(",")]
            unknown = set(chosen) - set(pages)
            if unknown:
                raise CommandError(f"Unknown page types: {', '.join(sorted(unknown))}.")
            pages = {name: urls for name, urls in pages.items() if name in chosen}
        self.count_queries(pages)
        self.time_pages(pages, requests=requests, clients=clients, workers=workers,
                        seconds=seconds)  # fmt: skip
        if "meeting" in pages and "healthz" in pages:
            self.time_cached_pages(pages, requests=requests, clients=clients, workers=workers,
                                   seconds=seconds)  # fmt: skip

    @override_settings(PAGE_CACHE_SECONDS=0, CONTENT_CACHE_SECONDS=0)
    def count_queries(self, pages: dict[str, list[str]]) -> None:
        """Each page's queries with nothing cached: what it costs the first time."""
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(f"queries per page (at most {MOST_QUERIES}):")
        for name, urls in pages.items():
            counts = [queries_of(client, url) for url in urls[:2]]
            flag = "  OVER" if max(counts) > MOST_QUERIES else ""
            self.stdout.write(f"  {name:<16} {max(counts):>3}  {urls[0]}{flag}")

    def time_pages(self, pages: dict[str, list[str]], *, requests: int, clients: int,
                   workers: int, seconds: float) -> None:  # fmt: skip
        """Each page type rendered afresh: the page cache is off for this run."""
        with serving(workers, page_cache=False) as port:
            self.stdout.write(
                f"server time under gunicorn ({workers} workers, DEBUG off, page cache off), "
                f"{clients} clients on loopback, up to {requests} requests or {seconds:.0f} s "
                "per page type:"
            )
            write_header(self.stdout, "page")
            for name, urls in pages.items():
                drive(port, urls[:clients], clients, clients)  # warm each worker's caches
                write_row(self.stdout, name, measured(port, urls, requests, clients, seconds, name))

    def time_cached_pages(self, pages: dict[str, list[str]], *, requests: int, clients: int,
                          workers: int, seconds: float) -> None:  # fmt: skip
        """Meeting pages as readers get them in production: from the page cache, once warm."""
        with serving(workers, page_cache=True) as port:
            self.stdout.write(
                "throughput with the page cache on, as in production (each meeting page "
                "requested once first, then served to readers who are not signed in):"
            )
            write_header(self.stdout, "page")
            throughput = {}
            for name in ("healthz", "meeting"):
                urls = pages[name]
                drive(port, urls, len(urls), clients)  # every page once: the cache is warm
                # A thousand requests a second: ten times as many, for a measurable run.
                timings = measured(port, urls, 10 * requests, clients, seconds, name)
                throughput[name] = write_row(self.stdout, name, timings)
            self.stdout.write(
                f"meeting page throughput / health check throughput: "
                f"{throughput['meeting'] / throughput['healthz']:.2f} (at least 0.5)"
            )


def prepare_corpus(size: CorpusSize, *, rebuild: bool, out: OutputWrapper) -> None:
    """The bench corpus of this size: the one in the database if it is there, else generated."""
    described = (
        f"{size.meetings} meetings, {size.documents:,} documents, {size.paragraphs:,} paragraphs"
    )
    if not rebuild and existing_corpus(size):
        out.write(f"corpus: reusing {SYMBOL_PREFIX} ({described})")
        return
    started = time.perf_counter()
    delete_corpus()
    generate_corpus(size)
    out.write(
        f"corpus: generated {SYMBOL_PREFIX} ({described}, half Chinese) in "
        f"{time.perf_counter() - started:.0f} s"
    )


def queries_of(client: Client, url: str) -> int:
    """The SQL queries of one GET, which must answer 200."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if response.status_code != 200:
        raise CommandError(f"{url} answered {response.status_code}")
    return len(queries)


def write_header(out: OutputWrapper, what: str) -> None:
    columns = ("requests", "median", "p95", "client", "req/s")
    out.write(f"  {what:<16} " + " ".join(f"{c:>8}" for c in columns))


def write_row(out: OutputWrapper, name: str, timings: Timings) -> float:
    """One page type's line; returns its throughput in requests a second."""
    throughput = len(timings.server_ms) / timings.seconds
    out.write(
        f"  {name:<16} {len(timings.server_ms):>8} "
        f"{statistics.median(timings.server_ms):>6.1f}ms "
        f"{percentile(timings.server_ms, 95):>6.1f}ms "
        f"{statistics.median(timings.client_ms):>6.1f}ms {throughput:>7.1f}"
    )
    return throughput


@contextmanager
def serving(workers: int, *, page_cache: bool, api_rate: str = "") -> Iterator[int]:
    """gunicorn serving the portal on a free port, stopped on leaving."""
    port = free_port()
    server = start_gunicorn(port, workers, page_cache=page_cache, api_rate=api_rate)
    try:
        wait_until_serving(port, server)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def measured(port: int, urls: list[str], requests: int, clients: int, seconds: float,
             name: str) -> Timings:  # fmt: skip
    timings = drive(port, urls, requests, clients, seconds)
    if timings.errors:
        raise CommandError(f"{name}: {timings.errors[0]}")
    return timings


def page_urls(size: CorpusSize) -> dict[str, list[str]]:
    """The URLs of each page type, varied over the corpus (meetings, documents, queries)."""
    prefix = SYMBOL_PREFIX
    ordinals = meeting_ordinals(size)
    # Odd numbers are the Chinese documents, even ones the English (wgportal.bench.corpus).
    last = size.documents_per_meeting
    zh = [
        f"/documents/{document_symbol(size, o, 1 + (2 * i) % last)}/?lang=zh"
        for i, o in enumerate(ordinals)
    ]
    en = [
        f"/documents/{document_symbol(size, o, 2 + (2 * i) % last)}/?lang=en"
        for i, o in enumerate(ordinals)
    ]
    entities = attending_entities()
    return {
        "healthz": ["/healthz"],
        "home": ["/"],
        "meeting list": ["/meetings/"],
        "meeting": [f"/meetings/{prefix}/{o}/" for o in ordinals],
        "document zh": zh,
        "document en": en,
        "search zh": [f"/search/?q={quote(q)}&lang=zh" for q in CHINESE_QUERIES],
        "search en": [f"/search/?q={quote(q)}&lang=en" for q in ENGLISH_QUERIES],
        "recommendations": ["/recommendations/"],
        "themes": ["/themes/"],
        "entity": [f"/entities/{code}/" for code in entities],
    }


def meeting_ordinals(size: CorpusSize) -> list[int]:
    """Fifty meetings spread over the corpus's years."""
    return [1 + (i * 37) % size.meetings for i in range(50)]


def document_symbol(size: CorpusSize, ordinal: int, number: int) -> str:
    """The symbol of the `number`th document of meeting `ordinal`: odd ones are Chinese."""
    year = FIRST_YEAR + (ordinal - 1) // 2
    sequence = number + size.documents_per_meeting * (1 - ordinal % 2)
    return f"{SYMBOL_PREFIX}/{year}/{sequence}"


def attending_entities() -> list[str]:
    """The codes of ten States or organizations attending the corpus's meetings."""
    return list(
        Attendance.objects.filter(meeting__body__symbol_prefix=SYMBOL_PREFIX)
        .values_list("entity__code", flat=True)
        .distinct()
        .order_by("entity__code")[:10]
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(port: int, workers: int, *, page_cache: bool,
                   api_rate: str = "") -> subprocess.Popen:  # fmt: skip
    """The portal as production serves it: DEBUG off, plain HTTP on loopback.

    `api_rate` replaces both of the API's rate limits ("600/minute", "3000/minute"): DRF's user
    throttle counts readers who are not signed in too, by address.
    """
    env = {
        **os.environ,
        "DEBUG": "false",
        "PAGE_CACHE_SECONDS": "300" if page_cache else "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Behind a TLS proxy in production; here the client speaks HTTP to gunicorn directly.
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        # The manifest storage needs collectstatic; the benchmark times pages, not static files.
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    }
    if api_rate:
        env["API_ANON_RATE"] = env["API_USER_RATE"] = api_rate
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "wgportal.wsgi", "-w", str(workers),
         "-b", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=settings.BASE_DIR, env=env,
    )  # fmt: skip


def wait_until_serving(port: int, server: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CommandError("gunicorn exited on start.")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise CommandError(f"gunicorn did not answer on port {port} within {timeout:.0f} s.")


def drive(port: int, urls: list[str], requests: int, clients: int,
          seconds: float = float("inf")) -> Timings:  # fmt: skip
    """Send `requests` GETs over `clients` connections, cycling through `urls`."""
    timings = Timings()
    lock = threading.Lock()
    next_request = iter(range(requests))
    deadline = time.monotonic() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=180)
        while time.monotonic() < deadline:
            with lock:
                number = next(next_request, None)
            if number is None:
                break
            url = urls[number % len(urls)]
            started = time.perf_counter()
            try:
                # Keep-alive when the server keeps the connection; http.client reconnects
                # after a response that closes it (gunicorn's sync workers do).
                conn.request("GET", url, headers={"Host": "localhost"})
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                with lock:
                    timings.errors.append(f"{url}: {error!r}")
                continue
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if response.status != 200:
                    timings.errors.append(f"{url} answered {response.status}")
                else:
                    timings.client_ms.append(elapsed)
                    timings.server_ms.append(server_duration(response))
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings.seconds = time.perf_counter() - started
    return timings


def server_duration(response: http.client.HTTPResponse) -> float:
    """The app's duration from "Server-Timing: app;dur=12.3", in milliseconds."""
    header = response.getheader("Server-Timing", "")
    return float(header.partition("dur=")[2] or "nan")


def percentile(values: list[float], percent: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100)[percent - 1]
