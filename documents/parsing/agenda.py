"""The agenda a report says the meeting adopted: numbered items with lettered sub-items.

The structure parser already keeps the quoted agenda inside its paragraph (seed `004` ¶12
`工作组在 2017 年 9 月 11 日的第一次会议上以协商一致方式通过了以下议程：`): each `1.` is a
sub-paragraph of the paragraph, each `(a)` a sub-paragraph of its item.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .dates import read_dates
from .numerals import chinese_number, ordinal_word
from .results import Paragraph

__all__ = ["Agenda", "AgendaItem", "AgendaSubItem", "read_agenda", "read_sitting"]

ADOPTED_AGENDA = re.compile(
    r"通过了(?:以下|下列|如下)议程|adopted the following agenda"
    r"|adopté (?:par consensus )?l['’]ordre du jour suivant"
    r"|aprobó (?:por consenso )?el (?:siguiente programa|programa siguiente)",
    re.I,
)
# "Рабочая группа утвердила путем консенсуса следующую повестку дня:", "أقر الفريق العامل بتوافق
# الآراء جدول الأعمال التالي:".
ADOPTED_AGENDA_RU_AR = re.compile(
    r"(?:утвердил|принял)\w*[^:]*?следующую повестку дня|(?:أقر|اعتمد)[^:]*?جدول الأعمال التالي",
    re.I,
)
# "На своем первом заседании", "وفي الجلسة الأولى".
SITTING_RU_AR = re.compile(r"\b(\w+)\s+заседани\w*|الجلسة\s+([^\s،,]+)", re.I)
# Arabic items end with the Arabic semicolon and comma: "(أ) افتتاح الاجتماع؛".
TITLE_END_AR = re.compile(r"[\s؛،:.]+$")
ITEM_LABEL = re.compile(r"(\d{1,2})[.．]")
SUB_ITEM_LABEL = re.compile(r"[(（]([a-z]{1,2})[)）]")
# "第一场会议" (000 ¶19), "第一次会议" (004 ¶12), "At its 1st meeting" / "first meeting",
# "À sa première séance", "En su primera sesión".
SITTING_ZH = re.compile(r"第\s*([一二三四五六七八九十\d]+)\s*(?:场|次)会议")
SITTING_EN = re.compile(r"\b([\w-]+)\s+(?:meeting|sitting|séance|sesión)\b", re.I)
# Items end like the sentences they are ("组织事项：", "会议开幕；", "通过报告。"); English
# lists may end an item with "; and".
TITLE_END = re.compile(r"(?:[；;]\s*and)?[\s：:；;。．.，,]*$")


@dataclass(frozen=True)
class AgendaSubItem:
    label: str  # "a"
    title: str  # "会议开幕"


@dataclass(frozen=True)
class AgendaItem:
    number: str  # "1"
    title: str  # "组织事项"
    sub_items: tuple[AgendaSubItem, ...] = ()


@dataclass(frozen=True)
class Agenda:
    """The agenda as adopted, with when and at which sitting."""

    items: tuple[AgendaItem, ...]
    adopted_on: date | None
    sitting: int | None  # the sitting that adopted it: "第一场会议" -> 1
    paragraph_number: int | None


def read_agenda(paragraphs: Sequence[Paragraph], candidates: Sequence[int]) -> Agenda | None:
    """The adopted agenda quoted in one of `candidates` (indexes into `paragraphs`)."""
    for index in candidates:
        paragraph = paragraphs[index]
        if not (
            ADOPTED_AGENDA.search(paragraph.text) or ADOPTED_AGENDA_RU_AR.search(paragraph.text)
        ):
            continue
        items = _items(paragraphs, index)
        if not items:
            continue
        dates = read_dates(paragraph.text)
        return Agenda(
            items=items,
            adopted_on=dates[0] if dates else None,
            sitting=read_sitting(paragraph.text),
            paragraph_number=paragraph.number,
        )
    return None


def read_sitting(text: str) -> int | None:
    """The ordinal of the sitting `text` speaks of: "在 2020 年 9 月 8 日第一场会议上" -> 1."""
    if match := SITTING_ZH.search(text):
        return chinese_number(match[1])
    for match in SITTING_EN.finditer(text):
        if (number := ordinal_word(match[1])) is not None:
            return number
    for match in SITTING_RU_AR.finditer(text):
        if (number := ordinal_word(match[1] or match[2])) is not None:
            return number
    return None


def title_of(text: str) -> str:
    return TITLE_END_AR.sub("", TITLE_END.sub("", text.strip()))


def _items(paragraphs: Sequence[Paragraph], index: int) -> tuple[AgendaItem, ...]:
    items: list[AgendaItem] = []
    for child_index, child in _children(paragraphs, index):
        if match := ITEM_LABEL.fullmatch(child.label):
            sub_items = tuple(
                AgendaSubItem(sub_match[1], title_of(sub.text))
                for _, sub in _children(paragraphs, child_index)
                if (sub_match := SUB_ITEM_LABEL.fullmatch(sub.label))
            )
            items.append(AgendaItem(match[1], title_of(child.text), sub_items))
        elif (sub_match := SUB_ITEM_LABEL.fullmatch(child.label)) and items:
            # A lettered line the structure parser could not hang under its item stays with
            # the item printed above it.
            last = items[-1]
            sub_item = AgendaSubItem(sub_match[1], title_of(child.text))
            items[-1] = AgendaItem(last.number, last.title, (*last.sub_items, sub_item))
    return tuple(items)


def _children(paragraphs: Sequence[Paragraph], index: int) -> list[tuple[int, Paragraph]]:
    return [(i, p) for i, p in enumerate(paragraphs) if p.parent == index]
