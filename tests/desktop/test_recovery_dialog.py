"""A damaged register at start-up: the recovery window instead of a crash."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.backup import BackupKind, create_backup
from db.engine import ReadOnlyRegisterError, check_writable, open_database
from desktop.recovery_dialog import RecoveryDialog, is_damage
from tests.db.test_edges import _damage

NOW = dt.datetime(2026, 11, 25, 9, 41, 0)


def _members(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])


def _open_and_read(path: Path) -> None:
    from sqlalchemy import text

    database = open_database(path)
    try:
        with database.reading() as session:
            session.execute(text("SELECT count(*) FROM members")).scalar_one()
            session.execute(text("SELECT * FROM members")).all()
    finally:
        database.close()


#: Damage that reading the members meets (the others lie in pages a read may skip;
#: ``sohoi db check`` finds them all).
OPEN_DAMAGES = ["header", "truncated", "schema-page"]


@pytest.mark.parametrize("how", OPEN_DAMAGES)
def test_opening_a_damaged_register_is_recognised_as_damage(
    demo_file: Path, tmp_path: Path, how: str
) -> None:
    register = tmp_path / "register.sqlite"
    shutil.copyfile(demo_file, register)
    _damage(register, how)
    with pytest.raises(Exception) as caught:
        _open_and_read(register)
    assert is_damage(caught.value), repr(caught.value)


def test_the_recovery_window_restores_the_newest_good_copy(
    qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    register = tmp_path / "register.sqlite"
    shutil.copyfile(demo_file, register)
    folder = tmp_path / "backups"
    good = create_backup(register, folder, BackupKind.DAILY, NOW)
    members = _members(register)
    _damage(register, "header")
    dialog = RecoveryDialog(register, folder, "tệp hỏng")
    qtbot.addWidget(dialog)
    assert dialog.newest is not None and dialog.newest.path == good.path
    assert good.path.name in dialog.offer.text()
    dialog.restore_newest.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert _members(register) == members
    assert any(p.name.startswith("sohoi-before-restore") for p in folder.iterdir())


def test_without_a_good_copy_the_window_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite"
    register.write_bytes(b"garbage" * 1000)
    dialog = RecoveryDialog(register, tmp_path / "backups", "tệp hỏng")
    qtbot.addWidget(dialog)
    assert not dialog.restore_newest.isEnabled()
    assert "Không tìm thấy bản sao lưu tốt" in dialog.offer.text()


@contextlib.contextmanager
def read_only_view(folder: Path):  # type: ignore[no-untyped-def]
    """Show ``folder`` through a read-only bind mount (as a locked USB stick or a CD)."""
    import subprocess

    view = folder.parent / (folder.name + "-ro")
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(view)],
                             capture_output=True, check=False).returncode == 0
    if mounted:
        mounted = subprocess.run(["mount", "-o", "remount,ro,bind", str(view)],
                                 capture_output=True, check=False).returncode == 0
        if not mounted:
            subprocess.run(["umount", str(view)], check=False)
    if not mounted:
        pytest.skip("needs permission to mount a read-only view")
    try:
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=False)


def test_a_read_only_register_has_its_own_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    open_database(folder / "register.sqlite").close()
    with read_only_view(folder) as view:
        register = view / "register.sqlite"
        with pytest.raises(ReadOnlyRegisterError) as caught:
            check_writable(register)
        assert "chỉ cho phép đọc" in caught.value.message
        assert "không hỏng" in caught.value.message
        with pytest.raises(ReadOnlyRegisterError):
            open_database(register)
        assert not is_damage(caught.value)
