"""`manage.py check --deploy`: no account may still sign in with the demo password."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

from . import DEMO_PASSWORD


@register(Tags.security, deploy=True)
def demo_password_in_use(app_configs=None, databases=None, **kwargs) -> list[Warning]:
    # The password is printed by load_demo and in the README, so an account that still has it
    # (the demo's own, or one an administrator gave it) is open to anyone. Each password is
    # hashed anew to compare it; the accounts are the secretariat's few, and --deploy is rare.
    try:
        users = list(
            get_user_model()
            .objects.filter(is_active=True)
            .only("username", "password")
            .order_by("username")
        )
    except DatabaseError:
        return []  # no database yet (a first `check` before `migrate`): nothing to look at
    # The hasher's function, not user.check_password(), which saves a hash it upgrades: a check
    # writes nothing.
    found = [user.get_username() for user in users if check_password(DEMO_PASSWORD, user.password)]
    if not found:
        return []
    return [
        Warning(
            f"These active accounts still have the demo password: {', '.join(found)}.",
            hint=(
                "Give them a password of their own (manage.py changepassword NAME) or deactivate "
                "them in the admin; the demo password is public."
            ),
            id="wgportal.W001",
        )
    ]
