"""Reads a Word document's text as a reader sees it: body order, numbers, headings, footnotes."""

from collections.abc import Iterator

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from .elements import related_xml
from .numbering import WordNumbering
from .styles import WordStyles

# Marks the blank line set before and after a heading, told apart from an empty paragraph.
HEADING_GAP = object()
FOOTNOTE_RULE = "__________________"  # how the seed texts open a page's footnotes
MC_ALTERNATE_CONTENT = (
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
)


class WordReader:
    """Reads a Word document's text as a reader sees it: numbers, headings, footnotes."""

    def __init__(self, document: WordDocument) -> None:
        part = document.part
        self.body = document.element.body
        self.styles = WordStyles(part.styles.element)
        self.numbering = WordNumbering(related_xml(part, RT.NUMBERING))
        self.footnotes = related_xml(part, RT.FOOTNOTES)
        self.footnote_markers: dict[str, str] = {}  # w:id -> the marker printed in the text

    def read(self) -> str:
        lines = list(self._blocks(self.body))
        notes = list(self._footnote_lines())
        if notes:
            lines += ["", FOOTNOTE_RULE, "", *notes]
        # Every paragraph is a line, empty ones included, and spaces are kept: the parser reads
        # blank lines and indentation as the PDF extraction prints them (a title indented under
        # the masthead, a blank line between wrapped lines), so a text saved as .docx must come
        # back line for line. Only the gaps set around headings never double up.
        text: list[str] = []
        for line in lines:
            if line is HEADING_GAP:
                if text and text[-1] != "":
                    text.append("")
            else:
                text.append(line)
        return "\n".join(text).strip("\n")

    def _blocks(self, element) -> Iterator[str | object]:
        # Body order, with tables read row by row and cell by cell (as the same document's PDF
        # comes out of pdfminer); content controls (w:sdt) hold mastheads in UN templates.
        for child in element:
            if child.tag == qn("w:p"):
                yield from self._paragraph(child)
            elif child.tag in BLOCK_CONTAINERS:
                yield from self._blocks(child)

    def _paragraph(self, paragraph) -> Iterator[str | object]:
        style = self.styles.of(paragraph)
        # An automatically numbered paragraph shows its number only on screen; the number is
        # what aligns the language versions, so it is written into the text. Counted even for
        # an empty paragraph, because Word counts it.
        label = self.numbering.label(*self.styles.numbering_of(paragraph, style))
        text = "".join(self._inline(paragraph))
        if label:
            text = f"{label} {text.lstrip()}"
        if text.strip() and self.styles.is_heading(paragraph, style):
            yield from (HEADING_GAP, " ".join(text.split()), HEADING_GAP)
        else:
            yield text

    def _inline(self, element) -> Iterator[str]:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in INLINE_SKIPPED:
                continue
            if tag == qn("w:t"):
                yield child.text or ""
            elif tag in (qn("w:tab"), qn("w:ptab")):
                yield "\t"
            elif tag in (qn("w:br"), qn("w:cr")):
                yield "\n"
            elif tag == qn("w:noBreakHyphen"):
                yield "-"
            elif tag == qn("w:sym"):
                yield _symbol(child.get(qn("w:char")))
            elif tag == qn("w:footnoteReference"):
                yield self._footnote_marker(child)
            else:
                yield from self._inline(child)

    def _footnote_marker(self, reference) -> str:
        # Word numbers footnotes 1, 2, 3 in the order they are called, whatever their w:id. A
        # custom mark ("*" after the agenda item in a masthead) is typed in the run that follows.
        note_id = reference.get(qn("w:id"), "")
        if reference.get(qn("w:customMarkFollows")) in ("1", "true", "on"):
            following = "".join(t.text or "" for t in reference.itersiblings(qn("w:t")))
            self.footnote_markers.setdefault(note_id, following.strip() or "*")
            return ""
        numbered = sum(marker.isdigit() for marker in self.footnote_markers.values())
        return self.footnote_markers.setdefault(note_id, str(numbered + 1))

    def _footnote_lines(self) -> Iterator[str]:
        if self.footnotes is None or not self.footnote_markers:
            return
        notes = {note.get(qn("w:id")): note for note in self.footnotes.iter(qn("w:footnote"))}
        for note_id, marker in self.footnote_markers.items():
            if (note := notes.get(note_id)) is None:
                continue
            paragraphs = ("".join(self._inline(p)).strip() for p in note.iter(qn("w:p")))
            yield f"{marker} {' '.join(p for p in paragraphs if p)}"


BLOCK_CONTAINERS = frozenset(
    qn(tag) for tag in ("w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:customXml")
)
# Deleted revisions, field codes and property blocks are not part of the text. Drawings and text
# boxes hold page furniture (emblems, bar codes), and Word writes each twice (DrawingML and a
# VML fallback), so their text would come out doubled.
INLINE_SKIPPED = frozenset(
    {
        *(qn(tag) for tag in ("w:pPr", "w:rPr", "w:sdtPr", "w:del", "w:moveFrom", "w:delText")),
        *(qn(tag) for tag in ("w:instrText", "w:drawing", "w:pict", "w:object", "w:footnoteRef")),
        MC_ALTERNATE_CONTENT,
    }
)


def _symbol(code: str | None) -> str:
    # Symbol-font characters are stored as private-use code points (F0xx), as in seed `002_…`.
    try:
        return chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return ""
