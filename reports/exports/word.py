"""The report as a Word file laid out like a UN document: `report_docx`.

Paragraph numbers are typed, not Word list numbering: they run on through all chapters and are
what aligns the language versions, so they must survive any editing, and a re-import reads them
as printed (`documents.parsing.word` would count an automatic list afresh). Chapters and sections
are Heading 1 and 2 and the `###` headings under them Heading 3 and below, so Word's navigation pane
shows the report's outline and the import sees them as headings.
"""

import io

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from reports.models import DraftReport

from .marks import heading_mark, paragraph_mark
from .masthead import PrintedMasthead, printed_masthead
from .section_text import SectionLine, read_sections, sections_in
from .word_languages import RIGHT_TO_LEFT, WORD_LANGUAGES, lay_out_right_to_left, set_fonts

# Points: UN documents are set in 10 pt with 12 pt lines; chapter headings larger and bold.
HEADING_SIZES = {1: 14, 2: 12, 3: 10, 4: 10, 5: 10, 6: 10}
INDENT = Cm(1.25)  # where paragraphs start, as in UN "SingleTxt"
TAB = Cm(1.9)  # where the text after a paragraph number starts
LABEL_INDENT = Cm(1.9)  # where "(a)" and bullets start
LABEL_TAB = Cm(2.5)


def report_docx(report: DraftReport, language: str) -> bytes:
    """A .docx of the report in `language`: masthead, title, chapters, sections, paragraphs."""
    sections = sections_in(report, language)
    masthead = printed_masthead(report, language)
    document = docx.Document()
    _set_page(document)
    _set_styles(document, language)
    properties = document.core_properties
    properties.title = f"{masthead.body or ''} {masthead.title}".strip()
    properties.subject = masthead.meeting
    properties.language = WORD_LANGUAGES[language]
    properties.author = masthead.organization

    _masthead_table(document, masthead)
    for fact, size in ((masthead.body, 12), (masthead.meeting, 10), (masthead.title, 14)):
        if fact:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            run = paragraph.add_run(fact)
            run.bold = fact != masthead.meeting
            run.font.size = Pt(size)

    for section, lines in read_sections(sections):
        level = 1 if section.kind == section.Kind.CHAPTER else 2
        number = heading_mark(section.number, language)
        document.add_paragraph(f"{number}{section.heading}", style=f"Heading {level}")
        previous = "heading"
        for line in lines:
            if line.kind == "text" and previous != "heading":
                # An empty paragraph before a paragraph that has no mark: without it the import
                # would read it as the rest of the paragraph above (`documents.parsing.blocks`).
                document.add_paragraph()
            _add_line(document, line, language)
            previous = line.kind
    if language in RIGHT_TO_LEFT:
        lay_out_right_to_left(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_line(document, line: SectionLine, language: str) -> None:
    if line.kind == "heading":
        # "### 1. 利用…" is Heading 3, "#### 建议 1" Heading 4; Word has six levels to offer.
        number = f"{line.label}.\t" if line.label else ""
        document.add_paragraph(f"{number}{line.text}", style=f"Heading {min(line.level, 6)}")
        return
    paragraph = document.add_paragraph()
    layout = paragraph.paragraph_format
    layout.left_indent = INDENT
    if line.kind == "numbered":
        paragraph.add_run(f"{paragraph_mark(line.number, line.text, language)}{line.text}")
        layout.tab_stops.add_tab_stop(TAB)
    elif line.kind in ("subparagraph", "bullet"):
        paragraph.add_run(f"{line.label}\t{line.text}")
        layout.first_line_indent = LABEL_INDENT - INDENT
        layout.tab_stops.add_tab_stop(LABEL_TAB)
    else:
        paragraph.add_run(line.text)


def _masthead_table(document, masthead: PrintedMasthead) -> None:
    """Two columns, as the first page of a UN document: who and what on the left, the symbol,
    distribution, date and languages on the right; a rule under the first row."""
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = (Cm(9), Cm(7))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    organization, symbol = table.rows[0].cells
    _write(organization, [masthead.organization], size=14, bold=True)
    _write(symbol, [masthead.symbol or ""], size=12, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for cell in table.rows[0].cells:
        _rule_under(cell)
    parent, right = table.rows[1].cells
    # The empty first line keeps the parent body's name apart from "United Nations" when the
    # import reads the table back line by line.
    _write(parent, ["", masthead.parent_body or ""], size=10, bold=True)
    _write(right, masthead.right_column, size=10)


def _write(cell: _Cell, lines: list[str], *, size: int, bold: bool = False, align=None) -> None:
    paragraphs: list[Paragraph] = [cell.paragraphs[0]]
    paragraphs += [cell.add_paragraph() for _ in lines[1:]]
    for paragraph, text in zip(paragraphs, lines, strict=True):
        paragraph.paragraph_format.space_after = Pt(0)
        if align is not None:
            paragraph.alignment = align
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            run.font.size = Pt(size)


def _rule_under(cell: _Cell) -> None:
    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for name, value in (("val", "single"), ("sz", "18"), ("space", "0"), ("color", "000000")):
        bottom.set(qn(f"w:{name}"), value)
    borders.append(bottom)
    properties.append(borders)


def _set_page(document) -> None:
    # A4 with the margins of UN documents at Vienna: 2.5 cm around, a little more at the top.
    for page in document.sections:
        page.page_width, page.page_height = Cm(21), Cm(29.7)
        page.top_margin, page.bottom_margin = Cm(2.8), Cm(2.5)
        page.left_margin, page.right_margin = Cm(2.5), Cm(2.5)
        page.header_distance = page.footer_distance = Cm(1.25)


def _set_styles(document, language: str) -> None:
    normal = document.styles["Normal"]
    set_fonts(normal, language, heading=False, size=10.5 if language == "zh" else 10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = Pt(16 if language == "zh" else 12)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for level, size in HEADING_SIZES.items():
        heading = document.styles[f"Heading {level}"]
        set_fonts(heading, language, heading=True, size=size)
        heading.font.italic = False
        heading.font.color.rgb = RGBColor(0, 0, 0)
        layout = heading.paragraph_format
        layout.space_before, layout.space_after = Pt(12 if level <= 2 else 6), Pt(6)
        # The heading's start: the left margin, the right one in a right-to-left paragraph.
        layout.alignment = WD_ALIGN_PARAGRAPH.LEFT
        # "I.\tIntroduction": the number hangs in the margin of the text it heads.
        layout.left_indent = INDENT
        layout.first_line_indent = -INDENT if level <= 2 else Cm(0)
        layout.tab_stops.add_tab_stop(INDENT if level <= 2 else TAB)
