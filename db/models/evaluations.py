"""The yearly evaluation (xếp loại): criteria sets and the evaluations communes fill."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class EvaluationClass(enum.StrEnum):
    """The four classes of the guidance, best first (words in ``db.vocabulary``)."""

    EXCELLENT = "excellent"
    GOOD = "good"
    DONE = "done"
    NOT_DONE = "not_done"


class EvaluationSet(SyncedRecord, Base):
    """A criteria set with its points and class thresholds, published down to communes.

    ``content`` holds the criteria and thresholds as JSON (see ``db.evaluation``), so a
    province that rewrites its criteria changes data, not the program; it is checked
    again wherever it is read, since it arrives in a package.
    """

    __tablename__ = "evaluation_sets"

    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    edition: Mapped[int] = mapped_column(Integer, default=1)
    published_on: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)


class Evaluation(SyncedRecord, Base):
    """One unit's evaluation for one year, as filled and classified by its commune.

    The scores, the set's name and edition and the class are kept as they were when
    saved: the register moves on, the evaluation sent to the upper level does not.
    """

    __tablename__ = "evaluations"

    unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    set_name: Mapped[str] = mapped_column(String(200))
    set_edition: Mapped[int] = mapped_column(Integer)
    set_example: Mapped[bool] = mapped_column(Boolean, default=False)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)
    total: Mapped[int] = mapped_column(Integer)
    max_total: Mapped[int] = mapped_column(Integer)
    classification: Mapped[str] = mapped_column(String(20))
    filled_on: Mapped[dt.date] = mapped_column(Date)
