"""The upper level's meetings page: the communes' meetings of a quarter, read only.

The charter asks every branch to meet at least once a quarter, so the province looks
at one quarter at a time: which meetings were held, by whom, and how many of the
expected members came. Meetings and attendance are recorded by the commune.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from db.catalog import unit_sort_key
from db.engine import Database
from db.meetings import MeetingRow, list_meetings_of_communes, quarter_bounds, quarter_of
from db.site import SiteInfo
from db.text import text_sort_key
from desktop.formatting import date, number, percent
from desktop.pages.upper_list import Cell, UpperListPage, cell
from desktop.tasks import TaskRunner

QUARTERS_OFFERED = 8


class UpperMeetingsPage(UpperListPage):
    """Meetings of the communes in a quarter, with their attendance rate."""

    title = QT_TRANSLATE_NOOP("UpperListPage", "Sinh hoạt")
    stretch = 4
    headers = (
        QT_TRANSLATE_NOOP("UpperListPage", "Xã"),
        QT_TRANSLATE_NOOP("UpperListPage", "Ngày"),
        QT_TRANSLATE_NOOP("UpperListPage", "Đơn vị"),
        QT_TRANSLATE_NOOP("UpperListPage", "Loại"),
        QT_TRANSLATE_NOOP("UpperListPage", "Nội dung"),
        QT_TRANSLATE_NOOP("UpperListPage", "Có mặt"),
        QT_TRANSLATE_NOOP("UpperListPage", "Tỷ lệ tham dự"),
    )

    def __init__(self, database: Database, site: SiteInfo, tasks: TaskRunner,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(database, site, tasks, parent)
        self.quarter = QComboBox()
        year, quarter = quarter_of(today or dt.date.today())
        for _ in range(QUARTERS_OFFERED):
            self.quarter.addItem(self.tr("Quý {quarter}/{year}").format(
                quarter=quarter, year=year), (year, quarter))
            year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
        self.add_control(self.tr("&Quý:"), self.quarter)
        self.quarter.currentIndexChanged.connect(lambda _row: self.refresh())

    def reader(self, commune_id: str | None) -> Callable[[], tuple[list[tuple[Cell, ...]], str]]:
        """Read the meetings of the chosen commune (or all) held in the chosen quarter."""
        database = self.database
        year, quarter = self.quarter.currentData()
        first, last = quarter_bounds(int(year), int(quarter))
        tr = self.tr

        def read() -> tuple[list[tuple[Cell, ...]], str]:
            with database.reading() as session:
                found = list_meetings_of_communes(session, commune_id, first, last)
            rows = [_cells(row.commune_name, row.meeting, tr) for row in found]
            present = sum(row.meeting.present for row in found)
            expected = sum(row.meeting.expected for row in found)
            parts = [tr("{count} buổi sinh hoạt từ {first} đến {last}").format(
                count=number(len(found)), first=date(first), last=date(last))]
            if expected:
                parts.append(tr("tỷ lệ tham dự chung {rate}").format(
                    rate=percent(100.0 * present / expected)))
            return rows, " · ".join(parts)

        return read


def _cells(commune: str, row: MeetingRow, tr: Callable[[str], str]) -> tuple[Cell, ...]:
    rate = row.rate
    return (
        cell(commune, unit_sort_key(commune)),
        cell(date(row.held_on), row.held_on),
        cell(row.unit_name, unit_sort_key(row.unit_name)),
        cell(tr(row.kind_label), row.kind_label),
        cell(row.topic, text_sort_key(row.topic)),
        cell(f"{number(row.present)}/{number(row.expected)}", row.present, right=True),
        cell(percent(rate) if rate is not None else "", rate, right=True),
    )
