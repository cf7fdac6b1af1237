"""Keep windows and long texts inside the screen a commune office really has.

Offices run 1366x768 laptops with a taskbar, so a dialog that asks for a fixed
size or a label that grows with a long meeting topic pushes buttons off-screen.
Every dialog sizes itself through `fit_to_screen`, and long texts use
`ElidedLabel`, which shortens the text and keeps the full text as tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize `widget` to `wanted`, capped to the available area of its screen.

    Args:
        widget: the window or dialog to size.
        wanted: the size it would like on a large screen.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(wanted)
        return
    area = screen.availableGeometry()
    # Leave room for the window frame the platform adds around the client area.
    width = min(wanted.width(), area.width() - 16)
    height = min(wanted.height(), area.height() - 40)
    widget.resize(max(width, 200), max(height, 150))


class ElidedLabel(QLabel):
    """A one-line label that shortens its text instead of widening the window."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        """Remember the full text, show it shortened and as tooltip."""
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        """Return the text before shortening."""
        return self._full_text

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Ask for little width so the layout, not the text, decides it."""
        hint = super().minimumSizeHint()
        return QSize(40, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full_text, Qt.TextElideMode.ElideRight, max(self.width(), 40)
        )
        super().setText(shown)
