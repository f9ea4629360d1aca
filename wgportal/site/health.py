"""Readiness: whether this node can serve and queue work, checked part by part.

`/healthz` (wgportal.site.views) stays trivial: a load balancer's liveness check, true while the
process answers. `/readyz` asks each server the portal depends on, so that an operator or an
orchestrator sees what is down: the database (a query), the cache (a PONG from Redis, which
pages otherwise hide: wgportal.cache), the broker (a connection) and the default storage (its
folder writable, or the object store answering; nothing is written). 200 when all answer,
503 naming those that do not.
"""

import os
import time
from collections.abc import Callable
from pathlib import Path

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from wgportal.celery import app


def database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def cache_server() -> None:
    # Only Redis (wgportal.cache.ForgivingRedisCache) can be down; the embedded mode's cache
    # lives in the process.
    if hasattr(cache, "check"):
        cache.check()


def broker() -> None:
    if app.conf.task_always_eager:
        return  # the embedded mode runs tasks in-process: there is no broker to ask
    with app.connection_for_write() as conn:
        # One try: readiness is asked again in seconds, and must not hang on a broker that is down.
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=2)


def storage() -> None:
    # Nothing is written: anyone may ask /readyz, as often as they like.
    location = getattr(default_storage, "location", None)
    if location is None:
        default_storage.exists("readyz")  # object storage: one request that must be answered
        return
    folder = Path(location)
    while not folder.exists():  # created on the first upload
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError("the media folder cannot be written")


CHECKS: dict[str, Callable[[], None]] = {
    "database": database,
    "cache": cache_server,
    "broker": broker,
    "storage": storage,
}


@never_cache
def readiness_check(request) -> JsonResponse:
    """Each part's state and time; 503 when any does not answer."""
    checks = {}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            check()
        except Exception as error:
            # The error's kind only: its message may hold an address or a password.
            checks[name] = {"ok": False, "error": type(error).__name__}
        else:
            checks[name] = {"ok": True}
        checks[name]["ms"] = round((time.perf_counter() - started) * 1000, 1)
    down = [name for name, check in checks.items() if not check["ok"]]
    return JsonResponse(
        {"ready": not down, "down": down, "checks": checks},
        status=503 if down else 200,
    )
