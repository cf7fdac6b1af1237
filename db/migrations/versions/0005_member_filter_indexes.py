"""member filter indexes on live rows

Every member list asks for live rows only (``deleted_at IS NULL``). Two costs came
from indexes that did not know it:

* the name index held deleted rows too, so listing every member in name order read
  each row of the table to test ``deleted_at``: a million scattered reads (4 s) for
  the full id list. Rebuilt as a partial index, the walk reads the index alone;
* the member page filters by status, kind, branch and commune; without an index for a
  combination SQLite walked the whole name index testing each row ("Danh dự" +
  "Từ trần", a few hundred members among a million: 3–7 s), or sorted hundreds of
  thousands of rows ("Đang sinh hoạt"). Each index here leads with the filter's
  columns and ends in the name order, so a filtered first screen, count or id list
  reads only the matching entries, already sorted.

Age groups are ranges of birth years, which no index can lead into name order; their
index carries status, kind and the name order, so an age group (alone or with status
or kind) is counted and listed from the index alone, sorting only its own entries.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-04 17:40:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
# Partial indexes of live rows, on both engines.
ONLY_LIVE: dict[str, Any] = {"sqlite_where": LIVE, "postgresql_where": LIVE}
INDEXES = {
    "ix_members_live_status": ["status", "sort_key", "id"],
    "ix_members_live_kind": ["kind", "sort_key", "id"],
    "ix_members_live_status_kind": ["status", "kind", "sort_key", "id"],
    "ix_members_live_branch": ["branch_id", "status", "sort_key", "id"],
    "ix_members_live_commune": ["commune_id", "status", "sort_key", "id"],
    "ix_members_live_birth_year": ["birth_year", "status", "kind", "sort_key", "id"],
}
NAME_ORDER = ["sort_key", "id", "search_key"]


def upgrade() -> None:
    op.drop_index("ix_members_sort_search", table_name="members")
    op.create_index("ix_members_sort_search", "members", NAME_ORDER, **ONLY_LIVE)
    for name, columns in INDEXES.items():
        op.create_index(name, "members", columns, **ONLY_LIVE)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="members")
    op.drop_index("ix_members_sort_search", table_name="members")
    op.create_index("ix_members_sort_search", "members", NAME_ORDER)
