"""Public pages of meetings, by body and year and one by one, and of the States and organizations.

A meeting page shows documents and recommendations, which live in apps that import this one;
it reaches them through the meeting's reverse relations (`meeting.documents`,
`meeting.recommendations`), whose querysets carry their own `public()`.
"""

from collections import Counter
from itertools import groupby

from django.db.models import CharField, StringAgg, Value
from django.db.models.functions import Cast
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wgportal.languages import LANGUAGE_CODES, Language, interface_language, reading_language

from .calendars import meeting_calendar, meeting_title
from .delegations import list_of_participants
from .exports import attendance_table, participants_table, table_response
from .models import AgendaItem, Attendance, Body, Entity, Meeting, MeetingRole


def meeting_list(request):
    """Every public meeting, by body and year, latest first."""
    meetings = (
        Meeting.objects.public()
        .select_related("body")
        .order_by("body__symbol_prefix", "-start_date")
    )
    bodies = [
        (
            body,
            [(year, list(of_year)) for year, of_year in groupby(rows, lambda m: m.start_date.year)],
        )
        for body, rows in groupby(meetings, lambda m: m.body)
    ]
    return render(request, "meetings/meeting_list.html", {"bodies": bodies})


def meeting_ics(request, body: str, ordinal: int):
    """One public meeting as an iCalendar event, for the page's "add to calendar" link."""
    meeting = public_meeting(body, ordinal)
    language = reading_language(request)
    with translation.override(interface_language(language)):
        name = meeting_title(meeting, language)
    response = calendar_response(request, [meeting], name=name, language=language)
    file_name = f"{meeting.body.symbol_prefix.replace('/', '-')}-{meeting.ordinal}.ics"
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response


def body_ics(request, body: str):
    """The calendar feed of a body's public meetings, to subscribe to."""
    body = get_object_or_404(Body.objects.public(), symbol_prefix=body)
    language = reading_language(request)
    meetings = Meeting.objects.public().filter(body=body).select_related("body")
    with translation.override(interface_language(language)):
        name = _("%(body)s: meetings") % {"body": body.name_in(language) or body.symbol_prefix}
    return calendar_response(request, meetings.order_by("start_date"), name=name, language=language)


def portal_ics(request):
    """The calendar feed of every public meeting of every body."""
    meetings = Meeting.objects.public().select_related("body").order_by("start_date", "body")
    language = reading_language(request)
    with translation.override(interface_language(language)):
        name = _("Meetings · Working group portal")
    return calendar_response(request, meetings, name=name, language=language)


def calendar_response(request, meetings, *, name: str, language: str) -> HttpResponse:
    ics = meeting_calendar(
        meetings,
        name=name,
        language=language,
        url_of=lambda meeting: request.build_absolute_uri(meeting.get_absolute_url()),
    )
    return HttpResponse(ics, content_type="text/calendar; charset=utf-8")


def meeting_detail(request, body: str, ordinal: int):
    """One meeting: dates, chair, agenda with its documents, the document grid, attendance."""
    meeting = public_meeting(body, ordinal)
    language = reading_language(request)
    agenda = list(meeting.agenda_items.public().order_by("number", "letter"))
    documents, by_item = documents_of(meeting, agenda)
    # public(): the meeting is public, but what only its draft report says of it is not yet.
    attendance = list(
        attendance_in_un_order(meeting, language).select_related("entity__regional_group")
    )
    roles = list(
        meeting.roles.public()
        .with_public_agenda_item()
        .select_related("person", "country", "regional_group")
    )
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            "meeting": meeting,
            "agenda": agenda_as_printed(agenda, by_item),
            "agenda_adopted_on": meeting.agenda_items.public().adopted_on(),
            "documents": documents,
            # Not "languages": base.html names the interface languages so.
            "language_codes": LANGUAGE_CODES,
            # The agenda as issued, "CTOC/COP/WG.7/2020/1", named beside the agenda's status.
            "agenda_document": next((d for d in documents if d.type == "provisional_agenda"), None),
            # The report once published; a draft is never public, so never among these.
            "report": next((d for d in documents if d.type == "report"), None),
            "recommendations": list(
                meeting.recommendations.public()
                .with_public_agenda_item()
                .prefetch_related("themes")
                .order_by("number")
            ),
            "attendance": attendance_lists(attendance),
            "by_group": Counter(
                a.entity.regional_group for a in attendance if a.entity.regional_group
            ).most_common(),
            "chairs": [r for r in roles if r.role == MeetingRole.Role.CHAIR],
            "panellists": [r for r in roles if r.role == MeetingRole.Role.PANELLIST],
        },
    )


def documents_of(meeting: Meeting, agenda: list) -> tuple[list, dict[int, list]]:
    """The meeting's public documents, for the grid, and those of each agenda item by its pk."""
    # The languages and agenda items of each document in the same query, as text: a meeting has
    # a hundred documents, and model instances for each version and item cost more than the SQL.
    documents = list(
        meeting.documents.public()
        .only("pk", "symbol", "type")
        .annotate(
            codes=StringAgg("versions__language", Value(","), distinct=True),
            items=StringAgg(Cast("agenda_items__pk", CharField()), Value(","), distinct=True),
        )
        .order_by("symbol", "pk")
    )
    by_item: dict[int, list] = {item.pk: [] for item in agenda}
    for document in documents:
        document.languages = set(filter(None, (document.codes or "").split(",")))
        document.url = document_link(document)
        document.cells = grid_cells(document)
        for item in (document.items or "").split(","):
            if item:
                by_item.setdefault(int(item), []).append(document)
    return documents, by_item


def document_link(document) -> str:
    """Where a document's symbol leads: its page, or undocs.org when the portal holds no version.

    A document known only because a report cites it ("CTOC/COP/WG.7/2020/3") has a page with no
    text to read; the UN's document system has it in every language it was issued in.
    """
    if document.languages or not document.symbol:
        return document.get_absolute_url()
    return document.undocs_url


def grid_cells(document) -> list[tuple[str, str, bool, str]]:
    """Each language of the grid: its code and name, whether the portal holds it, and its link.

    A General UN document is issued in all six languages, so a language the portal lacks is
    one still to come, which undocs.org serves under the language's code
    ("https://undocs.org/zh/CTOC/COP/WG.7/2020/2"); a document without a symbol has no such link.
    """
    base = document.undocs_url
    cells = []
    for code, name in Language.choices:
        if code in document.languages:
            cells.append((code, name, True, f"{document.get_absolute_url()}?lang={code}"))
        else:
            at_undocs = base.replace("undocs.org/", f"undocs.org/{code}/", 1) if base else ""
            cells.append((code, name, False, at_undocs))
    return cells


def agenda_as_printed(
    agenda: list[AgendaItem], by_item: dict[int, list]
) -> list[tuple[AgendaItem, list, list[tuple[AgendaItem, list]]]]:
    """The items with their documents, each lettered sub-item under its item, as printed:
    "1. 组织事项：" then "(a) 会议开幕", "(b) 通过议程和工作安排"."""
    printed: list[tuple[AgendaItem, list, list]] = []
    for item in agenda:
        if item.letter and printed and printed[-1][0].number == item.number:
            printed[-1][2].append((item, by_item[item.pk]))
        else:
            printed.append((item, by_item[item.pk], []))
    return printed


def attendance_lists(attendance: list[Attendance]) -> list[tuple[str, list[Attendance]]]:
    """The attendance by category, in the order of the categories, each list in UN order."""
    labels = dict(Attendance.Category.choices)
    grouped: dict[str, list[Attendance]] = {}
    for row in attendance:
        grouped.setdefault(row.category, []).append(row)
    return [(labels[code], grouped[code]) for code in labels if code in grouped]


def entity_detail(request, code: str):
    """A State or organization: its names, the meetings it attended, its panellists, statements."""
    entity = get_object_or_404(Entity.objects.public().select_related("regional_group"), code=code)
    language = reading_language(request)
    latest_first = ("-meeting__start_date", "meeting__body__symbol_prefix")
    return render(
        request,
        "meetings/entity_detail.html",
        {
            "entity": entity,
            "name": entity.name_in(language),
            "names": [
                (each, label, getattr(entity, f"name_{each}"), getattr(entity, f"acronym_{each}"))
                for each, label in Language.choices
                if getattr(entity, f"name_{each}")
            ],
            "attendance": list(
                entity.attendance.public()
                .select_related("meeting__body")
                .order_by(*latest_first, "category")
            ),
            "panellists": list(
                entity.roles.public()
                .filter(role=MeetingRole.Role.PANELLIST)
                .with_public_agenda_item()
                .select_related("person", "meeting__body")
                .order_by(*latest_first, "order")
            ),
            "statements": list(
                entity.statements.public()
                .with_public_agenda_item()
                .select_related("meeting__body", "person")
                .order_by(*latest_first, "agenda_item__number", "agenda_item__letter", "order")
            ),
        },
    )


def attendance_in_un_order(meeting: Meeting, language: str):
    """The meeting's public attendance by category, each category in UN order for `language`."""
    return meeting.attendance.public().order_by(
        "category", f"entity__sort_{language}", "entity__code"
    )


def public_meeting(body: str, ordinal: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.public().select_related("body"), body__symbol_prefix=body, ordinal=ordinal
    )


def meeting_participants(request, body: str, ordinal: int):
    """A meeting's delegations with their head counts by category; names where the rule allows."""
    meeting = public_meeting(body, ordinal)
    language = reading_language(request)
    return render(
        request,
        "meetings/meeting_participants.html",
        {
            "meeting": meeting,
            "listed": list_of_participants(meeting=meeting, user=request.user, language=language),
        },
    )


def export_name(meeting: Meeting, what: str) -> str:
    # "CTOC/COP/WG.7" holds slashes, which a file name cannot.
    return f"{what}-{slugify(meeting.body.symbol_prefix.replace('/', '-'))}-{meeting.ordinal}"


def attendance_export(request, body: str, ordinal: int, file_format: str):
    """The meeting's attendance as the meeting page lists it, as a CSV or XLSX table."""
    meeting = public_meeting(body, ordinal)
    language = reading_language(request)
    rows = list(attendance_in_un_order(meeting, language).select_related("entity"))
    return table_response(
        attendance_table(rows, language),
        file_format=file_format,
        filename=export_name(meeting, "attendance"),
    )


def participants_export(request, body: str, ordinal: int, file_format: str):
    """The list of participants as the participants page shows it to the reader."""
    meeting = public_meeting(body, ordinal)
    listed = list_of_participants(
        meeting=meeting, user=request.user, language=reading_language(request)
    )
    return table_response(
        participants_table(listed),
        file_format=file_format,
        filename=export_name(meeting, "participants"),
    )
