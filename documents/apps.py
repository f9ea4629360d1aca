from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents")

    def ready(self) -> None:
        from meetings.models.sources import register_public_sources
        from wgportal.content import watch

        from .models import Document

        # Rows only an import writes, in bulk and with content_changed(): without receivers,
        # Django deletes them in bulk too rather than one by one. Import jobs are the
        # secretariat's, not content.
        watch(self, unwatched={"paragraph", "section", "footnote", "reference", "importjob"})
        # Facts about meetings are public when a public document states them (meetings.models).
        register_public_sources(Document.objects.public)
