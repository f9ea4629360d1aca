"""The API token page: editors and importers see, create and replace their own token.

The token is DRF's (`rest_framework.authtoken`), the one
`wgportal.api.authentication.CountedTokenAuthentication` checks. Its key is shown once, in the
answer to the POST that created it; the page otherwise says only whether one exists and since
when, so a key left on a screen is not shown to the next person. Replacing it is a write,
`wgportal.services.replace_token`.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from rest_framework.authtoken.models import Token

from .services import replace_token

# The work a token is for: importing files (importers, and editors since documents 0017) or
# writing report sections and meeting data (editors). A reader without a role has no use for one.
ROLE_PERMISSIONS = ("documents.add_importjob", "reports.change_reportsection")


def has_role(user) -> bool:
    return any(user.has_perm(permission) for permission in ROLE_PERMISSIONS)


@never_cache
@require_http_methods(["GET", "POST"])
def api_token(request):
    """GET: whether the user has a token; POST: create or replace it, shown this once."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not has_role(request.user):
        raise PermissionDenied
    created = replace_token(user=request.user) if request.method == "POST" else None
    token = created or Token.objects.filter(user=request.user).first()
    return render(request, "wgportal/api_token.html", {"token": token, "created": created})
