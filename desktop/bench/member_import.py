"""Benchmarks of the member import: reading a 100k-row workbook, importing 5k rows.

The budgets (docs/ARCHITECTURE.md §9): reading at most twice calamine's raw read of the
same file, and a 5,000-row import (preview + apply, plain or typed in .VnTime) within 2 s.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from db.member_import import apply_import, guess_mapping, preview_import
from db.site import get_site
from desktop.bench.measure import result as _result
from desktop.documents.spreadsheet_reader import read_workbook


def _to_tcvn3(text: str) -> str:
    """Unicode text as a .VnTime cell holds it (lower-case bytes; for benchmarks only)."""
    from db.legacy_encodings import TCVN3_TABLE

    inverse = {letter: byte for byte, letter in TCVN3_TABLE.items()}
    return "".join(inverse.get(ch, inverse.get(ch.lower(), ch)) for ch in text)


def write_member_workbook(path: Path, rows: int, *, seed: int = 1, tcvn3: bool = False) -> None:
    """Write a typical member list: title rows, header, ``rows`` members (for benchmarks).

    With ``tcvn3`` every text is typed as in an old .VnTime file, cells styled so.
    """
    import random

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    rng = random.Random(seed)
    families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
    middles = ["Thị", "Thị Thu", "Thị Thanh", "Thị Minh", "Thị Hồng", "Ngọc"]
    givens = ["An", "Bình", "Cúc", "Dung", "Hà", "Hương", "Lan", "Mai", "Nga", "Thủy",
              "Trang", "Yến", "Huệ", "Loan", "Phương", "Thảo"]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách")
    font = Font(name=".VnTime")

    def append(values: list[Any]) -> None:
        if not tcvn3:
            sheet.append(values)
            return
        cells: list[Any] = []
        for value in values:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, _to_tcvn3(value))
                cell.font = font
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)

    append(["HỘI LHPN XÃ HƯNG HÀ"])
    append(["DANH SÁCH HỘI VIÊN NĂM 2024"])
    append([])
    append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc",
            "Tôn giáo", "Chi hội", "Điện thoại", "Nghề nghiệp"])
    for i in range(rows):
        year = rng.randint(1950, 2005)
        birth: Any = year if i % 3 else f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
        cccd = f"034{1 if year < 2000 else 3}{year % 100:02d}{i % 1_000_000:06d}"
        append([
            i + 1, f"{rng.choice(families)} {rng.choice(middles)} {rng.choice(givens)}",
            birth, "Nữ", cccd if i % 2 else int(cccd), "Kinh", "Không",
            f"Thôn {i % 12 + 1}", int(f"9{rng.randint(10_000_000, 99_999_999)}"), "Làm ruộng",
        ])
    workbook.save(path)


def bench_read_workbook(rows: int = 100_000, runs: int = 3) -> dict[str, Any]:
    """Time read_workbook on a generated ``rows``-member .xlsx against calamine's raw read.

    The budget is on the read with its checks; the same read in a child process (as
    the import window does it) is reported beside it.
    """
    from python_calamine import CalamineWorkbook

    from desktop.documents.spreadsheet_reader import read_workbook_isolated

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hoi-vien.xlsx"
        write_member_workbook(path, rows)
        samples, baseline, isolated = [], [], []
        for _ in range(runs):
            start = time.perf_counter()
            CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
            baseline.append(time.perf_counter() - start)
            start = time.perf_counter()
            read_workbook(path)
            samples.append(time.perf_counter() - start)
            start = time.perf_counter()
            read_workbook_isolated(path)
            isolated.append(time.perf_counter() - start)
    result = _result(f"read_workbook_{rows // 1000}k", samples, "calamine_to_python",
                     baseline, None, budget_ratio=2.0,
                     isolated_median_ms=round(statistics.median(isolated) * 1000, 3))
    result["within_budget"] = result["ratio"] is not None and result["ratio"] <= 2.0
    return result


def bench_import(
    rows: int = 5000, runs: int = 3, members: int = 1200, *, tcvn3: bool = False
) -> dict[str, Any]:
    """Time preview + apply of a typical ``rows``-row file into a demo commune.

    With ``tcvn3`` the file is an old .VnTime list, so every text cell is converted.
    """
    import shutil

    from db.demo.generator import build_demo
    from db.engine import open_database

    today = dt.date(2026, 11, 25)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = base / "hoi-vien.xlsx"
        write_member_workbook(path, rows, seed=2, tcvn3=tcvn3)
        template = base / "template.sqlite"
        db = open_database(template)
        build_demo(db, members=members, seed=7, today=today)
        db.close()
        content = read_workbook(path)
        sheet = content.sheets[0]
        samples, baseline = [], []
        for run in range(runs):
            copy = base / f"run{run}.sqlite"
            shutil.copyfile(template, copy)
            database = open_database(copy)
            try:
                start = time.perf_counter()
                mapping = guess_mapping(sheet.rows, sheet.fonts)
                with database.reading() as session:
                    commune_id = get_site(session).unit_id
                    preview = preview_import(session, commune_id, sheet.rows, mapping, today,
                                             fonts=sheet.fonts)
                with database.transaction() as session:
                    apply_import(session, commune_id, preview, create_branches=True,
                                 skip_duplicates=True, today=today)
                samples.append(time.perf_counter() - start)
            finally:
                database.close()
    return _result(f"import_{rows}" + ("_tcvn3" if tcvn3 else ""), samples, "none", baseline,
                   2000.0, cells=preview.cell_counts)
