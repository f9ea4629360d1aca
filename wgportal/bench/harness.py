"""What every benchmark does alike: its options, its database, its timing and its figures.

Each bench_* command names what it measures and prints its own lines; the figures in them
(medians, 95th percentiles, a figure beside its target) are computed here, the same way for all.
"""

import statistics
import time
from collections.abc import Callable, Iterable

from django.core.management.base import CommandError, CommandParser, OutputWrapper
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from .corpus import SYMBOL_PREFIX, CorpusSize, delete_corpus, existing_corpus, generate_corpus


def add_runs_option(parser: CommandParser, *, default: int, help: str | None = None) -> None:
    """--runs: how many times each step is timed."""
    parser.add_argument("--runs", type=int, default=default, help=help)


def add_load_options(parser: CommandParser, *, per: str) -> None:
    """The options of a benchmark under gunicorn: requests, clients, workers, seconds."""
    parser.add_argument("--requests", type=int, default=300, help=f"Per {per}.")
    parser.add_argument("--clients", type=int, default=4, help="Concurrent connections.")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers.")
    parser.add_argument("--seconds", type=float, default=40, help=f"Most time spent on one {per}.")


def require_postgresql(benchmark: str) -> None:
    """Stop unless the database is PostgreSQL: the corpus is written by COPY."""
    if connection.vendor != "postgresql":
        raise CommandError(f"The {benchmark} benchmark needs PostgreSQL (DATABASE_URL).")


def chosen(names: str, known: Iterable[str], *, kind: str) -> list[str]:
    """The comma-separated `names` asked for on the command line, each one of `known`."""
    wanted = [name.strip() for name in names.split(",")]
    unknown = set(wanted) - set(known)
    if unknown:
        raise CommandError(f"Unknown {kind}: {', '.join(sorted(unknown))}.")
    return wanted


def prepare_corpus(size: CorpusSize, *, rebuild: bool, out: OutputWrapper) -> None:
    """The bench corpus of this size: the one in the database if it is there, else generated."""
    described = (
        f"{size.meetings} meetings, {size.documents:,} documents, {size.paragraphs:,} paragraphs"
    )
    if not rebuild and existing_corpus(size):
        out.write(f"corpus: reusing {SYMBOL_PREFIX} ({described})")
        return
    started = time.perf_counter()
    delete_corpus()
    generate_corpus(size)
    out.write(
        f"corpus: generated {SYMBOL_PREFIX} ({described}, half Chinese) in "
        f"{time.perf_counter() - started:.0f} s"
    )


def timed_runs(work: Callable[[], object], runs: int) -> list[float]:
    """The milliseconds of each of `runs` calls of `work`."""
    timings = []
    for _run in range(runs):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def queries_of(client: Client, url: str) -> int:
    """The SQL queries of one GET, which must answer 200."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if response.status_code != 200:
        raise CommandError(f"{url} answered {response.status_code}")
    return len(queries)


def percentile(values: list[float], percent: int) -> float:
    """The `percent`th percentile; the largest value when there are too few to tell it."""
    if len(values) < 100 / (100 - percent):  # fewer than 20 for the 95th
        return max(values) if values else float("nan")
    return statistics.quantiles(values, n=100)[percent - 1]


def against(value: float, most: float, *, met: str = "", missed: str) -> str:
    """The word printed beside a figure: `met` within its target (at most `most`), else `missed`."""
    return met if value <= most else missed
