"""Steps of the tests of subscriptions, as a delegate and an importer take them."""

from pathlib import Path

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import Body
from subscriptions.models import Subscription
from tests.subscriptions.conftest import link_in

PAPER = "002_34c4a39df3e2a875.txt"  # CTOC/COP/WG.7/2020/2, background paper, 7th meeting
DRAFT = "000_1cd5f2748af19e84.txt"  # the 7th meeting's draft report, Limited


def subscribe(
    client, capture, *, email: str, body: Body, documents=True, meetings=True, interface="en"
):
    """Send the form at its address in `interface`, the language the delegate subscribes in
    (the confirmation mail goes out on commit, as in a request)."""
    data = {"email": email, "body": body.symbol_prefix}
    if documents:
        data["documents"] = "on"
    if meetings:
        data["meetings"] = "on"
    with capture(execute=True):
        response = client.post(f"/{interface}/follow/", data)
    assert response.status_code == 200, response.content.decode()
    return response


def confirm(client, capture, message) -> Subscription:
    """Follow the mailed link and press its button, as the owner of the address does."""
    path = link_in(message, "confirm")
    page = client.get(path)
    assert page.status_code == 200
    assert b'type="submit"' in page.content
    with capture(execute=True):
        response = client.post(path)
    assert response.status_code == 200, response.content.decode()
    return Subscription.objects.get(email=message["To"])


def import_seed(seeds: Path, name: str) -> Document:
    """Import a seed as an importer's job does, its meeting and body announced (public)."""
    job = run_import_job(
        job=create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    document = job.document
    if document.meeting and not document.meeting.published:
        document.meeting.published = True
        document.meeting.save()
    return document
