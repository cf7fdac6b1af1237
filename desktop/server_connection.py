"""« Kết nối máy chủ »: a PC of a province office that opens the register on the server.

The address of the server's register (``postgresql://user@host/database``) is
remembered in the program's settings, so each start opens it without ``--db``. Its
password is never stored: it is asked at each start (a PC of the office is shared, and
the settings are a plain file or registry key anyone on the PC can read).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

SETTINGS_KEY = "server/url"


def without_password(url: str) -> str:
    """Return the address with any password taken out (what may be stored or shown)."""
    from sqlalchemy.engine import URL, make_url

    given = make_url(url)
    return URL.create(given.drivername, given.username, None, given.host, given.port,
                      given.database, given.query).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    """Return the address with ``password`` put in (only kept in memory)."""
    from sqlalchemy.engine import make_url

    bare = make_url(without_password(url))
    return (bare.set(password=password) if password else bare).render_as_string(
        hide_password=False)


def remembered_server() -> str | None:
    """Return the server address this PC opens at start, or None for the local file."""
    value = QSettings().value(SETTINGS_KEY, "")
    return str(value) if value else None


def remember_server(url: str | None) -> None:
    """Open ``url`` at each start from now on (None: the register file on this PC)."""
    settings = QSettings()
    if url:
        settings.setValue(SETTINGS_KEY, without_password(url))
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()


def ask_password(url: str, parent: QWidget | None = None) -> str | None:
    """Ask the server's password at start; return the address to open, None if cancelled."""
    from sqlalchemy.engine import make_url

    if make_url(url).password:
        return url
    password, accepted = QInputDialog.getText(
        parent, QCoreApplication.translate("server_connection", "Kết nối máy chủ"),
        QCoreApplication.translate(
            "server_connection", "Mật khẩu của người dùng máy chủ {user} ({address}):").format(
            user=make_url(url).username or "", address=without_password(url)),
        QLineEdit.EchoMode.Password)
    if not accepted:
        return None
    return with_password(url, password)


class ServerConnectionDialog(QDialog):
    """The address of the server's register and its password, for « Kết nối máy chủ »."""

    def __init__(self, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết nối máy chủ"))
        explain = QLabel(self.tr(
            "Văn phòng có nhiều máy cùng dùng một sổ trên máy chủ PostgreSQL: nhập địa chỉ "
            "người quản trị máy chủ đưa, dạng postgresql://người_dùng@máy_chủ/tên_csdl. "
            "Mật khẩu không được lưu; Sổ Hội hỏi lại mỗi lần mở. Để trống địa chỉ để dùng "
            "tệp dữ liệu trên máy này."))
        explain.setWordWrap(True)
        self.address = QLineEdit(current or "")
        self.address.setPlaceholderText("postgresql://sohoi@may-chu/sohoi")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Địa chỉ:"), self.address)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        """Return the address typed (with the password, in memory only), None if empty."""
        from db.dialects import is_server_url

        text = self.address.text().strip()
        if not text:
            return None
        if not is_server_url(text):
            return text  # refused by accept(), with what an address looks like
        return with_password(text, self.password.text())

    def accept(self) -> None:
        """Refuse an address that does not name a PostgreSQL server."""
        from db.dialects import is_server_url

        text = self.address.text().strip()
        if text and not is_server_url(text):
            self.problem.setText(self.tr(
                "Địa chỉ máy chủ bắt đầu bằng postgresql:// (ví dụ "
                "postgresql://sohoi@may-chu/sohoi)."))
            return
        try:
            if text:
                without_password(text)
        except Exception:
            self.problem.setText(self.tr("Địa chỉ máy chủ không đúng dạng."))
            return
        super().accept()
