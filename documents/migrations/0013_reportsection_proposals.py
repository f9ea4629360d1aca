"""Report sections remember what the last import printed in them, and a revised import's text of
a section an editor changed waits beside it as a proposal.

A section stored by an import holds the imported text as it stands; one an editor changed since
gets the text of its last imported version from its history.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def remember_imported_texts(apps, schema_editor):
    ReportSection = apps.get_model("documents", "ReportSection")
    HistoricalReportSection = apps.get_model("documents", "HistoricalReportSection")
    ReportSection.objects.filter(origin="imported").update(imported_text=models.F("text"))
    for section in ReportSection.objects.exclude(origin="imported").only("pk").iterator():
        last = (
            HistoricalReportSection.objects.filter(id=section.pk, origin="imported")
            .order_by("-history_date", "-history_id")
            .values_list("text", flat=True)
            .first()
        )
        if last is not None:
            ReportSection.objects.filter(pk=section.pk).update(imported_text=last)


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0012_importjob_sent_at_attempts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalreportsection",
            name="imported_text",
            field=models.TextField(blank=True, editable=False, verbose_name="imported text"),
        ),
        migrations.AddField(
            model_name="reportsection",
            name="imported_text",
            field=models.TextField(blank=True, editable=False, verbose_name="imported text"),
        ),
        migrations.CreateModel(
            name="SectionProposal",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
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
                        to="documents.reportsection",
                        verbose_name="section",
                    ),
                ),
            ],
            options={
                "verbose_name": "proposed text of a section",
                "verbose_name_plural": "proposed texts of sections",
                "ordering": ["section", "-proposed_at", "-pk"],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("status", "open")),
                        fields=("section",),
                        name="one_open_proposal_per_section",
                    )
                ],
            },
        ),
        migrations.RunPython(remember_imported_texts, migrations.RunPython.noop),
    ]
