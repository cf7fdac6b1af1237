"""Branch meetings and conferences with attendance."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class MeetingKind(enum.StrEnum):
    """Kinds of meeting: regular, thematic, conference, other."""

    REGULAR = "regular"
    THEMATIC = "thematic"
    CONFERENCE = "conference"
    OTHER = "other"


class AttendanceStatus(enum.StrEnum):
    """Present, excused absence, or absent."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Meeting(SyncedRecord, Base):
    """A meeting of a branch or of the whole commune."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_unit_date", "unit_id", "held_on"),)

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(12), default=MeetingKind.REGULAR)
    topic: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[str | None] = mapped_column(Text)


class Attendance(SyncedRecord, Base):
    """Whether one member came to one meeting."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(String(8), default=AttendanceStatus.PRESENT)
    note: Mapped[str | None] = mapped_column(String(300))
