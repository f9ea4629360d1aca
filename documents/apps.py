from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents")

    def ready(self) -> None:
        from meetings.models.sources import register_public_sources

        from .models import Document

        # Facts about meetings are public when a public document states them (meetings.models).
        register_public_sources(Document.objects.public)
