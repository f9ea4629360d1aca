"""Beside the paragraphs: the public recommendations and the document titles that match."""

import operator
import re
from functools import reduce

from django.db.models import (
    F,
    Q,
)

from documents.models import LanguageVersion
from recommendations.models import Recommendation
from wgportal.languages import FALLBACK_ORDER, LANGUAGE_CODES

from .matching import document_q
from .reading import Query
from .results import RecommendationHit, SearchFilters, TitleHit
from .snippets import snippet

# What a part of a symbol has and a word does not ("WG.7", "2020/2"): only then are symbols
# searched, which titles' trigram index cannot serve.
SYMBOL_PART = re.compile(r"[/.\d]")
RECOMMENDATIONS_SHOWN = 10
TITLES_SHOWN = 10


def matching_recommendations(
    query: Query, filters: SearchFilters, *, prefer: str
) -> tuple[RecommendationHit, ...]:
    """Public recommendations whose text, in one language, holds every word."""
    if filters.document_type:
        return ()  # recommendations are not documents of a type
    recommendations = Recommendation.objects.public()
    languages = [filters.language] if filters.language else list(LANGUAGE_CODES)
    condition = reduce(
        operator.or_,
        [
            reduce(operator.and_, [Q(**{f"text_{code}__icontains": word}) for word in query.words])
            for code in languages
        ],
    )
    scope = Q()
    if filters.body:
        scope &= Q(meeting__body_id=filters.body)
    if filters.meeting:
        scope &= Q(meeting_id=filters.meeting)
    if filters.year:
        scope &= Q(meeting__start_date__year=filters.year)
    if filters.theme:
        scope &= Q(themes__id=filters.theme)
    rows = (
        recommendations.filter(condition, scope)
        .select_related("meeting__body")
        .order_by("-meeting__start_date", "number")[:RECOMMENDATIONS_SHOWN]
    )
    hits = []
    for row in rows:
        code = next(
            (
                code
                for code in (prefer, *FALLBACK_ORDER)
                if code in languages and holds_every_word(getattr(row, f"text_{code}"), query.words)
            ),
            languages[0],  # Python and PostgreSQL may fold a letter differently ("ß")
        )
        hits.append(
            RecommendationHit(
                recommendation=row,
                language=code,
                snippet=snippet(getattr(row, f"text_{code}"), query.words),
            )
        )
    return tuple(hits)


def holds_every_word(text: str, words: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return all(word.casefold() in folded for word in words)


def matching_titles(query: Query, filters: SearchFilters, *, prefer: str) -> tuple[TitleHit, ...]:
    """Public documents whose title holds every word, or whose symbol holds what was typed."""
    condition = reduce(operator.and_, [Q(title__icontains=word) for word in query.words])
    if " " not in query.text and SYMBOL_PART.search(query.text):
        condition |= Q(document__symbol__icontains=query.text)
    versions = (
        LanguageVersion.objects.public()
        .filter(condition, document_q(filters, "document__"))
        .select_related("document")
        .order_by(
            F("document__issue_date").desc(nulls_last=True), "document__symbol", "document_id"
        )
    )
    if filters.language:
        versions = versions.filter(language=filters.language)
    # A document matches in up to six languages; the list shows each document once.
    by_document: dict[int, list[LanguageVersion]] = {}
    for version in versions[: TITLES_SHOWN * len(LANGUAGE_CODES)]:
        by_document.setdefault(version.document_id, []).append(version)
    hits = []
    for found in list(by_document.values())[:TITLES_SHOWN]:
        version = found[0].document.version_for(prefer, among=found)
        hits.append(
            TitleHit(
                document=version.document,
                language=version.language,
                title=snippet(version.title, query.words, width=len(version.title)),
            )
        )
    return tuple(hits)
