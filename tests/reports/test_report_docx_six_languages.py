"""Word and text exports of a draft report in each of the six languages (issue 16).

The sections are written here directly, in each language's UN wording, so the test does not
wait for the writer's phrase modules; the export must lay each language out as its UN documents
are (fonts, Arabic right to left with its numbering mirrored) and the import must read the same
sections back from what it printed.
"""

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from documents.models import ImportJob
from documents.parsing.extraction import extract_text
from documents.parsing.report_sections import report_parts
from documents.parsing.structure import parse_text
from documents.services import create_import_job, run_import_job
from reports.exports import report_docx, report_text
from tests.factories import DraftReportFactory, ReportSectionFactory

pytestmark = pytest.mark.django_db

MAX_BYTES = 10 * 1024 * 1024
# (kind, number, heading, text) of three sections per language: a chapter with two numbered
# paragraphs, a chapter heading alone, a section with a paragraph, sub-paragraphs and a line.
SECTIONS = {
    "zh": [
        ("chapter", "一", "导言", "\n".join((
            "1. 缔约方会议在第5/3号决议中设立了工作组。",
            "2. 工作组应为缔约方会议的常设组成部分。",
        ))),
        ("chapter", "四", "会议安排", ""),
        ("section", "A", "会议开幕", "\n".join((
            "3. 工作组第七次会议于2020年9月8日和9日在维也纳举行。",
            "(a) 工作组的任务；",
            "(b) 工作组面前的议题。",
            "主席还欢迎主席团新成员。",
        ))),
    ],
    "en": [
        ("chapter", "I", "Introduction", "\n".join((
            "1. In its resolution 5/3, the Conference established the Working Group.",
            "2. The Working Group would be a constant element of the Conference.",
        ))),
        ("chapter", "IV", "Organization of the meeting", ""),
        ("section", "A", "Opening of the meeting", "\n".join((
            "3. The seventh meeting was held in Vienna on 8 and 9 September 2020.",
            "(a) The mandate of the Working Group;",
            "(b) The topics before it.",
            "The Chair also welcomed the new members of the Bureau.",
        ))),
    ],
    "fr": [
        ("chapter", "I", "Introduction", "\n".join((
            "1. Dans sa résolution 5/3, la Conférence a créé le Groupe de travail.",
            "2. Le Groupe de travail serait un élément permanent de la Conférence.",
        ))),
        ("chapter", "IV", "Organisation de la réunion", ""),
        ("section", "A", "Ouverture de la réunion", "\n".join((
            "3. La septième réunion s’est tenue à Vienne les 8 et 9 septembre 2020.",
            "(a) Le mandat du Groupe de travail ;",
            "(b) Les thèmes dont il était saisi.",
            "La Présidente a également souhaité la bienvenue aux nouveaux membres du Bureau.",
        ))),
    ],
    "es": [
        ("chapter", "I", "Introducción", "\n".join((
            "1. En su resolución 5/3, la Conferencia estableció el Grupo de Trabajo.",
            "2. El Grupo de Trabajo sería un elemento constante de la Conferencia.",
        ))),
        ("chapter", "IV", "Organización de la reunión", ""),
        ("section", "A", "Apertura de la reunión", "\n".join((
            "3. La séptima reunión se celebró en Viena los días 8 y 9 de septiembre de 2020.",
            "(a) El mandato del Grupo de Trabajo;",
            "(b) Los temas que tenía ante sí.",
            "La Presidenta también dio la bienvenida a los nuevos miembros de la Mesa.",
        ))),
    ],
    "ru": [
        ("chapter", "I", "Введение", "\n".join((
            "1. В своей резолюции 5/3 Конференция учредила Рабочую группу.",
            "2. Рабочая группа является постоянным элементом Конференции.",
        ))),
        ("chapter", "IV", "Организация работы совещания", ""),
        ("section", "A", "Открытие совещания", "\n".join((
            "3. Седьмое совещание состоялось в Вене 8 и 9 сентября 2020 года.",
            "(a) мандат Рабочей группы;",
            "(b) вопросы, находящиеся на ее рассмотрении.",
            "Председатель также приветствовала новых членов Бюро.",
        ))),
    ],
    "ar": [
        ("chapter", "أولا", "مقدمة", "\n".join((
            "1. أنشأ المؤتمر الفريق العامل بموجب قراره 5/3.",
            "2. قرر المؤتمر أن يكون الفريق العامل عنصرا ثابتا من عناصر المؤتمر.",
        ))),
        ("chapter", "رابعا", "تنظيم الاجتماع", ""),
        ("section", "A", "افتتاح الاجتماع", "\n".join((
            "3. عُقد الاجتماع السابع في فيينا يومي 8 و 9 أيلول/سبتمبر 2020.",
            "(a) ولاية الفريق العامل؛",
            "(b) المواضيع المعروضة عليه.",
            "ورحبت الرئيسة أيضا بالأعضاء الجدد في المكتب.",
        ))),
    ],
}  # fmt: skip
LANGUAGES = list(SECTIONS)


def report_in(language: str, ordinal: int = 7):
    report = DraftReportFactory(meeting__ordinal=ordinal)
    for order, (kind, number, heading, text) in enumerate(SECTIONS[language], start=1):
        ReportSectionFactory(
            report=report, language=language, key=f"part-{order}", kind=kind, number=number,
            heading=heading, text=text, order=order,
        )  # fmt: skip
    return report


def parsed_sections(data: bytes, filename: str) -> list[tuple]:
    text = extract_text(data, filename=filename, max_bytes=MAX_BYTES).text
    return [
        (part.kind, part.number, part.heading, part.text) for part in report_parts(parse_text(text))
    ]


def opened(report, language: str) -> docx.Document:
    return docx.Document(io.BytesIO(report_docx(report, language)))


def text_paragraphs(word: docx.Document) -> list:
    return [p for p in word.paragraphs if p.text.strip()]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["report.docx", "report.txt"])
def test_an_export_in_each_language_reads_back_as_the_same_sections(language, name):
    report = report_in(language)
    export = report_docx if name.endswith(".docx") else report_text
    data = export(report, language)

    parsed = parsed_sections(data if isinstance(data, bytes) else data.encode(), name)

    assert parsed == SECTIONS[language]


@pytest.mark.parametrize(
    ("language", "fonts"),
    [
        ("zh", ("Times New Roman", "SimSun", "Times New Roman", "SimHei")),
        ("en", ("Times New Roman", "SimSun", "Times New Roman", "SimHei")),
        ("fr", ("Times New Roman", "SimSun", "Times New Roman", "SimHei")),
        ("es", ("Times New Roman", "SimSun", "Times New Roman", "SimHei")),
        ("ru", ("Times New Roman", "SimSun", "Times New Roman", "SimHei")),
        ("ar", ("Times New Roman", "SimSun", "Simplified Arabic", "SimHei")),
    ],
)
def test_each_language_is_set_in_the_fonts_of_its_un_documents(language, fonts):
    word = opened(report_in(language), language)

    normal = word.styles["Normal"].element.rPr.rFonts
    heading = word.styles["Heading 1"].element.rPr.rFonts
    assert (
        normal.get(qn("w:ascii")), normal.get(qn("w:eastAsia")), normal.get(qn("w:cs")),
        heading.get(qn("w:eastAsia")),
    ) == fonts  # fmt: skip
    tag = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    expected = {"zh": "en-GB", "en": "en-GB"}.get(language, f"{language}-{language.upper()}")
    assert tag.get(qn("w:val")) == ("ar-SA" if language == "ar" else expected)


@pytest.mark.parametrize("language", ["zh", "en", "fr", "es", "ru"])
def test_a_left_to_right_export_has_no_right_to_left_mark(language):
    word = opened(report_in(language), language)

    body = word.element.body
    assert body.findall(".//" + qn("w:bidi")) == []
    assert body.findall(".//" + qn("w:rtl")) == []
    assert body.findall(".//" + qn("w:bidiVisual")) == []
    numbered = next(p for p in word.paragraphs if p.text.startswith("1.\t"))
    assert numbered.paragraph_format.left_indent > 0


def test_an_arabic_export_reads_right_to_left_in_every_paragraph_run_and_table():
    word = opened(report_in("ar"), "ar")

    assert word.sections[0]._sectPr.find(qn("w:bidi")) is not None
    paragraphs = list(word.paragraphs) + [
        p for t in word.tables for row in t.rows for c in row.cells for p in c.paragraphs
    ]
    assert all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in paragraphs)
    runs = [run for p in paragraphs for run in p.runs]
    assert runs and all(run.font.rtl for run in runs)
    # The masthead mirrored: "United Nations" in the first column, which now stands on the right.
    masthead = word.tables[0]
    assert masthead._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    assert masthead.rows[0].cells[0].text == "United Nations"
    symbol = masthead.rows[0].cells[1].paragraphs[0]
    # "right" in a right-to-left paragraph is its end: the symbol stands at the left margin.
    assert symbol.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_an_arabic_export_numbers_headings_and_paragraphs_as_un_arabic_documents_do():
    word = opened(report_in("ar"), "ar")

    lines = [p.text for p in text_paragraphs(word)]
    assert "أولا -\tمقدمة" in lines
    assert "ألف -\tافتتاح الاجتماع" in lines
    first = next(p for p in word.paragraphs if p.text.startswith("1 -\t"))
    assert first.text == "1 -\tأنشأ المؤتمر الفريق العامل بموجب قراره 5/3."
    # The number at the right margin and the text indented from it: Word reads a right-to-left
    # paragraph's left indent and tab stops from the right.
    assert first.paragraph_format.left_indent > 0
    assert first.paragraph_format.tab_stops[0].position > first.paragraph_format.left_indent
    heading = word.styles["Heading 1"]
    assert heading.font.cs_bold and heading.element.pPr.find(qn("w:bidi")) is not None
    size = word.styles["Normal"].element.rPr.find(qn("w:szCs")).get(qn("w:val"))
    assert int(size) > word.styles["Normal"].font.size.pt * 2  # Arabic set larger


def test_an_arabic_word_file_names_fallbacks_for_its_arabic_font():
    data = report_docx(report_in("ar"), "ar")

    word = docx.Document(io.BytesIO(data))
    fonts = next(
        rel.target_part.blob
        for rel in word.part.rels.values()
        if rel.reltype.endswith("/fontTable")
    ).decode()
    assert 'w:name="Simplified Arabic"' in fonts and "Traditional Arabic" in fonts


def test_the_plain_text_export_prints_each_languages_masthead_and_marks():
    texts = {
        code: report_text(report_in(code, ordinal), code)
        for ordinal, code in enumerate(LANGUAGES, start=1)
    }

    assert "\nVienna, 8 et 9 septembre 2020\n" not in texts["fr"]  # no French venue given
    assert "\n8 et 9 septembre 2020\n" in texts["fr"] and "\nProjet de rapport\n" in texts["fr"]
    assert "\n8 y 9 de septiembre de 2020\n" in texts["es"]
    assert "\n8 и 9 сентября 2020 года\n" in texts["ru"] and "\nПроект доклада\n" in texts["ru"]
    assert "\n8 و 9 أيلول/سبتمبر 2020\n" in texts["ar"] and "\nمشروع التقرير\n" in texts["ar"]
    assert "\nأولا - مقدمة\n" in texts["ar"] and "\n1 - أنشأ المؤتمر" in texts["ar"]
    assert "\nI. Введение\n" in texts["ru"] and "\n(a) мандат Рабочей группы;\n" in texts["ru"]


def stored(report, language: str) -> list[tuple]:
    return list(
        report.sections.filter(language=language)
        .order_by("order")
        .values_list("kind", "number", "heading", "text", "version")
    )


def keyed_as_imported(report, language: str) -> list[str]:
    """Give the sections the keys the import gives the parts it reads (the report pattern's,
    "introduction", where it knows the language's titles; "chapter-1" elsewhere)."""
    data = report_docx(report, language)
    text = extract_text(data, filename="report.docx", max_bytes=MAX_BYTES).text
    keys = [part.key for part in report_parts(parse_text(text))]
    sections = report.sections.filter(language=language).order_by("order")
    for section, key in zip(sections, keys, strict=True):
        section.key = key
        section.save()
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_word_export_imported_again_lands_on_the_same_report_unchanged(language):
    report = report_in(language)
    keys = keyed_as_imported(report, language)
    before = stored(report, language)

    job = run_import_job(
        job=create_import_job(name="report.docx", data=report_docx(report, language), queue=False)
    )

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert job.document == report.document
    assert stored(report, language) == before
    report.document.refresh_from_db()
    assert (report.document.type, report.document.distribution) == ("draft_report", "limited")
    # The import knows every language's chapter titles, so it read the file as the report: all
    # three sections, each found again unchanged.
    assert "organization" in keys
    assert job.counts["report_sections"] == 3
