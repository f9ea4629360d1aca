"""Template tags for texts kept in the six languages: `{% text meeting "venue" %}`."""

from django import template
from django.utils.html import format_html

from meetings.languages import in_language

register = template.Library()


@register.simple_tag(takes_context=True)
def text(context, row, field: str) -> str:
    """The row's `field` in the page's reading language, marked `lang` when it falls back."""
    reading = context.get("reading_language", "en")
    value, language = in_language(row, field, reading)
    if language != reading:
        return format_html('<span lang="{}">{}</span>', language, value)
    return value
