"""The upper level's branches page: every commune's branches, read only.

The province sees each branch's members and gathering rate as the commune's own page
computes them (:func:`db.units.list_branches`), for one commune or for all of them.
Women counts are typed by the commune office, never here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSpinBox, QWidget

from db.catalog import unit_sort_key
from db.engine import Database
from db.site import SiteInfo
from db.units import BranchRow, list_branches_of_communes, summarize_branches
from desktop.formatting import number, percent
from desktop.pages.upper_list import Cell, UpperListPage, cell
from desktop.tasks import TaskRunner

FIRST_YEAR = 2000


class UpperBranchesPage(UpperListPage):
    """Branches of the communes, with members, women aged 18+ and the gathering rate."""

    title = QT_TRANSLATE_NOOP("UpperListPage", "Chi hội")
    stretch = 1
    headers = (
        QT_TRANSLATE_NOOP("UpperListPage", "Xã"),
        QT_TRANSLATE_NOOP("UpperListPage", "Chi hội"),
        QT_TRANSLATE_NOOP("UpperListPage", "Hội viên"),
        QT_TRANSLATE_NOOP("UpperListPage", "Đang sinh hoạt (thường, đương nhiên)"),
        QT_TRANSLATE_NOOP("UpperListPage", "Phụ nữ từ 18 tuổi"),
        QT_TRANSLATE_NOOP("UpperListPage", "Tỷ lệ tập hợp"),
    )

    def __init__(self, database: Database, site: SiteInfo, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, site, tasks, parent)
        self.year = QSpinBox()
        this_year = dt.date.today().year
        self.year.setRange(FIRST_YEAR, this_year + 1)
        self.year.setValue(this_year)
        self.year.setKeyboardTracking(False)
        self.year.setToolTip(self.tr("Năm của số phụ nữ từ 18 tuổi và tỷ lệ tập hợp"))
        self.add_control(self.tr("Nă&m:"), self.year)
        self.year.valueChanged.connect(lambda _year: self.refresh())

    def reader(self, commune_id: str | None) -> Callable[[], tuple[list[tuple[Cell, ...]], str]]:
        """Read the branches of the chosen commune (or all) for the chosen year."""
        database, year = self.database, self.year.value()
        tr = self.tr

        def read() -> tuple[list[tuple[Cell, ...]], str]:
            with database.reading() as session:
                found = list_branches_of_communes(session, commune_id, year)
            rows = [_cells(row.commune_name, row.branch, tr) for row in found]
            summary = summarize_branches([row.branch for row in found])
            parts = [
                tr("{count} chi hội").format(count=number(summary.branches)),
                tr("{count} hội viên").format(count=number(summary.members)),
            ]
            if commune_id is None:
                communes = len({row.commune_id for row in found})
                parts.insert(0, tr("{count} xã").format(count=number(communes)))
            rate = summary.gathering_rate
            if rate is not None:
                parts.append(tr("tỷ lệ tập hợp {rate} (trên {counted}/{total} chi hội có số "
                                "phụ nữ năm {year})").format(
                    rate=percent(rate), counted=number(summary.counted_branches),
                    total=number(summary.branches), year=year))
            return rows, " · ".join(parts)

        return read


def _cells(commune: str, branch: BranchRow, tr: Callable[[str], str]) -> tuple[Cell, ...]:
    rate = branch.gathering_rate
    return (
        cell(commune, unit_sort_key(commune)),
        cell(branch.name, unit_sort_key(branch.name)),
        cell(number(branch.members), branch.members, right=True),
        cell(number(branch.active_members), branch.active_members, right=True),
        cell(number(branch.women_18_plus) if branch.women_18_plus else tr("chưa có số"),
             branch.women_18_plus or None, right=True),
        cell(percent(rate) if rate is not None else "", rate, right=True),
    )
