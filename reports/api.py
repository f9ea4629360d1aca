"""The reports API: draft report sections, published reports' for everyone, all for editors."""

import django_filters
from django.db.models import Exists, OuterRef
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response

from documents.api import ROW_ID
from meetings.models import Meeting
from reports.models import ReportSection
from reports.serializers import NewReportSectionSerializer, ReportSectionSerializer
from reports.services.sections import add_report_section, save_report_section
from wgportal.api.versioned_writes import VersionedWrites, model_errors_as_api_errors, version_sent
from wgportal.api.visibility import Visible, visible_to


class ReportSectionFilter(django_filters.FilterSet):
    meeting = django_filters.NumberFilter(method="filter_meeting", **ROW_ID)

    def filter_meeting(self, rows, name, value):
        # Through the meetings the reader may see, as `meeting` is given (visible_queryset).
        meetings = visible_to(self.request.user, Meeting).filter(pk=value)
        return rows.filter(report__meeting__in=meetings)

    class Meta:
        model = ReportSection
        fields = ["report", "meeting", "language", "kind"]


class ReportSectionViewSet(
    Visible,
    VersionedWrites,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Draft report sections: published reports' for everyone, all for editors, who add
    sections and write their `text`."""

    def get_serializer_class(self):
        return NewReportSectionSerializer if self.action == "create" else ReportSectionSerializer

    def create(self, request, *args, **kwargs) -> Response:
        new = NewReportSectionSerializer(data=request.data, context=self.get_serializer_context())
        new.is_valid(raise_exception=True)
        section = model_errors_as_api_errors(
            add_report_section, user=request.user, **new.validated_data
        )
        shown = ReportSectionSerializer(section, context=self.get_serializer_context())
        return Response(shown.data, status=status.HTTP_201_CREATED)

    model = ReportSection
    filterset_class = ReportSectionFilter
    ordering_fields = ["order"]
    ordering = ["report", "language", "order"]

    def visible_queryset(self, rows):
        # A published report's sections are public whatever its meeting's state; the meeting is
        # named only to readers who may see it.
        meetings = self.visible_rows(Meeting).filter(pk=OuterRef("report__meeting"))
        return rows.select_related("report").annotate(meeting_shown=Exists(meetings))

    def perform_update(self, serializer) -> None:
        serializer.instance = model_errors_as_api_errors(
            save_report_section,
            section=serializer.instance,
            text=serializer.validated_data.get("text", serializer.instance.text),
            expected_version=version_sent(self.request),
            user=self.request.user,
        )
