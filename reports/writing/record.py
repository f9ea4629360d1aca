"""What a report says about its meeting, gathered from the portal's rows in one language.

The generator reads only these frozen records, so it runs without a database and a test can
build one by hand. Names are already in the report's language and lists already in UN order.
"""

from dataclasses import dataclass
from datetime import date
from typing import Literal

MeetingFormat = Literal["in_person", "hybrid", "online"]
Capacity = Literal["party", "non_party", "signatory", "observer", "secretariat"]


@dataclass(frozen=True)
class Person:
    """A chair or a panellist as the report prints them."""

    name: str  # "Amanda Ledwaba"
    honorific: str = ""  # "女士", "Ms."
    country: str = ""  # in the report's language: "南非"
    function: str = ""  # "南非中央执法局局长"
    regional_group: str = ""  # the group spoken for: "非洲国家组"


@dataclass(frozen=True)
class HeldBefore:
    ordinal: int
    start: date
    end: date


@dataclass(frozen=True)
class AgendaEntry:
    number: int
    title: str
    sub_items: tuple[tuple[str, str], ...] = ()  # ("a", "会议开幕")
    substantive: bool = False


@dataclass(frozen=True)
class Panel:
    """The panellists who led the discussion of one or more agenda items."""

    agenda_items: tuple[int, ...]
    panellists: tuple[Person, ...]


@dataclass(frozen=True)
class Speakers:
    """Who spoke in one capacity under the same agenda items, in UN order."""

    capacity: Capacity
    agenda_items: tuple[int, ...]
    names: tuple[str, ...]
    organizations: bool = False  # observers for organizations are "heard", States "also spoke"


@dataclass(frozen=True)
class Attending:
    """One attendance category and its names, in UN order for the language."""

    category: str  # meetings.Attendance.Category value
    names: tuple[str, ...]


@dataclass(frozen=True)
class DocumentBefore:
    symbol: str
    type: str  # documents.Document.Type value
    title: str  # "" when the portal has none in this language
    own_title: bool = False  # the document's own title, printed as is; else its agenda item's


@dataclass(frozen=True)
class RecommendationEntry:
    """A recommendation the portal holds for the meeting, in the report's language."""

    number: int
    agenda_item: int | None  # the agenda item it is under; None for a general one
    text: str  # "" when it has none in this language yet


@dataclass(frozen=True)
class MeetingRecord:
    """Everything the routine part of a meeting's report follows from, in one language."""

    language: str
    body_name: str  # "偷运移民问题工作组"
    body_prefix: str  # "CTOC/COP/WG.7": which instrument the lists name
    mandate: tuple[str, ...]  # the paragraphs that open the introduction
    ordinal: int | None
    start: date
    end: date
    venue: str
    format: MeetingFormat
    sittings: int | None
    chair: Person | None
    held_before: tuple[HeldBefore, ...]
    agenda: tuple[AgendaEntry, ...]
    agenda_adopted_on: date | None
    panels: tuple[Panel, ...]
    speakers: tuple[Speakers, ...]
    attendance: tuple[Attending, ...]
    participants_symbol: str
    documents: tuple[DocumentBefore, ...]
    adopted_on: date | None
    recommendations: tuple[RecommendationEntry, ...] = ()

    @property
    def substantive_items(self) -> tuple[AgendaEntry, ...]:
        return tuple(item for item in self.agenda if item.substantive)
