"""Draft reports, moved here from documents with their rows (documents.0019 renamed the tables).

The state only: the models are created over the tables as documents left them. Their content
types move from documents to reports, so that the editors' permissions and group grants, admin
log entries and anything else keyed on a content type keep pointing at the same rows.
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

MODELS = [
    "draftreport",
    "historicaldraftreport",
    "reportsection",
    "historicalreportsection",
    "sectionproposal",
    "openitem",
    "reportevent",
]


def move_content_types(apps, *, source: str, target: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moved = ContentType.objects.filter(app_label=source, model=model).first()
        if moved is None:
            continue  # a database made before the model had permissions: nothing to move
        # One made by post_migrate in between holds no grants of its own: the moved one, with
        # its permissions' ids, group grants and log entries, takes its place.
        ContentType.objects.filter(app_label=target, model=model).delete()
        moved.app_label = target
        moved.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()


def content_types_to_reports(apps, schema_editor):
    move_content_types(apps, source="documents", target="reports")


def content_types_to_documents(apps, schema_editor):
    move_content_types(apps, source="reports", target="documents")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("documents", "0019_draft_reports_move_to_reports"),
        ("meetings", "0012_agenda_items_remember_their_source"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="DraftReport",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "draft"),
                                    ("under_review", "under review"),
                                    ("adopted", "adopted"),
                                    ("published", "published"),
                                ],
                                default="draft",
                                max_length=14,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "adopted_on",
                            models.DateField(
                                blank=True,
                                help_text="As the report states it; in a draft, the date set for its adoption.",
                                null=True,
                                verbose_name="adopted on",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="created"),
                        ),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        (
                            "document",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="draft_report",
                                to="documents.document",
                                verbose_name="document",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="reports",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "draft report",
                        "verbose_name_plural": "draft reports",
                        "ordering": ["-meeting__start_date"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalDraftReport",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "draft"),
                                    ("under_review", "under review"),
                                    ("adopted", "adopted"),
                                    ("published", "published"),
                                ],
                                default="draft",
                                max_length=14,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "adopted_on",
                            models.DateField(
                                blank=True,
                                help_text="As the report states it; in a draft, the date set for its adoption.",
                                null=True,
                                verbose_name="adopted on",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="created"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="updated"
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "document",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="documents.document",
                                verbose_name="document",
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical draft report",
                        "verbose_name_plural": "historical draft reports",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalReportSection",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("ar", "Arabic"),
                                    ("zh", "Chinese"),
                                    ("en", "English"),
                                    ("fr", "French"),
                                    ("ru", "Russian"),
                                    ("es", "Spanish"),
                                ],
                                max_length=2,
                                verbose_name="language",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[("chapter", "chapter"), ("section", "section")],
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "key",
                            models.SlugField(
                                help_text="Which part of the report pattern: introduction, organization-opening ...",
                                max_length=60,
                                verbose_name="key",
                            ),
                        ),
                        (
                            "number",
                            models.CharField(
                                blank=True,
                                help_text="一, IV, A",
                                max_length=10,
                                verbose_name="number",
                            ),
                        ),
                        ("order", models.PositiveSmallIntegerField(verbose_name="order")),
                        ("heading", models.TextField(verbose_name="heading")),
                        ("text", models.TextField(blank=True, verbose_name="text")),
                        (
                            "origin",
                            models.CharField(
                                choices=[
                                    ("generated", "generated"),
                                    ("imported", "imported"),
                                    ("edited", "edited"),
                                ],
                                default="generated",
                                max_length=10,
                                verbose_name="origin",
                            ),
                        ),
                        (
                            "generated_text",
                            models.TextField(
                                blank=True, editable=False, verbose_name="generated text"
                            ),
                        ),
                        (
                            "regenerated",
                            models.JSONField(
                                blank=True,
                                default=list,
                                editable=False,
                                help_text="Numbers of the paragraphs the last regeneration rewrote.",
                                verbose_name="regenerated paragraphs",
                            ),
                        ),
                        (
                            "imported_text",
                            models.TextField(
                                blank=True, editable=False, verbose_name="imported text"
                            ),
                        ),
                        ("version", models.PositiveIntegerField(default=1, verbose_name="version")),
                        (
                            "updated_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="updated"
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "report",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="reports.draftreport",
                                verbose_name="report",
                            ),
                        ),
                        (
                            "updated_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="updated by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical report section",
                        "verbose_name_plural": "historical report sections",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="ReportEvent",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "action",
                            models.CharField(
                                choices=[
                                    ("generated", "generated"),
                                    ("regenerated", "regenerated"),
                                    ("submitted", "sent for review"),
                                    ("returned", "returned to draft"),
                                    ("adopted", "adopted"),
                                    ("published", "published"),
                                ],
                                max_length=12,
                                verbose_name="action",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "draft"),
                                    ("under_review", "under review"),
                                    ("adopted", "adopted"),
                                    ("published", "published"),
                                ],
                                editable=False,
                                max_length=14,
                                verbose_name="status after",
                            ),
                        ),
                        ("at", models.DateTimeField(auto_now_add=True, verbose_name="at")),
                        ("note", models.TextField(blank=True, verbose_name="note")),
                        (
                            "report",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="events",
                                to="reports.draftreport",
                                verbose_name="report",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "report event",
                        "verbose_name_plural": "report events",
                        "ordering": ["report", "at", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="ReportSection",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("ar", "Arabic"),
                                    ("zh", "Chinese"),
                                    ("en", "English"),
                                    ("fr", "French"),
                                    ("ru", "Russian"),
                                    ("es", "Spanish"),
                                ],
                                max_length=2,
                                verbose_name="language",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[("chapter", "chapter"), ("section", "section")],
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "key",
                            models.SlugField(
                                help_text="Which part of the report pattern: introduction, organization-opening ...",
                                max_length=60,
                                verbose_name="key",
                            ),
                        ),
                        (
                            "number",
                            models.CharField(
                                blank=True,
                                help_text="一, IV, A",
                                max_length=10,
                                verbose_name="number",
                            ),
                        ),
                        ("order", models.PositiveSmallIntegerField(verbose_name="order")),
                        ("heading", models.TextField(verbose_name="heading")),
                        ("text", models.TextField(blank=True, verbose_name="text")),
                        (
                            "origin",
                            models.CharField(
                                choices=[
                                    ("generated", "generated"),
                                    ("imported", "imported"),
                                    ("edited", "edited"),
                                ],
                                default="generated",
                                max_length=10,
                                verbose_name="origin",
                            ),
                        ),
                        (
                            "generated_text",
                            models.TextField(
                                blank=True, editable=False, verbose_name="generated text"
                            ),
                        ),
                        (
                            "regenerated",
                            models.JSONField(
                                blank=True,
                                default=list,
                                editable=False,
                                help_text="Numbers of the paragraphs the last regeneration rewrote.",
                                verbose_name="regenerated paragraphs",
                            ),
                        ),
                        (
                            "imported_text",
                            models.TextField(
                                blank=True, editable=False, verbose_name="imported text"
                            ),
                        ),
                        ("version", models.PositiveIntegerField(default=1, verbose_name="version")),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        (
                            "report",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sections",
                                to="reports.draftreport",
                                verbose_name="report",
                            ),
                        ),
                        (
                            "updated_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="updated by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "report section",
                        "verbose_name_plural": "report sections",
                        "ordering": ["report", "language", "order"],
                    },
                ),
                migrations.CreateModel(
                    name="OpenItem",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("bracket", "bracketed text"),
                                    ("placeholder", "placeholder"),
                                ],
                                max_length=12,
                                verbose_name="kind",
                            ),
                        ),
                        ("text", models.TextField(verbose_name="text")),
                        (
                            "paragraph_number",
                            models.PositiveIntegerField(
                                blank=True, null=True, verbose_name="paragraph"
                            ),
                        ),
                        (
                            "position",
                            models.PositiveIntegerField(
                                verbose_name="position in the section text"
                            ),
                        ),
                        (
                            "section",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="open_items",
                                to="reports.reportsection",
                                verbose_name="section",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "open item",
                        "verbose_name_plural": "open items",
                        "ordering": ["section", "position"],
                    },
                ),
                migrations.CreateModel(
                    name="SectionProposal",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("heading", models.TextField(verbose_name="heading")),
                        ("text", models.TextField(blank=True, verbose_name="text")),
                        (
                            "section_version",
                            models.PositiveIntegerField(
                                help_text="The version of the section the import found.",
                                verbose_name="section version",
                            ),
                        ),
                        (
                            "proposed_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="proposed at"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("open", "open"),
                                    ("taken", "taken"),
                                    ("left", "left"),
                                    ("superseded", "superseded"),
                                ],
                                default="open",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "decided_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="decided at"),
                        ),
                        (
                            "decided_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="decided by",
                            ),
                        ),
                        (
                            "job",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="section_proposals",
                                to="documents.importjob",
                                verbose_name="import job",
                            ),
                        ),
                        (
                            "proposed_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="uploaded by",
                            ),
                        ),
                        (
                            "section",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="proposals",
                                to="reports.reportsection",
                                verbose_name="section",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "proposed text of a section",
                        "verbose_name_plural": "proposed texts of sections",
                        "ordering": ["section", "-proposed_at", "-pk"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="reportsection",
                    constraint=models.UniqueConstraint(
                        fields=("report", "language", "key"), name="one_report_section_per_key"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="sectionproposal",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("status", "open")),
                        fields=("section",),
                        name="one_open_proposal_per_section",
                    ),
                ),
            ],
        ),
        migrations.RunPython(content_types_to_reports, content_types_to_documents),
    ]
