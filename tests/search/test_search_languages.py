"""Search in Arabic, French, Russian and Spanish on real UN texts (`../shared/corpus`, issue 16).

Each text is imported as the importer imports any file, and only those whose language
`truth.json` gives as theirs (the Arabic alignment pages run English and Arabic together). A word
is found by its stem in its paragraph's own language (PostgreSQL's configurations), and the
snippet marks the word as the paragraph prints it.
"""

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from search.queries import search
from search.results import SearchFilters
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db

CORPUS = SHARED / "corpus"
TEXTS = {
    "fr": ("fr_A_52_250.txt", "fr_A_RES_54_254.txt"),
    "es": ("es_GA35_plenary_1980-09-19.txt",),
    "ru": ("ru_A_69_972.txt", "ru_GA_res169(II)_HQ_agreement.txt"),
    "ar": ("ar_A_RES_52_31.txt", "ar_GA_rules_of_procedure_XVIII.txt"),
}
NOTHING = SearchFilters()
MARKED = re.compile(r"<mark>(.*?)</mark>")


@pytest.fixture
def corpus() -> dict[str, Document]:
    """The texts imported, by file name; each in the language truth.json gives it."""
    if not CORPUS.is_dir():
        pytest.skip(f"the corpus is not at {CORPUS} (../shared is absent)")
    truth = json.loads((CORPUS / "truth.json").read_text())
    documents = {}
    for language, names in TEXTS.items():
        for name in names:
            assert truth[name]["language"] == language
            job = run_import_job(
                job=create_import_job(name=name, data=(CORPUS / name).read_bytes(), queue=False)
            )
            assert job.status == ImportJob.Status.SUCCEEDED, job.log
            assert list(job.document.versions.values_list("language", flat=True)) == [language]
            documents[name] = job.document
    return documents


def found(text: str, **filters) -> list:
    return list(search(text=text, filters=SearchFilters(**filters), page=1).documents)


def marked(hits) -> set[str]:
    return {word for hit in hits for p in hit.paragraphs for word in MARKED.findall(p.snippet)}


@pytest.mark.parametrize(
    ("query", "name", "printed"),
    [
        # French: the singular finds the plural ("À ses 1re et 2e séances").
        ("séance", "fr_A_52_250.txt", {"séances"}),
        # Spanish: the plural finds the singular ("el párrafo 4 del informe").
        ("informes", "es_GA35_plenary_1980-09-19.txt", {"informe"}),
        # Russian: the genitive finds the nominative ("Настоящий доклад подготовлен").
        ("доклада", "ru_A_69_972.txt", {"доклад"}),
        # Russian: "соглашением" finds "соглашение", "соглашения" and "соглашению".
        ("соглашением", "ru_GA_res169(II)_HQ_agreement.txt", {"соглашение"}),
        # Arabic without the article finds it with the article: "في مجال التحقق".
        ("تحقق", "ar_A_RES_52_31.txt", {"التحقق"}),
        # With the article finds the word after "لل" ("للتدابير الفعالة") and "ال".
        ("التدابير", "ar_A_RES_52_31.txt", {"للتدابير", "التدابير"}),
    ],
)
def test_a_word_finds_its_other_forms_in_a_paragraph_of_its_language_and_marks_them(
    corpus, query, name, printed
):
    hits = found(query)

    assert [hit.document for hit in hits] == [corpus[name]]
    assert printed <= marked(hits)


def test_arabic_finds_a_word_written_with_or_without_its_short_vowels(corpus):
    # "والتي أُدرجت لمجرد الدلالة": the damma is not typed in the search box.
    hits = found("أدرجت")

    assert [hit.document for hit in hits] == [corpus["ar_GA_rules_of_procedure_XVIII.txt"]]
    assert marked(hits) == {"أُدرجت"}


def test_arabic_indic_digits_typed_find_the_digits_un_arabic_documents_print(corpus):
    # "المؤرخ 16 كانون الأول/ ديسمبر 1985": a reader may type the year as ١٩٨٥.
    hits = found("١٩٨٥", language="ar")

    assert [hit.document for hit in hits] == [corpus["ar_A_RES_52_31.txt"]]
    assert marked(hits) == {"1985"}


@pytest.mark.parametrize(
    ("query", "language", "name"),
    [
        ("доклада", "ru", "ru_A_69_972.txt"),
        ("تحقق", "ar", "ar_A_RES_52_31.txt"),
        ("séance", "fr", "fr_A_52_250.txt"),
        ("informes", "es", "es_GA35_plenary_1980-09-19.txt"),
    ],
)
def test_the_language_filter_keeps_a_word_to_paragraphs_of_that_language(
    corpus, query, language, name
):
    assert [hit.document for hit in found(query, language=language)] == [corpus[name]]
    others = [code for code in ("ar", "en", "fr", "ru", "es") if code != language]
    assert all(found(query, language=code) == [] for code in others)


def test_a_word_common_to_two_texts_lists_the_newer_first(corpus):
    # "session" in the Bureau's report of 19 September 1997 and the resolution of 23 March 2000.
    hits = found("sessions")

    assert [hit.document for hit in hits] == [
        corpus["fr_A_RES_54_254.txt"],
        corpus["fr_A_52_250.txt"],
    ]
    assert [hit.document.issue_date.isoformat() for hit in hits] == ["2000-03-23", "1997-09-19"]
    assert {"session", "sessions"} >= marked(hits) and marked(hits)


def test_every_word_of_a_query_is_required_in_its_own_language(corpus):
    # Both words stand in the Russian summary ("доклад", "резолюции"), in any of their forms;
    # a word only the headquarters agreement holds ("соглашения") stops the match.
    assert [hit.document for hit in found("доклада резолюцией")] == [corpus["ru_A_69_972.txt"]]
    assert [hit.document for hit in found("доклада соглашения")] == []


@pytest.mark.parametrize(
    ("interface", "query", "mark"),
    [
        ("fr", "séance", "<mark>séances</mark>"),
        ("ru", "доклада", "<mark>доклад</mark>"),
        ("ar", "تحقق", "<mark>التحقق</mark>"),
        ("es", "informes", "<mark>informe</mark>"),
    ],
)
def test_the_search_page_marks_the_stemmed_words_in_their_snippets(
    client, corpus, interface, query, mark
):
    with translation.override(interface):
        url = reverse("search")

    html = client.get(url, {"q": query}, HTTP_ACCEPT_LANGUAGE=interface).content.decode()

    assert mark in html
    # The snippet carries its paragraph's language, so the browser shapes and reads it so.
    assert f'lang="{interface}"' in html
