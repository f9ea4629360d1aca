"""Ships the mandate of the Working Group on the Smuggling of Migrants (resolutions 5/3 and 7/1),
with which the introduction of every report of its meetings opens."""

from django.db import migrations

from meetings.reference.loading import load_mandates


def load(apps, schema_editor):
    load_mandates(body_model=apps.get_model("meetings", "Body"))


class Migration(migrations.Migration):
    dependencies = [("meetings", "0004_body_mandate")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
