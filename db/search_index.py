"""The trigram index behind member search (created by migration 0002).

SQLite keeps the index current through triggers; ``rebuild_member_search`` recomputes
it from the members table, for repairs and after loaders that bypass triggers.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Trigram matching needs three characters; shorter words are matched with LIKE.
TRIGRAM = 3


def rebuild_member_search(session: Session) -> None:
    """Recompute the whole member search index inside the caller's transaction."""
    session.execute(text("INSERT INTO member_search(member_search) VALUES ('rebuild')"))


def fts_query(words: list[str]) -> str | None:
    """Return an FTS5 query requiring every word of 3+ characters, or None if none has."""
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
