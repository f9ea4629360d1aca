"""The sitemap: public documents, public meetings and the portal's own pages.

Each page has one address per interface language (`/fr/meetings/…`, wgportal.urls): every one is
listed, with the others as its `hreflang` alternates and the address without a prefix as
`x-default` (which redirects to the reader's language), so a crawler indexes each language's
page and knows them for the same page.
"""

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from meetings.models import Meeting

from .models import Document


class InterfaceLanguages(Sitemap):
    """A sitemap listing each item once per interface language (settings.LANGUAGES)."""

    i18n = True
    alternates = True
    x_default = True


class DocumentSitemap(InterfaceLanguages):
    """Public documents, at their symbol or, printed without one, at "~<id>"."""

    def items(self):
        # Ordered so that the pages Django cuts at 50,000 entries hold the same documents each time.
        # Django lists every document before it cuts (an entry per language): only what the
        # address and the date need is read.
        return (
            Document.objects.public()
            .annotate(last_imported=Max("versions__imported_at"))
            .only("pk", "symbol")
            .order_by("pk")
        )

    def lastmod(self, item: Document) -> datetime.datetime | None:
        # The text changes when a language version is imported or replaced by a revised file.
        return item.last_imported


class MeetingSitemap(InterfaceLanguages):
    """Public meetings, each at its body's prefix and ordinal."""

    def items(self):
        return Meeting.objects.public().select_related("body").order_by("pk")


class PageSitemap(InterfaceLanguages):
    """The pages every reader starts from, by URL name."""

    def items(self) -> list[str]:
        return ["home", "meeting-list", "recommendation-list", "theme-list", "search"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {"pages": PageSitemap, "meetings": MeetingSitemap, "documents": DocumentSitemap}
