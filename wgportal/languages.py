"""The six official UN languages, as content languages, and fields that hold a text in each."""

from django.conf import settings
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    """An official UN language, in the order the UN lists them (ar zh en fr ru es)."""

    ARABIC = "ar", _("Arabic")
    CHINESE = "zh", _("Chinese")
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    RUSSIAN = "ru", _("Russian")
    SPANISH = "es", _("Spanish")


LANGUAGE_CODES: tuple[str, ...] = tuple(Language.values)

# When a text is missing in the reader's language, show it in the language most documents are
# drafted in, then the working group's own (Chinese and English are imported first).
FALLBACK_ORDER: tuple[str, ...] = ("en", "zh", "fr", "es", "ru", "ar")


def content_language(code: str | None) -> str:
    """The content language for an interface language code such as 'zh-hans' or 'en-gb'."""
    base = (code or "").split("-")[0].lower()
    return base if base in LANGUAGE_CODES else Language.ENGLISH


def interface_language(language: str) -> str:
    """The interface language code (settings.LANGUAGES) that shows content `language`: "zh-hans"
    for "zh", so a text written outside a page (a calendar) is translated as the page would be."""
    return next(
        (code for code, _name in settings.LANGUAGES if content_language(code) == language),
        settings.LANGUAGE_CODE,
    )


def in_language(row: object, field: str, language: str | None) -> tuple[str, str]:
    """`row`'s text of `field` in `language`, else the first fallback that has one; and its code."""
    wanted = content_language(language)
    for code in (wanted, *FALLBACK_ORDER):
        value = getattr(row, f"{field}_{code}")
        if value:
            return value, code
    return "", wanted


def reading_language(request) -> str:
    """The content language of a page: `?lang=` when it names one, else the interface's."""
    asked = request.GET.get("lang", "")
    if asked in LANGUAGE_CODES:
        return asked
    return content_language(getattr(request, "LANGUAGE_CODE", None))


def multilingual(field: str, *, verbose_name: str, max_length: int | None = 500) -> type:
    """An abstract model with one column per UN language: `<field>_ar`, `<field>_zh`, ...

    `max_length=None` makes them text columns. The model gains `<field>_in(language)`, which
    falls back through FALLBACK_ORDER so a page never shows an empty title.
    """
    attrs: dict[str, object] = {
        "__module__": __name__,
        "Meta": type("Meta", (), {"abstract": True}),
    }
    for code, label in Language.choices:
        name = format_lazy("{} ({})", verbose_name, label)
        attrs[f"{field}_{code}"] = (
            models.TextField(name, blank=True)
            if max_length is None
            else models.CharField(name, max_length=max_length, blank=True)
        )

    def text_in(self: models.Model, language: str | None = None) -> str:
        return in_language(self, field, language)[0]

    text_in.__name__ = f"{field}_in"
    text_in.__doc__ = f"The {field} in `language`, else in the first language that has one."
    attrs[f"{field}_in"] = text_in
    return type(f"Multilingual{field.title().replace('_', '')}", (models.Model,), attrs)
