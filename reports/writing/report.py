"""Writes the routine part of a meeting's report from its record: `write_report`.

The chapters are those of DESIGN.md (Draft report): I. Introduction (the mandate, then the
meetings held before with their dates), II. Recommendations (the lead-in, a section per
substantive agenda item and one for general recommendations, with the recommendations the
portal holds for the meeting, numbered as they are), III. Summary of deliberations (a section
per substantive agenda item, starting from its panellists and speakers), IV. Organization of
the meeting (A. opening, B. statements, C. the adopted agenda, D. attendance, E. documentation),
V. Adoption of the report. Paragraphs are numbered on through the whole report. A fact the
portal lacks is printed as the placeholder [……], never guessed.
"""

import string

from documents.parsing.report_sections import ReportPart

from .phrases import PLACEHOLDER, phrases_for
from .record import MeetingRecord

# A document listed under IV.E is one placed before the meeting: not its report or its list of
# participants, which has a paragraph of its own in IV.D.
NOT_BEFORE_THE_MEETING = {"draft_report", "report", "list_of_participants"}


def write_report(record: MeetingRecord) -> tuple[ReportPart, ...]:
    """The generated chapters and sections of the report, in order, paragraphs numbered."""
    say = phrases_for(record.language, record.body_prefix)
    return numbered_through(
        [
            introduction(record, say),
            *recommendations(record, say),
            *summary(record, say),
            *organization(record, say),
            # V. Adoption of the report.
            chapter(say, "adoption", [numbered(say.report_adopted(record.adopted_on))]),
        ]
    )


def chapter(say, key: str, paragraphs: list[str]) -> ReportPart:
    number, heading = say.chapters[key]
    return ReportPart(key, "chapter", number, heading, "\n".join(paragraphs))


def section(key: str, letter: str, heading: str, paragraphs: list[str]) -> ReportPart:
    return ReportPart(key, "section", letter, heading, "\n".join(paragraphs))


def introduction(record: MeetingRecord, say) -> ReportPart:
    """I. Introduction: the mandate, the meetings held before closing its first paragraph."""
    mandate = list(record.mandate) or [PLACEHOLDER]
    if record.held_before:
        mandate[0] = f"{mandate[0]}{'' if say.language == 'zh' else ' '}" + say.held_before(
            record.held_before
        )
    return chapter(say, "introduction", [numbered(text) for text in mandate])


def recommendations(record: MeetingRecord, say) -> list[ReportPart]:
    """II. Recommendations: a section per substantive item, then general ones.

    The recommendations the portal holds go under their item (one under no substantive item is
    a general one), numbered as they are; the rest is the meeting's to negotiate.
    """
    dates = say.dates(record.start, record.end)
    lead = say.recommendations_lead(record.body_name, dates, record.venue or PLACEHOLDER)
    parts = [chapter(say, "recommendations", [numbered(lead)])]
    substantive = record.substantive_items
    under = {item.number for item in substantive}
    letters = iter(string.ascii_uppercase)
    for item in (*substantive, None):
        letter = next(letters)
        heading = say.recommendations_heading(item.title) if item else say.general_recommendations
        number = item.number if item else None
        listed = [
            numbered(say.recommendation(entry.number, entry.text or PLACEHOLDER))
            for entry in record.recommendations
            if (entry.agenda_item if entry.agenda_item in under else None) == number
        ]
        parts.append(section(f"recommendations-{letter.lower()}", letter, heading, listed))
    return parts


def summary(record: MeetingRecord, say) -> list[ReportPart]:
    """III. Summary of deliberations: what the portal knows of each item's discussion."""
    parts = [chapter(say, "summary", [numbered(say.chair_summary)])]
    panels = {number: panel for panel in record.panels for number in panel.agenda_items}
    letters = iter(string.ascii_uppercase)
    for item in record.substantive_items:
        paragraphs = [numbered(say.item_considered(item.number, item.title))]
        if (panel := panels.get(item.number)) is not None:
            paragraphs.append(numbered(say.panel_introduced(item.number, panel.panellists)))
        spoke = tuple(
            name
            for speakers in record.speakers
            if item.number in speakers.agenda_items and speakers.capacity != "secretariat"
            for name in speakers.names
        )
        if spoke:
            paragraphs.append(numbered(say.discussion_speakers(tuple(dict.fromkeys(spoke)))))
        paragraphs.append(numbered(PLACEHOLDER))  # the deliberations, written by the editors
        letter = next(letters)
        parts.append(section(f"summary-{letter.lower()}", letter, item.title, paragraphs))
    return parts


def organization(record: MeetingRecord, say) -> list[ReportPart]:
    """IV. Organization of the meeting: opening, statements, agenda, attendance, documentation."""
    dates = say.dates(record.start, record.end)
    opening = [
        numbered(
            say.meeting_held(
                record.body_name, record.ordinal, dates, record.venue, record.sittings,
                record.format,
            )
        ),
        numbered(say.opened_by(record.chair)),
    ]  # fmt: skip
    agenda = [numbered(say.agenda_adopted(record.agenda_adopted_on))]
    agenda += say.agenda_lines(record.agenda) if record.agenda else [PLACEHOLDER]
    attendance = [
        numbered(say.attended(listed.category, listed.names))
        for listed in record.attendance
        if listed.names
    ]
    attendance.append(numbered(say.participants(record.participants_symbol)))
    return [
        chapter(say, "organization", []),
        section("organization-opening", "A", say.sections["opening"], opening),
        section(
            "organization-statements", "B", say.sections["statements"], statements(record, say)
        ),
        section("organization-agenda", "C", say.sections["agenda"], agenda),
        section("organization-attendance", "D", say.sections["attendance"], attendance),
        section(
            "organization-documentation", "E", say.sections["documentation"], documents(record, say)
        ),
    ]


def statements(record: MeetingRecord, say) -> list[str]:
    paragraphs = [
        numbered(say.secretariat_spoke(speakers.agenda_items))
        for speakers in record.speakers
        if speakers.capacity == "secretariat" and speakers.agenda_items
    ]
    paragraphs += [numbered(say.panel_led(p.agenda_items, p.panellists)) for p in record.panels]
    paragraphs += [
        numbered(say.spoke(speakers))
        for speakers in record.speakers
        if speakers.capacity != "secretariat" and speakers.names
    ]
    return paragraphs or [numbered(PLACEHOLDER)]


def documents(record: MeetingRecord, say) -> list[str]:
    before = [d for d in record.documents if d.type not in NOT_BEFORE_THE_MEETING]
    if not before:
        return [numbered(say.documents_lead), PLACEHOLDER]
    lines = [numbered(say.documents_lead)]
    for position, document in enumerate(before):
        label = string.ascii_lowercase[position % 26] * (position // 26 + 1)
        lines.append(say.document_line(document, label, last=position == len(before) - 1))
    return lines


def numbered(text: str) -> str:
    """A paragraph to be numbered: numbers are given once the whole report is written."""
    return f"0. {text}"


def numbered_through(parts: list[ReportPart]) -> tuple[ReportPart, ...]:
    """Number the paragraphs on through the whole report, as the seeds print them."""
    result = []
    next_number = 1
    for part in parts:
        lines = []
        for line in part.text.split("\n") if part.text else []:
            if line.startswith("0. "):
                line = f"{next_number}. {line[3:]}"
                next_number += 1
            lines.append(line)
        result.append(ReportPart(part.key, part.kind, part.number, part.heading, "\n".join(lines)))
    return tuple(result)
