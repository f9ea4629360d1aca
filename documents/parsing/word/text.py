"""The text of a file named .docx: the refusals first, then the reader."""

import io

import docx

from ..pdf import plain, reason
from ..results import ParseError
from .archive import OLE_SIGNATURE, check_docx_archive, refuse_as_not_word
from .reader import WordReader


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
        refuse_as_not_word(name, content or "not a ZIP archive, as .docx files are")
    check_docx_archive(data, name=name, max_bytes=max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        text = WordReader(document).read()
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
