"""The login dialog shown at start when the office has switched accounts on.

Two fields and one button, in Vietnamese: Enter in the name moves to the password,
Enter in the password logs in. A refusal says only "Tên đăng nhập hoặc mật khẩu không
đúng." (never which of the two), keeps the name, empties the password and puts the
cursor back in it. After five wrong passwords the account pauses and the message says
until when. Closing the dialog ("Thoát", Esc, the window's ×) quits the application:
nothing of the register is shown before a login.

The check runs on the database writer (a failed attempt is counted in the register),
through :func:`db.accounts.log_in`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.accounts import AccountInfo, LoginRefusedError, log_in
from db.engine import Database
from db.errors import UserError
from desktop.error_text import error_text
from desktop.tasks import TaskRunner
from desktop.widgets.field_errors import ERROR_STYLE

log = logging.getLogger(__name__)

LAST_USERNAME_KEY = "login/last_username"
"""Where the name of the last person who logged in on this PC is remembered."""


class LoginDialog(QDialog):
    """Ask a username and a password; ``account`` holds who logged in once accepted.

    Args:
        database: the open register (accounts are read and failures counted there).
        tasks: the runner; the check runs on its single writer.
        union_name: the union whose register this is, shown as the heading.
        parent: owning window (None at start).
        clock: the current moment, local time (tests fix it).
    """

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        union_name: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.clock = clock or dt.datetime.now
        self.account: AccountInfo | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Đăng nhập — Sổ Hội"))

        heading = QLabel(self.tr("<b style='font-size:15pt'>Sổ Hội</b>"))
        unit = QLabel(union_name)
        unit.setTextFormat(Qt.TextFormat.PlainText)
        unit.setStyleSheet("font-size: 11pt;")
        intro = QLabel(self.tr("Hãy đăng nhập bằng tài khoản người quản trị đã cấp cho bạn."))
        intro.setWordWrap(True)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("ví dụ: lan.nguyen"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setMaxLength(200)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self.tr("Hiện mật khẩu"))
        self.show_password.toggled.connect(self._toggle_echo)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow("", self.show_password)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        forgot = QLabel(self.tr("Quên mật khẩu? Hãy nhờ người quản trị đặt lại mật khẩu mới."))
        forgot.setWordWrap(True)
        forgot.setStyleSheet("color: #555;")

        self.buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("Đăng nhập"))
        self.login_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Thoát"))
        self.quit_button.setAutoDefault(False)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.clicked.connect(self.try_login)
        self.quit_button.clicked.connect(self.reject)
        self.username.textEdited.connect(lambda _text: self.message.hide())
        self.password.textEdited.connect(lambda _text: self.message.hide())

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(unit)
        layout.addSpacing(6)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(forgot)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        last = QSettings().value(LAST_USERNAME_KEY, "")
        if isinstance(last, str) and last:
            self.username.setText(last)
            self.password.setFocus()
        else:
            self.username.setFocus()

    def _toggle_echo(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def try_login(self) -> None:
        """Check the typed name and password on the writer; accept when they are right."""
        if self._busy:
            return
        username = self.username.text()
        password = self.password.text()
        if not username.strip():
            self.show_message(self.tr("Hãy nhập tên đăng nhập."))
            self.username.setFocus()
            return
        if not password:
            # Enter in the name field lands here: moving on to the password is the
            # answer, not a message.
            if not self.username.hasFocus():
                self.show_message(self.tr("Hãy nhập mật khẩu."))
            self.password.setFocus()
            return
        database, now = self.database, self.clock()
        self._set_busy(True)
        self.tasks.write(lambda: log_in(database, username, password, now),
                         self._logged_in, self._refused)

    def _logged_in(self, account: AccountInfo) -> None:
        self._set_busy(False)
        self.account = account
        QSettings().setValue(LAST_USERNAME_KEY, account.username)
        self.password.clear()
        self.accept()

    def _refused(self, exc: BaseException, _details: str) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, LoginRefusedError | UserError):
            self.show_message(error_text(exc))
        else:
            log.error("login failed unexpectedly: %s", type(exc).__name__)
            self.show_message(self.tr(
                "Không kiểm tra được tài khoản do lỗi không mong muốn; hãy thử lại."))

    def show_message(self, text: str) -> None:
        """Show why the login did not succeed, under the fields."""
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def reject(self) -> None:
        """Quit (the caller ends the application); never while a check is running."""
        if not self._busy:
            super().reject()


def ask_login(database: Database, tasks: TaskRunner, union_name: str) -> AccountInfo | None:
    """Show the login dialog until someone logs in; None when it was closed instead."""
    dialog = LoginDialog(database, tasks, union_name)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    account = dialog.account if accepted else None
    dialog.deleteLater()
    return account
