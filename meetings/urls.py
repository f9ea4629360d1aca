"""Public pages of bodies, meetings, States and organizations, and the meetings' calendars."""

from django.urls import path

from . import views

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
    path("entities/<str:code>/", views.entity_detail, name="entity-detail"),
]
