"""manage.py bench_report: time to generate a large meeting's draft report and export it.

The meeting (wgportal.bench.meeting) has 150 attending States and organizations
and 30 documents before it. Each run is rolled back, so every generation is a first one (or a
regeneration of the same report) and the database is left as it was.
"""

import statistics

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from reports.exports import report_docx, report_text
from reports.services.generation import generate_report
from wgportal.bench.harness import add_runs_option, against, percentile, timed_runs
from wgportal.bench.meeting import build_large_meeting, delete_large_meeting

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
        add_runs_option(parser, default=20)
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
        captured = CaptureQueriesContext(connection)

        def rolled_back() -> None:
            with captured:
                try:
                    with transaction.atomic():
                        work()
                        raise Rollback
                except Rollback:
                    pass

        timings = timed_runs(rolled_back, runs)
        queries = len(captured)  # the last run's
        verdict = ""
        if target_ms is not None:
            met = against(max(timings), target_ms, met="met", missed="MISSED")
            verdict = f"<= {target_ms} ms: {met}"
        self.stdout.write(
            f"{name:<32} {queries:>7} {statistics.median(timings):>10.1f} "
            f"{percentile(timings, 95):>8.1f} {max(timings):>9.1f} {verdict}"
        )


def generate(meeting) -> None:
    generate_report(meeting=meeting)
