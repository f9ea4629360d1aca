"""How documents reach the public: a General document at once, whatever its meeting's state; a
meeting an import created announced by its first General document; what an editor withdrew stays
withdrawn through every revised import.

On the seeds: 002 is the General background paper of the 7th meeting (CTOC/COP/WG.7/2020/2), 000
the Limited draft report of that meeting, which cites 002 and the other documents before it.
"""

import datetime

import pytest
from django.urls import reverse

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import Meeting
from tests.factories import AgendaItemFactory, BodyFactory, MeetingFactory

pytestmark = pytest.mark.django_db

PAPER = "002_34c4a39df3e2a875.txt"
DRAFT = "000_1cd5f2748af19e84.txt"
SYMBOL = "CTOC/COP/WG.7/2020/2"


def imported(data: bytes, name: str, user=None) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=data, user=user, queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


def import_seed(seeds, name: str) -> ImportJob:
    return imported((seeds / name).read_bytes(), name)


def revised(seeds, name: str) -> bytes:
    """The seed with one more paragraph at its end: a revised file of the same document."""
    text = (seeds / name).read_text(encoding="utf-8")
    return (text + "\n79. 经修订后增加的一段。\n").encode()


def seventh() -> Meeting:
    return Meeting.objects.get(body__symbol_prefix="CTOC/COP/WG.7", ordinal=7)


def readable(client, address: str) -> dict[str, int]:
    """What an anonymous reader gets for a document's page, API detail and Chinese paragraphs."""
    api = f"/api/v1/documents/{address}/"
    return {
        "page": client.get(f"/en/documents/{address}/").status_code,
        "api": client.get(api).status_code,
        "paragraphs": client.get(f"{api}versions/zh/paragraphs/").status_code,
    }


ALL_READABLE = {"page": 200, "api": 200, "paragraphs": 200}
NONE_READABLE = {"page": 404, "api": 404, "paragraphs": 404}


def test_a_meeting_an_import_created_is_announced_by_its_first_general_document(client, seeds):
    job = import_seed(seeds, PAPER)

    meeting = seventh()
    assert (meeting.published, meeting.awaits_first_document) == (True, False)
    assert job.document.meeting == meeting
    assert job.counts["meetings_announced"] == 1
    assert readable(client, SYMBOL) == ALL_READABLE
    assert client.get(meeting.get_absolute_url()).status_code == 200
    assert meeting.get_absolute_url() in client.get(f"/en/documents/{SYMBOL}/").content.decode()


def test_a_draft_report_does_not_announce_its_meeting_nor_do_the_documents_it_cites(client, seeds):
    import_seed(seeds, DRAFT)

    meeting = seventh()
    assert (meeting.published, meeting.awaits_first_document) == (False, True)
    # The draft cites the background paper: known, General, but no text was imported.
    cited = Document.objects.get(symbol=SYMBOL)
    assert cited.meeting == meeting and not cited.versions.exists()
    assert client.get(meeting.get_absolute_url()).status_code == 404

    import_seed(seeds, PAPER)

    assert seventh().published
    assert readable(client, SYMBOL) == ALL_READABLE


def test_a_general_paper_of_a_meeting_an_editor_left_unannounced_is_public_and_names_no_meeting(
    client, seeds
):
    meeting = MeetingFactory(
        body=BodyFactory(),
        ordinal=7,
        start_date=datetime.date(2020, 9, 8),
        end_date=datetime.date(2020, 9, 9),
        venue_en="Vienna, the venue an editor typed",
        published=False,
    )
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Item only editors see")

    job = import_seed(seeds, PAPER)

    meeting.refresh_from_db()
    assert job.document.meeting == meeting
    assert not meeting.published  # not announced behind the editor's back
    assert readable(client, SYMBOL) == ALL_READABLE
    page = client.get(f"/en/documents/{SYMBOL}/").content.decode()
    assert meeting.get_absolute_url() not in page
    assert "Item only editors see" not in page and "the venue an editor typed" not in page
    detail = client.get(f"/api/v1/documents/{SYMBOL}/").json()
    assert (detail["meeting"], detail["agenda_items"]) == (None, [])
    found = client.get(reverse("search"), {"q": "偷运移民"}).content.decode()
    assert f"/en/documents/{SYMBOL}/" in found and meeting.get_absolute_url() not in found
    assert f"/en/documents/{SYMBOL}/" in client.get("/sitemap.xml").content.decode()
    assert f"/en/documents/{SYMBOL}/" in client.get("/en/feeds/documents/").content.decode()
    agenda = client.get("/api/v1/agenda-items/").json()["results"]
    assert item.pk not in [row["id"] for row in agenda]


def test_an_import_announces_a_meeting_once_and_never_after_an_editor_unpublished_it(seeds):
    import_seed(seeds, PAPER)
    meeting = seventh()
    meeting.published = False  # an editor takes the announcement back
    meeting.save()

    again = imported(revised(seeds, PAPER), "002-revised.txt")

    assert not seventh().published
    assert "meetings_announced" not in again.counts


def test_a_revised_import_never_republishes_a_withdrawn_document_or_meeting(client, seeds):
    job = import_seed(seeds, PAPER)
    for row in (job.document, seventh()):
        row.withdrawn = True
        row.save()
    assert readable(client, SYMBOL) == NONE_READABLE

    again = imported(revised(seeds, PAPER), "002-revised.txt")

    assert again.document == job.document
    assert again.document.versions.get(language="zh").paragraphs.filter(number=79).exists()
    assert Document.objects.get(symbol=SYMBOL).withdrawn
    assert seventh().withdrawn and not Meeting.objects.public().exists()
    assert readable(client, SYMBOL) == NONE_READABLE
    assert f"/en/documents/{SYMBOL}/" not in client.get("/sitemap.xml").content.decode()


def test_a_meeting_withdrawn_before_its_first_document_stays_withdrawn(client, seeds):
    import_seed(seeds, DRAFT)
    meeting = seventh()
    meeting.withdrawn = True
    meeting.save()

    import_seed(seeds, PAPER)

    assert seventh().withdrawn
    assert client.get(meeting.get_absolute_url()).status_code == 404
    # The paper itself is General: public, without its meeting.
    assert readable(client, SYMBOL) == ALL_READABLE
    assert meeting.get_absolute_url() not in client.get(f"/en/documents/{SYMBOL}/").content.decode()


def test_once_its_meeting_is_public_the_page_and_api_name_the_meeting_and_agenda_item(
    client, seeds
):
    meeting = MeetingFactory(
        body=BodyFactory(),
        ordinal=7,
        start_date=datetime.date(2020, 9, 8),
        end_date=datetime.date(2020, 9, 9),
        published=False,
    )
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Natural disasters and crises")
    import_seed(seeds, PAPER)
    assert Document.objects.get(symbol=SYMBOL).agenda_items.get() == item

    meeting.published = True  # the editor announces it
    meeting.save()

    page = client.get(f"/en/documents/{SYMBOL}/", {"lang": "en"}).content.decode()
    assert f'href="{meeting.get_absolute_url()}"' in page
    assert f'href="{meeting.get_absolute_url()}#item-{item.number}{item.letter}"' in page
    detail = client.get(f"/api/v1/documents/{SYMBOL}/").json()
    assert (detail["meeting"], detail["agenda_items"]) == (meeting.pk, [item.pk])
    item.withdrawn = True
    item.save()
    assert client.get(f"/api/v1/documents/{SYMBOL}/").json()["agenda_items"] == []
