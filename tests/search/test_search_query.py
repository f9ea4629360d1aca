"""Search: one box over paragraphs, recommendations, titles and symbols, public rows only."""

import datetime
import functools
import random
import re
from collections import Counter

import pytest
from django.urls import reverse

from documents.models import Document, ImportJob, Paragraph
from documents.services import create_import_job, run_import_job
from meetings.models import Meeting
from recommendations.models import Recommendation, ThemePaper
from search import pages, views
from search.matching import paragraph_match
from search.queries import search
from search.reading import read_query
from search.results import SearchFilters
from tests.factories import (
    BodyFactory,
    DocumentFactory,
    DraftReportFactory,
    MeetingFactory,
    RecommendationFactory,
    ThemeFactory,
)
from tests.search.indexed import indexed_version
from wgportal.bench.papers import background_paper

pytestmark = pytest.mark.django_db

BACKGROUND_PAPER = "002_34c4a39df3e2a875.txt"
ENGLISH_PHRASES = (
    "States parties strengthened judicial cooperation",
    "smugglers advertise their services online",
    "financial investigations traced the proceeds of crime",
    "border management agencies exchanged information",
    "the rights of migrants must be protected",
    "joint investigation teams improved prosecutions",
    "women and children face a higher risk of exploitation",
    "the secretariat provided technical assistance and training",
)
NOTHING = SearchFilters()


def imported(name: str, text: str) -> Document:
    job = run_import_job(job=create_import_job(name=name, data=text.encode(), queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job.document


def english_paper(number: int, *, paragraphs: int = 12) -> str:
    """A short English background paper CTOC/COP/WG.7/2031/<number> from ENGLISH_PHRASES."""
    rng = random.Random(number)
    lines = [
        f"CTOC/COP/WG.7/2031/{number}",
        "Working Group on the Smuggling of Migrants",
        "Vienna, 3 and 4 June 2031",
        "Background paper prepared by the Secretariat",
        "I. Introduction",
    ]
    for index in range(1, paragraphs + 1):
        sentence = ", ".join(rng.choice(ENGLISH_PHRASES) for _ in range(rng.randint(1, 3)))
        lines.append(f"{index}. {sentence[0].upper()}{sentence[1:]}.")
    return "\n".join(lines) + "\n"


def every_hit(text: str, filters: SearchFilters = NOTHING) -> dict[str, int]:
    """Matching paragraphs per document symbol, over the whole result list."""
    results = search(text=text, filters=filters, page=1, per_page=500)
    assert results.pages <= 1
    return {hit.document.symbol: hit.matches for hit in results.documents}


def symbols_found(text: str, filters: SearchFilters = NOTHING) -> set[str]:
    return set(every_hit(text, filters))


@pytest.fixture
def corpus(seeds) -> None:
    """30 generated Chinese papers, seed 002 and 20 English papers, imported and public."""
    for number in range(1, 31):
        imported(f"paper-{number}.txt", background_paper(number, paragraphs=30))
    imported(BACKGROUND_PAPER, (seeds / BACKGROUND_PAPER).read_text(encoding="utf-8"))
    for number in range(1, 21):
        imported(f"paper-en-{number}.txt", english_paper(number))
    # The import creates the meetings it reads of unpublished, for the secretariat to check.
    Meeting.objects.update(published=True)
    assert Document.objects.public().count() == 51


def scanned(found) -> dict[int, str]:
    """The public paragraphs for which `found(text)` holds, with their document's symbol."""
    return {
        pk: symbol
        for pk, symbol, text in Paragraph.objects.public().values_list(
            "pk", "version__document__symbol", "text"
        )
        if found(text)
    }


def mismatch(query: str, expected: dict[int, str]) -> tuple | None:
    """How the search differs from the scan: in the paragraphs it matches, or per document."""
    assert expected, f"{query!r} is in no paragraph: the comparison would prove nothing"
    matched = set(
        Paragraph.objects.public()
        .filter(paragraph_match(read_query(query), ""))
        .values_list("pk", flat=True)
    )
    per_document = dict(Counter(expected.values()))
    if matched != set(expected) or every_hit(query) != per_document:
        return (matched ^ set(expected), every_hit(query), per_document)
    return None


# Query, and the substrings a paragraph must hold for it: a Chinese run as typed (Ctrl+F's
# answer), words apart where spaces part them, quoted text as typed.
CHINESE_TERMS = [
    ("偷", ["偷"]),
    ("罪", ["罪"]),
    ("移民", ["移民"]),
    ("合作", ["合作"]),
    ("疫情", ["疫情"]),
    ("偷运移民", ["偷运移民"]),
    ("执法合作", ["执法合作"]),
    ("新冠肺炎", ["新冠肺炎"]),
    ("“偷运移民”", ["偷运移民"]),
    ('"技术援助"', ["技术援助"]),
    ("移民 培训", ["移民", "培训"]),
    ("偷运 UNODC", ["偷运", "unodc"]),
]
# Query, and the word forms that English stemming takes for the same word.
ENGLISH_TERMS = [
    ("investigation", ["investigation", "investigations"]),
    ("online", ["online"]),
    ("Financial", ["financial"]),
    ("migrants", ["migrants"]),
    ("exploitation", ["exploitation"]),
    ("covid", ["covid"]),
]


@pytest.mark.parametrize("newest_read", [pages.NEWEST_READ, 7])
def test_chinese_and_english_queries_find_exactly_what_a_substring_scan_finds(
    corpus, monkeypatch, newest_read
):
    # With the default, the newest documents read first are all 51 of them; with 7, a page of
    # 500 cannot be filled from those, and every search goes through the whole index.
    monkeypatch.setattr(pages, "NEWEST_READ", newest_read)
    mismatches = {}
    for query, words in CHINESE_TERMS:
        expected = scanned(lambda text, words=words: all(w in text.lower() for w in words))
        mismatches[query] = mismatch(query, expected)
    for query, forms in ENGLISH_TERMS:
        pattern = re.compile(rf"\b({'|'.join(forms)})\b", re.IGNORECASE)
        mismatches[query] = mismatch(query, scanned(lambda text, p=pattern: bool(p.search(text))))
    both = re.compile(r"\bjoint\b.*\bteams\b|\bteams\b.*\bjoint\b", re.IGNORECASE)
    mismatches["joint teams"] = mismatch("joint teams", scanned(lambda t: bool(both.search(t))))
    assert {query: found for query, found in mismatches.items() if found} == {}


def test_a_chinese_query_is_searched_as_typed_and_by_its_words_only_when_nothing_holds_it():
    assert read_query("移民的人权").words == ("移民的人权",)
    assert read_query("移民的人权", by_words=True).words == ("移民", "的", "人权")
    assert read_query("“偷运移民”，COVID-19").words == ("偷运移民", "COVID", "19")
    assert read_query("financial OR investigations").words == ("financial", "investigations")
    document = DocumentFactory()
    indexed_version(document, "zh", ["移民的人权必须得到保护。", "移民和人权。", "人权。"])

    as_typed = search(text="移民和人权", filters=NOTHING, page=1)
    by_words = search(text="移民人权", filters=NOTHING, page=1)

    assert [p.number for p in as_typed.documents[0].paragraphs] == [2]
    assert as_typed.words == ()
    assert [p.number for p in by_words.documents[0].paragraphs] == [1, 2]
    assert by_words.words == ("移民", "人权")
    assert (
        by_words.documents[0].paragraphs[0].snippet
        == "<mark>移民</mark>的<mark>人权</mark>必须得到保护。"
    )


def hidden_and_public_documents() -> Document:
    """One public document and, holding the same words, every kind of document kept hidden."""
    public = DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")
    hidden = [
        DocumentFactory(
            symbol="CTOC/COP/WG.7/2020/L.9", distribution=Document.Distribution.LIMITED
        ),
        DocumentFactory(
            symbol="CTOC/COP/WG.7/2020/R.9", distribution=Document.Distribution.RESTRICTED
        ),
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/9", published=False),
        DocumentFactory(symbol="CTOC/COP/WG.7/2019/9", withdrawn=True),
        DraftReportFactory(
            document__symbol="CTOC/COP/WG.7/2020/L.8", document__published=True
        ).document,
    ]
    # A draft report published by mistake, of General distribution, stays hidden too.
    Document.objects.filter(symbol="CTOC/COP/WG.7/2020/L.8").update(
        distribution=Document.Distribution.GENERAL
    )
    for document in [public, *hidden]:
        indexed_version(document, "zh", ["偷运移民问题。"], title="偷运移民问题背景文件")
        indexed_version(document, "en", ["Smuggling of migrants."], title="Smuggling of migrants")
    return public


def test_limited_restricted_unpublished_withdrawn_and_draft_documents_never_appear_in_results(
    client,
):
    hidden_and_public_documents()
    shown = RecommendationFactory(
        text_zh="打击偷运移民。", text_en="Against smuggling of migrants."
    )
    RecommendationFactory(text_zh="偷运移民草案。", status=Recommendation.Status.DRAFT)
    RecommendationFactory(text_zh="偷运移民。", meeting=MeetingFactory(published=False))

    for text in ("偷运移民", "smuggling migrants", "CTOC/COP/WG.7"):
        results = search(text=text, filters=NOTHING, page=1)
        if text != "CTOC/COP/WG.7":
            assert [hit.document.symbol for hit in results.documents] == ["CTOC/COP/WG.7/2020/2"]
            assert [hit.recommendation for hit in results.recommendations] == [shown]
        assert [hit.document.symbol for hit in results.titles] == ["CTOC/COP/WG.7/2020/2"]

    page = client.get(reverse("search"), {"q": "偷运移民"}).content.decode()
    assert "CTOC/COP/WG.7/2020/2" in page
    for symbol in ("L.9", "R.9", "2020/9", "2019/9", "L.8"):
        assert symbol not in page
    assert "偷运移民草案" not in page
    # Typing a hidden document's symbol opens nothing: the reader gets a result page.
    response = client.get(reverse("search"), {"q": "CTOC/COP/WG.7/2020/L.9"})
    assert response.status_code == 200
    assert "/en/documents/CTOC/COP/WG.7/2020/L.9/" not in response.content.decode()
    assert "偷运移民问题背景文件" not in response.content.decode()


@pytest.fixture
def filtered_corpus() -> dict:
    """Documents of two bodies, three meetings and years, two languages, two types, one theme."""
    wg7 = BodyFactory()
    wg4 = BodyFactory(symbol_prefix="CTOC/COP/WG.4", name_en="Trafficking in Persons")
    seventh = MeetingFactory(body=wg7, ordinal=7, start_date=datetime.date(2020, 9, 8))
    sixth = MeetingFactory(
        body=wg7,
        ordinal=6,
        start_date=datetime.date(2019, 9, 11),
        end_date=datetime.date(2019, 9, 13),
    )
    tenth = MeetingFactory(body=wg4, ordinal=10, start_date=datetime.date(2020, 7, 6))
    documents = [
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/2", meeting=seventh),
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/4", meeting=seventh, type=Document.Type.REPORT),
        DocumentFactory(symbol="CTOC/COP/WG.7/2019/2", meeting=sixth),
        DocumentFactory(symbol="CTOC/COP/WG.4/2020/2", meeting=tenth),
        # Without a meeting, a document's year is its issue date's.
        DocumentFactory(
            symbol="A/RES/73/195", meeting=None, issue_date=datetime.date(2018, 12, 19)
        ),
    ]
    for document in documents:
        indexed_version(document, "zh", [f"加强执法合作。{document.symbol}"])
        indexed_version(document, "en", [f"Law enforcement cooperation. {document.symbol}"])
    theme = ThemeFactory()
    ThemePaper.objects.create(theme=theme, document=documents[2])
    return {"wg4": wg4, "sixth": sixth, "theme": theme}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            lambda c: NOTHING,
            {"WG.7/2020/2", "WG.7/2020/4", "WG.7/2019/2", "WG.4/2020/2", "A/RES/73/195"},
        ),
        (lambda c: SearchFilters(body=c["wg4"].pk), {"WG.4/2020/2"}),
        (lambda c: SearchFilters(meeting=c["sixth"].pk), {"WG.7/2019/2"}),
        (lambda c: SearchFilters(year=2020), {"WG.7/2020/2", "WG.7/2020/4", "WG.4/2020/2"}),
        (lambda c: SearchFilters(year=2018), {"A/RES/73/195"}),
        (lambda c: SearchFilters(document_type=Document.Type.REPORT), {"WG.7/2020/4"}),
        (lambda c: SearchFilters(theme=c["theme"].pk), {"WG.7/2019/2"}),
        (lambda c: SearchFilters(year=2020, body=c["wg4"].pk), {"WG.4/2020/2"}),
    ],
)
def test_each_filter_narrows_the_results(filtered_corpus, filters, expected):
    for text in ("执法合作", "cooperation"):
        found = symbols_found(text, filters(filtered_corpus))
        assert {symbol.removeprefix("CTOC/COP/") for symbol in found} == expected, text


def test_the_language_filter_keeps_paragraphs_of_that_language(filtered_corpus):
    indexed_version(DocumentFactory(symbol="CTOC/COP/WG.7/2020/9"), "zh", ["执法合作。"])
    everything = search(text="cooperation", filters=NOTHING, page=1)
    english = search(text="cooperation", filters=SearchFilters(language="en"), page=1)
    chinese = search(text="执法合作", filters=SearchFilters(language="zh"), page=1)

    assert {p.language for hit in english.documents for p in hit.paragraphs} == {"en"}
    assert english.total == everything.total == 5
    assert {p.language for hit in chinese.documents for p in hit.paragraphs} == {"zh"}
    assert chinese.total == 6
    # A Chinese query searches Chinese paragraphs: with English asked for, nothing is found.
    assert search(text="执法合作", filters=SearchFilters(language="en"), page=1).total == 0


def test_results_come_a_page_of_documents_at_a_time_newest_first(client):
    meeting = MeetingFactory()
    for number in range(1, 26):
        document = DocumentFactory(
            symbol=f"CTOC/COP/WG.7/2020/{number}",
            meeting=None,
            issue_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
        indexed_version(document, "zh", ["偷运移民问题。", "移民。", "偷运。", "偷运移民。"])
    DocumentFactory(meeting=meeting)  # no paragraphs: never in the results

    first = search(text="偷运", filters=NOTHING, page=1, per_page=10)
    last = search(text="偷运", filters=NOTHING, page=3, per_page=10)
    beyond = search(text="偷运", filters=NOTHING, page=4, per_page=10)

    assert (first.total, first.pages) == (25, 3)
    assert [hit.document.symbol for hit in first.documents][:2] == [
        "CTOC/COP/WG.7/2020/25",
        "CTOC/COP/WG.7/2020/24",
    ]
    assert [hit.document.symbol for hit in last.documents] == [
        f"CTOC/COP/WG.7/2020/{n}" for n in range(5, 0, -1)
    ]
    assert (beyond.documents, beyond.total, beyond.pages) == ((), 25, 3)
    # Three paragraphs shown of the three that match, each linked to its number.
    hit = first.documents[0]
    assert (hit.matches, [p.anchor for p in hit.paragraphs]) == (3, ["para-1", "para-3", "para-4"])

    response = client.get(reverse("search"), {"q": "偷运", "language": "zh"})
    html = response.content.decode()
    assert 'href="?q=%E5%81%B7%E8%BF%90&amp;language=zh&amp;page=2"' in html
    assert 'href="/en/documents/CTOC/COP/WG.7/2020/25/#para-1"' in html


def test_a_common_word_fills_its_page_from_the_newest_documents_and_counts_them_as_a_floor(
    client, monkeypatch
):
    monkeypatch.setattr(pages, "NEWEST_READ", 6)
    for number in range(1, 16):
        document = DocumentFactory(
            symbol=f"CTOC/COP/WG.7/2020/{number}",
            meeting=None,
            issue_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
        # All but the newest hold 移民; the two oldest alone hold 护照.
        if number == 15:
            indexed_version(document, "zh", ["空白。"])
        else:
            indexed_version(document, "zh", ["移民。", *(["护照。"] if number <= 2 else [])])
        if number <= 4:
            Document.objects.filter(pk=document.pk).update(type=Document.Type.SECRETARIAT_REPORT)
    newest_first = [f"CTOC/COP/WG.7/2020/{n}" for n in range(14, 0, -1)]

    common = search(text="移民", filters=NOTHING, page=1, per_page=2)
    # The page comes from the six newest documents, of which five hold the word: "5 or more".
    assert [hit.document.symbol for hit in common.documents] == newest_first[:2]
    assert (common.total, common.more, common.pages) == (5, True, 3)
    # A page past those five reads the whole index, and then the count is exact.
    deep = search(text="移民", filters=NOTHING, page=4, per_page=2)
    assert [hit.document.symbol for hit in deep.documents] == newest_first[6:8]
    assert (deep.total, deep.more, deep.pages) == (14, False, 7)
    # A word none of the newest documents holds is found through the index, counted exactly.
    rare = search(text="护照", filters=NOTHING, page=1, per_page=2)
    assert [hit.document.symbol for hit in rare.documents] == newest_first[-2:]
    assert (rare.total, rare.more) == (2, False)
    # Within a filter that leaves fewer documents than are read first, the count is exact too.
    reports = SearchFilters(document_type=Document.Type.SECRETARIAT_REPORT)
    narrow = search(text="移民", filters=reports, page=1, per_page=2)
    assert (narrow.total, narrow.more, narrow.pages) == (4, False, 2)
    # The page of 20 cannot be filled from the six newest: the whole index, an exact count.
    html = client.get(reverse("search"), {"q": "移民", "language": "zh"}).content.decode()
    assert "14 documents have matching paragraphs." in html
    monkeypatch.setattr(pages, "NEWEST_READ", 12)  # now it can: 11 of them hold the word
    monkeypatch.setattr(views, "search_service", functools.partial(search, per_page=5))
    html = client.get(reverse("search"), {"q": "移民"}).content.decode()
    assert "11 or more documents have matching paragraphs, the newest first" in html
