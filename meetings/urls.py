"""Public pages of bodies, meetings, States and organizations."""

from django.urls import path

from . import views

urlpatterns = [
    path("meetings/", views.meeting_list, name="meeting-list"),
    # Body prefixes hold slashes (CTOC/COP/WG.7), so the prefix is a path of its own.
    path("meetings/<path:body>/<int:ordinal>/", views.meeting_detail, name="meeting-detail"),
    path("entities/<str:code>/", views.entity_detail, name="entity-detail"),
]
