"""The query side of search: one box over paragraphs, recommendations, titles and symbols.

It reads the box the way the index was built (documents.search.indexing): Chinese words as runs
of character pairs, the other languages through their configurations, every word required; on
SQLite, substrings.
"""

import logging
import operator
import re
from dataclasses import dataclass, replace
from functools import reduce
from html import escape  # Django's, made for lazy text, costs more per call
from typing import Any

import jieba
from django.apps import apps
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchQueryField
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    TextField,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.utils.safestring import SafeString, mark_safe

from documents.models import NEWEST_FIRST, Document, LanguageVersion, Paragraph
from documents.parsing import symbols
from documents.parsing.segmentation import HAN_CHARACTERS, chinese_query, runs
from meetings.languages import FALLBACK_ORDER, LANGUAGE_CODES

from .indexing import CONFIGURATIONS

# Chinese runs as segmentation.py reads them: a query holding one is read as Chinese.
HAN = re.compile(rf"[{HAN_CHARACTERS}]")
# Text in straight, curly or corner quotes stays one phrase, as websearch_to_tsquery keeps the
# other languages' quoted phrases: "“偷运移民”" finds the four characters in a row only.
QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」')
WORDS = re.compile(r"[^\W_]+")
# What a part of a symbol has and a word does not ("WG.7", "2020/2"): only then are symbols
# searched, which titles' trigram index cannot serve.
SYMBOL_PART = re.compile(r"[/.\d]")
# What websearch_to_tsquery reads as an operator rather than a word to look for.
OPERATORS = frozenset({"or"})

PARAGRAPHS_PER_DOCUMENT = 3
# Documents are counted up to here and the rest called "more": counting every document that
# holds a common word would read most of the index, for a number no reader needs exactly.
COUNTED_DOCUMENTS = 1000
# How many documents, newest first, a search reads for its page before it turns to the index.
NEWEST_READ = 300
# The most matching paragraphs read through the index for one search.
MATCHES_READ = 200_000
RECOMMENDATIONS_SHOWN = 10
TITLES_SHOWN = 10
SNIPPET_CHARACTERS = 160
# ts_headline marks the words it matched with these: imported texts hold no control characters.
HIT_START, HIT_END = "\x02", "\x03"
HIT = re.compile(f"{HIT_START}(.*?){HIT_END}", re.DOTALL)

jieba.setLogLevel(logging.WARNING)  # jieba prints its dictionary loading to stderr otherwise


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
    label: str
    anchor: str  # "para-12": the numbered paragraph it is (or belongs to); "" for none
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

    recommendation: Any  # recommendations.models.Recommendation, which documents cannot import
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


@dataclass(frozen=True, slots=True)
class Query:
    """A query as typed, read once: whether it is Chinese and the words it requires."""

    text: str
    chinese: bool
    words: tuple[str, ...]  # each required; for substring matches and highlighting

    @property
    def chinese_tsquery(self) -> str:
        """The raw tsquery against the character-pair index: every word as a phrase of pairs."""
        # A word of "other numbers" only ("²") has no index term and so no phrase.
        phrases = [chinese_query(word) for word in self.words]
        return " & ".join(f"({phrase})" for phrase in phrases if phrase)

    @property
    def chinese_terms_anywhere(self) -> str:
        """The same terms, each anywhere: for a vector without positions (latin_terms)."""
        return self.chinese_tsquery.replace(" <-> ", " & ")


def read_query(text: str, *, by_words: bool = False) -> Query:
    """Split what was typed into the words a paragraph must hold.

    A Chinese run is searched as typed, as the substring a reader's Ctrl+F would find
    ("执法合作" finds 执法合作, not 执法 here and 合作 there); spaces separate words. With
    `by_words`, runs outside quotes are cut into words by jieba ("移民人权" -> 移民, 人权), each
    required somewhere in the paragraph: the second try of a query that found nothing as typed.
    """
    text = " ".join(text.split())
    if not HAN.search(text):
        words = [word for word in WORDS.findall(text) if word.lower() not in OPERATORS]
        return Query(text=text, chinese=False, words=tuple(dict.fromkeys(words)))
    words: list[str] = []
    place = 0

    def unquoted(part: str) -> list[str]:
        if by_words:
            return jieba.lcut(part, cut_all=False)
        return runs(part)  # as the index reads a text

    for quoted in QUOTED.finditer(text):
        words += unquoted(text[place : quoted.start()])
        words.append(next(group for group in quoted.groups() if group is not None).strip())
        place = quoted.end()
    words += unquoted(text[place:])
    # Punctuation and spaces come out of jieba as words of their own; they index nothing.
    kept = [word.strip() for word in words if chinese_query(word)]
    return Query(text=text, chinese=True, words=tuple(dict.fromkeys(kept)))


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
        condition &= Q(**{f"{prefix}meeting__start_date__year": filters.year}) | Q(
            **{f"{prefix}meeting__isnull": True, f"{prefix}issue_date__year": filters.year}
        )
    if filters.theme:
        # ThemePaper's reverse name: the thematic index lives in recommendations, which imports
        # documents, so the filter goes through the relation rather than the model.
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
    in_scope = Document.objects.public().filter(document_q(filters))
    start, end = (page - 1) * per_page, page * per_page
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
    if len(ids) < end and more:
        # Too few among the newest: the documents of every matching paragraph, through the
        # search index. The slice keeps PostgreSQL from reading documents one by one instead.
        indexed = paragraph_match(query, filters.language, indexed=True)
        paragraphs = Paragraph.objects.filter(indexed).values("version__document_id")
        ids = newest_first_ids(in_scope.filter(pk__in=paragraphs[:MATCHES_READ]))
        more = len(ids) > COUNTED_DOCUMENTS
        ids = ids[:COUNTED_DOCUMENTS]
    total = len(ids)
    if not ids[start:end]:
        return (), total, more  # past the last page: the count lets the page link back
    found = list(
        Document.objects.filter(pk__in=ids[start:end])
        .select_related("meeting__body", "body")
        .order_by(*NEWEST_FIRST)
    )
    ids = [document.pk for document in found]
    first = Case(When(version__language=prefer, then=0), default=1)
    paragraphs = list(
        Paragraph.objects.public()
        .filter(match, version__document_id__in=ids)
        .annotate(
            document_pk=F("version__document_id"),
            language=F("version__language"),
            numbered=Coalesce("number", "parent__number", "parent__parent__number"),
            place=Window(
                RowNumber(),
                partition_by=F("version__document_id"),
                order_by=[first, "order", "version__language"],
            ),
            matches=Window(Count("pk"), partition_by=F("version__document_id")),
        )
        .filter(place__lte=PARAGRAPHS_PER_DOCUMENT)
        .order_by("document_pk", "place")
        .only("id", "number", "label", "text")
    )
    stemmed = stemmed_hits(query, {p.pk: p.language for p in paragraphs if p.language != "zh"})
    versions: dict[int, list[LanguageVersion]] = {pk: [] for pk in ids}
    for version in LanguageVersion.objects.filter(document_id__in=ids).only(
        "document_id", "language", "title"
    ):
        versions[version.document_id].append(version)
    by_document: dict[int, list[Paragraph]] = {pk: [] for pk in ids}
    for paragraph in paragraphs:
        by_document[paragraph.document_pk].append(paragraph)
    hits = []
    for document in found:
        titled = shown_first([v for v in versions[document.pk] if v.title], prefer)
        shown = by_document[document.pk]
        hits.append(
            DocumentHit(
                document=document,
                title=titled.title if titled else "",
                title_language=titled.language if titled else "",
                languages=tuple(
                    sorted({v.language for v in versions[document.pk]}, key=LANGUAGE_CODES.index)
                ),
                matches=shown[0].matches if shown else 0,
                paragraphs=tuple(
                    ParagraphHit(
                        number=paragraph.number,
                        label=paragraph.label,
                        anchor=f"para-{paragraph.numbered}" if paragraph.numbered else "",
                        language=paragraph.language,
                        snippet=snippet(
                            paragraph.text,
                            stemmed.get(paragraph.pk) or query.words,
                            whole_words=paragraph.language != "zh",
                        ),
                    )
                    for paragraph in shown
                ),
            )
        )
    return tuple(hits), total, more


def newest_first_ids(documents) -> list[int]:
    """The ids of the documents, newest first, up to one more than COUNTED_DOCUMENTS."""
    return list(
        documents.order_by(*NEWEST_FIRST).values_list("pk", flat=True)[: COUNTED_DOCUMENTS + 1]
    )


def stemmed_hits(query: Query, languages: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """The words of each paragraph (not Chinese) that PostgreSQL's configuration matched.

    Python cannot tell that "investigations" matched "investigation"; ts_headline can. Only the
    words it marks are kept: it drops what looks like markup ("<script>") from the text it
    returns, so the snippet itself is cut from the paragraph in Python. Chinese needs neither:
    a character-pair query matches the words as typed. `languages` gives each paragraph's.
    """
    if not languages or connection.vendor != "postgresql":
        return {}
    headline = Case(
        *[
            When(
                version__language=code,
                then=SearchHeadline(
                    "text",
                    ParsedOnce(query.text, search_type="websearch", config=config),
                    config=config,
                    start_sel=HIT_START,
                    stop_sel=HIT_END,
                    highlight_all=True,
                ),
            )
            for code, config in CONFIGURATIONS.items()
            if code in set(languages.values())
        ],
        output_field=TextField(),
    )
    rows = Paragraph.objects.filter(pk__in=list(languages)).annotate(headline=headline)
    return {
        pk: tuple(dict.fromkeys(HIT.findall(text)))
        for pk, text in rows.values_list("pk", "headline")
        if text
    }


def snippet(
    text: str, words: tuple[str, ...], *, whole_words: bool = False, width: int = SNIPPET_CHARACTERS
) -> SafeString:
    """A window of the text around its first hit, escaped, with every hit in <mark>."""
    hits = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True) if word)
    # Stemmed words are marked whole ("in" is no hit inside "investigation"); Chinese has no
    # spaces to tell words apart, and substring searches match inside words too.
    pattern = re.compile(rf"(?<!\w)(?:{hits})(?!\w)" if whole_words else hits, re.IGNORECASE)
    first = pattern.search(text) if hits else None
    start = max((first.start() if first else 0) - width // 4, 0)
    end = min(start + width, len(text))
    window = text[start:end]
    # Words found side by side are one mark: "<mark>偷运移民</mark>", not two.
    spans: list[list[int]] = []
    for hit in pattern.finditer(window) if hits else ():
        if spans and spans[-1][1] == hit.start():
            spans[-1][1] = hit.end()
        else:
            spans.append([hit.start(), hit.end()])
    parts = ["…"] if start else []
    place = 0
    for hit_start, hit_end in spans:
        parts += [escape(window[place:hit_start]), "<mark>", escape(window[hit_start:hit_end])]
        parts.append("</mark>")
        place = hit_end
    parts.append(escape(window[place:]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))


def shown_first(versions: list[LanguageVersion], prefer: str) -> LanguageVersion | None:
    """The version to show: in the reader's language, else the first in FALLBACK_ORDER."""
    order = (prefer, *FALLBACK_ORDER)
    return min(
        versions, key=lambda v: order.index(v.language) if v.language in order else 9, default=None
    )


def matching_recommendations(
    query: Query, filters: SearchFilters, *, prefer: str
) -> tuple[RecommendationHit, ...]:
    """Public recommendations whose text, in one language, holds every word."""
    if filters.document_type:
        return ()  # recommendations are not documents of a type
    recommendations = apps.get_model("recommendations", "Recommendation").objects.public()
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
        version = shown_first(found, prefer)
        hits.append(
            TitleHit(
                document=version.document,
                language=version.language,
                title=snippet(version.title, query.words, width=len(version.title)),
            )
        )
    return tuple(hits)
