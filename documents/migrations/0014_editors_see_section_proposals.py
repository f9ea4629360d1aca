"""Editors see the texts revised imports proposed for report sections (in the admin, beside the
section); they take or leave them on the report's editor page."""

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
        Permission.objects.get(content_type__app_label="documents", codename="view_sectionproposal")
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="Editors"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="documents", codename="view_sectionproposal"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0013_reportsection_proposals"),
        ("recommendations", "0002_create_editor_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
