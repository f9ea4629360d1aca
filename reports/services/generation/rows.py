"""The rows a meeting's report follows from, read once for all the languages it is written in."""

import datetime
from dataclasses import dataclass
from types import SimpleNamespace

from django.db.models import Q

from documents.models import Document, LanguageVersion
from documents.signals import report_recommendations
from meetings.models import AgendaItem, Entity, Meeting, MeetingRole
from reports.models import DraftReport
from wgportal.languages import LANGUAGE_CODES

ENTITY_COLUMNS = (
    "id",
    "kind",
    *(f"{field}_{code}" for field in ("name", "acronym", "sort") for code in LANGUAGE_CODES),
)


@dataclass
class MeetingRows:
    """The rows a meeting's report follows from, read once for all its languages.

    Lists of States run to 150 names: they are read as plain values, not model instances, which
    cost more to build than the whole report takes to write.
    """

    meeting: Meeting
    held_before: list[Meeting]
    items: list[AgendaItem]
    agenda_adopted_on: datetime.date | None
    roles: list[MeetingRole]
    statements: list[dict]
    attendance: list[dict]
    entities: dict[int, SimpleNamespace]
    documents: list[dict]
    titles: dict[tuple[int, str], str]  # (document, language) -> title
    document_items: dict[int, list[AgendaItem]]
    adopted_on: datetime.date | None
    recommendations: list[dict]


def meeting_rows(meeting: Meeting) -> MeetingRows:
    """Everything the report of `meeting` follows from, in a fixed number of queries.

    Rows an editor withdrew are left out: the report is reissued as a General document, and
    would otherwise print publicly what the editor took off every public page. So are the
    statements and roles under a withdrawn agenda item, which the report would print under it.
    """
    items = list(meeting.agenda_items.filter(withdrawn=False).order_by("number", "letter"))
    shown = Q(agenda_item__isnull=True) | Q(agenda_item__withdrawn=False)
    statements = list(
        meeting.statements.filter(shown, withdrawn=False)
        .values("capacity", "entity_id", "agenda_item__number")
        .order_by("pk")
    )
    attendance = list(
        meeting.attendance.filter(withdrawn=False).values("category", "entity_id").order_by("pk")
    )
    wanted = {row["entity_id"] for row in (*statements, *attendance) if row["entity_id"]}
    documents = list(
        meeting.documents.exclude(symbol=None)
        .filter(withdrawn=False)
        .values("id", "symbol", "type", "symbol_nature")
    )
    ids = [document["id"] for document in documents]
    report = DraftReport.objects.filter(meeting=meeting).first()
    if report is not None:
        report.meeting = meeting  # read for its adoption date, without a query for the meeting
    return MeetingRows(
        meeting=meeting,
        held_before=held_before(meeting),
        items=items,
        agenda_adopted_on=meeting.agenda_items.filter(withdrawn=False).adopted_on(),
        roles=list(
            meeting.roles.select_related("person", "country", "regional_group", "agenda_item")
            .filter(shown, withdrawn=False)
            .filter(role__in=[MeetingRole.Role.CHAIR, MeetingRole.Role.PANELLIST])
            .order_by("order", "pk")
        ),
        statements=statements,
        attendance=attendance,
        entities={
            row["id"]: SimpleNamespace(**row)
            for row in Entity.objects.filter(pk__in=wanted).values(*ENTITY_COLUMNS)
        },
        documents=documents,
        titles={
            (document_id, language): title
            for document_id, language, title in LanguageVersion.objects.filter(
                document_id__in=ids
            ).values_list("document_id", "language", "title")
        },
        document_items=items_of_documents(ids, items),
        adopted_on=report.adoption_date if report is not None else None,
        recommendations=recommendations_of(meeting),
    )


def items_of_documents(ids: list[int], items: list[AgendaItem]) -> dict[int, list[AgendaItem]]:
    """The agenda items each document is placed under, of those the report prints."""
    by_pk = {item.pk: item for item in items}
    document_items: dict[int, list[AgendaItem]] = {}
    links = Document.agenda_items.through.objects.filter(document_id__in=ids)
    for document_id, item_id in links.values_list("document_id", "agendaitem_id"):
        if item_id in by_pk:
            document_items.setdefault(document_id, []).append(by_pk[item_id])
    return document_items


def held_before(meeting: Meeting) -> list[Meeting]:
    """The body's meetings before this one, which the introduction names with their dates."""
    return list(
        Meeting.objects.filter(
            body=meeting.body_id, ordinal__isnull=False, ordinal__lt=meeting.ordinal or 0
        )
        .only("ordinal", "start_date", "end_date")
        .order_by("ordinal")
    )


def recommendations_of(meeting: Meeting) -> list[dict]:
    """The recommendations the portal holds for the meeting (the recommendations app's)."""
    return [
        entry
        for _receiver, entries in report_recommendations.send(sender=Meeting, meeting=meeting)
        for entry in entries or ()
    ]
