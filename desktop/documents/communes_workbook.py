"""The upper level's table of communes as an Excel workbook ("Các xã").

The province office pastes these numbers into its own consolidated reports and sends
the list of communes that have not reported to the people who will phone them, so the
workbook is meant to be worked with: real numbers and dates with number formats (a rate
is 0.973 shown "97.3%", a date a real date shown dd/mm/yyyy), a frozen header, filters,
and a "Chưa gửi" column spelled out in words (a filter on it gives the phone list; the
red fill alone would not survive a black-and-white printer). It prints on A4 landscape,
fitted to the page width, the header repeated, numbered "Trang x/y".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.communes import CommuneStatus, not_reported_count
from db.rules import gathering_rate
from desktop.documents.cell_text import protect_workbook
from desktop.documents.pdf_common import nfc, write_atomically
from desktop.documents.report_sheets import (
    CENTER,
    COUNT,
    HEADER_FONT,
    PERCENT,
    print_setup,
    write_header,
    write_row,
    write_title,
)
from desktop.formatting import date as format_date

__all__ = [
    "COMMUNES_SHEET",
    "HEADERS",
    "NOT_REPORTED",
    "REPORTED",
    "workbook_title",
    "write_communes_workbook",
]

COMMUNES_SHEET = "Các xã"
NOT_REPORTED = "Chưa gửi"
REPORTED = "Đã gửi"

HEADERS = (
    "STT", "Mã", "Xã/phường", "Gói gần nhất (ngày nhận)", "Lần", "Tình trạng", "Hội viên",
    "Đang sinh hoạt", "Phụ nữ từ 18 tuổi", "Tỷ lệ tập hợp", "Sinh hoạt quý này",
    "Cán bộ cần tập huấn", "Cán bộ đã tập huấn",
)
_WIDTHS = (6, 8, 28, 14, 6, 11, 11, 12, 12, 11, 12, 12, 12)

DATE = "dd/mm/yyyy"

_HEADER_ROW = 4
_LATE_FILL = PatternFill("solid", fgColor="FDE2E1")
_LATE_FONT = Font(name="Times New Roman", size=11, bold=True, color="B3261E")


def workbook_title(upper_name: str) -> str:
    """Return the sheet's heading, e.g. "TÌNH HÌNH CÁC XÃ — HỘI LHPN TỈNH HƯNG YÊN"."""
    return nfc(f"TÌNH HÌNH GỬI SỐ LIỆU CỦA CÁC XÃ — {upper_name.upper()}")


def write_communes_workbook(
    rows: Sequence[CommuneStatus],
    upper_name: str,
    as_of: dt.date,
    since: dt.date,
    out: Path,
) -> None:
    """Write the communes table as an .xlsx file; ``out`` is the old file or the new one.

    Args:
        rows: the communes, in the order to list them (from
            :func:`db.communes.commune_status`, as filtered and sorted on screen).
        upper_name: the upper level's union name, for the title.
        as_of: the day the numbers describe.
        since: the day from which a commune counts as having reported.
        out: where the workbook goes; written beside it and renamed into place.
    """
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = COMMUNES_SHEET
    title = workbook_title(upper_name)
    late = not_reported_count(rows)
    subtitle = (
        f"Số liệu đến ngày {format_date(as_of)} · {late}/{len(rows)} xã chưa gửi gói "
        f"từ ngày {format_date(since)}"
    )
    write_title(sheet, title, subtitle, len(HEADERS))
    write_header(sheet, _HEADER_ROW, HEADERS)
    row = _HEADER_ROW
    for number, commune in enumerate(rows, start=1):
        row += 1
        rate = commune.gathering_rate
        write_row(sheet, row, (
            number, commune.code, commune.name, commune.last_received_on,
            commune.last_generation or None,
            REPORTED if commune.reported else NOT_REPORTED,
            commune.members, commune.active_members, commune.women_18_plus,
            None if rate is None else rate / 100.0, commune.meetings_this_quarter,
            commune.officers_to_train, commune.officers_trained_this_year,
        ), (None, "@", None, DATE, COUNT, None, COUNT, COUNT, COUNT, PERCENT, COUNT, COUNT,
            COUNT))
        if not commune.reported:
            for column in range(1, len(HEADERS) + 1):
                sheet.cell(row=row, column=column).fill = _LATE_FILL
            sheet.cell(row=row, column=6).font = _LATE_FONT
        sheet.cell(row=row, column=6).alignment = CENTER
    last = max(row, _HEADER_ROW + 1)
    _totals(sheet, row + 1, rows)
    sheet.freeze_panes = sheet.cell(row=_HEADER_ROW + 1, column=4)
    sheet.auto_filter.ref = f"A{_HEADER_ROW}:{get_column_letter(len(HEADERS))}{last}"
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    print_setup(sheet, title, _HEADER_ROW)
    book.properties.title = title
    book.properties.creator = "Sổ Hội"

    def build(stream: BinaryIO) -> None:
        protect_workbook(book)
        book.save(stream)

    write_atomically(Path(out), build)


def _totals(sheet: Worksheet, row: int, rows: Sequence[CommuneStatus]) -> None:
    """Add the total line: sums, and the rate over the communes that have a women count."""
    counted = [r for r in rows if r.women_18_plus]
    women = sum(r.women_18_plus or 0 for r in counted)
    rate = gathering_rate(sum(r.gathered_members for r in counted), women)
    write_row(sheet, row, (
        "", "", f"Tổng cộng ({len(rows)} xã)", None, None,
        f"{not_reported_count(rows)} chưa gửi",
        sum(r.members for r in rows), sum(r.active_members for r in rows), women or None,
        None if rate is None else rate / 100.0, sum(r.meetings_this_quarter for r in rows),
        sum(r.officers_to_train for r in rows),
        sum(r.officers_trained_this_year for r in rows),
    ), (None, None, None, None, None, None, COUNT, COUNT, COUNT, PERCENT, COUNT, COUNT, COUNT))
    for column in range(1, len(HEADERS) + 1):
        sheet.cell(row=row, column=column).font = HEADER_FONT
    sheet.cell(row=row, column=6).alignment = CENTER







