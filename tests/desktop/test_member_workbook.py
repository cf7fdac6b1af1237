"""Member list and statistics workbooks, read back with calamine (not the writer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from db.engine import Database
from db.member_stats import (
    DEFAULT_COLUMNS,
    EXPORT_COLUMNS,
    member_statistics,
    members_for_export,
)
from db.members import MemberFilter, count_members, search_members
from db.site import get_site
from desktop.documents.member_workbook import (
    LIST_SHEET,
    STAT_SHEETS,
    write_member_list,
    write_member_statistics,
)

TODAY = dt.date(2026, 11, 25)
TITLE = ["HỘI LHPN XÃ HƯNG HÀ", "DANH SÁCH HỘI VIÊN", "Đang sinh hoạt", "Ngày 25/11/2026"]
HEADER = len(TITLE) + 2


def export(database: Database, flt: MemberFilter, columns: list[str], out: Path) -> int:
    with database.reading() as session:
        return write_member_list(members_for_export(session, flt, columns), columns, TITLE, out)


def test_default_export_of_the_demo_commune(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
        flt = MemberFilter(commune_id=site.unit_id, status="active")
        expected = count_members(session, flt)
        first = [m.full_name for m in search_members(session, flt, limit=300)]
    out = tmp_path / "ds.xlsx"
    written = export(demo_db, flt, list(DEFAULT_COLUMNS), out)
    assert written == expected > 1000
    table = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(LIST_SHEET).to_python()
    assert table[0][0] == "HỘI LHPN XÃ HƯNG HÀ"
    header = table[HEADER - 1]
    assert header[:len(DEFAULT_COLUMNS)] == [EXPORT_COLUMNS[c] for c in DEFAULT_COLUMNS]
    for sensitive in ("Dân tộc", "Tôn giáo", "Số CCCD"):
        assert sensitive not in header
    body = table[HEADER:]
    assert len(body) == expected
    names = [row[1] for row in body]
    assert names[:300] == first
    joined = header.index("Ngày vào Hội")
    assert any(isinstance(row[joined], dt.date) for row in body)
    phone = header.index("Điện thoại")
    phones = [row[phone] for row in body if row[phone]]
    assert phones and all(isinstance(p, str) and p.startswith("0") for p in phones)


def test_id_numbers_stay_text_with_their_leading_zero(demo_db: Database,
                                                      tmp_path: Path) -> None:
    columns = ["stt", "full_name", "birth_date", "id_number"]
    with demo_db.reading() as session:
        site = get_site(session)
    out = tmp_path / "cccd.xlsx"
    export(demo_db, MemberFilter(commune_id=site.unit_id), columns, out)
    body = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(LIST_SHEET).to_python()
    ids = [row[3] for row in body[HEADER:] if row[3]]
    assert ids and all(isinstance(i, str) and len(i) == 12 for i in ids)
    assert all(i.startswith("0") for i in ids)
    births = [row[2] for row in body[HEADER:] if row[2]]
    assert any(isinstance(b, dt.date) for b in births)
    assert all(isinstance(b, dt.date) or (isinstance(b, str) and b[-4:].isdigit())
               for b in births)
    sheet = openpyxl.load_workbook(out)[LIST_SHEET]
    cell = sheet.cell(row=HEADER + 1, column=4)
    assert cell.data_type == "s" and cell.number_format == "@"


def test_print_setup_frozen_header_and_filter(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
    out = tmp_path / "in.xlsx"
    count = export(demo_db, MemberFilter(commune_id=site.unit_id),
                   list(DEFAULT_COLUMNS), out)
    sheet = openpyxl.load_workbook(out)[LIST_SHEET]
    assert sheet.freeze_panes == f"A{HEADER + 1}"
    last = chr(ord("A") + len(DEFAULT_COLUMNS) - 1)
    assert sheet.auto_filter.ref == f"A{HEADER}:{last}{HEADER + count}"
    assert sheet.print_title_rows == f"${HEADER}:${HEADER}"
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # Decree 30: the number centred at the top, 13 pt, none on page 1.
    assert sheet.oddHeader.center.text == "&P" and sheet.oddHeader.center.size == 13
    assert sheet.HeaderFooter.differentFirst and not sheet.firstHeader.center.text
    assert not sheet.oddFooter.center.text
    header = sheet.cell(row=HEADER, column=2)
    assert header.font.b and header.fill.fgColor.rgb.endswith("DCE6F0")
    assert header.border.left.style == "thin"
    assert sheet.column_dimensions["B"].width > 15
    joined = sheet.cell(row=HEADER + 1, column=list(DEFAULT_COLUMNS).index("joined_on") + 1)
    assert joined.is_date and joined.number_format == "dd/mm/yyyy"
    assert not list(tmp_path.glob(".*.tmp"))


def test_statistics_workbook(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
        stats = member_statistics(session, site.unit_id, TODAY)
    out = tmp_path / "tk.xlsx"
    write_member_statistics(stats, ["HỘI LHPN XÃ HƯNG HÀ", "THỐNG KÊ HỘI VIÊN"], out)
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == list(STAT_SHEETS.values())
    branch = book.get_sheet_by_name("Chi hội").to_python()
    rows = {row[1]: row for row in branch if row and isinstance(row[2], (int, float))
            and row[1] != "Số hội viên"}
    for item in stats.table("branch").rows:
        assert rows[item.label][2] == item.count
    assert rows["Tổng số"][2] == stats.total
    sheet = openpyxl.load_workbook(out)["Chi hội"]
    assert len(sheet._charts) == 1
    assert sheet.print_title_rows and sheet.page_setup.orientation == "landscape"


def test_command_line_export(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from db.errors import UserError
    from desktop.cli.members_export import run_member_export

    out = tmp_path / "cli.xlsx"
    count = run_member_export(demo_db, out, ["full_name", "id_number"], TODAY)
    assert count == 1200
    assert f"Đã ghi 1.200 hội viên vào {out}" in capsys.readouterr().out
    table = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(LIST_SHEET).to_python()
    assert table[HEADER - 1][:2] == ["Họ và tên", "Số CCCD"]
    with pytest.raises(UserError) as error:
        run_member_export(demo_db, tmp_path / "x.xlsx", ["ho_ten"], TODAY)
    assert "full_name" in error.value.message
    assert not (tmp_path / "x.xlsx").exists()
