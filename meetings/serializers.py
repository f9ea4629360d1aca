"""Serializers of the meetings API: bodies, meetings with their agenda, roles and attendance."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from wgportal.api.languages import InLanguage, Translations, content_language
from wgportal.api.relations import RelatedBySlug
from wgportal.api.versioned_writes import VersionedSerializer
from wgportal.languages import in_language

from .models import (
    AgendaItem,
    Attendance,
    Body,
    Entity,
    Meeting,
    MeetingRole,
    Participant,
    reads_participant_names,
)


class BodySerializer(serializers.ModelSerializer):
    name = InLanguage("name")
    names = Translations("name", read_only=True)
    # allow_null: a top body has no parent, and the schema must say that it may be null.
    parent = serializers.SlugRelatedField(
        slug_field="symbol_prefix", read_only=True, allow_null=True
    )

    class Meta:
        model = Body
        fields = ["symbol_prefix", "name", "names", "parent"]


class EntitySerializer(serializers.ModelSerializer):
    """A State or organization, named in the six languages."""

    name = InLanguage("name")
    names = Translations("name", read_only=True)
    acronyms = Translations("acronym", read_only=True)
    # Organizations and some States belong to no regional group.
    regional_group = serializers.SlugRelatedField(
        slug_field="code", read_only=True, allow_null=True
    )
    url = serializers.HyperlinkedIdentityField(view_name="api:entity-detail", lookup_field="code")

    class Meta:
        model = Entity
        fields = ["code", "url", "kind", "iso2", "name", "names", "acronyms", "regional_group"]


class AgendaItemSerializer(VersionedSerializer):
    """An agenda item; `version` is what a write must send back (409 when another came first)."""

    title = InLanguage("title")
    titles = Translations("title")
    meeting = serializers.PrimaryKeyRelatedField(queryset=Meeting.objects.all())

    class Meta:
        model = AgendaItem
        fields = [
            "id", "meeting", "number", "letter", "label", "title", "titles", "substantive",
            "status", "adopted_on", "version",
        ]  # fmt: skip
        read_only_fields = ["label"]


class AttendanceSerializer(VersionedSerializer):
    entity = RelatedBySlug(slug_field="code", queryset=Entity.objects.all())
    name = serializers.SerializerMethodField()
    meeting = serializers.PrimaryKeyRelatedField(queryset=Meeting.objects.all())

    class Meta:
        model = Attendance
        fields = ["id", "meeting", "entity", "name", "category", "version"]

    def get_name(self, row: Attendance) -> str:
        return in_language(row.entity, "name", content_language(self.context))[0]


NAMED_ONLY = serializers.CharField(
    allow_null=True, help_text="Null unless the meeting publishes participants' names"
)


class ParticipantSerializer(serializers.ModelSerializer):
    """A person on a meeting's list: the delegation always, the person by the names rule."""

    meeting = serializers.PrimaryKeyRelatedField(read_only=True)
    entity = serializers.SlugRelatedField(slug_field="code", read_only=True)
    delegation = serializers.SerializerMethodField(help_text="The entity's name")
    name = serializers.SerializerMethodField()
    title = serializers.SerializerMethodField()
    function = serializers.SerializerMethodField()

    class Meta:
        model = Participant
        fields = [
            "id",
            "meeting",
            "entity",
            "delegation",
            "category",
            "order",
            "title",
            "name",
            "function",
        ]

    def get_delegation(self, row: Participant) -> str:
        return in_language(row.entity, "name", content_language(self.context))[0]

    def named(self, row: Participant, field: str) -> str | None:
        request = self.context.get("request")
        if reads_participant_names(getattr(request, "user", None), row.meeting):
            return getattr(row, field)
        return None

    @extend_schema_field(NAMED_ONLY)
    def get_name(self, row: Participant) -> str | None:
        return self.named(row, "name")

    @extend_schema_field(NAMED_ONLY)
    def get_title(self, row: Participant) -> str | None:
        return self.named(row, "title")

    @extend_schema_field(NAMED_ONLY)
    def get_function(self, row: Participant) -> str | None:
        return self.named(row, "function")


class RoleSerializer(serializers.ModelSerializer):
    person = serializers.CharField(source="person.name", read_only=True)
    function = InLanguage("function")
    # Each may be absent (a chair of the whole meeting, a secretariat officer): null.
    agenda_item = serializers.CharField(
        source="agenda_item.label", read_only=True, default=None, allow_null=True
    )
    country = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    regional_group = serializers.SlugRelatedField(
        slug_field="code", read_only=True, allow_null=True
    )

    class Meta:
        model = MeetingRole
        fields = ["role", "person", "function", "agenda_item", "country", "regional_group"]


class MeetingSerializer(VersionedSerializer):
    """A meeting as listed; written by editors (`version` from the last read, 409 if stale)."""

    body = RelatedBySlug(slug_field="symbol_prefix", queryset=Body.objects.all())
    venue = InLanguage("venue")
    venues = Translations("venue")
    url = serializers.HyperlinkedIdentityField(view_name="api:meeting-detail")
    page = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id", "url", "page", "body", "ordinal", "start_date", "end_date", "venue", "venues",
            "format", "sittings", "status", "published", "version",
        ]  # fmt: skip


class MeetingDetailSerializer(MeetingSerializer):
    """A meeting with its agenda, roles (chair, panellists) and attendance."""

    agenda_items = AgendaItemSerializer(many=True, read_only=True)
    roles = RoleSerializer(many=True, read_only=True)
    attendance = AttendanceSerializer(many=True, read_only=True)

    class Meta(MeetingSerializer.Meta):
        fields = [*MeetingSerializer.Meta.fields, "agenda_items", "roles", "attendance"]
