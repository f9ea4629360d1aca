"""A large meeting for the report benchmark: 150 attending States and organizations, 30
documents before it, a five-item agenda with panels and speakers, ten meetings held before.

Built under its own body (BENCH/WG.2), so it never mixes with real meetings or with the search
corpus (BENCH/WG.1); building it again replaces it.
"""

import datetime
import random

from django.db import transaction

from documents.models import Document
from meetings.models import (
    AgendaItem,
    Attendance,
    Body,
    Entity,
    Meeting,
    MeetingRole,
    Person,
    Statement,
)
from reports.models import DraftReport

SYMBOL_PREFIX = "BENCH/WG.2"
# How the 150 are spread over the categories, roughly as at the Working Group's meetings.
STATE_CATEGORIES = (
    (Attendance.Category.STATE_PARTY, 110),
    (Attendance.Category.SIGNATORY, 6),
    (Attendance.Category.NON_SIGNATORY, 18),
)
ORGANIZATION_CATEGORIES = {
    Entity.Kind.REIO: Attendance.Category.REIO,
    Entity.Kind.UN_ENTITY: Attendance.Category.UN_ENTITY,
    Entity.Kind.IGO: Attendance.Category.IGO,
    Entity.Kind.STANDING_OBSERVER: Attendance.Category.STANDING_OBSERVER,
}
AGENDA = (
    ("组织事项", "Organizational matters", (("a", "会议开幕", "Opening of the meeting"),
     ("b", "通过议程和工作安排", "Adoption of the agenda and organization of work"))),
    ("偷运移民与有组织犯罪的联系", "Links between smuggling of migrants and organized crime", ()),
    ("利用技术防止和调查偷运移民", "Use of technology to prevent and investigate smuggling", ()),
    ("保护被偷运移民的权利", "Protecting the rights of smuggled migrants", ()),
    ("其他事项", "Other matters", ()),
    ("通过报告", "Adoption of the report", ()),
)  # fmt: skip


@transaction.atomic
def build_large_meeting(*, attending: int = 150, documents: int = 30, seed: int = 7) -> Meeting:
    """Replace the benchmark's meeting with a new one of that size; return it."""
    rng = random.Random(seed)
    delete_large_meeting()
    parent = Body.objects.filter(symbol_prefix="CTOC/COP").first()
    body = Body.objects.create(
        symbol_prefix=SYMBOL_PREFIX,
        parent=parent,
        name_zh="基准工作组",
        name_en="Benchmark Working Group",
        mandate_zh="缔约方会议设立了本工作组，为其履行任务授权提供建议和协助。",
        mandate_en="The Conference established the Working Group to advise and assist it.",
        published=False,
    )
    for ordinal in range(1, 11):
        start = datetime.date(2010 + ordinal, 5, 10)
        Meeting.objects.create(
            body=body, ordinal=ordinal, start_date=start, end_date=start + datetime.timedelta(2)
        )
    meeting = Meeting.objects.create(
        body=body, ordinal=11, start_date=datetime.date(2026, 9, 8),
        end_date=datetime.date(2026, 9, 10), venue_zh="维也纳", venue_en="Vienna",
        format=Meeting.Format.HYBRID, sittings=6, status=Meeting.Status.HELD,
    )  # fmt: skip
    items = add_agenda(meeting)
    rows = add_attendance(meeting, attending=attending, rng=rng)
    parties = [row.entity for row in rows if row.category == Attendance.Category.STATE_PARTY]
    add_chair_panels_and_speakers(meeting, items=items, parties=parties, rng=rng)
    add_documents(meeting, items=items, documents=documents)
    return meeting


def add_agenda(meeting: Meeting) -> dict[int, AgendaItem]:
    """The adopted agenda (AGENDA), by item number; items 2 to 4 are the substantive ones."""
    items = {}
    for number, (title_zh, title_en, sub_items) in enumerate(AGENDA, start=1):
        items[number] = AgendaItem.objects.create(
            meeting=meeting, number=number, title_zh=title_zh, title_en=title_en,
            substantive=2 <= number <= 4, status=AgendaItem.Status.ADOPTED,
            adopted_on=meeting.start_date,
        )  # fmt: skip
        for letter, sub_zh, sub_en in sub_items:
            AgendaItem.objects.create(
                meeting=meeting, number=number, letter=letter, title_zh=sub_zh, title_en=sub_en,
                status=AgendaItem.Status.ADOPTED, adopted_on=meeting.start_date,
            )  # fmt: skip
    return items


def add_attendance(meeting: Meeting, *, attending: int, rng: random.Random) -> list[Attendance]:
    """`attending` States and organizations, States in the categories of STATE_CATEGORIES."""
    states = list(Entity.objects.states().order_by("code"))
    rng.shuffle(states)
    rows = []
    taken = 0
    for category, count in STATE_CATEGORIES:
        rows += [
            Attendance(meeting=meeting, entity=e, category=category)
            for e in states[taken : taken + count]
        ]
        taken += count
    organizations = list(Entity.objects.filter(kind__in=ORGANIZATION_CATEGORIES).order_by("code"))[
        : attending - len(rows)
    ]
    rows += [
        Attendance(meeting=meeting, entity=e, category=ORGANIZATION_CATEGORIES[e.kind])
        for e in organizations
    ]
    rows += [
        Attendance(meeting=meeting, entity=e, category=Attendance.Category.STATE_PARTY)
        for e in states[taken : taken + attending - len(rows)]
    ]
    Attendance.objects.bulk_create(rows)
    return rows


def add_chair_panels_and_speakers(meeting: Meeting, *, items: dict[int, AgendaItem],
                                  parties: list[Entity], rng: random.Random) -> None:  # fmt: skip
    """A chair, three panellists and 25 speaking States parties under each substantive item."""
    chair = Person.objects.create(name="Bench Chair", honorific_zh="先生", honorific_en="Mr.")
    MeetingRole.objects.create(
        meeting=meeting, person=chair, role=MeetingRole.Role.CHAIR, country=parties[0]
    )
    for number in (2, 3, 4):
        for place in range(3):
            person = Person.objects.create(
                name=f"Panellist {number}{'ABC'[place]}", honorific_zh="女士", honorific_en="Ms."
            )
            MeetingRole.objects.create(
                meeting=meeting, person=person, role=MeetingRole.Role.PANELLIST,
                agenda_item=items[number], country=rng.choice(parties), order=place,
                function_zh="国家移民局局长", function_en="Director, national migration office",
            )  # fmt: skip
        Statement.objects.bulk_create(
            [
                Statement(
                    meeting=meeting,
                    agenda_item=items[number],
                    entity=entity,
                    capacity=Statement.Capacity.PARTY,
                    order=order,
                )
                for order, entity in enumerate(rng.sample(parties, 25))
            ]
            + [
                Statement(
                    meeting=meeting,
                    agenda_item=items[number],
                    capacity=Statement.Capacity.SECRETARIAT,
                )
            ]
        )


def add_documents(meeting: Meeting, *, items: dict[int, AgendaItem], documents: int) -> None:
    """The documents before the meeting: its agenda, background papers, the list of participants."""
    for number in range(1, documents + 1):
        kind = Document.Type.PROVISIONAL_AGENDA if number == 1 else Document.Type.BACKGROUND_PAPER
        if number == documents:
            kind = Document.Type.LIST_OF_PARTICIPANTS
        symbol = (
            f"{SYMBOL_PREFIX}/2026/INF/1" if kind == Document.Type.LIST_OF_PARTICIPANTS
            else f"{SYMBOL_PREFIX}/2026/{number}"
        )  # fmt: skip
        document = Document.objects.create(
            symbol=symbol, type=kind, body=meeting.body, meeting=meeting, published=False
        )
        document.agenda_items.add(items[2 + number % 3])


def delete_large_meeting() -> None:
    body = Body.objects.filter(symbol_prefix=SYMBOL_PREFIX).first()
    if body is None:
        return
    for report in DraftReport.objects.filter(meeting__body=body):
        report.sections.all().delete()
        report.delete()
    Document.objects.filter(body=body).delete()
    for meeting in body.meetings.all():
        meeting.delete()
    body.delete()
