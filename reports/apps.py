from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from documents.signals import draft_report_arriving, text_imported
        from wgportal.content import watch

        from .services import drafts

        watch(self)

        draft_report_arriving.connect(
            drafts.refuse_if_report_final, dispatch_uid="final-report-refusal"
        )
        text_imported.connect(drafts.store_imported_draft, dispatch_uid="imported-draft-report")
