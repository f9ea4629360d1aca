"""Import jobs: a file becomes rows in one transaction, or a clear failure that stores nothing."""

import io
import zipfile

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from documents.models import Document, Footnote, ImportJob, LanguageVersion, Paragraph, Section
from documents.services import create_import_job, run_import_job, storing

pytestmark = pytest.mark.django_db

BACKGROUND_PAPER = "002_34c4a39df3e2a875.txt"
UPLOAD = "/admin/documents/importjob/add/"


def imported(name: str, data: bytes, **kwargs) -> ImportJob:
    """Create a job without queueing it and run it here, as a worker would."""
    job = create_import_job(name=name, data=data, queue=False, **kwargs)
    return run_import_job(job=job)


def structure_rows() -> tuple[int, ...]:
    return tuple(
        model.objects.count() for model in (Document, LanguageVersion, Section, Paragraph, Footnote)
    )


@pytest.fixture
def background_paper(seeds) -> bytes:
    return (seeds / BACKGROUND_PAPER).read_bytes()


def test_a_background_paper_becomes_its_document_version_and_structure(background_paper):
    job = imported(BACKGROUND_PAPER, background_paper)

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    document = job.document
    assert document.symbol == "CTOC/COP/WG.7/2020/2"
    assert document.type == Document.Type.BACKGROUND_PAPER
    assert (document.meeting.ordinal, document.meeting.body.symbol_prefix) == (7, "CTOC/COP/WG.7")
    version = document.versions.get()
    assert version.language == "zh"
    numbers = list(
        version.paragraphs.filter(kind="numbered")
        .order_by("order")
        .values_list("number", flat=True)
    )
    assert numbers == list(range(1, 79))
    assert version.footnotes.count() == 36
    assert version.sections.filter(kind="chapter").count() == 6
    assert job.counts["numbered_paragraphs"] == 78
    assert job.counts["footnotes"] == 36
    assert set(job.counts["seconds"]) == {"read", "index", "store"}
    assert job.started_at <= job.finished_at


def every_table() -> dict[str, int]:
    """Rows of every table an import may write, history tables included."""
    return {
        model._meta.label: model._default_manager.count()
        for app in ("meetings", "documents")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
        if model is not ImportJob
    }


def test_the_same_file_twice_changes_nothing(background_paper):
    imported(BACKGROUND_PAPER, background_paper)
    before = every_table()

    again = imported(BACKGROUND_PAPER, background_paper)

    assert again.status == ImportJob.Status.SUCCEEDED
    assert again.counts["unchanged"] == 1
    assert every_table() == before


def test_a_revised_file_replaces_its_language_version_and_keeps_the_old_one_in_history(
    background_paper,
):
    first = imported(BACKGROUND_PAPER, background_paper)
    english = LanguageVersion.objects.create(document=first.document, language="en", title="EN")
    revised = background_paper.replace(
        "本背景文件由秘书处编写".encode(), "本背景文件经修订".encode()
    )

    job = imported("002-revised.txt", revised)

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    version = LanguageVersion.objects.get(language="zh")
    assert version.paragraphs.get(number=1).text.startswith("本背景文件经修订")
    assert version.paragraphs.filter(kind="numbered").count() == 78
    assert version.history.count() == 2
    assert version.history.last().checksum == first.checksum
    assert LanguageVersion.objects.get(pk=english.pk).title == "EN"


def docx_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("noise.txt", bytes(range(256)) * 40, "encoding"),
        ("report.docx", b"PK\x03\x04 not really a zip", "docx"),
        ("bomb.docx", docx_bomb(), "zip bomb"),
        ("paper.exe", b"MZ\x90\x00", ".exe"),
    ],
)
def test_bad_input_fails_with_a_clear_message_and_stores_nothing(name, data, message):
    before = structure_rows()

    job = imported(name, data)

    assert job.status == ImportJob.Status.FAILED
    assert message.lower() in job.log.lower()
    assert structure_rows() == before


def test_a_real_text_without_numbered_paragraphs_is_imported_as_text_with_a_warning():
    job = imported("notes.txt", "今天天气很好，我们去公园散步。".encode())

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    paragraph = job.document.versions.get(language="zh").paragraphs.get()
    assert (paragraph.kind, paragraph.number) == ("text", None)
    assert "no-numbered-paragraphs" in [warning["code"] for warning in job.warnings]


def test_a_file_over_the_size_limit_is_refused(settings, background_paper):
    settings.MAX_UPLOAD_SIZE = 10_000

    job = imported(BACKGROUND_PAPER, background_paper)

    assert job.status == ImportJob.Status.FAILED
    assert "limit" in job.log
    assert not Document.objects.exists()


def test_an_error_half_way_through_storing_leaves_no_partial_rows(monkeypatch, background_paper):
    def broken(version, *args, **kwargs):
        Paragraph.objects.create(version=version, number=1, order=0, text="半截")
        raise RuntimeError("disk full")

    monkeypatch.setattr(storing, "replace_structure", broken)

    job = imported(BACKGROUND_PAPER, background_paper)

    assert job.status == ImportJob.Status.FAILED
    assert "disk full" in job.log
    assert structure_rows() == (0, 0, 0, 0, 0)


def test_import_texts_imports_a_folder_and_prints_a_summary(seeds, capsys):
    call_command("import_texts", str(seeds / BACKGROUND_PAPER), "--here")

    output = capsys.readouterr().out
    assert "CTOC/COP/WG.7/2020/2" in output
    assert "succeeded" in output
    assert ImportJob.objects.get().status == ImportJob.Status.SUCCEEDED


def test_import_texts_fails_loudly_when_a_file_cannot_be_imported(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    with pytest.raises(CommandError, match="1 of 1 files were not imported"):
        call_command("import_texts", str(empty), "--here")
    assert ImportJob.objects.get().status == ImportJob.Status.FAILED


def test_an_importer_uploads_several_files_at_once_in_the_admin(
    importer_client, importer, django_capture_on_commit_callbacks
):
    files = [
        SimpleUploadedFile("a.txt", "一. 导言\n1. 第一段。".encode()),
        SimpleUploadedFile("b.docx", b"PK\x03\x04"),
    ]
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = importer_client.post(UPLOAD, {"files": files, "language": "zh"})

    assert response.status_code == 302
    jobs = ImportJob.objects.order_by("pk")
    assert [(job.status, job.language, job.created_by) for job in jobs] == [
        ("queued", "zh", importer), ("queued", "zh", importer),
    ]  # fmt: skip
    assert len(queued) == 2  # one task each, sent once the rows are committed


def test_the_upload_form_refuses_other_kinds_of_file_and_oversized_ones(importer_client, settings):
    settings.MAX_UPLOAD_SIZE = 100
    wrong = importer_client.post(UPLOAD, {"files": [SimpleUploadedFile("x.exe", b"MZ")]})
    big = importer_client.post(UPLOAD, {"files": [SimpleUploadedFile("x.txt", b"1" * 200)]})

    assert "only .txt, .text, .md, .docx, .pdf files can be imported" in wrong.content.decode()
    assert "the limit is 100" in big.content.decode()
    assert not ImportJob.objects.exists()


def test_an_editor_reaches_the_upload_and_a_delegate_does_not(editor_client, client, delegate):
    assert editor_client.get(UPLOAD).status_code == 200
    client.force_login(delegate)
    assert client.get(UPLOAD).status_code == 302  # to the admin's sign-in: no staff role
