"""Two example report templates, written by the program for people to copy and change.

They show the placeholder vocabulary (``db.report_template``) at work on the figures the
program already computes: members by kind, age group, ethnicity and religion, branches,
and officers trained by category. They are examples, not the province's form: the title
says so, and an upper level changes them in Excel to the form it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from desktop.documents.pdf_common import write_atomically

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BOLD = Font(name="Times New Roman", bold=True, size=13)
_BODY = Font(name="Times New Roman", size=13)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _heading(sheet: Worksheet, title: str) -> None:
    sheet["A1"] = "{{don_vi.ten}}"
    sheet["A1"].font = _BOLD
    sheet.merge_cells("A3:D3")
    sheet["A3"] = title
    sheet["A3"].font = _BOLD
    sheet["A3"].alignment = _CENTRE
    sheet.merge_cells("A4:D4")
    sheet["A4"] = "{{ky_bao_cao}} · số liệu đến ngày {{ngay_so_lieu}} (MẪU VÍ DỤ)"
    sheet["A4"].alignment = _CENTRE
    for column, width in zip("ABCD", (8, 44, 16, 16), strict=True):
        sheet.column_dimensions[column].width = width


def _table(sheet: Worksheet, top: int, title: str, table: str, count_header: str) -> int:
    """Write a titled, boxed table repeating over ``table``; return the next free row."""
    sheet.cell(row=top, column=1, value=title).font = _BOLD
    headers = ("STT", "Nội dung", count_header, "Tỷ lệ (%)")
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=top + 1, column=column, value=text)
        cell.font, cell.alignment, cell.border = _BOLD, _CENTRE, _BOX
    row = top + 2
    sheet.cell(row=row, column=1, value=f"=ROW()-{row - 1}")
    sheet.cell(row=row, column=2, value="{{" + table + "[*].ten}}")
    sheet.cell(row=row, column=3, value="{{" + table + "[*].so_luong}}").number_format = "#,##0"
    share = sheet.cell(row=row, column=4, value=f"=IF(C{row + 1}=0,0,C{row}/C{row + 1}*100)")
    share.number_format = "0.0"
    for column in range(1, 5):
        sheet.cell(row=row, column=column).border = _BOX
        sheet.cell(row=row, column=column).font = _BODY
    total = row + 1
    sheet.cell(row=total, column=2, value="Cộng").font = _BOLD
    sheet.cell(row=total, column=3, value=f"=SUM(C{row}:C{row})").number_format = "#,##0"
    for column in range(1, 5):
        sheet.cell(row=total, column=column).border = _BOX
    # The share's denominator is the total row, which moves as rows are inserted: an
    # absolute reference would not follow, so the formula uses the row below the last.
    return total + 2


def _members(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = "Hội viên"
    _heading(sheet, "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG HỘI VIÊN")
    sheet["A6"] = "Hội viên đang sinh hoạt:"
    sheet["C6"] = "{{hoi_vien.dang_sinh_hoat}}"
    sheet["A7"] = "Kết nạp trong năm:"
    sheet["C7"] = "{{hoi_vien.ket_nap_trong_ky}}"
    sheet["A8"] = "Tỷ lệ tập hợp (%):"
    sheet["C8"] = "{{ty_le_tap_hop}}"
    sheet["C8"].number_format = "0.0"
    row = 10
    for title, table in (
        ("1. Theo loại hội viên", "hoi_vien.theo_loai"),
        ("2. Theo độ tuổi", "hoi_vien.theo_do_tuoi"),
        ("3. Theo dân tộc", "hoi_vien.theo_dan_toc"),
        ("4. Theo tôn giáo", "hoi_vien.theo_ton_giao"),
        ("5. Theo chi hội", "chi_hoi"),
    ):
        row = _table(sheet, row, title, table, "Số hội viên")


def _trainings(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tập huấn"
    _heading(sheet, "BÁO CÁO KẾT QUẢ TẬP HUẤN CÁN BỘ HỘI")
    sheet["A6"] = "Lượt cán bộ hoàn thành tập huấn:"
    sheet["C6"] = "{{tap_huan.luot}}"
    sheet["A7"] = "Kinh phí (đồng):"
    sheet["C7"] = "{{tap_huan.kinh_phi}}"
    sheet["C7"].number_format = "#,##0"
    headers = ("STT", "Nhóm cán bộ", "Số cán bộ", "Đã tập huấn")
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=9, column=column, value=text)
        cell.font, cell.alignment, cell.border = _BOLD, _CENTRE, _BOX
    sheet["A10"] = "=ROW()-9"
    sheet["B10"] = "{{tap_huan.theo_nhom[*].ten}}"
    sheet["C10"] = "{{tap_huan.theo_nhom[*].can_bo}}"
    sheet["D10"] = "{{tap_huan.theo_nhom[*].so_luong}}"
    sheet["B11"] = "Cộng"
    sheet["C11"] = "=SUM(C10:C10)"
    sheet["D11"] = "=SUM(D10:D10)"
    for row in (10, 11):
        for letter in "ABCD":
            sheet[f"{letter}{row}"].border = _BOX


EXAMPLES: dict[str, Callable[[Workbook], None]] = {
    "mau-bao-cao-hoi-vien.xlsx": _members,
    "mau-bao-cao-tap-huan.xlsx": _trainings,
}
"""File name → what writes that example."""


def write_examples(folder: Path) -> list[Path]:
    """Write the example templates into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in EXAMPLES.items():
        book = Workbook()
        build(book)
        path = folder / name
        write_atomically(path, book.save)
        written.append(path)
    return written
