"""manage.py bench_api: query counts and server time of the REST API (/api/v1/) on the bench corpus.

The corpus, the gunicorn run and the load generator are the page benchmark's (wgportal.bench);
this command only names the endpoints and what the issue asks of them.
"""

import statistics

from django.core.management.base import BaseCommand
from django.test import Client
from django.test.utils import override_settings

from wgportal.bench.addresses import API, endpoint_urls, with_page_size
from wgportal.bench.corpus import CorpusSize
from wgportal.bench.harness import (
    add_load_options,
    against,
    chosen,
    percentile,
    prepare_corpus,
    queries_of,
    require_postgresql,
)
from wgportal.bench.load import drive, measured, serving, write_header, write_row

MOST_QUERIES = 10  # the ceiling for any list, whatever its page size
PAGE_SIZES = (10, 100)
SLOWEST_MEDIAN_MS = 30  # the target for lists and details
# Search runs the search page's engine, whose targets issue 4 set: median 50 ms, p95 200 ms.
SEARCH_MEDIAN_MS, SEARCH_P95_MS = 50, 200
# API_ANON_RATE and API_USER_RATE for the gunicorn run: high enough that the load generator is
# never answered 429. Per second rather than per minute: a throttle keeps the times of a client's
# requests within the period in one cache entry, which every request reads and writes whole; at
# a few hundred requests a second a minute's would grow to tens of thousands of entries, where
# production's rates hold at most 600 and 3,000.
API_RATE = "1000000/second"


class Command(BaseCommand):
    help = (
        "Benchmark the REST API on bench_pages's corpus (generated if absent): query count of "
        "each list endpoint at two page sizes, then server time (Server-Timing) and throughput "
        "of lists and details under gunicorn with 2 workers, beside a trivial view's (ping)."
    )

    def add_arguments(self, parser) -> None:
        add_load_options(parser, per="endpoint")
        parser.add_argument(
            "--endpoints",
            default="",
            help="Only these endpoints, comma-separated (e.g. 'documents,document'); "
            "ping is always timed.",
        )

    def handle(self, *args, requests: int, clients: int, workers: int, seconds: float,
               endpoints: str, **options) -> None:  # fmt: skip
        require_postgresql("API")
        size = CorpusSize()
        prepare_corpus(size, rebuild=False, out=self.stdout)
        lists, details = endpoint_urls(size)
        if endpoints:
            wanted = chosen(endpoints, [*lists, *details, "ping"], kind="endpoints")
            lists = {name: urls for name, urls in lists.items() if name in wanted}
            details = {name: urls for name, urls in details.items() if name in wanted}
        self.count_queries(lists, details)
        self.time_endpoints(lists, details, requests=requests, clients=clients,
                            workers=workers, seconds=seconds)  # fmt: skip

    @override_settings(PAGE_CACHE_SECONDS=0, CONTENT_CACHE_SECONDS=0)
    def count_queries(self, lists: dict[str, list[str]], details: dict[str, list[str]]) -> None:
        """Each endpoint's queries with nothing cached, at a small and a large page."""
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(
            f"queries per list endpoint, nothing cached (at most {MOST_QUERIES}, the same at "
            f"page_size={PAGE_SIZES[0]} and {PAGE_SIZES[1]}); rows: what the list counts:"
        )
        columns = [f"size {size}" for size in PAGE_SIZES]
        self.stdout.write(f"  {'endpoint':<16} {columns[0]:>8} {columns[1]:>8} {'rows':>8}  url")
        for name, urls in lists.items():
            if name.startswith("search"):
                # Search pages hold ten documents and take no page_size: a common word's page
                # (filled from the newest documents) and one of a word the corpus lacks (read
                # from the whole index) stand for a small and a large amount of data read.
                counted = [urls[0], urls[-1]]
            else:
                counted = [with_page_size(urls[0], size) for size in PAGE_SIZES]
            counts = [queries_of(client, url) for url in counted]
            answer = client.get(counted[0]).json()
            rows = answer["count"] if "count" in answer else answer["total"]
            flags = []
            if flag := against(max(counts), MOST_QUERIES, missed="OVER"):
                flags.append(flag)
            if len(set(counts)) > 1 and not name.startswith("search"):
                flags.append("DIFFERS")
            self.stdout.write(
                f"  {name:<16} {counts[0]:>8} {counts[1]:>8} {rows:>8}  {urls[0]}"
                + "".join(f"  {flag}" for flag in flags)
            )
        if any(name.startswith("search") for name in lists):
            self.stdout.write(
                "  (search: pages of ten documents, no page_size; its two counts are a common "
                "word's, whose rows are its hits, and one the corpus lacks)"
            )
        self.stdout.write("queries per detail endpoint, nothing cached:")
        for name, urls in details.items():
            count = max(queries_of(client, url) for url in urls[:2])
            self.stdout.write(f"  {name:<16} {count:>8}  {urls[0]}")

    def time_endpoints(self, lists: dict[str, list[str]], details: dict[str, list[str]], *,
                       requests: int, clients: int, workers: int,
                       seconds: float) -> None:  # fmt: skip
        """Lists at their default page (50 rows) and details, beside ping in the same run."""
        endpoints = {"ping": [f"{API}/ping/"], **lists, **details}
        with serving(workers, page_cache=False, api_rate=API_RATE) as port:
            self.stdout.write(
                f"server time under gunicorn ({workers} workers, DEBUG off, "
                f"API_ANON_RATE and API_USER_RATE {API_RATE}: the load generator is never "
                f"throttled), {clients} clients on loopback, up to {requests} requests (ping: "
                f"{10 * requests}) or {seconds:.0f} s per endpoint, lists at their default page "
                "size, URLs varied over the corpus:"
            )
            write_header(self.stdout, "endpoint")
            timed = {}
            for name, urls in endpoints.items():
                drive(port, urls[:clients], clients, clients)  # warm each worker's caches
                # A thousand pings a second: ten times as many, for a measurable run.
                asked = 10 * requests if name == "ping" else requests
                timings = measured(port, urls, asked, clients, seconds, name)
                timed[name] = (write_row(self.stdout, name, timings), timings.server_ms)
        ping = timed.pop("ping")[0]
        self.stdout.write(
            f"against the targets (median at most {SLOWEST_MEDIAN_MS} ms; search, as the search "
            f"page: median {SEARCH_MEDIAN_MS} ms, p95 {SEARCH_P95_MS} ms) and the trivial view "
            f"(ping, {ping:.0f} req/s):"
        )
        for name, (throughput, server_ms) in timed.items():
            median = statistics.median(server_ms)
            if name.startswith("search"):
                kind = "search"
                met = median <= SEARCH_MEDIAN_MS and percentile(server_ms, 95) <= SEARCH_P95_MS
            else:
                kind = "list" if name in lists else "detail"
                met = median <= SLOWEST_MEDIAN_MS
            verdict = "ok" if met else "SLOW"
            self.stdout.write(
                f"  {name:<16} {kind:<6} median {median:>6.1f}ms  p95 "
                f"{percentile(server_ms, 95):>6.1f}ms  {verdict:<4}  "
                f"{throughput / ping:.2f} of ping's throughput"
            )
