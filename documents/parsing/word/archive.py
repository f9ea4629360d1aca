"""The archive of a .docx checked before python-docx opens it: an OLE file (an old .doc, a
password), another Office format renamed, a "zip bomb". `megabytes` prints the limits."""

import io
import zipfile
import zlib
from typing import NoReturn

from ..pdf import reason
from ..results import ParseError

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


def check_docx_archive(data: bytes, *, name: str, max_bytes: int) -> None:
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
        refuse_as_not_word(name, _office_kind(names))


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


def refuse_as_not_word(name: str, content: str) -> NoReturn:
    # Worded as `extraction` refuses any file whose content does not match its extension.
    raise ParseError(
        f"{name} is named as a Word document (.docx) but its content is {content}. "
        "Upload the file under the extension that matches its content."
    )


def megabytes(size: int) -> str:
    """A size as the refusals print it: "1.5 MB", "0.0098 MB"."""
    value = size / MEGABYTE
    return f"{value:.1f} MB" if value >= 0.1 else f"{value:.2g} MB"
