"""Fast loading of many rows, for demo data and package imports.

The ORM's unit of work is an order of magnitude slower than the driver's executemany
(docs/ARCHITECTURE.md §8); the loaders that write hundreds of thousands of rows go through here,
inside the caller's transaction, with values already in the form SQLAlchemy stores.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from db.search_index import rebuild_member_search

BATCH_ROWS = 20_000


def sql_value(value: Any) -> Any:
    """Convert a Python value to what SQLAlchemy's SQLite types would have written."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert rows of values (in ``columns`` order) with the driver's executemany.

    Values must already be plain (str, int, float, None, ISO dates as text): the callers
    build millions of them and converting here would double the cost.

    Returns:
        The number of rows inserted.
    """
    placeholders = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{table.name}" ({", ".join(columns)}) VALUES ({placeholders})'
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    total = 0
    iterator = iter(rows)
    try:
        while batch := list(islice(iterator, BATCH_ROWS)):
            cursor.executemany(sql, batch)
            total += len(batch)
    finally:
        cursor.close()
    return total


@contextlib.contextmanager
def deferred_indexes(session: Session, tables: Sequence[str]) -> Iterator[None]:
    """Drop the secondary indexes and triggers of ``tables`` while a bulk load runs.

    Inserting millions of rows into a table with several indexes scatters writes over
    the file; building each index once at the end sorts instead, several times faster.
    Everything happens inside the caller's transaction, so an interrupted load leaves
    the indexes exactly as they were. Unique constraints stay in force throughout.
    """
    names = ", ".join(f"'{t}'" for t in tables)
    saved = session.execute(
        text(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            f"AND tbl_name IN ({names}) AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        )
    ).all()
    for kind, name, _sql in saved:
        session.execute(text(f'DROP {kind.upper()} "{name}"'))
    yield
    for _kind, _name, sql in saved:
        session.execute(text(sql))
    if "members" in tables:
        rebuild_member_search(session)
