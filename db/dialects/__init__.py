"""The two database engines behind one interface (docs/ARCHITECTURE.md, "Two engines").

A commune keeps its register in a SQLite file; a province office with several staff
keeps it on a PostgreSQL server. Everything the data layer says differently to the two
lives in one :class:`~db.dialects.base.Dialect` per engine, chosen once when the
database is opened: the rest of ``db/`` asks :func:`dialect_of` and never tests the
engine's name itself.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from db.dialects.base import Dialect
from db.dialects.postgresql import PostgreSQLDialect
from db.dialects.sqlite import SQLiteDialect

SQLITE = SQLiteDialect()
POSTGRESQL = PostgreSQLDialect()
_BY_NAME: dict[str, Dialect] = {SQLITE.name: SQLITE, POSTGRESQL.name: POSTGRESQL}


def dialect_named(name: str) -> Dialect:
    """Return the dialect for SQLAlchemy's name of an engine ("sqlite", "postgresql")."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unsupported database engine: {name}") from None


def dialect_of(where: Session | Connection | Engine) -> Dialect:
    """Return the dialect of the database a session, connection or engine talks to."""
    if isinstance(where, Session):
        bind = where.get_bind()
        return dialect_named(bind.dialect.name)
    return dialect_named(where.dialect.name)


def is_server_url(target: object) -> bool:
    """Tell whether ``target`` names a database server rather than a file."""
    return isinstance(target, str) and target.lower().startswith(("postgresql:", "postgresql+",
                                                                  "postgres:"))


__all__ = ["POSTGRESQL", "SQLITE", "Dialect", "dialect_named", "dialect_of", "is_server_url"]
