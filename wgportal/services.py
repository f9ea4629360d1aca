"""Writes of the site-level code that touch several rows: a user's API token."""

from django.db import transaction
from rest_framework.authtoken.models import Token


@transaction.atomic
def replace_token(*, user) -> Token:
    """A new API token for `user`, the old one (if any) revoked in the same transaction.

    The old key is deleted first: a key that leaked stops working the moment its owner asks
    for another, and no moment exists when the user holds two.
    """
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)
