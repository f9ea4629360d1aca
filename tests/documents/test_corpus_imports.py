"""Every file of the development corpus imports, and its page and API detail answer as they should.

The corpus (../shared/corpus, DESIGN.md) holds real excerpts of UN documents in the six languages,
with their extraction artifacts: a real text is never refused. Each is imported as an uploaded
file is (a job run here, as a worker runs it) on an empty portal, and again on one that already
holds the seeds: the job succeeds, or, if it fails, leaves no row behind; an anonymous reader
finds the page and the API detail of each public document (200) and not those of a Limited one
(A/74/L.75: 404).
"""

import json
from pathlib import Path

import pytest
from django.apps import apps
from django.urls import reverse

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db

CORPUS = SHARED / "corpus"
FILES = sorted(path.name for path in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
ABSENT = f"the corpus is not at {CORPUS} (../shared is absent)"
NOT_PUBLIC = {"limited", "restricted"}


def every_table() -> dict[str, int]:
    """Rows of every table an import may write, history tables included."""
    return {
        model._meta.label: model._default_manager.count()
        for app in ("meetings", "documents", "recommendations")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
        if model is not ImportJob
    }


@pytest.fixture(scope="module")
def truth() -> dict[str, dict]:
    """What each corpus file prints, as checked by hand (truth.json)."""
    if not CORPUS.is_dir():
        pytest.skip(ABSENT)
    return json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))


def problems_importing(name: str, truth: dict[str, dict], client) -> list[str]:
    """Import one corpus file; what went wrong, as lines naming the file (none when all is well)."""
    before = every_table()
    job = run_import_job(
        job=create_import_job(name=name, data=(CORPUS / name).read_bytes(), queue=False)
    )
    if job.status != ImportJob.Status.SUCCEEDED:
        found = [f"{name}: the import failed: {job.log.splitlines()[0] if job.log else ''}"]
        if every_table() != before:
            found.append(f"{name}: the failed import left rows behind")
        return found
    document = job.document
    hidden = truth[name].get("distribution") in NOT_PUBLIC
    expected = 404 if hidden else 200
    page = client.get(document.get_absolute_url())
    detail = client.get(reverse("api:document-detail", kwargs={"address": document.address}))
    return [
        f"{name}: {what} {document.get_absolute_url()} answered {status}, not {expected}"
        for what, status in (("the page", page.status_code), ("the API detail", detail.status_code))
        if status != expected
    ]


@pytest.mark.parametrize("name", FILES or [pytest.param("", marks=pytest.mark.skip(reason=ABSENT))])
def test_a_corpus_file_imports_and_answers_anonymous_readers(client, truth, name):
    assert problems_importing(name, truth, client) == []


def test_every_corpus_file_imports_after_the_seeds_and_answers_anonymous_readers(
    client, truth, seeds
):
    for seed in sorted(seeds.glob("*.txt")):
        job = create_import_job(name=seed.name, data=seed.read_bytes(), queue=False)
        assert run_import_job(job=job).status == ImportJob.Status.SUCCEEDED, seed.name

    problems = [line for name in FILES for line in problems_importing(name, truth, client)]

    assert problems == []
    assert Document.objects.filter(symbol="A/74/L.75").exists()


def test_the_limited_draft_of_the_corpus_is_imported_but_never_public(client, truth):
    name = "ar_A_74_L.75.txt"
    if name not in FILES:
        pytest.skip(f"{name} is not in {CORPUS}")

    assert problems_importing(name, truth, client) == []

    document = Document.objects.get(symbol="A/74/L.75")
    assert document.distribution == Document.Distribution.LIMITED
    assert not Document.objects.public().filter(pk=document.pk).exists()
    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(f"/api/v1/documents/{document.symbol}/").status_code == 404


def test_the_corpus_holds_the_files_its_truth_describes(truth):
    described = {name for name in truth if not name.startswith("_")}

    assert set(FILES) == described
    assert Path(CORPUS / "ar_A_74_L.75.txt").is_file()
