"""SQLite: the register of one PC, in one file (the default engine).

Every connection runs with foreign keys on, a busy timeout and ``synchronous=FULL``
because the offices lose power; WAL is used only on a local disk, since it relies on
shared memory that network file systems do not provide. pysqlite opens transactions
lazily and commits DDL on its own; that is switched off and ``BEGIN`` emitted here, so
that a migration or an import is all-or-nothing, and a writing transaction begins
IMMEDIATE so that it waits for a busy register instead of failing.

The member search lives in an FTS5 trigram table and a table of word initials, both
kept by triggers (migrations 0002 and 0003); :mod:`db.search_index` holds their SQL.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import (
    Connection,
    Engine,
    event,
    text,
)
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.orm import Session

from db.dialects.base import WRITE_OPTION, Dialect, RawCursor

if TYPE_CHECKING:
    from db.cancel import Cancel

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000

# SQLite's primary result codes (the low byte of an extended code) that are known
# situations (see db.errors).
_CODES = {
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "removed",  # SQLITE_IOERR
    13: "disk_full",  # SQLITE_FULL
    14: "removed",  # SQLITE_CANTOPEN
}
_MESSAGES = (
    ("database or disk is full", "disk_full"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("readonly database", "read_only"),
    ("disk i/o error", "removed"),
    ("unable to open database file", "removed"),
)


def configure_connection(dbapi_connection: Any, wal: bool) -> None:
    """Set the pragmas every connection to a register needs."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Erased personal data must not linger in free pages, the WAL or a later copy;
        # builds of SQLite differ in their default, so it is switched on here.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def driver_connection(session: Session) -> sqlite3.Connection:
    """Return the sqlite3 connection under a session (inside its transaction)."""
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


class SQLiteDialect(Dialect):
    """The embedded engine: one file on the PC's own disk."""

    name: ClassVar[str] = "sqlite"
    is_server: ClassVar[bool] = False
    no_limit: ClassVar[int | None] = -1
    row_order: ClassVar[str] = "rowid"
    insert_ignoring = ("INSERT OR IGNORE INTO", "")

    @property
    def integrity_errors(self) -> tuple[type[Exception], ...]:
        """sqlite3's IntegrityError."""
        return (sqlite3.IntegrityError,)

    def create_engine(self, url: str, *, wal: bool | None = None) -> Engine:
        """Create an engine whose connections carry our pragmas and real transactions.

        Args:
            url: ``sqlite:///`` followed by the file's path.
            wal: use WAL; the caller decides (:func:`db.engine.create_sqlite_engine`
                uses it only when the file is on a local disk).
        """
        use_wal = bool(wal)
        engine = sa_create_engine(url, future=True)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            configure_connection(dbapi_connection, use_wal)

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            # A write takes the write lock at once: a deferred transaction that reads
            # first cannot wait for a busy register (SQLite fails it at once to avoid a
            # deadlock), so the busy timeout would never apply to it.
            writes = connection.get_execution_options().get(WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

        return engine

    def raw_cursor(self, session: Session) -> RawCursor:
        """Return the sqlite3 cursor itself: it already speaks SQLite."""
        return cast(RawCursor, driver_connection(session).cursor())

    def member_candidates(
        self, session: Session, words: Sequence[str], at_most: int | None
    ) -> list[int]:
        """Ask the FTS5 trigram table (migration 0002) for the rows having every word."""
        from db.search_index import fts_query

        query = fts_query(list(words))
        if query is None:
            return []
        return list(session.execute(
            text("SELECT rowid FROM member_search WHERE words MATCH :q LIMIT :n"),
            {"q": query, "n": -1 if at_most is None else at_most},
        ).scalars())

    def members_with_word_inside(
        self, session: Session, word: str, at_most: int | None
    ) -> list[int]:
        """Ask FTS5 for the word as a trigram phrase, less its matches at a word's start."""
        quoted = word.replace('"', '""')
        return list(session.execute(
            text("SELECT rowid FROM member_search WHERE words MATCH :q LIMIT :n"),
            {"q": f'"{quoted}" NOT " {quoted}"', "n": -1 if at_most is None else at_most},
        ).scalars())

    def rebuild_member_search(self, session: Session) -> None:
        """Refill the trigram table and the initials table from the members."""
        from db.search_index import rebuild_member_search

        rebuild_member_search(session)

    def deferred_member_search(
        self, session: Session, member_ids: Collection[str]
    ) -> contextlib.AbstractContextManager[None]:
        """Drop the search triggers for a large batch and index it once at its end."""
        from db.search_index import deferred_member_search

        return deferred_member_search(driver_connection(session), member_ids)

    @contextlib.contextmanager
    def deferred_indexes(self, session: Session, tables: Sequence[str]) -> Iterator[None]:
        """Drop the secondary indexes and triggers of ``tables`` while a bulk load runs.

        Inserting millions of rows into a table with several indexes scatters writes
        over the file; building each index once at the end sorts instead, several times
        faster. Everything happens inside the caller's transaction, so an interrupted
        load leaves the indexes exactly as they were. Unique constraints stay in force.
        A large page cache (512 MB) lets the indexes be built at the end in memory.
        """
        session.execute(text("PRAGMA cache_size = -524288"))
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
            self.rebuild_member_search(session)

    def lock_imports_from(self, session: Session, unit_id: str) -> None:
        """Nothing to do: a writing transaction already holds the file's only write lock."""

    def cancellable(
        self, session: Session, cancel: Cancel
    ) -> contextlib.AbstractContextManager[None]:
        """A progress handler on the session's connection looks at the token."""
        from db.cancel import interruptible

        return interruptible(driver_connection(session), cancel)

    def situation_kind(self, exc: BaseException) -> str | None:
        """Map SQLite's result codes (or, from older builds, its messages) to a kind."""
        if not isinstance(exc, sqlite3.Error):
            return None
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _CODES:
            return _CODES[code & 0xFF]
        message = str(exc).lower()
        for fragment, kind in _MESSAGES:
            if fragment in message:
                return kind
        return None

    def integrity_problems(self, connection: Connection) -> tuple[list[str], int]:
        """``PRAGMA integrity_check`` and ``foreign_key_check``, and the FTS5 table's own check."""
        from sqlalchemy.exc import DBAPIError

        integrity = [str(row[0]) for row in connection.execute(text("PRAGMA integrity_check"))]
        fk_problems = len(connection.execute(text("PRAGMA foreign_key_check")).all())
        try:
            connection.execute(
                text("INSERT INTO member_search(member_search, rank) VALUES ('integrity-check', 1)")
            )
        except DBAPIError as exc:
            integrity = [*(i for i in integrity if i != "ok"), f"member_search: {exc.orig}"]
        return integrity, fk_problems

    def optimize(self, connection: Connection) -> None:
        """``PRAGMA optimize`` is cheap and only analyses what changed."""
        connection.exec_driver_sql("PRAGMA optimize")

    def forget_erased(self, engine: Engine) -> None:
        """Fold the WAL into the file and empty it, so old page images are gone.

        After an erasure the WAL still holds the pages as they were before; a TRUNCATE
        checkpoint writes the (secure-deleted) pages back and cuts the WAL to nothing.
        If another program is reading, the checkpoint cannot finish now; the next will.
        """
        with engine.connect() as connection:
            result = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
            if result is not None and result[0] == 1:
                log.warning("WAL not emptied after an erasure: the register is being read")

    def relink(self, session: Session, table: str, column: str, keep: str, drop: str) -> None:
        """One ``UPDATE OR IGNORE``: SQLite skips the rows that would repeat a key."""
        session.execute(
            text(f'UPDATE OR IGNORE "{table}" SET "{column}" = :keep, '
                 f'version = version + 1 WHERE "{column}" = :drop'),
            {"keep": keep, "drop": drop},
        )

    def has_table(self, connection: Connection, name: str) -> bool:
        """Look the table up in ``sqlite_master``."""
        return connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": name}
        ).first() is not None
