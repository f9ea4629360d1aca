"""Whole public pages from the cache, for readers who are not signed in.

A meeting page is the same for every reader in the same interface and content language, and
rendering it costs forty times more than answering a trivial request. So a page, once rendered
for a reader who is not signed in, is kept in the cache under the URL (with `?lang=` and the
filters), the interface language and the version of the public content
(meetings.content): any change to what a reader may see starts every page afresh.

The middleware stands after LocaleMiddleware, so the interface language is known, and before
CsrfViewMiddleware. Signed-in users (who have a session cookie) always get a fresh page and never
leave one in the cache. Pages carry no CSRF token (the language switch is a GET), and a response
that sets a cookie, is not a plain 200 or asks not to be stored is never kept.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import get_cache_key, learn_cache_key

from meetings.content import content_version

# Paths that are not public pages, or are cheap and must stay live.
NOT_CACHED = ("/admin/", "/api/", "/editor/", "/language/", "/healthz")


class PublicPageCacheMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self.cacheable(request):
            return self.get_response(request)
        prefix = f"page.{content_version()}"
        key = get_cache_key(request, prefix, "GET", cache=cache)
        cached = cache.get(key) if key is not None else None
        if cached is not None:
            return cached
        response = self.get_response(request)
        if self.storable(response):
            key = learn_cache_key(request, response, seconds, prefix, cache=cache)
            cache.set(key, response, seconds)
        return response

    @staticmethod
    def cacheable(request) -> bool:
        return (
            request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(NOT_CACHED)
        )

    @staticmethod
    def storable(response) -> bool:
        control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in control
            and "no-store" not in control
        )
