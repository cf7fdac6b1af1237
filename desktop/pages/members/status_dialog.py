"""Changing a member's status: transferred out, left the Union, deceased, or back again.

A status change is a dated event in the member's history, not an edit of a field, so it
has its own small dialog: the new status, the day it took effect, why, and, for a
transfer, where she went. The rules (a transfer needs a destination, a change cannot
predate the previous one) belong to :func:`db.members.change_status`; this dialog only
puts its messages beside the field they are about.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import UserError
from db.members import STATUS_LABELS, change_status, members_by_ids, status_history
from db.scope import WHOLE, Scope
from db.transfers import transfer_member
from desktop import formatting
from desktop.error_text import error_text
from desktop.tasks import Change, TaskRunner
from desktop.widgets.field_errors import error_label, fit_height, with_error

log = logging.getLogger(__name__)

TRANSFERRED = "transferred"
"""Stored value of "Chuyển sinh hoạt", the one status that needs a destination."""

CODE_LENGTH = 5
"""Digits of a commune code in the catalog."""

class StatusDialog(QDialog):
    """Record a dated status change for one member.

    Signals:
        changed(): the change was stored; whoever shows the member reloads it.
    """

    changed = Signal()

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        member_id: str,
        parent: QWidget | None = None,
        role: str = "entry",
        scope: Scope = WHOLE,
    ) -> None:
        """Build the dialog for ``member_id``, reading her current status once.

        Args:
            database: The open register; read here, written only through ``tasks``.
            tasks: The runner whose single writer stores the change.
            member_id: Key of the member.
            parent: Owning window; the dialog is modal to it.
            role: The signed-in person's role (a transfer to another commune checks it).
            scope: The part of the register she may change (a branch leader's branches).
        """
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.member_id = member_id
        self.role = role
        self.scope = scope
        self._saving = False
        self.setWindowTitle(self.tr("Đổi tình trạng sinh hoạt"))

        with database.reading() as session:
            history = status_history(session, member_id, scope=scope)
            rows = members_by_ids(session, [member_id], scope=scope)
        if not rows:
            raise UserError(self.tr("Không tìm thấy hội viên này; có thể đã bị xóa."))
        row = rows[0]
        self.current_status = row.status
        since = history[-1].effective_on if history else None

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        current = row.status_label
        if since is not None:
            heading = self.tr("{name} — hiện nay: {status} (từ {date})").format(
                name=row.full_name, status=current, date=formatting.date(since)
            )
        else:
            heading = self.tr("{name} — hiện nay: {status}").format(
                name=row.full_name, status=current
            )
        self.heading.setText(heading)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.status_combo = QComboBox()
        for value, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, str(value))
        first_other = next(
            i for i in range(self.status_combo.count())
            if self.status_combo.itemData(i) != self.current_status
        )
        self.status_combo.setCurrentIndex(first_other)

        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setDate(QDate(dt.date.today()))
        self.date_edit.setMaximumWidth(160)

        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(300)
        self.destination_edit = QLineEdit()
        self.destination_edit.setMaxLength(200)
        self.destination_edit.setPlaceholderText(self.tr("ví dụ: Xã Tiên Hưng, tỉnh Hưng Yên"))
        # A commune of the catalog: her record then travels to it through the upper level.
        self.to_code_edit = QLineEdit()
        self.to_code_edit.setObjectName("to_code")
        self.to_code_edit.setMaxLength(5)
        self.to_code_edit.setMaximumWidth(120)
        self.to_code_edit.setPlaceholderText(self.tr("mã 5 số"))
        self.to_code_edit.setToolTip(self.tr(
            "Nếu chuyển đến một xã, phường khác: gõ mã của xã (xem mục Danh mục). Hồ sơ, "
            "quá trình bồi dưỡng và giấy chứng nhận của hội viên sẽ theo gói dữ liệu gửi "
            "cấp trên để xã nhận tiếp nhận."))
        self.to_code_name = QLabel()
        self.to_code_name.setTextFormat(Qt.TextFormat.PlainText)
        self.to_code_name.setWordWrap(True)

        self.errors: dict[str, QLabel] = {
            "status": error_label(),
            "effective_on": error_label(),
            "reason": error_label(),
            "destination": error_label(),
            "to_code": error_label(),
        }
        self.general_error = error_label()
        self._fields: dict[str, QWidget] = {
            "status": self.status_combo,
            "effective_on": self.date_edit,
            "reason": self.reason_edit,
            "destination": self.destination_edit,
            "to_code": self.to_code_edit,
        }

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, name in (
            (self.tr("Tình trạng mới:"), "status"),
            (self.tr("Ngày thay đổi:"), "effective_on"),
            (self.tr("Lý do:"), "reason"),
        ):
            form.addRow(caption, with_error(self._fields[name], self.errors[name]))
        self.destination_label = QLabel(self.tr("Nơi chuyển đến <b style='color:#b3261e'>*</b>:"))
        self.destination_row = with_error(self.destination_edit, self.errors["destination"])
        form.addRow(self.destination_label, self.destination_row)
        self.to_code_label = QLabel(self.tr("Mã xã nhận (gửi hồ sơ qua cấp trên):"))
        code_row = QHBoxLayout()
        code_row.setContentsMargins(0, 0, 0, 0)
        code_row.addWidget(self.to_code_edit)
        code_row.addWidget(self.to_code_name, 1)
        self.to_code_row = QWidget()
        self.to_code_row.setLayout(code_row)
        form.addRow(self.to_code_label, with_error(self.to_code_row, self.errors["to_code"]))

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addSpacing(10)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.destination_edit.textEdited.connect(lambda _t: self._clear("destination"))
        self.to_code_edit.textChanged.connect(self._code_typed)
        self.date_edit.dateChanged.connect(lambda _d: self._clear("effective_on"))
        self._status_chosen()
        self.status_combo.setFocus()

    def chosen_status(self) -> str:
        """Return the stored value of the status picked in the list."""
        return str(self.status_combo.currentData())

    def save(self) -> None:
        """Store the change on the writer; keep the dialog open with its messages if refused.

        The destination is sent only for a transfer: a hidden field must not leave
        stray text in the history of someone who left or died.
        """
        if self._saving:
            return
        self._clear_all()
        status = self.chosen_status()
        if status == self.current_status:
            self._show("status", self.tr("Hội viên đang ở tình trạng này; hãy chọn tình trạng "
                                         "khác."))
            return
        effective_on = self.date_edit.date().toPython()
        assert isinstance(effective_on, dt.date)
        reason = self.reason_edit.text()
        destination = self.destination_edit.text() if status == TRANSFERRED else ""
        to_code = self.to_code_edit.text().strip() if status == TRANSFERRED else ""
        database, member_id, role, scope = self.database, self.member_id, self.role, self.scope

        def work(session: Session) -> None:
            if to_code:
                transfer_member(session, member_id, to_code, effective_on, role=role,
                                reason=reason, scope=scope)
            else:
                change_status(session, member_id, status, effective_on, reason, destination,
                              scope=scope)

        self._set_saving(True)
        self.tasks.op(self, database, work, done=self._saved, changes={Change.MEMBERS},
                      fields=self._refused, problem=lambda text: self._show("", text),
                      failed=lambda _exc: self._set_saving(False))

    def _saved(self, _result: object) -> None:
        self._set_saving(False)
        self.changed.emit()
        self.accept()

    def _refused(self, errors: dict[str, str]) -> None:
        for field, message in errors.items():
            self._show(field if field in self.errors else "", message)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _code_typed(self, text: str) -> None:
        """Name the commune of a typed code, and use it as the destination."""
        from db import catalog
        from db.errors import NotFoundError
        from db.transfers import destination_name

        self._clear("to_code")
        code = text.strip()
        if len(code) != CODE_LENGTH or not code.isdigit():
            self.to_code_name.setText("")
            self.destination_edit.setReadOnly(False)
            return
        try:
            name = destination_name(code)
        except NotFoundError as exc:
            self.to_code_name.setText("")
            self._show("to_code", error_text(exc))
            return
        self.to_code_name.setText(catalog.union_name(name))
        self.destination_edit.setText(name)
        self.destination_edit.setReadOnly(True)
        self._clear("destination")

    def _status_chosen(self) -> None:
        status = self.chosen_status()
        transfer = status == TRANSFERRED
        self.destination_label.setVisible(transfer)
        self.destination_row.setVisible(transfer)
        self.to_code_label.setVisible(transfer)
        self.to_code_row.setVisible(transfer)
        self.errors["to_code"].setVisible(False)
        self.reason_edit.setPlaceholderText(self._reason_hint(status))
        self._clear("status")
        if not transfer:
            self._clear("destination")
        self.adjustSize()

    def _reason_hint(self, status: str) -> str:
        """Return an example reason for ``status``, so the officer sees what fits."""
        hints = {
            "active": self.tr("ví dụ: chuyển về sinh hoạt lại tại xã"),
            "transferred": self.tr("ví dụ: chuyển nơi cư trú"),
            "left": self.tr("ví dụ: xin ra khỏi Hội"),
        }
        return hints.get(status, "")

    def _show(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.general_error)
        label.setText(message)
        label.show()
        widget = self._fields.get(field)
        if widget is not None:
            widget.setFocus()
        fit_height(self)

    def _clear(self, field: str) -> None:
        label = self.errors[field]
        label.clear()
        label.hide()

    def _clear_all(self) -> None:
        for field in self.errors:
            self._clear(field)
        self.general_error.clear()
        self.general_error.hide()
