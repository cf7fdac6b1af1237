"""Report forms the upper level publishes for its communes to fill."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord


class ReportTemplate(SyncedRecord, Base):
    """An .xlsx form with placeholders, published down to the communes in packages.

    The workbook travels as base64 text, because packages carry text and integers only;
    ``edition`` counts its publications under one name, so a commune can tell the form
    of this quarter from last year's.
    """

    __tablename__ = "report_templates"

    name: Mapped[str] = mapped_column(String(200))
    edition: Mapped[int] = mapped_column(Integer, default=1)
    published_on: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
