"""manage.py import_texts PATH...: import UN texts from files and folders as import jobs."""

import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from documents.models import ImportJob
from documents.parsing.extraction import FORMAT_BY_EXTENSION
from documents.services import create_import_job, run_import_job
from documents.services.imports import queue_notice
from wgportal.languages import Language

# A folder is searched for the importable extensions; a file named on the command line is
# always tried, so that a wrong file gets its job and its message rather than being skipped.
FINISHED = {ImportJob.Status.SUCCEEDED, ImportJob.Status.FAILED}


class Command(BaseCommand):
    help = (
        "Import UN texts (.txt, .md, .docx, .pdf) from files and folders. Each file becomes an "
        "import job run by a Celery worker (in-process in the embedded mode, or with --here); "
        "the command waits for the jobs and prints a summary."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--language", choices=Language.values, default="")
        parser.add_argument(
            "--here", action="store_true", help="Run the jobs in this process, not on a worker."
        )
        parser.add_argument(
            "--timeout", type=float, default=600, help="Seconds to wait for queued jobs."
        )

    def handle(
        self, *args, paths: list[Path], language: str, here: bool, timeout: float, **options
    ) -> None:
        files = collect_files(paths)
        if not files:
            raise CommandError(
                f"No {', '.join(FORMAT_BY_EXTENSION)} file found in the given paths."
            )
        # Wide enough for a path and a symbol on one line when the output goes to a log.
        console = Console(file=self.stdout, force_terminal=False, width=160)
        jobs = []
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("Importing", total=len(files))
            for path in files:
                job = create_import_job(
                    name=path.name, data=path.read_bytes(), language=language, queue=not here
                )
                if here:
                    run_import_job(job=job)
                jobs.append(job)
                progress.advance(task, 0 if needs_waiting(job) else 1)
            # Jobs whose message could not be sent run when the broker is back (the sweep):
            # waiting for them here would only wait out the timeout.
            wait_for([job for job in jobs if not job.send_failed], progress, task, timeout)
        console.print(summary(jobs, files))
        if notice := queue_notice(jobs):
            self.stdout.write(self.style.WARNING(notice))
            self.stdout.write(f"(Broker: {redacted(settings.CELERY_BROKER_URL)}; or use --here.)")
        failed = [
            job for job in jobs if job.status != ImportJob.Status.SUCCEEDED and not job.send_failed
        ]
        if failed:
            raise CommandError(f"{len(failed)} of {len(jobs)} files were not imported.")


def collect_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in FORMAT_BY_EXTENSION)
        elif path.exists():
            files.append(path)
        else:
            raise CommandError(f"{path} does not exist.")
    return files


def needs_waiting(job: ImportJob) -> bool:
    job.refresh_from_db()
    return job.status not in FINISHED


def wait_for(jobs: list[ImportJob], progress: Progress, task, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    waiting = [job for job in jobs if job.status not in FINISHED]
    while waiting and time.monotonic() < deadline:
        time.sleep(0.2)
        still = [job for job in waiting if needs_waiting(job)]
        progress.advance(task, len(waiting) - len(still))
        waiting = still
    if waiting:
        broker = redacted(settings.CELERY_BROKER_URL)
        raise CommandError(
            f"{len(waiting)} jobs still queued after {timeout:.0f} s: is a Celery worker "
            f"running on {broker}? (celery -A wgportal worker), or use --here."
        )


def redacted(url: str) -> str:
    """The broker's URL without its password, fit to print."""
    parts = urlsplit(url)
    if parts.password:
        parts = parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@"))
    return urlunsplit(parts)


def summary(jobs: list[ImportJob], files: list[Path]) -> Table:
    table = Table(title="Import jobs")
    for column in ("file", "status", "document"):
        table.add_column(column, overflow="fold")
    for column in ("paragraphs", "footnotes", "warnings", "s"):
        table.add_column(column, justify="right")
    for job, path in zip(jobs, files, strict=True):
        counts = job.counts or {}
        seconds = sum((counts.get("seconds") or {}).values())
        table.add_row(
            str(path),
            job.get_status_display(),
            str(job.document or ""),
            str(counts.get("paragraphs", "")),
            str(counts.get("footnotes", "")),
            str(len(job.warnings or [])),
            f"{seconds:.2f}" if seconds else "",
        )
        if job.status == ImportJob.Status.FAILED:
            table.add_row("", job.log.splitlines()[0] if job.log else "", "", "", "", "", "")
    return table
