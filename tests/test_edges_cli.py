"""The command line at the edges: a register open elsewhere, a mistyped or damaged file."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.backup import BackupKind, create_backup
from desktop.cli import run
from tests.db.test_edges import _damage, held_by_another_program

NOW = dt.datetime(2026, 11, 25, 9, 41, 0)


def test_verbs_that_write_are_refused_while_a_window_has_the_register(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = tmp_path / "register.sqlite"
    shutil.copyfile(demo_file, register)
    copy = create_backup(register, tmp_path / "backups", BackupKind.MANUAL, NOW)
    before = register.read_bytes()
    with held_by_another_program(register):
        for argv in (
            ["backup", "restore", str(copy.path), "--db", str(register), "--yes"],
            ["demo", "--db", str(register), "--members", "10"],
            ["init", "--db", str(register), "--unit", "12586"],
        ):
            assert run(argv) == 1, argv
            err = capsys.readouterr().err
            assert "đang mở tệp dữ liệu này ở cửa sổ khác" in err, argv
            assert "Traceback" not in err
        # Reading verbs may run beside the window.
        assert run(["members", "search", "--db", str(register), "--format", "json",
                    "--limit", "1"]) == 0
        assert run(["db", "check", "--db", str(register)]) == 0
        capsys.readouterr()
    assert register.read_bytes() == before


def test_db_check_of_a_mistyped_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "sohoi.sqlit"
    assert run(["db", "check", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "Không có tệp" in err and "Chưa tạo tệp nào" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("how", ["header", "truncated", "zeroed-page", "garbage-pages",
                                 "schema-page"])
def test_db_check_of_a_damaged_file_names_the_newest_good_copy(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    register = tmp_path / "register.sqlite"
    shutil.copyfile(demo_file, register)
    copy = create_backup(register, tmp_path / "backups", BackupKind.DAILY, NOW)
    _damage(register, how)
    assert run(["db", "check", "--db", str(register)]) == 1
    out = capsys.readouterr().out
    assert "CÓ VẤN ĐỀ" in out
    assert f"Bản sao lưu tốt mới nhất: {copy.path}" in out


def test_demo_refuses_a_real_register_even_an_empty_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = tmp_path / "register.sqlite"
    assert run(["init", "--db", str(register), "--unit", "12586"]) == 0
    capsys.readouterr()
    assert run(["demo", "--db", str(register), "--members", "20"]) == 1
    assert "sổ thật của đơn vị" in capsys.readouterr().err
    with contextlib.closing(sqlite3.connect(register)) as conn:
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0


def test_demo_without_db_writes_its_own_file_never_the_register(
    capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop import paths

    demo = paths.demo_database()
    demo.unlink(missing_ok=True)
    assert run(["demo", "--members", "30"]) == 0
    out = capsys.readouterr().out
    assert str(demo) in out and demo.exists()
    real = paths.default_database()
    if real.exists():
        with contextlib.closing(sqlite3.connect(real)) as conn:
            assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    with contextlib.closing(sqlite3.connect(demo)) as conn:
        assert conn.execute("SELECT settings FROM site").fetchone()[0].find('"demo"') >= 0


def test_a_register_locked_by_another_program_gives_a_message_not_a_traceback(
    commune_db_file: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import db.dialects.sqlite

    # Another program (not Sổ Hội) holds SQLite's own write lock; wait only briefly.
    monkeypatch.setattr(db.dialects.sqlite, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(commune_db_file, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        code = run(["init", "--db", str(commune_db_file), "--unit", "12586"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Lỗi: ")
    assert "chương trình khác" in err or "đang bận" in err, err
    assert "Traceback" not in err


@pytest.fixture
def commune_db_file(commune_db: object, tmp_path: Path) -> Path:
    from db.engine import Database

    assert isinstance(commune_db, Database)
    path = commune_db.path
    commune_db.close()
    return Path(path)
