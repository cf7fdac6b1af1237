"""What the data layer says differently to SQLite and to PostgreSQL, as one interface.

Each method here is a place where the two engines need different SQL or a different
driver call; the rest of ``db/`` calls the method and stays the same on both. Where
the two agree, nothing belongs here.
"""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from sqlalchemy import ColumnElement, Connection, Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from db.cancel import Cancel

#: Execution option marking a connection whose transaction will write.
WRITE_OPTION = "sohoi_writes"


class RawCursor(Protocol):
    """A driver cursor speaking SQLite's dialect of parameters and values.

    The fast paths (package imports, bulk loads, raw reads of a package's rows) write
    SQL with ``?`` or ``:name`` parameters and read values as SQLite stores them: ISO
    text for dates and times, 0/1 for booleans, JSON as text. A package read from
    either engine is then byte for byte the same.
    """

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> RawCursor:
        """Run one statement."""
        ...

    def executemany(self, sql: str, rows: Any) -> None:
        """Run one statement for each row of values."""
        ...

    def fetchall(self) -> list[tuple[Any, ...]]:
        """Return the remaining rows."""
        ...

    def fetchone(self) -> tuple[Any, ...] | None:
        """Return the next row or None."""
        ...

    @property
    def rowcount(self) -> int:
        """Rows changed by the last statement."""
        ...

    def close(self) -> None:
        """Release the cursor."""
        ...


class Dialect(ABC):
    """One database engine, as the data layer sees it."""

    #: SQLAlchemy's name of the engine ("sqlite", "postgresql").
    name: ClassVar[str]
    #: True for a database server shared by several PCs, False for a file.
    is_server: ClassVar[bool]
    #: The value of a LIMIT parameter that sets no limit.
    no_limit: ClassVar[int | None]
    #: The column giving a table's rows in the order they were written.
    row_order: ClassVar[str]

    @property
    @abstractmethod
    def integrity_errors(self) -> tuple[type[Exception], ...]:
        """The driver's errors for a broken key or constraint (raised by a raw cursor)."""

    @abstractmethod
    def create_engine(self, url: str, *, wal: bool | None = None) -> Engine:
        """Create an engine whose connections are set up for Sổ Hội."""

    @abstractmethod
    def raw_cursor(self, session: Session) -> RawCursor:
        """Return a driver cursor on the session's connection (see :class:`RawCursor`)."""

    #: How an INSERT keeps the row already there: SQLite's ``OR IGNORE`` (which also
    #: skips rows breaking other constraints, as the package paths always relied on) or
    #: the standard ``ON CONFLICT DO NOTHING``.
    insert_ignoring: ClassVar[tuple[str, str]] = ("INSERT INTO", " ON CONFLICT DO NOTHING")

    def insert_sql(
        self, table: str, columns: Sequence[str], *, on_conflict: str = "error"
    ) -> str:
        """Return an INSERT of one row with ``?`` parameters, for :class:`RawCursor`.

        Args:
            table: the table's name.
            columns: the columns given, in the order of the values.
            on_conflict: ``"error"``, ``"ignore"`` (keep the row already there) or
                ``"update"`` (the row's ``id`` decides; the new values win).
        """
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        if on_conflict == "ignore":
            verb, tail = self.insert_ignoring
            return f'{verb} "{table}" ({names}) VALUES ({marks}){tail}'
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
        if on_conflict == "update":
            updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
            sql += f" ON CONFLICT(id) DO UPDATE SET {updates}"
        return sql

    @abstractmethod
    def member_candidates(
        self, session: Session, words: Sequence[str], at_most: int | None
    ) -> list[int]:
        """Return the row numbers of members the trigram index finds for ``words``.

        A candidate has every indexable word (see :func:`db.search_index.index_term`)
        in its search key; the caller checks the other words itself.
        """

    @abstractmethod
    def members_with_word_inside(
        self, session: Session, word: str, at_most: int | None
    ) -> list[int]:
        """Return the row numbers of members holding ``word`` only inside other words.

        "hoa" in "Thoa": a walk of the H initials misses them, so the search adds them.
        ``word`` has at least three letters (a trigram index term).
        """

    @abstractmethod
    def rebuild_member_search(self, session: Session) -> None:
        """Recompute the member search structures in the caller's transaction."""

    @abstractmethod
    def deferred_member_search(
        self, session: Session, member_ids: Collection[str]
    ) -> contextlib.AbstractContextManager[None]:
        """Keep the member search structures once for a batch instead of row by row."""

    @abstractmethod
    def deferred_indexes(
        self, session: Session, tables: Sequence[str]
    ) -> contextlib.AbstractContextManager[None]:
        """Drop the secondary indexes of ``tables`` while a bulk load runs."""

    @abstractmethod
    def lock_imports_from(self, session: Session, unit_id: str) -> None:
        """Hold, until the transaction ends, the right to import ``unit_id``'s packages."""

    @abstractmethod
    def cancellable(
        self, session: Session, cancel: Cancel
    ) -> contextlib.AbstractContextManager[None]:
        """Let ``cancel`` abort the statements the session runs in the ``with`` body."""

    @abstractmethod
    def situation_kind(self, exc: BaseException) -> str | None:
        """Return the kind of known situation a driver error is, or None."""

    @abstractmethod
    def integrity_problems(self, connection: Connection) -> tuple[list[str], int]:
        """Check the stored data: (integrity messages, ``["ok"]`` if sound; FK problems)."""

    @abstractmethod
    def optimize(self, connection: Connection) -> None:
        """Refresh the planner's statistics before the program closes the database."""

    @abstractmethod
    def forget_erased(self, engine: Engine) -> None:
        """After an erasure commits, make the engine drop old copies of erased rows."""

    @abstractmethod
    def has_table(self, connection: Connection, name: str) -> bool:
        """Tell whether a table of that name exists."""

    def relink(self, session: Session, table: str, column: str, keep: str, drop: str) -> None:
        """Point ``table``'s rows from ``drop`` to ``keep``, but those that would repeat a key.

        A row that would repeat one already there (her attendance at a meeting both her
        records had) stays with the dropped record. Each row is moved under its own
        savepoint, so a row that would break a unique key is rolled back alone.
        """
        ids = list(session.execute(
            text(f'SELECT id FROM "{table}" WHERE "{column}" = :drop'), {"drop": drop}
        ).scalars())
        refused: tuple[type[Exception], ...] = (*self.integrity_errors, IntegrityError)
        for row_id in ids:
            try:
                with session.begin_nested():
                    session.execute(
                        text(f'UPDATE "{table}" SET "{column}" = :keep, '
                             "version = version + 1 WHERE id = :id"),
                        {"keep": keep, "id": row_id})
            except refused:
                continue

    def insert_new(self, cursor: RawCursor, table: str, columns: Sequence[str],
                   rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows that are all new (a key already there is an error, as in INSERT)."""
        if rows:
            cursor.executemany(self.insert_sql(table, columns), rows)

    def one_of(self, column: ColumnElement[Any], values: Sequence[Any]) -> ColumnElement[bool]:
        """``column IN (values)``, for the few hundred keys of a screen of rows."""
        return column.in_(list(values))


@contextlib.contextmanager
def nothing() -> Iterator[None]:
    """A context that does nothing (an engine that needs no such step)."""
    yield
