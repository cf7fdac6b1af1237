"""``sohoi units merge|split`` run in-process through ``desktop.cli.run``, on real packages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import run
from tests.sync_support import build_province, content_digest

OLD = ["12586", "12499", "13021"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("units")
    build_province(folder, communes=3, members=60).close()
    return folder / "upper.sqlite"


@pytest.fixture
def upper(built: Path, tmp_path: Path) -> Path:
    shutil.copyfile(built, tmp_path / "upper.sqlite")
    return tmp_path / "upper.sqlite"


def _merge(upper: Path, *extra: str) -> list[str]:
    return ["units", "merge", *OLD, "--into", "12745", "--on", "2026-07-01",
            "--db", str(upper), *extra]


def test_dry_run_json_changes_nothing(upper: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = content_digest(upper)
    assert run(_merge(upper, "--dry-run", "--format", "json")) == 0
    document = json.loads(capsys.readouterr().out)
    assert content_digest(upper) == before
    assert [s["code"] for s in document["sources"]] == OLD
    assert document["members_total"] == 180
    assert document["into"]["code"] == "12745"
    assert document["branches"]


def test_merge_with_yes(upper: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(_merge(upper, "--dry-run", "--format", "json")) == 0
    plan = json.loads(capsys.readouterr().out)
    different = [f"--different={p['key']}" for p in plan["pairs"] if not p["certain"]]
    assert run(_merge(upper, "--yes", "--format", "json", *different)) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["members"] == plan["members_after"]
    assert result["closed"] == OLD
    assert run(_merge(upper, "--dry-run")) == 1
    assert "đã được hợp nhất" in capsys.readouterr().err


def test_refusals(upper: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["units", "merge", "12586", "--into", "12745", "--db", str(upper),
                "--dry-run"]) == 1
    assert "từ 2 đến 4" in capsys.readouterr().err
    assert run(_merge(upper, "--yes", "--same", "nonsense")) == 1
    assert "MÃ_HỘI_VIÊN" in capsys.readouterr().err
    before = content_digest(upper)
    assert run(["units", "handover", "--commune", "12745", "--out", str(upper.parent),
                "--db", str(upper)]) == 1
    assert content_digest(upper) == before


def test_split_text(upper: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(_merge(upper, "--dry-run")) == 0
    text = capsys.readouterr().out
    assert "Chi hội của xã mới" in text and "Hội viên: 180" in text
    assert run(["units", "split", "12586", "--into", "12745", "--village", "zzz-none",
                "--db", str(upper), "--yes"]) == 1
    assert "Không có hội viên" in capsys.readouterr().err


def test_office_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A commune office splits a branch by village, then merges an old register file."""
    import sqlite3

    from db.demo.generator import build_demo
    from db.engine import open_database

    paths = []
    for number, code in enumerate(OLD[:2]):
        database = open_database(tmp_path / f"{code}.sqlite")
        build_demo(database, unit_code=code, members=40, seed=5 + number)
        database.close()
        paths.append(tmp_path / f"{code}.sqlite")
    own, other = paths
    with sqlite3.connect(own) as conn:
        branch, village = conn.execute(
            "SELECT u.name, m.address FROM members m JOIN units u ON u.id = m.branch_id "
            "WHERE m.address IS NOT NULL AND m.deleted_at IS NULL LIMIT 1").fetchone()
    split = ["units", "split-branch", branch, "--village", village, "--name", "Mới",
             "--db", str(own)]
    before = content_digest(own)
    assert run([*split, "--dry-run"]) == 0
    assert "hội viên ở thôn" in capsys.readouterr().out
    assert content_digest(own) == before
    assert run([*split, "--yes"]) == 0
    assert "sang chi hội mới" in capsys.readouterr().out
    assert run(["units", "merge-file", str(other), "--db", str(own), "--dry-run",
                "--format", "json", "--on", "2026-07-01"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["members_total"] > 40
    different = [f"--different={p['key']}" for p in plan["pairs"] if not p["certain"]]
    assert run(["units", "merge-file", str(other), "--db", str(own), "--yes",
                "--on", "2026-07-01", *different]) == 0
    assert "đã đóng 12499" in capsys.readouterr().out
