"""The query side of search: one box over paragraphs, recommendations, titles and symbols.

It reads the box the way the index was built (documents.indexing): Chinese words as runs
of character pairs, the other languages through their configurations, every word required; on
SQLite, substrings.
"""

from dataclasses import replace

from documents.models import Document
from documents.parsing import symbols

from .beside import matching_recommendations, matching_titles
from .pages import documents_page
from .reading import read_query
from .results import SearchFilters, SearchResults


def search(
    *,
    text: str,
    filters: SearchFilters,
    page: int,
    per_page: int = 10,
    reader_language: str = "en",
) -> SearchResults:
    """Search paragraphs, recommendations, titles and symbols of public documents.

    Documents come newest first (by issue date), then by symbol: a common term
    matches hundreds of thousands of paragraphs, and ranking them all would cost more than the
    reader gains (DESIGN.md, Search). The number of queries does not depend on the hits.
    """
    text = text.strip()
    document = document_of_symbol(text)
    if document is not None:
        return SearchResults(text=text, document=document)
    query = read_query(text)
    if not query.words:
        return SearchResults(text=text)
    page = max(page, 1)
    hits, total, more = documents_page(
        query, filters, page=page, per_page=per_page, prefer=reader_language
    )
    by_words = False
    if not total and query.chinese:
        # Nothing holds the Chinese as typed: try its words, each anywhere in a paragraph.
        loose = read_query(text, by_words=True)
        if loose.words != query.words:
            query, by_words = loose, True
            hits, total, more = documents_page(
                query, filters, page=page, per_page=per_page, prefer=reader_language
            )
    return SearchResults(
        text=text,
        words=query.words if by_words else (),
        documents=hits,
        total=total,
        more=more,
        page=page,
        pages=-(-total // per_page),
        recommendations=matching_recommendations(query, filters, prefer=reader_language),
        titles=matching_titles(query, filters, prefer=reader_language),
    )


def document_of_symbol(text: str) -> Document | None:
    """The public document whose symbol was typed ("ctoc/cop/wg.7/2020/2"), or None."""
    if "/" not in text:
        return None  # every symbol has a body before a slash; spare the parse of plain words
    try:
        symbol = symbols.parse(text)
    except symbols.SymbolError:
        return None
    # The reissue mark and INF.1 against INF/1 are typography: any written form finds the document.
    written = {
        str(replace(symbol, inf_with_slash=inf, reissue=reissue))
        for inf in (False, True)
        for reissue in (False, True)
    }
    found = {
        document.symbol: document
        for document in Document.objects.public().filter(symbol__in=written)
    }
    return found.get(str(symbol)) or next(iter(found.values()), None)
