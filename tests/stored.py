"""Reading what a register really stores, on either engine, beside the ORM.

Tests check the stored values with the driver, not the code under test: on SQLite the
sqlite3 cursor, on PostgreSQL psycopg's (through the same raw cursor the fast paths
use, so values read back in SQLite's shapes: ISO text dates, 0/1 booleans).
"""

from __future__ import annotations

from typing import Any

from db.engine import Database


def stored(database: Database, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Run ``sql`` (with ``?`` parameters) in its own committed transaction; return the rows."""
    with database.transaction() as session:
        cursor = database.dialect.raw_cursor(session)
        try:
            cursor.execute(sql, params)
            return cursor.fetchall() if _returns_rows(sql) else []
        finally:
            cursor.close()


def _returns_rows(sql: str) -> bool:
    return sql.lstrip().upper().startswith(("SELECT", "WITH", "PRAGMA"))
