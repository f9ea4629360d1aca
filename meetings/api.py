"""The meetings API: bodies, meetings with agenda, roles and attendance, participants; States
and organizations."""

import django_filters
from django.db.models import Prefetch
from rest_framework import mixins, viewsets

from wgportal.api.versioned_writes import VersionedWrites
from wgportal.api.visibility import Visible

from .models import AgendaItem, Attendance, Body, Entity, Meeting, MeetingRole, Participant
from .serializers import (
    AgendaItemSerializer,
    AttendanceSerializer,
    BodySerializer,
    EntitySerializer,
    MeetingDetailSerializer,
    MeetingSerializer,
    ParticipantSerializer,
)

# Symbols and symbol prefixes hold slashes and dots: "CTOC/COP/WG.7".
SLASHED = r"[^?#]+?"


class WritableViewSet(
    VersionedWrites,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Read by everyone; created and updated by editors, with optimistic locking."""


class BodyViewSet(Visible, viewsets.ReadOnlyModelViewSet):
    """The intergovernmental bodies, by symbol prefix (/api/v1/bodies/CTOC/COP/WG.7/)."""

    model = Body
    serializer_class = BodySerializer
    lookup_field = "symbol_prefix"
    lookup_value_regex = SLASHED
    ordering_fields = ["symbol_prefix"]
    ordering = ["symbol_prefix"]

    def visible_queryset(self, rows):
        return rows.select_related("parent")


class MeetingFilter(django_filters.FilterSet):
    body = django_filters.CharFilter(field_name="body__symbol_prefix", help_text="Symbol prefix")
    # Bounded as Python's dates are: a year past them was a 500 in the lookup.
    year = django_filters.NumberFilter(
        field_name="start_date__year", min_value=1, max_value=9999, help_text="Year it opened"
    )
    status = django_filters.ChoiceFilter(choices=Meeting.Status.choices)
    format = django_filters.ChoiceFilter(choices=Meeting.Format.choices)

    class Meta:
        model = Meeting
        fields = ["body", "year", "status", "format"]


class MeetingViewSet(Visible, WritableViewSet):
    """Meetings; the detail carries the agenda, the roles and the attendance."""

    model = Meeting
    filterset_class = MeetingFilter
    ordering_fields = ["start_date", "ordinal"]
    ordering = ["-start_date", "pk"]

    def get_serializer_class(self):
        return MeetingDetailSerializer if self.action == "retrieve" else MeetingSerializer

    def visible_queryset(self, rows):
        rows = rows.select_related("body")
        if self.action == "retrieve":
            # The meeting's roles and attendance as the reader may see them: a public meeting's
            # facts read only from its draft report are not public yet (FactQuerySet).
            roles = self.visible_rows(MeetingRole).select_related(
                "person", "agenda_item", "country", "regional_group"
            )
            rows = rows.prefetch_related(
                Prefetch("agenda_items", self.visible_rows(AgendaItem)),
                Prefetch("roles", roles),
                Prefetch("attendance", self.visible_rows(Attendance).select_related("entity")),
            )
        return rows


class AgendaItemFilter(django_filters.FilterSet):
    class Meta:
        model = AgendaItem
        fields = ["meeting"]


class AgendaItemViewSet(Visible, WritableViewSet):
    """Agenda items of the meetings (filter `meeting`)."""

    model = AgendaItem
    serializer_class = AgendaItemSerializer
    filterset_class = AgendaItemFilter
    ordering_fields = ["number"]
    ordering = ["meeting", "number", "letter"]


class AttendanceFilter(django_filters.FilterSet):
    entity = django_filters.CharFilter(field_name="entity__code", help_text="Entity code")

    class Meta:
        model = Attendance
        fields = ["meeting", "entity", "category"]


class AttendanceViewSet(Visible, WritableViewSet):
    """Who attended which meeting, in which capacity."""

    model = Attendance
    serializer_class = AttendanceSerializer
    filterset_class = AttendanceFilter
    ordering_fields = ["category"]
    ordering = ["meeting", "category", "entity__sort_en", "pk"]

    def visible_queryset(self, rows):
        return rows.select_related("entity")


class ParticipantFilter(django_filters.FilterSet):
    entity = django_filters.CharFilter(field_name="entity__code", help_text="Entity code")

    class Meta:
        model = Participant
        fields = ["meeting", "entity", "category"]


class ParticipantViewSet(Visible, viewsets.ReadOnlyModelViewSet):
    """People on the meetings' lists of participants, by delegation; names, titles and functions
    are null unless the meeting publishes them (editors read them always)."""

    model = Participant
    serializer_class = ParticipantSerializer
    filterset_class = ParticipantFilter
    ordering_fields = ["order"]
    ordering = ["meeting", "order", "pk"]

    def visible_queryset(self, rows):
        return rows.select_related("entity", "meeting")


class EntityFilter(django_filters.FilterSet):
    regional_group = django_filters.CharFilter(field_name="regional_group__code")

    class Meta:
        model = Entity
        fields = ["kind", "regional_group"]


class EntityViewSet(Visible, viewsets.ReadOnlyModelViewSet):
    """States and organizations, by code (/api/v1/entities/IT/), named in the six languages."""

    model = Entity
    serializer_class = EntitySerializer
    filterset_class = EntityFilter
    lookup_field = "code"
    ordering_fields = ["code", "sort_en"]
    ordering = ["sort_en", "code"]

    def visible_queryset(self, rows):
        return rows.select_related("regional_group")
