"""An optional date: a day-month-year picker that can also say "no date yet"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

NO_DATE = QDate(1900, 1, 1)
"""The value an empty optional date edit holds; shown as "chưa có", never stored."""


class OptionalDateEdit(QWidget):
    """A day-month-year picker that can also say "no date yet".

    Joining and card dates are often unknown for members copied from old paper lists,
    and inventing one would be worse than leaving it empty. The tick box in front (as
    in Windows' own date pickers) switches the date on; without it the field reads
    "chưa có" and gives None.

    Signals:
        changed(): the date or its presence changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Đánh dấu để nhập ngày; bỏ dấu nếu chưa có ngày."))
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("chưa có"))
        self.edit.setMinimumWidth(130)
        self._last = QDate.currentDate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self._date_changed)
        self.set_date(None)

    def date(self) -> dt.date | None:
        """Return the date shown, or None when the field says "chưa có"."""
        if not self.check.isChecked() or self.edit.date() <= NO_DATE:
            return None
        value = self.edit.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def set_date(self, value: dt.date | None) -> None:
        """Show a date, or "chưa có" for None."""
        if value is not None:
            self._last = QDate(value)
        self.check.setChecked(value is not None)
        self._toggled(value is not None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.setDate(self._last if on else NO_DATE)
        self.setFocusProxy(self.edit if on else self.check)
        self.changed.emit()

    def _date_changed(self, value: QDate) -> None:
        if self.check.isChecked() and value > NO_DATE:
            self._last = value
        self.changed.emit()
