"""People and delegations in roles at a meeting: the chair, the panellists, and who made
statements under which agenda item, as a report's organization chapter prints them.

Panellists are named twice in seed `000`: the summary introduces them with their function and
the regional group they speak for (¶6 `第一位主讲人是南非中央执法局局长 Amanda Ledwaba，代表非洲
国家。`), the statements section gives their surname, title and country (¶15 `Ledwaba女士（南非）`).
Seed `004` ¶9 has only the second form, with full names. Both are read and joined by surname.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .name_lists import NameCheck, split_names
from .open_items import OpenItemFound, find_open_items
from .results import Paragraph

__all__ = [
    "Chair",
    "Panellist",
    "SpeakerCapacity",
    "Statements",
    "agenda_items",
    "read_chair",
    "read_panellists",
    "read_statements",
]

SpeakerCapacity = Literal["party", "non_party", "signatory", "observer", "secretariat"]

LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
CAPITAL = "A-ZÀ-ÖØ-Þ"
# "Francesco Testa", "Andrés Perez Esquivel", "Alejandro Martínez Peralta", "Juan de la Cruz".
PERSON = (
    rf"[{CAPITAL}][{LATIN}'’\-]*"
    rf"(?:\s+(?:(?:de|da|del|della|di|dos|das|du|van|von|der|den|la|le|bin|al|el)\s+)*"
    rf"[{CAPITAL}][{LATIN}'’\-]*)*"
)
HONORIFICS_ZH = "女士|先生|博士|上校|中校|少校|将军|教授|法官|检察官|大使|阁下"
# English, then French ("M.", "Mme", "Dr", "Pr") and Spanish ("Sr.", "Sra.", "Dra.").
HONORIFICS_EN = (
    r"Mr\.|Ms\.|Mrs\.|Miss|Dr\.|Colonel|Col\.|Major|General|Professor|Prof\.|Judge|Ambassador"
    r"|M\.|Mme|Mlle|Dr(?=\s)|Pr(?=\s)|Sr\.|Sra\.|Srta\.|Dra\."
)

# "工作组主席 Francesco Testa（意大利）宣布会议开幕" (000 ¶13, 004 ¶7); "…opened by the Chair
# of the Working Group, Francesco Testa (Italy)". A vice-chair may open a meeting in the chair's
# absence: that is no chair.
CHAIR = re.compile(
    rf"(?<!副)主席\s*(?P<name>{PERSON})\s*(?P<honorific>{HONORIFICS_ZH})?"
    r"\s*[（(](?P<country>[^）)]+)[）)]"
    r"|(?<!Vice-)(?<!Vice )(?:Chair(?:person)?(?: of the Working Group)?"
    # "…ouverte par le Président du Groupe de travail, M. …", "…el Presidente del Grupo de
    # Trabajo, Sr. …"; "Vice-Président" and "Vicepresidente" are no chair.
    r"|Présidente?(?: du Groupe de travail)?|President[ae](?: del Grupo de Trabajo)?),?\s+"
    rf"(?:(?P<honorific_en>{HONORIFICS_EN})\s+)?(?P<name_en>{PERSON})\s*\((?P<country_en>[^)]+)\)"
)
# "议程项目 3 和 4 下的讨论由主席主持，由以下讨论小组成员引导：" (004 ¶9), "…were led by the
# following panellists:".
PANEL = re.compile(
    r"由以下[^：:]*?(?:主讲人|小组成员|专家)[^：:]*[：:]|following panel+ists[^:]*:"
    r"|intervenant(?:e)?s ci-après[^:]*:|siguientes panelistas[^:]*:",
    re.I,
)
# "Ledwaba女士（南非）" (000 ¶15), "Gerald Tatzgern 上校（奥地利）" (004 ¶9), "Dr. Anne Gallagher
# (Australia)".
PANEL_ENTRY = re.compile(
    rf"^(?:(?P<honorific_en>{HONORIFICS_EN})\s+)?(?P<name>.+?)\s*(?P<honorific>{HONORIFICS_ZH})?"
    r"\s*[（(](?P<country>[^）)]+)[）)]$"
)
# "第一位主讲人是南非中央执法局局长 Amanda Ledwaba，代表非洲国家。" (000 ¶6); "The first
# panellist, Amanda Ledwaba, Head of …, spoke on behalf of the African States."
# Not case-blind: a name is told from the words around it by its capitals.
INTRODUCTION = re.compile(
    rf"(?:主讲人|小组成员|专家)是(?P<function>[^。；，]*?)\s*(?P<name>{PERSON})"
    rf"(?:\s*[，,]\s*代表(?P<group>[^。；，]+))?"
    # "La première intervenante, Amanda Ledwaba, …, s’est exprimée au nom des États d’Afrique",
    # "El segundo panelista fue Andrés Perez Esquivel, …".
    rf"|(?:[Pp]anel+ist|intervenante?|panelista),?\s+(?:était\s+|fue\s+)?(?P<name_en>{PERSON}),\s+"
    r"(?P<function_en>[^.;]*?)"
    r"(?:,\s+(?:speaking|who spoke|spoke|s['’]est exprimée?|qui s['’]exprimait|habló"
    r"|quien habló)\s+"
    r"(?:on behalf of (?:the )?|au nom (?:du |des |de la )|en nombre (?:del |de los |de la ))"
    r"(?P<group_en>[^.;,]+))?[.;]"
)
# "议程项目 2 和 3" (000 ¶16), "agenda items 3 and 4".
# "points 2 et 3 de l’ordre du jour", "temas 2 y 3 del programa": the words after the
# numbers say that these are agenda items; one group holds the numbers of every Latin script.
AGENDA_ITEMS = re.compile(
    r"议程项目\s*(\d+(?:\s*(?:和|、|及|至|，|,)\s*\d+)*)"
    r"|(?:agenda items?|points?(?=[\s\d,età]+de l['’]ordre du jour)"
    r"|temas?(?=[\s\d,yae]+del programa))"
    r"\s+(\d+(?:(?:,|\s+and|\s+to|\s+et|\s+à|\s+y|\s+a)\s+\d+)*)",
    re.I,
)
STATEMENT = re.compile(r"发言|statement|déclaration|declaraci", re.I)
# "…下列缔约方的代表在议程项目 2 下作了发言：…" (004 ¶10).
LIST_LEAD = re.compile(
    r"^(?P<lead>[^：:]*?(?:下列|following|ci-après|suivante?s|siguientes)[^：:]*)[：:]", re.I
)
SECRETARIAT = re.compile(r"秘书处|\bSecretariat\b|\bSecrétariat\b|\bSecretaría\b")
# "…非缔约国和非签署国哥伦比亚也作了发言。" (004 ¶11), "伊朗伊斯兰共和国的观察员也作了发言。"
# (000 ¶17), "工作组还听取了欧洲联盟刑事司法合作署（欧警署）观察员的发言。" (000 ¶18), "A
# statement was also made by the observer for Colombia, a State that is neither…".
ONE_SPEAKER = re.compile(
    r"(?:非缔约[国方](?:和|或)非签署[国方]|非缔约[国方]|非签署[国方]|签署[国方]|缔约[国方])"
    r"(?P<name>[^，。、《》]+?)(?:的(?:代表|观察员))?(?:也|还)?作了发言"
    r"|^(?P<name_observer>[^，。]+?)的(?:代表|观察员)(?:也|还)?作了发言"
    r"|听取了(?P<name_heard>[^，。]+?)的?(?:观察员|代表)的发言"
    r"|made by (?:the )?(?:observers?|representatives?) (?:for|of) (?:the )?(?P<name_en>[^,.;]+)"
    # "L’observateur de la Colombie a également fait une déclaration."
    r"|(?:l['’]observat(?:eur|rice)|l[ae] représentante?) (?:de la |du |des |de l['’]|d['’]|de )"
    r"(?P<name_fr>[^,.;]+?) a (?:également |aussi )?fait une déclaration"
    # "El observador de Colombia también formuló una declaración.", "También formuló una
    # declaración la observadora de Colombia."
    r"|(?:el|la) (?:observadora?|representante) de(?:l| la| los)? (?P<name_es>[^,.;]+?)"
    r" (?:también )?formuló una declaración"
    r"|formuló una declaración (?:el|la) (?:observadora?|representante) de(?:l| la| los)? "
    r"(?P<name_es_after>[^,.;]+)",
    re.I,
)
ALSO = re.compile(r"也|还|\balso\b|\bégalement\b|\btambién\b", re.I)
# First match wins: "非缔约国和非签署国" holds "缔约国" and "签署国".
CAPACITIES: tuple[tuple[SpeakerCapacity, re.Pattern[str]], ...] = (
    (
        "non_party",
        re.compile(
            r"非(?:《[^》]*》)?(?:缔约|签署)|\bneither\b|\bnot\b.*\bpart|non-part|\bni\b", re.I
        ),
    ),
    ("signatory", re.compile(r"签署国|签署方|signator|signataire|signatari", re.I)),
    ("party", re.compile(r"缔约国|缔约方|\bpart(?:y|ies)\b|\bpartes\b", re.I)),
    ("observer", re.compile(r"观察员|observer|observateur|observador", re.I)),
)

# Russian and Arabic, as their versions print the same paragraphs: "Совещание открыл
# Председатель Рабочей группы Francesco Testa (Италия).", "وافتتح الاجتماع رئيس الفريق العامل،
# Francesco Testa (إيطاليا)."; names stay in the script their bearers write them in.
HONORIFICS_RU = r"г-н|г-жа|д-р|профессор|посол|полковник|судья"
HONORIFICS_AR = r"السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الأستاذة|السفير|السفيرة|العقيد|القاضي"
CHAIR_RU_AR = re.compile(
    r"(?<!заместитель )(?<!заместителя )Председател\w*(?: Рабочей группы)?,?\s+"
    r"|(?<!نائب )(?<!نائبة )رئيسة? الفريق العامل،?\s+"
)
PERSON_IN_BRACKETS = re.compile(
    rf"(?:(?P<honorific>{HONORIFICS_RU}|{HONORIFICS_AR}|{HONORIFICS_EN})\s+)?(?P<name>{PERSON})\s*"
    r"\((?P<country>[^)]+)\)"
)
# "Обсуждение по пункту 2 … при участии следующих докладчиков:", "وقادها أعضاء حلقة النقاش
# التالية أسماؤهم:".
PANEL_RU_AR = re.compile(
    r"следующих (?:докладчиков|экспертов|участников дискуссии)[^:]*:"
    r"|(?:أعضاء حلقة النقاش|المحاورون|المحاورين)[^:]*:"
)
# "Первым выступил докладчик Amanda Ledwaba, руководитель …, от имени группы «Государства
# Африки».", "وتكلم أولا المحاور Amanda Ledwaba، …، باسم الدول الأفريقية."
INTRODUCTION_RU_AR = re.compile(
    rf"(?:докладчик|المحاور)\s+(?P<name>{PERSON})[,،]\s+(?P<function>[^.;؛]*?)"
    r"(?:[,،]\s+(?:от имени(?: группы)?|باسم)\s+«?(?P<group>[^.;؛,،»]+)»?)?[.;؛]"
)
# "по пунктам 2 и 3 повестки дня", "في إطار البندين 2 و3 من جدول الأعمال".
AGENDA_ITEMS_RU_AR = re.compile(
    r"пункт\w*\s+(\d+(?:(?:,|\s+и)\s+\d+)*)\s+повестки дня"
    r"|(?:البند|البندين|البنود)\s+(\d+(?:\s*(?:،|و)\s*\d+)*)",
    re.I,
)
STATEMENT_RU_AR = re.compile(r"заявлени|ببيان|بكلمة", re.I)
LIST_LEAD_RU_AR = re.compile(r"^(?P<lead>[^:]*?(?:следующ|التالية)[^:]*):", re.I)
SECRETARIAT_RU_AR = re.compile(r"Секретариат|للأمانة|الأمانة")
ALSO_RU_AR = re.compile(r"также|أيضا")
# First match wins, as above: "не являющихся участниками … и не подписавших его" holds both.
CAPACITIES_RU_AR: tuple[tuple[SpeakerCapacity, re.Pattern[str]], ...] = (
    ("non_party", re.compile(r"не являющ|не подписавш|غير الأطراف|غير الموقعة", re.I)),
    ("signatory", re.compile(r"подписавш|الموقعة", re.I)),
    ("party", re.compile(r"участник|الأطراف", re.I)),
    ("observer", re.compile(r"наблюдател|المراقب", re.I)),
)


@dataclass(frozen=True)
class Chair:
    name: str  # as printed: "Francesco Testa"
    country: str  # as printed: "意大利"
    honorific: str = ""
    paragraph_number: int | None = None


@dataclass(frozen=True)
class Panellist:
    """One expert who led the discussion of agenda items."""

    name: str  # the fullest form printed: "Amanda Ledwaba", not "Ledwaba"
    honorific: str = ""  # "女士", "先生", "博士", "上校", "Dr."
    country: str = ""  # as printed: "南非"
    function: str = ""  # as printed: "南非中央执法局局长"
    regional_group: str = ""  # the group spoken for, as printed: "非洲国家"
    agenda_items: tuple[str, ...] = ()
    paragraph_number: int | None = None


@dataclass(frozen=True)
class Statements:
    """Who made statements in one capacity under agenda items, as one paragraph lists them."""

    capacity: SpeakerCapacity
    speakers: tuple[str, ...]  # States and organizations as printed; "秘书处" for the secretariat
    agenda_items: tuple[str, ...]  # printed, or those of the paragraph before for an "also"
    paragraph_number: int | None
    open_items: tuple[OpenItemFound, ...] = ()


def read_chair(paragraphs: Sequence[Paragraph]) -> Chair | None:
    for paragraph in paragraphs:
        if match := CHAIR.search(paragraph.text):
            return Chair(
                name=(match["name"] or match["name_en"]).strip(),
                country=(match["country"] or match["country_en"]).strip(),
                honorific=match["honorific"] or match["honorific_en"] or "",
                paragraph_number=paragraph.number,
            )
    return _chair_ru_ar(paragraphs)


def _chair_ru_ar(paragraphs: Sequence[Paragraph]) -> Chair | None:
    for paragraph in paragraphs:
        for lead in CHAIR_RU_AR.finditer(paragraph.text):
            if match := PERSON_IN_BRACKETS.match(paragraph.text, lead.end()):
                return Chair(
                    name=match["name"].strip(),
                    country=match["country"].strip(),
                    honorific=match["honorific"] or "",
                    paragraph_number=paragraph.number,
                )
    return None


def read_panellists(
    statements: Sequence[Paragraph], summary: Sequence[Paragraph]
) -> tuple[Panellist, ...]:
    """The panellists named in the statements section, completed from their introduction."""
    introduced = [
        (paragraph, match)
        for paragraph in summary
        for pattern in (INTRODUCTION, INTRODUCTION_RU_AR)
        for match in pattern.finditer(paragraph.text)
    ]
    panellists: list[Panellist] = []
    for paragraph in statements:
        lead = PANEL.search(paragraph.text) or PANEL_RU_AR.search(paragraph.text)
        if lead is None:
            continue
        items = agenda_items(paragraph.text[: lead.end()])
        for entry in split_names(paragraph.text[lead.end() :]):
            match = PERSON_IN_BRACKETS.fullmatch(entry) or PANEL_ENTRY.match(entry)
            panellists.append(
                Panellist(
                    name=match["name"].strip() if match else entry,
                    honorific=_honorific(match),
                    country=match["country"].strip() if match else "",
                    agenda_items=items,
                    paragraph_number=paragraph.number,
                )
            )
    for paragraph, match in introduced:
        name = _group(match, "name", "name_en").strip()
        details = {
            "function": _group(match, "function", "function_en").strip(" ，,،"),
            "regional_group": _group(match, "group", "group_en").strip(),
        }
        same = [
            i for i, p in enumerate(panellists) if name == p.name or name.endswith(" " + p.name)
        ]
        if same:
            panellists[same[0]] = replace(panellists[same[0]], name=name, **details)
        else:
            panellists.append(
                Panellist(
                    name=name,
                    agenda_items=agenda_items(paragraph.text),
                    paragraph_number=paragraph.number,
                    **details,
                )
            )
    return tuple(panellists)


def read_statements(
    paragraphs: Sequence[Paragraph], *, is_known_name: NameCheck | None = None
) -> tuple[Statements, ...]:
    """Who spoke, paragraph by paragraph of the statements section."""
    found: list[Statements] = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not (STATEMENT.search(text) or STATEMENT_RU_AR.search(text)):
            continue
        if PANEL.search(text) or PANEL_RU_AR.search(text):
            continue
        read = _statements(text, is_known_name)
        if read is None:
            continue
        capacity, speakers = read
        items = agenda_items(text)
        if not items and found and (ALSO.search(text) or ALSO_RU_AR.search(text)):
            # "伊朗伊斯兰共和国的观察员也作了发言。" follows the list of ¶16 and shares its items.
            items = found[-1].agenda_items
        open_items = tuple(
            replace(item, paragraph_number=paragraph.number) for item in find_open_items(text)
        )
        found.append(Statements(capacity, speakers, items, paragraph.number, open_items))
    return tuple(found)


def agenda_items(text: str) -> tuple[str, ...]:
    """The items a text names: "议程项目 2 和 3" -> ("2", "3"), "agenda items 3 and 4" too."""
    match = AGENDA_ITEMS.search(text) or AGENDA_ITEMS_RU_AR.search(text)
    if match is None:
        return ()
    return tuple(dict.fromkeys(re.findall(r"\d+", match[1] or match[2])))


def _statements(
    text: str, is_known_name: NameCheck | None
) -> tuple[SpeakerCapacity, tuple[str, ...]] | None:
    """The capacity and names of who spoke; None where the text does not say in which capacity
    (a bare "X的代表也作了发言" may be a party's or an observer's)."""
    if lead := LIST_LEAD.match(text) or LIST_LEAD_RU_AR.match(text):
        capacity = _capacity(lead["lead"])
        names = split_names(text[lead.end() :], is_known_name=is_known_name)
        return (capacity, names) if capacity else None
    if match := ONE_SPEAKER.search(text):
        name = next(group for group in match.groups() if group).strip()
        capacity = _capacity(text.replace(name, "", 1))
        return (capacity, split_names(name)) if capacity else None
    if SECRETARIAT.search(text):
        # "秘书处代表在议程项目 2下作了一般介绍性发言。" (000 ¶14), "秘书处在…" (004 ¶8).
        return "secretariat", ("秘书处" if "秘书处" in text else "Secretariat",)
    if SECRETARIAT_RU_AR.search(text):
        return "secretariat", ("Секретариат" if "Секретариат" in text else "الأمانة",)
    return None


def _capacity(words: str) -> SpeakerCapacity | None:
    return next(
        (
            capacity
            for capacity, pattern in (*CAPACITIES, *CAPACITIES_RU_AR)
            if pattern.search(words)
        ),
        None,
    )


def _group(match: re.Match[str], *names: str) -> str:
    """The first of the named groups `match` has and filled: each language's pattern names its
    own."""
    groups = match.groupdict()
    return next((groups[name] for name in names if groups.get(name)), "")


def _honorific(match: re.Match[str] | None) -> str:
    return _group(match, "honorific_en", "honorific") if match else ""
