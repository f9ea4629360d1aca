"""Public pages of recommendations: the index across meetings by theme, and the thematic index."""

from collections.abc import Iterable
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.translation import get_language

from documents.models import Document, paragraph_anchor
from meetings.forms import body_choices, meeting_choices
from wgportal.languages import content_language, reading_language

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
        .with_public_agenda_item()
        .select_related("meeting__body", "report")
        # A report still Limited (its L. symbol) or unpublished is not linked.
        .naming_public_reports()
    }
    for recommendation in recommendations.values():
        recommendation.report_url = (
            recommendation.report.get_absolute_url(
                paragraph_anchor(recommendation.paragraph_number)
            )
            if recommendation.report_shown
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
    """The thematic index: each theme with its key topics, the background papers under it, and
    the reports whose recommendations are filed under it, with those recommendations."""
    language = reading_language(request)
    themes = list(
        Theme.objects.public().prefetch_related(
            Prefetch(
                "recommendations",
                queryset=Recommendation.objects.public()
                .select_related("meeting__body", "report")
                .prefetch_related("report__versions")
                .naming_public_reports()
                .order_by("meeting__start_date", "meeting_id", "number"),
                to_attr="public_recommendations",
            ),
            Prefetch("key_topics", queryset=KeyTopic.objects.order_by("order")),
            Prefetch(
                "themepaper_set",
                queryset=ThemePaper.objects.public()
                # The page names a paper's meeting only when that meeting is public, by the
                # documents' own rule (Document.public_meeting).
                .prefetch_related(
                    Prefetch(
                        "document",
                        Document.objects.with_public_meeting()
                        .select_related("meeting__body")
                        .prefetch_related("versions"),
                    )
                )
                .order_by("order", "pk"),
                to_attr="public_papers",
            ),
        )
    )
    for theme in themes:
        for entry in theme.public_papers:
            entry.title, entry.title_language = version_title(entry.document, language)
        theme.reports = reports_of(theme.public_recommendations, language)
    return render(request, "recommendations/theme_list.html", {"themes": themes})


def reports_of(recommendations: list[Recommendation], language: str) -> list[dict]:
    """The recommendations of a theme by the report that states them, in meeting order.

    A published report is named by its General symbol and title, each recommendation linked to
    its paragraph; one whose report the reader may not see (or that has none) is listed under
    its meeting alone.
    """
    groups: list[dict] = []
    for recommendation in recommendations:
        report = recommendation.report if recommendation.report_shown else None
        key = (recommendation.meeting_id, report.pk if report else None)
        if not groups or groups[-1]["key"] != key:
            title, title_language = version_title(report, language) if report else ("", "")
            groups.append(
                {
                    "key": key,
                    "meeting": recommendation.meeting,
                    "report": report,
                    "title": title,
                    "title_language": title_language,
                    "recommendations": [],
                }
            )
        recommendation.report_url = (
            report.get_absolute_url(paragraph_anchor(recommendation.paragraph_number))
            if report is not None and recommendation.paragraph_number
            else ""
        )
        groups[-1]["recommendations"].append(recommendation)
    return groups


def version_title(document: Document, language: str) -> tuple[str, str]:
    """The document's title as its page shows it to a reader of `language`, and its code."""
    version = document.version_for(language, titled=True)
    return (version.title, version.language) if version else ("", language)
