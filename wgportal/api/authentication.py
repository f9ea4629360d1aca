"""Tokens for the API, where a token refused counts as a failed sign-in (django-axes)."""

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from rest_framework.authentication import TokenAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed, Throttled

from wgportal.security import lockout_message


class CountedTokenAuthentication(TokenAuthentication):
    """`Authorization: Token …`, where each token refused is a failed sign-in for django-axes.

    DRF checks a token without calling authenticate(), and raises before its throttles run, so
    neither axes nor the rate limits would ever see a guess: this class tells axes of each
    refusal and refuses every token from an address axes has locked out.
    """

    def authenticate(self, request):
        words = get_authorization_header(request).split()
        if not words or words[0].lower() != self.keyword.lower().encode():
            return None
        django_request = request._request
        if not AxesProxyHandler.is_allowed(django_request, {}):
            raise Throttled(
                wait=settings.AXES_COOLOFF_TIME.total_seconds(), detail=lockout_message()
            )
        try:
            return super().authenticate(request)
        except AuthenticationFailed:
            user_login_failed.send(sender=__name__, credentials={}, request=django_request)
            raise
