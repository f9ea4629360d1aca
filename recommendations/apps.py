from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecommendationsConfig(AppConfig):
    name = "recommendations"
    verbose_name = _("Recommendations")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from documents.signals import (
            report_adopted,
            report_published,
            report_recommendations,
            text_imported,
        )
        from meetings.models import Meeting
        from wgportal.content import watch

        from . import services

        watch(self)

        text_imported.connect(services.store_thematic_index, dispatch_uid="thematic-index")
        text_imported.connect(
            services.store_report_recommendations, dispatch_uid="report-recommendations"
        )
        report_recommendations.connect(
            services.recommendations_for_report, dispatch_uid="report-recommendations-written"
        )
        report_adopted.connect(
            services.adopt_report_recommendations, dispatch_uid="adopted-recommendations"
        )
        report_published.connect(
            services.cite_reissued_report, dispatch_uid="reissued-report-recommendations"
        )
        post_save.connect(
            services.link_papers_to_new_meeting, sender=Meeting, dispatch_uid="papers-meeting"
        )
