"""The cache backend: Redis, and when Redis does not answer, a cache that holds nothing.

Everything the portal keeps in the cache can be computed again: whole public pages
(wgportal.page_cache), the content version (wgportal.content), the API's counts and the rate
limits' counters. So a Redis that is down or unreachable makes pages slower, never errors: each
read misses, each write is dropped, and a warning is logged once per outage. After a failure the
backend does not try Redis again for RETRY_SECONDS, so that a Redis that times out costs one
request every RETRY_SECONDS at most, not every cache call of every request. When Redis answers
again, the content version is replaced, so that no page cached before the outage is served.

`check()` is the one call that raises: the readiness endpoint (wgportal.site.health) must see Redis
down where pages do not.
"""

import functools
import logging
import threading
import time
import uuid

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ReadOnlyError
from redis.exceptions import TimeoutError as RedisTimeoutError

from wgportal.content import KEY as CONTENT_VERSION

logger = logging.getLogger(__name__)

# Down, unreachable, or a replica during a failover (read-only): nothing a request can fix.
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, ReadOnlyError, OSError)
RETRY_SECONDS = 5.0


def forgiving(missing):
    """Run the cache call, or answer `missing(*args, **kwargs)` while Redis is unavailable."""

    def decorator(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            if self.down():
                return missing(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except UNAVAILABLE as error:
                self.went_down(error)
                return missing(*args, **kwargs)
            self.came_back()
            return result

        return call

    return decorator


def default_value(key, default=None, *args, **kwargs):
    return default


def nothing(*args, **kwargs):
    return None


def false(*args, **kwargs):
    return False


def no_values(*args, **kwargs):
    return {}


def every_key(data, *args, **kwargs):
    # set_many answers the keys it could not store: all of them.
    return list(data)


def missing_counter(key, *args, **kwargs):
    # What incr() raises for a key that is not there, which is what a missing cache holds.
    raise ValueError(f"Key '{key}' not found.")


class ForgivingRedisCache(RedisCache):
    """Django's RedisCache, answering as an empty cache while Redis is unavailable."""

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._outage = False

    def down(self) -> bool:
        return time.monotonic() < self._down_until

    def went_down(self, error: Exception) -> None:
        with self._lock:
            self._down_until = time.monotonic() + RETRY_SECONDS
            first = not self._outage
            self._outage = True
        if first:
            # Not the URL: it may hold Redis's password.
            logger.warning(
                "The cache (Redis) does not answer (%s: %s); pages are served uncached.",
                type(error).__name__,
                error,
            )

    def came_back(self) -> None:
        if not self._outage:
            return
        with self._lock:
            was, self._outage = self._outage, False
        if was:
            # Writes were dropped while Redis was away, a new content version among them
            # perhaps (a document made Limited meanwhile): a Redis that kept its data would
            # serve the pages of before. A new version starts every page afresh.
            try:
                RedisCache.set(self, CONTENT_VERSION, uuid.uuid4().hex, None)
            except UNAVAILABLE:
                return
            logger.warning("The cache answers again; cached pages start afresh.")

    def check(self) -> None:
        """Ask Redis for a PONG, raising what it raises (readiness only)."""
        self._cache.get_client(None, write=True).ping()

    add = forgiving(false)(RedisCache.add)
    get = forgiving(default_value)(RedisCache.get)
    set = forgiving(nothing)(RedisCache.set)
    touch = forgiving(false)(RedisCache.touch)
    delete = forgiving(false)(RedisCache.delete)
    get_many = forgiving(no_values)(RedisCache.get_many)
    has_key = forgiving(false)(RedisCache.has_key)
    incr = forgiving(missing_counter)(RedisCache.incr)
    set_many = forgiving(every_key)(RedisCache.set_many)
    delete_many = forgiving(nothing)(RedisCache.delete_many)
    clear = forgiving(false)(RedisCache.clear)
