"""Members and the dated history of their status."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class MemberKind(enum.StrEnum):
    """Kinds of membership in the Union's charter."""

    ORDINARY = "ordinary"
    AUTOMATIC = "automatic"
    HONORARY = "honorary"


class MemberStatus(enum.StrEnum):
    """Where a member stands today; the history lives in ``member_status_events``."""

    ACTIVE = "active"
    TRANSFERRED = "transferred"
    LEFT = "left"
    DECEASED = "deceased"


class Gender(enum.StrEnum):
    """Members are women; honorary members may be men."""

    FEMALE = "female"
    MALE = "male"


LIVE = text("deleted_at IS NULL")
"""The condition of the partial member indexes: deleted rows are never listed."""
ONLY_LIVE: dict[str, Any] = {"sqlite_where": LIVE, "postgresql_where": LIVE}
"""The partial-index arguments, the same on both engines."""


class Member(SyncedRecord, Base):
    """A member of a commune union.

    ``search_key``, ``sort_key`` and ``given_name`` are derived from ``full_name`` and
    stored, because computing them at query time is an order of magnitude slower
    (docs/ARCHITECTURE.md §4). ``birth_date`` is an ISO date as precise as known ("1985",
    "1985-03" or "1985-03-12"); ``birth_year`` repeats the year for age filters.
    """

    __tablename__ = "members"
    __table_args__ = (
        Index("ix_members_branch_status", "branch_id", "status"),
        Index("ix_members_commune_sort", "commune_id", "sort_key"),
        # Every list asks for live rows only (migration 0005): the name order holds
        # them alone, and each filter of the member page has an index leading to it.
        Index("ix_members_sort_search", "sort_key", "id", "search_key", **ONLY_LIVE),
        Index("ix_members_live_status", "status", "sort_key", "id", **ONLY_LIVE),
        Index("ix_members_live_kind", "kind", "sort_key", "id", **ONLY_LIVE),
        Index("ix_members_live_status_kind", "status", "kind", "sort_key", "id",
              **ONLY_LIVE),
        Index("ix_members_live_branch", "branch_id", "status", "sort_key", "id",
              **ONLY_LIVE),
        Index("ix_members_live_commune", "commune_id", "status", "sort_key", "id",
              **ONLY_LIVE),
        Index("ix_members_live_birth_year", "birth_year", "status", "kind", "sort_key", "id",
              **ONLY_LIVE),
    )

    full_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(60))
    search_key: Mapped[str] = mapped_column(String(200))
    sort_key: Mapped[str] = mapped_column(String(400))
    gender: Mapped[str] = mapped_column(String(8), default=Gender.FEMALE)
    birth_date: Mapped[str | None] = mapped_column(String(10))
    birth_year: Mapped[int | None] = mapped_column(Integer, index=True)
    ethnicity: Mapped[str | None] = mapped_column(String(60))
    religion: Mapped[str | None] = mapped_column(String(60))
    id_number: Mapped[str | None] = mapped_column(String(12), index=True)
    phone: Mapped[str | None] = mapped_column(String(10), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    occupation: Mapped[str | None] = mapped_column(String(120))
    education: Mapped[str | None] = mapped_column(String(20))
    professional_level: Mapped[str | None] = mapped_column(String(60))
    political_theory: Mapped[str | None] = mapped_column(String(60))
    party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(12), default=MemberKind.ORDINARY)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    card_number: Mapped[str | None] = mapped_column(String(30), index=True)
    card_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    commune_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    branch_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    status: Mapped[str] = mapped_column(String(12), default=MemberStatus.ACTIVE)
    status_since: Mapped[dt.date | None] = mapped_column(Date)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_method: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    erased_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class MemberStatusEvent(SyncedRecord, Base):
    """One dated change of status: joined, transferred out, left, deceased, returned."""

    __tablename__ = "member_status_events"

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(300))
    destination: Mapped[str | None] = mapped_column(String(200))
