"""The sync page (Đồng bộ): this site's key, its peers, and the buttons that move files.

It adapts to the site. A commune sees its own fingerprint (to read to the upper level
when its first package arrives there), its upper level's name and fingerprint, what
went each way and what the upper level has acknowledged; it sends its package up,
imports packages coming down, and imports the enrollment file that starts it all. An
upper level sees its fingerprint and a table of its enrolled communes; it enrolls
communes, imports their packages (a few files one by one, or a whole folder after one
summary), sends packages down (to one commune, or to all with progress), and forgets a
commune's key when that commune's PC was reinstalled.

Everything that touches the database or a file runs through the task runner: reads on
the pool, writes on the single writer (docs/ARCHITECTURE.md §7). The page only holds the plain
:class:`db.sync.status.SyncStatus` it was last given.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.accounts import Action
from db.engine import Database
from db.errors import UserError
from db.site import SiteInfo
from db.sync.enrollment import (
    EnrollmentInfo,
    import_enrollment,
    read_enrollment,
    write_branch_enrollment,
    write_enrollment,
)
from db.sync.errors import KeyChangedError
from db.sync.export import ExportResult, export_package, exportable_communes
from db.sync.status import PeerStatus, SyncStatus, forget_commune_key, sync_status
from desktop.error_text import error_text
from desktop.pages.sync import messages
from desktop.pages.sync.batch_flow import FolderImport, Recipient, SendToAll
from desktop.pages.sync.describe import (
    capitalised,
    fingerprint_html,
    package_text,
    plain_unit,
)
from desktop.pages.sync.destination_dialog import (
    Destination,
    DestinationDialog,
    FindDrives,
    last_folder,
)
from desktop.pages.sync.enroll_dialog import EnrollDialog, EnrollmentConfirmDialog
from desktop.pages.sync.fingerprint_label import FingerprintLabel
from desktop.pages.sync.import_flow import PackageImport, read_package_file
from desktop.pages.sync.peer_table import Column, PeerTableModel, is_late, quarter_start
from desktop.removable_drives import removable_drives, size_text
from desktop.session_user import OFFICE, SessionUser
from desktop.tasks import TaskRunner
from desktop.widgets.tables import set_column_widths, set_up_list_table

log = logging.getLogger(__name__)

PACKAGE_FILTER = str(QT_TRANSLATE_NOOP("SyncPage", "Gói Sổ Hội (*.sohoi)"))
BOX_STYLE = "QGroupBox { font-weight: bold; font-size: 11pt }"


def _default_backup_folder() -> Path:
    from desktop import paths

    return paths.backup_dir()


class SyncPage(QWidget):
    """Sync with the level above (commune) or with the communes (upper level)."""

    batch_started = Signal(object)
    """A batch (:class:`FolderImport` or :class:`SendToAll`) is about to start: a status
    bar or a test may follow its ``step`` signal."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *,
        backup_folder: Path | None = None,
        find_drives: FindDrives = removable_drives,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.find_drives = find_drives
        self.today = today or dt.date.today()
        self._backup_folder = backup_folder
        self.status: SyncStatus | None = None
        self.user: SessionUser = OFFICE
        self.import_flow: PackageImport | None = None
        self.batch_flow: FolderImport | SendToAll | None = None
        self.destination_dialog: DestinationDialog | None = None
        self.enroll_dialog: EnrollDialog | None = None
        self.enrollment_confirm: EnrollmentConfirmDialog | None = None
        self._busy: messages.BusyIndicator | None = None
        self.working = False
        heading = QLabel(self.tr("<h2>Đồng bộ</h2>"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #444")
        self.own_name = QLabel()
        self.own_name.setTextFormat(Qt.TextFormat.RichText)
        self.own_fingerprint = FingerprintLabel(20)
        self.own_hint = QLabel()
        self.own_hint.setWordWrap(True)
        own_box = QGroupBox(self.tr("Máy này"))
        own_box.setStyleSheet(BOX_STYLE)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_name)
        own_layout.addWidget(self.own_fingerprint)
        own_layout.addWidget(self.own_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(own_box)
        if site.is_upper:
            self._build_upper(layout)
        else:
            self._build_commune(layout)
        self._update_buttons()

    # Building ------------------------------------------------------------------------

    def _build_commune(self, layout: QVBoxLayout) -> None:
        self.intro.setText(self.tr(
            "Xã gửi dữ liệu lên cấp trên bằng một tệp (.sohoi) mang trên USB, và nhận từ cấp "
            "trên danh mục chuyên đề, chỉ tiêu, tiêu chuẩn và kết quả các lớp tập huấn. "
            "Mỗi tệp được ký và mã hóa: chỉ cấp trên của xã đọc được."
        ))
        self.own_hint.setText(self.tr(
            "Khi cấp trên nhập gói đầu tiên của xã, họ sẽ gọi điện để so mã nhận diện: hãy "
            "đọc cho họ mã trên, từng nhóm bốn ký tự."
        ))
        self.upper_name = QLabel()
        self.upper_name.setTextFormat(Qt.TextFormat.RichText)
        self.upper_fingerprint = FingerprintLabel(16)
        self.last_sent = QLabel()
        self.last_received = QLabel()
        self.acknowledged = QLabel()
        self.acknowledged.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (caption, widget) in enumerate((
            (self.tr("Gói đã gửi gần nhất:"), self.last_sent),
            (self.tr("Gói đã nhận gần nhất:"), self.last_received),
        )):
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(widget, row, 1)
        upper_box = QGroupBox(self.tr("Cấp trên"))
        upper_box.setStyleSheet(BOX_STYLE)
        upper_layout = QVBoxLayout(upper_box)
        upper_layout.addWidget(self.upper_name)
        upper_layout.addWidget(self.upper_fingerprint)
        upper_layout.addLayout(grid)
        upper_layout.addWidget(self.acknowledged)
        self.send_button = QPushButton(self.tr("Gửi dữ liệu lên cấp trên…"))
        self.receive_button = QPushButton(self.tr("Nhập gói từ cấp trên…"))
        self.enrollment_button = QPushButton(self.tr("Nhập tệp đăng ký…"))
        self.send_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.receive_button, self.enrollment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        steps = QLabel(self.tr(
            "<b>Cách gửi:</b> cắm USB → bấm «Gửi dữ liệu lên cấp trên…» → chọn USB → chờ "
            "báo «Có thể rút USB» → mang USB lên cấp trên. Mỗi lần gửi là toàn bộ dữ liệu "
            "của xã: lỡ một lần thì lần sau vẫn đủ."
        ))
        steps.setWordWrap(True)
        steps.setStyleSheet("color: #555")
        layout.addWidget(upper_box)
        layout.addLayout(buttons)
        layout.addWidget(steps)
        layout.addStretch(1)
        self.send_button.clicked.connect(self.send_up)
        self.receive_button.clicked.connect(self.import_from_upper)
        self.enrollment_button.clicked.connect(self.import_enrollment_file)
        if not self.site.is_branch:
            self._build_branch_sites(layout)

    def _build_branch_sites(self, layout: QVBoxLayout) -> None:
        """A commune office: the branches that keep their register on their own laptop."""
        box = QGroupBox(self.tr("Máy riêng của chi hội"))
        box.setStyleSheet(BOX_STYLE)
        note = QLabel(self.tr(
            "Chi hội có máy tính riêng đồng bộ với xã bằng tệp, như xã với cấp trên: xã ghi "
            "tệp đăng ký cho chi hội, chi hội nhập tệp vào máy mới rồi gửi gói đầu tiên lên "
            "xã; sau đó xã gửi xuống danh sách hội viên của chi hội. Gói của chi hội (lấy "
            "theo tên tệp) được nhập bằng nút «Nhập gói…» ở trên."
        ))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.branch_choice = QComboBox()
        self.branch_state = QLabel()
        self.branch_state.setTextFormat(Qt.TextFormat.PlainText)
        self.enroll_branch_button = QPushButton(self.tr("Ghi tệp đăng ký cho chi hội…"))
        self.send_branch_button = QPushButton(self.tr("Gửi gói xuống chi hội…"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chi hội:")))
        row.addWidget(self.branch_choice, 1)
        row.addWidget(self.enroll_branch_button)
        row.addWidget(self.send_branch_button)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(note)
        box_layout.addLayout(row)
        box_layout.addWidget(self.branch_state)
        layout.insertWidget(layout.count() - 1, box)
        self.branch_choice.currentIndexChanged.connect(self._show_branch_state)
        self.enroll_branch_button.clicked.connect(self.enroll_branch)
        self.send_branch_button.clicked.connect(self.send_to_branch)

    def selected_branch(self) -> PeerStatus | None:
        """Return the branch chosen in the branch-site box, if any."""
        if self.site.is_upper or self.site.is_branch or self.status is None:
            return None
        code = self.branch_choice.currentData()
        return next((b for b in self.status.branches if b.unit_code == code), None)

    def _show_branches(self, status: SyncStatus) -> None:
        if self.site.is_branch:
            return
        chosen = self.branch_choice.currentData()
        self.branch_choice.blockSignals(True)
        self.branch_choice.clear()
        for branch in status.branches:
            self.branch_choice.addItem(branch.unit_name, branch.unit_code)
        at = self.branch_choice.findData(chosen)
        self.branch_choice.setCurrentIndex(max(at, 0))
        self.branch_choice.blockSignals(False)
        self._show_branch_state()

    def _show_branch_state(self) -> None:
        branch = self.selected_branch()
        if branch is None:
            self.branch_state.setText("")
        elif not branch.key_known:
            self.branch_state.setText(self.tr(
                "Chưa nhận gói nào từ máy của chi hội này (chưa đăng ký, hoặc chưa gửi gói "
                "đầu tiên)."))
        else:
            self.branch_state.setText(self.tr(
                "Đã nhận đến gói lần {received}, đã gửi đến gói lần {sent}. Mã nhận diện của "
                "máy chi hội: {fingerprint}").format(
                    received=branch.last_generation_received,
                    sent=branch.last_generation_sent, fingerprint=branch.fingerprint))
        self._update_buttons()

    def enroll_branch(self) -> None:
        """Commune: write the enrollment file of the chosen branch's laptop."""
        branch = self.selected_branch()
        if branch is None:
            return
        self._choose_destination(
            self.tr("Ghi tệp đăng ký cho chi hội"),
            self.tr("Ghi tệp đăng ký cho <b>{name}</b>.").format(
                name=html.escape(branch.unit_name)),
            lambda destination: self._write_enrollment(branch.unit_code, destination,
                                                       branch=True),
        )

    def send_to_branch(self) -> None:
        """Commune: write the package for the chosen branch's laptop."""
        branch = self.selected_branch()
        if branch is None or not branch.key_known:
            return
        self._choose_destination(
            self.tr("Gửi gói xuống chi hội"),
            self.tr("Ghi gói dữ liệu gửi <b>{name}</b>.").format(
                name=html.escape(branch.unit_name)),
            lambda destination: self._export(destination, branch.unit_code),
        )

    def _build_upper(self, layout: QVBoxLayout) -> None:
        self.intro.setText(self.tr(
            "Các xã gửi gói dữ liệu (.sohoi) lên bằng USB; cấp trên nhập các gói, rồi gửi "
            "xuống từng xã danh mục, chỉ tiêu, tiêu chuẩn và kết quả các lớp do cấp trên tổ "
            "chức. Một xã phải được đăng ký trước khi gửi gói đầu tiên."
        ))
        self.own_hint.setText(self.tr(
            "Khi xã nhập tệp đăng ký, màn hình của xã hiện mã này: hãy đọc cho xã để so khớp."
        ))
        self.peers = PeerTableModel(self, today=self.today)
        self.table = QTableView()
        self.table.setModel(self.peers)
        set_up_list_table(self.table)
        widths = {Column.CODE: 70, Column.NAME: 190, Column.FINGERPRINT: 330,
                  Column.RECEIVED: 170, Column.SENT: 170}
        set_column_widths(self.table, widths)
        self.table.setWordWrap(False)
        self.peer_summary = QLabel()
        self.peer_summary.setTextFormat(Qt.TextFormat.RichText)
        self.enroll_button = QPushButton(self.tr("Đăng ký xã…"))
        self.receive_button = QPushButton(self.tr("Nhập gói của xã…"))
        self.receive_folder_button = QPushButton(self.tr("Nhập cả thư mục…"))
        self.receive_folder_button.setToolTip(self.tr(
            "Nhập mọi gói (.sohoi) trong một thư mục hoặc USB, sau một bảng tóm tắt chung."))
        self.send_one_button = QPushButton(self.tr("Gửi xuống xã đã chọn…"))
        self.send_all_button = QPushButton(self.tr("Gửi xuống tất cả các xã…"))
        self.forget_button = QPushButton(self.tr("Đổi khóa của xã…"))
        # Receiving in one row, sending in the next: six buttons in one row would not
        # hold a longer translation on the office screen.
        buttons = QHBoxLayout()
        for button in (self.enroll_button, self.receive_button, self.receive_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        sending = QHBoxLayout()
        for button in (self.send_one_button, self.send_all_button):
            sending.addWidget(button)
        sending.addStretch(1)
        sending.addWidget(self.forget_button)
        communes = QLabel(self.tr("<b>Các xã đã đăng ký</b>"))
        layout.addWidget(communes)
        layout.addWidget(self.peer_summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(sending)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons()
        )
        self.enroll_button.clicked.connect(self.enroll_commune)
        self.receive_button.clicked.connect(self.import_from_communes)
        self.receive_folder_button.clicked.connect(self.import_folder)
        self.send_one_button.clicked.connect(self.send_to_selected)
        self.send_all_button.clicked.connect(self.send_to_all)
        self.forget_button.clicked.connect(self.forget_selected_key)

    # Loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the page the first time it is shown."""
        self.refresh()

    def set_user(self, user: SessionUser) -> None:
        """Let the page know who uses it: a viewer may look and send, not import."""
        self.user = user
        self._update_buttons()

    def refresh(self) -> None:
        """Read the sync state again (on the writer: the first read makes this site's keys)."""
        database = self.database

        def read() -> SyncStatus:
            with database.transaction() as session:
                return sync_status(session)

        self.tasks.write(read, self._show_status, self._report)

    def _show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.own_name.setText(self.tr("<b>{name}</b> (mã {code}) — mã nhận diện của máy này:")
                              .format(name=html.escape(status.unit_name), code=status.unit_code))
        self.own_fingerprint.set_fingerprint(status.fingerprint)
        if status.is_upper:
            self._show_communes(status)
        else:
            self._show_upper(status)
            self._show_branches(status)
        self._update_buttons()

    def _show_upper(self, status: SyncStatus) -> None:
        # A commune exchanges with one unit only: its upper level.
        upper = status.peers[0] if status.peers else None
        parent = self.site.parent_name or self.tr("cấp trên")
        if upper is None or upper.fingerprint is None:
            self.upper_name.setText(f"<b>{html.escape(parent)}</b>")
            self.upper_fingerprint.set_fingerprint(None, self.tr(
                "Chưa đăng ký: hãy nhập tệp đăng ký do cấp trên gửi (nút «Nhập tệp đăng ký…»)."
            ))
            self.last_sent.setText(self.tr("chưa gửi"))
            self.last_received.setText(self.tr("chưa nhận"))
            self.acknowledged.setText("")
            return
        self.upper_name.setText(self.tr("<b>{name}</b> (mã {code}) — mã nhận diện:").format(
            name=html.escape(upper.unit_name), code=upper.unit_code))
        self.upper_fingerprint.set_fingerprint(upper.fingerprint)
        self.last_sent.setText(package_text(upper.last_generation_sent, upper.last_sent_at,
                                            self.tr("chưa gửi")))
        self.last_received.setText(package_text(upper.last_generation_received,
                                                upper.last_received_at, self.tr("chưa nhận")))
        self.acknowledged.setText(self._acknowledged_text(upper))

    def _acknowledged_text(self, upper: PeerStatus) -> str:
        acknowledged, sent = upper.acknowledged_generation, upper.last_generation_sent
        if not acknowledged:
            if sent:
                return self.tr("Cấp trên chưa xác nhận đã nhận gói nào của xã; xác nhận đến "
                               "cùng với gói cấp trên gửi xuống.")
            return ""
        text = self.tr("Cấp trên đã nhận đến gói lần {n}.").format(n=acknowledged)
        if sent > acknowledged:
            text += " " + self.tr(
                "Gói lần {sent} chưa được xác nhận: cấp trên chưa nhập, hoặc chưa gửi gói "
                "xuống từ khi nhập."
            ).format(sent=sent)
        return text

    def _show_communes(self, status: SyncStatus) -> None:
        selected = self.selected_peer()
        self.peers.set_rows(status.peers)
        if selected is not None:
            for row, peer in enumerate(status.peers):
                if peer.unit_code == selected.unit_code:
                    self.table.selectRow(row)
        elif status.peers:
            self.table.selectRow(0)
        late = sum(1 for peer in status.peers if is_late(peer, self.today))
        never = sum(1 for peer in status.peers if peer.last_received_at is None)
        start = quarter_start(self.today)
        if not status.peers:
            text = self.tr("Chưa đăng ký xã nào: bấm «Đăng ký xã…» để bắt đầu.")
        else:
            text = self.tr("{n} xã đã đăng ký · {never} xã chưa gửi gói nào · "
                           "<b>{late} xã chưa gửi gói từ đầu quý {q}/{y}</b>").format(
                n=len(status.peers), never=never, late=late,
                q=(start.month - 1) // 3 + 1, y=start.year)
        self.peer_summary.setText(text)

    def selected_peer(self) -> PeerStatus | None:
        """Return the commune selected in the upper level's table."""
        if not self.site.is_upper:
            return None
        index = self.table.currentIndex()
        return self.peers.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        idle = not self.working and self.status is not None
        can_import = self.user.can(Action.IMPORT)
        can_export = self.user.can(Action.EXPORT)
        can_keys = self.user.can(Action.SETTINGS)
        if self.site.is_upper:
            peers = self.status.peers if self.status else ()
            selected = self.selected_peer()
            self.enroll_button.setEnabled(idle and can_keys)
            self.receive_button.setEnabled(idle and can_import)
            self.receive_folder_button.setEnabled(idle and can_import)
            chosen = selected is not None and selected.key_known
            self.send_one_button.setEnabled(idle and can_export and chosen)
            self.send_all_button.setEnabled(
                idle and can_export and any(peer.key_known for peer in peers))
            self.forget_button.setEnabled(idle and can_keys and chosen)
            self.send_one_button.setToolTip(
                "" if chosen or selected is None else
                self.tr("Chưa nhận gói nào từ xã này nên chưa có khóa để mã hóa gói gửi xuống.")
            )
            return
        enrolled = self.status is not None and self.status.enrolled
        self.send_button.setEnabled(idle and can_export and enrolled)
        self.send_button.setToolTip("" if enrolled else self.tr(
            "Xã chưa đăng ký với cấp trên: hãy nhập tệp đăng ký trước."))
        self.receive_button.setEnabled(idle and can_import)
        self.enrollment_button.setEnabled(idle and can_keys)
        if not self.site.is_branch:
            branch = self.selected_branch()
            self.enroll_branch_button.setEnabled(idle and can_keys and branch is not None)
            self.send_branch_button.setEnabled(
                idle and can_export and branch is not None and branch.key_known)

    # Common plumbing -----------------------------------------------------------------

    def backup_folder(self) -> Path:
        """Return the folder of the safety copies taken before each import."""
        return self._backup_folder or _default_backup_folder()

    def _start_work(self, text: str) -> None:
        self.working = True
        self._update_buttons()
        self._busy = messages.BusyIndicator(self, text)

    def _end_work(self) -> None:
        self.working = False
        if self._busy is not None:
            self._busy.close()
            self._busy = None
        self._update_buttons()

    def _failed(self, exc: BaseException, details: str) -> None:
        """Report a refusal plainly, a bug through the application's handler."""
        self._end_work()
        self._report(exc, details)
        if self.status is not None:
            self.refresh()

    def _report(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            log.info("sync page: refused (%s)", type(exc).__name__)
            messages.show_problem(self, error_text(exc))
        elif self.tasks.on_unhandled is not None:
            self.tasks.on_unhandled(exc, details)
        else:
            log.error("sync page: unexpected %s", type(exc).__name__)
            messages.show_problem(self, self.tr("Đã xảy ra lỗi không mong muốn. Dữ liệu đã "
                                                "lưu không bị ảnh hưởng."))

    def _choose_destination(self, title: str, what: str,
                            then: Callable[[Destination], None]) -> None:
        dialog = DestinationDialog(self.tasks, title, what, self, find_drives=self.find_drives)
        self.destination_dialog = dialog

        def chosen() -> None:
            self.destination_dialog = None
            if dialog.chosen is not None:
                then(dialog.chosen)
            dialog.deleteLater()

        def cancelled() -> None:
            self.destination_dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def _pick_packages(self, several: bool) -> list[Path]:
        title = self.tr("Chọn gói dữ liệu (.sohoi)")
        start = _start_folder()
        if several:
            names, _filter = QFileDialog.getOpenFileNames(self, title, start,
                                                          self.tr(PACKAGE_FILTER))
            return [Path(name) for name in names]
        name, _filter = QFileDialog.getOpenFileName(self, title, start, self.tr(PACKAGE_FILTER))
        return [Path(name)] if name else []

    def _import_packages(self, files: list[Path]) -> None:
        if not files:
            return
        flow = PackageImport(self, self.database, self.tasks, files, self.backup_folder)
        self.import_flow = flow
        self.working = True
        self._update_buttons()

        def finished() -> None:
            self.import_flow = None
            self.working = False
            flow.deleteLater()
            self.refresh()

        flow.finished.connect(finished)
        flow.start()

    # Sending -------------------------------------------------------------------------

    def send_up(self) -> None:
        """Write the commune's package for its upper level to a USB stick or folder."""
        upper = self.site.parent_name or self.tr("cấp trên")
        self._choose_destination(
            self.tr("Gửi dữ liệu lên cấp trên"),
            self.tr("Ghi gói dữ liệu của xã gửi <b>{upper}</b>.").format(
                upper=html.escape(upper)),
            lambda destination: self._export(destination, None),
        )

    def send_to_selected(self) -> None:
        """Write the package for the commune selected in the table."""
        peer = self.selected_peer()
        if peer is None or not peer.key_known:
            return
        self._choose_destination(
            self.tr("Gửi xuống xã"),
            self.tr("Ghi gói dữ liệu gửi <b>{name}</b>.").format(
                name=html.escape(peer.unit_name)),
            lambda destination: self._export(destination, peer.unit_code),
        )

    def send_to_all(self) -> None:
        """Write one package for each commune whose key is known, into the same folder.

        Communes enrolled but not yet heard from are named in the report with the reason:
        without their key no package can be encrypted for them.
        """
        database = self.database
        peers = self.status.peers if self.status else ()
        names = {peer.unit_code: capitalised(plain_unit(peer.unit_name)) for peer in peers}
        no_key = self.tr("chưa gửi gói nào lên nên chưa có khóa để mã hóa gói gửi xuống.")
        skipped = [(names[peer.unit_code], no_key) for peer in peers if not peer.key_known]

        def codes() -> list[str]:
            with database.reading() as session:
                return exportable_communes(session)

        def ask(found: list[str]) -> None:
            if not found:
                messages.show_problem(self, self.tr(
                    "Chưa có xã nào gửi gói lên, nên chưa gửi xuống được xã nào."))
                return
            recipients = [Recipient(code, names.get(code, code)) for code in found]
            self._choose_destination(
                self.tr("Gửi xuống tất cả các xã"),
                self.tr("Ghi {n} gói dữ liệu, mỗi xã một tệp.").format(n=len(found)),
                lambda destination: self._send_to_all(destination, recipients, skipped),
            )

        self.tasks.read(codes, ask, self._failed)

    def _send_to_all(self, destination: Destination, recipients: list[Recipient],
                     skipped: list[tuple[str, str]]) -> None:
        flow = SendToAll(self, self.database, self.tasks, destination, recipients, skipped)
        self._run_batch(flow)

    def _run_batch(self, flow: FolderImport | SendToAll) -> None:
        self.batch_flow = flow
        self.working = True
        self._update_buttons()

        def finished() -> None:
            self.batch_flow = None
            self.working = False
            flow.deleteLater()
            self.refresh()

        flow.finished.connect(finished)
        self.batch_started.emit(flow)
        flow.start()

    def _export(self, destination: Destination, code: str | None) -> None:
        """Write one package (up to the upper level, or down to one commune ``code``)."""
        database, folder = self.database, destination.folder

        def write() -> ExportResult:
            from db.sync.handover import holds_register_for, write_handover

            with database.transaction() as session:
                if code is not None and holds_register_for(session, code):
                    # A merged commune's first package carries its register.
                    return write_handover(session, code, folder)
                return export_package(session, folder, code)

        self._start_work(self.tr("Đang ghi gói dữ liệu…"))
        self.tasks.write(write, lambda result: self._exported(destination, result),
                         self._failed)

    def _exported(self, destination: Destination, result: ExportResult) -> None:
        self._end_work()
        lines = [
            self.tr("Đã ghi gói lần <b>{n}</b> gửi <b>{name}</b>:").format(
                n=result.generation, name=html.escape(result.recipient_name)),
            f"<b>{html.escape(str(result.path))}</b>",
            self.tr("Dung lượng: {size}.").format(size=size_text(result.size_bytes)),
        ]
        verified = self.tr("Tệp đã được đọc lại và kiểm tra, không lỗi.")
        if destination.removable:
            verified += " <b>" + self.tr("Có thể rút USB.") + "</b>"
        lines.append(verified)
        messages.show_done(self, self.tr("Đã ghi gói dữ liệu"), "<br>".join(lines))
        self.refresh()

    # Receiving -----------------------------------------------------------------------

    def import_from_upper(self) -> None:
        """Import a package sent down by the upper level."""
        self._import_packages(self._pick_packages(several=False))

    def import_from_communes(self) -> None:
        """Import one or several communes' packages, one after another."""
        self._import_packages(self._pick_packages(several=True))

    def import_folder(self) -> None:
        """Import every package of a folder (a stick full of communes') after one summary."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục chứa các gói của xã"), _start_folder())
        if not name:
            return
        self._run_batch(FolderImport(self, self.database, self.tasks, Path(name),
                                     self.backup_folder))

    # Enrollment ----------------------------------------------------------------------

    def enroll_commune(self) -> None:
        """Upper level: choose a commune, then where its enrollment file goes."""
        status = self.status
        enrolled = {peer.unit_code for peer in status.peers} if status else set()
        selected = self.selected_peer()
        dialog = EnrollDialog(self.tasks, self.site.unit_code, enrolled, self,
                              preselect=selected.unit_code if selected else None)
        self.enroll_dialog = dialog

        def chosen() -> None:
            self.enroll_dialog = None
            picked = dialog.chosen()
            dialog.deleteLater()
            if picked is None:
                return
            code, name = picked
            self._choose_destination(
                self.tr("Ghi tệp đăng ký"),
                self.tr("Ghi tệp đăng ký cho <b>{name}</b>.").format(name=html.escape(name)),
                lambda destination: self._write_enrollment(code, destination),
            )

        def cancelled() -> None:
            self.enroll_dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def _write_enrollment(self, code: str, destination: Destination, *,
                          branch: bool = False) -> None:
        database, folder = self.database, destination.folder

        def write() -> EnrollmentInfo:
            with database.transaction() as session:
                if branch:
                    return write_branch_enrollment(session, code, folder)
                return write_enrollment(session, code, folder)

        def written(info: EnrollmentInfo) -> None:
            self._end_work()
            lines = [
                self.tr("Đã ghi tệp đăng ký cho <b>{name}</b>:").format(
                    name=html.escape(info.commune_name)),
                f"<b>{html.escape(str(info.path))}</b>",
                self.tr("Tệp đã được đọc lại và kiểm tra.")
                + (" <b>" + self.tr("Có thể rút USB.") + "</b>" if destination.removable
                   else ""),
                "",
                self.tr("Mang tệp này đến chi hội. Khi chi hội nhập tệp vào máy mới, hãy "
                        "đọc mã nhận diện của xã để chi hội so với màn hình của mình:")
                if branch else
                self.tr("Mang tệp này đến xã. Khi xã nhập tệp, hãy đọc cho xã mã nhận diện "
                        "của cấp trên để xã so với màn hình của mình:"),
            ]
            messages.show_done(self, self.tr("Đã đăng ký chi hội") if branch else
                               self.tr("Đã đăng ký xã"),
                               "<br>".join(lines) + fingerprint_html(info.fingerprint))
            self.refresh()

        self._start_work(self.tr("Đang ghi tệp đăng ký…"))
        self.tasks.write(write, written, self._failed)

    def import_enrollment_file(self) -> None:
        """Commune: read the upper level's enrollment file, confirm, then import it."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp đăng ký (.sohoi)"), _start_folder(),
            self.tr(PACKAGE_FILTER))
        if not name:
            return
        path = Path(name)

        def check() -> tuple[bytes, EnrollmentInfo]:
            data = read_package_file(path)
            return data, read_enrollment(data)

        self._start_work(self.tr("Đang đọc tệp đăng ký…"))
        self.tasks.read(check, lambda found: self._confirm_enrollment(*found), self._failed)

    def _confirm_enrollment(self, data: bytes, info: EnrollmentInfo) -> None:
        self._end_work()
        dialog = EnrollmentConfirmDialog(info, self)
        self.enrollment_confirm = dialog

        def closed(result: int) -> None:
            self.enrollment_confirm = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._apply_enrollment(data, replace_key=False)

        dialog.finished.connect(closed)
        dialog.open()

    def _apply_enrollment(self, data: bytes, *, replace_key: bool) -> None:
        database, folder = self.database, self.backup_folder()

        def write() -> EnrollmentInfo:
            from db.backup import before_import_backup

            if not database.is_server:  # a server's copies are its administrator's
                before_import_backup(database.path, folder, dt.datetime.now())
            with database.transaction() as session:
                return import_enrollment(session, data, accept_key=True,
                                         replace_key=replace_key)

        def done(info: EnrollmentInfo) -> None:
            self._end_work()
            messages.show_done(self, self.tr("Đã đăng ký"), self.tr(
                "Xã đã đăng ký với <b>{upper}</b>. Từ nay xã gửi được dữ liệu lên và chỉ nhận "
                "gói do cấp trên này gửi."
            ).format(upper=html.escape(info.upper_name)))
            self.refresh()

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, KeyChangedError) and not replace_key:
                self._end_work()
                self._offer_key_replacement(data, exc)
                return
            self._failed(exc, details)

        self._start_work(self.tr("Đang nhập tệp đăng ký…"))
        self.tasks.write(write, done, failed)

    def _offer_key_replacement(self, data: bytes, error: KeyChangedError) -> None:
        """Replace the upper level's key only after two explicit answers."""
        upper = self.site.parent_name or self.tr("cấp trên")
        if not messages.confirm(self, self.tr("Khóa của cấp trên đã thay đổi"),
                                html.escape(error_text(error)),
                                self.tr("Thay khóa của cấp trên")):
            return
        second = self.tr(
            "<b>Chỉ thay khóa khi bạn đã gọi điện cho {upper}</b> và họ xác nhận máy của họ "
            "vừa được cài lại, và mã nhận diện họ đọc trùng với mã trong tệp.<br><br>Nếu chưa "
            "gọi, hãy chọn «Không»: tệp có thể không do cấp trên tạo.<br><br>Bạn đã gọi điện "
            "và cấp trên đã xác nhận?"
        ).format(upper=html.escape(upper))
        if messages.confirm(self, self.tr("Thay khóa của cấp trên"), second,
                            self.tr("Đã gọi điện, thay khóa")):
            self._apply_enrollment(data, replace_key=True)

    # Keys ----------------------------------------------------------------------------

    def forget_selected_key(self) -> None:
        """Upper level: forget a commune's key after its PC was reinstalled."""
        peer = self.selected_peer()
        if peer is None or not peer.key_known:
            return
        question = self.tr(
            "Đổi khóa của <b>{name}</b>?<br><br>Chỉ làm việc này khi xã báo máy tính của xã "
            "đã được cài lại (gói mới của xã bị từ chối vì khóa đã thay đổi). Gói tiếp theo "
            "của xã sẽ phải so mã nhận diện qua điện thoại như gói đầu tiên, và được đánh "
            "số lại từ lần 1."
        ).format(name=html.escape(peer.unit_name))
        if not messages.confirm(self, self.tr("Đổi khóa của xã"), question,
                                self.tr("Đổi khóa")):
            return
        database, code = self.database, peer.unit_code

        def write() -> None:
            with database.transaction() as session:
                forget_commune_key(session, code)

        def done(_result: Any) -> None:
            self._end_work()
            messages.show_done(self, self.tr("Đã đổi khóa"), self.tr(
                "Đã xóa khóa cũ của <b>{name}</b>. Khi nhập gói tiếp theo của xã, hãy gọi điện "
                "so mã nhận diện rồi đánh dấu ô xác nhận."
            ).format(name=html.escape(peer.unit_name)))
            self.refresh()

        self._start_work(self.tr("Đang đổi khóa…"))
        self.tasks.write(write, done, self._failed)


def _start_folder() -> str:
    folder = last_folder()
    return str(folder) if folder else ""
