"""Strict query parameters: one the endpoint does not know is a 400 that names it."""

from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend

# Parameters every list understands besides its filters.
COMMON_PARAMETERS = frozenset({"page", "page_size", "ordering", "lang", "format"})


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
