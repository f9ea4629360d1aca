"""The recommendations API: recommendations across meetings, and the thematic index."""

import django_filters
from django.db.models import Exists, OuterRef, Prefetch, Q
from rest_framework import viewsets

from documents.models import Document
from meetings.api import WritableViewSet
from meetings.models import AgendaItem
from wgportal.api.visibility import Visible, visible_to
from wgportal.languages import LANGUAGE_CODES

from .models import Recommendation, Theme
from .serializers import RecommendationSerializer, ThemeSerializer


class RecommendationFilter(django_filters.FilterSet):
    body = django_filters.CharFilter(field_name="meeting__body__symbol_prefix")
    theme = django_filters.CharFilter(method="filter_theme", help_text="Theme code")
    text = django_filters.CharFilter(method="filter_text", help_text="Words in any language")

    class Meta:
        model = Recommendation
        fields = ["body", "meeting", "theme", "status", "text"]

    def filter_theme(self, rows, name, value):
        # Through the themes the reader may see: a withdrawn one filters nothing in.
        return rows.filter(themes__in=visible_to(self.request.user, Theme).filter(code=value))

    def filter_text(self, rows, name, value):
        words = value.split()
        return rows.filter(
            *[
                Q.create([(f"text_{code}__icontains", word) for code in LANGUAGE_CODES], "OR")
                for word in words
            ]
        )


class RecommendationViewSet(Visible, WritableViewSet):
    """Recommendations: adopted ones of public meetings for everyone, all for editors."""

    model = Recommendation
    serializer_class = RecommendationSerializer
    filterset_class = RecommendationFilter
    ordering_fields = ["number", "meeting__start_date"]
    ordering = ["-meeting__start_date", "meeting_id", "number"]

    def visible_queryset(self, rows):
        # Editors read recommendations whose report is still Limited (the L. draft, before it
        # is reissued); the report is named only to readers who may see it.
        # Agenda items and themes likewise: a withdrawn one is named to editors only.
        items = self.visible_rows(AgendaItem).filter(pk=OuterRef("agenda_item"))
        return (
            rows.naming_reports_among(self.visible_rows(Document))
            .annotate(agenda_item_shown=Exists(items))
            .select_related("report")
            .prefetch_related(Prefetch("themes", self.visible_rows(Theme)))
            .distinct()
        )


class ThemeViewSet(Visible, viewsets.ReadOnlyModelViewSet):
    """The thematic index, by theme code."""

    model = Theme
    serializer_class = ThemeSerializer
    lookup_field = "code"
    ordering_fields = ["order", "code"]
    ordering = ["order", "code"]

    def visible_queryset(self, rows):
        return rows.prefetch_related(
            "key_topics",
            Prefetch(
                "papers",
                Document.objects.public().order_by("symbol"),
                to_attr="public_papers",
            ),
            # The public reports whose recommendations are filed under the theme, as the
            # themes page lists them: a report is named once it is reissued for general
            # distribution.
            Prefetch(
                "recommendations",
                Recommendation.objects.public()
                .filter(report__in=Document.objects.public())
                .select_related("report")
                .order_by("meeting__start_date", "meeting_id", "number"),
                to_attr="public_recommendations",
            ),
        )
