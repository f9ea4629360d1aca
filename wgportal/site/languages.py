"""The addresses of the page a template renders in each interface language.

A page lives at one address per language (`/fr/meetings/…`, wgportal.urls). Its `<head>` names
the others as `hreflang` alternates (and the English one as `x-default`, as the sitemap does),
so that a crawler takes them for one page in six languages, not six pages.
"""

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_from_path


def in_each_language(request) -> list[tuple[str, str]]:
    """(hreflang, absolute address) of this page in each interface language, then x-default;
    nothing for an address outside the language prefixes or matching no page."""
    if not get_language_from_path(request.path_info):
        return []
    try:
        resolve(request.path_info)
    except Resolver404:
        return []
    here = request.get_full_path()
    found = [
        (code, request.build_absolute_uri(translate_url(here, code)))
        for code, _name in settings.LANGUAGES
    ]
    default = dict(found)[settings.LANGUAGE_CODE]
    return [*found, ("x-default", default)]


def addresses(request) -> dict:
    """The template context of every page: `language_addresses`, worked out only when used."""
    return {"language_addresses": SimpleLazyObject(lambda: in_each_language(request))}
