"""The engine interface (db.dialects): the same answers from SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, select

from db.dialects import POSTGRESQL, SQLITE, dialect_of, is_server_url
from db.dialects.postgresql import normalise_url, to_psycopg
from db.dialects.sql import json_values, year_of
from db.engine import Database
from db.models import Course
from tests.stored import stored


def test_sqlite_parameters_become_psycopg_ones_outside_quoted_text() -> None:
    assert to_psycopg("SELECT a FROM t WHERE b = ? AND c = :name") == (
        "SELECT a FROM t WHERE b = %s AND c = %(name)s")
    assert to_psycopg("SELECT '?', ':x', '50%' , x::text, \"a?\" FROM t WHERE y LIKE ?") == (
        "SELECT '?', ':x', '50%%' , x::text, \"a?\" FROM t WHERE y LIKE %s")


def test_server_urls_are_told_from_paths_and_given_to_psycopg() -> None:
    assert is_server_url("postgresql://u@h/db") and is_server_url("postgres://u@h/db")
    assert not is_server_url("C:/Sổ Hội/sohoi.sqlite") and not is_server_url("sohoi.sqlite")
    assert normalise_url("postgresql://u@h:5433/db") == "postgresql+psycopg://u@h:5433/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


def test_inserts_that_keep_or_replace_a_row_are_said_in_each_engine() -> None:
    assert SQLITE.insert_sql("units", ["id", "name"], on_conflict="ignore") == (
        'INSERT OR IGNORE INTO "units" ("id", "name") VALUES (?, ?)')
    assert POSTGRESQL.insert_sql("units", ["id", "name"], on_conflict="ignore") == (
        'INSERT INTO "units" ("id", "name") VALUES (?, ?) ON CONFLICT DO NOTHING')
    for dialect in (SQLITE, POSTGRESQL):
        assert dialect.insert_sql("units", ["id", "name"], on_conflict="update").endswith(
            'ON CONFLICT(id) DO UPDATE SET "name" = excluded."name"')


def test_lists_years_and_stored_shapes_agree_on_the_test_engine(demo_db: Database) -> None:
    with demo_db.reading() as session:
        assert dialect_of(session) is demo_db.dialect
        listed = session.scalars(json_values([3, 1, 2], Integer())).all()
        years = session.scalars(select(year_of(Course.start_on)).limit(5)).all()
        starts = session.scalars(select(Course.start_on).limit(5)).all()
    assert sorted(listed) == [1, 2, 3]
    assert years == [start.year for start in starts]
    # The raw cursor gives SQLite's shapes on either engine: ISO text, 0/1, JSON text.
    ((started, created, active),) = stored(
        demo_db, "SELECT start_on, created_at, 1 = 1 FROM courses ORDER BY id LIMIT 1")
    assert dt.date.fromisoformat(started) and len(created) == len("2026-11-25 09:00:00.000000")
    assert active == 1
