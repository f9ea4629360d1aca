"""Editors keep the lists of participants (add, change, delete, view), as they keep attendance.
Importers get nothing: who may view participants reads their names (reads_participant_names)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Editors": ("add_participant", "change_participant", "delete_participant", "view_participant"),
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("meetings")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="meetings", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GRANTS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="meetings", codename__in=GRANTS[group.name]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0007_participants_and_meeting_publishes_names"),
        ("recommendations", "0002_create_editor_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
