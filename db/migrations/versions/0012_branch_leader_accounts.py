"""branch-leader accounts: the branches an account is tied to

Two columns on ``accounts`` (which never travel in a package):

* ``branch_ids``: a JSON list of the branch units a chi hội account records for;
  empty for the commune-wide roles;
* ``sees_sensitive``: whether the admin lets this branch leader see ethnicity and
  religion (the commune-wide roles keep their fixed rule).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("branch_ids", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(
            sa.Column("sees_sensitive", sa.Boolean(), nullable=False,
                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("sees_sensitive")
        batch_op.drop_column("branch_ids")
