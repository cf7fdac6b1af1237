"""certificate numbers unique per issuer and year; sibling issuers' keys

Two changes for certificates that anyone can check:

* ``UNIQUE(issuer_unit_id, year, number)`` on ``certificates``. Until now only the
  sequence was unique, so a changed numbering pattern could print the same number
  twice in one year. Rows that already share a number keep it on paper: the first
  (lowest sequence) keeps the number as is; each later one gets " #<sequence>"
  appended in the register (cut to 60 characters) and its snapshot keeps the printed
  number under ``printed_number``, which lists, reprints and QR statements show. No
  row is removed and nothing printed changes.
* ``known_issuers``: the sibling communes' public signing keys and revoked codes, as
  the upper level lists them in its downward packages.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 21:00:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _separate_duplicate_numbers() -> None:
    connection = op.get_bind()
    groups = connection.execute(sa.text(
        "SELECT issuer_unit_id, year, number FROM certificates "
        "GROUP BY issuer_unit_id, year, number HAVING COUNT(*) > 1"
    )).all()
    for issuer, year, number in groups:
        rows = connection.execute(sa.text(
            "SELECT id, sequence, snapshot FROM certificates WHERE issuer_unit_id = :i "
            "AND year = :y AND number = :n ORDER BY sequence"
        ), {"i": issuer, "y": year, "n": number}).all()
        for row_id, sequence, snapshot in rows[1:]:
            suffix = f" #{sequence}"
            snap = json.loads(snapshot) if snapshot else {}
            if not isinstance(snap, dict):
                snap = {}
            snap.setdefault("printed_number", number)
            connection.execute(sa.text(
                "UPDATE certificates SET number = :n, snapshot = :s WHERE id = :id"
            ), {"n": number[: 60 - len(suffix)] + suffix,
                "s": json.dumps(snap, ensure_ascii=False), "id": row_id})


def upgrade() -> None:
    _separate_duplicate_numbers()
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            "uq_certificates_issuer_year_number", ["issuer_unit_id", "year", "number"]
        )
    op.create_table(
        "known_issuers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("signing_public_key", sa.LargeBinary(), nullable=False),
        sa.Column("revoked", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_known_issuers")),
        sa.UniqueConstraint("unit_code", name=op.f("uq_known_issuers_unit_code")),
    )


def downgrade() -> None:
    op.drop_table("known_issuers")
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_constraint("uq_certificates_issuer_year_number", type_="unique")
