"""manage.py bench_report: time to generate a large meeting's draft report and export it.

The meeting (wgportal.bench.meeting) has 150 attending States and organizations and 30
documents before it. The report is generated in every language the writer has wording for, at
once (as `generate_report` does by default: all six) and each alone; from those the command
tells what one language costs (and, were fewer than six written, what six would take). Each run
is rolled back, so every generation is a first one (or a regeneration of the same report) and
the database is left as it was.
"""

import statistics
from dataclasses import dataclass

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from reports.exports import report_docx, report_text
from reports.services.generation import generate_report
from reports.services.generation.storing import written_languages
from wgportal.bench.harness import add_runs_option, against, percentile, timed_runs
from wgportal.bench.meeting import build_large_meeting, delete_large_meeting

GENERATE_MS = 300  # the targets
DOCX_MS = 1000
SIX = 6  # the UN languages, for the estimate while the writer has wording for fewer


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Benchmark draft reports on a meeting with 150 attending entities and 30 documents: "
        "generation in every language the writer has wording for, at once and each alone, "
        "regeneration, DOCX and text export; queries, median, p95 and worst ms."
    )

    def add_arguments(self, parser) -> None:
        add_runs_option(parser, default=20)
        parser.add_argument("--attending", type=int, default=150)
        parser.add_argument("--documents", type=int, default=30)

    def handle(self, *args, runs: int, attending: int, documents: int, **options) -> None:
        meeting = build_large_meeting(attending=attending, documents=documents)
        languages = written_languages()
        try:
            self.stdout.write(
                f"meeting: {meeting.attendance.count()} attending, "
                f"{meeting.documents.count()} documents, "
                f"{meeting.statements.count()} statements; {runs} runs each ({connection.vendor}); "
                f"languages: {' '.join(languages)}"
            )
            self.write_header()
            every = f"all {len(languages)} languages"
            # Taken in turns, run after run: a load that comes and goes on the machine then
            # weighs on each alike, and their difference is the languages'.
            steps = [(f"generate ({every}, new report)", None)] + [
                (f"generate ({language} alone, new report)", (language,)) for language in languages
            ]
            together, *alone = self.measure_in_turns(steps, meeting, runs)
            report = generate_report(meeting=meeting).report
            self.measure(f"regenerate ({every})", runs, GENERATE_MS, lambda: generate(meeting))
            for language in languages:
                self.measure(
                    f"DOCX export ({language})", runs, DOCX_MS,
                    lambda language=language: report_docx(report, language),
                )  # fmt: skip
            for language in languages:
                self.measure(
                    f"text export ({language})", runs, None,
                    lambda language=language: report_text(report, language),
                )  # fmt: skip
            self.write_estimate(together, alone)
        finally:
            delete_large_meeting()

    def measure_in_turns(self, steps, meeting, runs: int) -> list["Measured"]:
        """Generations in the given languages (None: the default), one run of each in turn."""
        captured = [CaptureQueriesContext(connection) for _ in steps]
        timings: list[list[float]] = [[] for _ in steps]
        # One generation untimed first: the process's first loads what every later one finds
        # ready (Babel's locale data, the writer's compiled patterns), some 200 ms that would
        # otherwise be the worst run of whichever step came first.
        rolled_back(lambda: generate(meeting))()
        for _run in range(runs):
            for index, (_name, languages) in enumerate(steps):
                work = rolled_back(lambda languages=languages: generate(meeting, languages))
                with captured[index]:
                    timings[index] += timed_runs(work, 1)
        return [
            self.write_line(name, len(queries), times, GENERATE_MS)
            for (name, _languages), queries, times in zip(steps, captured, timings, strict=True)
        ]

    def write_header(self) -> None:
        self.stdout.write(
            f"{'step':<40} {'queries':>7} {'median ms':>10} {'p95 ms':>8} {'worst ms':>9} target"
        )

    def measure(self, name: str, runs: int, target_ms: int | None, work) -> "Measured":
        captured = CaptureQueriesContext(connection)
        with captured:
            timings = timed_runs(rolled_back(work), runs)
        return self.write_line(name, len(captured) // runs, timings, target_ms)

    def write_line(
        self, name: str, queries: int, timings: list[float], target_ms: int | None
    ) -> "Measured":
        measured = Measured(queries, statistics.median(timings), max(timings))
        verdict = ""
        if target_ms is not None:
            met = against(max(timings), target_ms, met="met", missed="MISSED")
            verdict = f"<= {target_ms} ms: {met}"
        self.stdout.write(
            f"{name:<40} {measured.queries:>7} {measured.median:>10.1f} "
            f"{percentile(timings, 95):>8.1f} {measured.worst:>9.1f} {verdict}"
        )
        return measured

    def write_estimate(self, together: "Measured", alone: list["Measured"]) -> None:
        """What one more language costs, from the languages at once and each alone, and what
        six would take: a generation is a cost of its own (the meeting's rows, the report) plus
        one per language (writing it, merging it), and the queries do not grow per language.

        From the medians: on a machine shared with other work the worst runs are another
        process's, and a difference of two of them says nothing of a language.
        """
        if len(alone) < 2:
            return
        split = per_language(together.median, [m.median for m in alone])
        self.stdout.write(
            f"per language: {split.each:.1f} ms (median), the rest {split.shared:.1f} ms; "
            f"queries {together.queries} for {len(alone)} languages, {alone[0].queries} for one"
        )
        if len(alone) >= SIX:
            return  # the six are measured, not estimated
        six = split.shared + SIX * split.each
        verdict = against(six, GENERATE_MS, met="met", missed="MISSED")
        self.stdout.write(
            f"{'generate (six languages, estimated)':<40} {together.queries:>7} {six:>10.1f} "
            f"{'':>8} {'':>9} <= {GENERATE_MS} ms (median): {verdict}"
        )


@dataclass(frozen=True)
class Measured:
    queries: int  # of one run
    median: float
    worst: float


@dataclass(frozen=True)
class Split:
    shared: float  # ms every generation spends whatever its languages
    each: float  # ms one language adds, on average


def per_language(together: float, alone: list[float]) -> Split:
    """From n languages at once (shared + n·each) and each alone (shared + each): the two costs."""
    n = len(alone)
    shared = max((sum(alone) - together) / (n - 1), 0.0)
    return Split(shared=shared, each=max(together - shared, 0.0) / n)


def rolled_back(work):
    """`work` in a transaction rolled back, so that each run starts from the same database."""

    def run() -> None:
        try:
            with transaction.atomic():
                work()
                raise Rollback
        except Rollback:
            pass

    return run


def generate(meeting, languages=None) -> None:
    generate_report(meeting=meeting, languages=languages)
