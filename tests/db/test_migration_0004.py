"""Migration 0004 rewrites stored religions and ethnicities to the listed spelling."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from db.engine import (
    alembic_config,
    create_sqlite_engine,
    current_revision,
    head_revision,
    open_database,
)

ROWS = (
    # id, ethnicity as stored, religion as stored, version
    ("m1", "Kinh", "Tin lành", 1),
    ("m2", "kinh", "Tin Lành", 3),
    ("m3", "KINH", "tin lanh", 1),
    ("m4", "H'mông", "Phật giáo Hoà Hảo", 1),
    ("m5", "Mông", "Thiên Chúa giáo", 1),
    ("m6", "Ê-đê", "ko", 1),
    ("m7", "  Người  Lạ ", "Bà La Môn", 1),
    ("m8", None, None, 1),
    ("m9", "", "", 1),
)
EXPECTED = {
    "m1": ("Kinh", "Tin lành"),
    "m2": ("Kinh", "Tin lành"),
    "m3": ("Kinh", "Tin lành"),
    "m4": ("H'Mông", "Hòa Hảo"),
    "m5": ("H'Mông", "Công giáo"),
    "m6": ("Ê Đê", "Không"),
    "m7": ("Người Lạ", "Bà La Môn"),  # not listed: only the stray spaces go
    "m8": (None, None),
    "m9": ("", ""),
}


def _database_at_0003(path: Path) -> None:
    engine = create_sqlite_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO units (id, owner_unit_id, created_at, updated_at, version, code, name,"
            " level, official, active, sort_key) VALUES ('u1', 'u1', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', 1, '12586', 'Xã Hưng Hà', 'commune', 1, 1, '')"
        )
        for member_id, ethnicity, religion, version in ROWS:
            conn.execute(
                "INSERT INTO members (id, owner_unit_id, created_at, updated_at, version,"
                " full_name, given_name, search_key, sort_key, gender, party_member, kind,"
                " commune_id, status, ethnicity, religion) VALUES (?, 'u1',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00', ?, 'Nguyễn Thị Hoa', 'Hoa',"
                " 'nguyen thi hoa', 'x', 'female', 0, 'ordinary', 'u1', 'active', ?, ?)",
                (member_id, version, ethnicity, religion),
            )


def test_variant_spellings_are_rewritten_to_the_canonical_value(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at_0003(path)
    database = open_database(path, backup_dir=tmp_path / "backups")
    assert current_revision(database.engine) == head_revision()
    database.close()
    with sqlite3.connect(path) as conn:
        stored = {
            member_id: (ethnicity, religion)
            for member_id, ethnicity, religion in conn.execute(
                "SELECT id, ethnicity, religion FROM members")
        }
        versions = dict(conn.execute("SELECT id, version FROM members").fetchall())
        religions = conn.execute("SELECT count(DISTINCT religion) FROM members"
                                 " WHERE religion LIKE '%lành'").fetchone()
    assert stored == EXPECTED
    # The same rewrite runs at every site: rows keep their version and do not travel.
    assert versions == {member_id: version for member_id, _e, _r, version in ROWS}
    assert religions == (1,)
