"""The search page: one box over paragraphs, recommendations, titles and symbols."""

from django.db.models.functions import ExtractYear
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from documents.models import Document
from meetings.forms import body_choices, meeting_choices
from meetings.models import Meeting
from recommendations.models import Theme
from wgportal.content import cached
from wgportal.languages import reading_language

from .forms import SearchForm
from .queries import search as search_service
from .results import DocumentHit, SearchFilters


def search(request):
    """The search box over paragraphs, recommendations, titles and symbols, with its filters."""
    language = reading_language(request)
    # The same for every search in an interface language, until the content changes.
    choices = cached(f"search-choices.{get_language()}", search_choices)
    form = SearchForm(request.GET or None, **choices)
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
            return redirect(results.document.get_absolute_url())
    kinds = {value: str(label) for value, label in Document.Type.choices}
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "results": results,
            "documents": [
                found_document(hit, kinds) for hit in (results.documents if results else ())
            ],
            "titles": [
                (hit, hit.document.get_absolute_url())
                for hit in (results.titles if results else ())
            ],
        },
    )


def found_document(hit: DocumentHit, kinds: dict[str, str]) -> tuple:
    """A search hit with what its lines link to and say, worked out once rather than per use.

    (hit, its address, its type's name, its meeting's address, [(paragraph, address)]).
    """
    url = hit.document.get_absolute_url()
    meeting = hit.document.public_meeting
    return (
        hit,
        url,
        kinds[hit.document.type],
        meeting.get_absolute_url() if meeting else "",
        [(p, f"{url}#{p.anchor}" if url and p.anchor else url) for p in hit.paragraphs],
    )


def search_choices() -> dict[str, list[tuple[int, str]]]:
    """The public bodies, meetings, years and themes a search can be narrowed to."""
    # A document's year is its meeting's, else its issue date's (document_year_q): the years
    # of the public meetings and of the public documents without one, without reading every
    # document of every meeting.
    meeting_years = (
        Meeting.objects.public()
        .annotate(year=ExtractYear("start_date"))
        .order_by()
        .values_list("year", flat=True)
    )
    undated_years = (
        Document.objects.public()
        .filter(meeting__isnull=True, issue_date__isnull=False)
        .annotate(year=ExtractYear("issue_date"))
        .order_by()
        .values_list("year", flat=True)
    )
    years = meeting_years.union(undated_years).order_by("-year")
    themes = Theme.objects.public()
    return {
        "bodies": body_choices(),
        "meetings": meeting_choices(),
        "years": [(year, str(year)) for year in years],
        "themes": [(theme.pk, theme.name_in(get_language())) for theme in themes],
    }
