"""JSON errors under /api/ for requests that never reach a view: 400, 404 and 500."""

from django.http import JsonResponse


def not_found(request, exception=None):
    """The 404 of a path no view answers: JSON under /api/, the plain page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def bad_request(request, exception=None):
    """The 400 of a request Django refuses before any view (a body over its size limit)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": f"Bad request: {exception or 'refused'}"}, status=400)
    from django.views.defaults import bad_request as page

    return page(request, exception)


def server_error(request):
    """The 500: JSON under /api/ (it should never happen; tests look for it)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error."}, status=500)
    from django.views.defaults import server_error as page

    return page(request)
