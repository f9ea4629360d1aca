"""Dates on pages as UN documents print them in the interface language: `{{ day|un_date }}`."""

from datetime import date

from django import template
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
