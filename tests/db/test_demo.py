"""Demo data: realistic, repeatable, and refusing to mix with real data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.demo.generator import build_demo
from db.engine import Database, open_database
from db.errors import UserError
from db.maintenance import check_database
from db.members import MemberFilter, count_members, search_members
from db.models import Attendance, Certificate, Meeting, Member, Post, SyncPeer, Unit

TODAY = dt.date(2026, 11, 25)


def first_names(path: Path) -> list[str]:
    database = open_database(path)
    with database.reading() as session:
        names = [m.full_name for m in search_members(session, MemberFilter(), limit=50)]
    database.close()
    return names


def test_same_seed_same_data(tmp_path: Path) -> None:
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite")
        build_demo(database, members=300, seed=11, today=TODAY)
        database.close()
    assert first_names(tmp_path / "a.sqlite") == first_names(tmp_path / "b.sqlite")


def test_demo_commune_is_complete_and_sound(demo_db: Database) -> None:
    with demo_db.reading() as session:
        count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(Member) == 1200
        assert count(Post) > 10
        assert count(Meeting) > 20
        assert count(Attendance) > 1000
        assert count(Certificate) > 0
        branches = session.scalar(
            select(func.count()).select_from(Unit).where(Unit.level == "branch")
        )
        assert branches is not None and branches >= 4
        nguyen = count_members(session, MemberFilter(text="nguyen"))
        year_only = session.scalar(
            select(func.count()).select_from(Member).where(func.length(Member.birth_date) == 4)
        )
    assert 0.30 < nguyen / 1200 < 0.46
    assert year_only is not None and year_only > 50
    assert check_database(demo_db).ok


def test_upper_level_demo_holds_many_communes(tmp_path: Path) -> None:
    database = open_database(tmp_path / "upper.sqlite")
    summary = build_demo(database, members=2000, communes=5, seed=2, today=TODAY)
    with database.reading() as session:
        communes = session.scalar(
            select(func.count()).select_from(Unit).where(Unit.level == "commune")
        )
        peers = session.scalar(select(func.count()).select_from(SyncPeer))
        owners = session.scalar(select(func.count(func.distinct(Member.owner_unit_id))))
    assert summary.communes == communes == peers == owners == 5
    assert 1900 <= summary.members <= 2100
    database.close()


def test_demo_refuses_a_register_with_members(demo_db: Database) -> None:
    with pytest.raises(UserError):
        build_demo(demo_db, members=10, seed=1, today=TODAY)


def test_demo_refuses_more_communes_than_the_province_has(tmp_path: Path) -> None:
    database = open_database(tmp_path / "upper.sqlite")
    with pytest.raises(UserError) as caught:
        build_demo(database, members=1000, communes=500, seed=1, today=TODAY)
    assert "chỉ có" in caught.value.message
    database.close()
