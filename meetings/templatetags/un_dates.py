"""Dates on pages as UN documents print them in the interface language: `{{ day|un_date }}`."""

from datetime import date

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from meetings import dates

register = template.Library()


@register.filter
def un_date(day: date | None) -> str:
    """ "8 September 2020" on an English page, "2020年9月8日" on a Chinese one."""
    return dates.un_date(day, get_language()) if day else ""


@register.simple_tag
def un_dates(start: date | None, end: date | None) -> str:
    """A meeting's days: "8 and 9 September 2020", "2020年9月8日和9日"."""
    if not start:
        return ""
    return dates.un_dates(start, end or start, get_language())


@register.simple_tag
def un_dates_time(start: date | None, end: date | None) -> str:
    """`un_dates` with each day in a `<time datetime>`: "<time datetime="2020-09-08">8</time> and
    <time datetime="2020-09-09">9 September 2020</time>", for calendars and screen readers."""
    if not start:
        return ""
    end = end or start
    first, joint, last = dates.un_dates_parts(start, end, get_language())
    if not last:
        return format_html('<time datetime="{}">{}</time>', start.isoformat(), first)
    return format_html(
        '<time datetime="{}">{}</time>{}<time datetime="{}">{}</time>',
        start.isoformat(),
        first,
        joint,
        end.isoformat(),
        last,
    )
