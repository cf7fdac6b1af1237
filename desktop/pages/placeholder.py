"""A plain page for an area that this version does not have yet.

It says so in words: a page that pretends (empty tables, buttons that do nothing)
would make a chair think her data is gone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NotYetPage(QWidget):
    """Tells the person that an area is planned but not in this version."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(
            self.tr("{purpose}\n\nPhần này chưa có trong phiên bản Sổ Hội đang dùng; "
                    "dữ liệu của bạn không bị ảnh hưởng.").format(purpose=purpose)
        )
        body.setWordWrap(True)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label)
        layout.addStretch(1)
