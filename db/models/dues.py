"""Membership dues per branch and quarter, and the commune union's fund (quỹ hội).

The rules that read and write these tables live in :mod:`db.dues`; the tables only keep
what was decided there: the commune's rates for a year, one mark per member and quarter,
the closed quarters, and the fund's vouchers, which are never edited (a mistake is
cancelled by a reversing voucher that points at it).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class DuesStatus(enum.StrEnum):
    """A member's dues for one quarter: paid, or exempt by the commune's choice."""

    PAID = "paid"
    EXEMPT = "exempt"


class FundKind(enum.StrEnum):
    """A fund voucher is a receipt (phiếu thu) or a spending (phiếu chi)."""

    RECEIPT = "receipt"
    SPENDING = "spending"


class DuesSetting(SyncedRecord, Base):
    """The rates a commune set for one year: đồng per member per quarter and the shares."""

    __tablename__ = "dues_settings"
    __table_args__ = (UniqueConstraint("owner_unit_id", "year"),)

    year: Mapped[int] = mapped_column(Integer)
    rate: Mapped[int] = mapped_column(Integer)
    branch_share: Mapped[int] = mapped_column(Integer)
    upper_share: Mapped[int] = mapped_column(Integer)
    exempt_age: Mapped[int | None] = mapped_column(Integer)


class DuesMark(SyncedRecord, Base):
    """One member's dues for one quarter: paid (with the amount) or exempt (with why)."""

    __tablename__ = "dues_marks"
    __table_args__ = (
        Index("ix_dues_marks_period", "owner_unit_id", "year", "quarter", "branch_id"),
        Index("ix_dues_marks_member", "member_id", "year", "quarter"),
    )

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    branch_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8))
    amount: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(String(300))


class DuesClosure(SyncedRecord, Base):
    """A closed quarter: its dues and fund vouchers are final."""

    __tablename__ = "dues_closures"
    __table_args__ = (UniqueConstraint("owner_unit_id", "year", "quarter"),)

    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(200))


class FundEntry(SyncedRecord, Base):
    """One voucher of the fund; ``reverses_id`` names the voucher a reversal cancels."""

    __tablename__ = "fund_entries"
    __table_args__ = (
        UniqueConstraint("owner_unit_id", "year", "kind", "number"),
        Index("ix_fund_entries_date", "owner_unit_id", "entry_date"),
    )

    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    number: Mapped[int] = mapped_column(Integer)
    entry_date: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(String(300))
    amount: Mapped[int] = mapped_column(Integer)
    person: Mapped[str] = mapped_column(String(200))
    reverses_id: Mapped[str | None] = mapped_column(
        ForeignKey("fund_entries.id"), unique=True
    )
