"""The addresses of the page a template renders in each interface language.

A page lives at one address per language (`/fr/meetings/…`, wgportal.urls). Its `<head>` names
the others as `hreflang` alternates, so that a crawler takes them for one page in six languages,
not six pages, and, as `x-default`, the address without a prefix, which sends each reader to
their own language (as Django's sitemap names it: documents.sitemaps).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_from_path


def address_in(url: str, language: str) -> str:
    """`url`, a page's address (its query and fragment kept), at its address in `language`.

    Django's translate_url resolves the address in the active language, and only an address
    under that language's prefix resolves: the address's own language is made active first.
    An address that names no page is given back as it is.
    """
    own = get_language_from_path(urlsplit(url).path) or translation.get_language()
    with translation.override(own):
        return translate_url(url, language)


def in_each_language(request) -> list[tuple[str, str]]:
    """(hreflang, absolute address) of this page in each interface language, then x-default;
    nothing for an address outside the language prefixes or matching no page."""
    language = get_language_from_path(request.path_info)
    if not language:
        return []
    try:
        resolve(request.path_info)
    except Resolver404:
        return []
    here = request.get_full_path()
    found = [
        (code, request.build_absolute_uri(address_in(here, code)))
        for code, _name in settings.LANGUAGES
    ]
    unprefixed = here.replace(f"/{language}/", "/", 1)
    return [*found, ("x-default", request.build_absolute_uri(unprefixed))]


def addresses(request) -> dict:
    """The template context of every page: `language_addresses`, worked out only when used."""
    return {"language_addresses": SimpleLazyObject(lambda: in_each_language(request))}
