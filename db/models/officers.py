"""Officers: posts held, qualifications, title standards and training needs."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class Title(enum.StrEnum):
    """Officer titles (chức danh) that the Đề án 1893 targets speak of."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    STANDING_COMMITTEE = "standing_committee"
    EXECUTIVE_COMMITTEE = "executive_committee"
    BRANCH_HEAD = "branch_head"
    BRANCH_DEPUTY = "branch_deputy"
    GROUP_HEAD = "group_head"
    STAFF = "staff"


class Employment(enum.StrEnum):
    """Full-time (chuyên trách) or part-time (không chuyên trách)."""

    FULL_TIME = "full_time"
    PART_TIME = "part_time"


class QualificationKind(enum.StrEnum):
    """The kinds of trình độ recorded for officers."""

    EDUCATION = "education"
    PROFESSIONAL = "professional"
    POLITICAL_THEORY = "political_theory"
    STATE_MANAGEMENT = "state_management"
    IT = "it"
    UNION_WORK = "union_work"


class Post(SyncedRecord, Base):
    """A title held by a person in a unit between two dates."""

    __tablename__ = "posts"

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    title: Mapped[str] = mapped_column(String(32))
    employment: Mapped[str] = mapped_column(String(12), default=Employment.PART_TIME)
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(200))


class Qualification(SyncedRecord, Base):
    """A level reached in one kind of qualification, with its paper."""

    __tablename__ = "qualifications"

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(60))
    rank: Mapped[int] = mapped_column(Integer, default=0)
    obtained_on: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(200))
    certificate_number: Mapped[str | None] = mapped_column(String(60))


class Standard(SyncedRecord, Base):
    """One rule of a title's standard: a qualification kind and the minimum rank.

    The rules are data published by the upper level, so that a change in the official
    thresholds is an edit, not a new release.
    """

    __tablename__ = "standards"

    title: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    min_rank: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300))


class TrainingNeed(SyncedRecord, Base):
    """A topic an officer asked to be trained in; ``met_by`` closes it."""

    __tablename__ = "training_needs"

    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topics.id"))
    registered_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    met_by_participation_id: Mapped[str | None] = mapped_column(ForeignKey("participations.id"))
