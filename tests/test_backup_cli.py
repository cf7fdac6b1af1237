"""``sohoi backup …`` run in-process on real registers (the verb is wired in desktop.cli)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest

from db.backup import list_backups
from db.engine import Database
from desktop.cli.backup import default_backup_folder, megabytes, run_backup

NOW = dt.datetime(2026, 11, 25, 9, 41, 0)


class Terminal(io.StringIO):
    """Keyboard input that says it is a terminal, as a person at a console is."""

    def isatty(self) -> bool:
        return True


def _args(**values: object) -> argparse.Namespace:
    return argparse.Namespace(**{"to": None, "path": None, "yes": False, **values})


def _member_count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL")
                   .fetchone()[0])


def test_create_list_and_verify(commune_db: Database, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "backups"
    assert run_backup(commune_db.path, "list", _args(), backup_folder=folder) == 0
    assert "Chưa có bản sao lưu" in capsys.readouterr().out

    assert run_backup(commune_db.path, "create", _args(), backup_folder=folder, now=NOW) == 0
    out = capsys.readouterr().out
    assert "Đã sao lưu vào" in out and "sohoi-manual-20261125-094100.sqlite" in out
    usb = tmp_path / "usb"
    usb.mkdir()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("hoa sen nở tháng sáu\n", encoding="utf-8")
    later = NOW + dt.timedelta(days=1)
    usb_args = _args(to=str(usb), passphrase_file=str(secret))
    assert run_backup(commune_db.path, "create", usb_args, backup_folder=folder,
                      now=later) == 1
    assert "Chưa đặt cụm mật khẩu" in capsys.readouterr().err
    assert run_backup(commune_db.path, "passphrase", _args(passphrase_file=str(secret),
                      sheet=str(tmp_path / "sheet.pdf"))) == 0
    assert "KHÔNG ai mở được" in capsys.readouterr().out
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert run_backup(commune_db.path, "create", usb_args, backup_folder=folder,
                      now=later) == 0
    assert [p.name for p in usb.iterdir()] == ["sohoi-manual-20261126-094100.sohoi"]
    assert "(mã hóa)" in capsys.readouterr().out
    sealed = str(usb / "sohoi-manual-20261126-094100.sohoi")
    assert run_backup(commune_db.path, "verify", _args(path=sealed)) == 1
    assert "Cần cụm mật khẩu" in capsys.readouterr().err
    assert run_backup(commune_db.path, "verify", _args(path=sealed,
                                                       passphrase_file=str(secret))) == 0
    assert "Bản sao lưu tốt" in capsys.readouterr().out

    assert run_backup(commune_db.path, "list", _args(), backup_folder=folder) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Loại")
    assert len(lines) == 2
    assert "Sao lưu thủ công" in lines[1] and "25/11/2026 09:41" in lines[1]
    assert " MB" in lines[1]

    good = list_backups(folder)[0].path
    assert run_backup(commune_db.path, "verify", _args(path=str(good))) == 0
    assert "Bản sao lưu tốt" in capsys.readouterr().out
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    assert run_backup(commune_db.path, "verify", _args(path=str(bad))) == 1
    assert "không đọc được" in capsys.readouterr().err


def test_create_to_a_removed_usb_fails_plainly(commune_db: Database, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code = run_backup(commune_db.path, "create", _args(to=str(tmp_path / "gone")),
                      backup_folder=tmp_path / "b", now=NOW)
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không thấy thư mục") and "Traceback" not in err


def test_restore_needs_a_terminal_or_yes(demo_db: Database, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "backups"
    run_backup(demo_db.path, "create", _args(), backup_folder=folder, now=NOW)
    copy = list_backups(folder)[0].path
    with demo_db.transaction() as session:
        from sqlalchemy import text

        session.execute(text("UPDATE members SET deleted_at = '2026-11-25 10:00:00' "
                             "WHERE rowid IN (SELECT rowid FROM members LIMIT 3)"))
    demo_db.close()
    capsys.readouterr()

    # piped input, no --yes: refused, nothing changes
    assert run_backup(demo_db.path, "restore", _args(path=str(copy)), backup_folder=folder,
                      now=NOW, stdin=io.StringIO("c\n")) == 1
    assert "--yes" in capsys.readouterr().err
    assert _member_count(demo_db.path) == 1197

    # a terminal, answered "no": nothing changes
    assert run_backup(demo_db.path, "restore", _args(path=str(copy)), backup_folder=folder,
                      now=NOW, stdin=Terminal("\n")) == 1
    assert "Đã thôi" in capsys.readouterr().out
    assert _member_count(demo_db.path) == 1197

    # a terminal, answered "có": restored, the replaced data kept
    later = NOW + dt.timedelta(minutes=5)
    assert run_backup(demo_db.path, "restore", _args(path=str(copy)), backup_folder=folder,
                      now=later, stdin=Terminal("có\n")) == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "sohoi-before-restore-20261125-094600" in out
    assert _member_count(demo_db.path) == 1200

    # --yes on a pipe works too
    assert run_backup(demo_db.path, "restore", _args(path=str(copy), yes=True),
                      backup_folder=folder, now=later + dt.timedelta(minutes=1),
                      stdin=io.StringIO("")) == 0


def test_restore_refuses_a_damaged_copy(commune_db: Database, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("không phải sqlite", encoding="utf-8")
    commune_db.close()
    before = commune_db.path.read_bytes()
    assert run_backup(commune_db.path, "restore", _args(path=str(bad), yes=True),
                      backup_folder=tmp_path / "b", now=NOW) == 1
    assert "không bị thay đổi" in capsys.readouterr().err
    assert commune_db.path.read_bytes() == before
    assert not (tmp_path / "b").exists()


def test_helpers(tmp_path: Path) -> None:
    assert megabytes(1_288_490) == "1,2 MB"
    assert default_backup_folder(tmp_path / "x.sqlite") == tmp_path / "backups"
    assert run_backup(tmp_path / "x.sqlite", "frobnicate", _args()) == 2
