"""The rate limits of the API: readers by address, signed-in users by account."""

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class ReadersRateThrottle(AnonRateThrottle):
    """The limit for readers who are not signed in (by address)."""


class SignedInRateThrottle(UserRateThrottle):
    """The limit for signed-in users only: readers who are not are counted by the one above."""

    def allow_request(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return True
        return super().allow_request(request, view)
