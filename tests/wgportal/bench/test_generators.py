"""The benchmarks' generated data: the search corpus and the large meeting, of the size asked."""

import pytest

from documents.models import Document, LanguageVersion, Paragraph
from meetings.models import Attendance, Meeting, Statement
from wgportal.bench.addresses import document_symbol, page_urls
from wgportal.bench.corpus import (
    SYMBOL_PREFIX,
    CorpusSize,
    delete_corpus,
    existing_corpus,
    generate_corpus,
)
from wgportal.bench.meeting import build_large_meeting, delete_large_meeting
from wgportal.bench.papers import background_paper

pytestmark = pytest.mark.django_db

SMALL = CorpusSize(meetings=2, documents_per_meeting=4, paragraphs_per_document=3)


def test_the_corpus_has_the_size_asked_half_chinese_and_is_removed_whole():
    generate_corpus(SMALL)

    assert existing_corpus(SMALL)
    assert not existing_corpus(CorpusSize(meetings=2, documents_per_meeting=4))
    documents = Document.objects.filter(body__symbol_prefix=SYMBOL_PREFIX)
    assert documents.count() == 8
    versions = LanguageVersion.objects.filter(document__in=documents)
    assert sorted(versions.values_list("language", flat=True)) == ["en"] * 4 + ["zh"] * 4
    assert Paragraph.objects.filter(version__in=versions, search__isnull=False).count() == 24
    # The page benchmark's addresses name documents the corpus holds, in their language.
    assert documents.filter(symbol=document_symbol(SMALL, 2, 1), original_language="zh").exists()
    assert "/en/documents/BENCH/WG.1/1950/1/?lang=zh" in page_urls(SMALL)["document zh"]

    delete_corpus()
    assert not Document.objects.filter(body__symbol_prefix=SYMBOL_PREFIX).exists()
    assert not Meeting.objects.filter(body__symbol_prefix=SYMBOL_PREFIX).exists()


def test_the_large_meeting_has_its_documents_and_speakers_and_is_replaced_when_built_again():
    meeting = build_large_meeting(attending=30, documents=5)
    again = build_large_meeting(attending=30, documents=5)

    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    assert again.documents.count() == 5
    assert again.documents.filter(symbol="BENCH/WG.2/2026/INF/1").exists()
    assert Attendance.objects.filter(meeting=again).count() >= 30
    # 25 States parties and the secretariat under each of the three substantive items.
    assert Statement.objects.filter(meeting=again).count() == 3 * 26
    delete_large_meeting()
    assert not Meeting.objects.filter(body__symbol_prefix="BENCH/WG.2").exists()


def test_a_generated_paper_is_seed_sized_and_the_same_for_the_same_number():
    paper = background_paper(3)
    assert paper == background_paper(3) != background_paper(4)
    assert "CTOC/COP/WG.7/2099/3" in paper
    assert 30_000 < len(paper.encode()) < 60_000
