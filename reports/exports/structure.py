"""The report's structure as JSON-ready data: `report_structure`.

For tools that align the language versions or check a draft before adoption: per language, the
sections in order with their paragraphs (numbered as printed) and their open items.
"""

from typing import Any

from reports.models import DraftReport, ReportSection

from .section_text import SectionLine, read_sections


def report_structure(report: DraftReport) -> dict[str, Any]:
    """Symbol, meeting, status and adoption date, and each language's sections.

    The symbol and distribution are the General document's once the report is reissued, with
    its draft's symbol beside them.
    """
    meeting = report.meeting
    issued = report.issued
    sections = report.sections.order_by("language", "order", "pk").prefetch_related("open_items")
    by_language: dict[str, list[ReportSection]] = {}
    for section in sections:
        by_language.setdefault(section.language, []).append(section)
    return {
        "symbol": issued.symbol,
        "distribution": issued.distribution,
        "draft_symbol": report.document.symbol,
        "meeting": {
            "body": meeting.body.symbol_prefix,
            "ordinal": meeting.ordinal,
            "start_date": meeting.start_date.isoformat(),
            "end_date": meeting.end_date.isoformat(),
        },
        "status": report.status,
        "adopted_on": report.adopted_on.isoformat() if report.adopted_on else None,
        "sections": {
            language: [_section(section, lines) for section, lines in read_sections(rows)]
            for language, rows in by_language.items()
        },
    }


def _section(section: ReportSection, lines: list[SectionLine]) -> dict[str, Any]:
    return {
        "key": section.key,
        "kind": section.kind,
        "number": section.number,
        "heading": section.heading,
        "version": section.version,
        "paragraphs": [_paragraph(line) for line in lines],
        "open_items": [
            {"kind": item.kind, "text": item.text, "paragraph_number": item.paragraph_number}
            for item in section.open_items.all()
        ],
    }


def _paragraph(line: SectionLine) -> dict[str, Any]:
    if line.kind == "heading":
        # "### 1. 利用…" / "#### 建议 1": a heading below section level, not a paragraph.
        return {"heading": line.text, "number": line.label, "level": line.level}
    return {"number": line.number, "label": line.label, "text": line.text}
