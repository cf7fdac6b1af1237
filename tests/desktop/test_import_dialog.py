"""The import dialog: columns guessed, preview, one-transaction import, rejected rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from db.engine import Database
from db.members import MemberFilter, count_members, search_members
from db.site import get_site
from desktop.pages.members.import_dialog import ImportDialog
from desktop.tasks import TaskRunner


def workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["HỘI LHPN XÃ HƯNG HÀ"])
    sheet.append(["DANH SÁCH HỘI VIÊN"])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chi hội", "Điện thoại"])
    sheet.append([1, "Đặng Thị Ánh", "12/03/1985", "034185012345", "Thôn Mới", 912345678])
    sheet.append([2, "Bùi Thị Huệ", "1990", None, "Thôn Mới", None])
    sheet.append([3, "", "1970", None, "Thôn Mới", None])
    sheet.append([4, "Phạm Thị Lan", "31/02/1980", None, "Thôn Mới", None])
    book.save(path)
    return path


def test_import_through_the_dialog(qtbot: QtBot, commune_db: Database, tmp_path: Path) -> None:
    with commune_db.reading() as session:
        site = get_site(session)
    dialog = ImportDialog(commune_db, site, TaskRunner(synchronous=True),
                          workbook(tmp_path / "ds.xlsx"), today=dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mapping is not None and dialog.mapping.header_row == 2
    assert dialog.field_boxes[1].currentData() == "full_name"
    dialog.make_preview()
    preview = dialog.preview
    assert preview is not None
    assert (preview.total, preview.valid, len(preview.rejected)) == (4, 2, 2)
    assert preview.unknown_branches == ("Thôn Mới",)
    assert dialog.stack.currentIndex() == 1
    rejected = tmp_path / "rejected.xlsx"
    dialog.write_rejected(rejected)
    rows = CalamineWorkbook.from_path(str(rejected)).get_sheet_by_index(0).to_python()
    assert any("Lý do" in str(cell) for cell in rows[0])
    imported: list[int] = []
    dialog.imported.connect(imported.append)
    dialog.apply()
    assert imported == [2]
    with commune_db.reading() as session:
        names = [m.full_name for m in search_members(session, MemberFilter())]
        total = count_members(session, MemberFilter())
    assert names == ["Đặng Thị Ánh", "Bùi Thị Huệ"] and total == 2


def test_a_broken_file_says_so_and_changes_nothing(
    qtbot: QtBot, commune_db: Database, tmp_path: Path
) -> None:
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with commune_db.reading() as session:
        site = get_site(session)
    dialog = ImportDialog(commune_db, site, TaskRunner(synchronous=True), broken)
    qtbot.addWidget(dialog)
    assert "Không đọc được" in dialog.message.text()
    assert dialog.preview is None
    with commune_db.reading() as session:
        assert count_members(session, MemberFilter()) == 0
