"""`sohoi members import FILE`: the spreadsheet import from a terminal, and its benchmarks.

The same steps as the dialog — read, guess the columns, preview, apply in one
transaction — for batch work and for measuring against the budgets of docs/ARCHITECTURE.md §9.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from db.engine import Database
from db.errors import UserError
from db.member_import import ImportPreview, apply_import, guess_mapping, preview_import
from db.site import get_site
from desktop.documents.rejected_rows import write_rejected_rows
from desktop.documents.spreadsheet_reader import read_workbook

__all__ = ["bench_import", "bench_read_workbook", "rejected_path", "run_member_import"]


def rejected_path(path: Path) -> Path:
    """Where the rejected rows of ``path`` go: beside it, ``<name>-bi-tu-choi.xlsx``."""
    return path.with_name(f"{path.stem}-bi-tu-choi.xlsx")


def _preview(database: Database, path: Path, today: dt.date) -> ImportPreview:
    content = read_workbook(path)
    sheet = content.sheets[0]
    mapping = guess_mapping(sheet.rows, sheet.fonts)
    with database.reading() as session:
        site = get_site(session)
        return preview_import(
            session, site.unit_id, sheet.rows, mapping, today, fonts=sheet.fonts
        )


def run_member_import(
    database: Database,
    path: Path,
    *,
    dry_run: bool,
    output_format: str = "text",
    today: dt.date | None = None,
) -> int:
    """Import the members of the first sheet of ``path``; print a summary.

    Duplicates are skipped and unknown branches created: a command names its file on
    purpose, while the dialog creates branches only when the person ticks the box.

    Returns:
        0, or 1 when nothing could be imported (or the file could not be read).
    """
    today = today or dt.date.today()
    path = Path(path)
    try:
        preview = _preview(database, path, today)
        imported = skipped = 0
        created: tuple[str, ...] = ()
        if not dry_run:
            from db.backup import before_import_backup

            before_import_backup(database.path, database.path.parent / "backups",
                                 dt.datetime.now())
            with database.transaction() as session:
                done = apply_import(session, preview.commune_id, preview,
                                    create_branches=True, skip_duplicates=True, today=today)
            imported, skipped, created = done.imported, done.skipped_duplicates, \
                done.branches_created
        else:
            imported = preview.valid - preview.duplicates
            skipped = preview.duplicates
            created = preview.unknown_branches
    except UserError as exc:
        if output_format == "json":
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        else:
            print(str(exc))
        return 1
    rejected_file = None
    if preview.rejected:
        rejected_file = rejected_path(path)
        write_rejected_rows(preview, rejected_file)
    reasons = Counter(m for r in preview.rejected for m in r.errors.values())
    summary: dict[str, Any] = {
        "file": str(path),
        "dry_run": dry_run,
        "rows_read": preview.total,
        "imported": imported,
        "duplicates": skipped,
        "rejected": len(preview.rejected),
        "converted_legacy": preview.converted,
        "cells": preview.cell_counts,
        "branches_created": list(created),
        "rejected_file": str(rejected_file) if rejected_file else None,
        "reasons": [{"reason": k, "rows": v} for k, v in reasons.most_common()],
    }
    if output_format == "json":
        print(json.dumps(summary, ensure_ascii=False))
    else:
        verb = "Sẽ nhập" if dry_run else "Đã nhập"
        print(f"Đã đọc {preview.total} dòng từ {path.name}.")
        print(f"{verb} {imported} hội viên; bỏ qua {skipped} dòng trùng; "
              f"từ chối {len(preview.rejected)} dòng.")
        cells = preview.cell_counts
        print(f"Ô chữ: {cells['converted']} đã chuyển từ TCVN3/VNI, {cells['doubtful']} "
              f"chưa chắc bảng mã (giữ nguyên), {cells['unchanged']} giữ nguyên.")
        if created:
            print(("Sẽ tạo" if dry_run else "Đã tạo") + " chi hội: " + ", ".join(created))
        for reason, count in reasons.most_common():
            print(f"  - {count} dòng: {reason}")
        if rejected_file:
            print(f"Các dòng bị từ chối đã ghi vào {rejected_file}.")
    return 0 if imported else 1


# Benchmarks ------------------------------------------------------------------------------


def _result(name: str, samples: list[float], baseline_name: str, baseline: list[float],
            budget_ms: float | None, **extra: Any) -> dict[str, Any]:
    median = statistics.median(samples) * 1000
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1)] * 1000
    base = statistics.median(baseline) * 1000 if baseline else None
    return {
        "name": name, "median_ms": round(median, 3), "p95_ms": round(p95, 3),
        "baseline_name": baseline_name,
        "baseline_ms": round(base, 3) if base is not None else None,
        "ratio": round(median / base, 2) if base else None,
        "budget_ms": budget_ms, "budget_on": "median",
        "within_budget": None if budget_ms is None else median <= budget_ms,
        **extra,
    }


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
