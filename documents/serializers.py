"""Serializers of the documents API."""

from rest_framework import serializers
from rest_framework.reverse import reverse

from documents.models import (
    Document,
    Footnote,
    ImportJob,
    LanguageVersion,
    Paragraph,
    ReportSection,
)
from documents.services.imports import upload_problem
from meetings.languages import LANGUAGE_CODES, Language


class ImportJobSerializer(serializers.ModelSerializer):
    """An import job as the importer polls it: status, what was stored, what went wrong."""

    file = serializers.CharField(source="file.name", read_only=True)
    document = serializers.SlugRelatedField(slug_field="symbol", read_only=True)
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = ImportJob
        fields = [
            "id", "status", "file", "language", "checksum", "document", "counts", "warnings",
            "log", "created_by", "created_at", "started_at", "finished_at",
        ]  # fmt: skip
        read_only_fields = fields


class ImportUploadSerializer(serializers.Serializer):
    """One or several files to import, each becoming one job."""

    files = serializers.ListField(child=serializers.FileField(), allow_empty=False)
    language = serializers.ChoiceField(
        choices=Language.choices, required=False, allow_blank=True, default=""
    )

    def validate_files(self, files: list) -> list:
        problems = [upload_problem(name=upload.name, size=upload.size) for upload in files]
        if any(problems):
            raise serializers.ValidationError([problem for problem in problems if problem])
        return files


class VersionSummarySerializer(serializers.ModelSerializer):
    """A language version as a document lists it, with where its paragraphs are."""

    paragraphs = serializers.SerializerMethodField()

    class Meta:
        model = LanguageVersion
        fields = ["language", "title", "imported_at", "paragraphs"]

    def get_paragraphs(self, version: LanguageVersion) -> str:
        return reverse(
            "api:version-paragraphs",
            kwargs={"symbol": version.document.symbol, "language": version.language},
            request=self.context.get("request"),
        )


class DocumentSerializer(serializers.ModelSerializer):
    """A public document: its symbol, masthead facts and the languages it is available in."""

    url = serializers.SerializerMethodField()
    page = serializers.CharField(source="get_absolute_url", read_only=True)
    body = serializers.SlugRelatedField(slug_field="symbol_prefix", read_only=True)
    agenda_items = serializers.SerializerMethodField()
    languages = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = [
            "symbol", "url", "page", "type", "distribution", "issue_date", "original_language",
            "job_number", "body", "meeting", "agenda_items", "languages", "updated_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_url(self, document: Document) -> str:
        return reverse(
            "api:document-detail",
            kwargs={"symbol": document.symbol},
            request=self.context.get("request"),
        )

    def get_agenda_items(self, document: Document) -> list[int]:
        return sorted(item.pk for item in document.agenda_items.all())

    def get_languages(self, document: Document) -> list[str]:
        present = {version.language for version in document.versions.all()}
        return [code for code in LANGUAGE_CODES if code in present]


class DocumentDetailSerializer(DocumentSerializer):
    versions = VersionSummarySerializer(many=True, read_only=True)

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "versions"]
        read_only_fields = fields


class FootnoteSerializer(serializers.ModelSerializer):
    paragraph = serializers.IntegerField(source="paragraph.number", read_only=True, default=None)

    class Meta:
        model = Footnote
        fields = ["marker", "order", "text", "paragraph"]


class ParagraphSerializer(serializers.ModelSerializer):
    """A paragraph in reading order: numbered ("12"), lettered ("(a)") or plain."""

    section = serializers.CharField(source="section.heading", read_only=True, default=None)
    parent = serializers.IntegerField(source="parent.number", read_only=True, default=None)

    class Meta:
        model = Paragraph
        fields = ["order", "kind", "number", "label", "text", "section", "parent"]


class ReportSectionSerializer(serializers.ModelSerializer):
    """A chapter or section of a draft report; editors write `text` with the `version` read."""

    meeting = serializers.IntegerField(source="report.meeting_id", read_only=True)

    class Meta:
        model = ReportSection
        fields = [
            "id", "report", "meeting", "language", "kind", "key", "number", "order", "heading",
            "text", "origin", "version", "updated_at",
        ]  # fmt: skip
        read_only_fields = [field for field in fields if field != "text"]


class ParagraphHitSerializer(serializers.Serializer):
    number = serializers.IntegerField(allow_null=True)
    label = serializers.CharField()
    anchor = serializers.CharField(help_text='The paragraph on the page: "para-12"')
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
