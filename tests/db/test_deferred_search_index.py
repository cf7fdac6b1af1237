"""The member search indexes maintained once per imported package (issue 23, point 4).

A package's members are written with the index triggers dropped inside the import's
transaction and the batch's entries written afterwards in one statement per index. The
index must end up exactly as the triggers would have left it, and a package that fails
half-way must leave the register, the index and the triggers as they were. Everything
is real: two SQLite registers, signed and encrypted package files.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import search_index
from db.engine import open_database
from db.members import MemberDraft, MemberFilter, add_member, search_members
from db.site import get_site
from db.sync.errors import PackageRefusedError
from db.sync.importer import import_package
from tests.sync_support import Pair, content_digest, make_pair

QUERIES = ("nguyen", "le thi hoa", "pham thi l", "tran", "h", "thuy", "ngoc anh", "zzz",
           "phan thi moi", "vu thi doi ten")
NEVER = 10**9


@pytest.fixture
def pair(demo_file: Path, tmp_path: Path) -> Iterator[Pair]:
    """The demo commune (1,200 members) enrolled at a fresh upper level."""
    sites = make_pair(demo_file, tmp_path / "sites")
    yield sites
    sites.close()


def _index_rows(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]],
                                     list[tuple[object, ...]]]:
    """Both index tables and the triggers' text, as stored."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        words = conn.execute("SELECT rowid, words FROM member_search ORDER BY rowid").fetchall()
        initials = conn.execute(
            "SELECT initial, sort_key, id, search_key FROM member_search_initials "
            "ORDER BY initial, sort_key, id"
        ).fetchall()
        triggers = conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()
        conn.execute("INSERT INTO member_search(member_search) VALUES ('integrity-check')")
    return words, initials, triggers


def _members(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT rowid, * FROM members ORDER BY rowid").fetchall()


def _searches(path: Path) -> dict[str, list[str]]:
    database = open_database(path)
    try:
        with database.reading() as session:
            return {
                query: [row.id for row in search_members(session, MemberFilter(text=query),
                                                         limit=200)]
                for query in QUERIES
            }
    finally:
        database.close()


def _import(path: Path, package: Path) -> None:
    database = open_database(path)
    try:
        with database.transaction() as session:
            import_package(session, package.read_bytes(), package.name, accept_key=True)
    finally:
        database.close()


def _change_commune(pair: Pair) -> None:
    """New members, renamed members and members marked deleted, as a later package has."""
    with pair.commune.transaction() as session:
        commune = get_site(session).unit_id
        for name in ("Phan Thị Mới", "Vũ Thị Đổi Tên", "Lê Thị Hoa"):
            add_member(session, commune, MemberDraft(full_name=name, birth_date="1980"))
    with contextlib.closing(sqlite3.connect(pair.folder / "commune.sqlite")) as conn:
        conn.execute("UPDATE members SET full_name = 'Vũ Thị Đổi Tên ' || substr(id, 1, 4) "
                     "WHERE rowid % 50 = 1 AND rowid <= 1200")
        conn.execute("UPDATE members SET deleted_at = '2026-11-25 10:00:00' "
                     "WHERE rowid % 70 = 2 AND deleted_at IS NULL")
        conn.commit()


def test_deferred_index_is_the_same_as_the_triggers(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = pair.send_up()
    _change_commune(pair)
    second = pair.send_up()
    pair.close()
    original = _index_rows(pair.folder / "upper.sqlite")[2]
    by_row = tmp_path / "by-row.sqlite"
    by_batch = tmp_path / "by-batch.sqlite"
    shutil.copyfile(pair.folder / "upper.sqlite", by_row)
    shutil.copyfile(pair.folder / "upper.sqlite", by_batch)

    for package in (first, second):
        monkeypatch.setattr(search_index, "DEFER_THRESHOLD", NEVER)
        _import(by_row, package)
        monkeypatch.setattr(search_index, "DEFER_THRESHOLD", 1)
        _import(by_batch, package)

    assert _members(by_row) == _members(by_batch)
    row_words, row_initials, row_triggers = _index_rows(by_row)
    batch_words, batch_initials, batch_triggers = _index_rows(by_batch)
    assert len(row_words) > 1200 and len(row_initials) > 1200
    assert batch_words == row_words
    assert batch_initials == row_initials
    assert batch_triggers == row_triggers == original
    assert {name for name, _table, _sql in batch_triggers} >= set(search_index.SEARCH_TRIGGERS)
    by_row_found, by_batch_found = _searches(by_row), _searches(by_batch)
    assert by_batch_found == by_row_found
    assert by_batch_found["phan thi moi"] and by_batch_found["vu thi doi ten"]


def test_a_package_failing_half_way_changes_neither_register_nor_index(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = pair.send_up()
    upper = pair.folder / "upper.sqlite"
    pair.upper.close()
    # A later table of the package cannot be written (as with a full disk): the members
    # are written and the index entries deferred by then.
    with contextlib.closing(sqlite3.connect(upper)) as conn:
        conn.execute("CREATE TRIGGER refuse_attendance BEFORE INSERT ON attendances "
                     "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        conn.commit()
    before_rows, before_index = content_digest(upper), _index_rows(upper)
    monkeypatch.setattr(search_index, "DEFER_THRESHOLD", 1)
    with pytest.raises(PackageRefusedError):
        _import(upper, package)
    assert content_digest(upper) == before_rows
    assert _index_rows(upper) == before_index
    with contextlib.closing(sqlite3.connect(upper)) as conn:
        assert conn.execute("SELECT count(*) FROM members").fetchone() == (0,)
        conn.execute("DROP TRIGGER refuse_attendance")
        conn.commit()
    # The triggers are back: a member written row by row afterwards is found.
    _import(upper, package)
    assert _searches(upper)["le thi hoa"]
    words, initials, _triggers = _index_rows(upper)
    assert len(words) >= 1200 and initials

