"""Uploaded files become text, or are refused with a reason an importer can act on (no db)."""

import io
import random
import zipfile

import docx
import pytest
from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.extraction import ExtractedText, extract_text
from documents.parsing.results import ParseError

MB = 1024 * 1024
LIMIT = 50 * MB
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BACKGROUND_PAPER = "一. 导言\n1. 本背景文件由秘书处编写。\n"


def word_file(document: WordDocument) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def zip_file(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return stream.getvalue()


def with_document_xml(word: bytes, document_xml: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(word))
    members = {name: source.read(name) for name in source.namelist()}
    return zip_file({**members, "word/document.xml": document_xml})


def pdf_file(pages=(("CTOC/COP/WG.7/2020/2",),), *, encrypted=False, text=True) -> bytes:
    """A PDF written by hand: Helvetica lines on A4 pages, with the xref offsets computed."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for lines in pages:
        shown = b" ".join(b"(%s) '" % line.encode("latin-1") for line in lines)
        content = b"BT /F1 12 Tf 14 TL 72 760 Td %s ET" % shown if text else b"72 700 200 100 re f"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    trailer = b"/Root 1 0 R"
    if encrypted:
        # The standard security handler with a user password: /U does not match the empty one.
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <%s> /U <%s> >>" % (b"11" * 32, b"22" * 32)
        )
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"ab" * 16, b"ab" * 16)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


def refusal(data: bytes, filename: str, max_bytes: int = LIMIT) -> str:
    with pytest.raises(ParseError) as raised:
        extract_text(data, filename=filename, max_bytes=max_bytes)
    return str(raised.value)


# Plain text


def test_a_text_file_is_decoded_and_says_in_which_encoding():
    extracted = extract_text(
        BACKGROUND_PAPER.encode("gb18030"), filename="背景文件.txt", max_bytes=LIMIT
    )
    assert extracted == ExtractedText(
        text=BACKGROUND_PAPER, source_format="txt", encoding="gb18030"
    )


def test_markdown_and_text_files_from_a_storage_path_are_read_whatever_the_case_of_the_extension():
    assert extract_text(
        b"# CTOC/COP/WG.7/2020/2\n", filename="imports/2020/a.MD", max_bytes=LIMIT
    ) == (ExtractedText("# CTOC/COP/WG.7/2020/2\n", "md", "utf-8"))
    assert (
        extract_text("导言\n".encode("utf-16"), filename="a.text", max_bytes=LIMIT).text == "导言\n"
    )


def test_binary_junk_named_txt_is_refused_as_of_unknown_encoding():
    message = refusal(random.Random(1).randbytes(4096), "junk.txt")
    assert message.startswith("junk.txt: Cannot tell the encoding")


def test_a_pdf_named_txt_is_refused_naming_both():
    message = refusal(pdf_file(), "CTOC-COP-WG.7-2020-2.txt")
    assert "named as a plain text file (.txt)" in message
    assert "its content is a PDF document" in message


# Size, emptiness and extensions


def test_a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit_in_megabytes():
    message = refusal(b"a" * (3 * MB // 2), "big.txt", max_bytes=MB)
    assert message == "big.txt is 1.5 MB, over the 1.0 MB limit for imported files."


@pytest.mark.parametrize("filename", ["empty.txt", "empty.docx", "empty.pdf"])
def test_an_empty_file_is_refused_as_empty_whatever_its_extension(filename):
    assert refusal(b"", filename) == f"{filename} is empty: it has no bytes at all."


@pytest.mark.parametrize(
    ("filename", "data", "content"),
    [
        ("report.doc", OLE_HEADER + bytes(504), "an old Word or Excel file"),
        ("attendance.xls", OLE_HEADER + bytes(504), "an old Word or Excel file"),
        ("setup.exe", b"MZ\x90\x00" + bytes(60), "a Windows program"),
        ("report", b"text", None),
    ],
)
def test_an_unknown_extension_is_refused_listing_the_accepted_ones(filename, data, content):
    message = refusal(data, filename)
    assert message.startswith(f"{filename} cannot be imported")
    assert message.endswith("Upload one of .txt, .text, .md, .docx, .pdf.")
    assert (content in message) if content else ("its content is" not in message)


# Word documents


def test_a_word_document_gives_headings_paragraphs_and_table_cells_in_body_order():
    document = docx.Document()
    document.add_heading("偷运移民问题工作组", level=0)
    document.add_heading("一. 导言", level=1)
    document.add_paragraph("1. 本背景文件由秘书处编写。")
    table = document.add_table(rows=2, cols=2)
    for row, (state, capacity) in zip(
        table.rows, [("阿富汗", "缔约国"), ("中国", "观察员")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = state, capacity
    document.add_heading("二. 供讨论的问题", level=2)
    document.add_paragraph("2. 各代表团不妨考虑下列问题：")
    extracted = extract_text(word_file(document), filename="背景文件.docx", max_bytes=LIMIT)
    assert extracted == ExtractedText(
        text=(
            "偷运移民问题工作组\n\n一. 导言\n\n1. 本背景文件由秘书处编写。\n"
            "阿富汗\n缔约国\n中国\n观察员\n\n二. 供讨论的问题\n\n2. 各代表团不妨考虑下列问题："
        ),
        source_format="docx",
        encoding=None,
    )


def test_a_document_made_by_python_docx_round_trips_its_paragraphs_in_order():
    paragraphs = [
        f"{number}. 第 {number} 段，见 CTOC/COP/WG.7/2020/{number}。" for number in range(1, 31)
    ]
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    assert (
        extract_text(word_file(document), filename="a.docx", max_bytes=LIMIT).text.split("\n")
        == paragraphs
    )


def list_level(ilvl: int, number_format: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def add_list(
    document: WordDocument,
    num_id: str,
    *,
    levels: str = "",
    abstract_id: str = "",
    restart_at: int | None = None,
) -> None:
    """A numbering definition (when `levels` are given) and a list instance `num_id` using it."""
    numbering = document.part.numbering_part.element
    abstract_id = abstract_id or num_id
    if levels:
        numbering.insert(
            0,
            parse_xml(
                f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'
            ),
        )
    restart = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart_at}"/></w:lvlOverride>'
        if restart_at
        else ""
    )
    instance = f'<w:abstractNumId w:val="{abstract_id}"/>{restart}'
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}">{instance}</w:num>'))


def add_numbered(document: WordDocument, text: str, num_id: str, level: int = 0, style=None):
    paragraph = document.add_paragraph(text, style=style)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_automatic_numbering_is_written_into_the_text_as_word_shows_it():
    document = docx.Document()
    add_list(document, "90", levels=list_level(0, "chineseCounting", "%1."))
    add_list(
        document,
        "91",
        levels=list_level(0, "decimal", "%1.") + list_level(1, "lowerLetter", "(%2)"),
    )
    add_numbered(document, "导言", "90", style="Heading 1")
    add_numbered(document, "本背景文件由秘书处编写。", "91")
    add_numbered(document, "供讨论的问题", "90", style="Heading 1")
    add_numbered(document, "各代表团不妨考虑下列问题：", "91")
    add_numbered(document, "缔约国如何加强其对策？", "91", level=1)
    add_numbered(document, "已采取哪些措施？", "91", level=1)
    add_numbered(document, "秘书处的作用。", "91")
    add_numbered(document, "新的分项。", "91", level=1)
    document.add_paragraph("未编号的段落。")
    text = extract_text(word_file(document), filename="a.docx", max_bytes=LIMIT).text
    assert text.split("\n") == [
        "一. 导言",
        "",
        "1. 本背景文件由秘书处编写。",
        "",
        "二. 供讨论的问题",
        "",
        "2. 各代表团不妨考虑下列问题：",
        "(a) 缔约国如何加强其对策？",
        "(b) 已采取哪些措施？",
        "3. 秘书处的作用。",
        "(a) 新的分项。",
        "未编号的段落。",
    ]


def test_a_list_sharing_a_definition_continues_its_numbers_unless_word_restarted_it():
    document = docx.Document()
    add_list(document, "91", levels=list_level(0, "decimal", "%1."))
    add_list(document, "92", abstract_id="91")  # "Continue numbering"
    add_list(document, "93", abstract_id="91", restart_at=1)  # "Restart at 1"
    for text, num_id in [("工作组", "91"), ("秘书处", "91"), ("主席", "92"), ("缔约国", "93")]:
        add_numbered(document, text, num_id)
    text = extract_text(word_file(document), filename="a.docx", max_bytes=LIMIT).text
    assert text.split("\n") == ["1. 工作组", "2. 秘书处", "3. 主席", "1. 缔约国"]


def test_footnotes_follow_the_text_after_a_rule_marked_as_word_shows_them():
    document = docx.Document()
    masthead = document.add_paragraph("临时议程项目 2")
    masthead._p.append(
        parse_xml(
            f'<w:r {W}><w:footnoteReference w:customMarkFollows="1" w:id="7"/><w:t>*</w:t></w:r>'
        )
    )
    for text, note_id in [("取应对办法和不断坐大。", "5"), ("造成了长期不利影响。", "2")]:
        paragraph = document.add_paragraph(text)
        paragraph._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="{note_id}"/></w:r>'))
    notes = {
        "-1": "",
        "7": "CTOC/COP/WG.7/2020/1。",
        "2": "毒品和犯罪问题办公室，《研究简报》（2020 年 5 月）。",
        "5": "Keith Ditcham，“新冠肺炎如何改变有组织犯罪威胁”，2020 年 3 月 24 日。",
        "9": "未被引用的脚注。",
    }
    footnotes_xml = "".join(
        f'<w:footnote w:id="{note_id}" w:type="{"separator" if note_id == "-1" else "normal"}">'
        f'<w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
        "</w:footnote>"
        for note_id, text in notes.items()
    )
    footnotes_xml = f"<w:footnotes {W}>{footnotes_xml}</w:footnotes>"
    part = Part(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        footnotes_xml.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    text = extract_text(word_file(document), filename="a.docx", max_bytes=LIMIT).text
    assert text.split("\n") == [
        "临时议程项目 2*",
        "取应对办法和不断坐大。1",
        "造成了长期不利影响。2",
        "",
        "__________________",
        "",
        "* CTOC/COP/WG.7/2020/1。",
        "1 Keith Ditcham，“新冠肺炎如何改变有组织犯罪威胁”，2020 年 3 月 24 日。",
        "2 毒品和犯罪问题办公室，《研究简报》（2020 年 5 月）。",
    ]


def test_a_word_document_without_text_is_refused_as_holding_no_text():
    document = docx.Document()
    document.add_paragraph("")
    assert "holds no text" in refusal(word_file(document), "blank.docx")


def zip_of_zeros(megabytes: int) -> bytes:
    """A DOCX-named zip bomb: one member of zeros, written in chunks, deflated fast."""
    stream = io.BytesIO()
    with (
        zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("word/document.xml", "w") as member,
    ):
        for _ in range(megabytes):
            member.write(bytes(MB))
    return stream.getvalue()


def test_a_zip_bomb_named_docx_is_refused_before_it_is_unpacked():
    data = zip_of_zeros(30)
    assert len(data) < MB / 2
    message = refusal(data, "bomb.docx", max_bytes=MB)
    assert "would unpack to 30.0 MB, over the 20.0 MB" in message
    assert "zip bomb" in message


def test_no_docx_may_unpack_to_more_than_200_mb_whatever_the_upload_limit():
    message = refusal(zip_of_zeros(210), "bomb.docx", max_bytes=50 * MB)
    assert "would unpack to 210.0 MB, over the 200.0 MB" in message


def test_a_docx_with_one_part_compressed_far_beyond_what_word_writes_is_refused():
    data = zip_file(
        {"[Content_Types].xml": b"wordprocessingml", "word/document.xml": bytes(5 * MB)}
    )
    message = refusal(data, "ratio.docx", max_bytes=MB)
    assert "holds a part (word/document.xml) compressed" in message
    assert "zip bomb" in message


def test_a_docx_holding_thousands_of_files_is_refused():
    data = zip_file({f"word/media/image{number}.png": b"" for number in range(1001)})
    assert "holds 1001 files" in refusal(data, "many.docx")


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + random.Random(3).randbytes(500),
        word_file(docx.Document())[:3000],
    ],
)
def test_a_damaged_zip_named_docx_is_refused_as_damaged(data):
    message = refusal(data, "damaged.docx")
    assert message.startswith("damaged.docx is damaged: it is not a readable ZIP archive")
    assert message.endswith(")")  # the technical reason, in parentheses


def test_a_docx_whose_xml_is_broken_is_refused_as_unreadable():
    data = with_document_xml(word_file(docx.Document()), b"<w:document><w:body><w:p>")
    message = refusal(data, "broken.docx")
    assert message.startswith("broken.docx cannot be read as a Word document")
    assert "XMLSyntaxError" in message


@pytest.mark.parametrize(
    ("members", "content"),
    [
        (
            {"[Content_Types].xml": b"spreadsheetml", "xl/workbook.xml": b"<workbook/>"},
            "an Excel workbook (.xlsx)",
        ),
        ({"notes.txt": b"CTOC/COP/WG.7/2020/2"}, "a ZIP archive that is not a Word document"),
    ],
)
def test_a_zip_that_is_not_a_word_document_is_refused_naming_both(members, content):
    message = refusal(zip_file(members), "notes.docx")
    assert f"named as a Word document (.docx) but its content is {content}" in message


def test_a_password_protected_word_file_is_refused_as_such():
    data = OLE_HEADER + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(100)
    assert refusal(data, "protected.docx").startswith("protected.docx is password-protected.")


def test_an_old_doc_file_renamed_docx_is_refused_as_an_old_word_file():
    message = refusal(OLE_HEADER + bytes(1000), "old.docx")
    assert "its content is an old Word or Excel file (.doc, .xls)" in message


def test_a_pdf_named_docx_is_refused_naming_both():
    message = refusal(pdf_file(), "report.docx")
    assert "named as a Word document (.docx) but its content is a PDF document" in message


# PDF


def test_a_pdf_gives_its_text_line_by_line():
    extracted = extract_text(pdf_file(), filename="CTOC-COP-WG.7-2020-2.pdf", max_bytes=LIMIT)
    assert extracted == ExtractedText(
        text="CTOC/COP/WG.7/2020/2", source_format="pdf", encoding=None
    )


def test_a_pdf_page_break_stands_on_a_line_of_its_own_before_the_page_header():
    pages = (("CTOC/COP/WG.7/2020/2", "Distr.: General"), ("5/14 V.20-03080", "Introduction"))
    text = extract_text(pdf_file(pages), filename="a.pdf", max_bytes=LIMIT).text
    assert text.split("\n") == [
        "CTOC/COP/WG.7/2020/2",
        "Distr.: General",
        "\f",
        "5/14 V.20-03080",
        "Introduction",
    ]


def test_a_scanned_pdf_without_a_text_layer_is_refused_as_needing_ocr():
    assert "no text layer; it needs OCR first" in refusal(pdf_file(text=False), "scan.pdf")


def test_a_password_protected_pdf_is_refused_as_such():
    message = refusal(pdf_file(encrypted=True), "protected.pdf")
    assert message.startswith("protected.pdf is password-protected.")
    assert message.endswith("(PDFPasswordIncorrect)")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n" + random.Random(2).randbytes(3000), pdf_file()[:200]],
)
def test_a_corrupt_pdf_is_refused_as_damaged_with_the_technical_reason(data):
    message = refusal(data, "corrupt.pdf")
    assert message.startswith("corrupt.pdf is damaged or not a PDF that can be read.")
    assert message.endswith(")")


def test_a_file_named_pdf_without_a_pdf_header_is_refused_naming_both():
    message = refusal(BACKGROUND_PAPER.encode(), "paper.pdf")
    assert "named as a PDF document (.pdf) but its content is not a PDF" in message


# Whatever the bytes


def mutated(data: bytes) -> st.SearchStrategy[bytes]:
    """`data` with one stretch overwritten by arbitrary bytes, to reach deep into the readers."""
    return st.tuples(st.integers(0, len(data) - 1), st.binary(min_size=1, max_size=64)).map(
        lambda change: data[: change[0]] + change[1] + data[change[0] + len(change[1]) :]
    )


def extracts_or_refuses(data: bytes, filename: str) -> None:
    try:
        extracted = extract_text(data, filename=filename, max_bytes=LIMIT)
    except ParseError as error:
        assert str(error).startswith(filename)
    else:
        assert extracted.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000), st.sampled_from(["x.txt", "x.docx", "x.pdf"]))
def test_any_bytes_are_extracted_or_refused_with_a_parse_error(data, filename):
    extracts_or_refuses(data, filename)


def sample_word_file() -> bytes:
    document = docx.Document()
    document.add_heading("一. 导言", level=1)
    document.add_paragraph("1. 本背景文件由秘书处编写。")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "阿富汗"
    return word_file(document)


SAMPLE_WORD_FILE = sample_word_file()
SAMPLE_DOCUMENT_XML = zipfile.ZipFile(io.BytesIO(SAMPLE_WORD_FILE)).read("word/document.xml")


@settings(max_examples=200, deadline=None)
@given(mutated(SAMPLE_WORD_FILE))
def test_a_damaged_word_document_is_extracted_or_refused_with_a_parse_error(data):
    extracts_or_refuses(data, "x.docx")


@settings(max_examples=200, deadline=None)
@given(mutated(pdf_file((("CTOC/COP/WG.7/2020/2", "Distr.: General"),) * 2)))
def test_a_damaged_pdf_is_extracted_or_refused_with_a_parse_error(data):
    extracts_or_refuses(data, "x.pdf")


@settings(max_examples=200, deadline=None)
@given(mutated(SAMPLE_DOCUMENT_XML))
def test_a_word_document_with_damaged_xml_is_extracted_or_refused_with_a_parse_error(xml):
    extracts_or_refuses(with_document_xml(SAMPLE_WORD_FILE, xml), "x.docx")


def test_a_word_document_with_a_damaged_member_header_is_refused_not_crashed():
    # Found by the fuzz test: one byte changed in the first local header makes zipfile raise
    # EOFError when it reads [Content_Types].xml.
    damaged = SAMPLE_WORD_FILE[:29] + b"\x90" + SAMPLE_WORD_FILE[30:]

    with pytest.raises(ParseError, match="damaged"):
        extract_text(damaged, filename="x.docx", max_bytes=LIMIT)
