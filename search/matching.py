"""Which paragraphs hold a query, and which documents the filters leave, as query conditions."""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchQueryField
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    F,
    Func,
    Q,
    When,
)

from documents.indexing import CONFIGURATIONS
from documents.models.documents import document_year_q
from wgportal.languages import LANGUAGE_CODES

from .reading import Query
from .results import SearchFilters


def document_q(filters: SearchFilters, prefix: str = "") -> Q:
    """The filters on the document, for rows reached through `prefix` ("version__document__")."""
    condition = Q()
    if filters.body:
        condition &= Q(**{f"{prefix}body_id": filters.body})
    if filters.meeting:
        condition &= Q(**{f"{prefix}meeting_id": filters.meeting})
    if filters.document_type:
        condition &= Q(**{f"{prefix}type": filters.document_type})
    if filters.year:
        condition &= document_year_q(filters.year, prefix)
    if filters.theme:
        # The thematic index (recommendations.ThemePaper) through its reverse name: one join.
        condition &= Q(**{f"{prefix}theme_entries__theme_id": filters.theme})
    return condition


def paragraph_match(query: Query, language: str, *, indexed: bool = False) -> Q:
    """The paragraphs that hold the query, in `language` or in any language when it is "".

    `indexed` asks for the form the search index serves, for a search over all paragraphs;
    otherwise each paragraph is tested once, against its own language's query, which costs
    least where a document's paragraphs are read one by one.
    """
    languages = [language] if language else list(LANGUAGE_CODES)
    if connection.vendor != "postgresql":
        # The embedded SQLite mode keeps no index: every word as a substring.
        condition = Q(version__language__in=languages)
        for word in query.words:
            condition &= Q(text__icontains=word)
        return condition
    if query.chinese:
        if "zh" not in languages:
            return Q(pk__in=[])
        return Q(version__language="zh", search=chinese_search_query(query))
    if not query.chinese_tsquery and "zh" in languages:
        languages.remove("zh")
    if not languages:
        return Q(pk__in=[])
    # Each language's paragraphs against the query read by its own configuration: "investigation"
    # finds "investigations" in English paragraphs only. Chinese paragraphs hold Latin words too
    # ("COVID-19"), lower-cased in their index.
    queries = {
        code: chinese_search_query(query)
        if code == "zh"
        else ParsedOnce(query.text, search_type="websearch", config=CONFIGURATIONS[code])
        for code in languages
    }
    if len(queries) == 1:
        (code, tsquery), *_ = queries.items()
        return Q(version__language=code, search=tsquery)
    if not indexed:
        condition = Q(version__language__in=list(queries))
        if "zh" in queries:
            # A Chinese version holding none of these words (in its latin_terms) is passed over
            # without reading its paragraphs; one indexed before it had them is read.
            loose = ParsedOnce(query.chinese_terms_anywhere, search_type="raw", config="simple")
            condition &= (
                ~Q(version__language="zh")
                | Q(version__latin_terms__isnull=True)
                | Q(version__latin_terms=loose)
            )
        own_query = Case(
            *[When(version__language=code, then=q) for code, q in queries.items()],
            output_field=SearchQueryField(),
        )
        return condition & Q(Matches(F("search"), own_query))
    by_language = reduce(
        operator.or_, [Q(version__language=code, search=q) for code, q in queries.items()]
    )
    # The same queries OR'd in one tsquery, on the paragraph alone: one GIN index scan finds the
    # candidates, where the conditions joined to the language would read every paragraph.
    return Q(search=reduce(operator.or_, queries.values())) & by_language


def chinese_search_query(query: Query) -> SearchQuery:
    return ParsedOnce(query.chinese_tsquery, search_type="raw", config="simple")


class Matches(Func):
    """`vector @@ query`, for a query that is an expression (Case) rather than a SearchQuery."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class ParsedOnce(SearchQuery):
    """A search query PostgreSQL parses once per statement, not once per paragraph it tests.

    As a sub-select it is an InitPlan, computed before the rows are read, and still serves the
    GIN index; written plainly, `websearch_to_tsquery(…)` is run again for every paragraph a
    document-by-document search tests (documents_page), which costs more than the test itself.
    """

    template = "(SELECT %(function)s(%(expressions)s))"
