"""The bench_* commands print their figures and leave the database as they found it."""

import io

import pytest
from django.core.management import call_command

from documents.models import Document, ImportJob, Paragraph
from meetings.models import Body
from reports.services.generation.storing import written_languages
from wgportal.bench.addresses import endpoint_urls
from wgportal.bench.corpus import CorpusSize, generate_corpus
from wgportal.management.commands import bench_api

pytestmark = pytest.mark.django_db

SMALL = CorpusSize(meetings=2, documents_per_meeting=4, paragraphs_per_document=3)


def test_the_import_benchmark_prints_its_figures_and_removes_what_it_generated(capsys):
    call_command("bench_import", "--runs", "3", "--documents", "2", "--here")

    output = capsys.readouterr().out
    assert "runs: median" in output and "MB/s" in output
    assert "import 2 generated documents" in output and "0 failed" in output
    assert "per document, mean of the jobs: read" in output
    assert not Document.objects.exists()
    assert not ImportJob.objects.exists()


def test_the_report_benchmark_prints_each_step_beside_its_target_and_removes_its_meeting(capsys):
    call_command("bench_report", "--runs", "2", "--attending", "20", "--documents", "4")

    output = capsys.readouterr().out.splitlines()
    assert output[1].split() == [
        "step",
        "queries",
        "median",
        "ms",
        "p95",
        "ms",
        "worst",
        "ms",
        "target",
    ]
    steps = [line for line in output[2:] if line.strip() and not line.startswith("per language")]
    languages = written_languages()
    assert len(languages) == 6
    assert [line[:40].strip() for line in steps] == [
        "generate (all 6 languages, new report)",
        *(f"generate ({language} alone, new report)" for language in languages),
        "regenerate (all 6 languages)",
        *(f"DOCX export ({language})" for language in languages),
        *(f"text export ({language})" for language in languages),
    ]
    for step in (steps[0], steps[7]):
        assert step.endswith("<= 300 ms: met") or step.endswith("<= 300 ms: MISSED")
    # Six languages at once take the queries of one.
    assert steps[0][40:48].strip() == steps[1][40:48].strip()
    assert any(line.startswith("per language: ") for line in output)
    assert not Body.objects.filter(symbol_prefix="BENCH/WG.2").exists()
    assert not Paragraph.objects.exists()


def test_the_api_benchmark_counts_each_endpoints_queries_on_the_corpus():
    generate_corpus(SMALL)
    out = io.StringIO()

    lists, details = endpoint_urls(SMALL)
    # Pages of fifty meetings: a corpus of two has none past the first.
    lists = {name: urls for name, urls in lists.items() if urls}
    bench_api.Command(stdout=out).count_queries(lists, details)

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("queries per list endpoint, nothing cached (at most 10")
    counted = {line[2:18].strip() for line in lines if "/api/v1/" in line}
    assert {"bodies", "documents", "paragraphs zh", "search zh", "meeting", "document"} <= counted
    assert not [line for line in lines if "OVER" in line]
