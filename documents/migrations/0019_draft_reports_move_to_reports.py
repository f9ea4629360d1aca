"""Draft reports become the reports app's: their tables are renamed, the models leave documents.

The tables keep their rows, sequences, indexes and constraints (ALTER TABLE ... RENAME), and
take the reports app's names, so that the tables are named for the app that holds them, as
every other table is, and later migrations of reports need no `db_table`. The models leave this
app's state only; `reports.0001_initial` adds them to the reports app's state, over the renamed
tables, and moves their content types (so permissions, groups and admin log entries follow).
"""

from django.db import migrations

# Children first: a model is deleted from the state once nothing left in it points at it.
MODELS = [
    "openitem",
    "sectionproposal",
    "reportevent",
    "historicalreportsection",
    "reportsection",
    "historicaldraftreport",
    "draftreport",
]


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0018_editors_upload_import_jobs"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name=model, table=f"reports_{model}") for model in MODELS
            ],
            state_operations=[migrations.DeleteModel(name=model) for model in MODELS],
        ),
    ]
