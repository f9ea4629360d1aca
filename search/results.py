"""What a search is narrowed to, and what it finds."""

from dataclasses import dataclass

from django.utils.safestring import SafeString

from documents.models import Document
from recommendations.models import Recommendation


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchFilters:
    """What a reader narrows a search to; None (or "") leaves a filter open."""

    body: int | None = None
    meeting: int | None = None
    year: int | None = None  # of the meeting's opening, or the issue date without a meeting
    language: str = ""
    document_type: str = ""
    theme: int | None = None  # a theme of the thematic index, by id


@dataclass(frozen=True, slots=True, kw_only=True)
class ParagraphHit:
    """A paragraph that matches, with its snippet as safe HTML (hits in <mark>)."""

    number: int | None
    part: int  # 0 the body, 1… an annex numbered anew (Paragraph.part)
    label: str
    # "para-12", "annex1-para-3": the numbered paragraph it is (or belongs to); "" for none.
    anchor: str
    language: str
    snippet: SafeString


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentHit:
    """A document with matching paragraphs: how many match and the first few of them."""

    document: Document
    title: str
    title_language: str
    languages: tuple[str, ...]
    matches: int
    paragraphs: tuple[ParagraphHit, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class RecommendationHit:
    """A public recommendation whose text holds every word searched for."""

    recommendation: Recommendation
    language: str
    snippet: SafeString


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleHit:
    """A document whose title or symbol holds the words searched for."""

    document: Document
    language: str
    title: SafeString


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchResults:
    """One page of documents with matching paragraphs, and the matching recommendations and titles.

    `document` is set when the box held the symbol of a public document: the reader goes there.
    """

    text: str
    document: Document | None = None
    documents: tuple[DocumentHit, ...] = ()
    total: int = 0  # documents with a matching paragraph, over all pages, up to COUNTED_DOCUMENTS
    more: bool = False  # whether other documents may match too: `total` is a lower bound
    page: int = 1
    pages: int = 0
    recommendations: tuple[RecommendationHit, ...] = ()
    titles: tuple[TitleHit, ...] = ()
    # Set when nothing held the Chinese as typed and these words, each anywhere, were searched.
    words: tuple[str, ...] = ()
