"""Serializers of the documents API."""

from rest_framework import serializers

from documents.models import ImportJob
from documents.services.imports import upload_problem
from meetings.languages import Language


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
