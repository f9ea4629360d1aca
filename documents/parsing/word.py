"""Word (.docx) files: check the archive, then read the text as a reader sees it.

Refused before python-docx opens anything: an old .doc or a password-protected file (OLE, not
ZIP), another Office format renamed .docx, and a "zip bomb". Read: body order (tables row by row,
content controls included), the list numbers Word shows only on screen, headings set off by blank
lines, footnotes after a rule at the end, as in the seed texts. `megabytes` is here with the
archive limits; `extraction` prints the upload limit with it too.

Pure function: bytes in, text out, no Django. `extraction.extract_text` is the caller.
"""

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import NoReturn

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from .pdf import plain, reason
from .results import ParseError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MEGABYTE = 1024 * 1024

# A DOCX is a ZIP of XML, which deflates 5–15 times; an archive that unpacks to much more than
# its upload limit is built to exhaust memory (a "zip bomb"), not written by Word. zipfile never
# inflates a member past its declared size, so checking the declared sizes is enough.
DOCX_MAX_UNPACKED_FACTOR = 20
DOCX_MAX_UNPACKED = 200 * MEGABYTE
DOCX_MAX_MEMBERS = 1000  # Word writes about a dozen parts, plus one per image
DOCX_MAX_RATIO = 100
DOCX_RATIO_CHECKED_FROM = MEGABYTE  # small parts (styles, settings) may compress very well

# Marks the blank line set before and after a heading, told apart from an empty paragraph.
HEADING_GAP = object()
FOOTNOTE_RULE = "__________________"  # how the seed texts open a page's footnotes
HEADING_STYLES = frozenset({f"heading {level}" for level in range(1, 10)} | {"title"})
MC_ALTERNATE_CONTENT = (
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
)


def docx_text(data: bytes, *, name: str, content: str | None, max_bytes: int) -> str:
    """The text of a file named .docx (`content` is what its first bytes say it is)."""
    if data.startswith(OLE_SIGNATURE):
        # Office stores a password-protected .docx as an OLE file holding an "EncryptedPackage"
        # stream; an old .doc is an OLE file too. Neither can be read without Word.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ParseError(
                f"{name} is password-protected. Remove the password in Word (File > Info > "
                "Protect Document) and upload it again."
            )
        raise ParseError(
            f"{name} is named as a Word document (.docx) but its content is an old Word or Excel "
            "file (.doc, .xls). Open it in Word, save it as .docx and upload that."
        )
    if content != "a ZIP archive":
        _refuse_as_not_word(name, content or "not a ZIP archive, as .docx files are")
    _check_docx_archive(data, name=name, max_bytes=max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        text = _WordReader(document).read()
    except Exception as error:
        # python-docx and lxml raise whatever a damaged file trips (KeyError for a missing part,
        # ValueError for a macro-enabled .docm, BadZipFile for a bad checksum, XMLSyntaxError):
        # no list of types would be complete, and the importer needs a message either way.
        raise ParseError(
            f"{name} cannot be read as a Word document: it is damaged or not a plain .docx. "
            f"Open it in Word, save it as .docx and upload it again. ({reason(error)})"
        ) from error
    if not text.strip():
        raise ParseError(f"{name} holds no text: its paragraphs, tables and footnotes are empty.")
    return plain(text)


def _check_docx_archive(data: bytes, *, name: str, max_bytes: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_members(members, name=name, max_bytes=max_bytes)
            names = {member.filename for member in members}
            # Word declares its main part as "...wordprocessingml.document.main+xml" here.
            content_types = (
                archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            )
    except ParseError:
        raise
    # EOFError: a member cut short ("x.docx" with one byte changed in its local header, found by
    # the fuzz test) ends its compressed stream early.
    except (
        zipfile.BadZipFile, zlib.error, NotImplementedError, ValueError, OSError, EOFError
    ) as error:  # fmt: skip
        raise ParseError(
            f"{name} is damaged: it is not a readable ZIP archive, which a .docx file is. "
            f"Save it again from Word and upload the new copy. ({reason(error)})"
        ) from error
    if b"wordprocessingml" not in content_types:
        _refuse_as_not_word(name, _office_kind(names))


def _check_members(members: list[zipfile.ZipInfo], *, name: str, max_bytes: int) -> None:
    if len(members) > DOCX_MAX_MEMBERS:
        raise ParseError(
            f"{name} holds {len(members)} files; a Word document holds far fewer than "
            f"{DOCX_MAX_MEMBERS}. It is not a normal .docx and was not opened."
        )
    if any(member.flag_bits & 0x1 for member in members):
        raise ParseError(f"{name} is a password-protected ZIP archive, not a Word document.")
    limit = min(DOCX_MAX_UNPACKED_FACTOR * max_bytes, DOCX_MAX_UNPACKED)
    unpacked = sum(member.file_size for member in members)
    if unpacked > limit:
        raise ParseError(
            f"{name} would unpack to {megabytes(unpacked)}, over the {megabytes(limit)} a Word "
            "document may unpack to. It is not a normal .docx (it may be a 'zip bomb') and was "
            "not opened."
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > DOCX_RATIO_CHECKED_FROM and ratio > DOCX_MAX_RATIO:
            raise ParseError(
                f"{name} holds a part ({member.filename}) compressed {ratio:.0f} to 1, far beyond "
                "what Word writes. It is not a normal .docx (it may be a 'zip bomb') and was not "
                "opened."
            )


def _office_kind(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "an Excel workbook (.xlsx)"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation (.pptx)"
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument file (.odt, .ods); save it as .docx"
    return "a ZIP archive that is not a Word document"


def _refuse_as_not_word(name: str, content: str) -> NoReturn:
    # Worded as `extraction` refuses any file whose content does not match its extension.
    raise ParseError(
        f"{name} is named as a Word document (.docx) but its content is {content}. "
        "Upload the file under the extension that matches its content."
    )


class _WordReader:
    """Reads a Word document's text as a reader sees it: numbers, headings, footnotes."""

    def __init__(self, document: WordDocument) -> None:
        part = document.part
        self.body = document.element.body
        self.styles = _WordStyles(part.styles.element)
        self.numbering = _WordNumbering(_related_xml(part, RT.NUMBERING))
        self.footnotes = _related_xml(part, RT.FOOTNOTES)
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


def _related_xml(part, relationship_type: str):
    try:
        related = part.part_related_by(relationship_type)
    except KeyError:
        return None
    # python-docx loads the numbering part as XML but has no class for footnotes: it keeps
    # their bytes, parsed here with its own parser (entities off).
    return related.element if hasattr(related, "element") else parse_xml(related.blob)


def _symbol(code: str | None) -> str:
    # Symbol-font characters are stored as private-use code points (F0xx), as in seed `002_…`.
    try:
        return chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return ""


class _WordStyles:
    """Paragraph styles: which are headings, and which carry a list's numbering."""

    def __init__(self, styles) -> None:
        self.by_id = {
            style.get(qn("w:styleId")): style
            for style in styles.iter(qn("w:style"))
            if style.get(qn("w:type")) == "paragraph"
        }
        self.default = next(
            (
                sid
                for sid, style in self.by_id.items()
                if style.get(qn("w:default")) in ("1", "true")
            ),
            None,
        )

    def of(self, paragraph) -> list:
        """The paragraph's style followed by the styles it is based on."""
        style_id = _value(paragraph, "w:pPr/w:pStyle") or self.default
        chain = []
        while (style := self.by_id.get(style_id)) is not None and style not in chain:
            chain.append(style)
            style_id = _value(style, "w:basedOn")
        return chain

    def is_heading(self, paragraph, chain: list) -> bool:
        names = {(_value(style, "w:name") or "").lower() for style in chain}
        levels = [_value(element, "w:pPr/w:outlineLvl") for element in (paragraph, *chain)]
        # Outline levels 0–8 are the headings of the navigation pane; 9 is body text.
        return bool(names & HEADING_STYLES) or any(level not in (None, "9") for level in levels)

    def numbering_of(self, paragraph, chain: list) -> tuple[str | None, int]:
        num_id = ilvl = None
        for element in (paragraph, *chain):
            num_id = num_id or _value(element, "w:pPr/w:numPr/w:numId")
            ilvl = ilvl or _value(element, "w:pPr/w:numPr/w:ilvl")
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0


class _WordNumbering:
    """Word's list numbering, counted the way Word displays it."""

    def __init__(self, numbering) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int, bool]]] = {}
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.seen: set[str] = set()
        if numbering is None:
            return
        for abstract in numbering.iter(qn("w:abstractNum")):
            levels = self.levels.setdefault(abstract.get(qn("w:abstractNumId")), {})
            for level in abstract.iter(qn("w:lvl")):
                levels[_int(level.get(qn("w:ilvl")), 0)] = (
                    _value(level, "w:numFmt") or "decimal",
                    _value(level, "w:lvlText") or "",
                    _int(_value(level, "w:start"), 1),
                    level.find(qn("w:isLgl")) is not None,
                )
        for num in numbering.iter(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            self.abstract_of[num_id] = _value(num, "w:abstractNumId")
            self.restarts[num_id] = {
                _int(override.get(qn("w:ilvl")), 0): _int(_value(override, "w:startOverride"), 1)
                for override in num.iter(qn("w:lvlOverride"))
                if _value(override, "w:startOverride") is not None
            }

    def label(self, num_id: str | None, ilvl: int) -> str | None:
        """The number shown before a paragraph of list `num_id`, or None where none shows."""
        abstract = self.abstract_of.get(num_id or "")
        levels = self.levels.get(abstract or "", {})
        if ilvl not in levels:
            return None  # numId 0 switches numbering off; others point at a missing definition
        # Lists sharing one definition continue each other's numbers, unless one restarts.
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            for level, start in self.restarts.get(num_id, {}).items():
                counters[level] = start - 1
        number_format, text, start, legal = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        if number_format == "bullet":
            return "-"  # the seeds print a list bullet as " - "
        rendered = []
        for piece in re.split(r"(%[1-9])", text):
            if not piece.startswith("%") or len(piece) != 2:
                rendered.append(piece)
                continue
            level = int(piece[1]) - 1
            if level > ilvl:
                return None  # Word drops a level text that refers to a deeper level
            level_format, _, level_start, _ = levels.get(level, ("decimal", "", 1, False))
            value = counters.get(level, level_start)
            # "Legal" numbering writes every level in digits: "2.1" under chapter "II".
            formatted = _format_number(value, "decimal" if legal else level_format)
            if formatted is None:
                return None  # a format not rendered here: show no number rather than a wrong one
            rendered.append(formatted)
        return "".join(rendered).strip() or None


ROMAN = tuple(
    zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"),
        strict=True,
    )
)
CHINESE_DIGITS = "〇一二三四五六七八九"


def _format_number(value: int, number_format: str) -> str | None:
    if number_format == "decimal":
        return str(value)
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if number_format in ("lowerLetter", "upperLetter") and value > 0:
        # Word goes on a, ..., z, aa, bb, ...
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters if number_format == "lowerLetter" else letters.upper()
    if number_format in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = ""
        for amount, numeral in ROMAN:
            count, value = divmod(value, amount)
            roman += numeral * count
        return roman if number_format == "lowerRoman" else roman.upper()
    if number_format in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting"):
        # Chapters of Chinese UN texts: 一. 导言, 二. 供讨论的问题, ... 十一.
        if not 0 < value < 100:
            return str(value)
        tens, ones = divmod(value, 10)
        written = (CHINESE_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
        return written + (CHINESE_DIGITS[ones] if ones else "")
    return None


def _value(element, path: str) -> str | None:
    """The w:val of the element at `path` (w:-prefixed steps) under `element`, if there is one."""
    found = element.find("/".join(qn(step) for step in path.split("/")))
    return None if found is None else found.get(qn("w:val"))


def _int(text: str | None, default: int) -> int:
    return int(text) if text and text.lstrip("-").isdigit() else default


def megabytes(size: int) -> str:
    """A size as the refusals print it: "1.5 MB", "0.0098 MB"."""
    value = size / MEGABYTE
    return f"{value:.1f} MB" if value >= 0.1 else f"{value:.2g} MB"
