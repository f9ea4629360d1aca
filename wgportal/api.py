"""What every endpoint of the API (/api/v1/) shares: paging, strict filters, texts in six languages.

- Pages by number, with the count, `page_size` up to MAX_PAGE_SIZE.
- A query parameter the endpoint does not know is a 400 that names it: a misspelt filter never
  silently returns everything.
- `?lang=` picks the content language of the texts kept in six languages (`name`, `title`), each
  also given whole (`names`, `titles`); it falls back as the pages do (meetings.languages).
- Errors are JSON: DRF's own, and the 404 and 500 of requests that never reach a view.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.middleware.gzip import GZipMiddleware
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.pagination import PageNumberPagination

from meetings.languages import LANGUAGE_CODES, in_language

from .versioning import StaleVersionError, create_validated, save_versioned

MAX_PAGE_SIZE = 200
# Parameters every list understands besides its filters.
COMMON_PARAMETERS = frozenset({"page", "page_size", "ordering", "lang", "format"})


class Pages(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE


class KnownParametersOnly(BaseFilterBackend):
    """Refuse query parameters the view does not know (its filterset's and the common ones)."""

    def filter_queryset(self, request, queryset, view):
        known = set(COMMON_PARAMETERS) | set(getattr(view, "extra_parameters", ()))
        filterset_class = getattr(view, "filterset_class", None)
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            takes = "Unknown parameter; this endpoint takes: " + ", ".join(sorted(known))
            raise ValidationError({name: [takes] for name in unknown})
        return queryset


def content_language(context: dict) -> str:
    """The `?lang=` of the request in the serializer's context, if it names a UN language."""
    request = context.get("request")
    asked = request.query_params.get("lang", "") if request is not None else ""
    return asked if asked in LANGUAGE_CODES else "en"


@extend_schema_field(OpenApiTypes.STR)
class InLanguage(serializers.Field):
    """A text kept in six languages, in the `?lang=` language or its fallback."""

    def __init__(self, base: str, **kwargs) -> None:
        self.base = base
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, row) -> str:
        return in_language(row, self.base, content_language(self.context))[0]


@extend_schema_field(
    {
        "type": "object",
        "properties": {code: {"type": "string"} for code in LANGUAGE_CODES},
        "additionalProperties": False,
    }
)
class Translations(serializers.Field):
    """A text kept in six languages, whole: {"en": "...", "zh": "..."}; empty ones left out.

    Written, it takes the same object; a language left out keeps its text.
    """

    def __init__(self, base: str, **kwargs) -> None:
        self.base = base
        super().__init__(source="*", **kwargs)

    def to_representation(self, row) -> dict[str, str]:
        texts = {code: getattr(row, f"{self.base}_{code}") for code in LANGUAGE_CODES}
        return {code: text for code, text in texts.items() if text}

    def to_internal_value(self, data) -> dict[str, str]:
        if not isinstance(data, dict):
            raise ValidationError('An object of texts by language code, such as {"en": "…"}.')
        unknown = sorted(set(data) - set(LANGUAGE_CODES))
        if unknown:
            raise ValidationError(f"Not UN language codes: {', '.join(unknown)}.")
        if not all(isinstance(text, str) for text in data.values()):
            raise ValidationError("Each text must be a string.")
        return {f"{self.base}_{code}": text.strip() for code, text in data.items()}


def not_found(request, exception=None):
    """The 404 of a path no view answers: JSON under /api/, the plain page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def server_error(request):
    """The 500: JSON under /api/ (it should never happen; tests look for it)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error."}, status=500)
    from django.views.defaults import server_error as page

    return page(request)


class Conflict(APIException):
    status_code = 409
    default_code = "stale_version"
    default_detail = "Someone else saved this since the version you sent."


class Visible:
    """Reads: what public() returns, or every row for users who may view the model (editors).

    Set `model`; `visible_queryset(queryset)` adds the view's select_related and ordering.
    """

    model: type

    def get_queryset(self):
        opts = self.model._meta
        user = self.request.user
        if user.is_authenticated and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            rows = self.model.objects.all()
        else:
            rows = self.model.objects.public()
        return self.visible_queryset(rows)

    def visible_queryset(self, rows):
        return rows


class VersionedWrites:
    """Creates validated as the model validates; updates through save_versioned, 409 if stale.

    A write sends the `version` it read; the response carries the new one. A stale one gets
    409 with the row as it stands (`current`), and nothing is written.
    """

    def perform_create(self, serializer) -> None:
        serializer.instance = model_errors_as_api_errors(
            create_validated, serializer.Meta.model, serializer.validated_data
        )

    def perform_update(self, serializer) -> None:
        sent = self.request.data.get("version")
        if sent is None or isinstance(sent, bool) or not str(sent).isdigit():
            raise ValidationError({"version": ["Send the version you read (an integer)."]})
        try:
            serializer.instance = model_errors_as_api_errors(
                save_versioned,
                serializer.instance,
                expected_version=int(sent),
                changes=dict(serializer.validated_data),
            )
        except StaleVersionError as error:
            raise Conflict(
                {"detail": str(error), "current": self.get_serializer(error.current).data}
            ) from error


def model_errors_as_api_errors(function, *args, **kwargs):
    """Run a write; the model's own validation errors become a 400 naming the fields."""
    try:
        return function(*args, **kwargs)
    except DjangoValidationError as error:
        raise ValidationError(
            error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
        ) from error


class ApiGZipMiddleware(GZipMiddleware):
    """Gzip for the API only: pages hold no secrets now, but the admin's forms do (BREACH)."""

    def process_response(self, request, response):
        if not request.path.startswith("/api/"):
            return response
        return super().process_response(request, response)
