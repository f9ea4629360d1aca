"""Demo bodies and meetings: the Conference, its Working Group, and the Group's 12th and 13th
meetings with their agendas, attendance, officers, panellists and speakers.

The two meetings are invented (June 2026 and June 2027); so are all the people.
"""

from datetime import date

from meetings.models import (
    AgendaItem,
    Attendance,
    Body,
    Entity,
    Meeting,
    MeetingRole,
    Person,
    RegionalGroup,
    Statement,
)

from .rows import in_languages, prune, upsert

COP = "CTOC/COP"
WG7 = "CTOC/COP/WG.7"

VIENNA = {
    "ar": "فيينا", "zh": "维也纳", "en": "Vienna", "fr": "Vienne", "ru": "Вена", "es": "Viena",
}  # fmt: skip

MEETINGS = (
    {
        "ordinal": 12,
        "start_date": date(2026, 6, 16),
        "end_date": date(2026, 6, 17),
        "format": Meeting.Format.HYBRID,
        "sittings": 4,
        "status": Meeting.Status.HELD,
        "agenda_adopted_on": date(2026, 6, 16),
    },
    {
        "ordinal": 13,
        "start_date": date(2027, 6, 15),
        "end_date": date(2027, 6, 16),
        "format": Meeting.Format.IN_PERSON,
        "sittings": None,
        "status": Meeting.Status.SCHEDULED,
        "agenda_adopted_on": None,
    },
)

ORGANIZATIONAL_MATTERS = {
    "ar": "المسائل التنظيمية",
    "zh": "组织事项",
    "en": "Organizational matters",
    "fr": "Questions d’organisation",
    "ru": "Организационные вопросы",
    "es": "Cuestiones de organización",
}
OPENING = {
    "ar": "افتتاح الاجتماع",
    "zh": "会议开幕",
    "en": "Opening of the meeting",
    "fr": "Ouverture de la réunion",
    "ru": "Открытие совещания",
    "es": "Apertura de la reunión",
}
ADOPTION_OF_THE_AGENDA = {
    "ar": "إقرار جدول الأعمال وتنظيم الأعمال",
    "zh": "通过议程和工作安排",
    "en": "Adoption of the agenda and organization of work",
    "fr": "Adoption de l’ordre du jour et organisation des travaux",
    "ru": "Утверждение повестки дня и организация работы",
    "es": "Aprobación del programa y organización de los trabajos",
}
OTHER_MATTERS = {
    "ar": "مسائل أخرى",
    "zh": "其他事项",
    "en": "Other matters",
    "fr": "Questions diverses",
    "ru": "Прочие вопросы",
    "es": "Otros asuntos",
}
ADOPTION_OF_THE_REPORT = {
    "ar": "اعتماد التقرير",
    "zh": "通过报告",
    "en": "Adoption of the report",
    "fr": "Adoption du rapport",
    "ru": "Утверждение доклада",
    "es": "Aprobación del informe",
}

# The two substantive items (2 and 3) of each meeting.
TOPICS = {
    12: (
        {
            "zh": "打击在偷运移民活动中利用网络平台和数字支付服务的行为",
            "en": "Countering the use of online platforms and digital payment services in the "
            "smuggling of migrants",
        },
        {
            "zh": "保护处境脆弱的被偷运移民，包括无人陪伴和失散儿童",
            "en": "Protecting smuggled migrants in situations of vulnerability, including "
            "unaccompanied and separated children",
        },
    ),
    13: (
        {
            "zh": "调查偷运移民网络的资金流动",
            "en": "Investigating the financial flows of migrant smuggling networks",
        },
        {
            "zh": "防止海上偷运移民和保障海上人命安全",
            "en": "Preventing the smuggling of migrants by sea and safeguarding life at sea",
        },
    ),
}

ATTENDANCE = {
    12: {
        Attendance.Category.STATE_PARTY: (
            "DZ", "AR", "AU", "AT", "BR", "CA", "EG", "FR", "DE", "GR",
            "ID", "IT", "MX", "NL", "NG", "PH", "ZA", "ES", "TN", "TR",
        ),
        Attendance.Category.REIO: ("EU",),
        Attendance.Category.SIGNATORY: ("LK", "TH"),
        Attendance.Category.NON_SIGNATORY: ("CN", "PK", "VN"),
        Attendance.Category.IGO: ("INTERPOL", "IOM"),
        Attendance.Category.UN_ENTITY: ("OHCHR", "UNHCR"),
        Attendance.Category.STANDING_OBSERVER: ("SMOM",),
    },
}  # fmt: skip

HONORIFICS = {
    "ms": {"ar": "السيدة", "zh": "女士", "en": "Ms.", "fr": "Mme", "ru": "г-жа", "es": "Sra."},
    "mr": {"ar": "السيد", "zh": "先生", "en": "Mr.", "fr": "M.", "ru": "г-н", "es": "Sr."},
}

# name as printed, honorific, country (None for staff of the Secretariat)
PEOPLE = (
    ("Marta Villaseñor Ruiz", "ms", "MX"),
    ("Emeka Obi-Lawson", "mr", "NG"),
    ("Sabine Kronberger", "ms", "AT"),
    ("Farida Ben Slama", "ms", "TN"),
    ("Jerome Dizon Salcedo", "mr", "PH"),
    ("Valeria Etcheverry Paz", "ms", "AR"),
    ("Jonas Ebner", "mr", None),
)

ROLES = {
    12: (
        {
            "role": MeetingRole.Role.CHAIR,
            "person": "Marta Villaseñor Ruiz",
            "function": {
                "zh": "外交部领事事务司司长",
                "en": "Director General for Consular Affairs, Ministry of Foreign Affairs",
            },
        },
        {
            "role": MeetingRole.Role.VICE_CHAIR,
            "person": "Emeka Obi-Lawson",
            "function": {
                "zh": "司法部国际合作司副司长",
                "en": "Deputy Director, International Cooperation, Ministry of Justice",
            },
        },
        {
            "role": MeetingRole.Role.RAPPORTEUR,
            "person": "Sabine Kronberger",
            "function": {"zh": "常驻代表团参赞", "en": "Counsellor, Permanent Mission"},
        },
        {
            "role": MeetingRole.Role.PANELLIST,
            "person": "Farida Ben Slama",
            "agenda_item": 2,
            "regional_group": "african",
            "function": {
                "zh": "网络犯罪专门预审法官",
                "en": "investigating judge specializing in cybercrime",
            },
        },
        {
            "role": MeetingRole.Role.PANELLIST,
            "person": "Jerome Dizon Salcedo",
            "agenda_item": 2,
            "regional_group": "asia_pacific",
            "function": {
                "zh": "打击偷运移民国家工作队金融调查处处长",
                "en": "head of financial investigations, national task force against "
                "migrant smuggling",
            },
        },
        {
            "role": MeetingRole.Role.PANELLIST,
            "person": "Valeria Etcheverry Paz",
            "agenda_item": 3,
            "regional_group": "latin_american_caribbean",
            "function": {
                "zh": "国家移民主管机关弱势移民援助协调员",
                "en": "coordinator of assistance to migrants in vulnerable situations, "
                "national migration authority",
            },
        },
        {
            "role": MeetingRole.Role.SECRETARIAT,
            "person": "Jonas Ebner",
            "function": {"zh": "工作组秘书", "en": "Secretary of the Working Group"},
        },
    ),
}

# agenda item, capacity, speaker (None: a representative of the Secretariat), in speaking order
STATEMENTS = {
    12: (
        (2, Statement.Capacity.SECRETARIAT, None),
        (2, Statement.Capacity.PARTY, "IT"),
        (2, Statement.Capacity.PARTY, "MX"),
        (2, Statement.Capacity.PARTY, "ZA"),
        (2, Statement.Capacity.PARTY, "EU"),
        (2, Statement.Capacity.PARTY, "ID"),
        (2, Statement.Capacity.PARTY, "EG"),
        (2, Statement.Capacity.PARTY, "TR"),
        (2, Statement.Capacity.NON_PARTY, "CN"),
        (2, Statement.Capacity.OBSERVER, "IOM"),
    ),
}


def agenda(ordinal: int) -> tuple[tuple[int, str, dict[str, str], bool], ...]:
    """The agenda of a demo meeting: (number, letter, title per language, substantive)."""
    first_topic, second_topic = TOPICS[ordinal]
    return (
        (1, "", ORGANIZATIONAL_MATTERS, False),
        (1, "a", OPENING, False),
        (1, "b", ADOPTION_OF_THE_AGENDA, False),
        (2, "", first_topic, True),
        (3, "", second_topic, True),
        (4, "", OTHER_MATTERS, False),
        (5, "", ADOPTION_OF_THE_REPORT, False),
    )


def agenda_outline(ordinal: int, language: str) -> list[tuple[str, str]]:
    """The agenda as printed: ("1.", "Organizational matters:"), ("(a)", "Opening ...;") ..."""
    colon, semicolon, full_stop = ("：", "；", "。") if language == "zh" else (":", ";", ".")
    items = agenda(ordinal)
    outline = []
    for (number, letter, titles, _substantive), following in zip(
        items, (*items[1:], None), strict=True
    ):
        if letter:
            end = semicolon if following and following[1] else full_stop
        else:
            end = colon if following and following[0] == number else full_stop
        outline.append((f"({letter})" if letter else f"{number}.", titles[language] + end))
    return outline


def load_meetings() -> dict[int, Meeting]:
    """The Working Group's demo meetings with their agendas, by ordinal."""
    # The bodies themselves are reference data (meetings/reference/bodies.csv).
    working_group = Body.objects.get(symbol_prefix=WG7)
    meetings = {}
    for meeting in MEETINGS:
        row = upsert(
            Meeting,
            lookup={"body": working_group, "ordinal": meeting["ordinal"]},
            values={
                "start_date": meeting["start_date"],
                "end_date": meeting["end_date"],
                "format": meeting["format"],
                "sittings": meeting["sittings"],
                "status": meeting["status"],
                "published": True,
                **in_languages("venue", VIENNA),
            },
        )
        load_agenda(meeting=row, adopted_on=meeting["agenda_adopted_on"])
        meetings[row.ordinal] = row
    return meetings


def load_agenda(*, meeting: Meeting, adopted_on: date | None) -> None:
    status = AgendaItem.Status.ADOPTED if adopted_on else AgendaItem.Status.PROVISIONAL
    items = [
        upsert(
            AgendaItem,
            lookup={"meeting": meeting, "number": number, "letter": letter},
            values={
                "substantive": substantive,
                "status": status,
                "adopted_on": adopted_on,
                **in_languages("title", titles),
            },
        )
        for number, letter, titles, substantive in agenda(meeting.ordinal)
    ]
    prune(meeting.agenda_items.all(), keep=items)


def load_participation(*, meeting: Meeting) -> None:
    """Who attended the meeting, who held a role in it and who spoke."""
    attendance = [
        upsert(
            Attendance,
            lookup={
                "meeting": meeting,
                "entity": Entity.objects.get(code=code),
                "category": category,
            },
        )
        for category, codes in ATTENDANCE[meeting.ordinal].items()
        for code in codes
    ]
    prune(meeting.attendance.all(), keep=attendance)

    people = load_people()
    items = {item.number: item for item in meeting.agenda_items.filter(letter="")}
    roles = []
    for role in ROLES[meeting.ordinal]:
        person = people[role["person"]]
        order = sum(1 for kept in roles if kept.role == role["role"]) + 1
        roles.append(
            upsert(
                MeetingRole,
                lookup={"meeting": meeting, "role": role["role"], "order": order},
                values={
                    "person": person,
                    "agenda_item": items.get(role.get("agenda_item")),
                    "country": person.country,
                    "regional_group": (
                        RegionalGroup.objects.get(code=role["regional_group"])
                        if "regional_group" in role
                        else None
                    ),
                    **in_languages("function", role["function"]),
                },
            )
        )
    prune(meeting.roles.all(), keep=roles)

    statements = [
        upsert(
            Statement,
            lookup={"meeting": meeting, "order": order},
            values={
                "agenda_item": items[number],
                "capacity": capacity,
                "entity": Entity.objects.get(code=code) if code else None,
                "person": None,
            },
        )
        for order, (number, capacity, code) in enumerate(STATEMENTS[meeting.ordinal], start=1)
    ]
    prune(meeting.statements.all(), keep=statements)


def load_people() -> dict[str, Person]:
    return {
        name: upsert(
            Person,
            lookup={"name": name},
            values={
                "country": Entity.objects.get(code=country) if country else None,
                **in_languages("honorific", HONORIFICS[honorific]),
            },
        )
        for name, honorific, country in PEOPLE
    }
