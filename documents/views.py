"""Public pages of documents: the home page and search."""

from urllib.parse import quote

from django.apps import apps
from django.db.models import F, Prefetch, Window
from django.db.models.functions import Coalesce, ExtractYear, RowNumber
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from meetings.languages import reading_language
from meetings.models import Body, Meeting

from .forms import SearchForm
from .models import Document
from .search import SearchFilters
from .search import search as search_service

RECENT_DOCUMENTS = 10
MEETINGS_PER_BODY = 5


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
        .order_by("-issue_date", "symbol")[:RECENT_DOCUMENTS]
    )
    return render(
        request,
        "documents/home.html",
        {
            "bodies": [(body, latest[body.pk]) for body in bodies],
            "documents": documents,
        },
    )


def document_url(document: Document, anchor: str = "") -> str:
    """Where a document is read, at a paragraph when `anchor` names one ("para-12").

    The document page is still to come: this is the one place its address is written, to be
    replaced by reverse() when it exists. A document without a symbol has no address yet.
    """
    if not document.symbol:
        return ""
    url = "/documents/" + quote(document.symbol, safe="/.()*") + "/"
    return f"{url}#{anchor}" if anchor else url


def search(request):
    """The search box over paragraphs, recommendations, titles and symbols, with its filters."""
    language = reading_language(request)
    form = SearchForm(request.GET or None, **search_choices(language))
    results = None
    if form.is_valid() and form.cleaned_data["q"]:
        data = form.cleaned_data
        results = search_service(
            text=data["q"],
            filters=SearchFilters(
                body=data["body"],
                meeting=data["meeting"],
                year=data["year"],
                language=data["language"],
                document_type=data["type"],
                theme=data["theme"],
            ),
            page=data["page"] or 1,
            reader_language=language,
        )
        if results.document is not None:
            return redirect(document_url(results.document))
    return render(
        request,
        "documents/search.html",
        {
            "form": form,
            "results": results,
            "documents": [
                (
                    hit,
                    document_url(hit.document),
                    [(p, document_url(hit.document, p.anchor)) for p in hit.paragraphs],
                )
                for hit in (results.documents if results else ())
            ],
            "titles": [
                (hit, document_url(hit.document)) for hit in (results.titles if results else ())
            ],
        },
    )


def search_choices(language: str) -> dict[str, list[tuple[int, str]]]:
    """The public bodies, meetings, years and themes a search can be narrowed to."""
    bodies = [
        (body.pk, f"{body.symbol_prefix} {body.name_in(language)}".strip())
        for body in Body.objects.public().order_by("symbol_prefix")
    ]
    meetings = [
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
    years = (
        Document.objects.public()
        .annotate(year=ExtractYear(Coalesce("meeting__start_date", "issue_date")))
        .filter(year__isnull=False)
        .values_list("year", flat=True)
        .distinct()
        .order_by("-year")
    )
    # Themes belong to recommendations, which imports documents: the model is looked up by name.
    themes = apps.get_model("recommendations", "Theme").objects.public()
    return {
        "bodies": bodies,
        "meetings": meetings,
        "years": [(year, str(year)) for year in years],
        "themes": [(theme.pk, theme.name_in(language)) for theme in themes],
    }
