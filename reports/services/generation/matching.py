"""Which section of a report each generated part is: the draft's own, matched by its role.

A draft imported from the secretariat's file (seeds 000, 004) has chapters and sections of its
own, lettered as it pleases: 000 puts the general recommendations first (II.A) and the agenda
items' after them, 004 gathers every item's recommendations in one section ("A. 关于特定议题的
建议", with a `###` heading per item), and 000 summarizes both of its items in the paragraphs of
chapter III itself. A key by letter (`recommendations-a`) says nothing of what a section is
about, so a generated part is matched by its role: a chapter or a section of chapter IV by its
key (the reading names those by their titles), a section of chapter II or III by the agenda
item it is about (the item's title in its heading or its `###` headings, or the item's number
named in its paragraphs, "议程项目 2") or as the general recommendations; and by numbering where
the words differ: a chapter outside the pattern's titles by its number (三, III: the summary),
a section by the chapter it stands in, recommendations by the numbers they print ("建议 3").
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from documents.parsing.report_sections import ReportPart
from meetings.models import AgendaItem
from reports.models import ReportSection
from reports.writing.phrases import PHRASES
from wgportal.languages import LANGUAGE_CODES as LANGUAGES

from ..checks import item_numbers, recommendation_labels

# A role: a part's key, or (chapter, agenda item number) in chapters II and III, with None for
# the general recommendations.
Role = str | tuple[str, int | None]
BY_ITEM = ("recommendations", "summary")
GENERAL = tuple(phrases.general_recommendations.casefold() for phrases in PHRASES.values())
# The pattern's chapters by the number the drafts print them under, Chinese or Roman.
CHAPTER_NUMBERS = dict(
    zip(
        ("introduction", "recommendations", "summary", "organization", "adoption"),
        zip("一二三四五", ("I", "II", "III", "IV", "V"), strict=True),
        strict=True,
    )
)
NOT_IN_A_TITLE = re.compile(r"[\s。.，,：:；;“”\"'‘’「」《》()（）]+")


@dataclass
class Matching:
    """Per generated part's key, the report's section it is; the parts the draft has otherwise;
    per section's pk, the chapter of the pattern it stands in."""

    sections: dict[str, ReportSection] = field(default_factory=dict)
    covered: set[str] = field(default_factory=set)
    chapter_of: dict[int, str] = field(default_factory=dict)


def is_generated(section: ReportSection) -> bool:
    """Whether the generator wrote the section (an editor may have changed it since)."""
    return bool(section.generated_text) or section.origin == ReportSection.Origin.GENERATED


def part_roles(parts: Sequence[ReportPart], substantive: Sequence[int]) -> dict[str, Role]:
    """The role of each part the writer wrote: its sections of chapters II and III follow the
    substantive items in order, chapter II's last one being the general recommendations."""
    roles: dict[str, Role] = {}
    for part in parts:
        chapter, _dash, letter = part.key.partition("-")
        if part.kind == "section" and chapter in BY_ITEM and len(letter) == 1:
            index = ord(letter) - ord("a")
            roles[part.key] = (chapter, substantive[index] if index < len(substantive) else None)
        else:
            roles[part.key] = part.key
    return roles


def chapters_of(current: Sequence[ReportSection]) -> dict[int, str]:
    """The pattern's chapter each section stands in, by the report's order: a chapter titled
    outside the pattern ("chapter-3") is the pattern's by its number when the report lacks it."""
    keys = {section.key for section in current if section.kind == ReportSection.Kind.CHAPTER}
    chapter, chapters = "", {}
    for section in current:
        if section.kind == ReportSection.Kind.CHAPTER:
            chapter = section.key
            by_number = next(
                (role for role, numbers in CHAPTER_NUMBERS.items() if section.number in numbers),
                None,
            )
            if section.key not in CHAPTER_NUMBERS and by_number and by_number not in keys:
                chapter = by_number
        chapters[section.pk] = chapter
    return chapters


def section_roles(section: ReportSection, chapter: str, items: Sequence[AgendaItem]) -> set[Role]:
    """What a stored section is about, read from its heading and text, not from its letter."""
    if section.kind == ReportSection.Kind.CHAPTER:
        roles: set[Role] = {chapter}
        if chapter == "summary" and not is_generated(section):
            roles |= {("summary", number) for number in named_items(section.text, items)}
        return roles
    if chapter == "recommendations":
        if section.heading.strip().casefold().startswith(GENERAL):
            return {("recommendations", None)}
        printed = {("recommendation", number) for number in recommendation_labels(section.text)}
        return printed | {("recommendations", n) for n in titled_items(section, items)}
    if chapter == "summary":
        numbers = titled_items(section, items) or named_items(section.text, items)
        return {("summary", number) for number in numbers}
    return {section.key}


def titled_items(section: ReportSection, items: Sequence[AgendaItem]) -> set[int]:
    """The substantive items whose title, in any language, a heading of the section holds."""
    headings = [section.heading] + [
        line.lstrip("#") for line in section.text.splitlines() if line.startswith("#")
    ]
    printed = [comparable(heading) for heading in headings]
    return {
        item.number
        for item in items
        if item.substantive
        and not item.letter
        and any(
            title and title in heading
            for title in (comparable(getattr(item, f"title_{code}")) for code in LANGUAGES)
            for heading in printed
        )
    }


def named_items(text: str, items: Sequence[AgendaItem]) -> set[int]:
    substantive = {item.number for item in items if item.substantive and not item.letter}
    return item_numbers(text) & substantive


def comparable(text: str) -> str:
    """A title as headings print it in many ways: "“…”的有关建议", "Recommendations on …"."""
    return NOT_IN_A_TITLE.sub("", text).casefold()


def match_sections(
    parts: Sequence[ReportPart],
    roles: dict[str, Role],
    current: Sequence[ReportSection],
    items: Sequence[AgendaItem],
) -> Matching:
    """Each part's section: the draft's one printing its recommendations already (whatever
    heading the draft gave them), else the one with its role, else a generated one with its key
    (a title the report lacks in its language is a placeholder, which names no item). A part
    whose role or recommendations another section holds already (004's one section for every
    item) is covered: it adds nothing."""
    matching = Matching(chapter_of=chapters_of(current))
    held = {
        section.pk: section_roles(section, matching.chapter_of[section.pk], items)
        for section in current
    }
    covered = set().union(*held.values()) if held else set()
    claimed: set[int] = set()
    for part in parts:
        role = roles[part.key]
        printed = {("recommendation", n) for n in recommendation_labels(part.text)}
        # Recommendations the secretariat's file prints already, under whatever heading.
        printing = next(
            (s for s in current if printed and printed <= held[s.pk] and not is_generated(s)),
            None,
        )
        if printing is not None and printing.pk in claimed:
            matching.covered.add(part.key)
            continue
        free = [s for s in current if s.pk not in claimed]
        section = (
            printing
            or next((s for s in free if role in held[s.pk]), None)
            or next(
                (s for s in free if s.key == part.key and is_generated(s) and not held[s.pk]),
                None,
            )
        )
        if section is not None:
            matching.sections[part.key] = section
            claimed.add(section.pk)
        elif role in covered:
            matching.covered.add(part.key)
    return matching
