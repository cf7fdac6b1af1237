"""A table model over a short list of frozen rows (meetings, courses, certificates…).

Pages with tens or hundreds of rows read them all at once and show them as they are;
the model only needs the rows and the column titles. Subclasses set ``HEADERS`` and
answer ``data``; large lists (members) have their own model that pages through SQL.

A header click sorts the rows in the model itself (not through a proxy), so ``row_at``
keeps answering for the row the person sees. Text compares the Vietnamese way
(:func:`db.text.text_sort_key`), names by given name first (``NAME_COLUMNS``,
:func:`db.text.sort_key`), dates shown as dd/mm/yyyy by the date, numbers and
"12/20" or "85 %" by their value; empty cells go last. Column -1 is the order the
page read, the default.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.text import sort_key, text_sort_key

Index = QModelIndex | QPersistentModelIndex

_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


class RowTableModel(QAbstractTableModel):
    """Rows in a list; one column per entry of ``HEADERS``."""

    HEADERS: tuple[str, ...] = ()
    NAME_COLUMNS: frozenset[int] = frozenset()
    """Columns holding people's full names, sorted by given name first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace the list, in the order chosen by the person if she chose one."""
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (a header click); -1 keeps the order as read."""
        self._sort = (column, order)
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows = self._sorted(self._rows)
        moved = {id(row): number for number, row in enumerate(self._rows)}
        for old in self.persistentIndexList():
            if old.isValid():
                new_row = moved.get(id(before[old.row()]), old.row())
                self.changePersistentIndex(old, self.index(new_row, old.column()))
        self.layoutChanged.emit()

    def sort_value(self, row: int, column: int) -> tuple[int, Any]:
        """Return what a cell is compared by (a subclass may know better than its text)."""
        value = self.data(self.index(row, column))
        if value is None or value == "":
            return (3, "")
        if isinstance(value, int | float):
            return (0, value)
        text = str(value)
        if (date := _DATE.fullmatch(text.strip())) is not None:
            day, month, year = date.groups()
            return (1, f"{year}-{int(month):02d}-{int(day):02d}")
        if (number := _NUMBER.match(text.strip())) is not None and not text[0].isalpha():
            return (0, float(number.group().replace(",", ".")))
        if column in self.NAME_COLUMNS:
            return (2, sort_key(text))
        return (2, text_sort_key(text))

    def _sorted(self, rows: list[Any]) -> list[Any]:
        column, order = self._sort
        if column < 0 or not rows:
            return rows
        self._rows = rows
        keys = [self.sort_value(number, column) for number in range(len(rows))]
        numbered = sorted(range(len(rows)), key=keys.__getitem__,
                          reverse=order == Qt.SortOrder.DescendingOrder)
        if order == Qt.SortOrder.DescendingOrder:
            # Empty cells stay last, as in the ascending order.
            numbered.sort(key=lambda n: keys[n][0] == 3)
        return [rows[n] for n in numbered]

    def rows(self) -> list[Any]:
        """Return the rows shown."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """Return the row shown at ``row``, or None outside the list."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of rows (flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
