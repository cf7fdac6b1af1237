"""``sohoi accounts …`` on real register files (the verb is wired in desktop.cli)."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from db import accounts
from db.accounts import (
    AccountDraft,
    AccountLockedError,
    LoginFailedError,
    Role,
    enable_accounts,
    find_account,
    log_in,
)
from db.engine import Database, open_database
from desktop.cli import build_parser, run
from desktop.cli.accounts import run_accounts

NOW = dt.datetime(2026, 11, 25, 9, 41)


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _only_admin_forgot(database: Database, now: dt.datetime = NOW) -> None:
    """Accounts on, one admin, and she has locked herself out guessing at ``now``."""
    with database.transaction() as session:
        enable_accounts(session, AccountDraft("lan", "Nguyễn Thị Lan", Role.ADMIN,
                                              "hoa-sen-2026", "hoa-sen-2026"))
    for attempt in range(5):
        with pytest.raises((LoginFailedError, AccountLockedError)):
            log_in(database, "lan", f"quen-{attempt}", now)


def _asker(*answers: str):  # type: ignore[no-untyped-def]
    queue = list(answers)
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return queue.pop(0)

    ask.prompts = prompts  # type: ignore[attr-defined]
    return ask


def test_reset_password_lets_the_only_admin_back_in(commune_db: Database,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _only_admin_forgot(commune_db)
    args = argparse.Namespace(username="LAN", password_stdin=False)
    ask = _asker("mat-khau-moi", "mat-khau-khac")
    assert run_accounts(commune_db, "reset-password", args, read_password=ask) == 1
    assert "Hai lần nhập mật khẩu không giống nhau." in capsys.readouterr().err
    with pytest.raises(AccountLockedError):
        log_in(commune_db, "lan", "hoa-sen-2026", NOW)

    ask = _asker("mat-khau-moi", "mat-khau-moi")
    assert run_accounts(commune_db, "reset-password", args, read_password=ask) == 0
    assert len(ask.prompts) == 2  # type: ignore[attr-defined]
    out = capsys.readouterr().out
    assert "Đã đặt mật khẩu mới cho lan (Nguyễn Thị Lan)" in out
    assert "mat-khau-moi" not in out
    account = log_in(commune_db, "lan", "mat-khau-moi", NOW + dt.timedelta(seconds=1))
    assert account.role == Role.ADMIN


def test_unknown_name_and_short_password_are_refused(commune_db: Database,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _only_admin_forgot(commune_db)
    args = argparse.Namespace(username="mai", password_stdin=True)
    assert run_accounts(commune_db, "reset-password", args, stdin=io.StringIO("x\n")) == 1
    assert "Không có tài khoản tên “mai”" in capsys.readouterr().err
    args = argparse.Namespace(username="lan", password_stdin=True)
    assert run_accounts(commune_db, "reset-password", args, stdin=io.StringIO("ngan\n")) == 1
    assert "ít nhất 8 ký tự" in capsys.readouterr().err


def test_add_and_list(commune_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(username="mai.tran", role="entry", name="Trần  Thị Mai",
                              password_stdin=True)
    assert run_accounts(commune_db, "add", args, stdin=io.StringIO("mai-12345\n")) == 0
    out = capsys.readouterr().out
    assert "Đã thêm tài khoản mai.tran (Trần Thị Mai, Nhập liệu)." in out
    assert "đang tắt" in out
    assert run_accounts(commune_db, "add", args, stdin=io.StringIO("mai-12345\n")) == 1
    assert "Đã có tài khoản tên “mai.tran”" in capsys.readouterr().err
    assert run_accounts(commune_db, "list", argparse.Namespace()) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Tài khoản đăng nhập: đang tắt (không hỏi đăng nhập khi mở Sổ Hội)"
    assert lines[2].split() == ["mai.tran", "Nhập", "liệu", "đang", "hoạt", "động", "Trần",
                                "Thị", "Mai"]


def test_the_verbs_are_wired_into_sohoi(commune_db: Database,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    # The listing compares the pause with the real clock, so lock her out now.
    _only_admin_forgot(commune_db, dt.datetime.now().replace(microsecond=0))
    parsed = build_parser().parse_args(
        ["accounts", "reset-password", "lan", "--password-stdin", "--db", str(commune_db.path)])
    assert parsed.accounts_verb == "reset-password" and parsed.password_stdin
    assert run(["accounts", "list", "--db", str(commune_db.path)]) == 0
    out = capsys.readouterr().out
    assert "đang bật" in out and "tạm khóa đến" in out


def test_reset_password_from_a_terminal_on_a_real_file(tmp_path: Path) -> None:
    """The whole command in a separate process, as the office's helper would type it."""
    path = tmp_path / "register.sqlite"
    database = open_database(path)
    from db.site import init_site

    with database.transaction() as session:
        init_site(session, "12586")
    _only_admin_forgot(database)
    database.close()
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "reset-password", "lan",
         "--password-stdin", "--db", str(path)],
        input="Mật-khẩu-mới 2027\n", capture_output=True, text=True, encoding="utf-8",
        timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Đã đặt mật khẩu mới cho lan" in done.stdout
    database = open_database(path)
    try:
        with database.reading() as session:
            stored = find_account(session, "lan")
        assert stored is not None and stored.locked_until is None
        assert log_in(database, "lan", "Mật-khẩu-mới 2027", NOW).username == "lan"
    finally:
        database.close()
