"""Public pages of documents: the home page, document pages, search, feed."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    # Symbols hold slashes (CTOC/COP/WG.7/2020/2): the source route is tried first.
    path(
        "documents/<path:symbol>/source/<str:language>/",
        views.document_source,
        name="document-source",
    ),
    path("documents/<path:symbol>/", views.document_detail, name="document-detail"),
]
