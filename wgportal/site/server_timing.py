"""Server-Timing: how long the portal spent on a response, in a header any client can read.

The page benchmark (manage.py bench_pages) reads it to tell server time from the load
generator's own; a browser's developer tools show it too. First in MIDDLEWARE, so it covers
every other middleware.
"""

import time


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        response["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        return response
