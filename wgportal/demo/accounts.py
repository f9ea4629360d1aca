"""The two demo logins: an editor and an importer, each in the group their work needs."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

# Printed by `manage.py load_demo`; the accounts are for a local demo, never for a deployment.
DEMO_PASSWORD = "wgportal-demo"

# username, group (created by recommendations/migrations/0002_create_editor_groups.py)
ACCOUNTS = (("editor", "Editors"), ("importer", "Importers"))


def load_accounts() -> tuple[str, ...]:
    """Create or reset the demo accounts: staff, in their group, with DEMO_PASSWORD."""
    user_model = get_user_model()
    for username, group in ACCOUNTS:
        user, _created = user_model.objects.get_or_create(username=username)
        user.is_staff = True
        user.is_superuser = False
        user.is_active = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=group)])
    return tuple(username for username, _group in ACCOUNTS)
