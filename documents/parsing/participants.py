"""Reads a UN list of participants: category headings, delegations, and the people of each.

The secretariat prints it in one layout in every language (CTOC/COP/WG.7/2020/INF/1 and its
kind): a heading per category ("States parties to the Protocol", "缔约国", "Organisations
intergouvernementales"), under it each delegation on a line of its own ("Argentina", "阿根廷"),
then its people, one a line, the first of each role after the role's label:

    Representative: H.E. Mr. John Smith, Ambassador, Permanent Representative
                    Ms. Jane Doe, Counsellor, Permanent Mission
    代表：张三先生阁下，大使，常驻代表

A person is a title (before the name in Latin, Cyrillic and Arabic script, after it in Chinese:
"张三先生"), the name as printed and the function after the first comma. Which lines are
delegations is the reference names' to say, so the caller passes `is_known_name`; a line that is
neither a heading, a known name nor a person is reported, and the people under it with it.

Pure function: text in, frozen dataclasses out, no Django.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from .results import ParseWarning

__all__ = ["ListedDelegation", "ListedParticipant", "ParticipantList", "read_participants"]

# Attendance.Category values (meetings/models), written out: this module imports no Django.
# "observer" is a heading that names no category of its own ("Observers"): the entity's kind
# decides (a State is a non-signatory, an organization its kind).
CATEGORY_HEADINGS = (
    (
        "non_signatory",
        r"Non-signatory States|States not parties|Observer States|非签署国|观察员国"
        r"|États non signataires|Estados no signatarios|Государства,? не подписавшие"
        r"|Государства-наблюдатели|الدول غير الموقعة",
    ),
    (
        "signatory",
        r"Signatory States|States signatories|签署国|États signataires|Estados signatarios"
        r"|Государства,? подписавшие|Подписавшие государства|الدول الموقعة",
    ),
    (
        "state_party",
        r"States parties|Members|缔约国|成员|États parties|Estados partes"
        r"|Государства-участники|الدول الأطراف",
    ),
    (
        "reio",
        r"Regional economic integration organizations?|区域经济一体化组织"
        r"|Organisations? régionales? d.intégration économique"
        r"|Organizaci(?:ón|ones) regional(?:es)? de integración económica"
        r"|Региональн\w+ организаци\w+ экономической интеграции|منظمات? التكامل الاقتصادي",
    ),
    (
        "igo",
        r"Intergovernmental organizations|政府间组织|Organisations intergouvernementales"
        r"|Organizaciones intergubernamentales|Межправительственные организации"
        r"|المنظمات الحكومية الدولية",
    ),
    (
        "un_entity",
        r"United Nations (?:entities|bodies|system)|联合国(?:系统)?实体|联合国机构"
        r"|Entités (?:des|du système des) Nations Unies|Organismes des Nations Unies"
        r"|Entidades (?:de las|del sistema de las) Naciones Unidas"
        r"|Подразделения (?:системы )?Организации Объединенных Наций|كيانات الأمم المتحدة"
        r"|هيئات الأمم المتحدة",
    ),
    (
        "standing_observer",
        r"Entities (?:maintaining|having|with) (?:a )?(?:permanent|standing) observer"
        r"|设有常驻观察员办事处的实体|Entités ayant un bureau permanent d.observateur"
        r"|Entidades que tienen una oficina permanente de observación",
    ),
    (
        "ngo",
        r"Non-governmental organizations|非政府组织|Organisations non gouvernementales"
        r"|Organizaciones no gubernamentales|Неправительственные организации"
        r"|المنظمات غير الحكومية",
    ),
    ("observer", r"Observers|观察员|Observateurs|Observadores|Наблюдатели|المراقبون"),
)
# "I. States parties", "A. 缔约国", "一. 缔约国": a heading may carry the list's own numbering.
NUMBERING = re.compile(r"^(?:[IVX]+|[A-Z]|[一二三四五六七八九十]+)[.．、]\s*")
HEADINGS = [
    (category, re.compile(rf"(?:{pattern})\b.{{0,120}}$|(?:{pattern})$", re.IGNORECASE))
    for category, pattern in CATEGORY_HEADINGS
]
# Titles as the UN prints them before a name, longest first so "H.E. Mr." is not read as "H.E.".
TITLE_BEFORE = re.compile(
    r"^((?:H\.\s?E\.|S\.\s?E\.|Excm[oa]\.|Его Превосходительство|Ее Превосходительство"
    r"|سعادة|Dr\.|Prof\.|Rev\.|Fr\.|Msgr\.)\s*)*"
    r"(Mr\.|Mrs\.|Ms\.|Mme|M\.|Mlle|Sr\.|Sra\.|Srta\.|г-н|г-жа|السيدة|السيد)?\s+",
)
# Chinese prints the title after the name: "张三先生", "李四女士阁下".
TITLE_AFTER = re.compile(r"^(.+?)((?:先生|女士|夫人|阁下)+)$")
# "Representative:", "Alternate representatives:", "代表：", "Représentant :".
ROLE_LABEL = re.compile(r"^([^:：,，،\d]{2,60}?)\s*[:：]\s*(.+)$")
FUNCTION_BREAK = re.compile(r"\s*[,，،]\s*")
# Page furniture printed between the entries, alone or run together on a line: a symbol,
# "2/14", a job number "V.20-03080", a page number, a rule.
FURNITURE = re.compile(r"\S+/\S+|\d+/\d+|V\.\d{2}-\d{5}\S*|-?\d+-?|_{3,}")


@dataclass(frozen=True)
class ListedParticipant:
    title: str  # "H.E. Mr.", "Ms.", "先生"; "" when none is printed
    name: str
    function: str  # "Ambassador, Permanent Representative"
    role: str  # the label printed before the first of the role: "Representative", "代表"
    line: int


@dataclass(frozen=True)
class ListedDelegation:
    category: str  # an Attendance category, or "observer" (decided by the entity's kind)
    name: str  # as printed: "Argentina", "阿根廷"
    participants: tuple[ListedParticipant, ...]
    line: int


@dataclass(frozen=True)
class ParticipantList:
    delegations: tuple[ListedDelegation, ...]
    warnings: tuple[ParseWarning, ...] = ()

    @property
    def people(self) -> int:
        return sum(len(delegation.participants) for delegation in self.delegations)


def read_participants(
    text: str, *, language: str, is_known_name: Callable[[str], bool]
) -> ParticipantList:
    """The delegations and people of a list of participants, in the order printed.

    Lines before the first category heading (the masthead, a note on the list) are not read.
    """
    delegations: list[ListedDelegation] = []
    warnings: list[ParseWarning] = []
    category: str | None = None
    current: tuple[str, int] | None = None  # the delegation being read: name, line
    people: list[ListedParticipant] = []
    role = ""

    def close() -> None:
        if current is not None and category is not None:
            delegations.append(ListedDelegation(category, current[0], tuple(people), current[1]))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.split())
        if not line or all(FURNITURE.fullmatch(token) for token in line.split()):
            continue
        heading = category_of(line)
        if heading is not None and not is_known_name(line):
            close()
            category, current, people, role = heading, None, [], ""
            continue
        if category is None:
            continue
        if is_known_name(line):
            close()
            current, people, role = (line, number), [], ""
            continue
        labelled = ROLE_LABEL.match(line)
        if labelled is not None:
            role, line = labelled.group(1), labelled.group(2)
        person = person_of(
            line, language=language, role=role, labelled=labelled is not None, line=number
        )
        if person is None:
            close()
            current, people, role = None, [], ""
            warnings.append(
                ParseWarning(
                    "unknown-delegation",
                    f"“{line}” is not a State or organization the portal knows; "
                    "the people listed under it are not stored.",
                    number,
                )
            )
            continue
        if current is None:
            continue  # under an unknown delegation, already reported
        people.append(person)
    close()
    return ParticipantList(tuple(delegations), tuple(warnings))


def category_of(line: str) -> str | None:
    bare = NUMBERING.sub("", line)
    if len(bare) > 160 or ROLE_LABEL.match(bare):
        return None
    for category, pattern in HEADINGS:
        if pattern.match(bare):
            return category
    return None


def person_of(
    text: str, *, language: str, role: str, labelled: bool, line: int
) -> ListedParticipant | None:
    """One person's line, or None when nothing marks it as a person.

    A title, a role label on the line or a function after a comma marks a person; a bare line
    with none of them is a delegation the reference names do not know. (The role carried on
    from the lines above does not: "Ruritania" after a representative is a delegation.)
    """
    head, *rest = FUNCTION_BREAK.split(text.strip(" .;；。"), maxsplit=1)
    function = rest[0] if rest else ""
    title = ""
    if language == "zh":
        found = TITLE_AFTER.match(head)
        if found is not None:
            head, title = found.group(1), found.group(2)
    else:
        found = TITLE_BEFORE.match(head + " ")
        if found is not None and found.group(0).strip():
            title = " ".join(found.group(0).split())
            head = head[found.end() :] if found.end() <= len(head) else ""
    head = head.strip()
    if not head or not (title or labelled or function):
        return None
    return ListedParticipant(title, head, function, role, line)
