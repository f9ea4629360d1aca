"""What a Word export sets for its language: fonts, language tags, marks, and Arabic right to left.

Latin and Cyrillic text is set in Times New Roman, Chinese in SimSun (headings SimHei), Arabic in
Simplified Arabic, which Word replaces by Traditional Arabic, then Arial, where it is not
installed (the font table's `w:altName`). Word takes an Arabic run's font, size and bold from
the complex-script slots (`w:cs`, `w:szCs`, `w:bCs`), not from the Latin ones.

An Arabic version reads right to left: the section, every paragraph (`w:bidi`) and every run
(`w:rtl`), and the masthead table mirrored (`w:bidiVisual`: "United Nations" on the right, the
symbol on the left). Word reads a right-to-left paragraph's `left` and `right` (alignment,
indents, tab stops) as its start and end, so the same layout mirrors itself: the typed paragraph
number stands at the right margin and the text is indented from the right.
"""

from docx.enum.table import WD_TABLE_DIRECTION
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from lxml import etree

LATIN_FONT = "Times New Roman"
# UN Chinese documents set the text in SimSun (宋体) and the headings in SimHei (黑体).
CJK_FONT = "SimSun"
CJK_HEADING_FONT = "SimHei"
ARABIC_FONT = "Simplified Arabic"
ARABIC_FALLBACKS = "Traditional Arabic,Arial"
# Word's language tags, so spelling and line breaking follow the text's language.
WORD_LANGUAGES = {
    "ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU", "es": "es-ES",
}  # fmt: skip
RIGHT_TO_LEFT = frozenset({"ar"})
# Arabic glyphs of these fonts run smaller than Latin ones of the same size: two points more.
ARABIC_LARGER = 2


def set_fonts(style: ParagraphStyle, language: str, *, heading: bool, size: float) -> None:
    """The style's fonts, size and language tags for a text in `language`."""
    # The default template names theme fonts (w:asciiTheme...), which win over named ones;
    # Chinese needs w:eastAsia, which python-docx's `font.name` does not set.
    properties = style.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(script), LATIN_FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT if language == "ar" else LATIN_FONT)
    fonts.set(qn("w:eastAsia"), CJK_HEADING_FONT if heading else CJK_FONT)
    style.font.size = Pt(size)
    complex_size = properties.find(qn("w:szCs"))
    if complex_size is None:
        complex_size = OxmlElement("w:szCs")
        properties.find(qn("w:sz")).addnext(complex_size)
    larger = ARABIC_LARGER if language == "ar" else 0
    complex_size.set(qn("w:val"), str(int((size + larger) * 2)))  # in half-points
    if heading:
        style.font.bold = style.font.cs_bold = True
    tag = properties.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        properties.append(tag)
    tag.set(qn("w:val"), WORD_LANGUAGES["en"] if language == "zh" else WORD_LANGUAGES[language])
    tag.set(qn("w:eastAsia"), WORD_LANGUAGES["zh"])
    if language in RIGHT_TO_LEFT:
        tag.set(qn("w:bidi"), WORD_LANGUAGES[language])
        style.font.rtl = True
        _set_bidi(style.element.get_or_add_pPr())


def lay_out_right_to_left(document) -> None:
    """The whole document right to left: sections, paragraphs (table cells too), runs, tables."""
    for page in document.sections:
        section = page._sectPr
        if section.find(qn("w:bidi")) is None:
            bidi = OxmlElement("w:bidi")
            grid = section.find(qn("w:docGrid"))
            if grid is not None:
                grid.addprevious(bidi)
            else:
                section.append(bidi)
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        table.table_direction = WD_TABLE_DIRECTION.RTL
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    for paragraph in paragraphs:
        right_to_left(paragraph)
    _offer_font_fallbacks(document)


def right_to_left(paragraph: Paragraph) -> None:
    _set_bidi(paragraph._p.get_or_add_pPr())
    for run in paragraph.runs:
        run.font.rtl = True


# What follows `w:bidi` in a paragraph's properties (ECMA-376 CT_PPrBase), for its place.
AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip


def _set_bidi(properties) -> None:
    if properties.find(qn("w:bidi")) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *AFTER_BIDI)


def _offer_font_fallbacks(document) -> None:
    """Name Simplified Arabic in the font table with the fonts Word may use in its place."""
    for relationship in document.part.rels.values():
        if relationship.reltype.endswith("/fontTable"):
            part = relationship.target_part
            table = parse_xml(part.blob)
            entry = parse_xml(
                f'<w:font {nsdecls("w")} w:name="{ARABIC_FONT}">'
                f'<w:altName w:val="{ARABIC_FALLBACKS}"/><w:charset w:val="B2"/>'
                '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
            )
            table.append(entry)
            part._blob = etree.tostring(
                table, xml_declaration=True, encoding="UTF-8", standalone=True
            )
