"""The editors' pages of draft reports: the list, a report, its sections, steps and proposals."""

from django.urls import path, re_path

from . import views

urlpatterns = [
    path("reports/", views.report_list, name="report-list"),
    path("reports/generate/<int:meeting_pk>/", views.report_generate, name="report-generate"),
    path("reports/<int:pk>/", views.report_detail, name="report-detail"),
    path("reports/<int:pk>/regenerate/", views.report_regenerate, name="report-regenerate"),
    path("reports/<int:pk>/move/", views.report_move, name="report-move"),
    re_path(
        r"^reports/(?P<pk>[0-9]+)/export\.(?P<fmt>docx|txt|json)$",
        views.report_export,
        name="report-export",
    ),
    path(
        "reports/<int:pk>/proposals/<int:proposal_pk>/take/",
        views.report_proposal_take,
        name="report-proposal-take",
    ),
    path(
        "reports/<int:pk>/proposals/<int:proposal_pk>/leave/",
        views.report_proposal_leave,
        name="report-proposal-leave",
    ),
    path(
        "reports/<int:pk>/sections/<int:section_pk>/edit/",
        views.report_section_edit,
        name="report-section-edit",
    ),
    path(
        "reports/<int:pk>/sections/<int:section_pk>/history/",
        views.report_section_history,
        name="report-section-history",
    ),
    path(
        "reports/<int:pk>/sections/<int:section_pk>/restore/",
        views.report_section_restore,
        name="report-section-restore",
    ),
]
