"""The export dialog: columns, sensitive data off by default, writing to a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from python_calamine import CalamineWorkbook

from db.engine import Database
from db.members import MemberFilter, count_members
from db.site import get_site
from desktop.documents.member_workbook import LIST_SHEET
from desktop.pages.members.export_dialog import ExportDialog
from desktop.tasks import TaskRunner

TODAY = dt.date(2026, 11, 25)


def make(qtbot, database: Database, flt: MemberFilter) -> ExportDialog:  # type: ignore[no-untyped-def]
    with database.reading() as session:
        site = get_site(session)
    dialog = ExportDialog(database, site, TaskRunner(synchronous=True), flt, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_exports_filtered_list_without_an_unticked_column(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    flt = MemberFilter(status="active", kind="ordinary")
    dialog = make(qtbot, demo_db, flt)
    dialog.show()
    assert dialog.suggested_name() == "danh-sach-hoi-vien-2026-11-25.xlsx"
    assert "ethnicity" not in dialog.chosen_columns()
    assert "(dữ liệu nhạy cảm)" in dialog.columns.item(4).text()
    dialog.set_column_checked("phone", False)
    out = tmp_path / "ds.xlsx"
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_to(out)
    with demo_db.reading() as session:
        expected = count_members(session, flt)
    assert signal.args == [expected, str(out)]
    assert f"{expected:,}".replace(",", ".") in dialog.message.text()
    assert str(out) in dialog.message.text()
    table = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(LIST_SHEET).to_python()
    assert "hội viên thường" in table[2][0] and "đang sinh hoạt" in table[2][0]
    header = table[5]
    assert "Họ và tên" in header and "Điện thoại" not in header and "Dân tộc" not in header
    assert len(table) - 6 == expected
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    dialog.grab().save("/tmp/export_dialog.png")


def test_statistics_and_no_columns(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make(qtbot, demo_db, MemberFilter())
    for key in list(dialog.chosen_columns()):
        dialog.set_column_checked(key, False)
    dialog.export_to(tmp_path / "none.xlsx")
    assert "ít nhất một cột" in dialog.message.text()
    assert not (tmp_path / "none.xlsx").exists()
    dialog.stats_choice.setChecked(True)
    assert not dialog.column_box.isEnabled()
    assert dialog.suggested_name() == "thong-ke-hoi-vien-2026-11-25.xlsx"
    out = tmp_path / "tk.xlsx"
    dialog.export_to(out)
    assert "Đã ghi thống kê" in dialog.message.text()
    assert "Chi hội" in CalamineWorkbook.from_path(str(out)).sheet_names
