"""Meetings as iCalendar (RFC 5545) events: one meeting's, and the feeds of a body or the portal.

Calendar programs show a meeting as an all-day event over its days; a feed subscribed to is
fetched again and again, so each event keeps its UID and carries the meeting's version as its
SEQUENCE, which tells a calendar that dates or status changed since it last read the feed.
"""

from collections.abc import Callable, Iterable
from datetime import timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from wgportal.languages import interface_language

from .models import Meeting
from .templatetags.un_numbers import meeting_ordinal

PRODUCT = "-//wgportal//Meetings of UN working groups//EN"

STATUS = {
    Meeting.Status.CANCELLED: "CANCELLED",
    # A postponed meeting has no new dates yet: its old ones stand, as tentative.
    Meeting.Status.POSTPONED: "TENTATIVE",
}


def meeting_calendar(
    meetings: Iterable[Meeting], *, name: str, language: str, url_of: Callable[[Meeting], str]
) -> bytes:
    """The calendar of `meetings` (body selected), titled `name`, its texts in `language`.

    `url_of` gives each meeting page's absolute address, which the event links to.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    with translation.override(interface_language(language)):
        for meeting in meetings:
            calendar.add_component(meeting_event(meeting, language, url_of(meeting), stamp))
    return calendar.to_ical()


def meeting_event(meeting: Meeting, language: str, url: str, stamp) -> Event:
    event = Event()
    # The row's id, not its body and ordinal: an ordinal corrected later is still the same event.
    event.add("uid", f"meeting-{meeting.pk}@wgportal")
    event.add("dtstamp", stamp)
    event.add("sequence", meeting.version)
    event.add("summary", meeting_title(meeting, language))
    # All-day dates: DTEND is the day after the last, as RFC 5545 excludes it.
    event.add("dtstart", meeting.start_date)
    event.add("dtend", meeting.end_date + timedelta(days=1))
    if venue := meeting.venue_in(language):
        event.add("location", venue)
    event.add("url", url)
    event.add("description", f"{meeting.body.symbol_prefix} · {meeting.get_format_display()}")
    event.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    return event


def meeting_title(meeting: Meeting, language: str) -> str:
    """ "Working Group on the Smuggling of Migrants: Meeting 7", in the active language."""
    meeting_name = _("Meeting %(ordinal)s") % {"ordinal": meeting_ordinal(meeting.ordinal)}
    return f"{meeting.body.name_in(language)}: {meeting_name}"
