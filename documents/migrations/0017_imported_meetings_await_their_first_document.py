"""Meetings imports created before imports announced them: announced now when a public General
document of theirs is in the portal, else marked to be announced by their first one.

A meeting an import created has a first history record without a user (imports run in a worker
or a command); one an editor created in the admin or the API has its editor. Withdrawn meetings
and those already published are left alone.
"""

from django.db import migrations
from django.db.models import Q


def await_first_document(apps, schema_editor):
    Meeting = apps.get_model("meetings", "Meeting")
    HistoricalMeeting = apps.get_model("meetings", "HistoricalMeeting")
    Document = apps.get_model("documents", "Document")
    by_import = HistoricalMeeting.objects.filter(history_type="+", history_user__isnull=True)
    for meeting in Meeting.objects.filter(
        published=False, withdrawn=False, pk__in=by_import.values("id")
    ):
        # The rule of documents.models.public_document_q, as it stands at this migration.
        issued = (
            Document.objects.filter(
                meeting=meeting, published=True, distribution="general", withdrawn=False
            )
            .filter(Q(body__isnull=True) | Q(body__published=True, body__withdrawn=False))
            .exclude(type="draft_report")
            .exists()
        )
        meeting.published = issued
        meeting.awaits_first_document = not issued
        meeting.version += 1
        meeting.save(update_fields=["published", "awaits_first_document", "version"])


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0016_documents_can_be_withdrawn"),
        ("meetings", "0009_rows_can_be_withdrawn_meetings_await_their_first_document"),
    ]

    operations = [migrations.RunPython(await_first_document, migrations.RunPython.noop)]
