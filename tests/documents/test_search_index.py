"""The import indexes paragraphs for full-text search: Chinese by character pairs."""

import pytest
from django.contrib.postgres.search import SearchQuery

from documents.models import ImportJob, Paragraph
from documents.parsing.segmentation import chinese_query, chinese_terms
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
    assert set(job.counts["seconds"]) == {"parse", "store", "index"}


@pytest.mark.django_db
def test_other_languages_are_indexed_with_their_own_configuration():
    job = imported("paper-en.txt", ENGLISH_PAPER.encode())
    paragraphs = Paragraph.objects.filter(version__document=job.document)

    # English stemming: "advertising" finds "advertise", "investigation" finds "investigations".
    for word, number in (("advertising", 1), ("investigation", 2)):
        found = paragraphs.filter(search=SearchQuery(word, config="english"))
        assert list(found.values_list("number", flat=True)) == [number]
