"""Language versions keep the fingerprint of their text (documents.fingerprints), by which a text
printed without its symbol is found again when it is imported in another file format.

Versions of documents without a symbol, the only ones looked up so, get theirs from their stored
headings and paragraphs, which are the parsed ones (others get theirs when next imported). The function is imported rather than repeated: a change to what it reads would have to
recompute every stored fingerprint anyway, in a migration of its own.
"""

from django.db import migrations, models

from documents.fingerprints import text_fingerprint


def fingerprint_versions(apps, schema_editor):
    LanguageVersion = apps.get_model("documents", "LanguageVersion")
    Paragraph = apps.get_model("documents", "Paragraph")
    Section = apps.get_model("documents", "Section")
    unnumbered = LanguageVersion.objects.filter(document__symbol__isnull=True).only("pk")
    for version in unnumbered.iterator(chunk_size=500):
        # Headings and paragraphs in reading order, as fingerprint_of reads a parsed text.
        lines = sorted(
            [
                *Section.objects.filter(version=version).values_list("order", "heading"),
                *Paragraph.objects.filter(version=version).values_list("order", "text"),
            ]
        )
        fingerprint = text_fingerprint(text for _order, text in lines)
        if fingerprint:
            LanguageVersion.objects.filter(pk=version.pk).update(fingerprint=fingerprint)


class Migration(migrations.Migration):
    dependencies = [("documents", "0010_paragraph_part")]

    operations = [
        migrations.AddField(
            model_name="historicallanguageversion",
            name="fingerprint",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="Of its letters and digits, the same in every file format",
                max_length=64,
                verbose_name="fingerprint of the text",
            ),
        ),
        migrations.AddField(
            model_name="languageversion",
            name="fingerprint",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="Of its letters and digits, the same in every file format",
                max_length=64,
                verbose_name="fingerprint of the text",
            ),
        ),
        migrations.RunPython(fingerprint_versions, migrations.RunPython.noop),
    ]
