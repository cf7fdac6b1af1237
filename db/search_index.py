"""The trigram index behind member search (created by migration 0002).

The index holds " " + each member's search key. A query word of three letters or more
is matched anywhere in the name; a two-letter word is matched at the start of a name
word (" le" finds "Lê" but not "Liên"), which is what a person typing "le thi hoa"
means, and what lets the index answer instead of a scan. One-letter words are checked
with LIKE only.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.rules import live_sql

TRIGRAM = 3


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
            "FROM members AS m, json_each('[\"' || replace(m.search_key, ' ', '\",\"') "
            f"|| '\"]') WHERE {live_sql('m')} AND value != ''"
        )
    )


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
