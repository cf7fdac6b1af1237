"""One member's personal data: consent, a printed copy of everything held, erasure.

Law 91/2025/QH15 gives a member three things to ask of the office, and this dialog
serves all three from one place in the member's record:

* record her consent (the day and the way she agreed);
* print "everything we hold about this person" (a PDF previewed, printed or saved);
* erase her data at her request. Erasure cannot be undone, so it sits behind its own
  panel that says plainly what will happen and asks for the word XÓA to be typed; the
  rules (no open post, certificates revoked, a tombstone for the upper level) belong to
  :func:`db.personal_data.erase_member`.

Every write goes through ``tasks.op``; the PDF is rendered from a plain record read in
one session. The public methods (``record_consent``, ``report_pdf``, ``show_erase_panel``,
``erase``) work without any modal box, so tests drive them directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db import catalog
from db.accounts import Action
from db.engine import Database
from db.personal_data import (
    CONSENT_METHODS,
    SubjectRecord,
    erase_member,
    record_consent,
    subject_record,
)
from db.site import SiteInfo
from desktop import formatting
from desktop.session_user import OFFICE, SessionUser
from desktop.tasks import Change, TaskRunner
from desktop.widgets.field_errors import error_label, fit_height, with_error
from desktop.widgets.pdf_preview import print_folder

log = logging.getLogger(__name__)

CONFIRM_WORD = "XÓA"
"""What must be typed to confirm an erasure."""


def _file_name(name: str) -> str:
    """Return "thong-tin-ca-nhan-nguyen-thi-hoa.pdf": plain letters survive any USB stick."""
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "hoi-vien"
    return f"thong-tin-ca-nhan-{slug}.pdf"


class PrivacyDialog(QDialog):
    """Consent, a printed copy and erasure of one member's personal data.

    Signals:
        changed(): the consent was stored; whoever shows the member reloads it.
        erased(): her data was erased; whoever lists her removes her.
    """

    changed = Signal()
    erased = Signal()

    def __init__(
        self,
        database: Database,
        site: SiteInfo,
        tasks: TaskRunner,
        member_id: str,
        parent: QWidget | None = None,
        *,
        user: SessionUser = OFFICE,
    ) -> None:
        """Build the dialog for ``member_id``, reading her record once.

        Args:
            database: The open register; read here, written only through ``tasks``.
            site: This installation (issuer lines and place of the printed copy).
            tasks: The runner whose single writer stores consent and erasure.
            member_id: Key of the member.
            parent: Owning window; the dialog is modal to it.
            user: Who is looking: recording consent needs a role that edits, erasing
                needs a quản trị, and the printed copy leaves out ethnicity and religion
                for a role that may not see them.

        Raises:
            NotFoundError: she no longer exists (erased or deleted elsewhere).
        """
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.member_id = member_id
        self.user = user
        self._busy = False
        self.setWindowTitle(self.tr("Dữ liệu cá nhân"))

        with database.reading() as session:
            record = subject_record(session, member_id, scope=user.scope)
        self.full_name = record.full_name

        heading = QLabel(self.tr("{name} — dữ liệu cá nhân").format(name=record.full_name))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        law = QLabel(self.tr(
            "Theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15), hội viên có quyền biết Hội "
            "lưu gì về mình, đồng ý hoặc rút lại sự đồng ý, và yêu cầu xóa dữ liệu."))
        law.setWordWrap(True)

        # --- consent -----------------------------------------------------------------
        self.consent_state = QLabel()
        self.consent_state.setWordWrap(True)
        self.consent_state.setTextFormat(Qt.TextFormat.PlainText)
        self._show_consent(record.consent.on, record.consent.method)
        self.consent_date = QDateEdit()
        self.consent_date.setDisplayFormat("dd/MM/yyyy")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setMinimumDate(QDate(1900, 1, 1))
        self.consent_date.setDate(QDate(record.consent.on or dt.date.today()))
        self.consent_date.setMaximumWidth(160)
        self.consent_method = QComboBox()
        self.consent_method.setEditable(True)
        self.consent_method.addItems(list(CONSENT_METHODS))  # stored as they are: data
        self.consent_method.setCurrentText(record.consent.method or CONSENT_METHODS[0])
        line_edit = self.consent_method.lineEdit()
        if line_edit is not None:
            line_edit.setMaxLength(120)
        self.consent_button = QPushButton(self.tr("Ghi nhận sự đồng ý"))
        self.consent_button.clicked.connect(self.record_consent)
        self.errors: dict[str, QLabel] = {
            "consent_on": error_label(),
            "consent_method": error_label(),
            "reason": error_label(),
            "confirm": error_label(),
        }
        self.consent_error = error_label()
        consent_form = QFormLayout()
        consent_form.addRow(self.consent_state)
        consent_form.addRow(self.tr("Ngày đồng ý:"),
                            with_error(self.consent_date, self.errors["consent_on"]))
        consent_form.addRow(self.tr("Cách đồng ý:"),
                            with_error(self.consent_method, self.errors["consent_method"]))
        consent_buttons = QHBoxLayout()
        consent_buttons.addStretch(1)
        consent_buttons.addWidget(self.consent_button)
        consent_form.addRow(consent_buttons)
        consent_form.addRow(self.consent_error)
        consent_box = QGroupBox(self.tr("Sự đồng ý cho xử lý dữ liệu"))
        consent_box.setLayout(consent_form)

        # --- printed copy and erasure --------------------------------------------------
        self.print_button = QPushButton(self.tr("In toàn bộ thông tin của người này…"))
        self.print_button.clicked.connect(self.print_report)
        self.erase_button = QPushButton(self.tr("Xóa dữ liệu của người này…"))
        self.erase_button.clicked.connect(self.show_erase_panel)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)

        self.erase_panel = QGroupBox(self.tr("Xóa dữ liệu theo yêu cầu của hội viên"))
        explain = QLabel(self.tr(
            "Khi xóa:\n"
            "• Họ tên, ngày sinh, số CCCD, điện thoại, nơi ở, dân tộc, tôn giáo, nghề nghiệp, "
            "số thẻ, ghi chú và mọi thông tin cá nhân khác của {name} bị xóa trắng.\n"
            "• Sổ giữ lại một dấu “đã xóa” (không có thông tin cá nhân), để lần gửi dữ liệu "
            "lên cấp trên tới, cấp trên cũng xóa theo.\n"
            "• Các giấy chứng nhận đã cấp bị thu hồi; số hiệu vẫn giữ để tra cứu.\n"
            "• Số lượt dự sinh hoạt, dự lớp vẫn được đếm, nhưng không còn tên.\n"
            "Việc này KHÔNG THỂ hoàn tác.").format(name=record.full_name))
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(self.tr("ví dụ: theo đơn đề nghị ngày 20/11/2026"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setMaxLength(10)
        self.confirm_edit.setPlaceholderText(CONFIRM_WORD)
        self.confirm_edit.setMaximumWidth(160)
        self.confirm_edit.textChanged.connect(self._confirm_changed)
        self.reason_edit.textEdited.connect(lambda _t: self._clear("reason"))
        self.erase_confirm_button = QPushButton(self.tr("Xóa vĩnh viễn"))
        self.erase_confirm_button.setStyleSheet("QPushButton:enabled { color: #b3261e; "
                                                "font-weight: bold; }")
        self.erase_confirm_button.setEnabled(False)
        self.erase_confirm_button.clicked.connect(self.erase)
        self.erase_error = error_label()
        erase_form = QFormLayout(self.erase_panel)
        erase_form.addRow(explain)
        erase_form.addRow(self.tr("Lý do xóa:"),
                          with_error(self.reason_edit, self.errors["reason"]))
        erase_form.addRow(self.tr("Gõ chữ {word} để xác nhận:").format(word=CONFIRM_WORD),
                          with_error(self.confirm_edit, self.errors["confirm"]))
        erase_buttons = QHBoxLayout()
        erase_buttons.addStretch(1)
        erase_buttons.addWidget(self.erase_confirm_button)
        erase_form.addRow(erase_buttons)
        erase_form.addRow(self.erase_error)
        self.erase_panel.hide()

        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(
            self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(law)
        layout.addSpacing(6)
        layout.addWidget(consent_box)
        layout.addLayout(actions)
        layout.addWidget(self.erase_panel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._apply_user()

    def _apply_user(self) -> None:
        """Leave only what this person's role allows: print always, consent, erasure."""
        edits = self.user.can_edit
        for widget in (self.consent_date, self.consent_method, self.consent_button):
            widget.setEnabled(edits)
        if not edits:
            self.consent_button.setToolTip(self.tr("Tài khoản chỉ xem không ghi nhận được."))
        self.erase_button.setVisible(self.user.can(Action.ERASE))

    # --- consent ----------------------------------------------------------------------

    def _show_consent(self, on: dt.date | None, method: str | None) -> None:
        if on is None:
            self.consent_state.setText(self.tr("Chưa ghi nhận sự đồng ý."))
        else:
            self.consent_state.setText(self.tr("Đã đồng ý ngày {date}: {method}.").format(
                date=formatting.date(on), method=method or ""))

    def record_consent(self) -> None:
        """Store the date and the way she agreed; messages go beside the fields."""
        if self._busy or not self.user.can_edit:
            return
        self._clear_all()
        on = self.consent_date.date().toPython()
        assert isinstance(on, dt.date)
        method = self.consent_method.currentText()
        member_id, scope = self.member_id, self.user.scope

        def work(session: Session) -> None:
            record_consent(session, member_id, on, method, scope=scope)

        def done(_result: object) -> None:
            self._set_busy(False)
            self._show_consent(on, " ".join(unicodedata.normalize("NFC", method).split()))
            self.changed.emit()

        self._set_busy(True)
        self._operation(work, done, self.consent_error)

    # --- printed copy -----------------------------------------------------------------

    def report_pdf(self, signer: tuple[str, str] | None = None) -> Path:
        """Write everything held about her to a temporary PDF and return its path.

        ``signer`` replaces who signs for the union (by default the chair, for the
        standing committee); :attr:`last_signer` says who signed this copy.
        """
        from desktop.documents.pdf_common import COMMUNE_SIGNER, vietnamese_date_line
        from desktop.documents.subject_report import render_subject_report

        self.tasks.wait()  # a consent just recorded is in the copy
        with self.database.reading() as session:
            record = self.shown_record(subject_record(session, self.member_id,
                                                      scope=self.user.scope))
        issuer_lines = [line.upper() for line in (self.site.parent_name or "",
                                                   self.site.union_name) if line]
        place = vietnamese_date_line(catalog.place_name(self.site.unit_name), record.produced_on)
        folder = print_folder()
        path = folder / _file_name(record.full_name)
        self.last_signer = signer or (COMMUNE_SIGNER, record.chair_name)
        render_subject_report(record, issuer_lines, place, path, signer=self.last_signer)
        return path

    def shown_record(self, record: SubjectRecord) -> SubjectRecord:
        """Return the record without its sensitive fields for a role that may not see them."""
        if self.user.shows_sensitive:
            return record
        return dataclasses.replace(
            record, fields=tuple(f for f in record.fields if not f.sensitive))

    def print_report(self) -> None:
        """Preview the copy, from where it can be printed or saved."""
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        path = self.report_pdf()
        PdfPreviewDialog(path, self.tr("Phiếu cung cấp thông tin cá nhân"), path.name,
                         self, signer=self.last_signer, remake=self.report_pdf).exec()

    # --- erasure ----------------------------------------------------------------------

    def show_erase_panel(self) -> None:
        """Show what erasure does and the fields that confirm it."""
        if not self.user.can(Action.ERASE):
            return
        self.erase_panel.show()
        self.erase_button.setEnabled(False)
        self.reason_edit.setFocus()
        fit_height(self)

    def confirmed(self) -> bool:
        """Tell whether the confirmation word was typed (any case, extra spaces ignored)."""
        typed = unicodedata.normalize("NFC", self.confirm_edit.text()).strip().upper()
        return typed == CONFIRM_WORD

    def _confirm_changed(self, _text: str) -> None:
        self._clear("confirm")
        self.erase_confirm_button.setEnabled(self.confirmed() and not self._busy)

    def erase(self) -> None:
        """Erase her data on the writer; close the dialog once done, keep it open if refused."""
        if self._busy or not self.erase_panel.isVisible() or not self.user.can(Action.ERASE):
            return
        self._clear_all()
        if not self.confirmed():
            self._show("confirm", self.tr("Hãy gõ chữ {word} để xác nhận.").format(
                word=CONFIRM_WORD))
            return
        reason = self.reason_edit.text()
        on = dt.date.today()
        member_id = self.member_id

        def work(session: Session) -> None:
            erase_member(session, member_id, on, reason)

        def done(_result: object) -> None:
            self._set_busy(False)
            self.erased.emit()
            self.accept()

        self._set_busy(True)
        self._operation(work, done, self.erase_error)

    # --- messages ---------------------------------------------------------------------

    def _operation(self, work: Callable[[Session], None], done: Callable[[object], None],
                   general: QLabel) -> None:
        """Store one change to her record; refusals go beside the fields or under ``general``."""

        def refused(errors: dict[str, str]) -> None:
            for name, message in errors.items():
                if name in self.errors:
                    self._show(name, message)
                else:
                    tell(message)

        def tell(message: str) -> None:
            general.setText(message)
            general.show()
            fit_height(self)

        self.tasks.op(self, self.database, work, done=done, changes={Change.MEMBERS},
                      fields=refused, problem=tell, failed=lambda _exc: self._set_busy(False))

    def _show(self, name: str, message: str) -> None:
        self.errors[name].setText(message)
        self.errors[name].show()
        fit_height(self)

    def _clear(self, name: str) -> None:
        self.errors[name].hide()

    def _clear_all(self) -> None:
        for label in (*self.errors.values(), self.consent_error, self.erase_error):
            label.hide()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.consent_button.setEnabled(not busy and self.user.can_edit)
        self.erase_confirm_button.setEnabled(not busy and self.confirmed())
