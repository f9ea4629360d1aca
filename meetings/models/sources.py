"""Where a fact about a meeting was read from, and the rule that makes such a fact public."""

from django.apps import apps
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


def stated_publicly_q() -> Q:
    """Rows read from a public document, or entered by an editor (no `source`)."""
    # The documents' own rule (documents.models.public_document_q), reached through the app
    # registry: meetings sits below documents and imports nothing of it.
    documents = apps.get_model("documents", "Document").objects.public()
    return Q(source__isnull=True) | Q(source__in=documents)
