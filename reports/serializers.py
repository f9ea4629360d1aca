"""Serializers of the reports API."""

from rest_framework import serializers

from reports.models import ReportSection
from wgportal.api.versioned_writes import VersionedSerializer


class ReportSectionSerializer(VersionedSerializer):
    """A chapter or section of a draft report; editors write `text` with the `version` read."""

    meeting = serializers.SerializerMethodField(help_text="Its report's meeting, when visible")

    class Meta:
        model = ReportSection
        fields = [
            "id", "report", "meeting", "language", "kind", "key", "number", "order", "heading",
            "text", "origin", "version", "updated_at",
        ]  # fmt: skip
        read_only_fields = [field for field in fields if field not in ("text", "version")]

    def get_meeting(self, section: ReportSection) -> int | None:
        # Read rows carry `meeting_shown` (ReportSectionViewSet); a row a write answers with is
        # its editor's, who may see the meeting.
        return section.report.meeting_id if getattr(section, "meeting_shown", True) else None


class NewReportSectionSerializer(serializers.ModelSerializer):
    """A section an editor adds to a draft report, in one language; its text as editors write it."""

    class Meta:
        model = ReportSection
        fields = ["id", "report", "language", "kind", "key", "number", "order", "heading", "text"]
