"""Reading real workbooks (.xlsx written by openpyxl, a hand-made .ods), the rejected-rows
workbook and the command-line import, end to end on real SQLite files.

No .xls writer is installed; calamine's .xls path is the same call as for .xlsx and .ods,
so the reader is tested through those two formats.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from db.engine import Database
from db.errors import UserError
from db.member_import import guess_mapping, preview_import
from db.models import Member
from db.site import get_site
from db.validation import PartialDate
from desktop.cli.members_import import rejected_path, run_member_import
from desktop.documents.rejected_rows import REASON_HEADING, write_rejected_rows
from desktop.documents.spreadsheet_reader import read_workbook

TODAY = dt.date(2026, 11, 25)
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc", "Chi hội",
          "Điện thoại"]


def xlsx(path: Path, body: list[list[object]], *, font: str | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["HỘI LHPN XÃ HƯNG HÀ"])
    sheet.append(["DANH SÁCH HỘI VIÊN NĂM 2024"])
    sheet.merge_cells("A1:H1")
    sheet.merge_cells("A2:H2")
    sheet.append([])
    sheet.append(HEADER)
    for row in body:
        sheet.append(row)
        if font:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(name=font)
    workbook.save(path)
    return path


def ods(path: Path, rows: list[list[object]]) -> Path:
    def cell(value: object) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, int | float):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
                "</text:p></table:table-cell>")

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Hội viên">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def preview_file(db: Database, path: Path):  # type: ignore[no-untyped-def]
    sheet = read_workbook(path).sheets[0]
    with db.reading() as session:
        return preview_import(session, get_site(session).unit_id, sheet.rows,
                              guess_mapping(sheet.rows), TODAY, fonts=sheet.fonts)


def test_xlsx_values_and_merged_title(tmp_path: Path, commune_db: Database) -> None:
    path = xlsx(tmp_path / "ds.xlsx", [
        [1, "Nguyễn Thị An", dt.datetime(1985, 3, 12), "Nữ", 34185012345, "kinh", "Đông",
         912345678],
        [2, "Trần  Thị Bình ", 1986.0, "nữ", "3.41850123E+11", "Kinh", "Đông", None],
        [None, None, None, None, None, None, None, None],
        [3, "Lê Thị Cúc", "3/1985", "N", None, None, None, "0912345679"],
    ])
    content = read_workbook(path)
    rows = content.sheets[0].rows
    assert rows[0][0] == rows[0][7] == "HỘI LHPN XÃ HƯNG HÀ"  # merged title fills its area
    result = preview_file(commune_db, path)
    assert [r.row_number for r in result.rows] == [5, 6, 8]
    an, binh, cuc = result.rows
    assert an.ok and an.values["birth_date"] == "1985-03-12"
    assert an.values["id_number"] == "034185012345" and an.values["phone"] == "0912345678"
    assert binh.draft.full_name == "Trần Thị Bình" and "id_number" in binh.errors
    assert cuc.ok and cuc.values["birth_date"] == "1985-03"


def test_tcvn3_and_vni_files_by_font(tmp_path: Path, commune_db: Database) -> None:
    tcvn = xlsx(tmp_path / "tcvn3.xlsx", [
        [1, "NguyÔn ThÞ Thñy", 1985, "N÷", None, "Kinh", "§«ng", None],
        [2, "Lª ThÞ Cóc", 1986, "N÷", None, "Kinh", "§«ng", None],  # "Cóc" alone is ambiguous
    ], font=".VnTime")
    sheet = read_workbook(tcvn).sheets[0]
    assert sheet.fonts[(4, 1)] == ".VnTime"
    result = preview_file(commune_db, tcvn)
    assert [r.draft.full_name for r in result.rows] == ["Nguyễn Thị Thủy", "Lê Thị Cúc"]
    assert result.unknown_branches == ("Đông",)
    vni = xlsx(tmp_path / "vni.xlsx", [
        [1, "Nguyeãn Thò Thuûy", 1985, "Nöõ", None, "Kinh", "Ñoâng", None],
        [2, "Traàn Thò Hoàng", 1986, "Nöõ", None, "Kinh", "Ñoâng", None],
    ], font="VNI-Times")
    result = preview_file(commune_db, vni)
    assert [r.draft.full_name for r in result.rows] == ["Nguyễn Thị Thủy", "Trần Thị Hồng"]
    assert all(r.ok for r in result.rows)
    plain = xlsx(tmp_path / "unicode.xlsx", [[1, "Trần Thị Hoàng", 1986, "Nữ", None, None,
                                              None, None]])
    assert read_workbook(plain).sheets[0].fonts == {}
    assert preview_file(commune_db, plain).rows[0].draft.full_name == "Trần Thị Hoàng"


def test_ods(tmp_path: Path, commune_db: Database) -> None:
    path = ods(tmp_path / "ds.ods", [
        ["DANH SÁCH HỘI VIÊN NĂM 2024"], [],
        ["TT", "Họ và đệm", "Tên", "Năm sinh", "SĐT"],
        [1, "Nguyễn Thị", "An", 1985, 912345678],
    ])
    result = preview_file(commune_db, path)
    (row,) = result.rows
    assert row.ok and row.draft.full_name == "Nguyễn Thị An"
    assert row.values["birth_date"] == "1985" and row.values["phone"] == "0912345678"


def test_broken_empty_and_protected_files(tmp_path: Path) -> None:
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook" * 10)
    with pytest.raises(UserError, match="tệp hỏng hoặc không phải bảng tính"):
        read_workbook(broken)
    text = tmp_path / "ghi-chu.xls"
    text.write_text("hello")
    with pytest.raises(UserError, match=r"Không đọc được tệp ghi-chu\.xls"):
        read_workbook(text)
    empty = tmp_path / "trong.xlsx"
    Workbook().save(empty)
    with pytest.raises(UserError, match="không có dữ liệu"):
        read_workbook(empty)
    locked = tmp_path / "mat-khau.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
                       + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600)
    with pytest.raises(UserError, match="mật khẩu"):
        read_workbook(locked)


def test_rejected_rows_workbook(tmp_path: Path, commune_db: Database) -> None:
    path = xlsx(tmp_path / "ds.xlsx", [
        [1, "Nguyễn Thị An", 1985, "Nữ", None, None, None, None],
        [2, None, 1985, "Nữ", None, None, None, "0912345678"],
        [3, "Lê Thị Cúc", 1085, "Nữ", None, None, None, None],
    ])
    result = preview_file(commune_db, path)
    out = tmp_path / "bi-tu-choi.xlsx"
    assert write_rejected_rows(result, out) == 2
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[0][:2] == ["STT", "Họ và tên"] and rows[0][-1] == REASON_HEADING
    assert rows[1][-2] == 6 and "Họ và tên" in rows[1][-1]
    assert rows[2][1] == "Lê Thị Cúc" and rows[2][-1]
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold


def test_cli_import_json(tmp_path: Path, commune_db: Database,
                         capsys: pytest.CaptureFixture[str]) -> None:
    path = xlsx(tmp_path / "ds.xlsx", [
        [1, "Nguyễn Thị An", 1985, "Nữ", None, None, "Đông", None],
        [2, "Nguyễn Thị An", 1985, "Nữ", None, None, "Đông", None],
        [3, "Lê Thị Cúc", 1085, "Nữ", None, None, None, None],
    ])
    code = run_member_import(commune_db, path, dry_run=True, output_format="json", today=TODAY)
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 and summary["imported"] == 1 and summary["dry_run"]
    with commune_db.reading() as session:
        assert session.scalars(select(Member.id)).first() is None
    code = run_member_import(commune_db, path, dry_run=False, output_format="json", today=TODAY)
    summary = json.loads(capsys.readouterr().out)
    assert (code, summary["imported"], summary["duplicates"], summary["rejected"]) == (0, 1, 1, 1)
    assert summary["branches_created"] == ["Chi hội Đông"]
    assert rejected_path(path).exists()
    # Importing again: everything is a duplicate now, nothing imported → exit code 1.
    assert run_member_import(commune_db, path, dry_run=False, output_format="text",
                             today=TODAY) == 1
    assert "bỏ qua 2 dòng trùng" in capsys.readouterr().out


def summary_of(out: str) -> object:
    return json.loads(out)["reasons"]


def test_round_trip_from_demo(tmp_path: Path, demo_db: Database, commune_db: Database,
                              capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.reading() as session:
        members = session.execute(
            select(Member.full_name, Member.birth_date, Member.id_number, Member.phone,
                   Member.gender)
            .where(Member.deleted_at.is_(None)).order_by(Member.sort_key).limit(400)
        ).all()
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["DANH SÁCH HỘI VIÊN"])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Điện thoại"])
    for i, (name, birth, cccd, phone, gender) in enumerate(members, 1):
        shown = PartialDate.from_iso(birth).display() if birth else None
        # Numbers as Excel keeps them when nobody formatted the cells as text.
        sheet.append([i, name, shown, "Nam" if gender == "male" else "Nữ",
                      int(cccd) if cccd and i % 2 else cccd,
                      int(phone) if phone and i % 3 == 0 else phone])
    path = tmp_path / "xuat.xlsx"
    workbook.save(path)
    code = run_member_import(commune_db, path, dry_run=False, output_format="json", today=TODAY)
    assert code == 0
    with commune_db.reading() as session:
        back = session.execute(
            select(Member.full_name, Member.birth_date, Member.id_number, Member.phone,
                   Member.gender)
            .order_by(Member.sort_key)
        ).all()
    missing = sorted(set(members) - set(back))
    assert not missing, summary_of(capsys.readouterr().out)
