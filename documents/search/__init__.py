"""Full-text search of paragraphs: the index the import fills, and the queries of the search box."""

from .indexing import (
    CONFIGURATIONS,
    ParagraphIndex,
    index_latin_terms,
    index_text,
    index_version,
)
from .matching import paragraph_match
from .queries import document_of_symbol, search
from .reading import Query, read_query
from .results import (
    DocumentHit,
    ParagraphHit,
    RecommendationHit,
    SearchFilters,
    SearchResults,
    TitleHit,
)

__all__ = [
    "CONFIGURATIONS",
    "DocumentHit",
    "ParagraphHit",
    "ParagraphIndex",
    "Query",
    "RecommendationHit",
    "SearchFilters",
    "SearchResults",
    "TitleHit",
    "document_of_symbol",
    "index_latin_terms",
    "index_text",
    "index_version",
    "paragraph_match",
    "read_query",
    "search",
]
