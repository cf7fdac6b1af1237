"""The look shared by the report workbooks: title, header, grid, print setup.

Offices print these sheets and file them, so every report looks the same: a bold title
over the table with a subtitle in italics, a shaded header row repeated on every page,
a thin grid, Times New Roman, A4 landscape fitted to the page width, page numbers as
Decree 30 places them (centred at the top, from page 2; docs/PRINTING.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.documents.pdf_common import nfc

PERCENT = "0.0%"
COUNT = "#,##0"
MONEY = '#,##0 "đ"'

HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
TITLE_FONT = Font(name="Times New Roman", size=14, bold=True)
HEADER_FONT = Font(name="Times New Roman", size=11, bold=True)
BODY_FONT = Font(name="Times New Roman", size=11)
THIN = Side(style="thin", color="8A8A8A")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def write_title(sheet: Worksheet, text: str, subtitle: str, columns: int) -> None:
    """Write the title (row 1) and the subtitle (row 2), each across ``columns``."""
    sheet.cell(row=1, column=1, value=nfc(text)).font = TITLE_FONT
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center",
                                                      wrap_text=True)
    sheet.row_dimensions[1].height = 36
    sheet.cell(row=2, column=1, value=nfc(subtitle)).font = Font(
        name="Times New Roman", size=11, italic=True
    )
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=columns)
    sheet.cell(row=2, column=1).alignment = Alignment(horizontal="center")


def write_header(sheet: Worksheet, row: int, headers: Sequence[str]) -> None:
    """Write a shaded, gridded header row."""
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=row, column=column, value=nfc(text))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = GRID
        cell.alignment = CENTER
    sheet.row_dimensions[row].height = 32


def write_row(
    sheet: Worksheet, row: int, values: Sequence[Any], formats: Sequence[str | None]
) -> None:
    """Write one gridded body row; ``formats`` gives each cell's number format or None."""
    for column, (value, number_format) in enumerate(zip(values, formats, strict=True), start=1):
        cell = sheet.cell(row=row, column=column,
                          value=nfc(value) if isinstance(value, str) else value)
        cell.font = BODY_FONT
        cell.border = GRID
        cell.alignment = WRAP
        if number_format:
            cell.number_format = number_format


def set_widths(sheet: Worksheet, widths: Sequence[float]) -> None:
    """Set the column widths, first column first."""
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def number_pages(sheet: Worksheet) -> None:
    """Number printed pages the Decree 30 way: 13 pt, centred at the top, none on page 1.

    The spreadsheet program draws the header, so the number is a header field ("&P")
    and the first page gets a header of its own, left empty.
    """
    sheet.HeaderFooter.differentFirst = True
    sheet.oddHeader.center.text = "&P"
    sheet.oddHeader.center.size = 13
    sheet.oddHeader.center.font = "Times New Roman,Regular"


def print_setup(sheet: Worksheet, title: str, header_row: int) -> None:
    """A4 landscape fitted to the page width, with the title and page numbers at the top.

    The title stands at the top left of every page but the first (which prints it in
    full), the page number centred from page 2; the header row repeats on every page.
    """
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = 0.6
    sheet.page_margins.right = 0.4
    sheet.page_margins.top = 0.8
    sheet.page_margins.bottom = 0.8
    sheet.oddHeader.left.text = nfc(title)
    sheet.oddHeader.left.size = 9
    number_pages(sheet)
    sheet.print_title_rows = f"{header_row}:{header_row}"
