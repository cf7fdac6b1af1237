"""member search index

A trigram full-text index over the stored search key finds the members whose name
contains what was typed without reading every row, so the first screen of a search in
a million members comes back in milliseconds. Triggers keep it in step with the
members table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 07:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE member_search USING fts5("
        "search_key, content='members', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER member_search_insert AFTER INSERT ON members BEGIN "
        "INSERT INTO member_search(rowid, search_key) VALUES (new.rowid, new.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER member_search_delete AFTER DELETE ON members BEGIN "
        "INSERT INTO member_search(member_search, rowid, search_key) "
        "VALUES ('delete', old.rowid, old.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER member_search_update AFTER UPDATE OF search_key ON members BEGIN "
        "INSERT INTO member_search(member_search, rowid, search_key) "
        "VALUES ('delete', old.rowid, old.search_key); "
        "INSERT INTO member_search(rowid, search_key) VALUES (new.rowid, new.search_key); END"
    )
    op.execute("INSERT INTO member_search(member_search) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("member_search_insert", "member_search_delete", "member_search_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS member_search")
