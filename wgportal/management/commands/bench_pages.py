"""manage.py bench_pages: query counts and server time of the public pages on a large corpus."""

from django.core.management.base import BaseCommand
from django.test import Client
from django.test.utils import override_settings

from wgportal.bench.addresses import page_urls
from wgportal.bench.corpus import CorpusSize
from wgportal.bench.harness import (
    add_load_options,
    against,
    chosen,
    prepare_corpus,
    queries_of,
    require_postgresql,
)
from wgportal.bench.load import drive, measured, serving, write_header, write_row

MOST_QUERIES = 12  # the ceiling for any page


class Command(BaseCommand):
    help = (
        "Benchmark the public pages on a generated corpus (200 meetings, 20,000 documents, "
        "1,000,000 paragraphs, half Chinese; kept between runs): query count per page, then "
        "server time (Server-Timing) and throughput under gunicorn with 2 workers, each page "
        "rendered afresh; then the meeting page's throughput with the page cache on, beside "
        "a trivial view's."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="Regenerate the corpus.")
        parser.add_argument("--meetings", type=int, default=200)
        parser.add_argument("--documents-per-meeting", type=int, default=100)
        parser.add_argument("--paragraphs-per-document", type=int, default=50)
        add_load_options(parser, per="page type")
        parser.add_argument(
            "--pages",
            default="",
            help="Only these page types, comma-separated (e.g. 'healthz,search zh').",
        )

    def handle(self, *args, rebuild: bool, requests: int, clients: int, workers: int,
               seconds: float, **options) -> None:  # fmt: skip
        require_postgresql("page")
        size = CorpusSize(
            meetings=options["meetings"],
            documents_per_meeting=options["documents_per_meeting"],
            paragraphs_per_document=options["paragraphs_per_document"],
        )
        prepare_corpus(size, rebuild=rebuild, out=self.stdout)
        pages = page_urls(size)
        if options["pages"]:
            wanted = chosen(options["pages"], pages, kind="page types")
            pages = {name: urls for name, urls in pages.items() if name in wanted}
        self.count_queries(pages)
        self.time_pages(pages, requests=requests, clients=clients, workers=workers,
                        seconds=seconds)  # fmt: skip
        if "meeting" in pages and "healthz" in pages:
            self.time_cached_pages(pages, requests=requests, clients=clients, workers=workers,
                                   seconds=seconds)  # fmt: skip

    @override_settings(PAGE_CACHE_SECONDS=0, CONTENT_CACHE_SECONDS=0)
    def count_queries(self, pages: dict[str, list[str]]) -> None:
        """Each page's queries with nothing cached: what it costs the first time."""
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(f"queries per page (at most {MOST_QUERIES}):")
        for name, urls in pages.items():
            counts = [queries_of(client, url) for url in urls[:2]]
            flag = against(max(counts), MOST_QUERIES, missed="  OVER")
            self.stdout.write(f"  {name:<16} {max(counts):>3}  {urls[0]}{flag}")

    def time_pages(self, pages: dict[str, list[str]], *, requests: int, clients: int,
                   workers: int, seconds: float) -> None:  # fmt: skip
        """Each page type rendered afresh: the page cache is off for this run."""
        with serving(workers, page_cache=False) as port:
            self.stdout.write(
                f"server time under gunicorn ({workers} workers, DEBUG off, page cache off), "
                f"{clients} clients on loopback, up to {requests} requests or {seconds:.0f} s "
                "per page type:"
            )
            write_header(self.stdout, "page")
            for name, urls in pages.items():
                drive(port, urls[:clients], clients, clients)  # warm each worker's caches
                write_row(self.stdout, name, measured(port, urls, requests, clients, seconds, name))

    def time_cached_pages(self, pages: dict[str, list[str]], *, requests: int, clients: int,
                          workers: int, seconds: float) -> None:  # fmt: skip
        """Meeting pages as readers get them in production: from the page cache, once warm."""
        with serving(workers, page_cache=True) as port:
            self.stdout.write(
                "throughput with the page cache on, as in production (each meeting page "
                "requested once first, then served to readers who are not signed in):"
            )
            write_header(self.stdout, "page")
            throughput = {}
            for name in ("healthz", "meeting"):
                urls = pages[name]
                drive(port, urls, len(urls), clients)  # every page once: the cache is warm
                # A thousand requests a second: ten times as many, for a measurable run.
                timings = measured(port, urls, 10 * requests, clients, seconds, name)
                throughput[name] = write_row(self.stdout, name, timings)
            self.stdout.write(
                f"meeting page throughput / health check throughput: "
                f"{throughput['meeting'] / throughput['healthz']:.2f} (at least 0.5)"
            )
