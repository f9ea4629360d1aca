"""manage.py bench_report: time to generate a large meeting's draft report and export it.

The meeting (documents.services.synthetic_meeting) has 150 attending States and organizations
and 30 documents before it. Each run is rolled back, so every generation is a first one (or a
regeneration of the same report) and the database is left as it was.
"""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from documents.services.synthetic_meeting import build_large_meeting, delete_large_meeting
from reports.exports import report_docx, report_text
from reports.services.generation import generate_report

GENERATE_MS = 300  # the targets
DOCX_MS = 1000


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Benchmark draft reports on a meeting with 150 attending entities and 30 documents: "
        "generation (zh and en), regeneration, DOCX and text export; median, p95 and worst ms."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--runs", type=int, default=20)
        parser.add_argument("--attending", type=int, default=150)
        parser.add_argument("--documents", type=int, default=30)

    def handle(self, *args, runs: int, attending: int, documents: int, **options) -> None:
        meeting = build_large_meeting(attending=attending, documents=documents)
        try:
            self.stdout.write(
                f"meeting: {meeting.attendance.count()} attending, "
                f"{meeting.documents.count()} documents, "
                f"{meeting.statements.count()} statements; {runs} runs each ({connection.vendor})"
            )
            self.write_header()
            self.measure(
                "generate (zh+en, new report)", runs, GENERATE_MS, lambda: generate(meeting)
            )
            report = generate_report(meeting=meeting).report
            self.measure("regenerate (zh+en)", runs, GENERATE_MS, lambda: generate(meeting))
            for language in ("zh", "en"):
                self.measure(
                    f"DOCX export ({language})", runs, DOCX_MS,
                    lambda language=language: report_docx(report, language),
                )  # fmt: skip
            self.measure("text export (zh)", runs, None, lambda: report_text(report, "zh"))
        finally:
            delete_large_meeting()

    def write_header(self) -> None:
        self.stdout.write(
            f"{'step':<32} {'queries':>7} {'median ms':>10} {'p95 ms':>8} {'worst ms':>9} target"
        )

    def measure(self, name: str, runs: int, target_ms: int | None, work) -> None:
        timings = []
        queries = 0
        for _run in range(runs):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                try:
                    with transaction.atomic():
                        work()
                        raise Rollback
                except Rollback:
                    pass
                timings.append((time.perf_counter() - started) * 1000)
            queries = len(captured)
        timings.sort()
        p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
        verdict = ""
        if target_ms is not None:
            verdict = f"<= {target_ms} ms: {'met' if timings[-1] <= target_ms else 'MISSED'}"
        self.stdout.write(
            f"{name:<32} {queries:>7} {statistics.median(timings):>10.1f} {p95:>8.1f} "
            f"{timings[-1]:>9.1f} {verdict}"
        )


def generate(meeting) -> None:
    generate_report(meeting=meeting)
