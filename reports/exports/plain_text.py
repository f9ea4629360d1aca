"""The report as plain text, laid out like the seed texts: `report_text`."""

from reports.models import DraftReport

from .masthead import printed_masthead
from .section_text import heading_line, printed_line, read_sections, sections_in


def report_text(report: DraftReport, language: str) -> str:
    """The masthead, then every chapter and section heading followed by its text, in order."""
    masthead = printed_masthead(report, language)
    # The symbol on a line of its own, as page headers print it: that is where the import
    # looks for a document's symbol.
    lines = [masthead.organization]
    if masthead.symbol:
        lines.append(masthead.symbol)
    if masthead.parent_body:
        lines += ["", masthead.parent_body]
    lines += ["", *masthead.right_column]
    for fact in (masthead.body, masthead.meeting, masthead.title):
        if fact:
            lines += ["", fact]
    for section, section_lines in read_sections(sections_in(report, language)):
        lines += ["", heading_line(section)]
        previous = "heading"
        for line in section_lines:
            # A line without a mark ("鼓励缔约国…" under "#### 建议 1") would be read as the
            # continuation of the line above it; a blank line ends that one. Sub-headings
            # stand apart as in the seeds.
            if (line.kind in ("text", "heading") or previous == "heading") and lines[-1]:
                lines.append("")
            lines.append(printed_line(line, language))
            previous = line.kind
    return "\n".join(lines) + "\n"
