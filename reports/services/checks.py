"""Consistency checks of a draft report: what an editor must look at besides its open items.

Each check reads the report's sections and the meeting's rows: an entity listed in two
attendance categories (seed 000 lists Colombia as a party and as a non-signatory), a
substantive agenda item with no summary of its deliberations, paragraph numbers repeated, out of
order or skipped, gaps or repeats in the numbers of the recommendations, a document cited that
the portal does not know.
"""

import re
from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext as _

from documents.models import Document
from documents.parsing.open_items import find_open_items
from documents.parsing.recommendations import LABEL
from documents.parsing.references import find_references
from documents.parsing.roles import AGENDA_ITEMS
from reports.models import DraftReport, ReportSection
from reports.writing import PLACEHOLDER, split_paragraphs
from reports.writing.paragraphs import NUMBERED


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    section: ReportSection | None = None
    paragraph_number: int | None = None


def report_checks(*, report: DraftReport, language: str) -> list[Problem]:
    """Every consistency problem of the report in `language`, in the order of the report."""
    sections = list(report.sections.filter(language=language).order_by("order"))
    return [
        *attendance_twice(report, sections),
        *unsettled_headings(sections),
        *items_without_summary(report, sections, language),
        *paragraph_numbering(sections),
        *recommendation_numbering(sections),
        *unknown_documents(sections),
    ]


def attendance_twice(report: DraftReport, sections: list[ReportSection]) -> list[Problem]:
    twice = (
        report.meeting.attendance.values("entity")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("entity", flat=True)
    )
    rows = report.meeting.attendance.filter(entity__in=twice).select_related("entity")
    categories: dict[object, list[str]] = {}
    for row in rows.order_by("entity__sort_en", "category"):
        categories.setdefault(row.entity, []).append(row.get_category_display())
    where = next((s for s in sections if s.key == "organization-attendance"), None)
    return [
        Problem(
            "attendance-twice",
            _("%(entity)s is listed in two attendance categories: %(categories)s.")
            % {"entity": entity, "categories": ", ".join(listed)},
            where,
        )
        for entity, listed in categories.items()
    ]


def unsettled_headings(sections: list[ReportSection]) -> list[Problem]:
    """A heading holding a placeholder: the generator titles a section by its agenda item, and
    an item the portal has no title for in the report's language is titled "[……]" (the
    open-items panel reads the sections' text, not their headings)."""
    return [
        Problem(
            "heading-open",
            _(
                "The heading “%(heading)s” is not settled: the agenda item has no title in this "
                "language yet."
            )
            % {"heading": section.heading},
            section,
        )
        for section in sections
        if find_open_items(section.heading)
    ]


def items_without_summary(
    report: DraftReport, sections: list[ReportSection], language: str
) -> list[Problem]:
    summary = [s for s in sections if s.key == "summary" or s.key.startswith("summary-")]
    problems = []
    for item in report.meeting.agenda_items.filter(substantive=True, letter=""):
        title = item.title_in(language).rstrip("。. ")
        if not any(summarizes(section, item.number, title) for section in summary):
            problems.append(
                Problem(
                    "no-summary",
                    _("Agenda item %(number)s has no summary of its deliberations yet.")
                    % {"number": item.number},
                    next((s for s in summary if s.heading.rstrip("。. ") == title), None),
                )
            )
    return problems


def summarizes(section: ReportSection, number: int, title: str) -> bool:
    """Whether the section holds a paragraph on the item that an editor or the secretariat wrote.

    Its heading names the item, or its paragraphs do ("审议了…议程项目 2"); the generator's
    starting text and a bare placeholder are not a summary.
    """
    generated = {block.body for block in split_paragraphs(section.generated_text)}
    written = [
        block
        for block in split_paragraphs(section.text)
        if block.body.strip() not in ("", PLACEHOLDER) and block.body not in generated
    ]
    if section.heading.rstrip("。. ") == title:
        return bool(written)
    mentioned = any(number in item_numbers(block.body) for block in split_paragraphs(section.text))
    return mentioned and bool(written)


def item_numbers(text: str) -> set[int]:
    """The agenda items a paragraph names: "议程项目 2 和 3" -> {2, 3}."""
    return {
        int(n)
        for match in AGENDA_ITEMS.finditer(text)
        for n in re.findall(r"\d+", match[1] or match[2])
    }


def paragraph_numbering(sections: list[ReportSection]) -> list[Problem]:
    """Paragraphs are numbered on through the report (1, 2, 3 …, as versions in every language
    align on them): one numbered twice (11, 12, 12, 14), out of order (11, 13, 12) or after a
    gap is named, with the section it stands in."""
    printed = [(number, section) for section in sections for number in paragraph_numbers(section)]
    present = {number for number, _section in printed}
    problems: list[Problem] = []
    seen: set[int] = set()
    previous: int | None = None
    for number, section in printed:
        values = {"number": number, "previous": previous}
        if number in seen:
            code, message = "paragraph-repeated", _("Paragraph %(number)s is numbered twice.")
        elif previous is not None and number < previous:
            code = "paragraph-out-of-order"
            message = _("Paragraph %(number)s follows paragraph %(previous)s: out of order.")
        elif previous is not None and any(
            missing not in present for missing in range(previous + 1, number)
        ):
            code = "paragraph-gap"
            message = _("Paragraph %(number)s follows paragraph %(previous)s: a number is missing.")
        else:
            code = ""
        if code:
            problems.append(Problem(code, message % values, section, number))
        seen.add(number)
        previous = number
    return problems


def paragraph_numbers(section: ReportSection) -> list[int]:
    """The section's paragraph numbers as printed, in order.

    `split_paragraphs` takes a numbered line that does not go up for a line of the paragraph
    above, as it must for a list that restarts at 1 under a paragraph (the agenda under 000
    ¶19: "1. 组织事项", "2. …"); any other such line is a paragraph numbered wrong.
    """
    numbers: list[int] = []
    for block in split_paragraphs(section.text):
        if block.number is None:
            continue
        numbers.append(block.number)
        listed = 1
        for line in block.lines[1:]:
            if match := NUMBERED.match(line):
                if int(match[1]) == listed:
                    listed += 1
                else:
                    numbers.append(int(match[1]))
    return numbers


def recommendation_labels(text: str) -> list[int]:
    """The numbers of the recommendations a text prints: "#### 建议 3" (seed 004) or a
    paragraph "12. 建议 3：…" (the generator, the demo report)."""
    numbers = []
    for line in text.splitlines():
        labelled = line.lstrip("#").strip() if line.startswith("#") else line
        if not (line.startswith("#") or NUMBERED.match(line)):
            continue
        if match := LABEL.match(NUMBERED.sub(r"\2", labelled)):
            numbers.append(int(match[1]))
    return numbers


def recommendation_numbering(sections: list[ReportSection]) -> list[Problem]:
    numbers = [
        (number, section)
        for section in sections
        if section.key == "recommendations" or section.key.startswith("recommendations-")
        for number in recommendation_labels(section.text)
    ]
    problems = []
    expected = 1
    seen: set[int] = set()
    for number, section in numbers:
        if number in seen:
            problems.append(
                Problem(
                    "recommendation-repeated",
                    _("Recommendation %(number)s is numbered twice.") % {"number": number},
                    section,
                )
            )
        elif number != expected:
            problems.append(
                Problem(
                    "recommendation-gap",
                    _("Recommendation %(number)s follows %(previous)s: the numbering has a gap.")
                    % {"number": number, "previous": expected - 1},
                    section,
                )
            )
        seen.add(number)
        expected = max(expected, number + 1)
    return problems


def unknown_documents(sections: list[ReportSection]) -> list[Problem]:
    cited: dict[str, tuple[ReportSection, int | None]] = {}
    for section in sections:
        for block in split_paragraphs(section.text):
            found, _problems = find_references(block.body)
            for reference in found:
                if reference.kind == "symbol":
                    cited.setdefault(reference.target, (section, block.number))
    known = set(Document.objects.filter(symbol__in=cited).values_list("symbol", flat=True))
    return [
        Problem(
            "unknown-document",
            _("%(symbol)s is cited but the portal has no such document.") % {"symbol": symbol},
            section,
            number,
        )
        for symbol, (section, number) in cited.items()
        if symbol not in known
    ]
