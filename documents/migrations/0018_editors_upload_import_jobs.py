"""Editors upload documents too: the provisional agenda, background papers and the list of
participants, in any language, as import jobs (the admin's upload and POST /api/v1/import-jobs/).
They saw import jobs already; now they may add them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("documents")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="documents", codename="add_importjob")
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="Editors"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="documents", codename="add_importjob"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0017_imported_meetings_await_their_first_document"),
        ("recommendations", "0002_create_editor_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
