"""A broker that is down loses no upload: the jobs are kept, the uploader is told, and they run
once the broker is back, sent by the sweep; a message lost or sent twice loses or doubles nothing.

The outage is real: the broker is a redis-server of the test's own, killed by its process id and
started again on the same port (empty, as a Redis restarted without persistence).
"""

import time
from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from documents.models import Document, ImportJob, LanguageVersion, Paragraph
from documents.services import create_import_job, run_import_job
from documents.services.imports import LOCK_NAMESPACE, resend_import_jobs
from documents.tasks import resend_import_jobs as resend_task
from documents.tasks import run_import_job as run_task
from tests.documents.conftest import wait_until

FINISHED = {ImportJob.Status.SUCCEEDED, ImportJob.Status.FAILED}


def paper(number: int, paragraphs: int = 3) -> bytes:
    lines = ["CTOC/COP/WG.7/2032/" + str(number), "偷运移民问题工作组", "一. 导言"]
    lines += [f"{n}. 第 {number} 号文件的第 {n} 段。" for n in range(1, paragraphs + 1)]
    return "\n".join(lines).encode()


def finished(*pks: int) -> list[ImportJob] | None:
    jobs = list(ImportJob.objects.filter(pk__in=pks).order_by("pk"))
    return jobs if len(jobs) == len(pks) and all(j.status in FINISHED for j in jobs) else None


@pytest.mark.django_db(transaction=True)
def test_uploads_while_the_broker_is_down_are_kept_and_run_once_it_is_back_without_a_new_upload(
    spare_redis, broker_at, start_worker, importer, client, tmp_path
):
    broker_at(spare_redis.url())
    spare_redis.stop()
    client.force_login(importer)
    api = APIClient()
    api.force_authenticate(importer)
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "paper-3.txt").write_bytes(paper(3))
    started = time.monotonic()

    admin = client.post(
        "/admin/documents/importjob/add/",
        {"files": [SimpleUploadedFile("paper-1.txt", paper(1))], "language": ""},
        follow=True,
    )
    uploaded = api.post(
        "/api/v1/import-jobs/",
        {"files": [SimpleUploadedFile("paper-2.txt", paper(2))]},
        format="multipart",
    )
    output = StringIO()
    call_command("import_texts", str(tmp_path / "texts"), "--timeout", "30", stdout=output)
    seconds = time.monotonic() - started

    assert admin.status_code == 200
    shown = [str(message) for message in admin.context["messages"]]
    assert shown[0] == "1 file queued for import."
    assert "cannot be reached" in shown[1] and "without uploading it again" in shown[1]
    assert "queued, waiting for the job queue to be back" in admin.content.decode()
    assert uploaded.status_code == 202
    assert [job["waits_for_queue"] for job in uploaded.json()] == [True]
    assert "cannot be reached just now: 1 job is saved" in output.getvalue()
    assert seconds < 10, f"three uploads with the broker down took {seconds:.1f} s"
    waiting = ImportJob.objects.order_by("pk")
    assert [(job.status, job.sent_at) for job in waiting] == [("queued", None)] * 3

    spare_redis.start()
    worker = start_worker(broker=spare_redis.url())
    # The worker's start sends them: nobody uploads again.
    done = wait_until(
        lambda: finished(*(job.pk for job in waiting)),
        timeout=90,
        what="the three jobs to run",
        process=worker,
    )

    lost = [job.file.name for job in done if job.status != ImportJob.Status.SUCCEEDED]
    assert lost == [], [job.log for job in done]
    assert sorted(Document.objects.values_list("symbol", flat=True)) == [
        "CTOC/COP/WG.7/2032/1",
        "CTOC/COP/WG.7/2032/2",
        "CTOC/COP/WG.7/2032/3",
    ]
    assert all(job.sent_at is not None and job.attempts == 1 for job in done)


@pytest.mark.django_db(transaction=True)
def test_a_job_whose_message_was_lost_is_sent_again_by_the_periodic_sweep(
    spare_redis, broker_at, start_worker, settings
):
    broker_at(spare_redis.url())
    # A job never sent, which the worker's start-up sweep sends: once it is done, that sweep
    # is over, and what sends the next job can only be the periodic one.
    first = create_import_job(name="paper-5.txt", data=paper(5), queue=False)
    worker = start_worker(broker=spare_redis.url())
    wait_until(lambda: finished(first.pk), timeout=60, what="the first job", process=worker)
    # Sent ten minutes ago, to a Redis that restarted empty since: no worker will ever see it.
    job = create_import_job(name="paper-4.txt", data=paper(4), queue=False)
    ImportJob.objects.filter(pk=job.pk).update(sent_at=timezone.now() - timedelta(minutes=10))

    resend_task.delay()  # what Celery beat sends every IMPORT_JOB_SWEEP_SECONDS

    done = wait_until(lambda: finished(job.pk), timeout=60, what="the job", process=worker)
    assert done[0].status == ImportJob.Status.SUCCEEDED, done[0].log
    assert done[0].document.symbol == "CTOC/COP/WG.7/2032/4"
    assert settings.CELERY_BEAT_SCHEDULE["resend-import-jobs"]["task"] == resend_task.name


@pytest.fixture
def other_session():
    """A second PostgreSQL session, as another worker's would be."""
    from django.db import connections

    other = connections.create_connection("default")
    try:
        yield other
    finally:
        other.close()


def held_elsewhere(other_session, job: ImportJob) -> None:
    with other_session.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_NAMESPACE, job.pk])


def job_at(status: str, *, sent_minutes_ago: float | None, started_minutes_ago: float = 0):
    job = create_import_job(name=f"{status}.txt", data=paper(9), queue=False)
    now = timezone.now()
    ImportJob.objects.filter(pk=job.pk).update(
        status=status,
        sent_at=None if sent_minutes_ago is None else now - timedelta(minutes=sent_minutes_ago),
        started_at=now - timedelta(minutes=started_minutes_ago),
    )
    job.refresh_from_db()
    return job


@pytest.mark.django_db(transaction=True)
def test_the_sweep_sends_again_only_the_jobs_left_waiting(
    spare_redis, broker_at, other_session, settings
):
    broker_at(spare_redis.url())
    settings.IMPORT_JOB_RESEND_AFTER = 300
    never_sent = job_at("queued", sent_minutes_ago=None)
    sent_long_ago = job_at("queued", sent_minutes_ago=10)
    sent_just_now = job_at("queued", sent_minutes_ago=1)
    dead_worker = job_at("running", sent_minutes_ago=3, started_minutes_ago=2)
    still_running = job_at("running", sent_minutes_ago=3, started_minutes_ago=2)
    held_elsewhere(other_session, still_running)
    done = job_at("succeeded", sent_minutes_ago=3)
    failed = job_at("failed", sent_minutes_ago=3)

    resent = resend_import_jobs()

    assert resent == [never_sent.pk, sent_long_ago.pk, dead_worker.pk]
    # Sent now: the next sweep leaves them alone for IMPORT_JOB_RESEND_AFTER.
    assert ImportJob.objects.get(pk=never_sent.pk).sent_at > timezone.now() - timedelta(minutes=1)
    assert resend_import_jobs() == [dead_worker.pk]
    assert {sent_just_now.pk, still_running.pk, done.pk, failed.pk}.isdisjoint(resent)


@pytest.mark.django_db(transaction=True)
def test_the_sweep_with_the_broker_down_leaves_the_jobs_queued_for_the_next_one(
    spare_redis, broker_at
):
    broker_at(spare_redis.url())
    spare_redis.stop()
    job = job_at("queued", sent_minutes_ago=None)

    assert resend_import_jobs() == []
    assert ImportJob.objects.get(pk=job.pk).waits_for_queue


@pytest.mark.django_db(transaction=True)
def test_a_message_sent_twice_stores_the_text_once():
    job = create_import_job(name="paper-5.txt", data=paper(5, paragraphs=4), queue=False)
    run_task.apply(args=[job.pk])
    first = ImportJob.objects.get(pk=job.pk)

    run_task.apply(args=[job.pk])  # the sweep's copy, or Redis's redelivery, arriving late

    again = ImportJob.objects.get(pk=job.pk)
    assert first.status == ImportJob.Status.SUCCEEDED, first.log
    assert (again.attempts, again.finished_at) == (1, first.finished_at)
    assert LanguageVersion.objects.count() == 1
    assert Paragraph.objects.filter(kind="numbered").count() == 4


@pytest.mark.django_db(transaction=True)
def test_a_job_another_worker_is_running_is_left_to_it(other_session):
    job = create_import_job(name="paper-6.txt", data=paper(6), queue=False)
    held_elsewhere(other_session, job)

    run_task.apply(args=[job.pk])
    run_import_job(job=ImportJob.objects.get(pk=job.pk))

    job.refresh_from_db()
    assert (job.status, job.attempts, Document.objects.count()) == ("queued", 0, 0)


@pytest.mark.django_db(transaction=True)
def test_a_file_that_stopped_its_worker_three_times_fails_with_the_reason(settings):
    job = create_import_job(name="paper-7.txt", data=paper(7), queue=False)
    ImportJob.objects.filter(pk=job.pk).update(status="running", attempts=3)

    run_task.apply(args=[job.pk])

    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert "stopped 3 times without finishing" in job.log
    assert Document.objects.count() == 0
