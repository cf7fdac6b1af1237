"""The upper level's officers page: the communes' Union officers, read only.

Posts, the title standard ("đạt chuẩn") and this year's training are those of the
commune's own officers page (:func:`db.officers.list_officers`); posts are given and
ended by the commune, never here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.catalog import unit_sort_key
from db.officers import OfficerRow, list_officers_of_communes
from db.text import text_sort_key
from desktop.formatting import number
from desktop.pages.upper_list import Cell, UpperListPage, cell


class UpperOfficersPage(UpperListPage):
    """Officers of the communes with their posts, standard and training this year."""

    title = QT_TRANSLATE_NOOP("UpperListPage", "Cán bộ Hội")
    stretch = 3
    headers = (
        QT_TRANSLATE_NOOP("UpperListPage", "Xã"),
        QT_TRANSLATE_NOOP("UpperListPage", "Họ và tên"),
        QT_TRANSLATE_NOOP("UpperListPage", "Năm sinh"),
        QT_TRANSLATE_NOOP("UpperListPage", "Chức danh"),
        QT_TRANSLATE_NOOP("UpperListPage", "Chuyên trách"),
        QT_TRANSLATE_NOOP("UpperListPage", "Đạt chuẩn"),
        QT_TRANSLATE_NOOP("UpperListPage", "Bồi dưỡng trong năm"),
    )

    def reader(self, commune_id: str | None) -> Callable[[], tuple[list[tuple[Cell, ...]], str]]:
        """Read the officers holding a post today in the chosen commune (or all)."""
        database, today = self.database, dt.date.today()
        tr = self.tr

        def read() -> tuple[list[tuple[Cell, ...]], str]:
            with database.reading() as session:
                found = list_officers_of_communes(session, commune_id, today)
            rows = [_cells(row.commune_name, row.officer, order, tr)
                    for order, row in enumerate(found)]
            meeting = sum(1 for row in found if row.officer.meets_standard)
            untrained = sum(1 for row in found if not row.officer.trained_this_year)
            summary = tr(
                "{count} cán bộ · {meeting} đạt chuẩn · {untrained} chưa được bồi dưỡng "
                "năm {year}"
            ).format(count=number(len(found)), meeting=number(meeting),
                     untrained=number(untrained), year=today.year)
            return rows, summary

        return read


def _cells(commune: str, row: OfficerRow, order: int,
           tr: Callable[[str], str]) -> tuple[Cell, ...]:
    # The list comes in Vietnamese name order; sorting by name returns to it.
    birth = (row.birth_date or "")[:4]
    if row.meets_standard is None:
        standard = cell("—", 1, tip=tr("Chức danh này chưa có tiêu chuẩn"))
    elif row.meets_standard:
        standard = cell(tr("Đạt"), 2)
    else:
        standard = cell(tr("Chưa đạt"), 0, tip=tr("Còn thiếu: {missing}").format(
            missing="; ".join(row.missing)))
    titles = "; ".join(tr(post.title_label) for post in row.posts)
    return (
        cell(commune, unit_sort_key(commune)),
        cell(row.full_name, order, tip=row.branch),
        cell(birth, birth or None),
        cell(titles, text_sort_key(titles), tip=row.titles_text),
        cell(tr("Có") if row.full_time else "", int(row.full_time)),
        standard,
        cell(tr("Có") if row.trained_this_year else tr("Chưa"), int(row.trained_this_year)),
    )
