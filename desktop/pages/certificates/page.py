"""The certificates page (Chứng nhận): issue, print, revoke and verify training certificates.

Left: the certificates issued, newest first, narrowed by year, course, name and whether
revoked ones are shown. Right: a verification box. Someone brings a paper to the office
(or the upper level phones to ask); the officer types the code or scans the QR code,
whose scanner "types" it and presses Enter, and sees at once whether the paper is
genuine, revoked, or unknown to this register.

Issuing goes through the single writer (``TaskRunner.write``) like every change; the
signer's title and name are remembered between sessions, since it is nearly always the
same chair who signs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db import certificates as certs
from db.certificate_layout import BLANK_FIELDS, BlankLayout, blank_layout, set_blank_layout
from db.certificates import CertificateFilter, CertificateRow, IssuableCourse, VerificationResult
from db.engine import Database
from db.errors import UserError
from db.scope import WHOLE
from db.site import SettingConflictError, SiteInfo
from db.validation import ValidationError
from desktop.error_text import error_text
from desktop.formatting import date as format_date
from desktop.formatting import number as format_number
from desktop.models.row_table import RowTableModel
from desktop.pages.certificates.blank_dialog import BlankFormDialog
from desktop.session_user import SessionUser
from desktop.tasks import Change, TaskRunner
from desktop.widgets.conflict_dialog import ComparedField, ConflictChoice, settle_conflict
from desktop.widgets.messages import show_problem
from desktop.widgets.pdf_preview import print_folder
from desktop.widgets.screen_fit import fit_to_screen, narrow_combo
from desktop.widgets.tables import set_column_widths, sort_by_header

Index = QModelIndex | QPersistentModelIndex

SETTING_TITLE = "certificates/signer_title"
SETTING_NAME = "certificates/signer_name"

_STATUS_STYLES = {
    "valid": "background:#e6f4ea; color:#1e6b34; border:2px solid #1e6b34;",
    "revoked": "background:#fdecea; color:#b3261e; border:2px solid #b3261e;",
    "unknown": "background:#f1f1f1; color:#555; border:2px solid #999;",
    "unknown_issuer": "background:#fff8e1; color:#7a5b00; border:2px solid #b08900;",
    "forged": "background:#b3261e; color:#ffffff; border:2px solid #7f1b15;",
    "": "background:transparent; color:#777; border:2px dashed #ccc;",
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CertificateTableModel(RowTableModel):
    """The certificates shown in the list."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("CertificateTableModel", "Số")),
        str(QT_TRANSLATE_NOOP("CertificateTableModel", "Họ và tên")),
        str(QT_TRANSLATE_NOOP("CertificateTableModel", "Năm sinh")),
        str(QT_TRANSLATE_NOOP("CertificateTableModel", "Đơn vị")),
        str(QT_TRANSLATE_NOOP("CertificateTableModel", "Lớp")),
        str(QT_TRANSLATE_NOOP("CertificateTableModel", "Ngày cấp")),
        str(QT_TRANSLATE_NOOP("CertificateTableModel", "Tình trạng")),
    )
    NAME_COLUMNS = frozenset({1})

    def row_at(self, row: int) -> CertificateRow | None:
        """Return the certificate shown at ``row``."""
        found: CertificateRow | None = super().row_at(row)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text; revoked certificates are greyed and struck out."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.revoked:
            from PySide6.QtGui import QColor

            return QColor("#b3261e") if index.column() == 6 else QColor("#888")
        if role == Qt.ItemDataRole.FontRole and row.revoked and index.column() == 0:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.number
        if column == 1:
            return row.full_name
        if column == 2:
            return row.birth_date[:4]
        if column == 3:
            return row.unit
        if column == 4:
            return row.course_title
        if column == 5:
            return format_date(row.issued_on)
        if column == 6:
            if row.revoked:
                return self.tr("Đã thu hồi {day}").format(day=format_date(row.revoked_on))
            return self.tr("Còn hiệu lực")
        return None


class VerificationBox(QGroupBox):
    """Type or scan a code, press Enter, read the answer in big letters."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kiểm tra giấy chứng nhận"))
        self.database = database
        self.result: VerificationResult | None = None
        self.code = QLineEdit()
        self.code.setPlaceholderText(
            self.tr("Nhập mã xác thực, hoặc dán nội dung mã QR, rồi nhấn Enter"))
        self.code.setClearButtonEnabled(True)
        self.check = QPushButton(self.tr("Kiểm tra"))
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(64)
        font = self.status.font()
        font.setPointSize(font.pointSize() + 7)
        font.setBold(True)
        self.status.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Mã gồm 10 ký tự in dưới mã QR, góc phải giấy chứng nhận. "
            "Không phân biệt chữ hoa, chữ thường, dấu cách hay gạch ngang. "
            "Có thể dán cả nội dung mã QR (đọc bằng điện thoại): giấy của xã khác "
            "cũng kiểm tra được khi đã biết khóa của đơn vị cấp."
        ))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        self.code.returnPressed.connect(self.run)
        self.check.clicked.connect(self.run)
        self._show(None)

    def run(self) -> None:
        """Look the typed code up and show the answer; select it for the next scan."""
        text = self.code.text()
        if not text.strip():
            self._show(None)
            return
        with self.database.reading() as session:
            self.result = certs.verify(session, text)
        self._show(self.result)
        self.code.selectAll()  # the next scan replaces this code

    def status_kind(self) -> str:
        """Return "valid", "revoked", "unknown", "unknown_issuer", "forged", or "" before."""
        return self.result.status if self.result else ""

    def _show(self, result: VerificationResult | None) -> None:
        kind = result.status if result else ""
        style = _STATUS_STYLES[kind]
        self.status.setStyleSheet(f"QLabel {{ {style} border-radius:6px; padding:8px; }}")
        cert = result.certificate if result else None
        if result is None:
            self.status.setText(self.tr("Chưa kiểm tra"))
            self.details.setText("")
            return
        if kind == "valid":
            self.status.setText(self.tr("CÒN HIỆU LỰC"))
        elif kind == "revoked" and cert is not None:
            self.status.setText(self.tr("ĐÃ THU HỒI ngày {day} — {reason}").format(
                day=format_date(cert.revoked_on), reason=cert.revoke_reason or ""))
        elif kind == "revoked":
            self.status.setText(self.tr("ĐÃ THU HỒI ngày {day}").format(
                day=format_date(result.revoked_on)))
        elif kind == "forged":
            self.status.setText(self.tr("GIẢ MẠO"))
            self.details.setText(self.tr(
                "Chữ ký trong mã QR không khớp với nội dung: giấy này đã bị sửa, hoặc không "
                "do đơn vị ghi trên giấy cấp."))
            return
        elif kind == "unknown_issuer":
            self.status.setText(self.tr("CHƯA BIẾT ĐƠN VỊ CẤP"))
            self.details.setText(self.tr(
                "Sổ này chưa có khóa của đơn vị cấp (mã {code}) nên chưa xác minh được. "
                "Hãy nhập gói dữ liệu mới của cấp trên, hoặc hỏi đơn vị đã cấp."
            ).format(code=_html(result.statement.issuer_code if result.statement else "")))
            return
        else:
            self.status.setText(self.tr("KHÔNG TÌM THẤY"))
        if cert is None and result.statement is not None:
            self._show_statement(result)
            return
        if cert is None:
            self.details.setText(self.tr(
                "Không có giấy chứng nhận nào mang mã <b>{code}</b> trong sổ này. "
                "Hãy kiểm tra lại từng ký tự, hoặc hỏi đơn vị đã cấp."
            ).format(code=_html(result.code or "—")))
            return
        period = f"{format_date(cert.start)} – {format_date(cert.end)}"
        lines = [
            (self.tr("Người được cấp"), f"<b>{_html(cert.full_name)}</b>"),
            (self.tr("Năm sinh"), _html(cert.birth_date[:4])),
            (self.tr("Đơn vị"), _html(cert.unit)),
            (self.tr("Lớp"), _html(cert.course_title)),
            (self.tr("Thời gian"), period),
            (self.tr("Số"), _html(cert.number)),
            (self.tr("Ngày cấp"), format_date(cert.issued_on)),
            (self.tr("Đơn vị cấp"), _html(cert.issuer_name)),
            (self.tr("Người ký"), _html(f"{cert.signer_title} {cert.signer_name}")),
        ]
        self.details.setText("<table cellpadding='2'>" + "".join(
            f"<tr><td style='color:#555'>{k}:</td><td>{v}</td></tr>" for k, v in lines
        ) + "</table>")

    def _show_statement(self, result: VerificationResult) -> None:
        """Show what a signed QR statement says, for a paper this register does not hold."""
        lines = _statement_lines(self, result)
        self.details.setText(self.tr(
            "Chữ ký của đơn vị cấp hợp lệ (kiểm tra không cần mạng).") + "<table cellpadding='2'>"
            + "".join(f"<tr><td style='color:#555'>{k}:</td><td>{v}</td></tr>"
                      for k, v in lines) + "</table>")


def _statement_lines(box: VerificationBox, result: VerificationResult) -> list[tuple[str, str]]:
    said = result.statement
    assert said is not None
    period = f"{format_date(said.start)} – {format_date(said.end)}"
    return [
        (box.tr("Người được cấp"), f"<b>{_html(said.full_name)}</b>"),
        (box.tr("Năm sinh"), _html(said.birth_year)),
        (box.tr("Lớp"), _html(said.course_title)),
        (box.tr("Thời gian"), period),
        (box.tr("Số"), _html(said.number)),
        (box.tr("Ngày cấp"), format_date(said.issued_on)),
        (box.tr("Đơn vị cấp"), _html(result.issuer_name or said.issuer_name)),
    ]


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class IssueDialog(QDialog):
    """Choose a finished course and who signs; shows how many certificates will be made."""

    def __init__(self, courses: list[IssuableCourse], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cấp giấy chứng nhận cho lớp"))
        self.courses = courses
        self.course = narrow_combo(QComboBox())
        for course in courses:
            self.course.addItem(
                f"{course.title} ({format_date(course.start)} – {format_date(course.end)})",
                course.id,
            )
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.issued_on = QDateEdit(_qdate(today))
        self.issued_on.setDisplayFormat("dd/MM/yyyy")
        self.issued_on.setCalendarPopup(True)
        from desktop.documents.pdf_common import COMMUNE_SIGNER

        settings = QSettings()
        self.signer_title = QPlainTextEdit(str(settings.value(SETTING_TITLE, COMMUNE_SIGNER)))
        self.signer_title.setFixedHeight(52)
        self.signer_title.setToolTip(self.tr(
            "Một hoặc hai dòng, ví dụ \"KT. CHỦ TỊCH\" rồi xuống dòng \"PHÓ CHỦ TỊCH\"."))
        self.signer_name = QLineEdit(str(settings.value(SETTING_NAME, "")))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lớp"), self.course)
        form.addRow("", self.count)
        form.addRow(self.tr("Ngày cấp"), self.issued_on)
        form.addRow(self.tr("Chức vụ người ký"), self.signer_title)
        form.addRow(self.tr("Họ tên người ký"), self.signer_name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Cấp chứng nhận"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.course.currentIndexChanged.connect(lambda _i: self._show_count())
        fit_to_screen(self, QSize(640, self.sizeHint().height()))
        self._show_count()

    def current(self) -> IssuableCourse | None:
        """Return the chosen course."""
        index = self.course.currentIndex()
        return self.courses[index] if 0 <= index < len(self.courses) else None

    def _show_count(self) -> None:
        course = self.current()
        if course is None:
            self.count.setText(self.tr("Chưa có lớp nào đã kết thúc."))
            self.ok.setEnabled(False)
            return
        self.count.setText(self.tr(
            "<b>{pending}</b> học viên đã hoàn thành chưa có giấy chứng nhận "
            "(đã cấp {issued}/{completed})."
        ).format(pending=format_number(course.pending), issued=format_number(course.issued),
                 completed=format_number(course.completed)))
        self.ok.setEnabled(course.pending > 0)

    def values(self) -> tuple[str, dt.date, str, str]:
        """Return (course id, issue date, signer title, signer name) as typed.

        The title's lines are joined with " / ", the form the certificate reads back as
        lines: a stored title holds no line break, which packages would refuse.
        """
        course = self.current()
        lines = (line.strip() for line in self.signer_title.toPlainText().splitlines())
        return (course.id if course else "", _pydate(self.issued_on.date()),
                " / ".join(line for line in lines if line), self.signer_name.text())

    def accept_if_valid(self) -> None:
        """Close only when the signer is filled in; remember the signer for next time."""
        _course, _day, title, name = self.values()
        if not title.strip() or not name.strip():
            self.error.setText(self.tr("Hãy nhập chức vụ và họ tên người ký."))
            return
        settings = QSettings()
        settings.setValue(SETTING_TITLE, title.strip())
        settings.setValue(SETTING_NAME, name.strip())
        self.accept()


class RevokeDialog(QDialog):
    """Ask for the revocation date and the (required) reason."""

    def __init__(self, row: CertificateRow, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thu hồi giấy chứng nhận"))
        intro = QLabel(self.tr(
            "Thu hồi giấy chứng nhận số <b>{number}</b> của <b>{name}</b>. Giấy vẫn được "
            "giữ trong sổ; khi kiểm tra mã sẽ báo “đã thu hồi”."
        ).format(number=_html(row.number), name=_html(row.full_name)))
        intro.setWordWrap(True)
        self.on = QDateEdit(_qdate(max(today, row.issued_on)))
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Ví dụ: cấp nhầm người, sai họ tên…"))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        form = QFormLayout()
        form.addRow(self.tr("Ngày thu hồi"), self.on)
        form.addRow(self.tr("Lý do"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thu hồi"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept_if_valid)
        buttons.rejected.connect(self.reject)
        fit_to_screen(self, QSize(480, self.sizeHint().height()))

    def accept_if_valid(self) -> None:
        """Close only with a reason."""
        if not self.reason.text().strip():
            self.error.setText(self.tr("Hãy ghi lý do thu hồi."))
            self.reason.setFocus()
            return
        self.accept()


class PatternDialog(QDialog):
    """Edit the numbering pattern with a live example of the next number."""

    def __init__(self, pattern: str, next_sequence: int, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mẫu số giấy chứng nhận"))
        self.seen: str | None = None  # the stored pattern a save must still find
        self.next_sequence = next_sequence
        self.year = year
        self.pattern = QLineEdit(pattern)
        self.example = QLabel()
        help_text = QLabel(self.tr(
            "{seq} là số thứ tự trong năm ({seq:02d} viết đủ 2 chữ số: 01), {year} là năm. "
            "Số thứ tự bắt đầu lại từ 01 mỗi năm. Các giấy đã cấp giữ nguyên số cũ; "
            "số đã dùng trong năm không bao giờ được cấp lại, kể cả khi đổi mẫu."
        ))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color:#555")
        form = QFormLayout()
        form.addRow(self.tr("Mẫu số"), self.pattern)
        form.addRow(self.tr("Số tiếp theo"), self.example)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.buttons)
        self.pattern.textChanged.connect(lambda _t: self.update_example())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fit_to_screen(self, QSize(480, self.sizeHint().height()))
        self.update_example()

    def update_example(self) -> None:
        """Show the next number as it would print, or what is wrong with the pattern."""
        try:
            cleaned = certs.validate_pattern(self.pattern.text())
            text = "Số: " + certs.render_number(cleaned, self.next_sequence, self.year)
            self.example.setStyleSheet("font-weight:bold")
            self.ok.setEnabled(True)
        except ValidationError as error:
            text = error_text(error)
            self.example.setStyleSheet("color:#b3261e")
            self.ok.setEnabled(False)
        self.example.setText(text)


class CertificatesPage(QWidget):
    """The certificates issued by this site, with issuing, printing, revoking, checking."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.today = today or dt.date.today()
        self.read_only = False
        self.scope = WHOLE
        """Whose certificates: a branch leader sees her own members' only."""
        self.year = QComboBox()
        self.course = narrow_combo(QComboBox())
        self.course.setMinimumWidth(260)
        self.course.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên…"))
        self.search.setClearButtonEnabled(True)
        self.show_revoked = QCheckBox(self.tr("Hiện cả giấy đã thu hồi"))
        self.show_revoked.setChecked(True)
        self.issue_button = QPushButton(self.tr("Cấp chứng nhận cho lớp…"))
        self.print_button = QPushButton(self.tr("In…"))
        self.english_button = QPushButton(self.tr("Bản dịch tiếng Anh…"))
        self.english_button.setToolTip(self.tr(
            "In bản dịch tiếng Anh để tham khảo; giấy chứng nhận hợp lệ vẫn là bản tiếng Việt."))
        self.revoke_button = QPushButton(self.tr("Thu hồi…"))
        self.pattern_button = QPushButton(self.tr("Mẫu số…"))
        self.blank_button = QPushButton(self.tr("In lên phôi…"))
        self.blank_button.setToolTip(self.tr(
            "In chỉ phần nội dung lên phôi giấy chứng nhận đã in sẵn; chỉnh vị trí một lần."))
        self.model = CertificateTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        sort_by_header(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        set_column_widths(self.table, (115, 160, 62, 115, 150, 80))
        self.summary = QLabel()
        self.verification = VerificationBox(database, self)
        self.verification.setFixedWidth(340)  # the list gets the rest of the width

        filters = QHBoxLayout()
        for caption, widget in ((self.tr("Năm"), self.year), (self.tr("Lớp"), self.course)):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_revoked)
        actions = QHBoxLayout()
        for button in (self.issue_button, self.print_button, self.blank_button,
                       self.revoke_button):
            actions.addWidget(button)
        actions.addWidget(self.pattern_button)
        actions.addStretch(1)
        # The count under the list, as on the members page: the button row keeps its room
        # for longer translations.
        self.summary.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(filters)
        left.addLayout(actions)
        left.addWidget(self.table, 1)
        # The translation under the list, beside the count: the row of buttons above is
        # as wide as an office screen allows once its words are English.
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.english_button, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.verification)

        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.course.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.show_revoked.toggled.connect(lambda _c: self.refresh())
        self.issue_button.clicked.connect(self.issue_for_course)
        self.print_button.clicked.connect(self.print_selected)
        self.english_button.clicked.connect(self.print_english)
        self.blank_button.clicked.connect(self.print_on_blanks)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.pattern_button.clicked.connect(self.edit_pattern)
        self.table.selectionModel().selectionChanged.connect(
            lambda _s, _d: self._update_buttons())
        self._filling = False
        self._request: CertificateFilter | None = None
        self._update_buttons()

    # Loading ------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the filters and then the list (when the page is first shown), on the pool."""

        def read(session: Session) -> tuple[list[int], list[certs.CourseChoice]]:
            return certs.certificate_years(session), certs.certificate_courses(session)

        def done(result: tuple[list[int], list[certs.CourseChoice]]) -> None:
            self._fill_filters(*result)
            self.refresh()

        self.tasks.query(self, self.database, read, done=done, problem=self.summary.setText)

    def _fill_filters(self, years: list[int] | None = None,
                      courses: list[certs.CourseChoice] | None = None) -> None:
        year, course = self.year.currentData(), self.course.currentData()
        if years is None or courses is None:
            with self.database.reading() as session:
                years = certs.certificate_years(session)
                courses = certs.certificate_courses(session)
        self._filling = True
        self.year.clear()
        self.year.addItem(self.tr("Tất cả"), None)
        for value in years:
            self.year.addItem(str(value), value)
        self.course.clear()
        self.course.addItem(self.tr("Tất cả các lớp"), None)
        for choice in courses:
            self.course.addItem(f"{choice.title} ({format_date(choice.start)})", choice.id)
        self.year.setCurrentIndex(max(0, self.year.findData(year)))
        self.course.setCurrentIndex(max(0, self.course.findData(course)))
        self._filling = False

    def current_filter(self) -> CertificateFilter:
        """Return what the list is narrowed to."""
        return CertificateFilter(
            year=self.year.currentData(), course_id=self.course.currentData(),
            text=self.search.text(), include_revoked=self.show_revoked.isChecked(),
            scope=self.scope,
        )

    def refresh(self, note: str = "") -> None:
        """Read the list again with the current filters (then show ``note`` if given)."""
        if self._filling:
            return
        flt = self._request = self.current_filter()

        def read(session: Session) -> list[CertificateRow]:
            return certs.list_certificates(session, flt)

        def done(rows: list[CertificateRow]) -> None:
            if flt is self._request:  # an answer to filters no longer chosen is dropped
                self._show_rows(rows)
                if note:
                    self.summary.setText(note)

        self.tasks.query(self, self.database, read, done=done, problem=self.summary.setText)

    def _show_rows(self, rows: list[CertificateRow]) -> None:
        self.model.set_rows(rows)
        revoked = sum(1 for r in rows if r.revoked)
        text = self.tr("{n} giấy chứng nhận").format(n=format_number(len(rows)))
        if revoked:
            text += self.tr(" (thu hồi {r})").format(r=format_number(revoked))
        self.summary.setText(text)
        self._update_buttons()

    def selected(self) -> list[CertificateRow]:
        """Return the selected certificates, in list order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(n) for n in rows) if r is not None]

    def set_user(self, user: SessionUser) -> None:
        """Adapt the page to who uses it; a branch leader reads her members' certificates.

        Issuing, revoking and numbering are the commune's (its seal), so she only looks
        and prints.
        """
        self.scope = user.scope
        self.set_read_only(not user.can_edit or not user.scope.whole)

    def set_read_only(self, read_only: bool) -> None:
        """Hide issuing, revoking and numbering (a chỉ xem account); printing stays."""
        self.read_only = read_only
        for button in (self.issue_button, self.revoke_button, self.pattern_button):
            button.setVisible(not read_only)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(len(chosen) == 1 and not chosen[0].revoked)
        self.print_button.setEnabled(bool(chosen) or bool(self.course.currentData()))
        self.english_button.setEnabled(self.print_button.isEnabled())
        self.blank_button.setEnabled(True)  # the test page needs no certificate

    # Issuing ------------------------------------------------------------------------

    def issue_dialog(self) -> IssueDialog:
        """Return the dialog listing this site's finished courses, the pending ones first."""
        with self.database.reading() as session:
            courses = certs.issuable_courses(session, self.site.unit_id, self.today)
        courses.sort(key=lambda c: c.pending == 0)
        return IssueDialog(courses, self.today, self)

    def issue_for_course(self) -> None:
        """Ask which course and who signs, then issue through the single writer."""
        if self.read_only:
            return
        dialog = self.issue_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.issue(*dialog.values())

    def issue(self, course_id: str, issued_on: dt.date, signer_title: str,
              signer_name: str) -> None:
        """Issue the course's pending certificates, then show them."""
        if self.read_only:
            return
        issuer = self.site.unit_id

        def write(session: Session) -> list[str]:
            return certs.issue_certificates(session, course_id, issuer, issued_on,
                                                signer_title, signer_name)

        def done(ids: list[str]) -> None:
            self.search.clear()
            self._fill_filters()
            self.course.setCurrentIndex(max(0, self.course.findData(course_id)))
            self.refresh(note=self.tr("Đã cấp {n} giấy chứng nhận.").format(
                n=format_number(len(ids))))

        self.tasks.op(self, self.database, write, done=done,
                      changes={Change.CERTIFICATES}, failed=lambda _exc: self.refresh())

    # Printing -----------------------------------------------------------------------

    def _rows_to_print(self) -> list[CertificateRow]:
        """Return the selected certificates (or all valid ones of the chosen course)."""
        rows = self.selected()
        if not rows and self.course.currentData():
            with self.database.reading() as session:
                rows = certs.certificates_of_course(session, str(self.course.currentData()),
                                                    scope=self.scope)
        if not rows:
            return []
        with self.database.reading() as session:
            return certs.with_qr_texts(session, rows)

    def certificates_pdf(self) -> Path | None:
        """Write the selected certificates (or all valid ones of the chosen course)."""
        from desktop.documents.certificate import certificate_from_row, render_certificates

        rows = self._rows_to_print()
        if not rows:
            return None
        folder = print_folder()
        name = "giay-chung-nhan.pdf" if len(rows) > 1 else (
            f"giay-chung-nhan-{rows[0].number.replace('/', '-')}.pdf")
        path = folder / name
        render_certificates([certificate_from_row(r) for r in rows], path)
        return path

    def english_pdf(self) -> Path | None:
        """Write the English translation of the certificates ``certificates_pdf`` would print."""
        from desktop.documents.certificate_translation import (
            render_certificate_translations,
            translation_from_row,
        )

        rows = self._rows_to_print()
        if not rows:
            return None
        name = "giay-chung-nhan-ban-dich-tieng-anh.pdf" if len(rows) > 1 else (
            f"giay-chung-nhan-{rows[0].number.replace('/', '-')}-tieng-anh.pdf")
        path = print_folder() / name
        render_certificate_translations([translation_from_row(r) for r in rows], path)
        return path

    def print_english(self) -> None:
        """Preview the English translation, a separate paper beside the certificate."""
        path = self.english_pdf()
        if path is None:
            QMessageBox.information(self, self.tr("Bản dịch tiếng Anh"), self.tr(
                "Hãy chọn giấy chứng nhận trong danh sách, hoặc chọn một lớp để in cả lớp."))
            return
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(path, self.tr("Bản dịch tiếng Anh"), path.name, self).exec()

    def print_selected(self) -> None:
        """Preview the certificates, from where they can be printed or saved."""
        path = self.certificates_pdf()
        if path is None:
            QMessageBox.information(self, self.tr("In giấy chứng nhận"), self.tr(
                "Hãy chọn giấy chứng nhận trong danh sách, hoặc chọn một lớp để in cả lớp."))
            return
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(path, self.tr("Giấy chứng nhận"), path.name, self).exec()

    # Pre-printed forms ---------------------------------------------------------------

    def blank_dialog(self, typed: BlankLayout | None = None) -> BlankFormDialog:
        """Return the dialog of positions on pre-printed forms, filled with the stored ones.

        ``typed`` fills it instead with what she set before a save was refused; the
        stored layout is kept as :attr:`BlankFormDialog.seen` either way.
        """
        with self.database.reading() as session:
            layout = blank_layout(session)
        dialog = BlankFormDialog(typed or layout, self)
        dialog.seen = layout
        return dialog

    def print_on_blanks(self, typed: BlankLayout | None = None) -> None:
        """Let the office adjust the positions, save them, and print onto the forms."""
        dialog = self.blank_dialog(typed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        layout = dialog.layout_value()
        self.save_blank_layout(layout, seen=dialog.seen)
        if not dialog.print_requested:
            return
        path = self.blanks_pdf(layout)
        if path is None:
            QMessageBox.information(self, self.tr("In lên phôi"), self.tr(
                "Hãy chọn giấy chứng nhận trong danh sách, hoặc chọn một lớp để in cả lớp."))
            return
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(path, self.tr("Giấy chứng nhận (in lên phôi)"), path.name, self).exec()

    def blanks_pdf(self, layout: BlankLayout) -> Path | None:
        """Write the fields of the certificates to print, for pre-printed forms."""
        from desktop.documents.certificate import certificate_from_row
        from desktop.documents.certificate_blanks import render_on_blanks

        rows = self._rows_to_print()
        if not rows:
            return None
        path = print_folder() / "giay-chung-nhan-in-len-phoi.pdf"
        render_on_blanks([certificate_from_row(r) for r in rows], layout, path)
        return path

    def save_blank_layout(self, layout: BlankLayout, *, seen: BlankLayout | None = None) -> None:
        """Store the positions through the single writer (a chỉ xem account keeps them unsaved).

        ``seen`` is the layout the dialog opened with: positions someone else stored
        meanwhile are shown beside hers rather than replaced.
        """
        if self.read_only:
            return

        def write(session: Session) -> BlankLayout:
            return set_blank_layout(session, layout, seen=seen)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SettingConflictError) and isinstance(exc.stored, BlankLayout):
                self._settle_layout(layout, exc.stored)
            elif isinstance(exc, UserError):
                show_problem(self, error_text(exc))

        # A conflict is answered by ``failed`` with both versions, not by a message.
        self.tasks.op(self, self.database, write, done=lambda _l: None, changes=set(),
                      failed=failed, problem=lambda _text: None)

    def _settle_layout(self, mine: BlankLayout, stored: BlankLayout) -> None:
        """Someone stored other positions meanwhile: both side by side, she chooses."""
        def shown(point: tuple[float, float]) -> str:
            return self.tr("{x} mm; {y} mm").format(x=f"{point[0]:g}", y=f"{point[1]:g}")

        fields = [ComparedField(label, shown(mine.positions[key]), shown(stored.positions[key]))
                  for key, label, _x, _y in BLANK_FIELDS]
        fields.append(ComparedField(self.tr("Dịch cả tờ"),
                                    shown((mine.offset_x, mine.offset_y)),
                                    shown((stored.offset_x, stored.offset_y))))
        fields.sort(key=lambda field: not field.differs)
        self._settle_setting(self.tr("vị trí in lên phôi"), fields,
                             keep_mine=lambda: self.save_blank_layout(mine, seen=stored),
                             edit=lambda: self.print_on_blanks(typed=mine))

    def _settle_setting(self, what: str, fields: list[ComparedField], *,
                        keep_mine: Callable[[], None], edit: Callable[[], None]) -> None:
        """Ask about a setting someone else changed meanwhile; going back reopens her form."""
        choice = settle_conflict(self, what, fields, take_theirs=lambda: None,
                                 answer_theirs=lambda: None, keep_mine=keep_mine)
        if choice is ConflictChoice.EDIT:
            edit()

    # Revoking -----------------------------------------------------------------------

    def revoke_selected(self) -> None:
        """Ask for a reason and revoke the selected certificate."""
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].revoked:
            return
        dialog = RevokeDialog(chosen[0], self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.revoke(chosen[0].id, _pydate(dialog.on.date()), dialog.reason.text())

    def revoke(self, certificate_id: str, on: dt.date, reason: str) -> None:
        """Revoke through the single writer, then refresh the list and the check box."""
        if self.read_only:
            return

        def write(session: Session) -> None:
            certs.revoke_certificate(session, certificate_id, on, reason)

        def done(_result: object) -> None:
            self.refresh()
            if self.verification.result is not None:
                self.verification.run()

        self.tasks.op(self, self.database, write, done=done,
                      changes={Change.CERTIFICATES}, failed=lambda _exc: self.refresh())

    # Numbering ----------------------------------------------------------------------

    def pattern_dialog(self, typed: str | None = None) -> PatternDialog:
        """Return the pattern dialog filled with the stored pattern and the next number.

        ``typed`` fills it instead with what she typed before a save was refused; the
        stored pattern is kept as :attr:`PatternDialog.seen` either way.
        """
        year = self.today.year
        with self.database.reading() as session:
            pattern = certs.certificate_pattern(session)
            sequence = certs.next_sequence(session, self.site.unit_id, year)
        dialog = PatternDialog(pattern if typed is None else typed, sequence, year, self)
        dialog.seen = pattern
        return dialog

    def edit_pattern(self, typed: str | None = None) -> None:
        """Let the office change how new certificates are numbered."""
        dialog = self.pattern_dialog(typed)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_pattern(dialog.pattern.text(), seen=dialog.seen)

    def save_pattern(self, pattern: str, *, seen: str | None = None) -> None:
        """Store the pattern through the single writer.

        ``seen`` is the pattern the dialog opened with: one someone else stored meanwhile
        is shown beside hers rather than replaced.
        """
        if self.read_only:
            return

        def write(session: Session) -> str:
            return certs.set_certificate_pattern(session, pattern, seen=seen)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SettingConflictError) and isinstance(exc.stored, str):
                stored = exc.stored
                self._settle_setting(
                    self.tr("mẫu số giấy chứng nhận"),
                    [ComparedField(self.tr("Mẫu số"), pattern, stored)],
                    keep_mine=lambda: self.save_pattern(pattern, seen=stored),
                    edit=lambda: self.edit_pattern(typed=pattern))
                return
            if isinstance(exc, UserError):
                show_problem(self, error_text(exc))
            self.refresh()

        # A conflict is answered by ``failed`` with both versions, not by a message.
        self.tasks.op(self, self.database, write, done=lambda _p: None,
                      changes={Change.CERTIFICATES}, failed=failed, problem=lambda _text: None)
