"""The accounts section of Cài đặt: switching logins on or off, and the list of people.

Accounts are off by default and the section then says so in one sentence, with one
button to switch them on. Switching on asks for the first quản trị (username, name,
password twice) in the same form, so the office can never end up with logins and
nobody able to manage them. When accounts are on, a quản trị sees every account with
its role and state and can add one, change a name, a role or whether it may log in,
give someone a new password, or switch logins off again. Anyone logged in can change
her own password; nobody ever sees a password or its hash.

Every change runs on the database writer; the forms keep what was typed when the
register refuses it and show the reason under the field concerned.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.accounts import (
    MIN_PASSWORD_LENGTH,
    AccountConflictError,
    AccountDraft,
    AccountInfo,
    Action,
    InvalidAccountError,
    Role,
    accounts_enabled,
    change_own_password,
    create_account,
    disable_accounts,
    enable_accounts,
    list_accounts,
    reset_password,
    update_account,
)
from db.engine import Database
from db.errors import UserError
from db.site import get_site
from db.units import list_branches
from desktop.error_text import error_text
from desktop.models.row_table import RowTableModel
from desktop.session_user import OFFICE, SessionUser, start_session
from desktop.tasks import TaskRunner
from desktop.widgets import conflict_dialog, messages
from desktop.widgets.field_errors import (
    ask_discard,
    error_label,
    fit_height,
    show_not_saved,
    with_error,
)
from desktop.widgets.tables import set_up_list_table

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

ENABLE = "enable"
ADD = "add"
EDIT = "edit"


class AccountTableModel(RowTableModel):
    """The accounts, active ones first."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("AccountTableModel", "Tên đăng nhập")),
        str(QT_TRANSLATE_NOOP("AccountTableModel", "Họ và tên")),
        str(QT_TRANSLATE_NOOP("AccountTableModel", "Vai trò")),
        str(QT_TRANSLATE_NOOP("AccountTableModel", "Trạng thái")),
    )

    def __init__(self, parent: Any = None,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self.clock = clock

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the account's name, role and state in words."""
        account: AccountInfo | None = self.row_at(index.row())
        if account is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (account.username, account.display_name, self.role_text(account),
                    self.state(account))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return QColor("#777777")
        return None

    def role_text(self, account: AccountInfo) -> str:
        """Name the role, with a branch leader's branches: "Chi hội (Thôn 1, Thôn 2)"."""
        label = self.tr(account.role_label)
        if not account.branch_names:
            return label
        names = ", ".join(name.removeprefix("Chi hội ") for name in account.branch_names)
        return f"{label} ({names})"

    def state(self, account: AccountInfo) -> str:
        """Say whether the account may log in now."""
        if not account.active:
            return self.tr("Ngừng hoạt động")
        now = self.clock()
        until = account.locked_until
        if until is not None and account.is_locked(now):
            shown = f"{until:%H:%M}" if until.date() == now.date() else f"{until:%H:%M %d/%m/%Y}"
            return self.tr("Tạm khóa đến {time}").format(time=shown)
        return self.tr("Đang hoạt động")


class _Form(QDialog):
    """A small form with a message under each field and Lưu / Hủy buttons."""

    saved = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = error_label()
        self._saving = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def add_field(self, name: str, caption: str, widget: QWidget) -> None:
        """Add a labelled input with its (hidden) message underneath."""
        self.fields[name] = widget
        self.errors[name] = error_label()
        self.form.addRow(caption, with_error(widget, self.errors[name]))
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, n=name: self.errors[n].hide())

    def password_edit(self) -> QLineEdit:
        """Return a hidden-text input for a password."""
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(200)
        return edit

    def finish_layout(self, *intro: QWidget) -> None:
        """Put the introduction, the fields, the general message and the buttons in place."""
        layout = QVBoxLayout(self)
        for widget in intro:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._initial = self._typed()

    def _typed(self) -> tuple[object, ...]:
        """Return what the inputs hold, to tell whether anything was typed."""
        values: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QCheckBox):
                values.append(widget.isChecked())
            elif isinstance(widget, QListWidget):
                values.append(tuple(widget.item(i).checkState() == Qt.CheckState.Checked
                                    for i in range(widget.count())))
        return tuple(values)

    def run(self, work: Callable[[], Any]) -> None:
        """Store on the writer; close when done, show the messages when refused."""
        if self._saving:
            return
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        self._set_saving(True)
        self.tasks.write(work, self._done, self._failed)

    def save(self) -> None:
        """Check and store what was typed (each form says how)."""
        raise NotImplementedError

    def _done(self, result: object) -> None:
        self._set_saving(False)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._set_saving(False)
        if isinstance(exc, InvalidAccountError):
            self.show_errors(exc.errors)
        elif isinstance(exc, UserError):
            self.show_errors({"": error_text(exc)})
        else:
            log.error("account change failed: %s", type(exc).__name__)
            show_not_saved(self, self.tr("Chưa lưu được. Những gì bạn nhập vẫn còn trên màn "
                                         "hình; hãy thử lại."), details)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message under its field; others above the buttons."""
        general = []
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                general.append(message)
            else:
                label.setText(message)
                label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        first = next((name for name in self.fields if name in errors), None)
        if first is not None:
            self.fields[first].setFocus()
        fit_height(self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def reject(self) -> None:
        """Close, but never in the middle of a save, nor drop what was typed unasked."""
        if self._saving:
            return
        if self._typed() != self._initial and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        """Ask before throwing away what was typed; "Quay lại" (keep typing) is the default."""
        return ask_discard(self, self.windowTitle())


class AccountDialog(_Form):
    """Switch accounts on (with the first quản trị), add an account, or change one.

    Signals:
        saved(AccountInfo): the account as stored.
    """

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        mode: str,
        account: AccountInfo | None = None,
        *,
        by: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.database = database
        self.mode = mode
        self.account = account
        self.seen = account  # a save refuses when another quản trị changed it meanwhile
        self.by = by
        titles = {
            ENABLE: self.tr("Bật tài khoản đăng nhập"),
            ADD: self.tr("Thêm tài khoản"),
            EDIT: self.tr("Sửa tài khoản"),
        }
        self.setWindowTitle(titles[mode])
        intro: list[QWidget] = []
        if mode == ENABLE:
            text = QLabel(self.tr(
                "Khi bật, mỗi lần mở Sổ Hội sẽ hỏi tên đăng nhập và mật khẩu, và mỗi người "
                "chỉ làm được việc theo vai trò của mình. Hãy tạo tài khoản quản trị đầu "
                "tiên (thường là Chủ tịch Hội): người này thêm tài khoản cho những người "
                "khác và đặt lại mật khẩu khi có người quên."))
            text.setWordWrap(True)
            intro.append(text)

        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("chữ không dấu, ví dụ: lan.nguyen"))
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(120)
        self.display_name.setPlaceholderText(self.tr("ví dụ: Nguyễn Thị Lan"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(self.tr(role.label), str(role))
        self.role_note = QLabel()
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("color: #555;")
        self.role.currentIndexChanged.connect(self._show_role_note)
        self.active = QCheckBox(self.tr("Được đăng nhập (đang hoạt động)"))
        # A chi hội account's branches: a checklist, since a leader may head two.
        self.branches = QListWidget()
        self.branches.setObjectName("accountBranches")
        self.branches.setMaximumHeight(110)
        chosen = set(account.branch_ids) if account is not None else set()
        with database.reading() as session:
            commune_id = get_site(session).unit_id
            for branch in list_branches(session, commune_id, dt.date.today().year):
                item = QListWidgetItem(branch.name, self.branches)
                item.setData(Qt.ItemDataRole.UserRole, branch.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if branch.id in chosen
                                   else Qt.CheckState.Unchecked)
        self.sensitive = QCheckBox(self.tr("Được xem dân tộc, tôn giáo của hội viên chi hội"))
        self.sensitive.setObjectName("accountSensitive")
        self.sensitive.setChecked(account is not None and account.sees_sensitive)
        self.password = self.password_edit()
        self.password.setPlaceholderText(
            self.tr("ít nhất {n} ký tự").format(n=MIN_PASSWORD_LENGTH))
        self.password_again = self.password_edit()

        if mode == EDIT and account is not None:
            shown = QLabel(account.username)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            self.form.addRow(self.tr("Tên đăng nhập:"), shown)
        else:
            self.add_field("username", self.tr("Tên đăng nhập:"), self.username)
        self.add_field("display_name", self.tr("Họ và tên:"), self.display_name)
        if mode == ENABLE:
            self.form.addRow(self.tr("Vai trò:"), QLabel(self.tr(Role.ADMIN.label)))
        else:
            self.add_field("role", self.tr("Vai trò:"), self.role)
            self.form.addRow("", self.role_note)
            self.add_field("branches", self.tr("Chi hội:"), self.branches)
            self.form.addRow("", self.sensitive)
        if mode == EDIT:
            self.form.addRow("", self.active)
        else:
            self.add_field("password", self.tr("Mật khẩu:"), self.password)
            self.add_field("password_again", self.tr("Nhập lại mật khẩu:"), self.password_again)
        if account is not None:
            self._fill(account)
        else:
            self.role.setCurrentIndex(max(0, self.role.findData(str(Role.ENTRY))))
            self.active.setChecked(True)
        self._show_role_note()
        if mode == ENABLE:
            self.save_button.setText(self.tr("Bật tài khoản"))
        self.finish_layout(*intro)
        (self.display_name if mode == EDIT else self.username).setFocus()

    def _fill(self, account: AccountInfo) -> None:
        self.display_name.setText(account.display_name)
        self.role.setCurrentIndex(max(0, self.role.findData(account.role)))
        self.active.setChecked(account.active)
        chosen = set(account.branch_ids)
        for i in range(self.branches.count()):
            item = self.branches.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.sensitive.setChecked(account.sees_sensitive)

    def _show_role_note(self) -> None:
        role = self.role.currentData()
        self.role_note.setText(self.tr(Role(role).description) if role else "")
        branch = role == Role.BRANCH and self.mode != ENABLE
        for row in (self.branches.parentWidget(), self.sensitive):
            if row is not None and self.form.indexOf(row) >= 0:
                self.form.setRowVisible(row, branch)

    def chosen_branches(self) -> tuple[str, ...]:
        """Return the keys of the checked branches, in list order."""
        return tuple(
            str(self.branches.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.branches.count())
            if self.branches.item(i).checkState() == Qt.CheckState.Checked
        )

    def check_branch(self, name: str, checked: bool = True) -> None:
        """Tick (or untick) a branch by its name, as a click on its box would."""
        for i in range(self.branches.count()):
            item = self.branches.item(i)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def save(self) -> None:
        """Store the account (switching accounts on first, in ENABLE mode)."""
        database, by = self.database, self.by
        draft = AccountDraft(
            username=self.username.text(),
            display_name=self.display_name.text(),
            role=str(self.role.currentData()),
            password=self.password.text(),
            password_again=self.password_again.text(),
            branch_ids=self.chosen_branches(),
            sees_sensitive=self.sensitive.isChecked(),
        )
        if self.mode == ENABLE:
            def work() -> AccountInfo:
                with database.transaction() as session:
                    return enable_accounts(session, draft)
        elif self.mode == ADD:
            def work() -> AccountInfo:
                with database.transaction() as session:
                    return create_account(session, draft, by=by)
        else:
            assert self.account is not None
            account_id, active, seen = self.account.id, self.active.isChecked(), self.seen

            def work() -> AccountInfo:
                with database.transaction() as session:
                    return update_account(session, account_id, display_name=draft.display_name,
                                          role=draft.role, active=active, by=by,
                                          branch_ids=draft.branch_ids,
                                          sees_sensitive=draft.sees_sensitive, seen=seen)
        self.run(work)

    def _failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, AccountConflictError):
            self._set_saving(False)
            self._settle(exc.stored)
            return
        super()._failed(exc, details)

    def _settle(self, stored: AccountInfo) -> None:
        """Another quản trị changed the account meanwhile: both side by side."""
        names = {str(self.branches.item(i).data(Qt.ItemDataRole.UserRole)):
                 self.branches.item(i).text() for i in range(self.branches.count())}
        branch = str(Role.BRANCH)

        def shown(name: str, widget: QWidget | None, value: object) -> str:
            if name == "branch_ids" and isinstance(value, tuple):
                return "; ".join(names.get(str(key), str(key)) for key in value)
            return conflict_dialog.shown_value(widget, value)

        mine = AccountInfo(stored.id, stored.username, self.display_name.text(),
                           str(self.role.currentData()), self.active.isChecked(), 0, None,
                           self.chosen_branches() if self.role.currentData() == branch else (),
                           sees_sensitive=self.sensitive.isChecked()
                           and self.role.currentData() == branch)
        rows: list[tuple[str, str, QWidget | None]] = [
            (self.tr("Họ và tên"), "display_name", self.display_name),
            (self.tr("Vai trò"), "role", self.role),
            (self.tr("Được đăng nhập"), "active", None),
            (self.tr("Chi hội"), "branch_ids", None),
            (self.tr("Được xem dân tộc, tôn giáo"), "sees_sensitive", None),
        ]

        def take_theirs() -> None:
            self._fill(stored)
            self.seen = stored

        conflict_dialog.settle_conflict(
            self, self.tr("tài khoản {username}").format(username=stored.username),
            conflict_dialog.compare_drafts(rows, mine, stored, shown),
            take_theirs=take_theirs, answer_theirs=lambda: setattr(self, "seen", stored),
            keep_mine=self.save)


class PasswordDialog(_Form):
    """Give someone a new password (a quản trị), or change one's own.

    Signals:
        saved(None): the new password is stored.
    """

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        account: AccountInfo,
        *,
        own: bool = False,
        by: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.database = database
        self.account = account
        self.own = own
        self.by = by
        if own:
            self.setWindowTitle(self.tr("Đổi mật khẩu của tôi"))
            intro = QLabel(self.tr("Nhập mật khẩu đang dùng, rồi mật khẩu mới hai lần."))
        else:
            self.setWindowTitle(self.tr("Đặt lại mật khẩu"))
            intro = QLabel(self.tr(
                "Mật khẩu mới cho {name} ({username}). Hãy báo cho người đó; từ lần đăng "
                "nhập sau, chỉ mật khẩu mới dùng được.").format(
                    name=account.display_name, username=account.username))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.current = self.password_edit()
        self.password = self.password_edit()
        self.password.setPlaceholderText(
            self.tr("ít nhất {n} ký tự").format(n=MIN_PASSWORD_LENGTH))
        self.password_again = self.password_edit()
        if own:
            self.add_field("current", self.tr("Mật khẩu hiện tại:"), self.current)
        self.add_field("password", self.tr("Mật khẩu mới:"), self.password)
        self.add_field("password_again", self.tr("Nhập lại mật khẩu mới:"), self.password_again)
        self.finish_layout(intro)
        (self.current if own else self.password).setFocus()

    def save(self) -> None:
        """Store the new password."""
        database, account_id, by = self.database, self.account.id, self.by
        current, new, again = self.current.text(), self.password.text(), \
            self.password_again.text()
        if self.own:
            def work() -> None:
                with database.transaction() as session:
                    change_own_password(session, account_id, current, new, again)
        else:
            def work() -> None:
                with database.transaction() as session:
                    reset_password(session, account_id, new, again, by=by)
        self.run(work)


class AccountsView(QGroupBox):
    """Logins on or off, and (for a quản trị) the people who may log in.

    Args:
        database: the open register.
        tasks: the runner; every change goes through its single writer.
        user: who uses this run (:data:`desktop.session_user.OFFICE` without accounts).
        parent: owning widget.
        clock: the current moment, local time (tests fix it).

    Signals:
        session_changed(SessionUser): accounts were switched on or off, so the person at
            the keyboard is now the first quản trị, or the office again.
    """

    session_changed = Signal(object)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        user: SessionUser = OFFICE,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tài khoản đăng nhập"))
        self.database = database
        self.tasks = tasks
        self.user = user
        self.clock = clock or dt.datetime.now
        self.enabled = False
        self.dialog: QDialog | None = None

        self.state = QLabel()
        self.state.setObjectName("accountsState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.model = AccountTableModel(self, self.clock)
        self.table = QTableView()
        self.table.setObjectName("accounts")
        self.table.setModel(self.model)
        set_up_list_table(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(100)
        # The list is short (a few people); the copies above deserve the height.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.setMaximumHeight(170)
        self.table.doubleClicked.connect(lambda _index: self.open_edit_dialog())

        self.enable_button = QPushButton(self.tr("Bật tài khoản đăng nhập…"))
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setToolTip(self.tr("Đổi họ tên, vai trò, hoặc cho ngừng đăng nhập"))
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.reset_button.setToolTip(self.tr("Cho người quên mật khẩu một mật khẩu mới"))
        self.disable_button = QPushButton(self.tr("Tắt tài khoản đăng nhập…"))
        self.own_button = QPushButton(self.tr("Đổi mật khẩu của tôi…"))
        self.enable_button.clicked.connect(self.open_enable_dialog)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.reset_button.clicked.connect(self.open_reset_dialog)
        self.disable_button.clicked.connect(self.disable)
        self.own_button.clicked.connect(self.open_own_password_dialog)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_buttons())

        # Buttons beside the list, not under it: the settings page is already tall.
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.own_button)
        side.addWidget(self.disable_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        switch = QHBoxLayout()
        switch.addWidget(self.enable_button)
        switch.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(middle, 1)
        layout.addLayout(switch)
        layout.addWidget(self.message)
        layout.addStretch(0)
        self._show()

    # -- who and what ----------------------------------------------------------------

    def set_user(self, user: SessionUser) -> None:
        """Show what this person may do here."""
        self.user = user
        self._show()

    @property
    def manages(self) -> bool:
        """Tell whether the person at the keyboard may manage accounts."""
        return self.user.can(Action.MANAGE_ACCOUNTS)

    def load(self) -> None:
        """Read whether logins are on and, for a quản trị, the accounts."""
        database = self.database

        def read() -> tuple[bool, list[AccountInfo]]:
            with database.reading() as session:
                return accounts_enabled(session), list_accounts(session)

        self.tasks.read(read, self._loaded, self._failed)

    def _loaded(self, result: tuple[bool, list[AccountInfo]]) -> None:
        self.enabled, accounts = result
        self.model.set_rows(accounts if self.manages else [])
        self._show()

    def _show(self) -> None:
        on, manages = self.enabled, self.manages
        if not on:
            self.state.setText(self.tr(
                "Đang tắt: Sổ Hội mở ngay, không hỏi tên và mật khẩu; ai dùng máy cũng làm "
                "được mọi việc. Nên bật khi nhiều người dùng chung máy, để mỗi người có tài "
                "khoản riêng với quyền quản trị, nhập liệu hoặc chỉ xem."))
        elif manages:
            self.state.setText(self.tr(
                "Đang bật: mỗi lần mở Sổ Hội phải đăng nhập. Bạn đang đăng nhập là {who}."
            ).format(who=self._who()))
        else:
            self.state.setText(self.tr(
                "Đang bật. Bạn đang đăng nhập là {who}. Chỉ người quản trị mới thêm, sửa "
                "tài khoản và đặt lại mật khẩu; bạn có thể đổi mật khẩu của mình."
            ).format(who=self._who()))
        listed = on and manages
        self.table.setVisible(listed)
        for button in (self.add_button, self.edit_button, self.reset_button):
            button.setVisible(listed)
        self.enable_button.setVisible(not on and manages)
        self.disable_button.setVisible(listed)
        self.own_button.setVisible(on and self.user.logged_in)
        self._update_buttons()

    def _who(self) -> str:
        account = self.user.account
        if account is None:
            return self.tr("người dùng chung của máy")
        return f"{account.display_name} ({account.username}, {self.tr(account.role_label)})"

    def selected_account(self) -> AccountInfo | None:
        """Return the account chosen in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        account: AccountInfo | None = self.model.row_at(rows[0].row()) if rows else None
        return account

    def select_account(self, account_id: str) -> None:
        """Select an account's row (after adding or changing it)."""
        for row, account in enumerate(self.model.rows()):
            if account.id == account_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected_account() is not None
        self.edit_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)

    # -- actions ---------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_enable_dialog(self) -> AccountDialog | None:
        """Ask for the first quản trị and switch logins on."""
        if self.enabled or not self.manages:
            return None
        dialog = AccountDialog(self.database, self.tasks, ENABLE, parent=self)
        dialog.saved.connect(self._enabled)
        self._open(dialog)
        return dialog

    def _enabled(self, account: AccountInfo) -> None:
        user = SessionUser(account)
        start_session(user)
        self.user = user
        self.tell(self.tr(
            "Đã bật tài khoản đăng nhập. Từ lần mở Sổ Hội sau, mọi người cần đăng nhập; "
            "bạn dùng tài khoản {username}. Hãy thêm tài khoản cho những người khác."
        ).format(username=account.username))
        self.session_changed.emit(user)
        self.load_then_select(account.id)

    def open_add_dialog(self) -> AccountDialog | None:
        """Add an account for someone else."""
        if not (self.enabled and self.manages):
            return None
        dialog = AccountDialog(self.database, self.tasks, ADD, by=self.user.account_id,
                               parent=self)
        dialog.saved.connect(lambda account: self._changed(account, self.tr(
            "Đã thêm tài khoản {username} ({role}).").format(
                username=account.username, role=self.tr(account.role_label))))
        self._open(dialog)
        return dialog

    def open_edit_dialog(self) -> AccountDialog | None:
        """Change the chosen account's name, role or whether it may log in."""
        account = self.selected_account()
        if account is None or not (self.enabled and self.manages):
            return None
        dialog = AccountDialog(self.database, self.tasks, EDIT, account,
                               by=self.user.account_id, parent=self)
        dialog.saved.connect(lambda changed: self._changed(changed, self._edited_text(changed)))
        self._open(dialog)
        return dialog

    def _edited_text(self, account: AccountInfo) -> str:
        text = self.tr("Đã lưu tài khoản {username}.").format(username=account.username)
        if account.id == self.user.account_id:
            text += " " + self.tr("Thay đổi về quyền của bạn có hiệu lực từ lần đăng nhập sau.")
        return text

    def open_reset_dialog(self) -> PasswordDialog | None:
        """Give the chosen person a new password."""
        account = self.selected_account()
        if account is None or not (self.enabled and self.manages):
            return None
        dialog = PasswordDialog(self.database, self.tasks, account, by=self.user.account_id,
                                parent=self)
        dialog.saved.connect(lambda _none: self._changed(account, self.tr(
            "Đã đặt mật khẩu mới cho {username}; hãy báo cho người đó.").format(
                username=account.username)))
        self._open(dialog)
        return dialog

    def open_own_password_dialog(self) -> PasswordDialog | None:
        """Change the logged-in person's own password."""
        account = self.user.account
        if account is None or not self.enabled:
            return None
        dialog = PasswordDialog(self.database, self.tasks, account, own=True, parent=self)
        dialog.saved.connect(lambda _none: self.tell(self.tr("Đã đổi mật khẩu của bạn.")))
        self._open(dialog)
        return dialog

    def disable(self) -> None:
        """Switch logins off after saying plainly what that means."""
        if not (self.enabled and self.manages):
            return
        question = self.tr(
            "Tắt tài khoản đăng nhập?\n\n"
            "• Sổ Hội sẽ mở ngay, không hỏi tên và mật khẩu.\n"
            "• Ai dùng máy này cũng làm được mọi việc, kể cả khôi phục sao lưu.\n"
            "• Các tài khoản vẫn được giữ, nhưng ngừng hoạt động; khi bật lại, người quản "
            "trị cho từng tài khoản hoạt động trở lại.")
        if not self.confirm(self.tr("Tắt tài khoản đăng nhập"), question, self.tr("Tắt")):
            return
        database, by = self.database, self.user.account_id

        def work() -> None:
            with database.transaction() as session:
                disable_accounts(session, by=by)

        self.tasks.write(work, self._disabled, self._failed)

    def _disabled(self, _result: object) -> None:
        self.user = OFFICE
        start_session(OFFICE)
        self.tell(self.tr("Đã tắt tài khoản đăng nhập. Từ lần mở sau, Sổ Hội không hỏi "
                          "đăng nhập nữa."))
        self.session_changed.emit(OFFICE)
        self.load()

    def _changed(self, account: AccountInfo, message: str) -> None:
        self.tell(message)
        self.load_then_select(account.id)

    def load_then_select(self, account_id: str) -> None:
        """Read the list again and select one account in it."""
        database = self.database

        def read() -> tuple[bool, list[AccountInfo]]:
            with database.reading() as session:
                return accounts_enabled(session), list_accounts(session)

        def show(result: tuple[bool, list[AccountInfo]]) -> None:
            self._loaded(result)
            self.select_account(account_id)

        self.tasks.read(read, show, self._failed)

    def _failed(self, exc: BaseException, _details: str) -> None:
        if isinstance(exc, UserError):
            message = error_text(exc)
        else:
            log.error("accounts view: unexpected %s", type(exc).__name__)
            message = self.tr("Có lỗi không mong đợi ({kind}); không có gì bị thay đổi.").format(
                kind=type(exc).__name__)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(message)

    def tell(self, message: str) -> None:
        """Say what was just done, under the buttons."""
        self.message.setStyleSheet("")
        self.message.setText(message)

    def confirm(self, title: str, text: str, yes_label: str) -> bool:
        """Ask yes/no; "Không" is the default, so a stray Enter changes nothing."""
        return messages.confirm(self, title, text, yes_label)
