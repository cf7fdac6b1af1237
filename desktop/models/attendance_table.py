"""Table model of one meeting's attendance, edited with the keyboard.

The chair enters a paper sheet in a minute: everyone is marked present first, then she
walks down the list and presses V (vắng) or P (vắng có lý do) on the absentees; C puts
someone back to present. Each change is kept in the model at once (so the rate updates
as she goes) and handed to the page, which saves it through the single writer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from db.meetings import ATTENDANCE_LABELS, AttendanceRow
from db.validation import PartialDate

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Họ và tên", "Năm sinh", "Chi hội", "Chức danh", "Điểm danh", "Ghi chú")
NOTE_COLUMN = 5
STATUS_COLUMN = 4


class AttendanceTableModel(QAbstractTableModel):
    """Rows of people expected at a meeting, with their status."""

    changed = Signal(str, str, object)  # member_id, status, note

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        """Show a meeting's attendance."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AttendanceRow]:
        """Return the rows as they are now (with unsaved marks)."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of people (flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles and row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, and a colour hint for absences."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return row.full_name
            if column == 1:
                return str(PartialDate.from_iso(row.birth_date).year) if row.birth_date else ""
            if column == 2:
                return row.branch.removeprefix("Chi hội ")
            if column == 3:
                return row.title
            if column == STATUS_COLUMN:
                return self.tr(ATTENDANCE_LABELS.get(row.status, row.status))
            if column == NOTE_COLUMN:
                return row.note or ""
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN:
            from PySide6.QtGui import QColor

            return {
                "absent": QColor("#b3261e"),
                "excused": QColor("#8a5a00"),
            }.get(row.status)
        if role == Qt.ItemDataRole.UserRole:
            return row.member_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only the note can be typed into; statuses change with keys."""
        base = super().flags(index)
        if index.isValid() and index.column() == NOTE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Keep a typed note (the reason of an excused absence)."""
        if not index.isValid() or index.column() != NOTE_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        note = str(value).strip() or None
        status = "excused" if note and row.status == "absent" else row.status
        return self._change(index.row(), status, note)

    def set_status(self, row_number: int, status: str) -> bool:
        """Mark one person; the note stays unless she is back to present."""
        if not 0 <= row_number < len(self._rows):
            return False
        row = self._rows[row_number]
        note = None if status == "present" else row.note
        return self._change(row_number, status, note)

    def mark_everyone(self, status: str) -> None:
        """Mark every row at once (before entering the exceptions)."""
        self.beginResetModel()
        self._rows = [replace(r, status=status, note=None) for r in self._rows]
        self.endResetModel()

    def _change(self, row_number: int, status: str, note: str | None) -> bool:
        row = self._rows[row_number]
        if row.status == status and row.note == note:
            return False
        self._rows[row_number] = replace(row, status=status, note=note)
        left = self.index(row_number, 0)
        right = self.index(row_number, len(HEADERS) - 1)
        self.dataChanged.emit(left, right)
        self.changed.emit(row.member_id, status, note)
        return True

    def counts(self) -> tuple[int, int, int]:
        """Return (present, excused, absent)."""
        present = sum(1 for r in self._rows if r.status == "present")
        excused = sum(1 for r in self._rows if r.status == "excused")
        return present, excused, len(self._rows) - present - excused
