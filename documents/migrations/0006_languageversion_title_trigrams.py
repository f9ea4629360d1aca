"""Titles get a trigram index on PostgreSQL, for the search box's title matches.

Search finds titles by substring (`title__icontains`, which PostgreSQL runs as
`UPPER(title) LIKE UPPER(…)`): the index on that very expression serves words of three
characters or more, and its statistics tell the planner how common a word is in titles, so a
word in every title is read newest first and a rare one through the index. SQLite, the embedded
mode, has neither trigrams nor GIN and keeps scanning.
"""

from django.db import migrations

INDEX = "documents_languageversion_title_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON documents_languageversion "
            "USING gin (UPPER(title) gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("documents", "0005_document_newest_first")]

    operations = [migrations.RunPython(create_index, drop_index)]
