"""The portal's URLs: the site's own pages (wgportal.site), each app's, the admin, the API.

Every page a person reads lives under the prefix of its interface language (`/fr/meetings/…`,
`/zh-hans/…`, Django's i18n_patterns), so an address shows the page in the language it was
copied in, and caches and crawlers see one page per address. An address without the prefix (an
old bookmark) redirects to the reader's remembered language (LocaleMiddleware). What machines
read stays outside: the admin, the API (whose language is `?lang=`), the sitemap, robots.txt,
the health checks and the favicon.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)
from rest_framework.routers import DefaultRouter

from documents import api as documents_api
from documents.sitemaps import SITEMAPS
from meetings import api as meetings_api
from recommendations import api as recommendations_api
from reports import api as reports_api
from search import api as search_api
from wgportal.site import urls as site_urls
from wgportal.tokens import api_token

admin.site.site_header = "wgportal"
admin.site.site_title = "wgportal"
admin.site.index_title = "Secretariat"

router = DefaultRouter()
router.register("bodies", meetings_api.BodyViewSet, basename="body")
router.register("meetings", meetings_api.MeetingViewSet, basename="meeting")
router.register("agenda-items", meetings_api.AgendaItemViewSet, basename="agenda-item")
router.register("attendance", meetings_api.AttendanceViewSet, basename="attendance")
router.register("participants", meetings_api.ParticipantViewSet, basename="participant")
router.register("entities", meetings_api.EntityViewSet, basename="entity")
router.register("documents", documents_api.DocumentViewSet, basename="document")
router.register("report-sections", reports_api.ReportSectionViewSet, basename="report-section")
router.register(
    "recommendations", recommendations_api.RecommendationViewSet, basename="recommendation"
)
router.register("themes", recommendations_api.ThemeViewSet, basename="theme")
router.register("import-jobs", documents_api.ImportJobViewSet, basename="import-job")

# A document's address is its symbol, which holds slashes, or "~<id>" without one
# (Document.address): a version's rows are matched before the document itself.
ADDRESS = r"(?P<address>[^?#]+?)"
api = [
    re_path(
        rf"^documents/{ADDRESS}/versions/(?P<language>[a-z]{{2}})/paragraphs/$",
        documents_api.VersionParagraphs.as_view(),
        name="version-paragraphs",
    ),
    re_path(
        rf"^documents/{ADDRESS}/versions/(?P<language>[a-z]{{2}})/footnotes/$",
        documents_api.VersionFootnotes.as_view(),
        name="version-footnotes",
    ),
    path("search/", search_api.SearchView.as_view(), name="search"),
    path("ping/", documents_api.PingView.as_view(), name="ping"),
    *router.urls,
]

# ReDoc styles itself with <style> elements it writes at run time (styled-components), which
# no nonce reaches, runs its search in a worker made from a blob: URL, and always shows
# Redocly's logo from their CDN: that page alone allows these; its scripts stay under the policy.
redoc = csp_override(
    {
        **settings.SECURE_CSP,
        "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        "worker-src": [CSP.SELF, "blob:"],
        "img-src": [*settings.SECURE_CSP["img-src"], "https://cdn.redoc.ly"],
    }
)(SpectacularRedocView.as_view(url_name="api-schema"))


pages = i18n_patterns(
    *site_urls.pages,
    path("", include("documents.urls")),
    path("", include("reports.urls")),
    path("", include("meetings.urls")),
    path("", include("recommendations.urls")),
    path("", include("search.urls")),
    path("", include("subscriptions.urls")),
    path("account/token/", api_token, name="api-token"),
    prefix_default_language=True,
)
urlpatterns = [
    *pages,
    path("", include("wgportal.site.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("admin/", admin.site.urls),
    path("api/v1/", include((api, "api"))),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/redoc/", redoc, name="api-redoc"),
]
handler400 = "wgportal.api.errors.bad_request"
handler404 = "wgportal.api.errors.not_found"
handler500 = "wgportal.api.errors.server_error"
# Media is never served as is: source files of Limited documents live there too; downloads go
# through views that check visibility.
