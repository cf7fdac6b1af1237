"""PostgreSQL: one register on a database server, for an office with several staff.

The server keeps its own durability and locking, so a connection needs no set-up and a
transaction is an ordinary one. What SQLite does with FTS5 and triggers on a file, the
server does with the ``pg_trgm`` extension: a GIN trigram index over the stored search
key answers substring searches, and a PL/pgSQL trigger keeps the table of word
initials (PostgreSQL counterparts of migrations 0002 and 0003). Names sort by the
stored ``sort_key`` under ``COLLATE "C"``, so the server's locale never changes the order.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import ColumnElement, Connection, Engine, any_, bindparam, text
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from db.dialects.base import Dialect, RawCursor, nothing

if TYPE_CHECKING:
    from db.cancel import Cancel

#: First key of the advisory locks of package imports (the second is the sending unit).
IMPORT_LOCK_SPACE = 0x50D1
CONNECT_TIMEOUT_S = 10

# SQLSTATE classes and codes that are known situations (see db.errors).
_STATES = {
    "53100": "disk_full",  # disk_full
    "53200": "disk_full",  # out_of_memory on the server: nothing this PC can do either
    "55P03": "locked",  # lock_not_available
    "40P01": "locked",  # deadlock_detected: the other transaction went through
    "40001": "locked",  # serialization_failure
    "25006": "read_only",  # read_only_sql_transaction (a standby server)
    "57P01": "server_gone",  # admin_shutdown
    "57P02": "server_gone",  # crash_shutdown
    "57P03": "server_gone",  # cannot_connect_now (starting up)
}

_PARAMETER = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|%|\?|(?<!:):([A-Za-z_][A-Za-z0-9_]*)")


@lru_cache(maxsize=512)
def to_psycopg(sql: str) -> str:
    """Rewrite SQLite's ``?`` and ``:name`` parameters as psycopg's ``%s`` / ``%(name)s``.

    Quoted text and names are left alone, a literal ``%`` is doubled, and ``::`` (a
    PostgreSQL cast) is not a parameter.
    """

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if match.group(1) is not None:
            return f"%({match.group(1)})s"
        return token.replace("%", "%%") if token.startswith("'") else token

    return _PARAMETER.sub(replace, sql)


def _sqlite_shapes(cursor: Any) -> None:
    """Set a cursor's adapters to SQLite's shapes of values, both ways.

    A cursor's adapters are its own copy: the connection (and SQLAlchemy's use of it)
    keeps psycopg's ordinary types.
    """
    from psycopg.adapt import Dumper, Loader

    class IntAsUnknown(Dumper):
        """Send integers untyped, so 0/1 from a package fill a boolean column too."""

        def dump(self, obj: Any) -> bytes:
            return str(int(obj)).encode()

    class TextLoader(Loader):
        """Return the server's text of a date or JSON value unchanged."""

        def load(self, data: Any) -> Any:
            return bytes(data).decode()

    class TimestampLoader(Loader):
        """Return a timestamp as SQLite's ISO text with six decimals."""

        def load(self, data: Any) -> Any:
            whole, _, fraction = bytes(data).decode().partition(".")
            return f"{whole}.{fraction.ljust(6, '0')}"

    class BoolLoader(Loader):
        """Return a boolean as SQLite's 0 or 1."""

        def load(self, data: Any) -> Any:
            return 1 if bytes(data) == b"t" else 0

    adapters = cursor.adapters
    adapters.register_dumper(int, IntAsUnknown)
    for name in ("date", "json", "jsonb"):
        adapters.register_loader(name, TextLoader)
    adapters.register_loader("timestamp", TimestampLoader)
    adapters.register_loader("bool", BoolLoader)


class PsycopgRawCursor:
    """A psycopg cursor taking SQLite's parameters and giving SQLite's values."""

    def __init__(self, connection: Any) -> None:
        import psycopg

        # Values are bound on the client, as literals of no type: SQL written for SQLite
        # uses a parameter in places of different types (``:sender`` in a SELECT list
        # and in a comparison), which the server's own binding refuses.
        self._cursor = psycopg.ClientCursor(connection)
        _sqlite_shapes(self._cursor)

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> PsycopgRawCursor:
        """Run one statement."""
        self._cursor.execute(to_psycopg(sql), params if params else None)
        return self

    def executemany(self, sql: str, rows: Any) -> None:
        """Run one statement for each row (psycopg pipelines them)."""
        rows = list(rows)
        if rows:
            self._cursor.executemany(to_psycopg(sql), rows)

    def copy_rows(self, table: str, columns: Sequence[str],
                  rows: Sequence[Sequence[Any]]) -> None:
        """Stream rows into a table with COPY, as text the server reads by column type."""
        names = ", ".join(f'"{c}"' for c in columns)
        with self._cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def fetchall(self) -> list[tuple[Any, ...]]:
        """Return the remaining rows."""
        return list(self._cursor.fetchall())

    def fetchone(self) -> tuple[Any, ...] | None:
        """Return the next row or None."""
        row = self._cursor.fetchone()
        return None if row is None else tuple(row)

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        """Return up to ``size`` more rows."""
        return list(self._cursor.fetchmany(size))

    @property
    def rowcount(self) -> int:
        """Rows changed by the last statement."""
        return int(self._cursor.rowcount)

    def close(self) -> None:
        """Release the cursor."""
        self._cursor.close()


def normalise_url(url: str) -> str:
    """Return SQLAlchemy's URL for psycopg 3 (``postgresql+psycopg://``)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    if scheme.lower() in ("postgresql", "postgres", "postgresql+psycopg"):
        return f"postgresql+psycopg://{rest}"
    return url


INNER_WORDS = "regexp_replace(' ' || search_key, ' [^ ]', ' ', 'g')"
"""A member's search key with each word's first letter blanked: what lies inside words.
Its trigram index (migration 0016) must be on this very expression."""


class PostgreSQLDialect(Dialect):
    """The server engine: one database shared by the PCs of an office."""

    name: ClassVar[str] = "postgresql"
    is_server: ClassVar[bool] = True
    no_limit: ClassVar[int | None] = None
    # Keys are time-ordered UUIDs: the order in which the records were made.
    row_order: ClassVar[str] = "id"

    @property
    def integrity_errors(self) -> tuple[type[Exception], ...]:
        """Psycopg's IntegrityError (unique, foreign key, check, not null)."""
        import psycopg

        return (psycopg.IntegrityError,)

    def create_engine(self, url: str, *, wal: bool | None = None) -> Engine:
        """Create an engine for ``url``; a dead connection in the pool is replaced."""
        return sa_create_engine(
            normalise_url(url),
            future=True,
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_S,
                "application_name": "sohoi",
                # Raw reads return dates as text: the server must write them as ISO.
                "options": "-c datestyle=ISO,YMD",
            },
        )

    def raw_cursor(self, session: Session) -> RawCursor:
        """Return a psycopg cursor speaking SQLite's parameters and values."""
        connection = session.connection().connection.driver_connection
        return PsycopgRawCursor(connection)

    def member_candidates(
        self, session: Session, words: Sequence[str], at_most: int | None
    ) -> list[int]:
        """Ask the GIN trigram index for members whose key holds every indexable word.

        The same terms as SQLite's FTS5 query (:func:`db.search_index.index_term`,
        without the common words), each matched anywhere in " " + the search key.
        """
        from db.search_index import COMMON_WORDS, index_term

        rare = [w for w in words if w not in COMMON_WORDS]
        terms = [t for t in (index_term(w) for w in (rare or list(words))) if t is not None]
        if not terms:
            return []
        checks = " AND ".join(f"(' ' || search_key) LIKE :t{i}" for i in range(len(terms)))
        params: dict[str, Any] = {f"t{i}": f"%{_like_escaped(t)}%" for i, t in enumerate(terms)}
        params["n"] = at_most
        return list(session.execute(
            text(f"SELECT rowid FROM members WHERE {checks} LIMIT :n"), params
        ).scalars())

    def members_with_word_inside(
        self, session: Session, word: str, at_most: int | None
    ) -> list[int]:
        """The same rows as SQLite's FTS5 ``"word" NOT " word"``.

        The trigram index of the words' insides (each word's first letter blanked,
        migration 0016) finds the members holding the word inside another one; the
        second test keeps those who never have it at a word's start.
        """
        escaped = _like_escaped(word)
        return list(session.execute(
            text(f"SELECT rowid FROM members WHERE {INNER_WORDS} LIKE :inside "
                 "AND (' ' || search_key) NOT LIKE :start LIMIT :n"),
            {"inside": f"%{escaped}%", "start": f"% {escaped}%", "n": at_most},
        ).scalars())

    def rebuild_member_search(self, session: Session) -> None:
        """Refill the initials table (the trigram index is the server's own)."""
        from db.rules import live_sql

        session.execute(text("DELETE FROM member_search_initials"))
        session.execute(text(
            "INSERT INTO member_search_initials(initial, sort_key, id, search_key) "
            "SELECT DISTINCT substr(w, 1, 1), m.sort_key, m.id, m.search_key "
            "FROM members AS m, unnest(string_to_array(m.search_key, ' ')) AS w "
            f"WHERE {live_sql('m')} AND w <> ''"
        ))

    def deferred_member_search(
        self, session: Session, member_ids: Collection[str]
    ) -> contextlib.AbstractContextManager[None]:
        """Nothing to defer: the GIN index and the initials trigger keep up by themselves."""
        return nothing()

    def deferred_indexes(
        self, session: Session, tables: Sequence[str]
    ) -> contextlib.AbstractContextManager[None]:
        """The indexes stay: a server's bulk load is rare and the server sorts well."""
        return nothing()

    def lock_imports_from(self, session: Session, unit_id: str) -> None:
        """Take a transaction-scoped advisory lock keyed by the sending unit.

        A second import of the same unit's package waits here until the first commits
        or rolls back, then finds the package already applied.
        """
        key = zlib.crc32(unit_id.encode()) - 2**31
        session.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"),
                        {"space": IMPORT_LOCK_SPACE, "key": key})

    @contextlib.contextmanager
    def cancellable(self, session: Session, cancel: Cancel) -> Iterator[None]:
        """Ask the server to cancel the running statement when the token is set."""
        import psycopg
        from sqlalchemy.exc import OperationalError

        from db.errors import Cancelled

        connection = session.connection().connection.driver_connection

        def stop() -> None:
            with contextlib.suppress(Exception):
                connection.cancel_safe(timeout=5)  # type: ignore[union-attr]

        cancel.check()
        cancel.add_callback(stop)
        try:
            yield
        except (OperationalError, psycopg.errors.QueryCanceled) as exc:
            if cancel.cancelled:
                raise Cancelled from exc
            raise
        finally:
            cancel.remove_callback(stop)
        cancel.check()

    def situation_kind(self, exc: BaseException) -> str | None:
        """Map the server's SQLSTATE, or a lost connection, to a kind."""
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is a dependency
            return None
        if not isinstance(exc, psycopg.Error):
            return None
        state = getattr(exc, "sqlstate", None)
        if isinstance(state, str):
            if state in _STATES:
                return _STATES[state]
            if state.startswith("08"):
                return "server_gone"
        if isinstance(exc, psycopg.OperationalError):
            return "server_gone"
        return None

    def integrity_problems(self, connection: Connection) -> tuple[list[str], int]:
        """The server checks its pages and keys itself; compare the derived initials table."""
        from db.rules import live_sql

        missing = connection.execute(text(
            "SELECT count(*) FROM members AS m, unnest(string_to_array(m.search_key, ' ')) "
            f"AS w WHERE {live_sql('m')} AND w <> '' AND NOT EXISTS (SELECT 1 FROM "
            "member_search_initials AS i WHERE i.initial = substr(w, 1, 1) AND i.id = m.id)"
        )).scalar_one()
        return (["ok"] if not missing else [f"member_search_initials: {missing} missing"]), 0

    def optimize(self, connection: Connection) -> None:
        """Nothing: the server's autovacuum keeps the statistics."""

    def forget_erased(self, engine: Engine) -> None:
        """VACUUM the tables of personal data, so erased rows leave the data files."""
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM members, audit_events")

    def has_table(self, connection: Connection, name: str) -> bool:
        """Ask ``to_regclass``."""
        return connection.execute(
            text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}
        ).scalar_one() is True

    def insert_new(self, cursor: RawCursor, table: str, columns: Sequence[str],
                   rows: Sequence[Sequence[Any]]) -> None:
        """COPY the rows in: one stream instead of a statement per row.

        A commune's first package brings some 90,000 rows; sent one INSERT each (even
        pipelined) the server parsed and planned every one. COPY runs in the same
        transaction, fires the same triggers and checks the same keys, so a failure
        still leaves nothing behind.
        """
        if rows:
            cast(PsycopgRawCursor, cursor).copy_rows(table, columns, rows)

    def one_of(self, column: ColumnElement[Any], values: Sequence[Any]) -> ColumnElement[bool]:
        """``column = ANY(array)``: one parameter, not one per key.

        Two hundred keys sent one by one made the server plan a new statement at each
        jump of the member list (6.0 ms a screen at a million); one array lets it reuse
        one prepared statement (3.7 ms).
        """
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))


def _like_escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
