"""One page of the documents whose paragraphs match, newest first, without ranking every hit."""

from django.db.models import (
    Case,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber

from documents.models import NEWEST_FIRST, Document, LanguageVersion, Paragraph, paragraph_anchor
from wgportal.languages import LANGUAGE_CODES

from .matching import document_q, paragraph_match
from .reading import Query
from .results import DocumentHit, ParagraphHit, SearchFilters
from .snippets import snippet, stemmed_hits

PARAGRAPHS_PER_DOCUMENT = 3
# Documents are counted up to here and the rest called "more": counting every document that
# holds a common word would read most of the index, for a number no reader needs exactly.
COUNTED_DOCUMENTS = 1000
# How many documents, newest first, a search reads for its page before it turns to the index.
NEWEST_READ = 300
# The most matching paragraphs read through the index for one search.
MATCHES_READ = 200_000


def documents_page(
    query: Query, filters: SearchFilters, *, page: int, per_page: int, prefer: str
) -> tuple[tuple[DocumentHit, ...], int, bool]:
    """One page of the documents with matching paragraphs, how many there are, whether more.

    A common word is in hundreds of thousands of paragraphs: finding them all through the
    search index, to sort their documents by date, takes seconds. So the newest documents are
    read first (NEWEST_READ of them, along their index), each tested for a matching paragraph:
    a common word fills the page from them, and the count says "or more" after what they hold.
    Only a word too rare to fill the page there is looked up in the whole search index, which
    finds rare words fast, and then the count is exact (up to COUNTED_DOCUMENTS).
    """
    match = paragraph_match(query, filters.language)
    ids, more = matching_ids(query, filters, match, needed=page * per_page)
    total = len(ids)
    on_page = ids[(page - 1) * per_page : page * per_page]
    if not on_page:
        return (), total, more  # past the last page: the count lets the page link back
    found = list(
        Document.objects.filter(pk__in=on_page)
        .with_public_meeting()
        .select_related("meeting__body", "body")
        .prefetch_related(
            Prefetch("versions", LanguageVersion.objects.only("document_id", "language", "title"))
        )
        .order_by(*NEWEST_FIRST)
    )
    paragraphs = first_matching_paragraphs(match, [document.pk for document in found], prefer)
    stemmed = stemmed_hits(query, {p.pk: p.language for p in paragraphs if p.language != "zh"})
    by_document: dict[int, list[Paragraph]] = {document.pk: [] for document in found}
    for paragraph in paragraphs:
        by_document[paragraph.document_pk].append(paragraph)
    hits = tuple(
        document_hit(
            document, by_document[document.pk], query=query, stemmed=stemmed, prefer=prefer
        )
        for document in found
    )
    return hits, total, more


def matching_ids(
    query: Query, filters: SearchFilters, match: Q, *, needed: int
) -> tuple[list[int], bool]:
    """The documents in scope with a matching paragraph, newest first, and whether more may.

    `needed` is how many the page needs, its own and the pages before it: only when the newest
    documents hold fewer is the search index read.
    """
    in_scope = Document.objects.public().filter(document_q(filters))
    # Each of the newest documents (one more, to tell whether there are others), with whether
    # it holds a match. The slice fences the subquery, so that PostgreSQL expects those few
    # documents and tests each from its own paragraphs rather than reading the whole index.
    newest = list(
        Document.objects.filter(
            pk__in=in_scope.order_by(*NEWEST_FIRST).values("pk")[: NEWEST_READ + 1]
        )
        .annotate(
            # A paragraph's id rather than EXISTS, which PostgreSQL may answer by hashing every
            # matching paragraph of the index first.
            holds=Subquery(
                Paragraph.objects.filter(match, version__document=OuterRef("pk"))
                .order_by()
                .values("pk")[:1]
            )
        )
        .order_by(*NEWEST_FIRST)
        .values_list("pk", "holds")
    )
    more = len(newest) > NEWEST_READ
    ids = [pk for pk, holds in newest[:NEWEST_READ] if holds is not None]
    if len(ids) < needed and more:
        # Too few among the newest: the documents of every matching paragraph, through the
        # search index. The slice keeps PostgreSQL from reading documents one by one instead.
        indexed = paragraph_match(query, filters.language, indexed=True)
        paragraphs = Paragraph.objects.filter(indexed).values("version__document_id")
        ids = newest_first_ids(in_scope.filter(pk__in=paragraphs[:MATCHES_READ]))
        more = len(ids) > COUNTED_DOCUMENTS
        ids = ids[:COUNTED_DOCUMENTS]
    return ids, more


def first_matching_paragraphs(match: Q, ids: list[int], prefer: str) -> list[Paragraph]:
    """The first PARAGRAPHS_PER_DOCUMENT matching paragraphs of each document, the reader's
    language first, each with its document, language, numbered paragraph and count of matches."""
    first = Case(When(version__language=prefer, then=0), default=1)
    return list(
        Paragraph.objects.public()
        .filter(match, version__document_id__in=ids)
        .annotate(
            document_pk=F("version__document_id"),
            language=F("version__language"),
            numbered=Coalesce("number", "parent__number", "parent__parent__number"),
            # The part (body or annex) of that numbered paragraph: an annex numbers anew.
            numbered_part=Case(
                When(number__isnull=False, then="part"),
                When(parent__number__isnull=False, then="parent__part"),
                default="parent__parent__part",
            ),
            place=Window(
                RowNumber(),
                partition_by=F("version__document_id"),
                order_by=[first, "order", "version__language"],
            ),
            matches=Window(Count("pk"), partition_by=F("version__document_id")),
        )
        .filter(place__lte=PARAGRAPHS_PER_DOCUMENT)
        .order_by("document_pk", "place")
        .only("id", "number", "label", "part", "text")
    )


def document_hit(
    document: Document,
    paragraphs: list[Paragraph],
    *,
    query: Query,
    stemmed: dict[int, tuple[str, ...]],
    prefer: str,
) -> DocumentHit:
    """A document found, titled as its page is for the reader, its first matching paragraphs."""
    titled = document.version_for(prefer, titled=True)
    held = {version.language for version in document.versions.all()}
    return DocumentHit(
        document=document,
        title=titled.title if titled else "",
        title_language=titled.language if titled else "",
        languages=tuple(sorted(held, key=LANGUAGE_CODES.index)),
        matches=paragraphs[0].matches if paragraphs else 0,
        paragraphs=tuple(
            ParagraphHit(
                number=paragraph.number,
                part=paragraph.part,
                label=paragraph.label,
                anchor=paragraph_anchor(paragraph.numbered, paragraph.numbered_part or 0),
                language=paragraph.language,
                snippet=snippet(
                    paragraph.text,
                    stemmed.get(paragraph.pk) or query.words,
                    whole_words=paragraph.language != "zh",
                ),
            )
            for paragraph in paragraphs
        ),
    )


def newest_first_ids(documents) -> list[int]:
    """The ids of the documents, newest first, up to one more than COUNTED_DOCUMENTS."""
    return list(
        documents.order_by(*NEWEST_FIRST).values_list("pk", flat=True)[: COUNTED_DOCUMENTS + 1]
    )
