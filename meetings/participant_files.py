"""Reads a list of participants uploaded as a table: CSV (UTF-8, Excel's too) or XLSX.

One row per person, a header row naming the columns name, title, function, delegation and
category, in any order (extra columns are ignored). What the cells say is the service's to check
(services.store_uploaded_participants); here a file that cannot be read as such a table is
refused with the reason.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _
from openpyxl import load_workbook

COLUMNS = ("name", "title", "function", "delegation", "category")
REQUIRED = ("name", "delegation", "category")


class UnreadableFile(ValueError):
    """The file is not a table of participants; the message says why."""


@dataclass(frozen=True)
class UploadedRow:
    line: int  # the row's number in the file, the header being 1
    name: str
    title: str
    function: str
    delegation: str
    category: str


def read_uploaded_rows(data: bytes, *, filename: str) -> list[UploadedRow]:
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".csv":
        table = csv_table(data)
    elif suffix == ".xlsx":
        table = xlsx_table(data)
    else:
        raise UnreadableFile(_("Upload a .csv or .xlsx file."))
    rows = iter(table)
    header = next(rows, None)
    if header is None:
        raise UnreadableFile(_("The file is empty."))
    columns = {str(cell or "").strip().lower(): place for place, cell in enumerate(header)}
    missing = [column for column in REQUIRED if column not in columns]
    if missing:
        raise UnreadableFile(
            _("The first row must name the columns %(columns)s; it lacks %(missing)s.")
            % {"columns": ", ".join(COLUMNS), "missing": ", ".join(missing)}
        )

    def cell(row: list, column: str) -> str:
        place = columns.get(column)
        value = row[place] if place is not None and place < len(row) else None
        return " ".join(str(value).split()) if value is not None else ""

    read = []
    for line, row in enumerate(rows, start=2):
        values = {column: cell(list(row), column) for column in COLUMNS}
        if any(values.values()):  # a blank row between blocks is no participant
            read.append(UploadedRow(line=line, **values))
    if not read:
        raise UnreadableFile(_("The file has a header row but no participants."))
    return read


def csv_table(data: bytes) -> list[list[str]]:
    try:
        # utf-8-sig: Excel writes a byte-order mark before UTF-8 CSV.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            _("The CSV file is not UTF-8 (byte %(position)d); save it as “CSV UTF-8”.")
            % {"position": error.start + 1}
        ) from error
    if "\x00" in text:
        raise UnreadableFile(_("The CSV file holds binary data."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def xlsx_table(data: bytes) -> list[list]:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        # openpyxl raises zipfile's, KeyError or its own errors for a damaged or foreign file.
        raise UnreadableFile(_("The file is not an Excel workbook (.xlsx).")) from error
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()
