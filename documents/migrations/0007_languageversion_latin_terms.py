"""Chinese versions gather the words in other scripts of their paragraphs (latin_terms).

Existing Chinese versions get theirs from their paragraphs' vectors, as the import does from now
on (documents.search.indexing.index_latin_terms; the SQL is repeated here as it stood).
"""

import django.contrib.postgres.search
from django.db import migrations

HAN_LEXEME = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def gather_latin_terms(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "UPDATE documents_languageversion AS version SET latin_terms = ("
        "  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT term.lexeme), '{}'))"
        "  FROM documents_paragraph AS paragraph, unnest(paragraph.search) AS term"
        "  WHERE paragraph.version_id = version.id AND term.lexeme !~ %s"
        ") WHERE version.language = 'zh'",
        [HAN_LEXEME],
    )


class Migration(migrations.Migration):
    dependencies = [("documents", "0006_languageversion_title_trigrams")]

    operations = [
        migrations.AddField(
            model_name="languageversion",
            name="latin_terms",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(gather_latin_terms, migrations.RunPython.noop),
    ]
