"""Paragraphs get a search vector, with a GIN index on PostgreSQL (DESIGN.md, Search).

The index is created here rather than declared on the model because SQLite, the embedded
mode, has no GIN indexes; there the column stays empty and unindexed.
"""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "documents_paragraph_search_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON documents_paragraph USING gin (search)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="paragraph",
            name="search",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_index, drop_index),
    ]
