"""Names of States, organizations and people as the demo's documents print them in lists."""

from meetings.models import Entity, Meeting, MeetingRole


def attending(*, meeting: Meeting, category: str, language: str) -> list[str]:
    """Names of those who attended in `category`, in the order the UN prints them."""
    entities = Entity.objects.filter(
        attendance__meeting=meeting, attendance__category=category
    ).in_un_order(language)
    return [entity.printed_name(language) for entity in entities]


def panel(*, meeting: Meeting, agenda_item: int, language: str) -> str:
    """The panellists of an agenda item with their country, function and group, as the
    summary of deliberations introduces them."""
    roles = meeting.roles.filter(
        role=MeetingRole.Role.PANELLIST, agenda_item__number=agenda_item
    ).select_related("person", "country", "regional_group")
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
