"""Exported text that starts like a formula is written as text, in every workbook writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from desktop.documents.cell_text import FORMULA_STARTS, protect_workbook
from desktop.documents.member_workbook import write_member_list
from desktop.documents.rejected_rows import write_rejected_rows

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://x.invalid\",\"Bấm vào\")",
    "+84 912 345 678",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def _no_formula_anywhere(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


def _calamine_values(path: Path) -> list[Any]:
    book = CalamineWorkbook.from_path(str(path))
    values: list[Any] = []
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).to_python():
            values.extend(row)
    return values


def test_member_list_writes_hostile_names_and_notes_as_text(tmp_path: Path) -> None:
    out = tmp_path / "danh-sach.xlsx"
    rows = [(name, note) for name, note in zip(HOSTILE, reversed(HOSTILE), strict=True)]
    write_member_list(rows, ["full_name", "notes"], ["HỘI LHPN XÃ HƯNG HÀ", "=1+1"], out)
    _no_formula_anywhere(out)
    values = _calamine_values(out)
    for text in HOSTILE:
        assert text.replace("\r", "\n") in values or text in values, text
    assert "=1+1" in values


@dataclass
class _Rejected:
    cells: tuple[Any, ...]
    row_number: int
    reason: str


@dataclass
class _Preview:
    header: tuple[Any, ...]
    rejected: list[_Rejected] = field(default_factory=list)


def test_rejected_rows_keep_hostile_cells_as_text(tmp_path: Path) -> None:
    out = tmp_path / "bi-tu-choi.xlsx"
    preview = _Preview(("Họ và tên", "=Ghi chú"), [
        _Rejected((text, "ghi chú"), number, "=thiếu ngày sinh")
        for number, text in enumerate(HOSTILE, start=2)
    ])
    assert write_rejected_rows(preview, out) == len(HOSTILE)  # type: ignore[arg-type]
    _no_formula_anywhere(out)
    values = _calamine_values(out)
    assert "=cmd|' /C calc'!A0" in values and "=Ghi chú" in values
    assert "=thiếu ngày sinh" in values


@pytest.mark.parametrize("text", HOSTILE)
def test_the_one_helper_covers_every_formula_start(text: str, tmp_path: Path) -> None:
    assert text.startswith(FORMULA_STARTS)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = text
    sheet["A2"] = "Nguyễn Thị Lan"
    sheet["A3"] = 42
    protect_workbook(book)
    out = tmp_path / "x.xlsx"
    book.save(out)
    _no_formula_anywhere(out)
    values = _calamine_values(out)
    assert values[1:] == ["Nguyễn Thị Lan", 42] or values[1:] == ["Nguyễn Thị Lan", 42.0]
    assert values[0] in {text, text.replace("\r", "\n")}
