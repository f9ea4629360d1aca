"""Names of States, organizations and people as the demo's documents print them in lists."""

from meetings.models import Entity, Meeting, MeetingRole


def printed_name(entity: Entity, language: str) -> str:
    """An entity as lists print it: organizations with their acronym, "国际移民组织（移民组织）"."""
    name = entity.name_in(language)
    acronym = getattr(entity, f"acronym_{language}")
    if entity.kind in (Entity.Kind.IGO, Entity.Kind.UN_ENTITY) and acronym and acronym != name:
        return f"{name}（{acronym}）" if language == "zh" else f"{name} ({acronym})"
    return name


def joined(names: list[str], language: str) -> str:
    """Names as a sentence lists them: "甲、乙、丙" or "A, B and C"."""
    if language == "zh":
        return "、".join(names)
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def attending(*, meeting: Meeting, category: str, language: str) -> list[str]:
    """Names of those who attended in `category`, in the order the UN prints them."""
    entities = Entity.objects.filter(
        attendance__meeting=meeting, attendance__category=category
    ).in_un_order(language)
    return [printed_name(entity, language) for entity in entities]


def speaking(*, meeting: Meeting, agenda_item: int, capacity: str, language: str) -> list[str]:
    """Names of those who spoke under an agenda item in `capacity`, in the UN's printed order."""
    entities = Entity.objects.filter(
        statements__meeting=meeting,
        statements__agenda_item__number=agenda_item,
        statements__agenda_item__letter="",
        statements__capacity=capacity,
    ).in_un_order(language)
    return [printed_name(entity, language) for entity in entities]


def panel(*, meeting: Meeting, agenda_item: int, language: str, with_function: bool) -> str:
    """The panellists of an agenda item, with their country and, if asked, function and group."""
    roles = meeting.roles.filter(
        role=MeetingRole.Role.PANELLIST, agenda_item__number=agenda_item
    ).select_related("person", "country", "regional_group")
    if not with_function:
        if language == "zh":
            return joined([f"{role.person.name}（{role.country.name_zh}）" for role in roles], "zh")
        return joined([f"{role.person.name} ({role.country.name_en})" for role in roles], "en")
    if language == "zh":
        return "；".join(
            f"{role.country.name_zh}{role.function_zh} {role.person.name}"
            f"（代表{role.regional_group.name_zh}）"
            for role in roles
        )
    return "; ".join(
        f"{role.person.name}, {role.function_en}, {role.country.name_en}, speaking for the "
        f"{role.regional_group.name_en}"
        for role in roles
    )


def chair(*, meeting: Meeting, language: str) -> str:
    role = meeting.roles.select_related("person", "country").get(role=MeetingRole.Role.CHAIR)
    if language == "zh":
        return f"{role.person.name}（{role.country.name_zh}）"
    return f"{role.person.name} ({role.country.name_en})"
