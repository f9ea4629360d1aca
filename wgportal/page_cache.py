"""Whole public pages from the cache, for readers who are not signed in.

A meeting page is the same for every reader of the same address, and rendering it costs forty
times more than answering a trivial request. So a page, once rendered for a reader who is not
signed in, is kept in the cache under its URL (with `?lang=` and the filters), with the version
of the public content it was rendered under (wgportal.content): any change to what a reader may
see starts every page afresh. The interface language is in the URL (`/fr/meetings/…`,
wgportal.urls), so the address alone tells a French page from an English one; an address
outside the prefixes (the sitemap) is keyed with the language LocaleMiddleware chose too, in
case a page there ever speaks the reader's language.

The middleware stands after LocaleMiddleware, which sets `Content-Language` on every answer,
cached or not, and before CsrfViewMiddleware. Signed-in users (who have a session cookie) always
get a fresh page and never leave one in the cache. Pages carry no CSRF token (the language switch
is a GET), and a response that sets a cookie, is not a plain 200 or asks not to be stored is
never kept.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language, get_language_from_path

from wgportal.content import KEY, content_version

# Paths that are not public pages, or are cheap and must stay live; those under a language's
# prefix are named without it.
NOT_CACHED = ("/admin/", "/api/", "/healthz", "/readyz")
NOT_CACHED_PAGES = ("/reports/", "/language/", "/account/")


class PublicPageCacheMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self.cacheable(request):
            return self.get_response(request)
        # The page is stored with the content version it was rendered under; both are read in
        # one round trip, and a page of an earlier version is rendered anew.
        key = page_key(request)
        found = cache.get_many([KEY, key])
        version = found.get(KEY) or content_version()
        stored = found.get(key)
        if stored is not None and stored[0] == version:
            return stored[1]
        response = self.get_response(request)
        if self.storable(response):
            cache.set(key, (version, response), seconds)
        return response

    @staticmethod
    def cacheable(request) -> bool:
        if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return False
        path = request.path_info
        language = get_language_from_path(path)
        if language:
            return not path.removeprefix(f"/{language}").startswith(NOT_CACHED_PAGES)
        return not path.startswith(NOT_CACHED)

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


def page_key(request) -> str:
    """The URL with its query; outside the language prefixes, the language LocaleMiddleware
    chose from the reader's cookie or browser too."""
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    if get_language_from_path(request.path_info):
        return f"page.{address}"
    return f"page.{get_language()}.{address}"
