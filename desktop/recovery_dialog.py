"""The recovery window: the register is damaged, here is the newest good copy.

A damaged register used to crash the window before the settings page (and its Restore
button) could be reached. At start-up the damage is caught and this dialog offers the
newest copy that passes verification, another copy chosen by hand, or quitting. The
damaged file itself is kept as a "before restore" copy by :func:`db.backup.restore_backup`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.backup import BackupInfo, newest_verified_backup, restore_backup, verify_backup
from db.backup_crypto import is_encrypted_backup
from db.errors import UserError
from desktop.error_text import error_text
from desktop.widgets.screen_fit import fit_to_screen


class RecoveryDialog(QDialog):
    """Offer the newest verified copy of a damaged register; accept once restored."""

    def __init__(self, db_path: Path, backup_folder: Path, problem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.backup_folder = backup_folder
        self.setWindowTitle(self.tr("Sổ Hội — tệp dữ liệu bị hỏng"))
        self.newest: BackupInfo | None = newest_verified_backup(backup_folder)
        intro = QLabel(self.tr(
            "Không mở được tệp dữ liệu {name}: tệp bị hỏng (có thể do mất điện hoặc ổ đĩa "
            "lỗi). Có thể khôi phục từ một bản sao lưu; tệp hỏng vẫn được giữ lại."
        ).format(name=db_path.name))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        detail = QLabel(problem)
        detail.setWordWrap(True)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        self.offer = QLabel()
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        self.restore_newest = QPushButton(self.tr("Khôi phục bản này"))
        self.choose_other = QPushButton(self.tr("Chọn bản sao lưu khác…"))
        self.quit_button = QPushButton(self.tr("Thoát"))
        buttons.addButton(self.restore_newest, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.choose_other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_newest.clicked.connect(self._restore_newest)
        self.choose_other.clicked.connect(self._choose_other)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, detail, self.offer, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        if self.newest is None:
            self.offer.setText(self.tr(
                "Không tìm thấy bản sao lưu tốt nào trong {folder}. Hãy chọn một bản sao "
                "lưu (ví dụ trên USB), hoặc nhờ cán bộ kỹ thuật."
            ).format(folder=backup_folder))
            self.restore_newest.setEnabled(False)
        else:
            self.offer.setText(self.tr(
                "Bản sao lưu tốt mới nhất: {kind}, lúc {when} ({file})."
            ).format(kind=self.tr(self.newest.kind_label),
                     when=self.newest.taken_at.strftime("%d/%m/%Y %H:%M"),
                     file=self.newest.path.name))
        fit_to_screen(self, QSize(560, 280))

    def restore_from(self, source: Path, passphrase: str | None = None) -> bool:
        """Restore ``source`` over the damaged register; True when it is done."""
        try:
            restore_backup(source, self.db_path, self.backup_folder,
                           dt.datetime.now().replace(microsecond=0), passphrase)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return False
        self.accept()
        return True

    def _restore_newest(self) -> None:
        if self.newest is not None:
            self.restore_from(self.newest.path)

    def _choose_other(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản sao lưu"), str(self.backup_folder),
            self.tr("Bản sao lưu Sổ Hội (*.sqlite *.sohoi)"))
        if not chosen:
            return
        source = Path(chosen)
        passphrase: str | None = None
        if is_encrypted_backup(source):
            text, ok = QInputDialog.getText(
                self, self.tr("Cụm mật khẩu sao lưu"),
                self.tr("Bản sao lưu này được mã hóa. Nhập cụm mật khẩu sao lưu:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return
            passphrase = text
        result = verify_backup(source, passphrase)
        if not result.ok:
            self.message.setText(error_text(result.message))
            return
        self.restore_from(source, passphrase)


def is_damage(exc: BaseException) -> bool:
    """Tell whether ``exc`` says the register file is damaged (not busy, not read-only)."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError as SqlAlchemyDatabaseError

    from db.errors import NotADatabaseError

    if isinstance(exc, NotADatabaseError):
        return True
    original = exc.orig if isinstance(exc, SqlAlchemyDatabaseError) else exc
    if isinstance(original, sqlite3.DatabaseError) and not isinstance(
        original, sqlite3.OperationalError
    ):
        return True
    text = str(original).lower()
    return "malformed" in text or "not a database" in text
