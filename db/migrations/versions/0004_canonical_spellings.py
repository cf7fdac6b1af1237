"""one spelling per religion and ethnicity

Until now the member form offered "Tin lành" while the import stored "Tin Lành", and
ethnicities kept whatever case a spreadsheet had ("kinh", "KINH", "H'mông"), so
statistics showed one religion or one people on several rows. The words now have one
home, ``db.vocabulary``; this revision rewrites the values already stored to the
canonical spelling it gives. Values it does not list are only cleaned of stray spaces.

Rows are not given a new version: every site runs the same revision on its own copy,
so the rewrite need not travel by sync (and would otherwise mark every member changed).
Written with SQLAlchemy Core only, one UPDATE per distinct stored spelling, so it runs
unchanged on PostgreSQL; it runs in the single transaction of the upgrade.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.vocabulary import ETHNICITY, RELIGION, Vocabulary

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MEMBERS = sa.table("members", sa.column("religion", sa.String), sa.column("ethnicity", sa.String))

COLUMNS: tuple[tuple[str, Vocabulary], ...] = (("religion", RELIGION), ("ethnicity", ETHNICITY))


def upgrade() -> None:
    bind = op.get_bind()
    for name, vocabulary in COLUMNS:
        column = MEMBERS.c[name]
        stored = bind.execute(sa.select(column).where(column.is_not(None)).distinct())
        for value in stored.scalars().all():
            canonical = vocabulary.normalise(value)
            if canonical != value:
                bind.execute(sa.update(MEMBERS).where(column == value).values({name: canonical}))


def downgrade() -> None:
    # The variant spellings are not kept anywhere; going back leaves the canonical ones,
    # which the older version reads as well.
    pass
