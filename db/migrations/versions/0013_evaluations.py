"""yearly evaluation: criteria sets and evaluations

Two travelling tables:

* ``evaluation_sets``: the criteria, points and class thresholds an upper level
  publishes for a year (JSON), travelling down like the report forms;
* ``evaluations``: a commune's evaluation of itself or one of its branches for a year,
  with the scores, total and class as saved, travelling up.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("owner_unit_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "evaluation_sets",
        *_synced(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
    )
    op.create_index("ix_evaluation_sets_owner_unit_id", "evaluation_sets", ["owner_unit_id"])
    op.create_table(
        "evaluations",
        *_synced(),
        sa.Column("unit_id", sa.String(36), sa.ForeignKey("units.id"), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("set_name", sa.String(200), nullable=False),
        sa.Column("set_edition", sa.Integer(), nullable=False),
        sa.Column("set_example", sa.Boolean(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("max_total", sa.Integer(), nullable=False),
        sa.Column("classification", sa.String(20), nullable=False),
        sa.Column("filled_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_evaluations_owner_unit_id", "evaluations", ["owner_unit_id"])
    op.create_index("ix_evaluations_unit_id", "evaluations", ["unit_id"])


def downgrade() -> None:
    op.drop_index("ix_evaluations_unit_id", "evaluations")
    op.drop_index("ix_evaluations_owner_unit_id", "evaluations")
    op.drop_table("evaluations")
    op.drop_index("ix_evaluation_sets_owner_unit_id", "evaluation_sets")
    op.drop_table("evaluation_sets")
