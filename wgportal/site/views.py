"""The pages of the site as a whole: the home page, robots.txt, the language switch, the
load balancer's health check and the favicon."""

from django.conf import settings
from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.generic import RedirectView

from documents.models import NEWEST_FIRST, Document
from meetings.models import Body, Meeting

from .languages import address_in

RECENT_DOCUMENTS = 10
MEETINGS_PER_BODY = 5
# Under each language's prefix: the editors' report pages, the token page, the language switch.
PRIVATE_SECTIONS = ("language/", "reports/", "account/")


def home(request):
    """Latest meetings per body and recently published documents."""
    bodies = list(Body.objects.public().order_by("symbol_prefix"))
    latest = {body.pk: [] for body in bodies}
    meetings = (
        Meeting.objects.public()
        .annotate(rank=Window(RowNumber(), partition_by=F("body"), order_by=F("start_date").desc()))
        .filter(rank__lte=MEETINGS_PER_BODY)
        .order_by("body", "-start_date")
    )
    for meeting in meetings:
        latest[meeting.body_id].append(meeting)
    documents = (
        Document.objects.public()
        .select_related("meeting__body")
        .prefetch_related(Prefetch("versions", to_attr="language_versions"))
        .order_by(*NEWEST_FIRST)[:RECENT_DOCUMENTS]
    )
    return render(
        request,
        "wgportal/home.html",
        {
            "bodies": [(body, latest[body.pk]) for body in bodies],
            "documents": documents,
        },
    )


def robots_txt(request):
    """Which paths crawlers may index, and where the sitemap is."""
    return render(
        request,
        "robots.txt",
        {
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
            "private_paths": [
                f"/{code}/{section}"
                for code, _name in settings.LANGUAGES
                for section in PRIVATE_SECTIONS
            ],
        },
        content_type="text/plain; charset=utf-8",
    )


@never_cache
def switch_language(request):
    """Go to the page the switcher was on, at its address in the language the reader chose,
    and remember the choice in the reader's cookie.

    The address decides the page's language (wgportal.urls); the cookie only says where an
    address without a language prefix (an old bookmark) sends this reader. A GET, where
    Django's set_language takes a POST with a CSRF token: a token would make every page differ
    from reader to reader, and pages are cached whole for readers who are not signed in
    (wgportal.page_cache).
    """
    language = request.GET.get("language", "")
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("home")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseRedirect(back)
    response = HttpResponseRedirect(address_in(back, language))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def health_check(request):
    """Answer "ok" without touching the database: a load balancer's check that we serve."""
    return HttpResponse("ok", content_type="text/plain")


class FaviconRedirect(RedirectView):
    """Browsers ask for /favicon.ico whatever the page says; the icon is a static file, whose
    address holds its hash in production (so the redirect is temporary: the hash changes)."""

    def get_redirect_url(self, *args, **kwargs) -> str:
        return static("favicon.ico")
