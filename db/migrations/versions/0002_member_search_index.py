"""member search index

Search-as-you-type must find the first screen of members among a million in a few
milliseconds, however rare the name. Two structures serve it:

* a trigram full-text index over " " + the search key: any part of a name of three
  letters or more, and any word start of two letters (" le" for "Lê"), is found
  without reading every row;
* an index on (sort_key, id, search_key) that walks members in Vietnamese order and
  checks the search key without touching the table, for words so common that the
  first screen is met within a few thousand rows.

Triggers keep the full-text index in step with the members table.

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
    with op.batch_alter_table("members") as batch_op:
        batch_op.drop_index("ix_members_sort_key")
        batch_op.create_index("ix_members_sort_search", ["sort_key", "id", "search_key"])
    op.execute("CREATE VIRTUAL TABLE member_search USING fts5(words, tokenize='trigram')")
    op.execute(
        "CREATE TRIGGER member_search_insert AFTER INSERT ON members BEGIN "
        "INSERT INTO member_search(rowid, words) VALUES (new.rowid, ' ' || new.search_key); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER member_search_delete AFTER DELETE ON members BEGIN "
        "DELETE FROM member_search WHERE rowid = old.rowid; END"
    )
    op.execute(
        "CREATE TRIGGER member_search_update AFTER UPDATE OF search_key ON members BEGIN "
        "UPDATE member_search SET words = ' ' || new.search_key WHERE rowid = new.rowid; END"
    )
    op.execute(
        "INSERT INTO member_search(rowid, words) SELECT rowid, ' ' || search_key FROM members"
    )


def downgrade() -> None:
    for trigger in ("member_search_insert", "member_search_delete", "member_search_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS member_search")
    with op.batch_alter_table("members") as batch_op:
        batch_op.drop_index("ix_members_sort_search")
        batch_op.create_index("ix_members_sort_key", ["sort_key"])
