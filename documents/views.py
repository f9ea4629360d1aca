"""Public pages of documents."""

from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber
from django.shortcuts import render

from meetings.models import Body, Meeting

from .models import Document

RECENT_DOCUMENTS = 10
MEETINGS_PER_BODY = 5


def home(request):
    """Latest meetings per body and recently published documents."""
    bodies = list(Body.objects.public().order_by("symbol_prefix"))
    latest = {body.pk: [] for body in bodies}
    meetings = (
        Meeting.objects.public()
        .annotate(rank=Window(RowNumber(), partition_by=F("body"), order_by=F("start_date").desc()))
        .filter(rank__lte=MEETINGS_PER_BODY)
        .order_by("body", "-start_date")
    )
    for meeting in meetings:
        latest[meeting.body_id].append(meeting)
    documents = (
        Document.objects.public()
        .select_related("meeting__body")
        .prefetch_related(Prefetch("versions", to_attr="language_versions"))
        .order_by("-issue_date", "symbol")[:RECENT_DOCUMENTS]
    )
    return render(
        request,
        "documents/home.html",
        {
            "bodies": [(body, latest[body.pk]) for body in bodies],
            "documents": documents,
        },
    )
