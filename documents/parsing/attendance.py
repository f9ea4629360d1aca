"""Attendance: the States and organizations a report lists as present, and in which capacity.

Seeds `000` ¶20–24 and `004` ¶13–18 print it in two shapes: a lead-in naming the capacity, a
colon and a list (`《打击偷运移民议定书》下列签署国派观察员出席了会议：泰国[……]。`), or one
entity in a sentence (`区域经济一体化组织欧洲联盟作为《偷运移民议定书》缔约方派代表出席了会议。`).
The capacity is read from the lead-in, never from the names (`联合国儿童基金会` is listed
among intergovernmental organizations and United Nations entities alike).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .name_lists import NameCheck, split_names
from .open_items import OpenItemFound, find_open_items
from .results import Paragraph, ParseWarning

__all__ = ["AttendanceCategory", "AttendanceList", "listed_twice", "read_attendance"]

AttendanceCategory = Literal[
    "state_party",
    "reio",
    "signatory",
    "non_signatory",
    "igo",
    "un_entity",
    # Seed 000 ¶23 lists "下列政府间组织和联合国实体" together; the caller sorts them by the
    # kind of each entity, which the text does not say.
    "igo_or_un_entity",
    "standing_observer",
    "ngo",
]
CATEGORY_LABELS: dict[str, str] = {
    "state_party": "States parties",
    "reio": "regional economic integration organizations",
    "signatory": "signatory States",
    "non_signatory": "non-signatory States",
    "igo": "intergovernmental organizations",
    "un_entity": "United Nations entities",
    "igo_or_un_entity": "intergovernmental organizations and United Nations entities",
    "standing_observer": "entities with a standing observer office",
    "ngo": "non-governmental organizations",
}
# First match wins, so each pattern is tried only after those it would swallow: "非政府组织"
# holds "政府", "非缔约国和非签署国" holds "缔约国", "签署国" lists may say "缔约方" too.
CATEGORIES: tuple[tuple[AttendanceCategory, re.Pattern[str]], ...] = (
    (
        "reio",
        re.compile(
            r"区域经济一体化组织|regional economic integration"
            r"|intégration économique|integración económica",
            re.I,
        ),
    ),
    (
        "standing_observer",
        re.compile(
            r"常驻观察员|(?:standing|permanent) observer"
            r"|bureau permanent d['’]observat|oficinas? permanentes? de observa",
            re.I,
        ),
    ),
    ("ngo", re.compile(r"非政府组织|non-governmental|non gouvernementa|no gubernamenta", re.I)),
    (
        "igo_or_un_entity",
        re.compile(
            r"政府间组织(?:和|及|与)联合国|联合国\S*(?:和|及|与)政府间组织"
            r"|intergovernmental organizations? and (?:the )?United Nations"
            r"|United Nations \w+ and intergovernmental",
            re.I,
        ),
    ),
    (
        "igo",
        re.compile(
            r"政府间组织|intergovernmental organi[sz]ation"
            r"|organisations? intergouvernementa|organizaci(?:ón|ones) intergubernamenta",
            re.I,
        ),
    ),
    (
        "un_entity",
        re.compile(
            r"联合国(?:系统)?(?:实体|机构|办事处|秘书处)|专门机构"
            r"|United Nations (?:system |Secretariat )?(?:entit|bod|office|unit)|specialized agenc"
            r"|entités? des Nations Unies|entidad(?:es)? de las Naciones Unidas",
            re.I,
        ),
    ),
    (
        "non_signatory",
        re.compile(
            r"非(?:《[^》]*》)?(?:缔约|签署)|\bneither\b|\bnot\b[^:]*\b(?:part|signator)"
            r"|non-(?:part|signator)"
            # "qui ne sont ni parties ni signataires", "que no son partes ni signatarios".
            r"|\bni\b",
            re.I,
        ),
    ),
    ("signatory", re.compile(r"签署国|签署方|signator|signataire|signatari", re.I)),
    ("state_party", re.compile(r"缔约国|缔约方|\bpart(?:y|ies)\b|\bpartes\b", re.I)),
)
ATTENDED = re.compile(
    r"派(?:代表|观察员)?出席|出席了|\b(?:was|were) represented\b|\battended\b"
    r"|\bétaient représenté|\bétait représenté|\b[Ee]stuvieron representad|\b[Ee]stuvo representad"
)
# "下列缔约方派代表出席了本次会议：…", "The following States parties … were represented: …",
# "Les États parties … ci-après étaient représentés à la réunion : …", "Estuvieron
# representados en la reunión los siguientes Estados partes …: …".
LIST_LEAD = re.compile(
    r"^(?P<lead>[^：:]*?(?:下列|following|ci-après|suivante?s|siguientes)[^：:]*)[：:]", re.I
)
# The Russian and Arabic lead-ins, tried after those above, first match winning as there:
# "На совещании были представлены следующие государства — участники Протокола …:",
# "Наблюдателями были представлены следующие государства, не являющиеся участниками …",
# "وحضر الاجتماع ممثلون عن الدول التالية الأطراف في …:", "ومثلت بمراقبين المنظمات غير الحكومية
# التالية:". The instrument's name holds "Организации Объединенных Наций" / "الأمم المتحدة":
# a United Nations entity is told by the words before it.
CATEGORIES_RU_AR: tuple[tuple[AttendanceCategory, re.Pattern[str]], ...] = (
    ("reio", re.compile(r"экономической интеграции|التكامل الاقتصادي الإقليمي", re.I)),
    (
        "standing_observer",
        re.compile(r"постоянн\w* (?:бюро|представительств\w*) наблюдател|مكاتب مراقبين", re.I),
    ),
    ("ngo", re.compile(r"неправительствен|غير الحكومية", re.I)),
    ("igo", re.compile(r"межправительствен|الحكومية الدولية", re.I)),
    (
        "un_entity",
        re.compile(
            r"(?:подразделени|учреждени|орган)\w* (?:системы )?Организации Объединенных Наций"
            r"|(?:هيئات|كيانات|مكاتب) (?:منظومة )?الأمم المتحدة",
            re.I,
        ),
    ),
    ("non_signatory", re.compile(r"не являющ|не подписавш|غير الأطراف|غير الموقعة", re.I)),
    ("signatory", re.compile(r"подписавш|الموقعة", re.I)),
    ("state_party", re.compile(r"участник|الأطراف", re.I)),
)
ATTENDED_RU_AR = re.compile(r"представлен|حضر|مثلت|ممثلون")
LIST_LEAD_RU_AR = re.compile(r"^(?P<lead>[^:]*?(?:следующ|التالية)[^:]*):", re.I)
# "区域经济一体化组织欧洲联盟作为…缔约方派代表出席了会议。" (004 ¶14),
# "设有常驻观察员办公室的实体马耳他主权教团派观察员出席了会议。" (000 ¶24),
# "联合国政治事务部办公室派观察员出席了会议。" (004 ¶17).
ONE_ENTITY_ZH = re.compile(
    r"^(?:区域经济一体化组织|[^，。]*?的实体)?(?P<name>[^，。]+?)(?:作为[^，。]*?)?"
    r"派(?:代表|观察员)出席"
)
# "The European Union, a regional economic integration organization that is a party to the
# Protocol, was represented."
ONE_ENTITY_EN = re.compile(
    r"^(?:the\s+)?(?P<name>[^,]+?)(?:,\s+(?:a|an|the)\s+[^,]+,)?\s+(?:was|were)\s+represented",
    re.I,
)
# "L’Union européenne, organisation régionale d’intégration économique partie au Protocole,
# était représentée à la réunion.", "La Unión Europea, organización regional de integración
# económica que es parte en el Protocolo, estuvo representada en la reunión."
ONE_ENTITY_FR_ES = re.compile(
    r"^(?:L['’]|Les?\s+|La\s+|El\s+|Los\s+|Las\s+)?(?P<name>[^,]+?)(?:,\s+[^,]+,)?"
    r"\s+(?:était|étaient|estuvo|estuvieron)\s+(?:représenté|representad)"
)
# An entity named alone with no capacity word is a United Nations office when its name says so.
UN_NAME = re.compile(
    r"^联合国|秘书处|^United Nations\b|\bSecretariat\b"
    r"|\bNations Unies\b|\bNaciones Unidas\b|\bSecrétariat\b|\bSecretaría\b"
)


@dataclass(frozen=True)
class AttendanceList:
    """The States or organizations one paragraph lists as attending in one capacity."""

    category: AttendanceCategory
    names: tuple[str, ...]  # as printed, in the printed order; short forms kept: "…（欧安组织）"
    paragraph_number: int | None
    # Placeholders still in the list ("[……]"), positions within the paragraph's text.
    open_items: tuple[OpenItemFound, ...] = ()


def read_attendance(
    paragraphs: Sequence[Paragraph], *, is_known_name: NameCheck | None = None
) -> tuple[AttendanceList, ...]:
    """The attendance lists among `paragraphs` (the numbered paragraphs of the section)."""
    lists = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not (ATTENDED.search(text) or ATTENDED_RU_AR.search(text)):
            continue
        found = _listed(text, is_known_name) or _one_entity(text)
        if found is None:
            continue
        category, names = found
        open_items = tuple(
            replace(item, paragraph_number=paragraph.number) for item in find_open_items(text)
        )
        lists.append(AttendanceList(category, names, paragraph.number, open_items))
    return tuple(lists)


def listed_twice(lists: Sequence[AttendanceList]) -> list[ParseWarning]:
    """One warning for each entity a report lists more than once: in two capacities (seed
    `000` has 哥伦比亚 among the States parties, ¶20, and the non-signatories, ¶22) or twice."""
    warnings = []
    first_seen: dict[str, AttendanceList] = {}
    for attendance in lists:
        for position, name in enumerate(attendance.names):
            first = first_seen.setdefault(name, attendance)
            if first is attendance and name not in attendance.names[:position]:
                continue
            here = (
                f"among the {CATEGORY_LABELS[attendance.category]} (¶{attendance.paragraph_number})"
            )
            there = f"among the {CATEGORY_LABELS[first.category]} (¶{first.paragraph_number})"
            if first.category != attendance.category:
                warnings.append(
                    ParseWarning(
                        "entity-in-two-categories", f"{name} is listed {there} and {here}."
                    )
                )
            else:
                warnings.append(
                    ParseWarning("entity-listed-twice", f"{name} is listed twice {here}.")
                )
    return warnings


def _listed(
    text: str, is_known_name: NameCheck | None
) -> tuple[AttendanceCategory, tuple[str, ...]] | None:
    match = LIST_LEAD.match(text) or LIST_LEAD_RU_AR.match(text)
    if match is None:
        return None
    category = _category(match["lead"])
    if category is None:
        return None
    return category, split_names(text[match.end() :], is_known_name=is_known_name)


def _one_entity(text: str) -> tuple[AttendanceCategory, tuple[str, ...]] | None:
    match = ONE_ENTITY_ZH.match(text) or ONE_ENTITY_EN.match(text) or ONE_ENTITY_FR_ES.match(text)
    if match is None:
        return None
    name = match["name"].strip()
    # The capacity words stand around the name; the name's own words must not count.
    category = _category(text.replace(name, "", 1))
    if category is None:
        category = "un_entity" if UN_NAME.search(name) else "igo_or_un_entity"
    return category, split_names(name)


def _category(words: str) -> AttendanceCategory | None:
    return next(
        (
            category
            for category, pattern in (*CATEGORIES, *CATEGORIES_RU_AR)
            if pattern.search(words)
        ),
        None,
    )
