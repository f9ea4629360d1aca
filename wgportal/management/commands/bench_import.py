"""manage.py bench_import: how fast texts are read, and imported end to end by one worker."""

import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from documents.models import (
    Document,
    Footnote,
    ImportJob,
    LanguageVersion,
    Paragraph,
    Reference,
    Section,
)
from documents.parsing.reading import read_file
from documents.services import create_import_job, run_import_job
from meetings.models import Meeting
from wgportal.bench.papers import background_paper
from wgportal.celery import app

SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "002_34c4a39df3e2a875.txt"
GENERATED_YEAR = 2099  # wgportal.bench.papers numbers its papers CTOC/COP/WG.7/2099/<n>


class Command(BaseCommand):
    help = (
        "Benchmark the import: reading alone (seed 002 through read_file, as the import reads "
        "it: median and MB/s), then N generated seed-sized documents end to end through one "
        "Celery worker (or in this process with --here), with the time split into read, index "
        "and store. Generated rows are removed afterwards."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--runs", type=int, default=200, help="Reads of the seed to time.")
        parser.add_argument("--documents", type=int, default=1000)
        parser.add_argument("--here", action="store_true", help="Import in this process.")
        parser.add_argument(
            "--concurrency", type=int, default=1, help="Processes in the one worker's pool."
        )
        parser.add_argument("--timeout", type=float, default=1800)

    def handle(
        self, *args, runs: int, documents: int, here: bool, concurrency: int, timeout: float,
        **options,
    ) -> None:  # fmt: skip
        self.bench_reading(runs)
        if documents:
            here = here or settings.CELERY_TASK_ALWAYS_EAGER
            self.bench_jobs(documents, here=here, concurrency=concurrency, timeout=timeout)

    def bench_reading(self, runs: int) -> None:
        if SEED.exists():
            data, source = SEED.read_bytes(), SEED.name
        else:
            data, source = background_paper(1).encode(), "generated paper (../shared is absent)"
        size = len(data)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            read_file(data, filename=source, max_bytes=settings.MAX_UPLOAD_SIZE)
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1] if runs >= 20 else max(times)
        self.stdout.write(
            f"read {source} ({size / 1024:.1f} KB), {runs} runs: median {median * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms, {size / median / 1e6:.2f} MB/s"
        )

    def bench_jobs(self, count: int, *, here: bool, concurrency: int, timeout: float) -> None:
        texts = [background_paper(number).encode() for number in range(1, count + 1)]
        megabytes = sum(map(len, texts)) / 1e6
        jobs: list[ImportJob] = []
        worker = None if here else start_worker(concurrency)
        try:
            started = time.perf_counter()
            for number, data in enumerate(texts, start=1):
                jobs.append(
                    create_import_job(name=f"bench-{number}.txt", data=data, queue=not here)
                )
                if here:
                    run_import_job(job=jobs[-1])
            wait_for_jobs([job.pk for job in jobs], timeout, worker)
            elapsed = time.perf_counter() - started
            how = "in this process" if here else f"1 worker of {concurrency} process(es)"
            self.report(jobs, elapsed, megabytes, how)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=30)
            remove_generated([job.pk for job in jobs])

    def report(self, jobs: list[ImportJob], elapsed: float, megabytes: float, how: str) -> None:
        finished = list(ImportJob.objects.filter(pk__in=[job.pk for job in jobs]))
        failed = [job for job in finished if job.status != ImportJob.Status.SUCCEEDED]
        stages: dict[str, float] = {}
        for job in finished:
            for stage, seconds in (job.counts or {}).get("seconds", {}).items():
                stages[stage] = stages.get(stage, 0.0) + seconds
        spent = sum(stages.values()) or 1.0
        split = ", ".join(
            f"{stage} {stages[stage] / len(finished) * 1000:.1f} ms ({stages[stage] / spent:.0%})"
            for stage in ("read", "index", "store")
            if stage in stages
        )
        self.stdout.write(
            f"import {len(jobs)} generated documents ({megabytes:.1f} MB) with {how}: "
            f"{elapsed:.1f} s, {len(jobs) / elapsed:.1f} documents/s, {len(failed)} failed"
        )
        self.stdout.write(f"per document, mean of the jobs: {split}")
        if failed:
            raise CommandError(f"{len(failed)} jobs failed, e.g.: {failed[0].log[:300]}")


def start_worker(concurrency: int) -> subprocess.Popen:
    """One Celery worker, with `concurrency` pool processes, on a queue of its own."""
    queue = f"wgportal-bench-{uuid.uuid4().hex[:8]}"
    app.conf.task_default_queue = queue
    env = {**os.environ, "CELERY_TASK_DEFAULT_QUEUE": queue}
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "wgportal", "worker", "-Q", queue,
         "--concurrency", str(concurrency), "--loglevel", "WARNING", "--without-gossip",
         "--without-mingle"],
        cwd=settings.BASE_DIR, env=env,
    )  # fmt: skip


def wait_for_jobs(pks: list[int], timeout: float, worker: subprocess.Popen | None) -> None:
    deadline = time.monotonic() + timeout
    done = {ImportJob.Status.SUCCEEDED, ImportJob.Status.FAILED}
    while ImportJob.objects.filter(pk__in=pks).exclude(status__in=done).exists():
        if worker is not None and worker.poll() is not None:
            raise CommandError("The Celery worker exited during the benchmark.")
        if time.monotonic() > deadline:
            raise CommandError(f"Jobs still unfinished after {timeout:.0f} s.")
        time.sleep(0.05)


def remove_generated(job_pks: list[int]) -> None:
    """Delete the benchmark's jobs, documents, files and meeting, history included."""
    jobs = ImportJob.objects.filter(pk__in=job_pks)
    for job in jobs:
        job.file.delete(save=False)
    jobs.delete()
    documents = Document.objects.filter(symbol_year=GENERATED_YEAR)
    versions = LanguageVersion.objects.filter(document__in=documents)
    for version in versions:
        version.source_file.delete(save=False)
    # In bulk: one document at a time, cascading through a hundred paragraphs each, took
    # longer than the import itself.
    LanguageVersion.history.filter(document__in=documents).delete()
    Document.history.filter(symbol_year=GENERATED_YEAR).delete()
    for model in (Reference, Footnote, Paragraph, Section):
        model.objects.filter(version__in=versions).delete()
    versions.delete()
    documents.delete()
    Meeting.objects.filter(start_date__year=GENERATED_YEAR).delete()
