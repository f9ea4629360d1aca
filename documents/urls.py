"""Pages of documents: document pages and their sources, the feed.

The sitemap (documents.sitemaps) is routed by wgportal.urls, outside the language prefix.
"""

from django.urls import path

from . import views
from .feeds import DocumentFeed

urlpatterns = [
    # A document's address is its symbol, which holds slashes (CTOC/COP/WG.7/2020/2), or "~<id>"
    # for one printed without a symbol (Document.address): the source route is tried first.
    path(
        "documents/<path:address>/source/<str:language>/",
        views.document_source,
        name="document-source",
    ),
    path("documents/<path:address>/", views.document_detail, name="document-detail"),
    path("feeds/documents/", DocumentFeed(), name="document-feed"),
]
