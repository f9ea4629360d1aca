from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents")

    def ready(self) -> None:
        from wgportal.content import watch

        # Rows only an import writes, in bulk and with content_changed(): without receivers,
        # Django deletes them in bulk too rather than one by one. Import jobs are the
        # secretariat's, not content.
        watch(self, unwatched={"paragraph", "section", "footnote", "reference", "importjob"})
