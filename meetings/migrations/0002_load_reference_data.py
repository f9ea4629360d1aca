"""Ships the Conference of the Parties and its Working Group on the Smuggling of Migrants, the
regional groups, every UN Member State and observer State, the European Union and
the organizations named in the working group's documents (see meetings/reference/)."""

from django.db import migrations

from meetings.reference.loading import load_reference_data


def load(apps, schema_editor):
    load_reference_data(
        body_model=apps.get_model("meetings", "Body"),
        regional_group_model=apps.get_model("meetings", "RegionalGroup"),
        entity_model=apps.get_model("meetings", "Entity"),
        alias_model=apps.get_model("meetings", "EntityAlias"),
    )


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
