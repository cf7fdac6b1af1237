"""Choosing the backup passphrase, once: typed twice, with what losing it means.

Copies on a USB stick are encrypted with it (:mod:`db.backup_crypto`); the register keeps
only a verifier. The dialog says in plain words that a lost passphrase means lost copies,
and the page then offers the printable recovery sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.backup import lost_passphrase_warning
from db.backup_crypto import check_new_passphrase
from db.errors import UserError
from desktop.error_text import error_text
from desktop.widgets.screen_fit import fit_to_screen


class PassphraseDialog(QDialog):
    """Ask for a new backup passphrase twice; ``passphrase`` holds it once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đặt cụm mật khẩu sao lưu"))
        self.passphrase = ""
        intro = QLabel(self.tr(
            "Bản sao lưu ra USB được mã hóa bằng cụm mật khẩu này, để ai nhặt được USB cũng "
            "không đọc được thông tin của hội viên. Cụm mật khẩu chỉ đặt một lần; nên dùng "
            "vài từ dễ nhớ, ví dụ « hoa sen nở tháng sáu »."
        ))
        intro.setWordWrap(True)
        warning = QLabel(self.tr(lost_passphrase_warning()))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setStyleSheet("font-weight: bold")
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Cụm mật khẩu:"), self.first)
        form.addRow(self.tr("Nhập lại:"), self.second)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đặt cụm mật khẩu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thôi"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(520, 300))

    def accept(self) -> None:
        """Refuse a short or mistyped passphrase with the reason under the fields."""
        try:
            check_new_passphrase(self.first.text(), self.second.text())
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.passphrase = self.first.text()
        super().accept()
