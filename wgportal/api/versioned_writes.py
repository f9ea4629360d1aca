"""Writes under optimistic locking: the `version` read is sent back; a stale one is a 409."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from wgportal.versioning import StaleVersionError, create_validated, save_versioned


class VersionedSerializer(serializers.ModelSerializer):
    """A row written under optimistic locking: `version` is read, and sent back by an update.

    Declared writable so that the schema's request bodies carry it: read-only, as the model
    makes it, it was left out of them, and no update that followed the schema could succeed.
    """

    version = serializers.IntegerField(
        min_value=1,
        required=False,
        help_text="The version read; an update must send it (400 without, 409 when stale)",
    )

    def validate(self, attrs):
        # The view compares the version sent and raises it (version_sent); never stored as sent.
        attrs.pop("version", None)
        return super().validate(attrs)


class VersionedWrites:
    """Creates validated as the model validates; updates through save_versioned, 409 if stale.

    A write sends the `version` it read; the response carries the new one. A stale one gets
    409 with the row as it stands (`current`), and nothing is written. A view that saves through
    another service (report sections) overrides perform_update; its StaleVersionError is the same.
    """

    def perform_create(self, serializer) -> None:
        serializer.instance = model_errors_as_api_errors(
            create_validated, serializer.Meta.model, serializer.validated_data
        )

    def update(self, request, *args, **kwargs) -> Response:
        try:
            return super().update(request, *args, **kwargs)
        except StaleVersionError as error:
            return conflict(str(error), self.get_serializer(error.current).data)

    def perform_update(self, serializer) -> None:
        serializer.instance = model_errors_as_api_errors(
            save_versioned,
            serializer.instance,
            expected_version=version_sent(self.request),
            changes=dict(serializer.validated_data),
        )


def version_sent(request) -> int:
    """The `version` a write names: the one the writer read."""
    sent = request.data.get("version")
    if sent is None or isinstance(sent, bool) or not str(sent).isdigit():
        raise ValidationError({"version": ["Send the version you read (an integer)."]})
    return int(sent)


def model_errors_as_api_errors(function, *args, **kwargs):
    """Run a write; the model's own validation errors become a 400 naming the fields."""
    try:
        return function(*args, **kwargs)
    except DjangoValidationError as error:
        raise ValidationError(
            error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
        ) from error


def conflict(detail: str, current: dict) -> Response:
    """409: someone else saved first; the row as it stands, for the writer to start again from."""
    return Response({"detail": detail, "current": current}, status=status.HTTP_409_CONFLICT)
