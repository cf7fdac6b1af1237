"""The settings page over a real register: the list of copies, backing up, restoring."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.backup import BackupKind, create_backup, list_backups
from db.engine import Database
from db.site import get_site
from desktop.pages.settings.page import SettingsPage
from desktop.tasks import TaskRunner

NOW = dt.datetime(2026, 11, 25, 16, 45, 0)


def _page(qtbot, database: Database, folder: Path, **kwargs) -> SettingsPage:  # type: ignore[no-untyped-def]
    with database.reading() as session:
        site = get_site(session)
    page = SettingsPage(database, site, TaskRunner(synchronous=True), backup_folder=folder,
                        clock=lambda: NOW, **kwargs)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.load()
    return page


def _cells(page: SettingsPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_lists_backups_and_backup_now_adds_one(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    create_backup(demo_db.path, folder, BackupKind.DAILY, dt.datetime(2026, 11, 24, 8, 5))
    create_backup(demo_db.path, folder, BackupKind.CLOSING, dt.datetime(2026, 11, 24, 17, 30))
    page = _page(qtbot, demo_db, folder)

    assert _cells(page)[0][:2] == ["Khi đóng chương trình", "24/11/2026 17:30"]
    assert _cells(page)[1][:2] == ["Hằng ngày", "24/11/2026 08:05"]
    assert _cells(page)[0][2].endswith(" MB")
    assert "Tệp dữ liệu:" in page.database_label.text()
    assert str(demo_db.path) in page.database_label.text()

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)

    assert page.model.rowCount() == 3
    assert _cells(page)[0][:2] == ["Sao lưu thủ công", "25/11/2026 16:45"]
    assert "Đã sao lưu và kiểm tra" in page.status.text()
    assert [b.kind for b in list_backups(folder)] == ["manual", "closing", "daily"]

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert "1.200 hội viên" in page.status.text()


def test_restore_asks_first_then_hands_over(qtbot, commune_db: Database,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    taken = create_backup(commune_db.path, folder, BackupKind.MANUAL, NOW)
    requested: list[Path] = []
    page = _page(qtbot, commune_db, folder, on_restore_requested=requested.append)
    questions: list[str] = []
    answers = iter([False, True])

    def answer(_title: str, text: str, _yes: str) -> bool:
        questions.append(text)
        return next(answers)

    page.confirm = answer  # type: ignore[method-assign]
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert requested == []
    assert "Trước khi khôi phục" in questions[0] and "mở lại" in questions[0]
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert requested == [taken.path]


def test_restore_in_place_puts_the_copy_back(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    create_backup(demo_db.path, folder, BackupKind.MANUAL, dt.datetime(2026, 11, 25, 8, 0))
    with demo_db.transaction() as session:
        from sqlalchemy import text

        session.execute(text("UPDATE members SET deleted_at = '2026-11-25 10:00:00' "
                             "WHERE rowid IN (SELECT rowid FROM members LIMIT 4)"))
    page = _page(qtbot, demo_db, folder)
    page.confirm = lambda *_args: True  # type: ignore[method-assign]
    told: list[str] = []
    page.inform = told.append  # type: ignore[method-assign]
    with qtbot.waitSignal(page.restored, timeout=1000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)

    assert told and "mở lại" in told[0]
    with contextlib.closing(sqlite3.connect(demo_db.path)) as conn:
        alive = conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()
    assert alive[0] == 1200
    assert {b.kind for b in list_backups(folder)} == {"manual", "before-restore"}


def test_usb_copy_is_encrypted_with_the_passphrase_set_once(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    from db.backup_crypto import MAGIC

    folder, usb = tmp_path / "backups", tmp_path / "usb"
    usb.mkdir()
    page = _page(qtbot, demo_db, folder)
    told: list[str] = []
    problems: list[str] = []
    page.inform = told.append  # type: ignore[method-assign]
    page.show_problem = problems.append  # type: ignore[method-assign]
    passphrase = "hoa sen nở tháng sáu"
    page.choose_new_passphrase = lambda: passphrase  # type: ignore[method-assign]
    sheet = tmp_path / "phieu.pdf"
    page.choose_sheet_file = lambda: sheet  # type: ignore[method-assign]
    page.choose_usb_folder = lambda: usb  # type: ignore[method-assign]
    page.ask_passphrase = lambda _text: passphrase  # type: ignore[method-assign]

    qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    assert told and "đặt cụm mật khẩu" in told[0]
    assert page.passphrase_is_set()
    assert sheet.read_bytes().startswith(b"%PDF")
    assert list(usb.iterdir()) == []  # the first click only set the passphrase

    qtbot.mouseClick(page.usb_button, Qt.MouseButton.LeftButton)
    copies = list(usb.iterdir())
    assert problems == [] and len(copies) == 1 and copies[0].suffix == ".sohoi"
    assert copies[0].read_bytes().startswith(MAGIC)
    assert "Đã chép bản sao lưu" in page.status.text()

    with demo_db.transaction() as session:
        from sqlalchemy import text

        session.execute(text("UPDATE members SET deleted_at = '2026-11-25 10:00:00' "
                             "WHERE rowid IN (SELECT rowid FROM members LIMIT 4)"))
    page.choose_backup_file = lambda: copies[0]  # type: ignore[method-assign]
    page.ask_passphrase = lambda _text: "sai sai sai sai sai"  # type: ignore[method-assign]
    qtbot.mouseClick(page.restore_file_button, Qt.MouseButton.LeftButton)
    assert problems and "Cụm mật khẩu không đúng" in problems[-1]
    page.ask_passphrase = lambda _text: passphrase  # type: ignore[method-assign]
    page.confirm = lambda *_args: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.restored, timeout=1000):
        qtbot.mouseClick(page.restore_file_button, Qt.MouseButton.LeftButton)
    with contextlib.closing(sqlite3.connect(demo_db.path)) as conn:
        alive = conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()
    assert alive[0] == 1200


def test_an_empty_register_can_be_set_up_again(  # type: ignore[no-untyped-def]
    qtbot, commune_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    page = _page(qtbot, commune_db, folder)
    page.confirm = lambda *_args: True  # type: ignore[method-assign]
    told: list[str] = []
    page.inform = told.append  # type: ignore[method-assign]
    assert page.set_up_again_button.isVisible()
    with qtbot.waitSignal(page.restored, timeout=1000):
        qtbot.mouseClick(page.set_up_again_button, Qt.MouseButton.LeftButton)
    assert not commune_db.path.exists()
    assert told and "chọn đơn vị" in told[0]
    kept = list_backups(folder)
    assert len(kept) == 1 and kept[0].kind == "manual"


def test_a_register_with_members_cannot_be_set_up_again(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    page = _page(qtbot, demo_db, tmp_path / "backups")
    problems: list[str] = []
    page.show_problem = problems.append  # type: ignore[method-assign]
    page.confirm = lambda *_args: True  # type: ignore[method-assign]
    qtbot.mouseClick(page.set_up_again_button, Qt.MouseButton.LeftButton)
    assert problems and "đã có hội viên" in problems[0]
    assert demo_db.path.exists()


def test_the_passphrase_dialog_refuses_short_or_mistyped_and_warns(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.pages.settings.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "KHÔNG ai mở được" in texts
    dialog.first.setText("ngắn")
    dialog.second.setText("ngắn")
    dialog.accept()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted
    assert "ít nhất" in dialog.error.text()
    dialog.first.setText("hoa sen nở tháng sáu")
    dialog.second.setText("hoa sen nở tháng bảy")
    dialog.accept()
    assert "không giống" in dialog.error.text()
    dialog.second.setText("hoa sen nở tháng sáu")
    dialog.accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase == "hoa sen nở tháng sáu"


@pytest.mark.skipif(not os.environ.get("SOHOI_TEST_DATABASE_URL"),
                    reason="needs SOHOI_TEST_DATABASE_URL (a register on a server)")
def test_on_a_server_the_page_says_who_backs_up_and_offers_no_file_copies(
    qtbot, commune_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert commune_db.is_server
    page = _page(qtbot, commune_db, tmp_path / "backups")
    assert "pg_dump" in page.folder_label.text()
    assert commune_db.label in page.database_label.text()
    assert not page.usb_button.isEnabled()
    assert not page.restore_file_button.isEnabled()
    assert not page.set_up_again_button.isEnabled()
    # « Sao lưu ngay » takes a pg_dump copy of the server's register.
    assert page.backup_button.isEnabled()
    page.backup_now()
    dumps = list((tmp_path / "backups").glob("sohoi-*.dump"))
    assert len(dumps) == 1
    assert dumps[0].name in page.status.text()
