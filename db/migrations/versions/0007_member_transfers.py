"""member transfers between communes

A member moving to another commune travels by file through the upper level: the
sender's transfer note, the upper level's forwarded arrival, the destination's answer
(docs/ARCHITECTURE.md §6).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column[object]]:
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
        "member_transfers",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("to_code", sa.String(length=5), nullable=False),
        sa.Column("transferred_on", sa.Date(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_member_transfers_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_transfers")),
    )
    with op.batch_alter_table("member_transfers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_transfers_member_id"), ["member_id"])
        batch_op.create_index(batch_op.f("ix_member_transfers_owner_unit_id"), ["owner_unit_id"])

    op.create_table(
        "member_arrivals",
        sa.Column("transfer_id", sa.String(length=36), nullable=False),
        sa.Column("source_member_id", sa.String(length=36), nullable=False),
        sa.Column("from_code", sa.String(length=5), nullable=False),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("to_code", sa.String(length=5), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("transferred_on", sa.Date(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("new_member_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_arrivals")),
    )
    with op.batch_alter_table("member_arrivals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_arrivals_transfer_id"), ["transfer_id"])
        batch_op.create_index(batch_op.f("ix_member_arrivals_from_code"), ["from_code"])
        batch_op.create_index(batch_op.f("ix_member_arrivals_to_code"), ["to_code"])
        batch_op.create_index(batch_op.f("ix_member_arrivals_owner_unit_id"), ["owner_unit_id"])

    op.create_table(
        "arrival_answers",
        sa.Column("arrival_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("new_member_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["arrival_id"], ["member_arrivals.id"],
            name=op.f("fk_arrival_answers_arrival_id_member_arrivals"),
        ),
        sa.ForeignKeyConstraint(
            ["new_member_id"], ["members.id"],
            name=op.f("fk_arrival_answers_new_member_id_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrival_answers")),
    )
    with op.batch_alter_table("arrival_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_arrival_answers_arrival_id"), ["arrival_id"])
        batch_op.create_index(batch_op.f("ix_arrival_answers_owner_unit_id"), ["owner_unit_id"])


def downgrade() -> None:
    op.drop_table("arrival_answers")
    op.drop_table("member_arrivals")
    op.drop_table("member_transfers")
