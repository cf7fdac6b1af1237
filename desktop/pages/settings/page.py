"""The settings page (Cài đặt): safety copies, restore, the unit, who may log in.

The chair must be able to see at a glance that her data is safe: when the last copy was
taken, that copies are checked, and how to put one on a USB stick for the cupboard.
Restoring is the one action here that replaces everything, so it is explained before it
runs: the current data is first kept as a "before restore" copy, the database is closed,
the copy is put back and the application has to be opened again. Accounts and roles
have their own section (:mod:`desktop.pages.settings.accounts_view`).

Copies are taken on the single database writer (:class:`desktop.tasks.TaskRunner`), so
a copy can never land in the middle of a save; the screen only holds plain
:class:`db.backup.BackupInfo` values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.accounts import Action
from db.backup import (
    BackupInfo,
    BackupKind,
    VerifyResult,
    backup_to_folder,
    create_backup,
    list_backups,
    lost_passphrase_warning,
    restore_backup,
    verify_backup,
)
from db.backup_crypto import backup_passphrase_is_set, is_encrypted_backup, set_backup_passphrase
from db.engine import Database
from db.errors import UserError
from db.site import SiteInfo
from desktop import paths
from desktop.error_text import error_text
from desktop.formatting import date_time, megabytes, number
from desktop.models.row_table import RowTableModel
from desktop.pages.settings.accounts_view import AccountsView
from desktop.session_user import OFFICE, SessionUser
from desktop.tasks import TaskRunner
from desktop.translations import chosen_language, save_language
from desktop.widgets import messages
from desktop.widgets.tables import set_up_list_table

Index = QModelIndex | QPersistentModelIndex
RestoreFunction = Callable[[Path, Path, Path, dt.datetime], Any]


def moment(value: dt.datetime) -> str:
    """Write a moment as dd/mm/yyyy HH:MM."""
    return date_time(value)


@dataclass(frozen=True)
class BackupState:
    """What the page shows: the copies, and the register's own file."""

    backups: list[BackupInfo]
    database_size: int


class BackupTableModel(RowTableModel):
    """The copies, newest first."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("BackupTableModel", "Loại")),
        str(QT_TRANSLATE_NOOP("BackupTableModel", "Thời điểm")),
        str(QT_TRANSLATE_NOOP("BackupTableModel", "Dung lượng")),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the kind in words, the moment and the size."""
        info: BackupInfo | None = self.row_at(index.row())
        if info is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return self.kind_label(info.kind)
            if column == 1:
                return moment(info.taken_at)
            if column == 2:
                return megabytes(info.size_bytes)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None

    def kind_label(self, kind: str) -> str:
        """Return why a copy was taken, in plain Vietnamese."""
        labels = {
            BackupKind.DAILY: self.tr("Hằng ngày"),
            BackupKind.CLOSING: self.tr("Khi đóng chương trình"),
            BackupKind.BEFORE_IMPORT: self.tr("Trước khi nhập dữ liệu"),
            BackupKind.BEFORE_RESTORE: self.tr("Trước khi khôi phục"),
            BackupKind.MANUAL: self.tr("Sao lưu thủ công"),
            BackupKind.BEFORE_MIGRATION: self.tr("Trước khi nâng cấp"),
        }
        return labels.get(kind, kind)


class SettingsPage(QWidget):
    """Backups, restore and the unit this installation serves.

    Args:
        database: the open register.
        site: this installation's unit.
        tasks: the runner; copies and restores go through its single writer.
        backup_folder: where copies go (default: ``desktop.paths.backup_dir()``).
        on_restore_requested: called with the chosen copy once the person confirmed a
            restore; the main window closes the database, restores and restarts. When
            not given, the page closes the database itself, restores with
            ``restore_function`` and then closes the window, because nothing may keep
            working on a register that was swapped underneath it.
        restore_function: what restores (default :func:`db.backup.restore_backup`).
        clock: the current moment (tests and screenshots fix it).
        user: who uses this run; restoring and managing accounts need a quản trị,
            copies need someone who may change data (see :mod:`db.accounts`).
    """

    backups_changed = Signal()
    restored = Signal(object)

    def __init__(
        self,
        database: Database,
        site: SiteInfo,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        backup_folder: Path | None = None,
        on_restore_requested: Callable[[Path], None] | None = None,
        restore_function: RestoreFunction = restore_backup,
        clock: Callable[[], dt.datetime] | None = None,
        user: SessionUser = OFFICE,
    ) -> None:
        super().__init__(parent)
        self.user = user
        self.database = database
        self.site = site
        self.tasks = tasks
        self.backup_folder = backup_folder if backup_folder is not None else paths.backup_dir()
        self.on_restore_requested = on_restore_requested
        self.restore_function = restore_function
        self.clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self._busy = False

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>Cài đặt</h2>"))
        layout.addWidget(heading)

        group = QGroupBox(self.tr("Sao lưu"))
        box = QVBoxLayout(group)
        explain = QLabel(self.tr(
            "Sổ Hội tự sao lưu mỗi ngày và khi đóng chương trình nếu có thay đổi; mỗi bản "
            "đều được kiểm tra sau khi chép. Sổ giữ bản của 7 ngày, 4 tuần và 12 tháng gần "
            "nhất. Nên chép thêm một bản ra USB mỗi tháng và cất nơi khác máy tính."
        ))
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        box.addWidget(self.folder_label)

        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setModel(self.model)
        set_up_list_table(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.table.doubleClicked.connect(lambda _index: self.verify_selected())
        box.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.setToolTip(self.tr("Chép và kiểm tra một bản vào thư mục sao lưu"))
        self.usb_button = QPushButton(self.tr("Sao lưu ra USB…"))
        self.verify_button = QPushButton(self.tr("Kiểm tra"))
        self.verify_button.setToolTip(self.tr("Đọc lại bản được chọn xem có dùng được không"))
        self.restore_button = QPushButton(self.tr("Khôi phục…"))
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ USB…"))
        self.restore_file_button.setToolTip(self.tr(
            "Khôi phục từ một bản sao lưu trên USB (tệp .sohoi cần cụm mật khẩu sao lưu)"))
        self.passphrase_button = QPushButton(self.tr("Cụm mật khẩu sao lưu…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.passphrase_button.clicked.connect(self.set_passphrase)
        self.backup_button.clicked.connect(self.backup_now)
        self.usb_button.clicked.connect(self.backup_to_usb)
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.backup_button, self.usb_button, self.verify_button,
                       self.restore_button, self.restore_file_button, self.passphrase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.database_label = QLabel()
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.database_label)
        layout.addWidget(group, 1)

        unit_group = QGroupBox(self.tr("Đơn vị"))
        form = QFormLayout(unit_group)
        form.addRow(self.tr("Đơn vị:"), QLabel(site.union_name))
        form.addRow(self.tr("Mã đơn vị:"), QLabel(site.unit_code))
        form.addRow(self.tr("Chế độ:"), QLabel(
            self.tr("Cấp trên (nhận dữ liệu của các xã)") if site.is_upper
            else self.tr("Cơ sở (xã, phường, đặc khu)")
        ))
        form.addRow(self.tr("Cấp trên:"), QLabel(site.parent_name or self.tr("(không có)")))
        self.set_up_again_button = QPushButton(self.tr("Thiết lập lại đơn vị…"))
        self.set_up_again_button.setToolTip(self.tr(
            "Chỉ khi sổ còn trống (chưa có hội viên, chưa gửi nhận gói): chọn lại đơn vị"))
        self.set_up_again_button.clicked.connect(self.set_up_again)
        self.server_button = QPushButton(self.tr("Kết nối máy chủ…"))
        self.server_button.setToolTip(self.tr(
            "Máy này mở sổ dùng chung trên máy chủ của văn phòng (áp dụng từ lần mở sau)"))
        self.server_button.clicked.connect(self.connect_server)
        # One row for both: the page must keep its last buttons on a laptop's screen.
        register_row = QHBoxLayout()
        register_row.addWidget(self.set_up_again_button)
        register_row.addWidget(self.server_button)
        register_row.addStretch(1)
        form.addRow("", register_row)
        self.language = QComboBox()
        # Each language by its own name, so a person who reads only one of them finds it.
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.setToolTip(self.tr("Ngôn ngữ có hiệu lực từ lần mở Sổ Hội sau."))
        self.language.activated.connect(self.choose_language)
        form.addRow(self.tr("Ngôn ngữ:"), self.language)

        later = QGroupBox(self.tr("Nhật ký thay đổi"))
        later_box = QVBoxLayout(later)
        later_text = QLabel(self.tr(
            "Sổ ghi lại mọi thay đổi: ai sửa, lúc nào, bản ghi nào, trước và sau khi sửa."
        ))
        later_text.setWordWrap(True)
        later_box.addWidget(later_text)
        self.audit_button = QPushButton(self.tr("Lịch sử thay đổi…"))
        self.audit_button.clicked.connect(self.open_audit)
        audit_row = QHBoxLayout()
        audit_row.addWidget(self.audit_button)
        audit_row.addStretch(1)
        later_box.addLayout(audit_row)

        self.accounts = AccountsView(database, tasks, user, clock=clock)
        left = QVBoxLayout()
        left.addWidget(unit_group)
        left.addWidget(later)
        left.addStretch(1)
        lower = QHBoxLayout()
        lower.addLayout(left, 1)
        lower.addWidget(self.accounts, 2)
        layout.addLayout(lower)
        self._update_buttons()

    def choose_language(self) -> None:
        """Save the interface language; it applies at the next start (no live switch)."""
        language = str(self.language.currentData())
        if language == chosen_language():
            return
        save_language(language)
        QMessageBox.information(self, self.tr("Ngôn ngữ"), self.tr(
            "Đã lưu. Hãy đóng và mở lại Sổ Hội để dùng ngôn ngữ mới."))

    def set_user(self, user: SessionUser) -> None:
        """Show only what this person may do: restore and accounts need a quản trị."""
        self.user = user
        self.accounts.set_user(user)
        # The trail holds before/after values, ethnicity and religion included.
        self.audit_button.setVisible(user.can(Action.SEE_SENSITIVE))
        self._update_buttons()

    def open_audit(self) -> None:
        """Show the whole audit trail, newest first, with its filters."""
        if not self.user.can(Action.SEE_SENSITIVE):
            return
        from desktop.widgets.audit_view import AuditDialog

        AuditDialog(self.database, parent=self).exec()

    # -- loading -------------------------------------------------------------------

    def load(self) -> None:
        """Read the list of copies and the register's size (off the GUI thread)."""
        if self.database.is_server:
            # A server's register is not a file here: its copies are the administrator's.
            self.folder_label.setText(self.tr(
                "Sổ nằm trên máy chủ cơ sở dữ liệu: người quản trị máy chủ sao lưu bằng "
                "pg_dump và khôi phục bằng pg_restore. Nút « Sao lưu ngay » chạy pg_dump "
                "vào thư mục {folder}.").format(folder=str(self.backup_folder)))
            self.database_label.setText(self.tr("Máy chủ: {url}").format(
                url=self.database.label))
            self._update_buttons()
            self.accounts.load()
            return
        folder, db_path = self.backup_folder, self.database.path

        def read() -> BackupState:
            size = db_path.stat().st_size if db_path.exists() else 0
            return BackupState(list_backups(folder), size)

        self.tasks.read(read, self._show, self._failed)
        self.accounts.load()

    def _show(self, state: BackupState) -> None:
        self.model.set_rows(state.backups)
        if state.backups:
            self.table.selectRow(0)
            newest = state.backups[0]
            self.folder_label.setText(self.tr(
                "Bản gần nhất: {when}. Thư mục sao lưu: {folder}"
            ).format(when=moment(newest.taken_at), folder=self.backup_folder))
        else:
            self.folder_label.setText(self.tr(
                "Chưa có bản sao lưu nào. Thư mục sao lưu: {folder}"
            ).format(folder=self.backup_folder))
        self.database_label.setText(self.tr("Tệp dữ liệu: {path} ({size})").format(
            path=self.database.path, size=megabytes(state.database_size)))
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        """Return the copy chosen in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info: BackupInfo | None = self.model.row_at(rows[0].row())
        return info

    def _update_buttons(self) -> None:
        has = self.model.rowCount() > 0 and not self._busy
        files = not self.database.is_server  # the copies below are of the register file
        copies = self.user.can(Action.BACKUP) and files
        # A server's register is copied with pg_dump (db.server_backup) by the same button.
        dumps = self.user.can(Action.BACKUP) and not files
        self.verify_button.setEnabled(has)
        self.restore_button.setEnabled(has and self.user.can(Action.RESTORE))
        self.restore_button.setVisible(self.user.can(Action.RESTORE))
        self.restore_file_button.setVisible(self.user.can(Action.RESTORE))
        self.restore_file_button.setEnabled(
            not self._busy and self.user.can(Action.RESTORE) and files)
        self.passphrase_button.setEnabled(not self._busy and copies)
        self.set_up_again_button.setVisible(self.user.can(Action.RESTORE))
        self.server_button.setVisible(self.user.can(Action.RESTORE))
        self.set_up_again_button.setEnabled(
            not self._busy and self.user.can(Action.RESTORE) and files)
        self.backup_button.setEnabled(not self._busy and (copies or dumps))
        self.usb_button.setEnabled(not self._busy and copies)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.status.setText(text)
        self._update_buttons()

    # -- actions -------------------------------------------------------------------

    def backup_now(self) -> None:
        """Take a manual copy into the backups folder, on the database writer."""
        if not self.user.can(Action.BACKUP):
            return
        if self.database.is_server:
            self._dump_server()
            return
        db_path, folder, now = self.database.path, self.backup_folder, self.clock()
        self._set_busy(True, self.tr("Đang sao lưu…"))
        self.tasks.write(
            lambda: create_backup(db_path, folder, BackupKind.MANUAL, now),
            self._backed_up, self._failed,
        )

    def _dump_server(self) -> None:
        """A server's register: a ``pg_dump`` copy into the backups folder (db.server_backup).

        It runs on the worker like any copy; the server keeps serving the other PCs.
        """
        from db.server_backup import ServerCopy, dump_server

        url = self.database.engine.url.render_as_string(hide_password=False)
        folder, now = self.backup_folder, self.clock()
        self._set_busy(True, self.tr("Đang sao lưu máy chủ bằng pg_dump…"))

        def dumped(copy: ServerCopy) -> None:
            self._set_busy(False, self.tr(
                "Đã sao lưu máy chủ và kiểm tra: {path} ({size}).").format(
                path=str(copy.path), size=megabytes(copy.size_bytes)))

        self.tasks.write(lambda: dump_server(url, folder, now), dumped, self._failed)

    def _backed_up(self, info: BackupInfo) -> None:
        self._set_busy(False, self.tr("Đã sao lưu và kiểm tra: {name} ({size}).").format(
            name=info.path.name, size=megabytes(info.size_bytes)))
        self.backups_changed.emit()
        self.load()

    def choose_usb_folder(self) -> Path | None:
        """Ask for the folder on the USB stick; None when the person cancelled."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục trên USB để chép bản sao lưu"))
        return Path(chosen) if chosen else None

    def passphrase_is_set(self) -> bool:
        """Tell whether the office has chosen its backup passphrase."""
        with self.database.reading() as session:
            return backup_passphrase_is_set(session)

    def set_passphrase(self) -> None:
        """Choose the backup passphrase (once, on the writer), then offer the recovery sheet."""
        if not self.user.can(Action.BACKUP):
            return
        if self.passphrase_is_set():
            self.inform(self.tr(
                "Cụm mật khẩu sao lưu đã được đặt và không đổi được (các bản sao lưu cũ vẫn "
                "cần nó). {warning}").format(warning=self.tr(lost_passphrase_warning())))
            return
        passphrase = self.choose_new_passphrase()
        if passphrase is None:
            return
        database = self.database

        def write() -> None:
            with database.transaction() as session:
                set_backup_passphrase(session, passphrase, passphrase)

        self._set_busy(True, self.tr("Đang lưu cụm mật khẩu sao lưu…"))
        self.tasks.write(write, lambda _none: self._passphrase_set(), self._failed)

    def _passphrase_set(self) -> None:
        self._set_busy(False, self.tr("Đã đặt cụm mật khẩu sao lưu."))
        sheet = self.choose_sheet_file()
        if sheet is not None:
            self.write_recovery_sheet(sheet)

    def write_recovery_sheet(self, out: Path) -> None:
        """Write the printable recovery sheet (the passphrase is written by hand)."""
        from desktop.documents.pdf_common import vietnamese_date_line
        from desktop.documents.recovery_sheet import render_recovery_sheet

        issuer = [name.upper() for name in (self.site.parent_name, self.site.union_name)
                  if name]
        render_recovery_sheet(issuer, vietnamese_date_line("", self.clock().date()),
                              lost_passphrase_warning(), out)
        self.inform(self.tr("Đã ghi phiếu ghi nhớ {path}. Hãy in ra, viết tay cụm mật khẩu "
                            "vào ô trống và cất ở nơi an toàn.").format(path=out))

    def backup_to_usb(self) -> None:
        """Write an encrypted, checked copy into a folder the person picks (a USB stick)."""
        if not self.user.can(Action.BACKUP):
            return
        if not self.passphrase_is_set():
            self.inform(self.tr(
                "Bản sao lưu ra USB luôn được mã hóa để bảo vệ thông tin của hội viên. Trước "
                "hết hãy đặt cụm mật khẩu sao lưu; sau đó bấm « Sao lưu ra USB… » lần nữa."))
            self.set_passphrase()
            return
        target = self.choose_usb_folder()
        if target is None:
            return
        passphrase = self.ask_passphrase(self.tr(
            "Nhập cụm mật khẩu sao lưu để mã hóa bản sao lưu ra USB:"))
        if passphrase is None:
            return
        db_path, now = self.database.path, self.clock()
        self._set_busy(True, self.tr("Đang chép ra {folder}…").format(folder=target))
        self.tasks.write(lambda: backup_to_folder(db_path, target, now, passphrase),
                         self._copied_to_usb, self._failed)

    def connect_server(self) -> None:
        """« Kết nối máy chủ »: remember the server this PC opens from the next start."""
        from desktop.server_connection import (
            ServerConnectionDialog,
            remember_server,
            remembered_server,
        )

        dialog = ServerConnectionDialog(remembered_server(), self)
        if dialog.exec() != ServerConnectionDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        remember_server(chosen)
        self.status.setText(
            self.tr("Từ lần mở sau, Sổ Hội mở sổ trên máy chủ {url} (hỏi mật khẩu khi mở).")
            .format(url=remembered_server()) if chosen else
            self.tr("Từ lần mở sau, Sổ Hội mở tệp dữ liệu trên máy này."))

    def set_up_again(self) -> None:
        """Choose the unit again while the register is still empty (a quản trị only)."""
        from db.backup import start_over
        from db.site import set_up_again_refusal

        if not self.user.can(Action.RESTORE):
            return
        with self.database.reading() as session:
            refusal = set_up_again_refusal(session)
        if refusal is not None:
            self.show_problem(refusal)
            return
        question = self.tr(
            "Sổ đang thiết lập cho {unit} và còn trống. Thiết lập lại?\n\n"
            "• Tệp hiện tại được giữ lại thành một bản sao lưu.\n"
            "• Sổ Hội sẽ đóng lại; lần mở sau sẽ hỏi lại đơn vị."
        ).format(unit=self.site.union_name)
        if not self.confirm(self.tr("Thiết lập lại đơn vị"), question,
                            self.tr("Thiết lập lại")):
            return
        database, folder, now = self.database, self.backup_folder, self.clock()

        def run() -> Any:
            database.close()
            return start_over(database.path, folder, now)

        self._set_busy(True, self.tr("Đang thiết lập lại…"))
        self.tasks.write(run, lambda _saved: self._started_over(), self._failed)

    def _started_over(self) -> None:
        self.setEnabled(False)
        self.restored.emit(None)
        self.inform(self.tr("Sổ Hội sẽ đóng lại; hãy mở lại để chọn đơn vị."))
        self.window().close()

    def restore_from_file(self) -> None:
        """Restore from a copy chosen on disk (a USB stick), asking its passphrase."""
        if not self.user.can(Action.RESTORE):
            return
        source = self.choose_backup_file()
        if source is None:
            return
        passphrase: str | None = None
        if is_encrypted_backup(source):
            passphrase = self.ask_passphrase(self.tr(
                "Bản sao lưu này được mã hóa. Nhập cụm mật khẩu sao lưu:"))
            if passphrase is None:
                return
        result = verify_backup(source, passphrase)
        if not result.ok:
            self.show_problem(error_text(result.message))
            return
        info = BackupInfo(path=source, kind=BackupKind.MANUAL,
                          taken_at=dt.datetime.fromtimestamp(source.stat().st_mtime),
                          size_bytes=source.stat().st_size)
        self._ask_restore(info, result, passphrase)

    def _copied_to_usb(self, info: BackupInfo) -> None:
        self._set_busy(False, self.tr(
            "Đã chép bản sao lưu ra {path} ({size}) và đã kiểm tra. Có thể rút USB."
        ).format(path=info.path, size=megabytes(info.size_bytes)))

    def verify_selected(self) -> None:
        """Read the chosen copy back and say whether it can be restored."""
        info = self.selected_backup()
        if info is None:
            return
        self._set_busy(True, self.tr("Đang kiểm tra {name}…").format(name=info.path.name))
        self.tasks.read(lambda: verify_backup(info.path), self._verified, self._failed)

    def _verified(self, result: VerifyResult) -> None:
        self._set_busy(False, error_text(result.message))
        if not result.ok:
            self.show_problem(error_text(result.message))

    def restore_selected(self) -> None:
        """Check the chosen copy, explain what restoring does, and restore if confirmed."""
        info = self.selected_backup()
        if info is None or not self.user.can(Action.RESTORE):
            return
        self._set_busy(True, self.tr("Đang kiểm tra {name}…").format(name=info.path.name))
        self.tasks.read(lambda: verify_backup(info.path),
                        lambda result: self._ask_restore(info, result), self._failed)

    def _ask_restore(self, info: BackupInfo, result: VerifyResult,
                     passphrase: str | None = None) -> None:
        self._set_busy(False, error_text(result.message))
        if not result.ok:
            self.show_problem(error_text(result.message))
            return
        members = number(result.members or 0)
        question = self.tr(
            "Khôi phục dữ liệu về bản sao lưu lúc {when} ({kind}, {members} hội viên)?\n\n"
            "• Trước khi khôi phục, dữ liệu hiện tại được lưu thành một bản \"Trước khi "
            "khôi phục\", nên vẫn quay lại được.\n"
            "• Mọi thay đổi sau thời điểm {when} sẽ không còn trong sổ.\n"
            "• Sổ Hội sẽ đóng tệp dữ liệu, khôi phục, rồi cần được mở lại."
        ).format(when=moment(info.taken_at), kind=self.model.kind_label(info.kind),
                 members=members)
        if not self.confirm(self.tr("Khôi phục dữ liệu"), question, self.tr("Khôi phục")):
            return
        if self.on_restore_requested is not None and passphrase is None:
            self.on_restore_requested(info.path)
            return
        self._restore_here(info.path, passphrase)

    def _restore_here(self, source: Path, passphrase: str | None = None) -> None:
        database, folder, now = self.database, self.backup_folder, self.clock()
        restore = self.restore_function

        def run() -> Any:
            database.close()
            if passphrase is not None:
                return restore_backup(source, database.path, folder, now, passphrase)
            return restore(source, database.path, folder, now)

        self._set_busy(True, self.tr("Đang khôi phục…"))
        self.tasks.write(run, lambda _saved: self._restored(source), self._failed)

    def _restored(self, source: Path) -> None:
        self.status.setText(self.tr("Đã khôi phục từ {name}.").format(name=source.name))
        self.setEnabled(False)
        self.restored.emit(source)
        self.inform(self.tr(
            "Đã khôi phục dữ liệu từ {name}. Sổ Hội sẽ đóng lại; hãy mở lại để làm việc "
            "tiếp với dữ liệu đã khôi phục."
        ).format(name=source.name))
        self.window().close()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._set_busy(False)
        if isinstance(exc, UserError):
            message = error_text(exc)
        else:
            message = self.tr("Có lỗi không mong đợi ({kind}); dữ liệu không bị thay đổi.").format(
                kind=type(exc).__name__)
        self.status.setText(message)
        self.show_problem(message)

    # -- dialogs (separate so tests can answer them) --------------------------------

    def confirm(self, title: str, text: str, yes_label: str) -> bool:
        """Ask yes/no; "no" is the default, so a stray Enter changes nothing."""
        return messages.confirm(self, title, text, yes_label)

    def choose_new_passphrase(self) -> str | None:
        """Ask for the new backup passphrase (twice); None when the person cancelled."""
        from desktop.pages.settings.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase

    def ask_passphrase(self, text: str) -> str | None:
        """Ask for the backup passphrase, unseen; None when the person cancelled."""
        value, ok = QInputDialog.getText(self, self.tr("Cụm mật khẩu sao lưu"), text,
                                         QLineEdit.EchoMode.Password)
        return value if ok else None

    def choose_sheet_file(self) -> Path | None:
        """Ask where to save the recovery sheet (PDF); None to skip."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lưu phiếu ghi nhớ cụm mật khẩu"), "phieu-ghi-nho-sao-luu.pdf",
            self.tr("PDF (*.pdf)"))
        return Path(chosen) if chosen else None

    def choose_backup_file(self) -> Path | None:
        """Ask for a backup file (on a USB stick); None when the person cancelled."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản sao lưu"), "",
            self.tr("Bản sao lưu Sổ Hội (*.sohoi *.sqlite)"))
        return Path(chosen) if chosen else None

    def show_problem(self, message: str) -> None:
        """Show a problem the person can act on."""
        QMessageBox.warning(self, self.tr("Sao lưu"), message)

    def inform(self, message: str) -> None:
        """Tell the person something went well and what comes next."""
        QMessageBox.information(self, self.tr("Sao lưu"), message)
