"""manage.py bench_import: how fast texts are read, and imported end to end by one worker."""

import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from documents.models import ImportJob
from documents.parsing.reading import read_file
from documents.services import create_import_job, run_import_job
from wgportal.bench.harness import add_runs_option, percentile, timed_runs
from wgportal.bench.imports import remove_generated, start_worker, wait_for_jobs
from wgportal.bench.papers import background_paper

SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "002_34c4a39df3e2a875.txt"


class Command(BaseCommand):
    help = (
        "Benchmark the import: reading alone (seed 002 through read_file, as the import reads "
        "it: median and MB/s), then N generated seed-sized documents end to end through one "
        "Celery worker (or in this process with --here), with the time split into read, index "
        "and store. Generated rows are removed afterwards."
    )

    def add_arguments(self, parser) -> None:
        add_runs_option(parser, default=200, help="Reads of the seed to time.")
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
            data, filename, source = SEED.read_bytes(), SEED.name, SEED.name
        else:
            data, filename = background_paper(1).encode(), "generated-paper.txt"
            source = "a generated paper (../shared is absent)"
        size = len(data)
        times = timed_runs(
            lambda: read_file(data, filename=filename, max_bytes=settings.MAX_UPLOAD_SIZE), runs
        )
        median = statistics.median(times)
        self.stdout.write(
            f"read {source} ({size / 1024:.1f} KB), {runs} runs: median {median:.1f} ms, "
            f"p95 {percentile(times, 95):.1f} ms, {size / median / 1e3:.2f} MB/s"
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
