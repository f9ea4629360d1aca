"""A seed gives the same result whether it comes as plain text or as a Word document."""

import io

import docx
import pytest

from documents.models import ImportJob
from documents.parsing.extraction import extract_text
from documents.parsing.structure import parse_text
from documents.services import create_import_job, run_import_job

SEEDS = [
    "000_1cd5f2748af19e84.txt",
    "001_e510f4c471b5d7a7.txt",
    "002_34c4a39df3e2a875.txt",
    "004_28d5586563dc01f3.txt",
]


def as_word(text: str) -> bytes:
    """The text saved as .docx the way a secretariat file is: one paragraph per line."""
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", SEEDS)
def test_a_seed_parses_the_same_after_a_round_trip_through_docx(seeds, seed):
    text = (seeds / seed).read_text(encoding="utf-8")

    extracted = extract_text(as_word(text), filename="seed.docx", max_bytes=10_000_000)

    assert extracted.source_format == "docx"
    assert parse_text(extracted.text) == parse_text(text)


@pytest.mark.django_db
def test_the_background_paper_imported_as_docx_gives_the_same_rows_as_the_text(seeds):
    text = (seeds / "002_34c4a39df3e2a875.txt").read_text(encoding="utf-8")

    job = run_import_job(job=create_import_job(name="002.docx", data=as_word(text), queue=False))

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    version = job.document.versions.get(language="zh")
    assert version.source_file.name.endswith(".docx")
    assert version.paragraphs.filter(kind="numbered").count() == 78
    assert version.footnotes.count() == 36
    assert version.sections.filter(kind="chapter").count() == 6
