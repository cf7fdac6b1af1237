"""dues and fund

Membership dues per branch and quarter and the commune union's fund (quỹ hội):
the commune's rates for a year, one mark per member and quarter, the closed
quarters, and the fund's vouchers (a reversal points at the voucher it cancels).
The rules are in ``db.dues``.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-04 21:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column[object]]:
    """The columns every travelling record carries (``db.models.base.SyncedRecord``)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner_unit_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "dues_settings",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("rate", sa.Integer(), nullable=False),
        sa.Column("branch_share", sa.Integer(), nullable=False),
        sa.Column("upper_share", sa.Integer(), nullable=False),
        sa.Column("exempt_age", sa.Integer(), nullable=True),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_settings")),
        sa.UniqueConstraint("owner_unit_id", "year",
                            name=op.f("uq_dues_settings_owner_unit_id")),
    )
    op.create_index(op.f("ix_dues_settings_owner_unit_id"), "dues_settings", ["owner_unit_id"])
    op.create_table(
        "dues_marks",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_dues_marks_member_id_members")),
        sa.ForeignKeyConstraint(["branch_id"], ["units.id"],
                                name=op.f("fk_dues_marks_branch_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_marks")),
    )
    op.create_index(op.f("ix_dues_marks_owner_unit_id"), "dues_marks", ["owner_unit_id"])
    op.create_index("ix_dues_marks_period", "dues_marks",
                    ["owner_unit_id", "year", "quarter", "branch_id"])
    op.create_index("ix_dues_marks_member", "dues_marks", ["member_id", "year", "quarter"])
    op.create_table(
        "dues_closures",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.String(length=200), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_closures")),
        sa.UniqueConstraint("owner_unit_id", "year", "quarter",
                            name=op.f("uq_dues_closures_owner_unit_id")),
    )
    op.create_index(op.f("ix_dues_closures_owner_unit_id"), "dues_closures", ["owner_unit_id"])
    op.create_table(
        "fund_entries",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("content", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("reverses_id", sa.String(length=36), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["reverses_id"], ["fund_entries.id"],
                                name=op.f("fk_fund_entries_reverses_id_fund_entries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_entries")),
        sa.UniqueConstraint("owner_unit_id", "year", "kind", "number",
                            name=op.f("uq_fund_entries_owner_unit_id")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_fund_entries_reverses_id")),
    )
    op.create_index(op.f("ix_fund_entries_owner_unit_id"), "fund_entries", ["owner_unit_id"])
    op.create_index("ix_fund_entries_date", "fund_entries", ["owner_unit_id", "entry_date"])


def downgrade() -> None:
    for table in ("fund_entries", "dues_closures", "dues_marks", "dues_settings"):
        op.drop_table(table)
