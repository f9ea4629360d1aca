"""What the portal refuses before any view runs, and what it tells browsers not to allow.

- A request whose address, query, cookies or form holds a NUL or bytes that are not UTF-8 is a 400:
  PostgreSQL refuses NUL in a string, so `/documents/%00/` failed inside the database (a 500),
  and no UN symbol, name or text holds either.
- Every response says which browser features its page may use (Permissions-Policy: none of
  those listed in PERMISSIONS_POLICY); the Content-Security-Policy is Django's own (SECURE_CSP).
- A sign-in refused by django-axes after too many failures gets the lockout page, or a JSON 429
  under /api/.
"""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.handlers.wsgi import get_bytes_from_wsgi
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


class MalformedInputMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        if malformed(request):
            message = _(
                "The address or the form holds a null character or bytes that are not "
                "UTF-8 text. Correct it and try again."
            )
            if api(request):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def malformed(request) -> bool:
    """Whether the path, the query string, a cookie or a form field holds a NUL or is not UTF-8."""
    parts = [raw_path(request), unquote_to_bytes(query_bytes(request).replace(b"+", b" "))]
    # A session cookie ending in a NUL reaches PostgreSQL as the session key on every page.
    parts += [value.encode("utf-8", "surrogatepass") for value in request.COOKIES.values()]
    if request.method in ("POST", "PUT", "PATCH") and request.content_type == URLENCODED:
        # The raw body, because QueryDict replaces bytes that are not UTF-8 silently.
        parts.append(unquote_to_bytes(request.body.replace(b"+", b" ")))
    elif request.method == "POST" and request.content_type == MULTIPART and not api(request):
        # A page's form (the admin's, an editor's): the CSRF check parses it next in any case.
        # Its fields are decoded as they are parsed, so only a NUL can remain. The API's
        # uploads are left to DRF, which answers 401 or 403 before it reads a body and whose
        # serializer fields refuse a NUL (400).
        fields = [text for key, values in request.POST.lists() for text in (key, *values)]
        parts.append("".join(fields).encode("utf-8", "surrogatepass"))
    return any(b"\x00" in part or not is_utf8(part) for part in parts)


def api(request) -> bool:
    return request.path_info.startswith("/api/")


def raw_path(request) -> bytes:
    # Django puts a %XX back for each byte of the path that is not UTF-8 (request.path_info is
    # text), so "%FF" sent and "%25FF" sent look alike here: both count as malformed, and no UN
    # symbol, code or name holds a percent sign.
    return unquote_to_bytes(request.path_info.encode("utf-8", "surrogatepass"))


def query_bytes(request) -> bytes:
    try:
        return get_bytes_from_wsgi(request.META, "QUERY_STRING", "")
    except UnicodeEncodeError:
        return request.META.get("QUERY_STRING", "").encode("utf-8", "surrogatepass")


def is_utf8(data: bytes) -> bool:
    # Strict UTF-8 also refuses encoded lone surrogates (%ED%A0%80), which PostgreSQL refuses.
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class PermissionsPolicyMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once an address has failed to sign in too often (429)."""
    message = lockout_message()
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=429)
    else:
        response = render(request, "sign_in_locked.html", {"message": message}, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


def lockout_message() -> str:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return ngettext(
        "Too many failed sign-in attempts from your address. Try again in %(minutes)d minute, "
        "or ask the secretariat's administrator to unlock it.",
        "Too many failed sign-in attempts from your address. Try again in %(minutes)d minutes, "
        "or ask the secretariat's administrator to unlock it.",
        minutes,
    ) % {"minutes": minutes}
