"""Certificate numbers: the year in the default, unique per issuer and year, never reused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from db import certificates as certs
from db.engine import (
    Database,
    alembic_config,
    create_sqlite_engine,
    current_revision,
    head_revision,
    open_database,
)
from db.models import Certificate
from tests.db.test_certificates import _course, _issue, _numbers, _site


def test_default_numbers_carry_the_year_and_start_at_01(commune_db: Database) -> None:
    site = _site(commune_db)
    course = _course(commune_db, site, ["Lê Thị An", "Trần Thị Bình"], done=2)
    ids = _issue(commune_db, course, site.unit_id, dt.date(2026, 3, 3))
    assert certs.DEFAULT_PATTERN == "{seq:02d}/{year}/GCN-HLHPN"
    assert _numbers(commune_db, ids) == ["01/2026/GCN-HLHPN", "02/2026/GCN-HLHPN"]


def test_the_database_refuses_a_second_paper_with_the_same_number(
    commune_db: Database,
) -> None:
    site = _site(commune_db)
    course = _course(commune_db, site, ["Lê Thị An", "Trần Thị Bình"], done=2)
    first, second = _issue(commune_db, course, site.unit_id, dt.date(2026, 3, 3))
    with pytest.raises(IntegrityError), commune_db.transaction() as session:
        session.execute(update(Certificate).where(Certificate.id == second)
                        .values(number="01/2026/GCN-HLHPN"))
    assert _numbers(commune_db, [first, second]) == ["01/2026/GCN-HLHPN", "02/2026/GCN-HLHPN"]


def test_a_changed_pattern_never_reuses_a_number(commune_db: Database) -> None:
    site = _site(commune_db)
    with commune_db.transaction() as session:
        certs.set_certificate_pattern(session, "1{seq}/GCN")
    first = _course(commune_db, site, [f"Người {n}" for n in range(5)], done=5)
    early = _issue(commune_db, first, site.unit_id, dt.date(2026, 3, 3))
    assert _numbers(commune_db, early) == ["11/GCN", "12/GCN", "13/GCN", "14/GCN", "15/GCN"]
    with commune_db.transaction() as session:
        certs.set_certificate_pattern(session, "{seq}/GCN")
    second = _course(commune_db, site, [f"Học viên {n}" for n in range(8)], done=8)
    later = _issue(commune_db, second, site.unit_id, dt.date(2026, 5, 1))
    # Sequences 11 to 15 would print as the first class's numbers: they are skipped.
    assert _numbers(commune_db, later) == [
        "6/GCN", "7/GCN", "8/GCN", "9/GCN", "10/GCN", "16/GCN", "17/GCN", "18/GCN"]
    with commune_db.reading() as session:
        assert certs.next_sequence(session, site.unit_id, 2026) == 19


def test_next_number_skips_a_spelling_already_used(commune_db: Database) -> None:
    site = _site(commune_db)
    course = _course(commune_db, site, ["Lê Thị An"], done=1)
    [first] = _issue(commune_db, course, site.unit_id, dt.date(2026, 3, 3))
    with commune_db.transaction() as session:  # an older paper printed "02/2026/GCN-HLHPN"
        session.execute(update(Certificate).where(Certificate.id == first)
                        .values(number="02/2026/GCN-HLHPN"))
        assert certs.next_number(session, site.unit_id, 2026, certs.DEFAULT_PATTERN) == (
            3, "03/2026/GCN-HLHPN")


@pytest.mark.sqlite_only(reason="downgrades the register file to 0005 and edits it with sqlite3")
def test_migration_keeps_old_duplicate_numbers_on_paper(
    commune_db: Database, tmp_path: Path,
) -> None:
    site = _site(commune_db)
    course = _course(commune_db, site, ["Lê Thị An", "Trần Thị Bình", "Vũ Thị Cúc"], done=3)
    ids = _issue(commune_db, course, site.unit_id, dt.date(2026, 3, 3))
    path = commune_db.path
    commune_db.close()
    engine = create_sqlite_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    engine.dispose()
    with sqlite3.connect(path) as conn:  # two papers of one year printed "001/GCN"
        conn.execute("UPDATE certificates SET number = '001/GCN' WHERE id IN (?, ?)",
                     (ids[0], ids[2]))
        conn.execute("UPDATE certificates SET number = '002/GCN' WHERE id = ?", (ids[1],))
    database = open_database(path, backup_dir=tmp_path / "backups")
    assert current_revision(database.engine) == head_revision()
    with database.reading() as session:
        rows = {r.id: r for r in certs.get_certificates(session, ids)}
        stored = {c.id: c.number for c in session.query(Certificate)}
    database.close()
    assert [rows[i].number for i in ids] == ["001/GCN", "002/GCN", "001/GCN"]
    assert stored[ids[0]] == "001/GCN" and stored[ids[1]] == "002/GCN"
    assert stored[ids[2]] == "001/GCN #3"
    assert len(rows) == 3  # nothing lost
