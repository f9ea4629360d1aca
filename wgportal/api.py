"""What every endpoint of the API (/api/v1/) shares: paging, strict filters, texts in six languages.

- Pages by number, with the count, `page_size` up to MAX_PAGE_SIZE.
- A query parameter the endpoint does not know is a 400 that names it: a misspelt filter never
  silently returns everything.
- `?lang=` picks the content language of the texts kept in six languages (`name`, `title`), each
  also given whole (`names`, `titles`); it falls back as the pages do (meetings.languages).
- Errors are JSON: DRF's own, and the 404 and 500 of requests that never reach a view.
- A token refused counts as a failed sign-in (django-axes), so that tokens cannot be guessed
  faster than passwords.
"""

import hashlib

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.middleware.gzip import GZipMiddleware
from django.utils.functional import cached_property
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, status
from rest_framework.authentication import TokenAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed, Throttled, ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from meetings.languages import LANGUAGE_CODES, in_language, reading_language
from wgportal.content import cached

from .security import lockout_message
from .versioning import StaleVersionError, create_validated, save_versioned

MAX_PAGE_SIZE = 200
# Parameters every list understands besides its filters.
COMMON_PARAMETERS = frozenset({"page", "page_size", "ordering", "lang", "format"})


class CountedOnce(Paginator):
    """A paginator that counts a list once per content version and filter, not per request.

    Counting every public document joins each to its meeting and body; the count changes only
    with the content, so it is kept under the content version (wgportal.content.cached).
    """

    @cached_property
    def count(self) -> int:
        query = self.object_list.query
        sql, params = query.sql_with_params()
        key = hashlib.sha256(f"{sql}|{params!r}".encode()).hexdigest()
        return cached(f"api-count.{key}", self.object_list.count)


class Pages(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    django_paginator_class = CountedOnce


class ReadersRateThrottle(AnonRateThrottle):
    """The limit for readers who are not signed in (by address)."""


class SignedInRateThrottle(UserRateThrottle):
    """The limit for signed-in users only: readers who are not are counted by the one above."""

    def allow_request(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return True
        return super().allow_request(request, view)


class CountedTokenAuthentication(TokenAuthentication):
    """`Authorization: Token …`, where each token refused is a failed sign-in for django-axes.

    DRF checks a token without calling authenticate(), and raises before its throttles run, so
    neither axes nor the rate limits would ever see a guess: this class tells axes of each
    refusal and refuses every token from an address axes has locked out.
    """

    def authenticate(self, request):
        words = get_authorization_header(request).split()
        if not words or words[0].lower() != self.keyword.lower().encode():
            return None
        django_request = request._request
        if not AxesProxyHandler.is_allowed(django_request, {}):
            raise Throttled(
                wait=settings.AXES_COOLOFF_TIME.total_seconds(), detail=lockout_message()
            )
        try:
            return super().authenticate(request)
        except AuthenticationFailed:
            user_login_failed.send(sender=__name__, credentials={}, request=django_request)
            raise


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
    """The content language of the serializer's request, as the pages read it (`?lang=`)."""
    request = context.get("request")
    return reading_language(request) if request is not None else "en"


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
        # DRF's CharField refuses NUL itself; PostgreSQL cannot store one (a 500 on save).
        if any("\x00" in text for text in data.values()):
            raise ValidationError("Null characters are not allowed.")
        return {f"{self.base}_{code}": text.strip() for code, text in data.items()}


def not_found(request, exception=None):
    """The 404 of a path no view answers: JSON under /api/, the plain page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def bad_request(request, exception=None):
    """The 400 of a request Django refuses before any view (a body over its size limit)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": f"Bad request: {exception or 'refused'}"}, status=400)
    from django.views.defaults import bad_request as page

    return page(request, exception)


def server_error(request):
    """The 500: JSON under /api/ (it should never happen; tests look for it)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error."}, status=500)
    from django.views.defaults import server_error as page

    return page(request)


def conflict(detail: str, current: dict) -> Response:
    """409: someone else saved first; the row as it stands, for the writer to start again from."""
    return Response({"detail": detail, "current": current}, status=status.HTTP_409_CONFLICT)


def visible_to(user, model: type):
    """The rows of `model` `user` may read: all with its view permission, else public()."""
    opts = model._meta
    if user.is_authenticated and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        return model.objects.all()
    return model.objects.public()


class Visible:
    """Reads: what public() returns, or every row for users who may view the model (editors).

    Set `model`; `visible_queryset(queryset)` adds the view's select_related and ordering.
    """

    model: type

    def get_queryset(self):
        return self.visible_queryset(self.visible_rows(self.model))

    def visible_rows(self, model: type):
        """The rows of `model` the user may read: all with its view permission, else public()."""
        return visible_to(self.request.user, model)

    def visible_queryset(self, rows):
        return rows


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


class RelatedBySlug(serializers.SlugRelatedField):
    """DRF's SlugRelatedField, with a slug holding a NUL refused as invalid (a 400).

    No row has a NUL in its slug, since PostgreSQL text cannot hold one; DRF would still look it
    up, and the database's refusal of the query would be a 500.
    """

    def to_internal_value(self, data):
        if isinstance(data, str) and "\x00" in data:
            self.fail("invalid")
        return super().to_internal_value(data)


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


class ApiGZipMiddleware(GZipMiddleware):
    """Gzip for the API only: pages hold no secrets now, but the admin's forms do (BREACH)."""

    def process_response(self, request, response):
        if not request.path.startswith("/api/"):
            return response
        return super().process_response(request, response)
