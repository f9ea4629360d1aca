"""PDF files: the text layer, page by page, or a `ParseError` saying why there is none to read.

pdfminer.six reads the text with its layout analysis, so printed lines stay lines, and the lines
holding only spaces stand where they were printed (see `PrintedOrderConverter`); a password, an
encryption it cannot undo, a damaged file, scanned pages without a text layer and fonts without a
character map are each refused with what to do instead. Also here, because this reader uses them
most: `reason`, the technical reason that ends every refusal, and `plain`, which drops the control
characters PostgreSQL text cannot hold. The Word reader uses both.

Pure function: bytes in, text out, no Django. `extraction.extract_text` is the caller.
"""

import io
import re

from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams, LTContainer, LTItem, LTPage, LTText, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from .results import ParseError

# pdfminer's layout analysis keeps each printed line as a line and puts a blank line between
# blocks; without laparams it runs the text of a block together. The defaults, written out.
PDF_LAYOUT = LAParams(line_margin=0.5, char_margin=2.0, word_margin=0.1, boxes_flow=0.5)
# Fonts without a character map come out of pdfminer as "(cid:1234)" codes instead of text.
PDF_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
# Blank lines at the foot of a page, under its last text, say nothing: left there, they would end
# the paragraph that runs on to the next page ("…集团特别", lines of " ", a form feed,
# "从危机中获利？"). The trailing space of the page's last line stays: it tells whether the
# paragraph ends there.
PAGE_END_BLANKS = re.compile(r"(?:\n[ \t]*)+\Z")
# Kept: tab, line end and form feed (a page break). PostgreSQL text cannot hold NUL at all.
STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def pdf_text(data: bytes, *, name: str) -> str:
    """The text of a PDF, pages separated by a form feed on a line of its own."""
    try:
        text = _pdfminer_text(data)
    except PDFPasswordIncorrect as error:
        raise ParseError(
            f"{name} is password-protected. Save a copy without the password and upload "
            f"that. ({reason(error)})"
        ) from error
    except PDFEncryptionError as error:
        raise ParseError(
            f"{name} is encrypted in a way that cannot be read. Save a copy without "
            f"encryption and upload that. ({reason(error)})"
        ) from error
    except Exception as error:
        # pdfminer raises PDFSyntaxError for a broken structure, but a damaged file also trips
        # KeyError, TypeError, struct.error or zlib.error deep inside: the message is the same.
        raise ParseError(
            f"{name} is damaged or not a PDF that can be read. Open it, save or print it to a "
            f"new PDF and upload that. ({reason(error)})"
        ) from error
    # pdfminer ends each page with a form feed; put it on a line of its own so page headers
    # ("CTOC/COP/WG.7/2020/2", "5/14 V.20-03080") start their line.
    pages = [PAGE_END_BLANKS.sub("", page).strip("\n") for page in plain(text).split("\f")]
    text = "\n\f\n".join(page for page in pages if page.strip())
    if not text.strip():
        raise ParseError(
            f"{name} has no text layer; it needs OCR first (it is probably scanned pages). "
            "Run it through OCR, or upload the original Word file."
        )
    unmapped = sum(len(match) for match in PDF_UNMAPPED_GLYPH.findall(text))
    if unmapped > len("".join(text.split())) / 2:
        raise ParseError(
            f"{name} cannot be read: its fonts carry no map from glyphs to characters, so its "
            "text comes out as (cid:…) codes. Export the PDF again from the source document, "
            "or upload the original Word file."
        )
    return text


def plain(text: str) -> str:
    """The text with "\\n" line ends and without stray control characters (see STRAY_CONTROLS)."""
    return STRAY_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def reason(error: BaseException) -> str:
    """What a reader raised, as the parentheses ending a refusal show it: "BadZipFile: ..."."""
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


class PrintedOrderConverter(TextConverter):
    """pdfminer's text output, with each page's blank lines back where they were printed.

    The layout analysis takes the lines that hold only spaces out of the page's text and puts them
    after it (`LTLayoutContainer.analyze`: "textboxes + otherobjs + empties"), so the blank lines
    between a masthead and the first chapter, or between two paragraphs, all came out at the foot
    of the page. Each goes back before the first block printed below it, followed by an empty line
    like every block: `lines` reads a line of spaces as the text's own blank line.
    """

    def receive_layout(self, ltpage: LTPage) -> None:
        # The page's blank lines are the lines left outside a text box; PDF y grows upwards.
        blanks = sorted(
            (item for item in ltpage if isinstance(item, LTTextLine)),
            key=lambda line: -(line.y0 + line.y1) / 2,
        )
        for item in ltpage:
            if isinstance(item, LTTextLine):
                continue
            if isinstance(item, LTTextBox):
                while blanks and (blanks[0].y0 + blanks[0].y1) / 2 > item.y1:
                    self._write_blank(blanks.pop(0))
            self._render(item)
        for blank in blanks:
            self._write_blank(blank)
        self.write_text("\f")

    def _write_blank(self, line: LTTextLine) -> None:
        self.write_text(line.get_text().rstrip("\n") + "\n\n")

    def _render(self, item: LTItem) -> None:
        # TextConverter.receive_layout's own rendering: text as read, a line end after each box.
        if isinstance(item, LTContainer):
            for child in item:
                self._render(child)
        elif isinstance(item, LTText):
            self.write_text(item.get_text())
        if isinstance(item, LTTextBox):
            self.write_text("\n")


def _pdfminer_text(data: bytes) -> str:
    """pdfminer.high_level.extract_text, with PrintedOrderConverter as its converter."""
    resources = PDFResourceManager(caching=True)
    output = io.StringIO()
    converter = PrintedOrderConverter(resources, output, laparams=PDF_LAYOUT)
    interpreter = PDFPageInterpreter(resources, converter)
    for page in PDFPage.get_pages(io.BytesIO(data), caching=True):
        interpreter.process_page(page)
    return output.getvalue()
