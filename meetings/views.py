"""Public pages of meetings, by body and year and one by one, and of the States and organizations.

A meeting page shows documents and recommendations, which live in apps that import this one;
it reaches them through the meeting's reverse relations (`meeting.documents`,
`meeting.recommendations`), whose querysets carry their own `public()`.
"""

from collections import Counter
from itertools import groupby

from django.db.models import CharField, StringAgg, Value
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404, render

from .languages import LANGUAGE_CODES, Language, reading_language
from .models import Attendance, Entity, Meeting, MeetingRole


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


def meeting_detail(request, body: str, ordinal: int):
    """One meeting: dates, chair, agenda with its documents, the document grid, attendance."""
    meeting = get_object_or_404(
        Meeting.objects.public().select_related("body"), body__symbol_prefix=body, ordinal=ordinal
    )
    language = reading_language(request)
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
    agenda = list(meeting.agenda_items.public().order_by("number", "letter"))
    by_item = {item.pk: [] for item in agenda}
    for document in documents:
        document.url = document.get_absolute_url()
        document.languages = set(filter(None, (document.codes or "").split(",")))
        document.cells = [(code, code in document.languages) for code in LANGUAGE_CODES]
        for item in (document.items or "").split(","):
            if item:
                by_item.setdefault(int(item), []).append(document)
    # public(): the meeting is public, but what only its draft report says of it is not yet.
    attendance = list(
        meeting.attendance.public()
        .select_related("entity__regional_group")
        .order_by("category", f"entity__sort_{language}", "entity__code")
    )
    roles = list(
        meeting.roles.public().select_related("person", "country", "agenda_item", "regional_group")
    )
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            "meeting": meeting,
            "agenda": [(item, by_item[item.pk]) for item in agenda],
            "documents": documents,
            # Not "languages": base.html names the interface languages so.
            "language_codes": LANGUAGE_CODES,
            # The report once published; a draft is never public, so never among these.
            "report": next((d for d in documents if d.type == "report"), None),
            "recommendations": list(
                meeting.recommendations.public()
                .select_related("agenda_item")
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
                .select_related("person", "meeting__body", "agenda_item")
                .order_by(*latest_first, "order")
            ),
            "statements": list(
                entity.statements.public()
                .select_related("meeting__body", "agenda_item", "person")
                .order_by(*latest_first, "agenda_item__number", "agenda_item__letter", "order")
            ),
        },
    )
