"""The sitemap: public documents, public meetings and the portal's own pages."""

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from meetings.models import Meeting

from .models import Document


class DocumentSitemap(Sitemap):
    """Public documents, at their symbol or, printed without one, at "~<id>"."""

    def items(self):
        # Ordered so that the pages Django cuts at 50,000 entries hold the same documents each time.
        return (
            Document.objects.public()
            .annotate(last_imported=Max("versions__imported_at"))
            .order_by("pk")
        )

    def lastmod(self, item: Document) -> datetime.datetime | None:
        # The text changes when a language version is imported or replaced by a revised file.
        return item.last_imported


class MeetingSitemap(Sitemap):
    """Public meetings, each at its body's prefix and ordinal."""

    def items(self):
        return Meeting.objects.public().select_related("body").order_by("pk")


class PageSitemap(Sitemap):
    """The pages every reader starts from, by URL name."""

    def items(self) -> list[str]:
        return ["home", "meeting-list", "recommendation-list", "theme-list", "search"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {"pages": PageSitemap, "meetings": MeetingSitemap, "documents": DocumentSitemap}
