"""Hội viên chuyển đến: members another commune sent here, waiting for an answer.

Each came through the upper level's package with her record, status history, posts,
trainings and certificates. The office reads them (plain text: the details come from
another site and are never shown as markup), then takes her into one of its branches
or declines with a reason that travels back. The rules live in :mod:`db.transfers`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.transfers import (
    REASON_LIMIT,
    ArrivalDetails,
    accept_arrival,
    arrival_details,
    decline_arrival,
    list_arrivals,
)
from desktop.tasks import Change, TaskRunner
from desktop.widgets.field_errors import error_label

CAPTIONS = {
    "full_name": QT_TRANSLATE_NOOP("ArrivalsDialog", "Họ và tên"),
    "birth_date": QT_TRANSLATE_NOOP("ArrivalsDialog", "Ngày sinh"),
    "id_number": QT_TRANSLATE_NOOP("ArrivalsDialog", "Số CCCD"),
    "address": QT_TRANSLATE_NOOP("ArrivalsDialog", "Địa chỉ"),
    "joined_on": QT_TRANSLATE_NOOP("ArrivalsDialog", "Ngày vào Hội"),
    "card_number": QT_TRANSLATE_NOOP("ArrivalsDialog", "Số thẻ hội viên"),
    "from": QT_TRANSLATE_NOOP("ArrivalsDialog", "Chuyển từ"),
    "transferred_on": QT_TRANSLATE_NOOP("ArrivalsDialog", "Ngày chuyển"),
}
SECTIONS = (
    ("possible_duplicates", QT_TRANSLATE_NOOP("ArrivalsDialog", "Có thể đã có trong sổ của xã")),
    ("history", QT_TRANSLATE_NOOP("ArrivalsDialog", "Quá trình sinh hoạt")),
    ("posts", QT_TRANSLATE_NOOP("ArrivalsDialog", "Chức danh đã giữ")),
    ("qualifications", QT_TRANSLATE_NOOP("ArrivalsDialog", "Trình độ")),
    ("trainings", QT_TRANSLATE_NOOP("ArrivalsDialog", "Bồi dưỡng, giấy chứng nhận")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArrivalsDialog", text)


def details_text(details: ArrivalDetails) -> str:
    """Write an arrival's details as plain text, one fact a line."""
    lines = [f"{_tr(CAPTIONS.get(key, key))}: {value}" for key, value in details.record
             if value]
    for name, title in SECTIONS:
        items: tuple[str, ...] = getattr(details, name)
        if items:
            lines += ["", f"{_tr(title)}:", *(f"  • {item}" for item in items)]
    return "\n".join(lines)


class ArrivalsDialog(QDialog):
    """List the members waiting here; accept one into a branch or decline her."""

    def __init__(
        self, database: Database, tasks: TaskRunner, branches: list[tuple[str, str]],
        role: str, parent: QWidget | None = None, *, can_edit: bool = True,
    ) -> None:
        """Build the dialog and read the waiting members once.

        Args:
            database: The open register; read here, written only through ``tasks``.
            tasks: The runner whose single writer stores each answer.
            branches: The commune's branches as (name, key), for the "accept into" list.
            role: The signed-in person's role.
            can_edit: Whether she may answer (a viewer only reads).
            parent: Owning window; the dialog is modal to it.
        """
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.role = role
        self.can_edit = can_edit
        self.setWindowTitle(self.tr("Hội viên chuyển đến"))
        self.list = QListWidget()
        self.list.setObjectName("arrivals")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("arrival_details")
        self.branch = QComboBox()
        for name, key in branches:
            self.branch.addItem(name, key)
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate(dt.date.today()))
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setPlaceholderText(self.tr("bắt buộc khi không tiếp nhận"))
        self.error = error_label()
        self.note = QLabel()
        self.note.setObjectName("arrival_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Tiếp nhận vào chi hội"))
        self.decline_button = QPushButton(self.tr("Không tiếp nhận"))
        self.empty = QLabel(self.tr("Không có hội viên nào chờ tiếp nhận."))
        form = QFormLayout()
        form.addRow(self.tr("Chi hội nhận:"), self.branch)
        form.addRow(self.tr("Ngày:"), self.day)
        form.addRow(self.tr("Lý do không tiếp nhận:"), self.reason)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.decline_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addWidget(self.details, 2)
        layout.addLayout(top, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(820, 520)
        self.list.currentItemChanged.connect(lambda _new, _old: self._show_current())
        self.accept_button.clicked.connect(self.accept_current)
        self.decline_button.clicked.connect(self.decline_current)
        self.reload()

    def reload(self) -> None:
        """Read the waiting members again."""
        with self.database.reading() as session:
            rows = list_arrivals(session)
        self.list.clear()
        for row in rows:
            born = f" ({row.birth_date[:4]})" if row.birth_date else ""
            item = QListWidgetItem(f"{row.full_name}{born} — {row.from_name}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        self.decline_button.setEnabled(bool(rows) and self.can_edit)
        self.accept_button.setEnabled(bool(rows) and self.can_edit and self.branch.count() > 0)
        if rows:
            self.list.setCurrentRow(0)
        else:
            self.details.setPlainText("")

    def current_id(self) -> str | None:
        """Return the key of the arrival chosen in the list."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _show_current(self) -> None:
        self.error.hide()
        arrival_id = self.current_id()
        if arrival_id is None:
            self.details.setPlainText("")
            return
        with self.database.reading() as session:
            details = arrival_details(session, arrival_id)
        self.details.setPlainText(details_text(details))

    def _day(self) -> dt.date:
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def accept_current(self) -> None:
        """Take the chosen member into the chosen branch."""
        arrival_id, branch = self.current_id(), self.branch.currentData()
        if arrival_id is None or branch is None:
            return
        day, role = self._day(), self.role

        def work(session: Session) -> str:
            return accept_arrival(session, arrival_id, branch, day, role=role)

        self.tasks.op(self, self.database, work, done=lambda _id: self._answered(
            self.tr("Đã tiếp nhận vào {branch}.").format(branch=self.branch.currentText())),
            changes={Change.MEMBERS}, fields=self._refused, problem=self._problem)

    def decline_current(self) -> None:
        """Decline the chosen member with the reason typed."""
        arrival_id = self.current_id()
        if arrival_id is None:
            return
        reason, day, role = self.reason.text(), self._day(), self.role
        if not reason.strip():
            self._problem(self.tr("Hãy ghi lý do không tiếp nhận."))
            self.reason.setFocus()
            return

        def work(session: Session) -> None:
            decline_arrival(session, arrival_id, reason, day, role=role)

        self.tasks.op(self, self.database, work,
                      done=lambda _none: self._answered(self.tr("Đã ghi không tiếp nhận.")),
                      changes={Change.MEMBERS}, fields=self._refused, problem=self._problem)

    def _answered(self, message: str) -> None:
        self.reason.clear()
        self.reload()
        self.note.setText(message + " " + self.tr(
            "Câu trả lời sẽ theo gói dữ liệu gửi cấp trên lần tới."))

    def _refused(self, errors: dict[str, str]) -> None:
        self._problem(" ".join(errors.values()))

    def _problem(self, text: str) -> None:
        self.note.clear()
        self.error.setText(text)
        self.error.show()
