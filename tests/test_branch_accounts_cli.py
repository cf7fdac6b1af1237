"""``sohoi accounts add --role branch --branch …`` and ``accounts list --format json``."""

from __future__ import annotations

import io
import json

import pytest
from argon2 import PasswordHasher

from db import accounts
from db.engine import Database
from db.scope import scope_of
from db.site import get_site
from db.units import create_branch
from desktop.cli import run


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def branches(commune_db: Database) -> tuple[str, str, str]:
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        return (create_branch(session, commune_id, "Thôn 1"),
                create_branch(session, commune_id, "Thôn 2"),
                create_branch(session, commune_id, "Thôn 3"))


def _add(database: Database, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("hoa-sen-2026\n"))
    return run(["accounts", "add", *extra, "--password-stdin", "--db", str(database.path)])


def test_add_a_branch_leader_and_list_her_branches_as_json(
        commune_db: Database, branches: tuple[str, str, str],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    one, two, _three = branches
    assert _add(commune_db, monkeypatch, "ha.pham", "--role", "branch", "--name",
                "Phạm Thị Hà", "--branch", "Chi hội Thôn 1", "--branch", "Thôn 2") == 0
    out = capsys.readouterr().out
    assert "Đã thêm tài khoản ha.pham (Phạm Thị Hà, Chi hội)." in out
    assert "Chi hội: Chi hội Thôn 1, Chi hội Thôn 2" in out
    assert _add(commune_db, monkeypatch, "lan", "--role", "entry", "--name",
                "Nguyễn Thị Lan") == 0
    capsys.readouterr()
    assert run(["accounts", "list", "--format", "json", "--db", str(commune_db.path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    by_name = {a["username"]: a for a in listed["accounts"]}
    assert listed["enabled"] is False
    assert by_name["ha.pham"]["role"] == "branch"
    assert by_name["ha.pham"]["branches"] == [
        {"id": one, "name": "Chi hội Thôn 1"}, {"id": two, "name": "Chi hội Thôn 2"}]
    assert by_name["ha.pham"]["sees_sensitive"] is False
    assert by_name["lan"]["branches"] == []
    with commune_db.reading() as session:
        found = accounts.find_account(session, "ha.pham")
    assert found is not None and scope_of(found).branch_ids == frozenset({one, two})
    assert run(["accounts", "list", "--db", str(commune_db.path)]) == 0
    assert "chi hội: Chi hội Thôn 1, Chi hội Thôn 2" in capsys.readouterr().out


def test_a_wrong_branch_or_a_missing_one_adds_nobody(
        commune_db: Database, branches: tuple[str, str, str],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add(commune_db, monkeypatch, "ha.pham", "--role", "branch", "--name",
                "Phạm Thị Hà", "--branch", "Thôn 9") == 1
    assert "Không tìm thấy chi hội “Thôn 9”" in capsys.readouterr().err
    assert _add(commune_db, monkeypatch, "ha.pham", "--role", "branch", "--name",
                "Phạm Thị Hà") == 1
    assert "cần ít nhất một chi hội" in capsys.readouterr().err
    assert _add(commune_db, monkeypatch, "ha.pham", "--role", "entry", "--name",
                "Phạm Thị Hà", "--branch", "Thôn 1") == 1
    assert "--role branch" in capsys.readouterr().err
    with commune_db.reading() as session:
        assert accounts.list_accounts(session) == []
