"""Documents get an index in the order of lists and search results, newest first.

Read in this order, a search stops once its page is full rather than sorting every document
that matches (documents.search). The index follows NEWEST_FIRST, undated documents last; it is
made here rather than declared on the model because SQLite, the embedded mode, takes no
NULLS LAST in an index, and sorts NULL last in a descending order anyway.
"""

from django.db import migrations

INDEX = "document_newest_first"


def create_index(apps, schema_editor):
    nulls_last = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON documents_document "
        f"(issue_date DESC{nulls_last}, symbol, id)"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("documents", "0004_draft_report_imported_sections")]

    operations = [migrations.RunPython(create_index, drop_index)]
