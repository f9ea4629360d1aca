"""Serializers of the documents API."""

from django.utils.functional import cached_property
from rest_framework import serializers
from rest_framework.reverse import reverse

from documents.models import (
    Document,
    Footnote,
    ImportJob,
    LanguageVersion,
    Paragraph,
)
from documents.services.imports import upload_problem
from wgportal.languages import LANGUAGE_CODES, Language


class ImportJobSerializer(serializers.ModelSerializer):
    """An import job as the importer polls it: status, what was stored, what went wrong."""

    file = serializers.CharField(source="file.name", read_only=True)
    # A queued job has no document yet, an import from the command line no user, and a language
    # left to detection is blank: said outright, or the schema promises all three (DRF drops
    # `blank` from read-only model fields).
    document = serializers.SlugRelatedField(slug_field="symbol", read_only=True, allow_null=True)
    created_by = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )
    language = serializers.ChoiceField(choices=Language.choices, read_only=True, allow_blank=True)
    waits_for_queue = serializers.BooleanField(
        read_only=True,
        help_text="Queued while the job queue could not be reached: it runs once the queue is "
        "back, without a new upload.",
    )

    class Meta:
        model = ImportJob
        fields = [
            "id", "status", "file", "language", "checksum", "document", "counts", "warnings",
            "log", "created_by", "created_at", "sent_at", "attempts", "started_at",
            "finished_at", "waits_for_queue",
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
            kwargs={"address": version.document.address, "language": version.language},
            request=self.context.get("request"),
        )


ADDRESS_SLOT = "ADDRESS-SLOT"


class DocumentSerializer(serializers.ModelSerializer):
    """A public document: its symbol, masthead facts and the languages it is available in."""

    # A document printed without a symbol is addressed by "~<id>" (Document.address).
    symbol = serializers.CharField(read_only=True, allow_null=True)
    url = serializers.SerializerMethodField(
        help_text="Its API address: …/documents/<symbol>/, or …/documents/~<id>/ without one"
    )
    page = serializers.SerializerMethodField(help_text="Its page, at the same address")
    # A document may belong to no body, and its masthead may not state the original language:
    # said outright, or the schema promises both (DRF drops `blank` from read-only model fields).
    body = serializers.SlugRelatedField(slug_field="symbol_prefix", read_only=True, allow_null=True)
    original_language = serializers.ChoiceField(
        choices=Language.choices, read_only=True, allow_blank=True
    )
    # A public document of a meeting not announced (or withdrawn) names neither (the page
    # neither): the view reads `with_public_meeting()` and the public agenda items.
    meeting = serializers.SerializerMethodField(help_text="Its meeting's id, when public")
    agenda_items = serializers.SerializerMethodField()
    languages = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = [
            "symbol", "url", "page", "type", "distribution", "issue_date", "original_language",
            "job_number", "body", "meeting", "agenda_items", "languages", "updated_at",
        ]  # fmt: skip
        read_only_fields = fields

    # A symbol is letters, digits, dots, slashes and brackets, and "~<id>" letters too, which
    # URLs hold as they are: each address is reversed once per list, not twice per document.
    @cached_property
    def addresses(self) -> tuple[str, str]:
        """The API's and the page's address of a document whose address is ADDRESS_SLOT."""
        api = reverse(
            "api:document-detail",
            kwargs={"address": ADDRESS_SLOT},
            request=self.context.get("request"),
        )
        return api, Document(symbol=ADDRESS_SLOT).get_absolute_url()

    def get_url(self, document: Document) -> str:
        return self.addresses[0].replace(ADDRESS_SLOT, document.address)

    def get_page(self, document: Document) -> str:
        return self.addresses[1].replace(ADDRESS_SLOT, document.address)

    def get_meeting(self, document: Document) -> int | None:
        meeting = document.public_meeting
        return meeting.pk if meeting else None

    def get_agenda_items(self, document: Document) -> list[int]:
        if document.public_meeting is None:
            return []
        return sorted(item.pk for item in document.public_agenda_items)

    def get_languages(self, document: Document) -> list[str]:
        present = {version.language for version in document.versions.all()}
        return [code for code in LANGUAGE_CODES if code in present]


class DocumentDetailSerializer(DocumentSerializer):
    versions = VersionSummarySerializer(many=True, read_only=True)

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "versions"]
        read_only_fields = fields


class FootnoteSerializer(serializers.ModelSerializer):
    paragraph = serializers.IntegerField(
        source="paragraph.number", read_only=True, default=None, allow_null=True
    )

    class Meta:
        model = Footnote
        fields = ["marker", "order", "text", "paragraph"]


class ParagraphSerializer(serializers.ModelSerializer):
    """A paragraph in reading order: numbered ("12"), lettered ("(a)") or plain."""

    section = serializers.CharField(
        source="section.heading", read_only=True, default=None, allow_null=True
    )
    parent = serializers.IntegerField(
        source="parent.number", read_only=True, default=None, allow_null=True
    )
    anchor = serializers.CharField(
        read_only=True, help_text='Its id on the page: "para-12", "annex1-para-3"; "" unnumbered'
    )

    class Meta:
        model = Paragraph
        fields = ["order", "kind", "part", "number", "label", "text", "section", "parent", "anchor"]
