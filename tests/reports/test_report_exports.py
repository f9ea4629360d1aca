"""Exports of a draft report (issue 6): plain text, Word and its structure, and the round trip.

A report exported and imported again through the import pipeline must land on the same report
with the same sections: the secretariat edits the Word file and brings it back.
"""

import datetime
import io
import json

import docx
import pytest
from docx.oxml.ns import qn

from documents.models import ImportJob
from documents.parsing.dates import read_dates
from documents.parsing.extraction import extract_text
from documents.parsing.report_sections import report_parts
from documents.parsing.structure import parse_text
from documents.services import create_import_job, run_import_job
from reports.exports import report_docx, report_structure, report_text
from reports.exports.masthead import meeting_line, report_title
from reports.models import DraftReport
from tests.factories import (
    BodyFactory,
    DraftReportFactory,
    MeetingFactory,
    ReportSectionFactory,
)

pytestmark = pytest.mark.django_db

FOURTH = "004_28d5586563dc01f3.txt"
SEVENTH = "000_1cd5f2748af19e84.txt"
MAX_BYTES = 10 * 1024 * 1024


def imported_report(seeds, name: str) -> DraftReport:
    job = run_import_job(
        job=create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return DraftReport.objects.get(document=job.document)


def stored_sections(report: DraftReport, language: str = "zh") -> list[tuple]:
    return list(
        report.sections.filter(language=language)
        .order_by("order")
        .values_list("key", "kind", "number", "heading", "text", "version")
    )


def parsed_sections(data: bytes, filename: str) -> list[tuple]:
    text = extract_text(data, filename=filename, max_bytes=MAX_BYTES).text
    return [
        (part.key, part.kind, part.number, part.heading, part.text)
        for part in report_parts(parse_text(text))
    ]


def reimported(report: DraftReport, name: str, data: bytes) -> ImportJob:
    job = run_import_job(job=create_import_job(name=name, data=data, queue=False))
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


@pytest.mark.parametrize("seed", [SEVENTH, FOURTH])
def test_a_word_and_a_text_export_read_back_as_the_same_sections(seeds, seed):
    report = imported_report(seeds, seed)
    stored = [section[:5] for section in stored_sections(report)]

    from_word = parsed_sections(report_docx(report, "zh"), "report.docx")
    from_text = parsed_sections(report_text(report, "zh").encode(), "report.txt")

    assert from_word == stored
    assert from_text == stored


@pytest.mark.parametrize("seed", [SEVENTH, FOURTH])
@pytest.mark.parametrize("name", ["report.docx", "report.txt"])
def test_an_exported_report_imported_again_lands_on_the_same_report_unchanged(seeds, seed, name):
    report = imported_report(seeds, seed)
    before = stored_sections(report)
    reports = DraftReport.objects.count()
    export = report_docx if name.endswith(".docx") else report_text
    data = export(report, "zh")

    job = reimported(report, name, data if isinstance(data, bytes) else data.encode())

    assert job.document == report.document
    assert job.counts["report_sections"] == len(before)
    assert DraftReport.objects.count() == reports
    # Same texts and the same versions: an import writes a new version only for a changed text.
    assert stored_sections(report) == before


def test_a_numbered_draft_carries_its_symbol_and_distribution_in_the_word_masthead(seeds):
    report = imported_report(seeds, FOURTH)
    report.document.symbol = "CTOC/COP/WG.7/2017/L.1"
    report.document.save()

    word = docx.Document(io.BytesIO(report_docx(report, "zh")))

    masthead = [[cell.text for cell in row.cells] for row in word.tables[0].rows]
    assert masthead[0] == ["United Nations", "CTOC/COP/WG.7/2017/L.1"]
    assert masthead[1][1].splitlines() == [
        "Distr.: Limited", "11 September 2017", "Chinese", "Original: English",
    ]  # fmt: skip
    lines = [paragraph.text for paragraph in word.paragraphs[:3]]
    assert lines == ["偷运移民问题工作组", "2017年9月11日至13日，维也纳", "报告草稿"]


def test_a_numbered_draft_imported_back_from_word_is_found_by_its_symbol(seeds):
    report = imported_report(seeds, FOURTH)
    report.document.symbol = "CTOC/COP/WG.7/2017/L.1"
    report.document.save()
    before = stored_sections(report)

    job = reimported(report, "report.docx", report_docx(report, "zh"))

    assert job.document == report.document
    assert stored_sections(report) == before
    report.document.refresh_from_db()
    assert (report.document.distribution, str(report.document.issue_date)) == (
        "limited", "2017-09-11"
    )  # fmt: skip


def test_the_word_export_sets_chapters_as_headings_in_a4_with_chinese_and_latin_fonts(seeds):
    report = imported_report(seeds, FOURTH)

    word = docx.Document(io.BytesIO(report_docx(report, "zh")))

    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert headings[:4] == [
        ("Heading 1", "一.\t引言"),
        ("Heading 1", "二.\t建议"),
        ("Heading 2", "A.\t关于特定议题的建议"),
        ("Heading 3", "1.\t利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战"),
    ]
    assert ("Heading 4", "建议 1") in headings
    paragraphs = {p.text.split("\t")[0]: p for p in word.paragraphs if "\t" in p.text}
    # Paragraph numbers are typed text, not Word numbering, so they survive editing.
    assert paragraphs["21."].text.startswith("21.\t工作组于 2017 年 9 月 13 日通过了本次会议报告")
    assert paragraphs["(a)"].paragraph_format.first_line_indent > 0
    fonts = word.styles["Normal"].element.rPr.rFonts
    assert (fonts.get(qn("w:eastAsia")), word.styles["Normal"].font.name) == (
        "SimSun", "Times New Roman"
    )  # fmt: skip
    page = word.sections[0]
    assert (round(page.page_width.cm, 1), round(page.page_height.cm, 1)) == (21.0, 29.7)


def english_report() -> DraftReport:
    report = DraftReportFactory(meeting__ordinal=7)
    sections = [
        ("introduction", "chapter", "I", "Introduction",
         "1. In its resolution 5/3, the Conference established the Working Group.\n"
         "2. In its resolution 7/1, the Conference decided that the Working Group would be a "
         "constant element of the Conference."),
        ("organization", "chapter", "IV", "Organization of the meeting", ""),
        ("organization-opening", "section", "A", "Opening of the meeting",
         "3. The seventh meeting of the Working Group on the Smuggling of Migrants was held in "
         "Vienna on 8 and 9 September 2020. Four sittings were held.\n"
         "4. The meeting was opened by the Chair, who outlined:\n"
         "(a) The mandate of the Working Group;\n"
         "(b) The topics before it [...].\n"
         "- the smuggling of migrants by sea;\n"
         "The Chair also welcomed the new members of the Bureau.\n"
         "### Statements by the panellists\n"
         "5. The panellists described their experience."),
    ]  # fmt: skip
    for order, (key, kind, number, heading, text) in enumerate(sections, start=1):
        ReportSectionFactory(
            report=report, language="en", key=key, kind=kind, number=number, heading=heading,
            text=text, order=order,
        )  # fmt: skip
    return report


def test_an_english_report_exports_in_english_with_english_headings():
    report = english_report()

    text = report_text(report, "en")

    assert text.startswith(f"United Nations\n{report.document.symbol}\n")
    for line in (
        "Distr.: Limited", "30 June 2020", "English", "Original: English",
        "Working Group on the Smuggling of Migrants", "Vienna, 8 and 9 September 2020",
        "Draft report", "I. Introduction", "IV. Organization of the meeting",
        "A. Opening of the meeting", "(a) The mandate of the Working Group;",
    ):  # fmt: skip
        assert f"\n{line}\n" in text
    assert "导言" not in text and "报告草稿" not in text
    word = docx.Document(io.BytesIO(report_docx(report, "en")))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 2"] == [
        "A.\tOpening of the meeting"
    ]


@pytest.mark.parametrize("name", ["report.docx", "report.txt"])
def test_an_english_report_imported_back_keeps_its_sections_and_lines(name):
    report = english_report()
    before = stored_sections(report, "en")
    data = report_docx(report, "en") if name.endswith(".docx") else report_text(report, "en")
    data = data if isinstance(data, bytes) else data.encode()

    assert parsed_sections(data, name) == [section[:5] for section in before]
    job = reimported(report, name, data)
    assert (job.document, job.counts.get("report_sections")) == (report.document, 3)
    assert stored_sections(report, "en") == before


@pytest.mark.parametrize("export", [report_text, report_docx])
def test_an_export_in_a_language_without_sections_is_refused_with_the_reason(export):
    report = english_report()

    with pytest.raises(ValueError, match=r"no sections in Chinese \(zh\).*sections in: en"):
        export(report, "zh")


def test_an_adopted_report_is_titled_as_the_report_of_its_meeting_not_as_a_draft():
    report = english_report()
    report.status = DraftReport.Status.ADOPTED

    text = report_text(report, "en")

    assert (
        "\nReport on the meeting of the Working Group on the Smuggling of Migrants held in Vienna "
        "on 8 and 9 September 2020\n" in text
    )
    assert "Draft report" not in text
    chinese = report_title(report.meeting, "zh")
    assert chinese == "2020年9月8日和9日在维也纳举行的偷运移民问题工作组会议报告"


def test_a_report_title_says_from_and_to_for_a_run_of_days_in_one_month_or_two():
    meeting = MeetingFactory(
        start_date=datetime.date(2012, 5, 30), end_date=datetime.date(2012, 6, 1)
    )
    assert report_title(meeting, "en") == (
        "Report on the meeting of the Working Group on the Smuggling of Migrants held in Vienna "
        "from 30 May to 1 June 2012"
    )
    meeting.end_date = datetime.date(2012, 5, 31)
    meeting.start_date = datetime.date(2012, 5, 29)
    meeting.venue_en = meeting.venue_zh = ""
    assert report_title(meeting, "en").endswith("Migrants held from 29 to 31 May 2012")
    assert report_title(meeting, "zh") == "2012年5月29日至31日举行的偷运移民问题工作组会议报告"


@pytest.mark.parametrize(
    ("language", "name", "venue", "title"),
    [
        (
            *("fr", "Groupe de travail sur le trafic illicite de migrants", "Vienne"),
            "Rapport sur la réunion du Groupe de travail sur le trafic illicite de migrants "
            "tenue à Vienne les 8 et 9 septembre 2020",
        ),
        (
            *("es", "Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes", "Viena"),
            "Informe sobre la reunión del Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes "
            "celebrada en Viena los días 8 y 9 de septiembre de 2020",
        ),
        (
            *("ru", "Рабочая группа по незаконному ввозу мигрантов", "Вена"),
            "Доклад о работе совещания Рабочей группы по незаконному ввозу мигрантов, "
            "состоявшегося в Вене 8 и 9 сентября 2020 года",
        ),
        (
            *("ar", "الفريق العامل المعني بتهريب المهاجرين", "فيينا"),
            "تقرير عن اجتماع الفريق العامل المعني بتهريب المهاجرين المعقود في فيينا "
            "يومي 8 و 9 أيلول/سبتمبر 2020",
        ),
        (
            "fr",
            "Conférence des Parties",
            "",
            "Rapport sur la réunion de la Conférence des Parties tenue les 8 et 9 septembre 2020",
        ),
    ],
)
def test_an_adopted_report_is_titled_in_its_own_language(language, name, venue, title):
    body = BodyFactory(symbol_prefix="TEST/WG.1", **{f"name_{language}": name})
    meeting = MeetingFactory(body=body, **{f"venue_{language}": venue})

    assert report_title(meeting, language) == title


def test_a_title_names_no_venue_nor_body_in_another_language():
    # A body and a venue named in Chinese and English only.
    meeting = MeetingFactory(body=BodyFactory(symbol_prefix="TEST/WG.1"))

    assert report_title(meeting, "es") == (
        "Informe sobre la reunión del Grupo de Trabajo celebrada los días 8 y 9 de septiembre "
        "de 2020"
    )


def test_the_structure_gives_paragraphs_and_open_items_of_the_seventh_meeting_draft(seeds):
    report = imported_report(seeds, SEVENTH)

    structure = report_structure(report)

    assert json.loads(json.dumps(structure)) == structure
    assert (structure["meeting"], structure["status"], structure["adopted_on"]) == (
        {"body": "CTOC/COP/WG.7", "ordinal": 7, "start_date": "2020-09-08",
         "end_date": "2020-09-09"},
        "draft",
        "2020-09-09",
    )  # fmt: skip
    sections = structure["sections"]["zh"]
    assert [s["key"] for s in sections][:3] == [
        "introduction",
        "recommendations",
        "recommendations-a",
    ]
    paragraphs = [p for s in sections for p in s["paragraphs"]]
    assert [p["number"] for p in paragraphs if p["number"]] == list(range(1, 28))
    by_number = {p["number"]: p for p in paragraphs if p["number"]}
    assert "[8 日和 9 日][第二和第三场]" in by_number[11]["text"]
    agenda = next(s for s in sections if s["key"] == "organization-agenda")["paragraphs"]
    assert [(p["number"], p["label"]) for p in agenda] == [
        (19, ""), (None, "1."), (None, "(a)"), (None, "(b)"), (None, "2."), (None, "3."),
        (None, "4."), (None, "5."),
    ]  # fmt: skip
    assert agenda[2]["text"] == "会议开幕；"
    items = [
        (item["kind"], item["text"], item["paragraph_number"])
        for s in sections
        for item in s["open_items"]
    ]
    assert items == [
        ("bracket", "[8 日和 9 日]", 11), ("bracket", "[第二和第三场]", 11),
        ("placeholder", "[……]", 16), ("placeholder", "[……]", 20), ("placeholder", "[……]", 21),
        ("placeholder", "[……]", 22), ("placeholder", "[……]", 23),
    ]  # fmt: skip


def test_the_structure_gives_the_recommendation_headings_below_section_level(seeds):
    report = imported_report(seeds, FOURTH)

    structure = report_structure(report)

    section = next(s for s in structure["sections"]["zh"] if s["key"] == "recommendations-a")
    assert section["paragraphs"][:3] == [
        {"heading": "利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战", "number": "1",
         "level": 3},
        {"heading": "建议 1", "number": "", "level": 4},
        {"number": None, "label": "",
         "text": "鼓励缔约国加强实施《联合国打击跨国有组织犯罪公约》和《偷运移民议定书》，"
                 "特别是针对腐败、洗钱和没收犯罪所得。"},
    ]  # fmt: skip
    assert structure["symbol"] is None and structure["distribution"] == "limited"


@pytest.mark.parametrize(
    ("start", "end", "language", "printed"),
    [
        ((2020, 9, 8), (2020, 9, 9), "zh", "2020年9月8日和9日，维也纳"),
        ((2012, 5, 30), (2012, 6, 1), "zh", "2012年5月30日至6月1日，维也纳"),
        ((2020, 9, 8), (2020, 9, 9), "en", "Vienna, 8 and 9 September 2020"),
        ((2017, 9, 11), (2017, 9, 13), "en", "Vienna, 11–13 September 2017"),
        ((2019, 12, 30), (2020, 1, 2), "en", "Vienna, 30 December 2019–2 January 2020"),
        ((2020, 9, 8), (2020, 9, 9), "fr", "Vienna, 8 et 9 septembre 2020"),
        ((2012, 5, 30), (2012, 6, 1), "es", "Vienna, 30 de mayo a 1 de junio de 2012"),
        ((2012, 5, 30), (2012, 6, 1), "ru", "Vienna, 30 мая — 1 июня 2012 года"),
    ],
)
def test_the_meeting_line_prints_its_dates_as_the_masthead_parser_reads_them(
    start, end, language, printed
):
    start, end = datetime.date(*start), datetime.date(*end)
    venue = "维也纳" if language == "zh" else "Vienna"

    line = meeting_line(start, end, venue, language)

    assert line == printed
    assert read_dates(line)[:2] == (start, end)
