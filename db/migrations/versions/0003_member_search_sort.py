"""member search holds the sort key, and live members only

The first screen of a search among a million members is found either by walking the
name index in order, or by fetching the members the trigram index finds and sorting
them. Fetching read each candidate's row from the members table: thousands of random
pages of a file of gigabytes (35–60 ms for "le thi hoa"). The full-text table now keeps
each live member's sort key beside her words, in a table a few dozen megabytes in size,
so candidates are ranked there and only the first screen's rows are read. Removed
members leave the index, which the search never needed them in.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("member_search_insert", "member_search_delete", "member_search_update")


def _drop() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS member_search")


def upgrade() -> None:
    _drop()
    op.execute(
        "CREATE VIRTUAL TABLE member_search USING fts5(words, sort UNINDEXED, "
        "tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER member_search_insert AFTER INSERT ON members "
        "WHEN new.deleted_at IS NULL BEGIN "
        "INSERT INTO member_search(rowid, words, sort) "
        "VALUES (new.rowid, ' ' || new.search_key, new.sort_key); END"
    )
    op.execute(
        "CREATE TRIGGER member_search_delete AFTER DELETE ON members BEGIN "
        "DELETE FROM member_search WHERE rowid = old.rowid; END"
    )
    op.execute(
        "CREATE TRIGGER member_search_update "
        "AFTER UPDATE OF search_key, sort_key, deleted_at ON members BEGIN "
        "DELETE FROM member_search WHERE rowid = old.rowid; "
        "INSERT INTO member_search(rowid, words, sort) "
        "SELECT new.rowid, ' ' || new.search_key, new.sort_key WHERE new.deleted_at IS NULL; "
        "END"
    )
    op.execute(
        "INSERT INTO member_search(rowid, words, sort) "
        "SELECT rowid, ' ' || search_key, sort_key FROM members WHERE deleted_at IS NULL"
    )


def downgrade() -> None:
    _drop()
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
