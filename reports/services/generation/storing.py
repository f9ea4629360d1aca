"""Stores a generated report section by section, keeping every paragraph an editor changed.

A paragraph still equal to what the generator last wrote there (`ReportSection.generated_text`)
is rewritten, any other is kept. A section of the draft imported from the secretariat's file
keeps its words; one it left empty ("一般性建议" with no recommendation yet) is filled, and the
generator adds only the parts the draft lacks, placed after the section of the part before
them. The paragraphs are then numbered on through the report again.

A report is generated in every language the writer has wording for, at once: the sections of all
of them are read in one statement and written in a few (new ones, changed ones with their history
rows, open items), so six languages cost the queries of one.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from documents.models import Document
from documents.parsing.report_sections import ReportPart
from meetings.models import AgendaItem, Meeting
from reports.models import DraftReport, ReportEvent, ReportSection
from reports.writing import Block, join_paragraphs, renumbered, split_paragraphs, write_report
from reports.writing.phrases import PHRASES
from wgportal.languages import LANGUAGE_CODES

from ..sections import refresh_open_items_of, refuse_if_final
from .matching import is_generated, match_sections, part_roles
from .merging import merge
from .record import meeting_record
from .rows import meeting_rows


def written_languages() -> tuple[str, ...]:
    """Every language the writer has wording for (`reports.writing.phrases.PHRASES`), in UN
    order."""
    return tuple(code for code in LANGUAGE_CODES if code in PHRASES)


def report_languages(report: DraftReport) -> list[str]:
    """The languages `report` has sections in, in the UN's order."""
    held = set(report.sections.values_list("language", flat=True).distinct())
    return [code for code in LANGUAGE_CODES if code in held]


LANGUAGES = written_languages()  # as the phrase modules stand at start-up
# What a regeneration may change in a section it saves (`updated_at` too: a bulk update does
# not set it).
SAVED_FIELDS = [
    "text", "generated_text", "regenerated", "origin", "version", "updated_by", "order", "number",
    "heading", "updated_at",
]  # fmt: skip


@dataclass
class Generation:
    """What generating a report did: per section pk, the paragraph numbers rewritten and kept."""

    report: DraftReport
    created: bool
    rewritten: dict[int, list[int]] = field(default_factory=dict)
    kept: dict[int, list[int]] = field(default_factory=dict)
    # Edited paragraphs kept although the facts they were generated from changed since: the
    # editor should compare them with what the generator would now write.
    outdated: dict[int, list[int]] = field(default_factory=dict)

    @property
    def rewritten_count(self) -> int:
        return sum(len(numbers) for numbers in self.rewritten.values())

    @property
    def kept_count(self) -> int:
        return sum(len(numbers) for numbers in self.kept.values())

    def note(self, section: ReportSection, merged: "Merged") -> None:
        """Remember what the regeneration did to `section` (saved, so it has its pk)."""
        if merged.rewritten:
            self.rewritten[section.pk] = merged.rewritten
        if merged.kept:
            self.kept[section.pk] = merged.kept
        if merged.outdated:
            self.outdated[section.pk] = merged.outdated


@transaction.atomic
def generate_report(
    *,
    meeting: Meeting,
    user=None,
    languages: Sequence[str] | None = None,
    adopted_on: datetime.date | None = None,
) -> Generation:
    """Write the meeting's draft report, or regenerate it keeping what editors changed, in
    `languages`: by default a new report in every language the writer has wording for, and a
    report regenerated in the languages it is written in (an editor adds one by naming it).

    `adopted_on`, when given, is the date set for the report's adoption: chapter V states it;
    without one, the date set before, else the meeting's last day.
    """
    report = DraftReport.objects.select_for_update().filter(meeting=meeting).first()
    if report is not None:
        refuse_if_final(report)
    created = report is None
    if report is None:
        document = Document.objects.filter(
            meeting=meeting, type=Document.Type.DRAFT_REPORT, draft_report=None
        ).first() or Document.objects.create(
            type=Document.Type.DRAFT_REPORT,
            distribution=Document.Distribution.LIMITED,
            body=meeting.body,
            meeting=meeting,
            published=False,
        )
        report = DraftReport.objects.create(document=document, meeting=meeting)
    adopted_on = adopted_on or report.adoption_date
    if report.adopted_on != adopted_on:
        report.adopted_on = adopted_on
        report.save(update_fields=["adopted_on", "updated_at"])
    generation = Generation(report=report, created=created)
    rows = meeting_rows(meeting)
    written = {
        language: write_report(meeting_record(meeting, language, rows))
        for language in dict.fromkeys(
            languages or (not created and report_languages(report)) or written_languages()
        )
    }
    store_generated(report, written, rows.items, generation, user)
    ReportEvent.objects.create(
        report=report,
        action=ReportEvent.Action.GENERATED if created else ReportEvent.Action.REGENERATED,
        status=report.status,
        user=user,
        note=f"{generation.rewritten_count} paragraphs written, {generation.kept_count} kept",
    )
    return generation


Planned = tuple[ReportSection, list[Block], list[Block] | None]  # None: kept as it is


def current_sections(report: DraftReport, languages: Sequence[str]) -> dict[str, list]:
    """The report's sections in each of `languages`, in order, locked: one statement for all."""
    current: dict[str, list[ReportSection]] = {language: [] for language in languages}
    for section in (
        ReportSection.objects.select_for_update()
        .filter(report=report, language__in=list(languages))
        .order_by("language", "order", "pk")
    ):
        current[section.language].append(section)
    return current


def planned_sections(
    report: DraftReport,
    language: str,
    parts: Sequence[ReportPart],
    items: Sequence[AgendaItem],
    current: list[ReportSection],
) -> list[Planned]:
    """The report's sections in `language` (`current`, as stored) in their new order, each with
    the paragraphs the generator writes there now and those it wrote last time."""
    substantive = [item.number for item in items if item.substantive and not item.letter]
    matching = match_sections(parts, part_roles(parts, substantive), current, items)
    drafted = {
        matching.chapter_of[s.pk]
        for s in current
        if s.kind == ReportSection.Kind.SECTION and not is_generated(s)
    }
    matched = {section.pk for section in matching.sections.values()}
    keys = {section.key for section in current}
    ordered = staying(current, matched)
    # By id() of the section, for the new ones too.
    planned: dict[int, Planned] = {
        id(section): (section, split_paragraphs(section.text), None) for section in ordered
    }
    after: ReportSection | None = None
    for part in parts:
        if part.key in matching.covered:
            continue
        new_blocks = split_paragraphs(part.text)
        section = matching.sections.get(part.key)
        if section is None:
            if not new_blocks and part.key.partition("-")[0] in drafted:
                # An empty heading in a chapter the secretariat laid out itself (004 gathers
                # every item's recommendations in one section) would stand beside its own.
                continue
            section = ReportSection(
                report=report, language=language, key=free_key(part.key, keys), kind=part.kind,
                number=part.number, heading=part.heading, version=0, text="", generated_text="",
            )  # fmt: skip
            keys.add(section.key)
            at = ordered.index(after) + 1 if after is not None else 0
            ordered.insert(at, section)
            planned[id(section)] = (section, new_blocks, [])
        elif not is_generated(section):
            if not section.text.strip() and new_blocks:
                planned[id(section)] = (section, new_blocks, [])  # the draft left it empty
        else:
            if section.kind == "chapter" or matching.chapter_of[section.pk] not in drafted:
                # Letters and titles follow the agenda, except in a chapter the secretariat's
                # file laid out, whose letters the generator does not know.
                section.number, section.heading = part.number, part.heading
            planned[id(section)] = (section, new_blocks, split_paragraphs(section.generated_text))
        after = section
    return [planned[id(section)] for section in ordered]


def staying(current: list[ReportSection], matched: set[int]) -> list[ReportSection]:
    """The report's sections that stay, in order; a part the generator no longer writes, which
    nobody touched, is deleted."""
    ordered = []
    for section in current:
        untouched = section.origin == ReportSection.Origin.GENERATED and (
            section.text == section.generated_text
        )
        if untouched and section.pk not in matched:
            section.delete()
            continue
        ordered.append(section)
    return ordered


def free_key(key: str, taken: set[str]) -> str:
    """The part's key, or with "-2", "-3" when a section of the draft holds it already."""
    candidate, suffix = key, 2
    while candidate in taken:
        candidate, suffix = f"{key}-{suffix}", suffix + 1
    return candidate


def store_generated(
    report: DraftReport,
    written: dict[str, Sequence[ReportPart]],
    items: Sequence[AgendaItem],
    generation: Generation,
    user,
) -> None:
    """Store the parts written in each language: every language's sections are read, created,
    saved and flagged together, so the queries do not grow with the languages."""
    current = current_sections(report, list(written))
    # As stored: `planned_sections` gives a section its new letter and title in place.
    stored = {s.pk: (s.number, s.heading) for sections in current.values() for s in sections}
    writes = Writes()
    for language, parts in written.items():
        ordered = planned_sections(report, language, parts, items, current[language])
        writes.plan(ordered, stored, user)
    # A new report writes some thirty sections a language: in one statement, with their history
    # rows; the changed ones likewise. The ReportEvent saved after them tells the page cache.
    bulk_create_with_history(writes.created, ReportSection, default_user=user)
    if writes.saved:
        bulk_update_with_history(
            writes.saved, ReportSection, fields=SAVED_FIELDS, default_user=user
        )
    if writes.flagged:
        # Not a new version of the text: no history row, no conflict for an open editor.
        ReportSection.objects.bulk_update(writes.flagged, ["regenerated"])
    refresh_open_items_of(sections=[*writes.created, *writes.saved])
    for section, merged in writes.outcome:
        generation.note(section, merged)


@dataclass
class Writes:
    """What storing a generation writes, gathered over its languages before any is written."""

    created: list[ReportSection] = field(default_factory=list)
    saved: list[ReportSection] = field(default_factory=list)
    flagged: list[ReportSection] = field(default_factory=list)  # only `regenerated` changes
    outcome: list[tuple[ReportSection, "Merged"]] = field(default_factory=list)

    def plan(self, ordered: list[Planned], stored: dict[int, tuple[str, str]], user) -> None:
        """The sections of one language, in their new order, merged and numbered on."""
        next_number = 1
        now = timezone.now()
        for order, (section, blocks, old_generated) in enumerate(ordered, start=1):
            merged = merged_section(section, blocks, old_generated, next_number)
            regenerating = old_generated is not None
            changed = (
                section.pk is None
                or merged.text != section.text
                or section.order != order
                or (regenerating and merged.generated_text != section.generated_text)
                or stored.get(section.pk) != (section.number, section.heading)
            )
            section.order = order
            # The badge says what the last regeneration rewrote: nothing on a new section, and
            # nothing left over from an earlier run on a section this one did not touch.
            regenerated = merged.rewritten if section.pk and regenerating else []
            if changed:
                section.text = merged.text
                if regenerating:
                    section.generated_text = merged.generated_text
                    section.regenerated = regenerated
                    section.origin = (
                        ReportSection.Origin.EDITED
                        if merged.edited
                        else ReportSection.Origin.GENERATED
                    )
                section.version += 1
                section.updated_by = user
                section.updated_at = now
                (self.created if section.pk is None else self.saved).append(section)
            elif regenerating and section.regenerated != regenerated:
                section.regenerated = regenerated
                self.flagged.append(section)
            self.outcome.append((section, merged))
            next_number = merged.next_number


@dataclass(frozen=True)
class Merged:
    """A section's text as the regeneration leaves it, and the numbers of its paragraphs the
    generator rewrote, those it kept (an editor's) and those kept though their facts changed."""

    text: str
    generated_text: str
    rewritten: list[int]
    kept: list[int]
    outdated: list[int]
    edited: bool  # an editor's paragraph stays in it
    next_number: int  # the number of the report's next paragraph


def merged_section(
    section: ReportSection, blocks: list[Block], old_generated: list[Block] | None, number: int
) -> Merged:
    """Merge what the generator writes now into the section, its paragraphs numbered on from
    `number`; `old_generated` None keeps the section as it is."""
    outdated: list[int] = []
    if old_generated is None:
        merged, rewritten, kept = split_paragraphs(section.text), [], []
    elif section.pk is None:
        merged, rewritten, kept = list(blocks), list(range(len(blocks))), []
    else:
        merged, rewritten, kept, outdated = merge(
            split_paragraphs(section.text), old_generated, blocks
        )
    merged, next_number = renumbered(merged, number)
    generated, _ = renumbered(list(blocks), number)

    def numbers(positions: list[int]) -> list[int]:
        return [merged[i].number for i in positions if merged[i].number]

    return Merged(
        text=join_paragraphs(merged),
        generated_text=join_paragraphs(generated) if old_generated is not None else "",
        rewritten=numbers(rewritten),
        kept=(
            [block.number for block in merged if block.number]
            if old_generated is None
            else numbers(kept)
        ),
        outdated=numbers(outdated),
        edited=bool(kept),
        next_number=next_number,
    )
