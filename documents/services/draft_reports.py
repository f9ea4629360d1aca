"""Keeps an imported draft report as the report being drafted: its sections and open items.

A draft report file (seeds 000 and 004) becomes the DraftReport of its meeting, with one
ReportSection per chapter and section in the file's language, so editors go on from the
secretariat's text. A revised file replaces that language's sections: a changed text is a new
version (an editor who opened the old one cannot save over it) and history keeps the old one.
"""

from documents.models import Document, DraftReport, ReportSection
from documents.parsing.report_sections import ReportPart
from documents.parsing.reports import ReportFacts

from .reports import refresh_open_items


def store_draft_report(
    *, document: Document, parts: tuple[ReportPart, ...], facts: ReportFacts, language: str
) -> dict[str, int]:
    """Write the draft's sections (`parts`, as the reading cut them) in `language` and their
    open items; return counts."""
    report, _created = DraftReport.objects.get_or_create(
        document=document, defaults={"meeting": document.meeting}
    )
    if facts.adopted_on and report.adopted_on != facts.adopted_on:
        report.adopted_on = facts.adopted_on
        report.save(update_fields=["adopted_on", "updated_at"])
    current = {section.key: section for section in report.sections.filter(language=language)}
    open_items = 0
    for order, part in enumerate(parts, start=1):
        values = {
            "kind": part.kind,
            "number": part.number,
            "heading": part.heading,
            "order": order,
            "text": part.text,
        }
        section = current.pop(part.key, None)
        if section is not None and all(getattr(section, k) == v for k, v in values.items()):
            open_items += section.open_items.count()  # the same text: not even a history row
            continue
        if section is None:
            section = ReportSection(report=report, language=language, key=part.key, version=0)
        for name, value in values.items():
            setattr(section, name, value)
        section.origin = ReportSection.Origin.IMPORTED
        section.updated_by = None
        section.version += 1
        section.save()
        open_items += len(refresh_open_items(section=section))
    for gone in current.values():
        gone.delete()
    count = report.sections.filter(language=language).count()
    return {"report_sections": count, "open_items": open_items}
