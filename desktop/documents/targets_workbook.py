"""The Đề án 1893 report as an Excel workbook, for the upper level's consolidated tables.

Upper levels gather these numbers in Excel, so the workbook is meant to be worked with,
not only printed: real numbers with number formats (a share is 0.5 shown as "50.0%", a
sum of money an integer shown "1.500.000 đ" by Excel's own locale), a frozen header and
filters, and a native chart the reader can restyle. Each sheet also prints on its own:
A4 landscape, fitted to the page width, numbered "Trang x/y".

Three sheets (four at an upper level):

- "Chỉ tiêu 1893": progress per officer category against the year's targets, the 2030
  certificate goals and the share meeting the title standards, with a chart of shares
  against targets;
- "Theo từng xã" (upper level only): the same yearly progress, one line per commune,
  with the people, the trained people and the share of each category, and a total line;
- "Kinh phí": the money spent on the commune's courses of the year, by source;
- "Chưa bồi dưỡng": the officers not yet trained this year, to plan the next course.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.targets import CATEGORY_ORDER, METRIC_LABELS, CommuneTargets, TargetsReport, UntrainedRow
from db.vocabulary import OFFICER_CATEGORY
from desktop.documents.cell_text import protect_workbook
from desktop.documents.pdf_common import nfc, write_atomically
from desktop.documents.report_sheets import (
    CENTER,
    COUNT,
    HEADER_FONT,
    MONEY,
    PERCENT,
    print_setup,
    set_widths,
    write_header,
    write_row,
    write_title,
)
from desktop.formatting import date as format_date

__all__ = [
    "COMMUNES_SHEET",
    "FUNDING_SHEET",
    "TARGETS_SHEET",
    "UNTRAINED_SHEET",
    "birth_text",
    "workbook_title",
    "write_targets_workbook",
]

TARGETS_SHEET = "Chỉ tiêu 1893"
COMMUNES_SHEET = "Theo từng xã"
FUNDING_SHEET = "Kinh phí"
UNTRAINED_SHEET = "Chưa bồi dưỡng"

TARGET_PERCENT = "0%"

_MET_FONT = Font(name="Times New Roman", size=11, bold=True, color="1E7B34")
_NOT_MET_FONT = Font(name="Times New Roman", size=11, bold=True, color="B3261E")

_TARGET_HEADERS = (
    "Đối tượng", "Chỉ tiêu đo", "Số người", "Đã bồi dưỡng (người)", "Lượt", "Tỷ lệ",
    "Chỉ tiêu", "Đạt?",
)
_HEADER_ROW = 4


def workbook_title(report: TargetsReport) -> str:
    """Return the heading of the first sheet, e.g. "KẾT QUẢ … NĂM 2026 — HỘI LHPN XÃ HƯNG HÀ"."""
    return nfc(
        f"KẾT QUẢ THỰC HIỆN ĐỀ ÁN 1893 NĂM {report.year} — {report.commune_name.upper()}"
    )


def birth_text(birth_date: str | None) -> str:
    """Write a stored partial birth date for people: "1980", "03/1980" or "12/03/1980".

    It goes in the cell as text, so Excel neither turns a year into 1.980 nor a date into
    a serial number the reader has to reformat.
    """
    if not birth_date:
        return ""
    parts = birth_date.split("-")
    return "/".join(reversed(parts))


def write_targets_workbook(
    report: TargetsReport, untrained: Sequence[UntrainedRow], out: Path,
    *, by_commune: Sequence[CommuneTargets] | None = None,
) -> None:
    """Write the report as an .xlsx file; ``out`` is the old file or the new one, never half.

    Args:
        report: the numbers, from :func:`db.targets.targets_report`.
        untrained: the officers not trained in the year, from
            :func:`db.targets.untrained_officers`.
        out: where the workbook goes; written beside it and renamed into place.
        by_commune: at an upper level, each commune's line from
            :func:`db.targets.targets_by_commune`; it becomes the second sheet.
    """
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = TARGETS_SHEET
    _targets_sheet(sheet, report)
    if by_commune is not None:
        _communes_sheet(book.create_sheet(COMMUNES_SHEET), report, by_commune)
    _funding_sheet(book.create_sheet(FUNDING_SHEET), report)
    _untrained_sheet(book.create_sheet(UNTRAINED_SHEET), report, untrained)
    book.properties.title = workbook_title(report)
    book.properties.creator = "Sổ Hội"

    def build(stream: BinaryIO) -> None:
        protect_workbook(book)
        book.save(stream)

    write_atomically(Path(out), build)














def _fraction(share: float | None) -> float | None:
    return None if share is None else share / 100.0


def _met_text(met: bool | None) -> str:
    return "" if met is None else ("Đạt" if met else "Chưa đạt")


# --- sheet 1: targets ----------------------------------------------------------------------


def _targets_sheet(sheet: Worksheet, report: TargetsReport) -> None:
    title = workbook_title(report)
    write_title(sheet, title, f"Số liệu tính đến ngày {format_date(report.as_of)}",
           len(_TARGET_HEADERS))
    sheet.cell(row=3, column=1, value="1. Bồi dưỡng cán bộ Hội trong năm").font = HEADER_FONT
    write_header(sheet, _HEADER_ROW, _TARGET_HEADERS)
    first = _HEADER_ROW + 1
    for offset, item in enumerate(report.categories):
        row = first + offset
        write_row(
            sheet, row,
            (item.label, METRIC_LABELS.get(item.metric, item.metric), item.people,
             item.trained_people, item.participations, _fraction(item.share),
             None if item.target is None else item.target / 100.0, _met_text(item.met)),
            (None, None, COUNT, COUNT, COUNT, PERCENT, TARGET_PERCENT, None),
        )
        met = sheet.cell(row=row, column=8)
        met.alignment = CENTER
        if item.met is not None:
            met.font = _MET_FONT if item.met else _NOT_MET_FONT
    last = first + len(report.categories) - 1
    sheet.freeze_panes = sheet.cell(row=first, column=1)
    sheet.auto_filter.ref = f"A{_HEADER_ROW}:{get_column_letter(len(_TARGET_HEADERS))}{last}"

    row = last + 1
    write_row(sheet, row, ("Tổng số trong năm (hội viên của xã)", "", "",
                      report.total_people, report.total_participations, None, None, ""),
         (None, None, None, COUNT, COUNT, None, None, None))
    for column in range(1, len(_TARGET_HEADERS) + 1):
        sheet.cell(row=row, column=column).font = HEADER_FONT

    row += 2
    sheet.cell(row=row, column=1,
               value="2. Chứng chỉ bồi dưỡng nghiệp vụ công tác Hội (mục tiêu đến năm 2030)"
               ).font = HEADER_FONT
    row += 1
    write_header(sheet, row, ("Đối tượng", "", "Số người", "Có chứng chỉ", "", "Tỷ lệ",
                         "Mục tiêu 2030", "Đạt?"))
    for certificate in report.certificates:
        row += 1
        met = (None if certificate.target_2030 is None or certificate.share is None
               else certificate.share + 1e-9 >= certificate.target_2030)
        write_row(sheet, row,
             (certificate.label, "", certificate.people, certificate.holders, None,
              _fraction(certificate.share),
              None if certificate.target_2030 is None else certificate.target_2030 / 100.0,
              _met_text(met)),
             (None, None, COUNT, COUNT, None, PERCENT, TARGET_PERCENT, None))

    row += 2
    sheet.cell(row=row, column=1, value="3. Đạt chuẩn chức danh").font = HEADER_FONT
    row += 1
    write_header(sheet, row, ("Đối tượng", "", "Số người có tiêu chuẩn", "Đạt chuẩn", "",
                         "Tỷ lệ", "", ""))
    for standard in report.standards:
        row += 1
        write_row(sheet, row,
             (standard.label, "", standard.people, standard.meeting, None,
              _fraction(standard.share), None, ""),
             (None, None, COUNT, COUNT, None, PERCENT, None, None))

    set_widths(sheet, (30, 34, 11, 14, 9, 11, 12, 11))
    _chart(sheet, first, last)
    print_setup(sheet, title, _HEADER_ROW)


def _chart(sheet: Worksheet, first: int, last: int) -> None:
    """Put a native bar chart of shares against targets beside the first table."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = "Tỷ lệ được bồi dưỡng so với chỉ tiêu"
    chart.y_axis.title = "Tỷ lệ"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first category on top, as in the table
    data = Reference(sheet, min_col=6, max_col=7, min_row=_HEADER_ROW, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
    chart.height = 9
    chart.width = 18
    chart.legend.position = "b"
    sheet.add_chart(chart, "J4")


# --- sheet 2: funding ----------------------------------------------------------------------


def _funding_sheet(sheet: Worksheet, report: TargetsReport) -> None:
    title = f"KINH PHÍ BỒI DƯỠNG CÁN BỘ HỘI NĂM {report.year} — {report.commune_name.upper()}"
    write_title(sheet, title, "Các lớp do Hội tổ chức, kết thúc trong năm", 3)
    write_header(sheet, _HEADER_ROW, ("STT", "Nguồn kinh phí", "Số tiền"))
    row = _HEADER_ROW
    for number, line in enumerate(report.funding, start=1):
        row += 1
        write_row(sheet, row, (number, line.label, line.amount), (None, None, MONEY))
    row += 1
    write_row(sheet, row, ("", "Tổng cộng", report.funding_total), (None, None, MONEY))
    for column in (2, 3):
        sheet.cell(row=row, column=column).font = HEADER_FONT
    sheet.freeze_panes = sheet.cell(row=_HEADER_ROW + 1, column=1)
    sheet.auto_filter.ref = f"A{_HEADER_ROW}:C{row - 1}"
    set_widths(sheet, (7, 34, 20))
    print_setup(sheet, title, _HEADER_ROW)


# --- sheet 3: officers not trained ---------------------------------------------------------


def _untrained_sheet(
    sheet: Worksheet, report: TargetsReport, untrained: Sequence[UntrainedRow]
) -> None:
    title = f"CÁN BỘ HỘI CHƯA ĐƯỢC BỒI DƯỠNG NĂM {report.year} — {report.commune_name.upper()}"
    as_of = format_date(report.as_of)
    write_title(sheet, title, f"{len(untrained)} người, tính đến ngày {as_of}", 5)
    write_header(sheet, _HEADER_ROW, ("STT", "Họ và tên", "Ngày/năm sinh", "Đối tượng", "Chi hội"))
    row = _HEADER_ROW
    for number, person in enumerate(untrained, start=1):
        row += 1
        write_row(sheet, row,
             (number, person.full_name, birth_text(person.birth_date),
              "; ".join(person.categories), person.branch.removeprefix("Chi hội ")),
             (None, None, "@", None, None))
    sheet.freeze_panes = sheet.cell(row=_HEADER_ROW + 1, column=1)
    sheet.auto_filter.ref = f"A{_HEADER_ROW}:E{max(row, _HEADER_ROW + 1)}"
    set_widths(sheet, (7, 30, 15, 44, 24))
    print_setup(sheet, title, _HEADER_ROW)


# --- upper level: one line per commune ------------------------------------------------------

_SHORT_LABELS = OFFICER_CATEGORY.short_labels


def _communes_sheet(
    sheet: Worksheet, report: TargetsReport, rows: Sequence[CommuneTargets]
) -> None:
    """One line per commune: per category people, trained people and share; then totals.

    Two header rows: the category over its three columns, then what each column counts.
    The total line adds the communes up and divides the sums, so it equals the
    province's own figures on the first sheet.
    """
    columns = 3 + 3 * len(CATEGORY_ORDER) + 2
    title = f"KẾT QUẢ BỒI DƯỠNG CÁN BỘ HỘI NĂM {report.year} THEO TỪNG XÃ"
    write_title(sheet, title, f"{report.commune_name} — số liệu tính đến ngày "
           f"{format_date(report.as_of)}", columns)
    top, header = _HEADER_ROW - 1, _HEADER_ROW
    subheaders: list[str] = ["STT", "Mã", "Xã"]
    for _category in CATEGORY_ORDER:
        subheaders += ["Số người", "Đã bồi dưỡng", "Tỷ lệ"]
    subheaders += ["Người học trong năm", "Lượt"]
    write_header(sheet, top, ["STT", "Mã", "Xã"] + [""] * (columns - 3))
    write_header(sheet, header, subheaders)
    for number, category in enumerate(CATEGORY_ORDER):
        column = 4 + 3 * number
        sheet.cell(row=top, column=column, value=_SHORT_LABELS[category])
        sheet.merge_cells(start_row=top, start_column=column, end_row=top,
                          end_column=column + 2)
    sheet.cell(row=top, column=columns - 1, value="Tổng số")
    sheet.merge_cells(start_row=top, start_column=columns - 1, end_row=top, end_column=columns)
    for column in (1, 2, 3):
        sheet.merge_cells(start_row=top, start_column=column, end_row=header, end_column=column)
    formats: list[str | None] = [None, "@", None]
    formats += [COUNT, COUNT, PERCENT] * len(CATEGORY_ORDER) + [COUNT, COUNT]
    row = header
    sums = [0] * (2 * len(CATEGORY_ORDER) + 2)
    for number, commune in enumerate(rows, start=1):
        row += 1
        values: list[Any] = [number, commune.code, commune.name]
        for index, category in enumerate(CATEGORY_ORDER):
            item = commune.category(category)
            values += [item.people, item.trained_people, _fraction(item.share)]
            sums[2 * index] += item.people
            sums[2 * index + 1] += item.trained_people
        values += [commune.total_people, commune.total_participations]
        sums[-2] += commune.total_people
        sums[-1] += commune.total_participations
        write_row(sheet, row, values, formats)
        for index, category in enumerate(CATEGORY_ORDER):
            if commune.category(category).met is False:
                sheet.cell(row=row, column=6 + 3 * index).font = _NOT_MET_FONT
    last = row
    row += 1
    totals: list[Any] = ["", "", "Cộng"]
    for index in range(len(CATEGORY_ORDER)):
        people, trained = sums[2 * index], sums[2 * index + 1]
        totals += [people, trained, trained / people if people else None]
    totals += sums[-2:]
    write_row(sheet, row, totals, formats)
    for column in range(1, columns + 1):
        sheet.cell(row=row, column=column).font = HEADER_FONT
    sheet.freeze_panes = sheet.cell(row=header + 1, column=4)
    sheet.auto_filter.ref = f"A{header}:{get_column_letter(columns)}{max(last, header + 1)}"
    set_widths(sheet, [6, 8, 24] + [8, 9, 8] * len(CATEGORY_ORDER) + [10, 8])
    print_setup(sheet, title, _HEADER_ROW)
    sheet.print_title_rows = f"{top}:{header}"
