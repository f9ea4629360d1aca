"""Creates the groups Editors and Importers with exactly the permissions their work needs.

Editors keep meetings, agendas, attendance, documents, reports and recommendations right; they
see import jobs but cannot start one. Importers upload files as import jobs and may look at what
an import produced; they cannot edit reports or meeting data.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ALL = ("add", "change", "delete", "view")
KEEP = ("add", "change", "view")
SEE = ("view",)

EDITORS = {
    "meetings": {
        "body": KEEP,
        "meeting": ALL,
        "agendaitem": ALL,
        "attendance": ALL,
        "person": KEEP,
        "meetingrole": ALL,
        "statement": ALL,
        "entity": KEEP,
        "entityalias": ALL,
        "regionalgroup": SEE,
    },
    "documents": {
        "document": KEEP,
        "languageversion": ("change", "view"),
        "section": ("change", "view"),
        "paragraph": ("change", "view"),
        "footnote": ("change", "view"),
        "reference": ("change", "view"),
        "draftreport": KEEP,
        "reportsection": KEEP,
        "openitem": SEE,
        "importjob": SEE,
    },
    "recommendations": {
        "recommendation": ALL,
        "theme": KEEP,
        "keytopic": ALL,
        "themepaper": ALL,
    },
}

IMPORTERS = {
    "meetings": {"body": SEE, "meeting": SEE, "agendaitem": SEE, "entity": SEE},
    "documents": {"importjob": ("add", "view"), "document": SEE, "languageversion": SEE},
}

GROUPS = {"Editors": EDITORS, "Importers": IMPORTERS}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them now so the
    # groups can be given theirs in this same migration.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = [
            (app_label, f"{action}_{model}")
            for app_label, models in grants.items()
            for model, actions in models.items()
            for action in actions
        ]
        permissions = [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in wanted
        ]
        group.permissions.set(permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("meetings", "0002_load_reference_data"),
        ("documents", "0001_initial"),
        ("recommendations", "0001_initial"),
    ]

    # The groups are given the draft reports' permissions under the documents app, which held
    # those models until documents.0019 moved them to reports (their content types with them).
    run_before = [("documents", "0019_draft_reports_move_to_reports")]

    operations = [migrations.RunPython(create_groups, remove_groups)]
