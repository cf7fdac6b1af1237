"""Units: provinces, communes, branches and groups, in one tree."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class UnitLevel(enum.StrEnum):
    """Where a unit stands in the tree; the upper level is whatever the parent is."""

    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    BRANCH = "branch"
    GROUP = "group"


class Unit(SyncedRecord, Base):
    """A union organisation: official units carry the catalog code, branches a local one."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    official: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    merged_on: Mapped[dt.date | None] = mapped_column(Date)
    sort_key: Mapped[str] = mapped_column(String(200), default="")


class UnitPopulation(SyncedRecord, Base):
    """Women aged 18+ living in a unit's area in a year: the gathering rate's denominator."""

    __tablename__ = "unit_populations"
    __table_args__ = (UniqueConstraint("unit_id", "year"),)

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    women_18_plus: Mapped[int] = mapped_column(Integer)
