"""The portal under gunicorn, as production serves it, and a load generator driving it.

The page and API benchmarks time the server by its Server-Timing header
(wgportal.site.server_timing), which tells the portal's time from the load generator's own.
"""

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

from django.conf import settings
from django.core.management.base import CommandError, OutputWrapper

from .harness import percentile


@dataclass
class Timings:
    """What the load generator saw of one page type."""

    server_ms: list[float] = field(default_factory=list)
    client_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


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
