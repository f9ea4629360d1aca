"""Gzip for the API's answers only."""

from django.middleware.gzip import GZipMiddleware


class ApiGZipMiddleware(GZipMiddleware):
    """Gzip for the API only: pages hold no secrets now, but the admin's forms do (BREACH)."""

    def process_response(self, request, response):
        if not request.path.startswith("/api/"):
            return response
        return super().process_response(request, response)
