"""Typing in the signed sheet: "Nhập từ danh sách đã ký".

The blank sheet (danh sách ký nhận) was printed before the meeting and signed there;
afterwards someone types it in with the paper beside the keyboard. The screen shows
one row at a time, numbered and named exactly as on the paper (the same order as the
printed sheet, see :func:`~desktop.pages.meetings.marking_window.rows_in_sheet_order`),
and one key per row marks it and goes on: 1 or C có mặt, 0 or V vắng, P vắng có lý do,
F2 a reason (the row becomes "vắng có lý do" with it). Backspace goes back one row and
takes its mark back. After the last row come the totals to compare with the paper,
and "Lưu" stores it all in one save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.meetings import MAX_NOTE, MeetingRow
from db.scope import WHOLE, Scope
from db.validation import PartialDate
from desktop.models.attendance_table import NOTE_COLUMN, STATUS_COLUMN
from desktop.pages.meetings.marking_window import BIG_POINTS, MarkingWindow, big_font
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import ElidedLabel

KEY_STATUS = {
    Qt.Key.Key_1: "present",
    Qt.Key.Key_C: "present",
    Qt.Key.Key_0: "absent",
    Qt.Key.Key_V: "absent",
    Qt.Key.Key_P: "excused",
}


class _EntryPanel(QFrame):
    """The row being typed, in large type; it owns the keyboard while typing."""

    def __init__(self, window: PaperEntryWindow) -> None:
        super().__init__(window)
        self.entry = window
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("entryPanel")
        self.setStyleSheet(
            "#entryPanel { background: #ffffff; border: 2px solid #1a56db; "
            "border-radius: 8px; } #entryPanel QLabel { border: none; }"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Mark and go on, go back, or open the reason."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)
            return
        if key in KEY_STATUS:
            self.entry.enter(KEY_STATUS[key])
        elif key == Qt.Key.Key_Backspace:
            self.entry.back()
        elif key == Qt.Key.Key_F2:
            self.entry.open_reason()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.entry.at_end():
            self.entry.save()
        else:
            super().keyPressEvent(event)


class _ReasonBox(QLineEdit):
    """The reason of the current row; Enter keeps it and goes on, Esc drops it."""

    def __init__(self, window: PaperEntryWindow) -> None:
        super().__init__(window)
        self.entry = window

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Enter records the reason, Esc goes back to marking without it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entry.enter("excused", self.text())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.entry.close_reason()
            return
        super().keyPressEvent(event)


class PaperEntryWindow(MarkingWindow):
    """Types a signed sheet in, row by row in the printed order."""

    def __init__(self, database: Database, tasks: TaskRunner, meeting: MeetingRow,
                 parent: QWidget | None = None, *, scope: Scope = WHOLE) -> None:
        super().__init__(database, tasks, meeting, parent, scope=scope)
        self.setWindowTitle(self.tr("Nhập từ danh sách đã ký"))
        self.position = 0
        self._arrived: list[int] = [0]
        """Where the undo stack stood when each row was reached: Backspace returns there."""
        self.title = ElidedLabel(self.heading())
        self.title.setFont(big_font(self, 15, bold=True))
        self.progress = QLabel()
        self.progress.setFont(big_font(self, 16))
        self.panel = _EntryPanel(self)
        self.number = QLabel()
        self.number.setFont(big_font(self, BIG_POINTS + 4, bold=True))
        self.number.setStyleSheet("color: #1a56db")
        # The whole name, wrapped if need be: it is compared with the paper letter by letter.
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        self.name.setFont(big_font(self, BIG_POINTS + 8, bold=True))
        self.details = ElidedLabel()
        self.details.setFont(big_font(self, 16))
        self.details.setStyleSheet("color: #444")
        self.current_mark = QLabel()
        self.current_mark.setFont(big_font(self, BIG_POINTS))
        self.current_mark.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label = QLabel(self.tr("Lý do vắng (Enter để ghi, Esc để thôi):"))
        self.reason_label.setFont(big_font(self, 14))
        self.reason = _ReasonBox(self)
        self.reason.setFont(big_font(self))
        self.reason.setMaxLength(MAX_NOTE)
        self.reason.setPlaceholderText(self.tr("Ví dụ: Bận việc gia đình"))
        self.reason_label.hide()
        self.reason.hide()
        # The same marks under the mouse or a finger, for whoever does not type.
        self.mark_buttons: dict[str, QPushButton] = {}
        marks = QHBoxLayout()
        for status, caption, style in (
            ("present", self.tr("Có mặt  (1)"), "background: #1e7d32; color: white;"),
            ("absent", self.tr("Vắng  (0)"), "background: white; color: #b3261e; "
                                             "border: 2px solid #b3261e;"),
            ("excused", self.tr("Có lý do  (P)"), "background: #fff4ce; color: #7a4f00; "
                                                  "border: 2px solid #c08a00;"),
        ):
            button = QPushButton(caption)
            button.setFont(big_font(self, BIG_POINTS, bold=True))
            button.setMinimumHeight(64)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(
                f"QPushButton {{ {style} border-radius: 8px; padding: 4px 12px; }}")
            button.clicked.connect(lambda _checked=False, status=status: self.enter(status))
            self.mark_buttons[status] = button
            marks.addWidget(button)
        self.reason_button = QPushButton(self.tr("Lý do…  (F2)"))
        self.reason_button.setFont(big_font(self, 16))
        self.reason_button.setMinimumHeight(64)
        self.reason_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reason_button.clicked.connect(self.open_reason)
        marks.addWidget(self.reason_button)
        self.summary = QLabel()
        self.summary.setFont(big_font(self, BIG_POINTS + 6, bold=True))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        keys = QLabel(self.tr(
            "1 hoặc C: có mặt · 0 hoặc V: vắng · P: vắng có lý do · F2: ghi lý do · "
            "Backspace: lùi lại một dòng"
        ))
        keys.setFont(big_font(self, 14))
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #444")
        self.keys_hint = keys
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(24, 16, 24, 16)
        inner.addWidget(self.number)
        inner.addWidget(self.name)
        inner.addWidget(self.details)
        inner.addWidget(self.summary)
        inner.addWidget(self.current_mark)
        inner.addSpacing(12)
        inner.addLayout(marks)
        inner.addWidget(self.reason_label)
        inner.addWidget(self.reason)
        inner.addStretch(1)
        inner.addWidget(keys)
        self.table = QTableView()
        self.table.setModel(self.people)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for column in range(self.people.columnCount()):
            self.table.setColumnHidden(
                column, column not in (0, STATUS_COLUMN, NOTE_COLUMN))
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(STATUS_COLUMN, 125)
        self.table.setColumnWidth(NOTE_COLUMN, 130)
        self.table.setFont(big_font(self, 12))
        self.table.clicked.connect(lambda _index: self.panel.setFocus())
        self.undo_button = QPushButton(self.tr("Lùi lại (Backspace)"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.save_button = QPushButton(self.tr("Lưu"))
        for button in (self.undo_button, self.close_button, self.save_button):
            button.setFont(big_font(self, 16, bold=button is self.save_button))
            button.setMinimumHeight(48)
            button.setMinimumWidth(130)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.setStyleSheet(
            "QPushButton { background: #1e7d32; color: white; border-radius: 6px; "
            "padding: 6px 24px; }"
        )
        self.undo_button.clicked.connect(self.back)
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        body = QHBoxLayout()
        body.addWidget(self.panel, 3)
        body.addWidget(self.table, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.setMinimumSize(640, 480)
        self.resize(1280, 720)
        self._show()

    # The walk down the sheet ------------------------------------------------------------

    def shown(self) -> None:
        """Start at row 1 of the paper."""
        self.position = 0
        self._arrived = [self.people.undo_stack.index()]
        self._show()

    def at_end(self) -> bool:
        """Tell whether every row of the sheet has been typed."""
        return self.position >= self.people.rowCount()

    def enter(self, status: str, reason: str | None = None) -> None:
        """Mark the current row as on the paper and go to the next one."""
        if self.at_end():
            return
        label = self.tr("Dòng {n}").format(n=self.position + 1)
        stack = self.people.undo_stack
        stack.beginMacro(label)
        self.people.set_status(self.position, status)
        if reason is not None:
            self.people.setData(self.people.index(self.position, NOTE_COLUMN), reason)
        stack.endMacro()
        self.position += 1
        del self._arrived[self.position:]
        self._arrived.append(stack.index())
        self.close_reason()

    def back(self) -> None:
        """Go back one row and take its mark back (Backspace)."""
        if self.position == 0:
            return
        self.position -= 1
        self.people.undo_stack.setIndex(self._arrived[self.position])
        del self._arrived[self.position + 1:]
        self.close_reason()

    def undo(self) -> None:
        """Ctrl+Z is Backspace here: one row back, its mark taken back."""
        self.back()

    def open_reason(self) -> None:
        """Type the reason of the current row (F2); Enter records it as "có lý do"."""
        if self.at_end():
            return
        self.reason.setText(self.people.row(self.position).note or "")
        self.reason_label.show()
        self.reason.show()
        self.reason.setFocus()
        self.reason.selectAll()

    def close_reason(self) -> None:
        """Put the keyboard back on the row."""
        self.reason_label.hide()
        self.reason.hide()
        self._show()

    def _show(self) -> None:
        total = self.people.rowCount()
        present, excused, absent = self.people.counts()
        if self.at_end():
            self.number.setText(self.tr("Đã nhập hết {n} dòng").format(n=total))
            self.current_mark.setText(self.tr(
                "Đối chiếu với tờ giấy rồi bấm Lưu (Enter). Backspace để sửa dòng cuối."))
            self.summary.setText(self.tr(
                "{p} có mặt, {a} vắng, {e} có lý do"
            ).format(p=present, a=absent, e=excused))
            self.summary.show()
            self.current_mark.setWordWrap(True)
            self.table.clearSelection()
        else:
            row = self.people.row(self.position)
            self.number.setText(self.tr("STT {n} / {t}").format(n=self.position + 1, t=total))
            self.name.setText(row.full_name)
            year = str(PartialDate.from_iso(row.birth_date).year) if row.birth_date else ""
            self.details.setText(" · ".join(
                part for part in (year, row.branch, row.title) if part))
            self.current_mark.setText(self.tr("Trong sổ đang ghi: {mark}").format(
                mark=self._mark_text(row.status, row.note)))
            self.summary.hide()
            self.table.selectRow(self.position)
            self.table.scrollTo(self.people.index(self.position, 0),
                                QAbstractItemView.ScrollHint.PositionAtCenter)
        self.progress.setText(self.tr(
            "Đã nhập {d}/{t} dòng · {p} có mặt, {a} vắng, {e} có lý do"
        ).format(d=min(self.position, total), t=total, p=present, a=absent, e=excused))
        self.undo_button.setEnabled(self.position > 0)
        for widget in (self.name, self.details, *self.mark_buttons.values(),
                       self.reason_button):
            widget.setVisible(not self.at_end())
        if self.reason.isHidden():
            self.panel.setFocus()

    def _mark_text(self, status: str, note: str | None) -> str:
        index = self.people.index(self.position, STATUS_COLUMN)
        label = str(self.people.data(index) or status)
        return f"{label} — {note}" if note else label

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        """Open with the keyboard on the row."""
        super().showEvent(event)
        if self.reason.isHidden():
            self.panel.setFocus()
