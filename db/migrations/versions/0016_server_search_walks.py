"""server search: an initials walk that reads its index alone, words inside others

Two of the search's ways to a first screen cost far more on PostgreSQL than in the
file, at a million members:

* walking one initial's list in name order. The file keeps that list as a table in
  its key's order; on the server the key's index points into a heap in no order, so a
  walk of 60,000 entries read 42,000 scattered pages (290 ms for "dang thi thu"). The
  index below carries the search key, so the walk reads the index alone (10–14 ms);
* finding members who hold a word only inside another word ("hoa" in "Thoa", never at
  a word's start). The file's full-text index answers it from its postings; the
  trigram index had to fetch every member holding the word at all (80,000 for "van",
  79 ms) to find the few. The index below is on the search key with each word's first
  letter blanked, so it holds exactly the words' insides (under a millisecond).

Nothing changes in the file, whose indexes already answer both.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 07:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE INDEX ix_member_search_initials_walk ON member_search_initials "
        "(initial, sort_key, id) INCLUDE (search_key)"
    )
    op.execute(
        "CREATE INDEX ix_members_inner_trigrams ON members "
        "USING gin (regexp_replace(' ' || search_key, ' [^ ]', ' ', 'g') gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_members_inner_trigrams")
    op.execute("DROP INDEX IF EXISTS ix_member_search_initials_walk")
