"""The table of communes: one row per commune, its last package and its main numbers.

At most ~170 rows, read at once from :func:`db.communes.commune_status`; sorting and
filtering happen in a :class:`CommuneFilterModel` over it, since there is nothing to
page through. A commune that has not reported since the chosen day gets a soft red
row and a bold "Chưa gửi" in its package cell, so the mark does not rely on colour.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from db.communes import CommuneStatus
from db.text import search_key
from desktop.formatting import date as format_date
from desktop.formatting import number, percent
from desktop.models.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The value a column sorts by (numbers as numbers, names in Vietnamese order)."""

LATE_BACKGROUND = QColor("#fde2e1")
LATE_TEXT = QColor("#9b1c13")
MUTED = QColor("#6b6b6b")


class Column(enum.IntEnum):
    """The table's columns, in order."""

    CODE = 0
    NAME = 1
    PACKAGE = 2
    MEMBERS = 3
    ACTIVE = 4
    RATE = 5
    MEETINGS = 6
    OFFICERS = 7


NUMBER_COLUMNS = (Column.MEMBERS, Column.ACTIVE, Column.RATE, Column.MEETINGS,
                  Column.OFFICERS)


class CommuneTableModel(RowTableModel):
    """The communes of the upper level, in the order the database gave them (by name)."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Mã")),
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Xã/phường")),
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Gói gần nhất")),
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Hội viên")),
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Đang sinh hoạt")),
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Tỷ lệ tập hợp")),
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Sinh hoạt quý này")),
        str(QT_TRANSLATE_NOOP("CommuneTableModel", "Cán bộ đã tập huấn\n/ cần tập huấn")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace the list and remember each name's search key for the filter box."""
        self._keys = [search_key(f"{row.name} {row.code}") for row in rows]
        super().set_rows(rows)

    def row_at(self, row: int) -> CommuneStatus | None:
        """Return the commune shown at ``row`` (in this model's own order)."""
        found: CommuneStatus | None = super().row_at(row)
        return found

    def key_at(self, row: int) -> str:
        """Return the accent-free search key of the commune at ``row``."""
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, sort value, colours or hint."""
        commune = self.row_at(index.row()) if index.isValid() else None
        if commune is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(commune, column)
        if role == SORT_ROLE:
            return self._sort_value(commune, column, index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not commune.reported:
            return QBrush(LATE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.PACKAGE and not commune.reported:
                return QBrush(LATE_TEXT)
            if column is Column.RATE and commune.gathering_rate is None:
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and column is Column.PACKAGE and not commune.reported:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(commune, column)
        return None

    def _package_text(self, commune: CommuneStatus) -> str:
        if commune.last_generation <= 0 or commune.last_received_on is None:
            package = self.tr("chưa có gói nào")
        else:
            package = self.tr("{day}, lần {n}").format(
                day=format_date(commune.last_received_on), n=commune.last_generation)
        if commune.reported:
            return package
        return self.tr("Chưa gửi — {package}").format(package=package)

    def _text(self, commune: CommuneStatus, column: Column) -> str:
        if column is Column.CODE:
            return commune.code
        if column is Column.NAME:
            return commune.name
        if column is Column.PACKAGE:
            return self._package_text(commune)
        if column is Column.MEMBERS:
            return number(commune.members)
        if column is Column.ACTIVE:
            return number(commune.active_members)
        if column is Column.RATE:
            rate = commune.gathering_rate
            return self.tr("chưa có số") if rate is None else percent(rate)
        if column is Column.MEETINGS:
            return number(commune.meetings_this_quarter)
        if commune.officers_to_train == 0:
            return "—"
        return f"{number(commune.officers_trained_this_year)}/{number(commune.officers_to_train)}"

    @staticmethod
    def _sort_value(commune: CommuneStatus, column: Column, position: int) -> Any:
        if column is Column.CODE:
            return commune.code.zfill(8)
        if column is Column.NAME:
            return position  # the database sorted the names the Vietnamese way
        if column is Column.PACKAGE:
            received = commune.last_received
            return received.timestamp() if received is not None else -1.0
        if column is Column.MEMBERS:
            return commune.members
        if column is Column.ACTIVE:
            return commune.active_members
        if column is Column.RATE:
            rate = commune.gathering_rate
            return -1.0 if rate is None else rate
        if column is Column.MEETINGS:
            return commune.meetings_this_quarter
        if commune.officers_to_train == 0:
            return -1.0
        return commune.officers_trained_this_year / commune.officers_to_train

    def _tooltip(self, commune: CommuneStatus, column: Column) -> str | None:
        if column is Column.PACKAGE and not commune.reported:
            return self.tr("Xã chưa gửi gói nào từ ngày đã chọn.")
        if column is Column.RATE:
            if commune.women_18_plus is None:
                return self.tr("Xã chưa nhập số phụ nữ từ 18 tuổi của các chi hội.")
            return self.tr("{gathered} hội viên thường và đương nhiên đang sinh hoạt / "
                           "{women} phụ nữ từ 18 tuổi (năm {year})").format(
                gathered=number(commune.gathered_members),
                women=number(commune.women_18_plus), year=commune.population_year)
        if column is Column.OFFICERS:
            return self.tr(
                "{done} trong {total} cán bộ thuộc diện chỉ tiêu bồi dưỡng hằng năm của "
                "Đề án 1893 đã được tập huấn trong năm"
            ).format(done=number(commune.officers_trained_this_year),
                     total=number(commune.officers_to_train))
        return None


class CommuneFilterModel(QSortFilterProxyModel):
    """Narrows the communes to a name or code typed (without accents) and to the late ones."""

    def __init__(self, source: CommuneTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.communes = source
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._only_late = False

    def set_text(self, text: str) -> None:
        """Show only the communes whose name or code holds every word typed."""
        self.beginFilterChange()
        self._words = search_key(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_late(self, only_late: bool) -> None:
        """Show only the communes that have not reported (or all of them again)."""
        self.beginFilterChange()
        self._only_late = only_late
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        """Tell whether a commune passes both the text and the "not reported" filter."""
        commune = self.communes.row_at(source_row)
        if commune is None:
            return False
        if self._only_late and commune.reported:
            return False
        key = self.communes.key_at(source_row)
        return all(word in key for word in self._words)

    def commune_at(self, row: int) -> CommuneStatus | None:
        """Return the commune on screen at ``row`` (after sorting and filtering)."""
        source = self.mapToSource(self.index(row, 0))
        return self.communes.row_at(source.row()) if source.isValid() else None

    def shown(self) -> list[CommuneStatus]:
        """Return the communes on screen, in screen order (for the Excel export)."""
        found = (self.commune_at(row) for row in range(self.rowCount()))
        return [commune for commune in found if commune is not None]
