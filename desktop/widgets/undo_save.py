""""Đã lưu … [Hoàn tác]": a way back from the last save of a form, offered once.

A form's save is one operation on the writer; taking it back is another, that writes
the values as they were before (with the record's new version, so a change made
meanwhile elsewhere is still refused). The bar sits on the page that opened the form
and offers only the newest save: older ones may have been built upon since.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class LastSaveBar(QWidget):
    """A line saying what was just saved, with "Hoàn tác" to take it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Hoàn tác lần lưu này"))
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self._undo: Callable[[], None] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """Say ``text`` ("Đã lưu buổi sinh hoạt ngày …") and keep ``undo`` for the button."""
        self._undo = undo
        self.message.setText(text)
        self.show()

    def forget(self) -> None:
        """Withdraw the offer (another save, another record, a reload from elsewhere)."""
        self._undo = None
        self.hide()

    @property
    def offered(self) -> bool:
        """Tell whether a save can be taken back now."""
        return self._undo is not None

    def undo(self) -> None:
        """Take back the last save, once."""
        undo, self._undo = self._undo, None
        self.hide()
        if undo is not None:
            undo()
