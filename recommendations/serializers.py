"""Serializers of the recommendations API: recommendations and the thematic index."""

from rest_framework import serializers

from documents.models import Document
from meetings.models import AgendaItem, Meeting
from wgportal.api.languages import InLanguage, Translations
from wgportal.api.relations import RelatedBySlug
from wgportal.api.versioned_writes import VersionedSerializer

from .models import KeyTopic, Recommendation, Theme


class RecommendationSerializer(VersionedSerializer):
    """A recommendation; editors write it with the `version` they read (409 when stale)."""

    text = InLanguage("text")
    texts = Translations("text")
    topic = InLanguage("topic")
    topics = Translations("topic", required=False)
    meeting = serializers.PrimaryKeyRelatedField(queryset=Meeting.objects.all())
    agenda_item = serializers.PrimaryKeyRelatedField(
        queryset=AgendaItem.objects.all(), allow_null=True, required=False
    )
    themes = RelatedBySlug(
        slug_field="code", queryset=Theme.objects.all(), many=True, required=False
    )
    report = RelatedBySlug(
        slug_field="symbol", queryset=Document.objects.all(), allow_null=True, required=False
    )

    class Meta:
        model = Recommendation
        fields = [
            "id", "meeting", "agenda_item", "number", "text", "texts", "topic", "topics",
            "themes", "status", "report", "paragraph_number", "version",
        ]  # fmt: skip

    def to_representation(self, row: Recommendation) -> dict:
        data = super().to_representation(row)
        # Read rows carry `report_shown` (RecommendationQuerySet.naming_reports_among); the row
        # a write answers with is its writer's, who may see the report.
        if not getattr(row, "report_shown", True):
            data["report"] = data["paragraph_number"] = None
        if not getattr(row, "agenda_item_shown", True):
            data["agenda_item"] = None  # withdrawn, or stated only by a draft
        return data


class KeyTopicSerializer(serializers.ModelSerializer):
    name = InLanguage("name")
    names = Translations("name", read_only=True)

    class Meta:
        model = KeyTopic
        fields = ["name", "names"]


class ThemeSerializer(serializers.ModelSerializer):
    """A theme of the thematic index, its key topics, the public background papers under it and
    the public reports whose recommendations it files."""

    name = InLanguage("name")
    names = Translations("name", read_only=True)
    key_topics = KeyTopicSerializer(many=True, read_only=True)
    papers = serializers.SerializerMethodField()
    reports = serializers.SerializerMethodField()

    class Meta:
        model = Theme
        fields = ["code", "order", "name", "names", "key_topics", "papers", "reports"]

    def get_papers(self, theme: Theme) -> list[str]:
        return [paper.symbol for paper in theme.public_papers]

    def get_reports(self, theme: Theme) -> list[str]:
        """The public reports whose recommendations are filed under the theme, by meeting."""
        symbols = (row.report.address for row in theme.public_recommendations)
        return list(dict.fromkeys(symbols))
