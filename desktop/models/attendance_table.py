"""Table model of one meeting's attendance, edited with the keyboard.

The chair enters a paper sheet in a minute: everyone is marked present first, then she
walks down the list and presses V (vắng) or P (vắng có lý do) on the absentees; C puts
someone back to present. Each change is kept in the model at once (so the rate updates
as she goes) and handed to the page, which saves it through the single writer.

Every change goes through the model's undo stack, one command per key press, typed
reason or bulk mark, so Ctrl+Z puts back exactly what was there (marks and reasons) and
the page saves the restored rows like any other change.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.meetings import ATTENDANCE_LABELS, AttendanceRow
from db.validation import PartialDate

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    str(QT_TRANSLATE_NOOP("AttendanceTableModel", "Họ và tên")),
    str(QT_TRANSLATE_NOOP("AttendanceTableModel", "Năm sinh")),
    str(QT_TRANSLATE_NOOP("AttendanceTableModel", "Chi hội")),
    str(QT_TRANSLATE_NOOP("AttendanceTableModel", "Chức danh")),
    str(QT_TRANSLATE_NOOP("AttendanceTableModel", "Điểm danh")),
    str(QT_TRANSLATE_NOOP("AttendanceTableModel", "Ghi chú")),
)
NOTE_COLUMN = 5
STATUS_COLUMN = 4

Marks = dict[str, tuple[str, str | None]]
"""Member key -> (status, note): what a change sets, the shape ``set_attendance`` takes."""


class _MarkCommand(QUndoCommand):
    """One undoable change of marks: the rows as they were and as they become."""

    def __init__(self, model: AttendanceTableModel, before: Marks, after: Marks,
                 text: str) -> None:
        super().__init__(text)
        self.model = model
        self.before = before
        self.after = after

    def redo(self) -> None:
        """Apply the new marks (also run once when the command is pushed)."""
        self.model._apply(self.after)

    def undo(self) -> None:
        """Put back the marks and reasons as they were."""
        self.model._apply(self.before)


class AttendanceTableModel(QAbstractTableModel):
    """Rows of people expected at a meeting, with their status."""

    changed = Signal(object, object)  # Marks: the rows to save; Marks: what they were

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self.undo_stack = QUndoStack(self)

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        """Show a meeting's attendance; what could be undone belonged to the last one."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.undo_stack.clear()

    def rows(self) -> list[AttendanceRow]:
        """Return the rows as they are now (with unsaved marks)."""
        return list(self._rows)

    def row(self, number: int) -> AttendanceRow:
        """Return one row as it is now, without copying the list (for painting)."""
        return self._rows[number]

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
        return self._push({row.member_id: (status, note)}, self.tr("Ghi lý do"))

    def set_status(self, row_number: int, status: str) -> bool:
        """Mark one person; the note stays unless she is back to present."""
        if not 0 <= row_number < len(self._rows):
            return False
        row = self._rows[row_number]
        note = None if status == "present" else row.note
        label = self.tr(ATTENDANCE_LABELS.get(status, status))
        return self._push({row.member_id: (status, note)},
                          self.tr("{name}: {status}").format(name=row.full_name, status=label))

    def overwritten_by(self, status: str) -> tuple[int, int]:
        """Return (marks, reasons) that marking everyone ``status`` would replace.

        A row already at ``status`` keeps its note ("Đến muộn" for someone present), as
        the register's own bulk mark does; a row that changes loses it.
        """
        changing = [r for r in self._rows if r.status != status]
        return len(changing), sum(1 for r in changing if r.note)

    def untouched(self) -> bool:
        """Tell whether the list is as a new meeting starts it: everyone absent, no notes.

        Marking such a list replaces nothing anybody entered, so it needs no question.
        """
        return all(r.status == "absent" and not r.note for r in self._rows)

    def mark_everyone(self, status: str) -> bool:
        """Mark every row at once (before entering the exceptions); undoable as one."""
        after = {r.member_id: (status, None) for r in self._rows if r.status != status}
        label = self.tr(ATTENDANCE_LABELS.get(status, status))
        return self._push(after, self.tr("Tất cả {status}").format(status=label.lower()))

    def _push(self, after: Marks, text: str) -> bool:
        """Record a change on the undo stack (which applies it) unless it changes nothing."""
        current = {r.member_id: (r.status, r.note) for r in self._rows}
        after = {m: marks for m, marks in after.items() if current.get(m, marks) != marks}
        if not after:
            return False
        before = {m: current[m] for m in after}
        self.undo_stack.push(_MarkCommand(self, before, after, text))
        return True

    def _apply(self, marks: Marks) -> None:
        """Show ``marks`` and hand them to the page to save."""
        changed: Marks = {}
        previous: Marks = {}
        numbers: list[int] = []
        for number, row in enumerate(self._rows):
            if row.member_id not in marks:
                continue
            status, note = marks[row.member_id]
            if (row.status, row.note) == (status, note):
                continue
            previous[row.member_id] = (row.status, row.note)
            self._rows[number] = replace(row, status=status, note=note)
            changed[row.member_id] = (status, note)
            numbers.append(number)
        if changed:
            # One signal for a bulk mark: 300 separate ones would repaint 300 times.
            self.dataChanged.emit(self.index(min(numbers), 0),
                                  self.index(max(numbers), len(HEADERS) - 1))
            # What they were goes along: a save refuses when the register moved on
            # from it meanwhile (another window marked the same people).
            self.changed.emit(changed, previous)

    def counts(self) -> tuple[int, int, int]:
        """Return (present, excused, absent)."""
        present = sum(1 for r in self._rows if r.status == "present")
        excused = sum(1 for r in self._rows if r.status == "excused")
        return present, excused, len(self._rows) - present - excused
