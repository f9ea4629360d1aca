"""Template tags for texts kept in the six languages: `{% text meeting "venue" %}`."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from wgportal.languages import content_language, in_language

register = template.Library()


@register.simple_tag(takes_context=True)
def text(context, row, field: str) -> str:
    """The row's `field` in the page's reading language, or its fallback.

    The value is marked with its `lang` whenever it is not in the interface's language (the
    page's own `lang`): a Chinese venue on an English page is read out as Chinese.
    """
    value, language = in_language(row, field, context.get("reading_language", "en"))
    if value and language != content_language(get_language()):
        return format_html('<span lang="{}">{}</span>', language, value)
    return value
