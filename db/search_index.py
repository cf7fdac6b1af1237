"""The trigram index behind member search on SQLite (created by migration 0002).

The SQL here is SQLite's (FTS5, triggers, ``sqlite_master``) and is reached through
:class:`db.dialects.sqlite.SQLiteDialect`; the query terms (:func:`index_term`,
:data:`COMMON_WORDS`) are shared with the PostgreSQL dialect, whose GIN index answers
the same terms.

The index holds " " + each member's search key. A query word of three letters or more
is matched anywhere in the name; a two-letter word is matched at the start of a name
word (" le" finds "Lê" but not "Liên"), which is what a person typing "le thi hoa"
means, and what lets the index answer instead of a scan. One-letter words are checked
with LIKE only.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Collection, Iterator
from typing import Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.rules import live_sql

TRIGRAM = 3

SEARCH_TRIGGERS: Final = (
    "member_search_insert", "member_search_delete", "member_search_update",
    "member_initials_insert", "member_initials_delete", "member_initials_update",
)
"""The triggers of migrations 0002 and 0003 that keep both indexes in step row by row."""

DEFER_THRESHOLD: Final = 50
"""Members written by one batch from which the index is maintained once for the batch.

Measured in a 100k-member upper level (one transaction, rolled back): 2,000 new members
cost 1.2–2.5 s through the triggers and 0.5–0.8 s deferred, 8,000 cost 4.4–13 s against
1.5–3.1 s; even 20 members were cheaper deferred. The threshold only keeps the smallest
batches (a follow-up package changing a few members) away from the schema change, which
makes every other open connection prepare its statements again."""

_BATCH_TABLE = "temp.member_search_batch"


def _initials_of(alias: str) -> str:
    """The distinct word initials of the members joined as ``alias`` (as json_each rows)."""
    return (
        f"json_each('[\"' || replace({alias}.search_key, ' ', '\",\"') || '\"]')"
    )


def rebuild_member_search(session: Session) -> None:
    """Recompute the member search indexes (trigram, initials) in the caller's transaction."""
    session.execute(text("DELETE FROM member_search"))
    session.execute(
        text("INSERT INTO member_search(rowid, words) SELECT rowid, ' ' || search_key "
             "FROM members")
    )
    session.execute(text("DELETE FROM member_search_initials"))
    session.execute(
        text(
            "INSERT INTO member_search_initials(initial, sort_key, id, search_key) "
            "SELECT DISTINCT substr(value, 1, 1), m.sort_key, m.id, m.search_key "
            f"FROM members AS m, {_initials_of('m')} WHERE {live_sql('m')} AND value != ''"
        )
    )


def _batch_rows() -> str:
    # CROSS JOIN fixes the order: the batch's few thousand keys drive the lookups.
    # Left to itself, the planner (no statistics on the scratch table) scans every
    # member and probes the batch, which costs a full pass over a million rows.
    return f"{_BATCH_TABLE} AS b CROSS JOIN members AS m ON m.id = b.id"


def _forget(cursor: sqlite3.Cursor) -> None:
    """Remove the index entries of the batch's members as they are now (before writing)."""
    cursor.execute(
        f"DELETE FROM member_search WHERE rowid IN (SELECT m.rowid FROM {_batch_rows()})"
    )
    cursor.execute(
        "DELETE FROM member_search_initials WHERE (initial, sort_key, id) IN ("
        f"SELECT substr(value, 1, 1), m.sort_key, m.id FROM {_batch_rows()}, "
        f"{_initials_of('m')})"
    )


def _index(cursor: sqlite3.Cursor) -> None:
    """Add the index entries of the batch's members as written, in one statement each.

    The same rows the triggers would have written: every member in the trigram index
    (deleted ones too, as the insert trigger does), only live members in the initials.
    """
    cursor.execute(
        "INSERT INTO member_search(rowid, words) "
        f"SELECT m.rowid, ' ' || m.search_key FROM {_batch_rows()} ORDER BY m.rowid"
    )
    cursor.execute(
        "INSERT INTO member_search_initials(initial, sort_key, id, search_key) "
        "SELECT DISTINCT substr(value, 1, 1), m.sort_key, m.id, m.search_key "
        f"FROM {_batch_rows()}, {_initials_of('m')} "
        f"WHERE {live_sql('m')} AND value != '' ORDER BY 1, 2, 3"
    )


@contextlib.contextmanager
def deferred_member_search(
    connection: sqlite3.Connection, member_ids: Collection[str]
) -> Iterator[None]:
    """Maintain the member search indexes once for a batch instead of row by row.

    At an upper level a commune's package writes thousands of members; the triggers
    then tokenise and insert each row on its own, in random key order, and cost about
    two thirds of the import. For a batch of at least :data:`DEFER_THRESHOLD` members,
    the batch's current entries are removed, the triggers are dropped, the body writes
    the members, and the entries are written again from the stored rows in one
    statement per index, sorted by the index's own order; the triggers are recreated
    from their stored text. Dropping them inside the caller's transaction (SQLite's
    schema changes are transactional) keeps the index exactly as the triggers would
    have left it, and a failure or a power cut anywhere in between rolls the members,
    the index and the triggers back together; no migration or per-row flag is needed.

    Args:
        connection: the writing connection, inside the caller's open transaction.
        member_ids: the keys of every member the body may insert or change; a member
            written that is not listed here would be left out of the index.
    """
    if len(member_ids) < DEFER_THRESHOLD:
        yield
        return
    cursor = connection.cursor()
    try:
        marks = ",".join("?" * len(SEARCH_TRIGGERS))
        triggers = cursor.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            SEARCH_TRIGGERS,
        ).fetchall()
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {_BATCH_TABLE} (id TEXT PRIMARY KEY) "
                       "WITHOUT ROWID")
        cursor.execute(f"DELETE FROM {_BATCH_TABLE}")
        cursor.executemany(f"INSERT OR IGNORE INTO {_BATCH_TABLE}(id) VALUES (?)",
                           ((member_id,) for member_id in member_ids))
        _forget(cursor)
        for name, _sql in triggers:
            cursor.execute(f'DROP TRIGGER "{name}"')
        try:
            yield
            _index(cursor)
        except BaseException:
            # The caller rolls back, which brings the triggers back with everything
            # else; recreated here too, so that a caller that went on to commit would
            # never leave the register without them. SQLite may already have rolled
            # the transaction back itself (a full disk): then they are back already.
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    for _name, sql in triggers:
                        cursor.execute(sql)
            raise
        for _name, sql in triggers:
            cursor.execute(sql)
        cursor.execute(f"DELETE FROM {_BATCH_TABLE}")
    finally:
        cursor.close()


def index_term(word: str) -> str | None:
    """Return the indexed form of a query word, or None if the index cannot help."""
    if len(word) >= TRIGRAM:
        return word
    if len(word) == TRIGRAM - 1:
        return " " + word
    return None


COMMON_WORDS = frozenset({"thi"})
"""Words nearly every member's name carries: the middle name Thị. Its trigram list
covers most of the index, so intersecting it costs the full-text query more than it
narrows it (21 ms of a 30 ms search for "le thi hoa" at a million members). It is left
out of the index query when another word remains; the search still requires it
(db.members checks every word on the rows found). Văn is not one: in a women's union it
is rare, and it narrows well."""


def leaves_out_common(words: list[str]) -> bool:
    """Tell whether :func:`fts_query` drops a common word from these words."""
    return any(w in COMMON_WORDS for w in words) and any(w not in COMMON_WORDS for w in words)


def fts_query(words: list[str]) -> str | None:
    """Return an FTS5 query requiring the indexable words, or None if none is.

    Words of :data:`COMMON_WORDS` are dropped unless nothing else would be left, so the
    query may find more rows than the search keeps, never fewer.
    """
    rare = [w for w in words if w not in COMMON_WORDS]
    terms = [t for t in (index_term(w) for w in (rare or words)) if t is not None]
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
