"""Topics, courses, participations, certificates and the Đề án 1893 targets."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class CourseMode(enum.StrEnum):
    """How a course is taught."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    BLENDED = "blended"


class CourseStatus(enum.StrEnum):
    """Where a course is in its life."""

    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class Topic(SyncedRecord, Base):
    """A training topic (chuyên đề) from the catalog the upper level publishes."""

    __tablename__ = "topics"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    group: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Course(SyncedRecord, Base):
    """A training course organised by a unit at some level."""

    __tablename__ = "courses"

    organiser_unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    start_on: Mapped[dt.date] = mapped_column(Date, index=True)
    end_on: Mapped[dt.date] = mapped_column(Date)
    sessions: Mapped[int] = mapped_column(Integer, default=1)
    place: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(12), default=CourseMode.IN_PERSON)
    target_group: Mapped[str | None] = mapped_column(String(200))
    trainers: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(12), default=CourseStatus.PLANNED)
    notes: Mapped[str | None] = mapped_column(Text)


class CourseTopic(SyncedRecord, Base):
    """A topic taught in a course."""

    __tablename__ = "course_topics"
    __table_args__ = (UniqueConstraint("course_id", "topic_id"),)

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topics.id"))


class FundingLine(SyncedRecord, Base):
    """Money for a course from one source, in whole đồng."""

    __tablename__ = "funding_lines"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    source: Mapped[str] = mapped_column(String(40))
    amount: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(300))


class Participation(SyncedRecord, Base):
    """A person in a course (one "lượt"); outside persons keep a name snapshot."""

    __tablename__ = "participations"

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"), index=True)
    person_name: Mapped[str] = mapped_column(String(200))
    person_birth_date: Mapped[str | None] = mapped_column(String(10))
    person_unit: Mapped[str | None] = mapped_column(String(200))
    person_title: Mapped[str | None] = mapped_column(String(100))
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    result_note: Mapped[str | None] = mapped_column(String(300))


class SessionAttendance(SyncedRecord, Base):
    """Whether a participant attended one session of a course."""

    __tablename__ = "session_attendances"
    __table_args__ = (UniqueConstraint("participation_id", "session_number"),)

    participation_id: Mapped[str] = mapped_column(ForeignKey("participations.id"))
    session_number: Mapped[int] = mapped_column(Integer)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Certificate(SyncedRecord, Base):
    """A printed certificate: numbered, verifiable, revocable, never deleted.

    ``snapshot`` keeps what was printed so that a reprint is identical even after the
    member's record changes.
    """

    __tablename__ = "certificates"
    __table_args__ = (
        UniqueConstraint("issuer_unit_id", "year", "sequence"),
        UniqueConstraint("issuer_unit_id", "year", "number",
                         name="uq_certificates_issuer_year_number"),
        UniqueConstraint("verification_code"),
    )

    participation_id: Mapped[str] = mapped_column(ForeignKey("participations.id"), index=True)
    issuer_unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))
    verification_code: Mapped[str] = mapped_column(String(20))
    snapshot: Mapped[dict[str, str]] = mapped_column(JSON)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    signer_title: Mapped[str] = mapped_column(String(120))
    signer_name: Mapped[str] = mapped_column(String(120))
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoke_reason: Mapped[str | None] = mapped_column(String(300))


class Target(SyncedRecord, Base):
    """A yearly goal: a metric for an officer category, as a percentage."""

    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("owner_unit_id", "year", "category", "metric"),)

    year: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32))
    metric: Mapped[str] = mapped_column(String(32))
    value: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300), default="")
