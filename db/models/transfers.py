"""Transfers of a member from one commune to another, by file through the upper level.

Three records, each owned by the one office that may write it (docs/ARCHITECTURE.md §6):

- ``member_transfers``: the sending commune's note "this member moves to commune X";
  it travels up with the member's own record and history;
- ``member_arrivals``: what the upper level forwards, both to the destination (with
  the details it needs to take her in) and back to the sender (with the answer);
- ``arrival_answers``: the destination's "accepted into this branch" or "declined,
  because …"; it travels up, and the upper level copies it onto its arrival.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class ArrivalState(enum.StrEnum):
    """Where a forwarded transfer stands at the upper level."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    """The sending commune changed her status back (or removed the transfer) before any
    answer: the destination no longer lists her."""


class ArrivalDecision(enum.StrEnum):
    """The destination commune's answer."""

    ACCEPTED = "accepted"
    DECLINED = "declined"


class MemberTransfer(SyncedRecord, Base):
    """A sending commune's transfer of one of its members to another commune."""

    __tablename__ = "member_transfers"

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    to_code: Mapped[str] = mapped_column(String(5))
    transferred_on: Mapped[dt.date] = mapped_column(Date)


class MemberArrival(SyncedRecord, Base):
    """A transfer as the upper level forwards it, with what the destination needs.

    ``details`` holds the member's record and history as tables in the package format
    (columns and rows), so that the destination checks them with the same rules as any
    package. ``source_member_id`` is her key at the sending commune (no foreign key: the
    destination does not hold that record).
    """

    __tablename__ = "member_arrivals"

    transfer_id: Mapped[str] = mapped_column(String(36), index=True)
    source_member_id: Mapped[str] = mapped_column(String(36))
    from_code: Mapped[str] = mapped_column(String(5), index=True)
    from_name: Mapped[str] = mapped_column(String(200))
    to_code: Mapped[str] = mapped_column(String(5), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[str | None] = mapped_column(String(10))
    transferred_on: Mapped[dt.date] = mapped_column(Date)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(12), default=ArrivalState.PENDING)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(300))
    new_member_id: Mapped[str | None] = mapped_column(String(36))


class ArrivalAnswer(SyncedRecord, Base):
    """The destination commune's answer to one arrival."""

    __tablename__ = "arrival_answers"

    arrival_id: Mapped[str] = mapped_column(ForeignKey("member_arrivals.id"), index=True)
    decision: Mapped[str] = mapped_column(String(12))
    answered_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(300))
    new_member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
