"""Uploaded files: turn a plain-text, Word or PDF file into text, or refuse it with a reason.

The format is chosen by the extension and confirmed by the content: a PDF renamed .txt, an Excel
workbook renamed .docx or an old .doc is refused, naming both, instead of being read as garbage.
Every failure of the readers (python-docx, pdfminer.six, zipfile) becomes a `ParseError` whose
message the importer can act on, with the technical reason in parentheses at the end. Plain text
is decoded in `decoding`, Word documents are read in `word`, PDFs in `pdf`; this module picks one.

Pure function: bytes in, a frozen dataclass out, no Django.
"""

from dataclasses import dataclass
from pathlib import PurePath
from typing import Literal, NoReturn

from .decoding import decode_text
from .pdf import pdf_text
from .results import ParseError
from .word.archive import OLE_SIGNATURE, megabytes
from .word.text import docx_text

__all__ = ["FORMAT_BY_EXTENSION", "ExtractedText", "SourceFormat", "extract_text"]

SourceFormat = Literal["txt", "md", "docx", "pdf"]

FORMAT_BY_EXTENSION: dict[str, SourceFormat] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".docx": "docx",
    ".pdf": "pdf",
}
FORMAT_NAMES: dict[SourceFormat, str] = {
    "txt": "a plain text file",
    "md": "a Markdown text file",
    "docx": "a Word document",
    "pdf": "a PDF document",
}
# What a file is by its first bytes, to name it when it does not match its extension.
SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (OLE_SIGNATURE, "an old Word or Excel file (.doc, .xls) or a password-protected Office file"),
    (b"{\\rtf", "a Rich Text Format (.rtf) file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"\x7fELF", "a program"),
)


@dataclass(frozen=True)
class ExtractedText:
    """The text of one uploaded file, ready for the structure parser."""

    text: str
    source_format: SourceFormat
    encoding: str | None  # for plain-text files, the encoding they were read in


def extract_text(data: bytes, *, filename: str, max_bytes: int) -> ExtractedText:
    """Read an uploaded .txt, .md, .docx or .pdf file, or raise `ParseError` saying why not."""
    name = PurePath(filename).name
    if len(data) > max_bytes:
        raise ParseError(
            f"{name} is {megabytes(len(data))}, over the {megabytes(max_bytes)} limit "
            "for imported files."
        )
    if not data:
        raise ParseError(f"{name} is empty: it has no bytes at all.")
    extension = PurePath(name).suffix.lower()
    content = _sniff(data)
    if extension not in FORMAT_BY_EXTENSION:
        kind = f"files ending in {extension}" if extension else "files without an extension"
        looks_like = f" (its content is {content})" if content else ""
        raise ParseError(
            f"{name} cannot be imported: {kind} are not read{looks_like}. "
            f"Upload one of {', '.join(FORMAT_BY_EXTENSION)}."
        )
    source_format = FORMAT_BY_EXTENSION[extension]
    if source_format in ("txt", "md"):
        if content:
            _refuse_mismatch(name, source_format, extension, content)
        try:
            decoded = decode_text(data)
        except ParseError as error:
            raise ParseError(f"{name}: {error}") from error
        return ExtractedText(
            text=decoded.text, source_format=source_format, encoding=decoded.encoding
        )
    if source_format == "docx":
        text = docx_text(data, name=name, content=content, max_bytes=max_bytes)
    elif b"%PDF-" in data[:1024]:
        # The PDF specification lets readers accept junk before the header within the first KB.
        text = pdf_text(data, name=name)
    else:
        _refuse_mismatch(name, source_format, extension, content or "not a PDF (no %PDF- header)")
    return ExtractedText(text=text, source_format=source_format, encoding=None)


def _sniff(data: bytes) -> str | None:
    for signature, description in SIGNATURES:
        if data.startswith(signature):
            return description
    return None


def _refuse_mismatch(
    name: str, source_format: SourceFormat, extension: str, content: str
) -> NoReturn:
    # `word` words its refusals of a .docx that holds something else the same way; it keeps its
    # own copy because the readers do not import this module.
    raise ParseError(
        f"{name} is named as {FORMAT_NAMES[source_format]} ({extension}) but its content is "
        f"{content}. Upload the file under the extension that matches its content."
    )
