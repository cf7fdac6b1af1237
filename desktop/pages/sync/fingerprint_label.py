"""A fingerprint shown big enough to be read aloud over the phone, and copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


class FingerprintLabel(QLabel):
    """Monospaced, large and selectable: "1E70 666A 413E 03AD D1F8 5F1F B211 2089".

    A monospaced face keeps the groups aligned and tells 0 from O and 1 from I, which
    matters when two people compare the same 32 characters on two screens.
    """

    def __init__(self, point_size: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(point_size)
        font.setBold(True)
        self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setStyleSheet("color: #1a3d6d; padding: 4px 0")

    def set_fingerprint(self, fingerprint: str | None, missing: str = "") -> None:
        """Show a fingerprint, or ``missing`` in ordinary type when there is none yet."""
        if fingerprint:
            self.setText(fingerprint)
            self.setStyleSheet("color: #1a3d6d; padding: 4px 0")
        else:
            self.setText(missing)
            self.setStyleSheet("color: #8a5a00; padding: 4px 0; font-size: 11pt;"
                               " font-weight: normal; font-family: sans-serif")
