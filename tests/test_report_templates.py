"""Report templates: an upper level's own Excel form filled from the register.

Templates are made here with openpyxl as a person would in Excel (merged titles, number
formats, formulas below a repeating row); the filled files are read back with
python-calamine for values and merged cells, and the formulas from the file's XML.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from db.engine import Database
from db.errors import UserError
from db.member_stats import member_statistics
from db.overview import commune_overview
from db.report_template import (
    TABLES,
    VALUES,
    UnknownPlaceholdersError,
    check_period,
    commune_values,
    unknown_placeholders,
    upper_values,
)
from db.site import get_site
from db.targets import targets_report
from desktop.documents.example_templates import write_examples
from desktop.documents.template_workbook import FilledSheet, fill_template, shift_formula
from tests.sync_support import NOW, build_province

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 12, 4)


def _template(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Báo cáo"
    sheet.merge_cells("A1:D1")
    sheet["A1"] = "BÁO CÁO HỘI VIÊN {{ky_bao_cao}}"
    sheet["A2"] = "Đơn vị: {{ don_vi.ten }}"
    sheet["A4"] = "Đang sinh hoạt"
    sheet["B4"] = "{{hoi_vien.dang_sinh_hoat}}"
    sheet["B4"].number_format = "#,##0"
    sheet["A5"] = "Dân tộc Kinh"
    sheet["B5"] = "{{hoi_vien.theo_dan_toc[Kinh]}}"
    sheet["A6"] = "Hội viên danh dự"
    sheet["B6"] = "{{hoi_vien.theo_loai[Danh dự]}}"
    sheet["A7"] = "Tập huấn: {{tap_huan.luot}} lượt"
    sheet["A9"] = "{{chi_hoi[*].ten}}"
    sheet["B9"] = "{{chi_hoi[*].so_luong}}"
    sheet["C9"] = "=B9*2"
    sheet.merge_cells("C9:D9")
    sheet["B9"].number_format = "0"
    sheet.row_dimensions[9].height = 30
    sheet["A10"] = "Cộng"
    sheet["B10"] = "=SUM(B9:B9)"
    sheet.merge_cells("A12:B12")
    sheet["A12"] = "Chênh lệch"
    sheet["C12"] = "=B4-B10"
    sheet["A14"] = "{{hoi_vien.theo_do_tuoi[*].ten}}"
    sheet["B14"] = "{{hoi_vien.theo_do_tuoi[*].so_luong}}"
    sheet["B15"] = "=SUM(B14:B14)"
    book.save(path)
    return path


def _values(path: Path, sheet: str) -> list[list[object]]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def _formulas(path: Path, sheet_index: int = 1) -> dict[str, str]:
    """Cell → formula, read from the sheet's XML (not by the library that wrote it)."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(f"xl/worksheets/sheet{sheet_index}.xml").decode()
    return {m[1]: m[2] for m in re.finditer(r'<c r="([A-Z]+\d+)"[^>]*>\s*<f>([^<]*)</f>', xml)}


def _merged(path: Path, sheet: str) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    book = CalamineWorkbook.from_path(str(path))
    ranges = book.get_sheet_by_name(sheet).merged_cell_ranges or []
    return {(tuple(a), tuple(b)) for a, b in ranges}  # type: ignore[misc]


def test_a_commune_fills_a_form_with_its_own_report_figures(
    demo_db: Database, tmp_path: Path
) -> None:
    template = _template(tmp_path / "mau.xlsx")
    out = tmp_path / "bao-cao.xlsx"
    with demo_db.reading() as session:
        site = get_site(session)
        values = commune_values(session, site.unit_id, 2026, TODAY)
        overview = commune_overview(session, site.unit_id, 2026, TODAY)
        stats = member_statistics(session, site.unit_id, TODAY)
        targets = targets_report(session, site.unit_id, 2026, TODAY)
    fill_template(template, out, [FilledSheet(None, values)])

    rows = _values(out, "Báo cáo")
    assert rows[0][0] == "BÁO CÁO HỘI VIÊN Năm 2026"
    assert rows[1][0] == f"Đơn vị: {site.unit_name}"
    assert rows[3][1] == overview.active_members
    kinh = next(r.count for r in stats.table("ethnicity").rows if r.label == "Kinh")
    assert rows[4][1] == kinh
    honorary = next(g.count for g in overview.by_kind if g.key == "honorary")
    assert rows[5][1] == honorary
    assert rows[6][0] == f"Tập huấn: {targets.total_participations} lượt"

    branches = stats.table("branch").rows
    n = len(branches)
    assert n >= 3
    for offset, branch in enumerate(branches):
        assert rows[8 + offset][0] == branch.label
        assert rows[8 + offset][1] == branch.count
    assert rows[8 + n][0] == "Cộng"
    ages = overview.by_age_group
    age_top = 13 + n - 1
    assert [rows[age_top + i][0] for i in range(len(ages))] == [g.label for g in ages]
    assert [rows[age_top + i][1] for i in range(len(ages))] == [g.count for g in ages]

    formulas = _formulas(out)
    last = 9 + n - 1
    assert formulas[f"B{last + 1}"] == f"SUM(B9:B{last})"
    assert formulas[f"C{last}"] == f"B{last}*2"
    assert formulas[f"C{12 + n - 1}"] == f"B4-B{last + 1}"
    age_last = 14 + n - 1 + len(ages) - 1
    assert formulas[f"B{age_last + 1}"] == f"SUM(B{14 + n - 1}:B{age_last})"

    merged = _merged(out, "Báo cáo")
    assert ((0, 0), (0, 3)) in merged  # the title A1:D1 stays
    for offset in range(n):  # C9:D9 copied to every branch row
        assert ((8 + offset, 2), (8 + offset, 3)) in merged
    assert ((11 + n - 1, 0), (11 + n - 1, 1)) in merged  # A12:B12 moved down
    # Formats kept: a number format and the repeated row's height.
    book = load_workbook(out)
    sheet = book["Báo cáo"]
    assert sheet["B4"].number_format == "#,##0"
    assert sheet.row_dimensions[last].height == 30


def test_unknown_placeholders_are_refused_and_nothing_is_written(
    demo_db: Database, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "{{hoi_vien.dang_sinh_hot}}"
    sheet["A2"] = "{{hoi_vien.theo_dan_toc[Kihn]}} và {{hoi_vien.theo_dan_toc[Tày]}}"
    sheet["A3"] = "{{chi_hoi[*].tuoi}}"
    sheet["A4"] = "{{hoi_vien.theo_loai[Chính thức]}}"
    sheet["A5"] = "{{ky_bao_cao}}{{ky_bao_cao.nam}}"
    folder = tmp_path / "mau"
    folder.mkdir()
    template = folder / "sai.xlsx"
    book.save(template)
    out = folder / "out.xlsx"
    with demo_db.reading() as session:
        values = commune_values(session, get_site(session).unit_id, 2026, TODAY)
    with pytest.raises(UnknownPlaceholdersError) as refused:
        fill_template(template, out, [FilledSheet(None, values)])
    assert refused.value.unknown == (
        "hoi_vien.dang_sinh_hot", "hoi_vien.theo_dan_toc[Kihn]", "chi_hoi[*].tuoi",
        "hoi_vien.theo_loai[Chính thức]", "ky_bao_cao.nam",
    )
    assert "hoi_vien.dang_sinh_hot" in str(refused.value)
    assert sorted(p.name for p in folder.iterdir()) == ["sai.xlsx"]


def test_keys_accept_codes_labels_and_spellings() -> None:
    assert unknown_placeholders([
        "hoi_vien.theo_loai[honorary]", "hoi_vien.theo_loai[danh du]",
        "hoi_vien.theo_do_tuoi[18-30]", "hoi_vien.theo_dan_toc[Ê Đê]",
        "hoi_vien.theo_ton_giao[Phật giáo]", "chi_hoi[Thôn Đông]",
        "tap_huan.theo_nhom[*].can_bo", " don_vi.ten ",
    ]) == []


def test_text_from_the_register_is_never_a_formula(demo_db: Database, tmp_path: Path) -> None:
    with sqlite3.connect(demo_db.path) as conn:
        conn.execute("UPDATE units SET name = '=HYPERLINK(\"http://x\",\"y\")' "
                     "WHERE level = 'branch' AND rowid = (SELECT min(rowid) FROM units "
                     "WHERE level = 'branch')")
    template = _template(tmp_path / "mau.xlsx")
    out = tmp_path / "bao-cao.xlsx"
    with demo_db.reading() as session:
        values = commune_values(session, get_site(session).unit_id, 2026, TODAY)
    fill_template(template, out, [FilledSheet(None, values)])
    formulas = _formulas(out)
    assert not any("HYPERLINK" in f for f in formulas.values())
    names = [row[0] for row in _values(out, "Báo cáo")]
    assert any(isinstance(n, str) and n.startswith("=HYPERLINK") for n in names)


def test_the_upper_level_fills_every_commune_and_their_sum(tmp_path: Path) -> None:
    province = build_province(tmp_path / "p", communes=3, members=60)
    upper = province.upper
    template = _template(tmp_path / "mau.xlsx")
    out = tmp_path / "tong-hop.xlsx"
    with upper.reading() as session:
        site = get_site(session)
        summed, each = upper_values(session, 2026, NOW.date(), site.unit_name, site.unit_code)
        whole = commune_overview(session, None, 2026, NOW.date())
    sheets = [FilledSheet(None, summed), *(FilledSheet(n, v) for n, v in each)]
    assert fill_template(template, out, sheets) == 4

    names = CalamineWorkbook.from_path(str(out)).sheet_names
    assert names[0] == "Báo cáo"
    assert len(names) == 4
    total = _values(out, "Báo cáo")
    communes = [_values(out, name) for name in names[1:]]
    assert total[3][1] == sum(sheet[3][1] for sheet in communes)
    assert total[3][1] == whole.active_members
    assert total[5][1] == sum(sheet[5][1] for sheet in communes)
    # Branches of every commune, one after the other.
    branch_rows = sum(len(values.tables["chi_hoi"]) for _n, values in each)
    assert len(summed.tables["chi_hoi"]) == branch_rows
    # Age groups summed row by row.
    ages = [row["so_luong"] for row in summed.tables["hoi_vien.theo_do_tuoi"]]
    per_commune = [[row["so_luong"] for row in v.tables["hoi_vien.theo_do_tuoi"]]
                   for _n, v in each]
    assert ages == [sum(column) for column in zip(*per_commune, strict=True)]
    assert ages == [g.count for g in whole.by_age_group]


def test_a_report_period_is_a_year_the_register_can_describe() -> None:
    assert check_period(" 2026 ", TODAY) == 2026
    for wrong in ("2026abc", "26", "2027", "1900", "", "２０２６"):
        with pytest.raises(UserError):
            check_period(wrong, TODAY)


def test_formulas_follow_inserted_rows() -> None:
    assert shift_formula("=SUM(B9:B9)", "S", 9, 3) == "=SUM(B9:B12)"
    assert shift_formula("=B12-$B$4", "S", 9, 3) == "=B15-$B$4"
    assert shift_formula("=B9", "S", 9, 3) == "=B9"
    assert shift_formula("=Khac!B12+B12", "S", 9, 3) == "=Khac!B12+B15"
    assert shift_formula("='Báo cáo'!B12", "Báo cáo", 9, 3) == "='Báo cáo'!B15"
    assert shift_formula("=SUM(10:10)", "S", 9, 3) == "=SUM(13:13)"


def test_the_example_templates_fill_without_unknown_placeholders(
    demo_db: Database, tmp_path: Path
) -> None:
    examples = write_examples(tmp_path / "mau")
    assert len(examples) == 2
    with demo_db.reading() as session:
        values = commune_values(session, get_site(session).unit_id, 2026, TODAY)
    for template in examples:
        out = tmp_path / f"filled-{template.name}"
        fill_template(template, out, [FilledSheet(None, values)])
        text = str(_values(out, CalamineWorkbook.from_path(str(out)).sheet_names[0]))
        assert "{{" not in text


def test_every_name_of_the_vocabulary_is_in_the_guide() -> None:
    guide = (ROOT / "docs" / "REPORT-TEMPLATES.md").read_text(encoding="utf-8")
    for name in (*VALUES, *TABLES):
        assert f"`{name}" in guide, name
    for spec in TABLES.values():
        for field in spec.fields:
            assert field in guide, (spec.name, field)


def test_the_command_line_fills_a_template(demo_file: Path, tmp_path: Path) -> None:
    template = _template(tmp_path / "mau.xlsx")
    out = tmp_path / "bao-cao.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "report", "fill", "--template", str(template),
         "--period", "2026", "--out", str(out), "--db", str(demo_file)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Đã ghi" in done.stdout
    assert _values(out, "Báo cáo")[3][1] > 0
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    refused = subprocess.run(
        [sys.executable, "-m", "desktop", "report", "fill", "--template", str(bad),
         "--period", "2026", "--out", str(tmp_path / "x.xlsx"), "--db", str(demo_file)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert refused.returncode != 0
    assert "Không dùng được mẫu báo cáo" in refused.stdout + refused.stderr
    assert not (tmp_path / "x.xlsx").exists()
