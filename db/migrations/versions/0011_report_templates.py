"""report templates the upper level publishes

A province designs its statistical forms in Excel and sends them down to its communes
in the signed packages; each commune fills them from its own register. The workbook is
held as base64 text (packages carry text and integers only), under a name and an
edition number that grows with each publication.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 21:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_templates",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("owner_unit_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
    )
    op.create_index("ix_report_templates_owner_unit_id", "report_templates", ["owner_unit_id"])


def downgrade() -> None:
    op.drop_index("ix_report_templates_owner_unit_id", "report_templates")
    op.drop_table("report_templates")
