"""Fast loading of many rows, for demo data and package imports.

The ORM's unit of work is an order of magnitude slower than the driver's executemany
(docs/ARCHITECTURE.md §8); the loaders that write hundreds of thousands of rows go through here,
inside the caller's transaction, with values already in the form SQLAlchemy stores.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from db.dialects import dialect_of

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
    dialect = dialect_of(session)
    sql = dialect.insert_sql(table.name, columns)
    cursor = dialect.raw_cursor(session)
    total = 0
    iterator = iter(rows)
    try:
        while batch := list(islice(iterator, BATCH_ROWS)):
            cursor.executemany(sql, batch)
            total += len(batch)
    finally:
        cursor.close()
    return total


def deferred_indexes(
    session: Session, tables: Sequence[str]
) -> contextlib.AbstractContextManager[None]:
    """Drop the secondary indexes of ``tables`` while a bulk load runs (where it helps).

    Building each index once at the end sorts instead of scattering writes over the
    file; everything happens inside the caller's transaction (see :mod:`db.dialects`).
    """
    return dialect_of(session).deferred_indexes(session, tables)
