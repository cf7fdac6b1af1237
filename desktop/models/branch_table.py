"""The branches table: a commune's ~30 branches with their counts and gathering rate.

A commune has a few dozen branches at most, so the model simply holds every row (plain
:class:`db.units.BranchRow` dataclasses) and sorts them in Python. The one editable
cell, the number of women aged 18+, is not written here: the model shows the new value
at once and announces it with :attr:`BranchTableModel.women_count_edited`, and the page
sends it to the single database writer.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from db.catalog import unit_sort_key
from db.units import BranchRow, BranchSummary, summarize_branches
from desktop.formatting import number, percent

Index = QModelIndex | QPersistentModelIndex

#: The largest women count accepted; more than any ward has, fewer than a typo with an
#: extra digit or two would give.
MAX_WOMEN = 999_999

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(enum.IntEnum):
    """The table's columns, in order."""

    NAME = 0
    MEMBERS = 1
    ACTIVE = 2
    WOMEN = 3
    RATE = 4


def _name_key(row: BranchRow) -> str:
    return unit_sort_key(row.name)


def _number_key(value: float | None) -> tuple[bool, float]:
    # Unknown values go last when sorting up, so the filled-in numbers stay together.
    return (value is None, value or 0.0)


SORT_KEYS: dict[Column, Callable[[BranchRow], Any]] = {
    Column.NAME: _name_key,
    Column.MEMBERS: lambda row: row.members,
    Column.ACTIVE: lambda row: row.active_members,
    Column.WOMEN: lambda row: _number_key(row.women_18_plus),
    Column.RATE: lambda row: _number_key(row.gathering_rate),
}


def parse_count(value: object) -> int | None:
    """Read what was typed in the women cell: "1.234" -> 1234, "" -> None (unknown).

    Raises:
        ValueError: anything that is not a whole number from 0 to :data:`MAX_WOMEN`.
    """
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        count = value
    else:
        text = str(value).replace(".", "").replace(" ", "").replace("\u00a0", "")
        if not text:
            return None
        if not text.isascii() or not text.isdigit():
            raise ValueError(text)
        count = int(text)
    if not 0 <= count <= MAX_WOMEN:
        raise ValueError(count)
    return count


class BranchTableModel(QAbstractTableModel):
    """Rows of branches for a QTableView, with the women count editable in place."""

    #: (branch id, new count, the count she changed; None for "unknown") after a person
    #: edited the cell.
    women_count_edited = Signal(str, object, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = 0
        self._rows: list[BranchRow] = []
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of branches (0 under a parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns (0 under a parent)."""
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return column titles (the women column names the year) and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return TEXT_ALIGNMENT if column == Column.NAME else NUMBER_ALIGNMENT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, its raw value for editing, alignment and tooltip."""
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.WOMEN:
                return "" if row.women_18_plus is None else number(row.women_18_plus)
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return TEXT_ALIGNMENT if column == Column.NAME else NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(row, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Make only the women count editable: every other number is counted, not typed."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.WOMEN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Accept a new women count, show it (and the new rate) and announce it.

        Returns False for anything but a whole number or an empty cell, so the view keeps
        the old value instead of storing a typo.
        """
        if (
            role != Qt.ItemDataRole.EditRole
            or not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid)
            or index.column() != Column.WOMEN
        ):
            return False
        try:
            count = parse_count(value)
        except ValueError:
            return False
        row = self._rows[index.row()]
        if count == row.women_18_plus:
            return True
        self._rows[index.row()] = dataclasses.replace(row, women_18_plus=count)
        self.dataChanged.emit(
            self.index(index.row(), Column.WOMEN), self.index(index.row(), Column.RATE)
        )
        self.women_count_edited.emit(row.id, count, row.women_18_plus)
        return True

    def sort(
        self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> None:
        """Sort the rows in Python (a commune has only a few dozen branches).

        Args:
            column: the column clicked; ties keep the alphabetical order of names.
            order: up or down.
        """
        if not 0 <= column < len(Column):
            return
        self._sort_column = Column(column)
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._sort_rows()
        moved = {row.id: position for position, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [
            self.index(moved[before[index.row()].id], index.column())
            if index.isValid() else QModelIndex()
            for index in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # What the page uses ---------------------------------------------------------------

    def set_rows(self, rows: Sequence[BranchRow], year: int) -> None:
        """Show freshly read branches of a year.

        When the same branches come back (after an edit, or another year), the cells are
        updated in place so the selection and the keyboard position stay where they were;
        otherwise the table is rebuilt.
        """
        year_changed = year != self.year
        self.year = year
        fresh = {row.id: row for row in rows}
        if fresh.keys() == {row.id for row in self._rows} and self._rows:
            self._rows = [fresh[row.id] for row in self._rows]
            before = [row.id for row in self._rows]
            self.layoutAboutToBeChanged.emit()
            self._sort_rows()
            if before != [row.id for row in self._rows]:
                position = {row.id: place for place, row in enumerate(self._rows)}
                old = self.persistentIndexList()
                self.changePersistentIndexList(old, [
                    self.index(position[before[i.row()]], i.column()) if i.isValid()
                    else QModelIndex() for i in old
                ])
            self.layoutChanged.emit()
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
        else:
            self.beginResetModel()
            self._rows = list(rows)
            self._sort_rows()
            self.endResetModel()
        if year_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def rows(self) -> list[BranchRow]:
        """Return the rows in the order shown."""
        return list(self._rows)

    def row_at(self, row: int) -> BranchRow | None:
        """Return the branch on a row of the table, or None outside it."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, branch_id: str) -> int:
        """Return the table row of a branch, or -1 when it is not listed."""
        for position, row in enumerate(self._rows):
            if row.id == branch_id:
                return position
        return -1

    def summary(self) -> BranchSummary:
        """Return the commune's totals over the rows shown (edits included)."""
        return summarize_branches(self._rows)

    # Inside ---------------------------------------------------------------------------

    def _sort_rows(self) -> None:
        self._rows.sort(key=_name_key)
        if self._sort_column != Column.NAME:
            self._rows.sort(key=SORT_KEYS[self._sort_column])
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            self._rows.reverse()

    def _title(self, column: Column) -> str:
        titles = {
            Column.NAME: self.tr("Chi hội"),
            Column.MEMBERS: self.tr("Hội viên"),
            Column.ACTIVE: self.tr("Đang sinh hoạt"),
            Column.WOMEN: self.tr("Phụ nữ từ 18 tuổi (năm {year})").format(year=self.year),
            Column.RATE: self.tr("Tỷ lệ tập hợp"),
        }
        return titles[column]

    def _header_tip(self, column: Column) -> str:
        tips = {
            Column.NAME: self.tr("Tên chi hội. Bấm đúp để đổi tên."),
            Column.MEMBERS: self.tr(
                "Hội viên đang có tên trong chi hội, kể cả hội viên danh dự; không tính "
                "người đã chuyển sinh hoạt, ra khỏi Hội hoặc từ trần."
            ),
            Column.ACTIVE: self.tr(
                "Hội viên thường và đương nhiên đang sinh hoạt: con số dùng để tính tỷ lệ "
                "tập hợp (hội viên danh dự tính riêng)."
            ),
            Column.WOMEN: self.tr(
                "Số phụ nữ từ 18 tuổi trở lên sống trên địa bàn chi hội năm {year}. "
                "Bấm đúp hoặc nhấn F2 để nhập; để trống nếu chưa biết."
            ).format(year=self.year),
            Column.RATE: self.tr(
                "Hội viên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi. Để trống khi chưa "
                "nhập số phụ nữ."
            ),
        }
        return tips[column]

    def _text(self, row: BranchRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.MEMBERS:
            return number(row.members)
        if column == Column.ACTIVE:
            return number(row.active_members)
        if column == Column.WOMEN:
            return "" if row.women_18_plus is None else number(row.women_18_plus)
        rate = row.gathering_rate
        return "" if rate is None else percent(rate)

    def _cell_tip(self, row: BranchRow, column: Column) -> str | None:
        if column == Column.WOMEN:
            if row.women_18_plus is None:
                return self.tr("Chưa nhập số phụ nữ từ 18 tuổi năm {year}: bấm đúp để nhập.") \
                    .format(year=self.year)
            return self.tr("Bấm đúp hoặc nhấn F2 để sửa.")
        if column == Column.RATE and row.gathering_rate is None:
            return self.tr("Cần số phụ nữ từ 18 tuổi năm {year} để tính tỷ lệ.") \
                .format(year=self.year)
        if column == Column.MEMBERS:
            honorary = row.members - row.active_members
            if honorary > 0:
                return self.tr("trong đó {count} hội viên danh dự").format(
                    count=number(honorary))
        return None
