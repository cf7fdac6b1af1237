"""Member lists and member statistics as Excel workbooks, ready to print or to work with.

Commune offices send member lists up and print them for branch heads, so a workbook must
be both: real dates (with the dd/mm/yyyy format) that sort and filter, ID numbers and
phones as text (as numbers Excel shows "3,5E+11" and drops the leading zero), a frozen,
filterable header; and on paper A4 landscape fitted to the width, the header row repeated
on every page and "Trang x/y" at the foot.

The member list is written in openpyxl's write-only mode, which streams rows to the file
instead of building every cell in memory: 100,000 members take seconds, not a minute.
Write-only mode cannot merge cells, so the title lines simply start in column A.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.member_stats import DATE_COLUMNS, EXPORT_COLUMNS, TEXT_COLUMNS, MemberStatistics
from desktop.documents.cell_text import protect_workbook, safe_stream_value, safe_text_cell
from desktop.documents.pdf_common import nfc, write_atomically
from desktop.documents.report_sheets import number_pages

__all__ = [
    "DATE_FORMAT",
    "LIST_SHEET",
    "STAT_SHEETS",
    "write_member_list",
    "write_member_statistics",
]

LIST_SHEET = "Danh sách hội viên"
STAT_SHEETS = {
    "branch": "Chi hội",
    "age": "Độ tuổi",
    "ethnicity": "Dân tộc",
    "religion": "Tôn giáo",
    "occupation": "Nghề nghiệp",
    "kind": "Loại hội viên",
}
DATE_FORMAT = "dd/mm/yyyy"
PERCENT = "0.0%"
COUNT = "#,##0"

_FONT = "Times New Roman"
_TITLE_FONT = Font(name=_FONT, size=13, bold=True)
_LINE_FONT = Font(name=_FONT, size=11, italic=True)
_HEADER_FONT = Font(name=_FONT, size=11, bold=True)
_BODY_FONT = Font(name=_FONT, size=11)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
_THIN = Side(style="thin", color="8A8A8A")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

_SAMPLE = 500  # rows looked at to fit the column widths
_MIN_WIDTH = 6.0
_MAX_WIDTH = 45.0
_DATE_WIDTH = 12.0


def _text_width(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, dt.date):
        return _DATE_WIDTH
    return float(len(str(value)))


def _fit(headers: Sequence[str], sample: Sequence[Sequence[Any]]) -> list[float]:
    """Return column widths that fit the header words and the longest sampled value."""
    widths: list[float] = []
    for column, header in enumerate(headers):
        longest_word = max((len(w) for w in header.split()), default=4)
        values = max((_text_width(row[column]) for row in sample), default=0.0)
        widths.append(min(_MAX_WIDTH, max(_MIN_WIDTH, longest_word + 2.0, values * 1.1 + 2.0)))
    return widths


def _print_setup(sheet: Any, header_row: int) -> None:
    """A4 landscape, one page wide, the header on every page, numbered from page 2."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = 0.6
    sheet.page_margins.right = 0.4
    sheet.page_margins.top = 0.6
    sheet.page_margins.bottom = 0.7
    number_pages(sheet)
    sheet.print_title_rows = f"{header_row}:{header_row}"


def _header_cell(sheet: Any, text: str) -> WriteOnlyCell:
    cell = safe_text_cell(WriteOnlyCell(sheet, value=nfc(text)))
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL
    cell.border = _GRID
    cell.alignment = _CENTER
    return cell


def write_member_list(
    rows: Iterable[Sequence[Any]],
    columns: Sequence[str],
    title_lines: Sequence[str],
    out: Path,
) -> int:
    """Write a member list as an .xlsx file and return the number of members written.

    Args:
        rows: tuples of values in ``columns`` order, e.g. from
            :func:`db.member_stats.members_for_export`: text, integers, ``dt.date`` (shown
            dd/mm/yyyy) or None; a partial birth date comes as text ("03/1985").
        columns: keys of :data:`db.member_stats.EXPORT_COLUMNS`.
        title_lines: lines above the table; the first two are bold (the issuer
            "HỘI LHPN XÃ HƯNG HÀ" and the title), the rest italic (filter, date).
        out: the target; written beside it and renamed into place, so it is either the
            old file or the complete new one.
    """
    headers = [EXPORT_COLUMNS[key] for key in columns]
    header_row = len(title_lines) + 2
    iterator = iter(rows)
    sample = list(itertools.islice(iterator, _SAMPLE))
    count = 0

    def build(stream: BinaryIO) -> None:
        nonlocal count
        book = Workbook(write_only=True)
        sheet = book.create_sheet(LIST_SHEET)
        for column, width in enumerate(_fit(headers, sample), start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = f"A{header_row + 1}"
        # Sheet properties (fit to page) are streamed before the rows: set them first.
        _print_setup(sheet, header_row)
        for number, title in enumerate(title_lines):
            cell = safe_text_cell(WriteOnlyCell(sheet, value=nfc(title)))
            cell.font = _TITLE_FONT if number < 2 else _LINE_FONT
            sheet.append([cell])
        sheet.append([])
        sheet.append([_header_cell(sheet, h) for h in headers])
        date_cell = [key in DATE_COLUMNS or key == "birth_date" for key in columns]
        text_cell = [key in TEXT_COLUMNS for key in columns]
        for values in itertools.chain(sample, iterator):
            cells: list[Any] = []
            for value, is_date, is_text in zip(values, date_cell, text_cell, strict=True):
                if value is None:
                    cells.append(None)
                elif is_date and isinstance(value, dt.date):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = DATE_FORMAT
                    cells.append(cell)
                elif is_text:
                    cell = safe_text_cell(WriteOnlyCell(sheet, value=str(value)))
                    cell.number_format = "@"
                    cells.append(cell)
                else:
                    cells.append(safe_stream_value(sheet, value))
            sheet.append(cells)
            count += 1
        last = header_row + max(count, 1)
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(headers))}{last}"
        book.properties.title = nfc(" ".join(title_lines[:2]))
        book.properties.creator = "Sổ Hội"
        book.save(stream)

    write_atomically(Path(out), build)
    return count


# --- statistics ----------------------------------------------------------------------------


def _stat_sheet(sheet: Worksheet, heading: str, title_lines: Sequence[str],
                rows: Sequence[tuple[str, int, float | None]], total: int) -> int:
    """Fill one dimension's sheet and return the row of its header."""
    width = 4
    for number, line in enumerate((*title_lines, heading), start=1):
        cell = sheet.cell(row=number, column=1, value=nfc(line))
        cell.font = _TITLE_FONT if number <= 2 else _LINE_FONT
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
        cell.alignment = Alignment(horizontal="center" if number > 1 else "left")
    header_row = len(title_lines) + 3
    for column, text in enumerate(("STT", heading.removeprefix("Theo ").capitalize(),
                                   "Số hội viên", "Tỷ lệ"), start=1):
        cell = sheet.cell(row=header_row, column=column, value=nfc(text))
        cell.font, cell.fill, cell.border, cell.alignment = (
            _HEADER_FONT, _HEADER_FILL, _GRID, _CENTER)
    row = header_row
    for number, (label, count, share) in enumerate(rows, start=1):
        row += 1
        values = (number, nfc(label), count, None if share is None else share / 100.0)
        for column, (value, fmt) in enumerate(
            zip(values, (None, None, COUNT, PERCENT), strict=True), start=1
        ):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.font, cell.border = _BODY_FONT, _GRID
            if fmt:
                cell.number_format = fmt
    last = row
    row += 1
    for column, (value, fmt) in enumerate(
        zip(("", "Tổng số", total, 1.0 if total else None), (None, None, COUNT, PERCENT),
            strict=True), start=1
    ):
        cell = sheet.cell(row=row, column=column, value=value)
        cell.font, cell.border = _HEADER_FONT, _GRID
        if fmt:
            cell.number_format = fmt
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.auto_filter.ref = f"A{header_row}:D{max(last, header_row + 1)}"
    longest = max((len(label) for label, _, _ in rows), default=10)
    for column, size in enumerate((6, min(_MAX_WIDTH, max(24, longest + 4)), 14, 10), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = size
    _print_setup(sheet, header_row)
    return header_row


def write_member_statistics(
    stats: MemberStatistics, title_lines: Sequence[str], out: Path
) -> None:
    """Write the statistics as an .xlsx file: one sheet per dimension, a chart of branches.

    Args:
        stats: from :func:`db.member_stats.member_statistics`.
        title_lines: lines above each table (issuer, title, date).
        out: the target; written beside it and renamed into place.
    """
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for table in stats.tables:
        sheet = book.create_sheet(STAT_SHEETS.get(table.key, table.key[:31]))
        rows = [(r.label, r.count, r.share) for r in table.rows]
        header_row = _stat_sheet(sheet, table.title, title_lines, rows, stats.total)
        if table.key == "branch" and rows:
            _branch_chart(sheet, header_row, len(rows))
    book.properties.title = nfc(" ".join(title_lines[:2]))
    book.properties.creator = "Sổ Hội"

    def build(stream: BinaryIO) -> None:
        protect_workbook(book)
        book.save(stream)

    write_atomically(Path(out), build)


def _branch_chart(sheet: Worksheet, header_row: int, count: int) -> None:
    """Put a native bar chart of members per branch beside the table."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Số hội viên theo chi hội"
    chart.y_axis.title = "Hội viên"
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first branch on top, as in the table
    chart.add_data(Reference(sheet, min_col=3, min_row=header_row,
                             max_row=header_row + count), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=2, min_row=header_row + 1,
                                   max_row=header_row + count))
    chart.legend = None
    chart.height = max(7.0, 0.6 * count + 3)
    chart.width = 16
    sheet.add_chart(chart, f"F{header_row}")
