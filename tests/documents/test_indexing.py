"""The import indexes paragraphs for full-text search: Chinese by character pairs."""

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.indexing import HAN, index_latin_terms
from documents.models import ImportJob, Paragraph
from documents.parsing.segmentation import chinese_query, chinese_terms, chinese_vector
from documents.parsing.structure import parse_text
from documents.services import create_import_job, run_import_job

BACKGROUND_PAPER = "002_34c4a39df3e2a875.txt"
ENGLISH_PAPER = """CTOC/COP/WG.7/2031/3
Working Group on the Smuggling of Migrants
Vienna, 3 and 4 June 2031
Background paper prepared by the Secretariat
I. Introduction
1. Smugglers increasingly advertise their services online.
2. States parties shared practices on financial investigations.
"""


def test_chinese_text_is_indexed_as_character_pairs_plus_each_runs_last_character():
    assert chinese_terms("偷运移民，COVID-19") == ["偷运", "运移", "移民", "民", "covid", "19"]
    assert chinese_terms("被偷") == ["被偷", "偷"]


def test_a_chinese_word_becomes_a_phrase_of_pairs_and_one_character_a_prefix():
    assert chinese_query("偷运移民") == "偷运 <-> 运移 <-> 移民"
    assert chinese_query("偷") == "偷:*"


def vectors_differ(texts: list[str]) -> list[str]:
    """The texts whose written-out vector PostgreSQL reads differently from its own to_tsvector."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t FROM unnest(%s::text[], %s::text[], %s::text[]) AS u(t, terms, vector) "
            "WHERE to_tsvector('simple', terms) IS DISTINCT FROM vector::tsvector",
            [
                texts,
                [" ".join(chinese_terms(text)) for text in texts],
                [chinese_vector(text) for text in texts],
            ],
        )
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.django_db
def test_the_vector_written_out_is_the_one_postgresql_would_build_for_every_seed_paragraph(seeds):
    texts = [
        paragraph.text
        for path in sorted(seeds.glob("*.txt"))
        for paragraph in parse_text(path.read_text(encoding="utf-8")).paragraphs
    ]
    assert len(texts) > 250
    assert vectors_differ(texts) == []


@pytest.mark.django_db
def test_the_vector_keeps_postgresqls_limits():
    many_positions = "偷运" * 300  # one pair 300 times: PostgreSQL keeps 255 positions
    past_last_position = " ".join(["移民"] * 9000)  # 18,000 terms: positions stop at 16383
    too_long = "a" * 2100 + " 偷运"  # a word over 2 KB is dropped and takes no position
    assert vectors_differ([many_positions, past_last_position, too_long, "", "，。"]) == []


# Quotes, backslashes, "other numbers" (², ½, ①) that PostgreSQL does not count as letters,
# title case (ǅ) and Arabic-Indic digits: where Python and PostgreSQL could differ.
TRICKY_CHARACTERS = "偷运移民运ab1 ，。Ⅱ²½①ǅ١'\\-_"


@pytest.mark.django_db
@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=TRICKY_CHARACTERS, max_size=60), min_size=1, max_size=5))
def test_the_vector_matches_postgresql_on_any_text(texts):
    assert vectors_differ(texts) == []


def imported(name: str, data: bytes) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=data, queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


@pytest.mark.django_db
@pytest.mark.parametrize("word", ["偷运移民", "移民", "执法合作", "新冠肺炎", "偷", "罪", "covid"])
def test_the_index_finds_exactly_the_paragraphs_a_substring_scan_finds(seeds, word):
    job = imported(BACKGROUND_PAPER, (seeds / BACKGROUND_PAPER).read_bytes())
    paragraphs = Paragraph.objects.filter(version__document=job.document)

    found = paragraphs.filter(
        search=SearchQuery(chinese_query(word), search_type="raw", config="simple")
    )
    scanned = paragraphs.filter(text__icontains=word)

    assert scanned.exists()
    assert set(found.values_list("pk", flat=True)) == set(scanned.values_list("pk", flat=True))
    assert job.counts["indexed_paragraphs"] == paragraphs.count()
    assert set(job.counts["seconds"]) == {"read", "index", "store"}


@pytest.mark.django_db
def test_a_chinese_version_gathers_the_words_in_other_scripts_of_its_paragraphs(seeds):
    job = imported(BACKGROUND_PAPER, (seeds / BACKGROUND_PAPER).read_bytes())
    version = job.document.versions.get(language="zh")
    expected = {
        term
        for text in version.paragraphs.values_list("text", flat=True)
        for term in chinese_terms(text)
        if not HAN.search(term)
    }
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array(SELECT unnest(tsvector_to_array(latin_terms)))"
            " FROM documents_languageversion WHERE id = %s",
            [version.pk],
        )
        gathered = set(cursor.fetchone()[0])

    assert "covid" in expected and "19" in expected
    assert gathered == expected


@pytest.mark.django_db
def test_other_languages_are_indexed_with_their_own_configuration():
    job = imported("paper-en.txt", ENGLISH_PAPER.encode())
    paragraphs = Paragraph.objects.filter(version__document=job.document)

    # English stemming: "advertising" finds "advertise", "investigation" finds "investigations".
    for word, number in (("advertising", 1), ("investigation", 2)):
        found = paragraphs.filter(search=SearchQuery(word, config="english"))
        assert list(found.values_list("number", flat=True)) == [number]


def stored_and_rebuilt(version_pk: int) -> tuple[list[str], list[str]]:
    """A version's stored paragraph vectors, and what PostgreSQL builds from their texts now."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search::text, to_tsvector(%s::regconfig, text)::text"
            ' FROM documents_paragraph WHERE version_id = %s ORDER BY "order"',
            ["english", version_pk],
        )
        rows = cursor.fetchall()
    return [stored for stored, _ in rows], [rebuilt for _, rebuilt in rows]


@pytest.mark.django_db
def test_an_english_text_goes_in_with_the_vectors_postgresql_builds_for_its_paragraphs():
    job = imported("paper-en.txt", ENGLISH_PAPER.encode())
    version = job.document.versions.get(language="en")

    stored, rebuilt = stored_and_rebuilt(version.pk)

    assert len(stored) == 2 and all(stored)
    assert stored == rebuilt
    assert job.counts["indexed_paragraphs"] == 2
    assert version.latin_terms is None  # Chinese versions only


@pytest.mark.django_db
def test_the_words_in_other_scripts_an_import_writes_are_those_sql_gathers_from_the_paragraphs(
    seeds,
):
    job = imported(BACKGROUND_PAPER, (seeds / BACKGROUND_PAPER).read_bytes())
    version = job.document.versions.get(language="zh")
    written = version.latin_terms

    index_latin_terms([version.pk])
    version.refresh_from_db()

    assert "covid" in written
    assert written == version.latin_terms
