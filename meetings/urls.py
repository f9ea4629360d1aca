"""Public pages of bodies, meetings, States and organizations, and the meetings' calendars."""

from django.urls import path, register_converter

from . import views


class TableFormat:
    """The formats a table downloads in: any other suffix is no page (a 404, not a 500)."""

    regex = "csv|xlsx"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TableFormat, "table_format")

urlpatterns = [
    path("meetings/", views.meeting_list, name="meeting-list"),
    path("meetings/calendar.ics", views.portal_ics, name="portal-calendar"),
    # Body prefixes hold slashes (CTOC/COP/WG.7), so the prefix is a path of its own. A prefix
    # never ends in a bare number (meetings.models.symbol_prefix_validator), so the meeting's
    # routes, tried first, never take a body's calendar for a meeting's.
    path("meetings/<path:body>/<int:ordinal>/", views.meeting_detail, name="meeting-detail"),
    path(
        "meetings/<path:body>/<int:ordinal>/calendar.ics",
        views.meeting_ics,
        name="meeting-calendar",
    ),
    path("meetings/<path:body>/calendar.ics", views.body_ics, name="body-calendar"),
    path(
        "meetings/<path:body>/<int:ordinal>/participants/",
        views.meeting_participants,
        name="meeting-participants",
    ),
    path(
        "meetings/<path:body>/<int:ordinal>/participants.<table_format:file_format>",
        views.participants_export,
        name="meeting-participants-export",
    ),
    path(
        "meetings/<path:body>/<int:ordinal>/attendance.<table_format:file_format>",
        views.attendance_export,
        name="meeting-attendance-export",
    ),
    path("entities/<str:code>/", views.entity_detail, name="entity-detail"),
]
