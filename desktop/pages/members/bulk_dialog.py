"""Changing many members at once: the branch, or the status, of the rows selected.

The dialog only asks what to change to; the page confirms once and stores the whole
change as one operation (:func:`db.members.bulk_change_branch`,
:func:`db.members.bulk_change_status`), so either every selected member changes or none.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.widgets.screen_fit import narrow_combo


class BulkChangeDialog(QDialog):
    """Choose one value (a branch or a status) for the selected members.

    With ``dated``, the dialog also asks the day the change took effect and why, as a
    status change needs.
    """

    def __init__(self, title: str, label: str, choices: list[tuple[str, str | None]],
                 count: int, *, dated: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = narrow_combo(QComboBox())
        self.choice.setObjectName("bulk_choice")
        for text, value in choices:
            self.choice.addItem(text, value)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Áp dụng cho {count} hội viên đã chọn.").format(count=count)))
        form.addRow(label, self.choice)
        self.effective_on: QDateEdit | None = None
        self.reason: QLineEdit | None = None
        if dated:
            self.effective_on = QDateEdit(QDate.currentDate())
            self.effective_on.setCalendarPopup(True)
            self.effective_on.setDisplayFormat("dd/MM/yyyy")
            self.reason = QLineEdit()
            form.addRow(self.tr("Từ ngày"), self.effective_on)
            form.addRow(self.tr("Lý do"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tiếp tục"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> str | None:
        """Return the value chosen (a branch key, None for no branch, or a status)."""
        data = self.choice.currentData()
        return None if data is None else str(data)

    def day(self) -> dt.date:
        """Return the day the change took effect (today when not asked)."""
        if self.effective_on is None:
            return dt.date.today()
        return self.effective_on.date().toPython()  # type: ignore[no-any-return]

    def why(self) -> str:
        """Return the reason typed, if asked."""
        return self.reason.text() if self.reason is not None else ""
