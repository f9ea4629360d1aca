"""Paragraphs carry the part their numbering belongs to: 0 the body, 1… each annex numbered anew.

An annex that numbers its paragraphs from 1 again made a second paragraph 1 in its version, which
the constraint refused: numbers are now unique per version and part.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("documents", "0009_editors_see_report_events")]

    operations = [
        migrations.RemoveConstraint(
            model_name="paragraph",
            name="one_numbered_paragraph_per_number",
        ),
        migrations.AddField(
            model_name="paragraph",
            name="part",
            field=models.PositiveSmallIntegerField(
                default=0,
                help_text="0 for the body; 1, 2… for each annex numbered anew",
                verbose_name="part",
            ),
        ),
        migrations.AddConstraint(
            model_name="paragraph",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind", "numbered")),
                fields=("version", "part", "number"),
                name="one_numbered_paragraph_per_number",
            ),
        ),
    ]
