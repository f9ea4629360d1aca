"""Announces a meeting an import created when its first General document arrives.

One rule for both ways such a document comes: imported (services.storing) and reissued from an
adopted report (reports.services.reissue, the report often being the meeting's first General
document when the meeting was created by importing its draft). It imports only models, so both
import it.
"""

from documents.models import Document


def announce_meeting_of(document: Document) -> bool:
    """Announce the meeting an import created when this, its first General document, arrives.

    Such a document is public at the UN already, and so is the meeting it was issued for. A
    meeting an editor created waits for the editor (`awaits_first_document` is only set by
    imports), one announced once is not announced again (the flag is cleared), and one an
    editor withdrew stays withdrawn. Only a document issued (imported or reissued) is passed here:
    one merely cited by a draft's list of documents is not known to have been issued. True when
    it announced one.
    """
    meeting = document.meeting
    if meeting is None or not meeting.awaits_first_document or meeting.withdrawn:
        return False
    if not Document.objects.public().filter(pk=document.pk).exists():
        return False
    meeting.published = True
    meeting.awaits_first_document = False
    meeting.save()
    return True
