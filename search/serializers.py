"""Serializers of the search API: a page of hits, as the search page shows it."""

from rest_framework import serializers


class ParagraphHitSerializer(serializers.Serializer):
    number = serializers.IntegerField(allow_null=True)
    part = serializers.IntegerField(help_text="0 the body, 1… an annex numbered anew")
    label = serializers.CharField()
    anchor = serializers.CharField(
        help_text='The paragraph on the page: "para-12", "annex1-para-3"; "" for none'
    )
    language = serializers.CharField()
    snippet = serializers.CharField(help_text="HTML: the text escaped, the hits in <mark>")


class DocumentHitSerializer(serializers.Serializer):
    symbol = serializers.CharField(source="document.symbol", allow_null=True)
    page = serializers.CharField(source="document.get_absolute_url")
    issue_date = serializers.DateField(source="document.issue_date", allow_null=True)
    type = serializers.CharField(source="document.type")
    title = serializers.CharField()
    title_language = serializers.CharField()
    languages = serializers.ListField(child=serializers.CharField())
    matches = serializers.IntegerField(help_text="Matching paragraphs in the document")
    paragraphs = ParagraphHitSerializer(many=True, help_text="The first few of them")


class RecommendationHitSerializer(serializers.Serializer):
    meeting = serializers.IntegerField(source="recommendation.meeting_id")
    number = serializers.IntegerField(source="recommendation.number")
    language = serializers.CharField()
    snippet = serializers.CharField(help_text="HTML: the text escaped, the hits in <mark>")


class TitleHitSerializer(serializers.Serializer):
    symbol = serializers.CharField(source="document.symbol", allow_null=True)
    language = serializers.CharField()
    title = serializers.CharField(help_text="HTML: the title escaped, the hits in <mark>")


class SearchResultsSerializer(serializers.Serializer):
    """One page of a search, as the search page shows it."""

    text = serializers.CharField()
    document = serializers.CharField(
        source="document.symbol",
        allow_null=True,
        default=None,
        help_text="Set when the box held the symbol of a public document",
    )
    total = serializers.IntegerField(help_text="Documents with matching paragraphs")
    more = serializers.BooleanField(help_text="Whether `total` is a lower bound")
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    words = serializers.ListField(
        child=serializers.CharField(),
        help_text="Set when nothing held the Chinese as typed and these words were searched",
    )
    documents = DocumentHitSerializer(many=True)
    recommendations = RecommendationHitSerializer(many=True)
    titles = TitleHitSerializer(many=True)
