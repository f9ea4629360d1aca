"""Public pages of recommendations: the index across meetings by theme, and the thematic index."""

from collections.abc import Iterable
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import render
from django.utils.translation import get_language

from documents.models import Document, paragraph_anchor, public_document_q
from documents.views import document_url
from meetings.forms import body_choices, meeting_choices
from meetings.languages import FALLBACK_ORDER, content_language, reading_language
from meetings.models import Meeting

from .forms import RecommendationFilterForm
from .models import KeyTopic, Recommendation, Theme, ThemePaper

RECOMMENDATIONS_PER_PAGE = 50


def recommendation_list(request):
    """Adopted recommendations of every meeting, by theme, as the reader's filters narrow them."""
    language = reading_language(request)
    themes = {theme.pk: theme for theme in Theme.objects.public()}
    form = RecommendationFilterForm(request.GET, **filter_choices(themes.values()))
    entries = Recommendation.objects.none()  # filters the form refuses narrow to nothing
    if form.is_valid():
        entries = narrowed(
            Recommendation.objects.public(), form.cleaned_data, language
        ).in_thematic_order(theme=form.cleaned_data["theme"])
    page = Paginator(entries, RECOMMENDATIONS_PER_PAGE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    recommendations = {
        recommendation.pk: recommendation
        for recommendation in Recommendation.objects.public()
        .filter(pk__in={row[0] for row in rows})
        .select_related("meeting__body", "agenda_item", "report")
        # A report still Limited (its L. symbol) or unpublished is not linked.
        .annotate(report_public=Exists(Document.objects.public().filter(pk=OuterRef("report"))))
    }
    for recommendation in recommendations.values():
        recommendation.report_url = (
            document_url(recommendation.report, paragraph_anchor(recommendation.paragraph_number))
            if recommendation.report_public
            else ""
        )
    return render(
        request,
        "recommendations/recommendation_list.html",
        {
            "form": form,
            "page": page,
            "groups": [
                (themes.get(theme), [recommendations[row[0]] for row in of_theme])
                for theme, of_theme in groupby(
                    (row for row in rows if row[0] in recommendations), key=lambda row: row[1]
                )
            ],
        },
    )


def narrowed(recommendations, data: dict, language: str):
    """The recommendations left by the filters other than the theme, which orders the index."""
    lookups = {
        "meeting__body": data["body"],
        "meeting": data["meeting"],
        "status": data["status"],
        # The reader searches the text they read; other languages' texts may differ in wording.
        f"text_{language}__icontains": data["text"],
    }
    return recommendations.filter(**{lookup: value for lookup, value in lookups.items() if value})


def filter_choices(themes: Iterable[Theme]) -> dict[str, list[tuple[int, str]]]:
    """The public bodies, meetings and themes the index can be narrowed to."""
    # Options are part of the form, so they are named in the interface's language, as its labels.
    language = content_language(get_language())
    return {
        "bodies": body_choices(),
        "meetings": meeting_choices(),
        "themes": [(theme.pk, theme.name_in(language)) for theme in themes],
    }


def theme_list(request):
    """The thematic index: each theme with its key topics and the background papers under it."""
    language = reading_language(request)
    themes = list(
        Theme.objects.public()
        .annotate(
            has_recommendations=Exists(
                Recommendation.objects.public().filter(themes=OuterRef("pk"))
            )
        )
        .prefetch_related(
            Prefetch("key_topics", queryset=KeyTopic.objects.order_by("order")),
            Prefetch(
                "themepaper_set",
                queryset=ThemePaper.objects.filter(public_document_q("document__"))
                .annotate(
                    meeting_is_public=Exists(
                        Meeting.objects.public().filter(pk=OuterRef("document__meeting"))
                    )
                )
                .select_related("document__meeting__body")
                .prefetch_related("document__versions")
                .order_by("order", "pk"),
                to_attr="public_papers",
            ),
        )
    )
    for theme in themes:
        for entry in theme.public_papers:
            entry.title, entry.title_language = version_title(entry.document, language)
            # What Document.objects.with_public_meeting() annotates, read here through the
            # entry: the page names a paper's meeting only when that meeting is public.
            entry.document.meeting_is_public = entry.meeting_is_public
    return render(request, "recommendations/theme_list.html", {"themes": themes})


def version_title(document: Document, language: str) -> tuple[str, str]:
    """The document's title in `language`, else in its original language, else any; and its code."""
    titles = {version.language: version.title for version in document.versions.all()}
    for code in (language, document.original_language, *FALLBACK_ORDER):
        if titles.get(code):
            return titles[code], code
    return "", language
