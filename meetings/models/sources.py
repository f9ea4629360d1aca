"""Where a fact about a meeting was read from, and the rule that makes such a fact public."""

from collections.abc import Callable

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def fact_source(related_name: str) -> models.ForeignKey:
    """The document a fact was read from; empty for a row an editor entered."""
    # PROTECT: deleting the document would leave the fact without a source, which is public.
    return models.ForeignKey(
        "documents.Document",
        models.PROTECT,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=_("read from"),
        help_text=_(
            "The document that states it; while that document is not public, neither is this. "
            "Empty for what an editor entered."
        ),
    )


# The documents' own rule (documents.models.public_document_q), handed over by documents in its
# AppConfig.ready(): meetings sits below documents and imports nothing of it.
_public_documents: list[Callable[[], models.QuerySet]] = []


def register_public_sources(public_documents: Callable[[], models.QuerySet]) -> None:
    """Name the rule of the documents that are public, the sources whose facts are public."""
    _public_documents[:] = [public_documents]


def stated_publicly_q() -> Q:
    """Rows read from a public document, or entered by an editor (no `source`)."""
    # Before documents names its rule, no document is a public source: a fact is never shown
    # on a rule nobody gave.
    if not _public_documents:
        return Q(source__isnull=True)
    return Q(source__isnull=True) | Q(source__in=_public_documents[0]())
