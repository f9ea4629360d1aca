"""A meeting's attendance and list of participants as CSV and XLSX tables.

What a table holds is what the participants page shows the same reader (meetings.delegations):
without the names, a row per delegation with its head count.
"""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from wgportal.languages import in_language

from .delegations import ListOfParticipants
from .models import Attendance

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def attendance_table(rows: list[Attendance], language: str) -> list[list[str]]:
    labels = {code: str(label) for code, label in Attendance.Category.choices}
    return [
        [_("category"), _("code"), _("delegation")],
        *(
            [labels[row.category], row.entity.code, in_language(row.entity, "name", language)[0]]
            for row in rows
        ),
    ]


def participants_table(listed: ListOfParticipants) -> list[list[str | int]]:
    if not listed.names_shown:
        return [
            [_("category"), _("code"), _("delegation"), _("participants")],
            *(
                [str(label), d.entity.code, d.name, d.count]
                for label, delegations in listed.by_category
                for d in delegations
            ),
        ]
    return [
        [_("category"), _("code"), _("delegation"), _("title"), _("name"), _("function")],
        *(
            [str(label), d.entity.code, d.name, person.title, person.name, person.function]
            for label, delegations in listed.by_category
            for d in delegations
            for person in d.people
        ),
    ]


def table_response(table: list[list], *, file_format: str, filename: str) -> HttpResponse:
    """The table as a download: CSV in UTF-8 with a byte-order mark (Excel reads it so), or XLSX."""
    response = HttpResponse(content_type=FORMATS[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    if file_format == "csv":
        response.write("\ufeff")
        csv.writer(response).writerows([[csv_cell(cell) for cell in row] for row in table])
        return response
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(filename[:31])
    for row in table:
        sheet.append([text_cell(sheet, cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response.write(buffer.getvalue())
    return response


# A spreadsheet opening a CSV file runs a cell that starts with one of these as a formula
# ("=HYPERLINK(...)" in a name read from a text): such a cell is written after an apostrophe,
# which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(cell):
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return f"'{cell}"
    return cell


def text_cell(sheet, cell):
    # openpyxl stores a string starting "=" as a formula: a text read from a document stays text.
    if isinstance(cell, str):
        written = WriteOnlyCell(sheet, value=cell)
        written.data_type = "s"
        return written
    return cell
