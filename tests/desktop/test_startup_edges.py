"""Start-up at the edges: a second window on the same register, a damaged register."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.backup import BackupKind, create_backup
from desktop import app as app_module
from desktop import paths
from tests.db.test_edges import _damage, held_by_another_program


def test_a_second_window_on_the_same_register_is_refused_with_a_message(
    qapp, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    register = paths.default_database()
    register.parent.mkdir(parents=True, exist_ok=True)
    with held_by_another_program(register):
        assert app_module.run_application() == 1
    assert shown and "đang mở tệp dữ liệu này ở cửa sổ khác" in shown[0]


def test_a_damaged_register_opens_the_recovery_window_not_a_crash(
    qapp, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from desktop.recovery_dialog import RecoveryDialog

    register = tmp_path / "register.sqlite"
    shutil.copyfile(demo_file, register)
    monkeypatch.setattr(paths, "backup_dir", lambda: tmp_path / "backups")
    good = create_backup(register, tmp_path / "backups", BackupKind.DAILY,
                         dt.datetime(2026, 11, 25, 8, 0))
    _damage(register, "schema-page")
    offered: list[Path] = []

    def answer(dialog: RecoveryDialog) -> int:
        assert dialog.newest is not None
        offered.append(dialog.newest.path)
        dialog.restore_newest.click()
        return int(dialog.result())

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    opened = app_module.open_register(register)
    assert offered == [good.path]
    assert opened is not None
    database, site = opened
    try:
        assert site is not None
    finally:
        database.close()
    with contextlib.closing(sqlite3.connect(register)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_quitting_the_recovery_window_opens_nothing(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from desktop.recovery_dialog import RecoveryDialog

    register = tmp_path / "register.sqlite"
    register.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
    monkeypatch.setattr(paths, "backup_dir", lambda: tmp_path / "backups")
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: 0)
    assert app_module.open_register(register) is None
    assert register.read_bytes().startswith(b"SQLite format 3\x00\x07")
