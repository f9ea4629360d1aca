"""Choices of bodies and meetings for the public pages' filter forms."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .languages import content_language
from .models import Body, Meeting


def body_choices() -> list[tuple[int, str]]:
    """The public bodies, by symbol prefix and name in the interface's language.

    Options are part of the form, so they are named in the interface's language, as its labels.
    """
    language = content_language(get_language())
    return [
        (body.pk, f"{body.symbol_prefix} {body.name_in(language)}".strip())
        for body in Body.objects.public().order_by("symbol_prefix")
    ]


def meeting_choices() -> list[tuple[int, str]]:
    """The public meetings, latest first within each body: "CTOC/COP/WG.7, meeting 7 (2020)"."""
    return [
        (
            meeting.pk,
            _("%(body)s, meeting %(ordinal)s (%(year)s)")
            % {
                "body": meeting.body.symbol_prefix,
                "ordinal": meeting.ordinal,
                "year": meeting.start_date.year,
            },
        )
        for meeting in Meeting.objects.public()
        .select_related("body")
        .order_by("body__symbol_prefix", "-start_date")
    ]
