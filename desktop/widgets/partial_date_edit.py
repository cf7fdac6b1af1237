"""A line edit for dates known only to the year, the month or the day (birth dates).

Old registers often give only "1985" or "3/1985" for a birth date; a calendar widget
would force the officer to invent a day. This field takes whatever
:func:`db.validation.parse_partial_date` understands, tidies it to the printed form
("03/1985") when the officer moves on, and, when it cannot be read, leaves the text
exactly as typed so it can be corrected instead of retyped.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from db.validation import PartialDate, ValidationError, parse_partial_date
from desktop.error_text import error_text


class PartialDateEdit(QLineEdit):
    """Text field for a birth date typed as "1985", "3/1985" or "12/03/1985".

    Signals:
        problemChanged(str): the Vietnamese reason the text cannot be read, or "" once it
            can (or is empty); emitted when the officer leaves the field, so a form can
            show the reason beside it without nagging at every keystroke.
    """

    problemChanged = Signal(str)  # noqa: N815 - Qt's signal naming

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        field: str = "birth_date",
        today: dt.date | None = None,
    ) -> None:
        """Create an empty field.

        Args:
            parent: Owning widget.
            field: Code name of the field, so messages name it the way the db layer does.
            today: The date that counts as today (tests pin it); by default the real one.
        """
        super().__init__(parent)
        self._field = field
        self._today = today
        self._problem = ""
        self.setPlaceholderText(self.tr("ngày/tháng/năm hoặc năm"))
        self.setToolTip(
            self.tr("Ví dụ: 12/03/1985, 3/1985 hoặc chỉ năm 1985 nếu không rõ ngày tháng.")
        )
        self.setMaxLength(20)
        self.editingFinished.connect(self.tidy)

    def partial_date(self) -> PartialDate | None:
        """Return the date typed, or None when the field is empty or cannot be read.

        Callers that must tell "empty" from "unreadable" check :meth:`problem`.
        """
        try:
            return self._parse()
        except ValidationError:
            return None

    def set_partial_date(self, value: PartialDate | None) -> None:
        """Show a stored date in the printed form, or clear the field for None."""
        self.setText(value.display() if value is not None else "")
        self._set_problem("")

    def problem(self) -> str:
        """Return why the current text cannot be read ("" when it can, or is empty)."""
        try:
            self._parse()
        except ValidationError as exc:
            return error_text(exc)
        return ""

    def tidy(self) -> None:
        """Rewrite a readable date in its printed form; keep unreadable text as it is.

        Rewriting only valid input means nothing typed is ever thrown away: a slip such
        as "31/02/1985" stays on screen, with its reason, ready to be corrected.
        """
        try:
            value = self._parse()
        except ValidationError as exc:
            self._set_problem(error_text(exc))
            return
        self._set_problem("")
        if value is not None and self.text() != value.display():
            self.setText(value.display())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Tidy when focus leaves even without Enter (a click elsewhere, Tab, a dialog)."""
        super().focusOutEvent(event)
        self.tidy()

    def _parse(self) -> PartialDate | None:
        if not self.text().strip():
            return None
        return parse_partial_date(
            self.text(), field=self._field, today=self._today or dt.date.today()
        )

    def _set_problem(self, message: str) -> None:
        if message != self._problem:
            self._problem = message
            self.problemChanged.emit(message)
