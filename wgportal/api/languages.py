"""Texts kept in six languages: `?lang=` picks one (falling back as the pages do), or all whole."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import ValidationError

from wgportal.languages import LANGUAGE_CODES, in_language, reading_language


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
