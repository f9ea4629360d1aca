"""Arabic lists file a name without its article, Russian files Й after И (meetings.collation):
the stored sort keys of those two languages are written again. Going back leaves them as they
are: they are derived from the names and any later save writes them again."""

from django.db import migrations

from meetings.collation import sort_keys


def refile(apps, schema_editor):
    Entity = apps.get_model("meetings", "Entity")
    changed = []
    for entity in Entity.objects.all():
        keys = sort_keys(entity)
        if (entity.sort_ar, entity.sort_ru) != (keys["sort_ar"], keys["sort_ru"]):
            entity.sort_ar, entity.sort_ru = keys["sort_ar"], keys["sort_ru"]
            changed.append(entity)
    Entity.objects.bulk_update(changed, ["sort_ar", "sort_ru"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0012_agenda_items_remember_their_source")]

    operations = [migrations.RunPython(refile, migrations.RunPython.noop)]
