"""The import API: importers upload files as jobs and poll them; everyone else is refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from documents.models import ImportJob
from documents.services import run_import_job

pytestmark = pytest.mark.django_db

JOBS = "/api/v1/import-jobs/"
PAPER = "CTOC/COP/WG.7/2031/5\n偷运移民问题工作组\n一. 导言\n1. 本文件由秘书处编写。\n2. 第二段。\n"


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def upload(client: APIClient, *files: tuple[str, bytes], **fields):
    return client.post(
        JOBS,
        {"files": [SimpleUploadedFile(name, data) for name, data in files], **fields},
        format="multipart",
    )


def test_an_importer_uploads_files_and_polls_the_job_to_its_document(
    importer, django_capture_on_commit_callbacks
):
    client = client_for(importer)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = upload(client, ("paper.txt", PAPER.encode()), ("notes.md", b"# 1. x"))

    assert response.status_code == 201, response.json()
    assert [job["status"] for job in response.json()] == ["queued", "queued"]
    assert len(queued) == 2
    job_id = response.json()[0]["id"]
    run_import_job(job=ImportJob.objects.get(pk=job_id))  # what the worker does
    polled = client.get(f"{JOBS}{job_id}/").json()
    assert polled["status"] == "succeeded"
    assert polled["document"] == "CTOC/COP/WG.7/2031/5"
    assert polled["counts"]["numbered_paragraphs"] == 2
    assert polled["created_by"] == importer.username
    assert client.get(JOBS).json()["count"] == 2


def test_an_importer_may_authenticate_with_a_token(importer, django_capture_on_commit_callbacks):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=importer).key}")
    with django_capture_on_commit_callbacks(execute=False):
        assert upload(client, ("paper.txt", PAPER.encode())).status_code == 201


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([("virus.exe", b"MZ")], "only .txt, .text, .md, .docx, .pdf files can be imported"),
        ([("big.txt", b"1" * 2000)], "the limit is"),
    ],
)
def test_a_bad_upload_gets_a_400_that_says_what_is_wrong(importer, settings, files, message):
    settings.MAX_UPLOAD_SIZE = 1000

    response = upload(client_for(importer), *files)

    assert response.status_code == 400
    assert message in response.json()["files"][0]
    assert not ImportJob.objects.exists()


def test_a_request_without_files_or_with_a_wrong_language_is_refused(importer):
    client = client_for(importer)
    assert client.post(JOBS, {}, format="multipart").status_code == 400
    response = upload(client, ("paper.txt", b"1. x"), language="xx")
    assert response.status_code == 400
    assert "language" in response.json()
    assert client.post(JOBS, "{not json", content_type="application/json").status_code == 415


def test_delegates_and_anonymous_readers_cannot_upload(delegate):
    for user in (delegate, None):
        response = upload(client_for(user), ("paper.txt", PAPER.encode()))
        assert response.status_code in (401, 403), user
    assert client_for(delegate).get(JOBS).status_code == 403
    assert client_for(None).get(JOBS).status_code in (401, 403)
    assert not ImportJob.objects.exists()
