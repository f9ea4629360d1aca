"""The Atom feed of newly published documents."""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import F, Max, Min
from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wgportal.languages import LANGUAGE_CODES, content_language

from .models import Document

FEED_ENTRIES = 50


def published_on(document: Document) -> datetime.datetime | None:
    """When a document came out: its issue date at midnight UTC, else its first import."""
    if document.issue_date:
        return datetime.datetime.combine(document.issue_date, datetime.time(), datetime.UTC)
    # Not every masthead prints a date: such a document dates from its first language version.
    return document.first_imported


def title_of(document: Document) -> str:
    """The document's title as its page shows it to a reader of the feed's language."""
    version = document.version_for(content_language(get_language()), titled=True)
    return version.title if version else ""


class DocumentFeed(Feed):
    """The latest public documents that have a text, newest first, for feed readers."""

    feed_type = Atom1Feed

    def title(self) -> str:
        return _("New documents · Working group portal")

    def subtitle(self) -> str:
        return _("Documents as they are published on the working group portal.")

    def author_name(self) -> str:
        # Atom wants an author for every entry; the feed's author stands for all of them.
        return _("Working group portal")

    def link(self) -> str:
        return reverse("home")

    def items(self):
        # Only documents that have a text: a symbol the portal knows from a citation alone
        # would be an entry leading to a page with nothing to read.
        # Every entry is dated as `published_on` dates it, so the list is ordered by the same
        # date: a document without an issue date sorts by the day it was first imported.
        return (
            Document.objects.public()
            .with_text()
            .annotate(first_imported=Min("versions__imported_at"))
            .annotate(last_imported=Max("versions__imported_at"))
            .prefetch_related("versions")
            .order_by(
                Coalesce("issue_date", TruncDate("first_imported")).desc(nulls_last=True),
                F("pk").desc(),
            )[:FEED_ENTRIES]
        )

    def item_title(self, item: Document) -> str:
        # Atom titles are plain text (the XML writer escapes them), unlike RSS's. A document
        # printed without a symbol is known by its title alone.
        title = title_of(item)
        if not item.symbol:
            return title or str(item)
        return f"{item.symbol}: {title}" if title else item.symbol

    def item_description(self, item: Document) -> str:
        # The summary is sent as HTML: what comes from imported texts is escaped.
        versions = sorted(item.versions.all(), key=lambda v: LANGUAGE_CODES.index(v.language))
        languages = [str(version.get_language_display()) for version in versions]
        summary = capfirst(item.get_type_display())
        if languages:
            summary = _("%(type)s, in %(languages)s") % {
                "type": summary,
                "languages": ", ".join(languages),
            }
        return escape(summary)

    def item_pubdate(self, item: Document) -> datetime.datetime | None:
        return published_on(item)

    def item_updateddate(self, item: Document) -> datetime.datetime:
        # Atom requires <updated> on each entry: the last import when a revised text came in
        # after the issue date, else the publication itself; a document with neither its own date
        # nor an import (entered by hand) falls back to when it was created.
        dates = [d for d in (published_on(item), item.last_imported) if d is not None]
        return max(dates) if dates else item.created_at
