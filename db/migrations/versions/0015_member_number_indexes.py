"""member phone and card number indexes

People type a phone number or a CCCD read off a paper into the member search. Both
were matched with ``LIKE 'prefix%'``, which SQLite's ordinary indexes cannot serve
(LIKE ignores case, the indexes compare bytes), and the phone had no index at all: at
a million members every such search read the whole table (2.5–5.8 s). The search now
asks for a range of the stored digits, which an index answers in a few lookups; this
index gives the phone the one the CCCD already had, and the card number one (a part of
a number people type, such as "0345119", is looked up as the start of a card number).

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-05 00:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_members_phone", "members", ["phone"])
    op.create_index("ix_members_card_number", "members", ["card_number"])


def downgrade() -> None:
    op.drop_index("ix_members_card_number", table_name="members")
    op.drop_index("ix_members_phone", table_name="members")
