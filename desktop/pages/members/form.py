"""The member form: adding a member, or correcting what the register says about her.

The form is written for an officer copying a branch head's paper list: every field takes
text the way it is written on paper, nothing is checked while she types, and "Lưu"
hands the whole form to :func:`db.members.validate_draft`, which answers with one
message per field. The messages appear in red under their fields, the cursor goes to
the first one, and everything typed stays where it was. Closing with unsaved changes
always asks first.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import ConcurrentChangeError, UserError
from db.members import (
    KIND_LABELS,
    STATUS_LABELS,
    InvalidDraftError,
    MemberDraft,
    PossibleDuplicate,
    add_member,
    draft_of,
    members_by_ids,
    possible_duplicates,
    status_history,
    update_member,
    validate_draft,
)
from db.site import SiteInfo
from db.units import list_branches
from db.validation import PartialDate, ValidationError, format_phone, normalize_phone
from db.vocabulary import (
    ETHNICITY,
    GENDER,
    QUALIFICATION_LEVELS,
    RELIGION,
    QualificationKind,
)
from desktop import formatting
from desktop.pages.members.status_dialog import StatusDialog
from desktop.session_user import OFFICE, SENSITIVE_FIELDS, SessionUser
from desktop.tasks import Change, TaskRunner
from desktop.widgets import conflict_dialog
from desktop.widgets.choices import choice_edit, set_choice
from desktop.widgets.conflict_dialog import ComparedField
from desktop.widgets.field_errors import ask_discard, error_label, fit_height, with_error
from desktop.widgets.optional_date_edit import OptionalDateEdit
from desktop.widgets.partial_date_edit import PartialDateEdit
from desktop.widgets.screen_fit import SCROLL_GAP, fit_scrolled, narrow_combo, scrolling

log = logging.getLogger(__name__)

ETHNICITY_CHOICES = ETHNICITY.codes
RELIGION_CHOICES = RELIGION.codes
PROFESSIONAL_CHOICES = tuple(
    level for level, _rank in QUALIFICATION_LEVELS[QualificationKind.PROFESSIONAL])
THEORY_CHOICES = tuple(
    level for level, _rank in QUALIFICATION_LEVELS[QualificationKind.POLITICAL_THEORY])
OCCUPATION_CHOICES = ("Nông nghiệp", "Công nhân", "Lao động tự do", "Buôn bán", "Nội trợ",
                      "Hưu trí", "Cán bộ, công chức", "Giáo viên", "Học sinh, sinh viên")
CONSENT_CHOICES = ("Ký phiếu đồng ý", "Đồng ý bằng lời, có người làm chứng",
                   "Đồng ý qua tin nhắn")
"""Usual answers offered in the drop-down lists; any other text may still be typed."""

MINIMUM_WIDTH = 900
"""Wide enough for both columns to show their longest hints and most messages on one line."""

class MemberFormDialog(QDialog):
    """Add a member, or edit one, with messages beside the fields that need correcting.

    Signals:
        saved(str): the member's key, once the form has been stored.
        status_changed(str): the member's key, after a status change made from here
            (lists showing her status should refresh even if the form is then closed).
    """

    saved = Signal(str)
    status_changed = Signal(str)

    def __init__(
        self,
        database: Database,
        site: SiteInfo,
        tasks: TaskRunner,
        member_id: str | None = None,
        parent: QWidget | None = None,
        *,
        user: SessionUser = OFFICE,
    ) -> None:
        """Build the form, filled from the register when editing.

        Args:
            database: The open register; the form reads from it directly (a few rows)
                and writes only through ``tasks``.
            site: This installation; new members belong to its commune.
            tasks: The runner whose single writer stores the member.
            member_id: The member to edit, or None to add a new one.
            parent: Owning window; the form is modal to it.
            user: Who is looking. A viewer (chỉ xem) sees the form read-only, cannot
                save, and is not shown ethnicity and religion at all (sensitive data).
        """
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.member_id = member_id
        self.user = user
        self._hidden: dict[str, str] = {}
        """Stored sensitive values kept off the screen (and saved unchanged)."""
        self._version: int | None = None
        self.status_dialog: StatusDialog | None = None
        self._saving = False
        self.no_branch_notice: QMessageBox | None = None
        self.setWindowTitle(
            self.tr("Thêm hội viên") if member_id is None else self.tr("Sửa thông tin hội viên")
        )
        self.setSizeGripEnabled(True)
        self.setStyleSheet('*[invalid="true"] { border: 1px solid #b3261e; }')

        self._build_fields()
        self.errors: dict[str, QLabel] = {name: error_label() for name in self._fields}
        self.general_error = error_label()
        self._layout_form()
        self._load()
        self._apply_user()
        self._baseline = self.draft()

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.setMinimumWidth(MINIMUM_WIDTH)
        fit_scrolled(self, self.scroll, MINIMUM_WIDTH)
        self.full_name.setFocus()

    # ------------------------------------------------------------------ building

    def _build_fields(self) -> None:
        """Create the inputs in the order the cursor visits them (Tab follows creation)."""
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.full_name.setPlaceholderText(self.tr("ví dụ: Nguyễn Thị Hoa"))
        self.gender = QComboBox()
        for value, label in GENDER.labels.items():
            self.gender.addItem(self.tr(label), value)
        self.birth_date = PartialDateEdit()
        self.ethnicity = choice_edit(ETHNICITY_CHOICES)
        self.religion = choice_edit(RELIGION_CHOICES)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(20)
        self.id_number.setPlaceholderText(self.tr("12 chữ số"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("ví dụ: 0912 345 678"))
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.address.setPlaceholderText(self.tr("thôn, tổ dân phố"))

        self.consent_on = OptionalDateEdit()
        self.consent_method = choice_edit(CONSENT_CHOICES, max_length=120)

        self.branch = narrow_combo(QComboBox())
        self.kind = QComboBox()
        for value, label in KIND_LABELS.items():
            self.kind.addItem(label, str(value))
        self.joined_on = OptionalDateEdit()
        self.card_number = QLineEdit()
        self.card_number.setMaxLength(30)
        self.card_issued_on = OptionalDateEdit()
        self.party_member = QCheckBox(self.tr("Là đảng viên"))

        self.education = QLineEdit()
        self.education.setMaxLength(20)
        self.education.setPlaceholderText(self.tr("ví dụ: 12/12"))
        self.professional_level = choice_edit(PROFESSIONAL_CHOICES)
        self.political_theory = choice_edit(THEORY_CHOICES)
        self.occupation = choice_edit(OCCUPATION_CHOICES, max_length=120)

        self.notes = QLineEdit()
        self.notes.setMaxLength(1000)

        # Every input by its MemberDraft name, in screen order: the first bad one gets
        # the cursor.
        self._fields: dict[str, QWidget] = {
            "full_name": self.full_name,
            "gender": self.gender,
            "birth_date": self.birth_date,
            "ethnicity": self.ethnicity,
            "religion": self.religion,
            "id_number": self.id_number,
            "phone": self.phone,
            "address": self.address,
            "consent_on": self.consent_on,
            "consent_method": self.consent_method,
            "branch_id": self.branch,
            "kind": self.kind,
            "joined_on": self.joined_on,
            "card_number": self.card_number,
            "card_issued_on": self.card_issued_on,
            "party_member": self.party_member,
            "education": self.education,
            "professional_level": self.professional_level,
            "political_theory": self.political_theory,
            "occupation": self.occupation,
            "notes": self.notes,
        }

        self.birth_date.problemChanged.connect(self._birth_problem)
        self.phone.editingFinished.connect(self._tidy_phone)
        for name, widget in self._fields.items():
            self._clear_on_edit(name, widget)

    def _row(self, form: QFormLayout, label: str, name: str) -> QLabel:
        """Add one labelled input with its (hidden) error label underneath.

        Returns:
            The caption, so captions of stacked boxes can be given one width.
        """
        caption = QLabel(label)
        caption.setBuddy(self._fields[name])
        form.addRow(caption, with_error(self._fields[name], self.errors[name]))
        return caption

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        """Return a titled box of labelled rows."""
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(6)
        for label, name in rows:
            self._captions[name] = self._row(form, label, name)
        return box

    def _line_up(self, names: list[str]) -> None:
        """Give the captions of one column one width, so its inputs start in one line."""
        width = max(self._captions[name].sizeHint().width() for name in names)
        for name in names:
            self._captions[name].setMinimumWidth(width)

    def _layout_form(self) -> None:
        self._captions: dict[str, QLabel] = {}
        required = " <span style='color:#b3261e'>*</span>"
        optional = self.tr(" <span style='color:#666'>(không bắt buộc)</span>")
        general = self._group(self.tr("Thông tin chung"), [
            (self.tr("Họ và tên") + required, "full_name"),
            (self.tr("Giới tính"), "gender"),
            (self.tr("Ngày sinh"), "birth_date"),
            (self.tr("Dân tộc") + optional, "ethnicity"),
            (self.tr("Tôn giáo") + optional, "religion"),
            (self.tr("Số CCCD"), "id_number"),
            (self.tr("Điện thoại"), "phone"),
            (self.tr("Địa chỉ (thôn/tổ)"), "address"),
        ])
        consent = self._group(self.tr("Đồng ý xử lý dữ liệu cá nhân"), [
            (self.tr("Ngày đồng ý"), "consent_on"),
            (self.tr("Hình thức"), "consent_method"),
        ])
        union = self._group(self.tr("Sinh hoạt Hội"), [
            (self.tr("Chi hội"), "branch_id"),
            (self.tr("Loại hội viên"), "kind"),
            (self.tr("Ngày vào Hội"), "joined_on"),
            (self.tr("Số thẻ"), "card_number"),
            (self.tr("Ngày cấp thẻ"), "card_issued_on"),
            (self.tr("Đảng viên"), "party_member"),
        ])
        schooling = self._group(self.tr("Trình độ"), [
            (self.tr("Học vấn"), "education"),
            (self.tr("Chuyên môn"), "professional_level"),
            (self.tr("Lý luận chính trị"), "political_theory"),
            (self.tr("Nghề nghiệp"), "occupation"),
        ])

        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(consent)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(union)
        right.addWidget(schooling)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)

        # Notes span both columns, indented like the boxes' contents so they line up.
        notes = QFormLayout()
        margins = general.layout().contentsMargins()
        notes.setContentsMargins(margins.left() + 1, 4, margins.right() + 1, 0)
        self._captions["notes"] = self._row(notes, self.tr("Ghi chú"), "notes")
        self._line_up(["full_name", "gender", "birth_date", "ethnicity", "religion",
                       "id_number", "phone", "address", "consent_on", "consent_method",
                       "notes"])
        self._line_up(["branch_id", "kind", "joined_on", "card_number", "card_issued_on",
                       "party_member", "education", "professional_level",
                       "political_theory", "occupation"])

        # The fields scroll on a short screen; the message and Lưu / Đóng stay in view.
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, SCROLL_GAP, 0)
        fields.addLayout(columns)
        fields.addLayout(notes)
        if self.member_id is not None:
            fields.addWidget(self._status_section())
        fields.addStretch(1)
        self.scroll = scrolling(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_error)

        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Lưu (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        hint = QLabel(self.tr("Mục có dấu <span style='color:#b3261e'>*</span> là bắt buộc."))
        self.read_only_hint = hint
        buttons = QHBoxLayout()
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _status_section(self) -> QGroupBox:
        """Show the current status, its history and the way to change it (edit mode)."""
        box = QGroupBox(self.tr("Tình trạng sinh hoạt"))
        self.status_label = QLabel()
        self.status_button = QPushButton(self.tr("Đổi tình trạng…"))
        self.status_button.setAutoDefault(False)
        self.status_button.clicked.connect(self.open_status_dialog)
        self.privacy_button = QPushButton(self.tr("Dữ liệu cá nhân…"))
        self.privacy_button.setAutoDefault(False)
        self.privacy_button.setToolTip(self.tr(
            "Ghi nhận đồng ý, in toàn bộ thông tin đang lưu về người này, hoặc xóa theo yêu cầu"
        ))
        self.privacy_button.clicked.connect(self.open_privacy_dialog)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Ngày"), self.tr("Tình trạng"), self.tr("Lý do"), self.tr("Nơi chuyển đến")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setDefaultSectionSize(24)
        self.history.setFixedHeight(24 * 4 + header.sizeHint().height() + 4)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        self.audit_button = QPushButton(self.tr("Lịch sử thay đổi…"))
        self.audit_button.setAutoDefault(False)
        self.audit_button.setToolTip(self.tr("Ai đã sửa hồ sơ này, lúc nào, sửa gì"))
        self.audit_button.clicked.connect(self.open_audit)
        top.addWidget(self.audit_button)
        top.addWidget(self.privacy_button)
        top.addWidget(self.status_button)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.history)
        return box

    def _apply_user(self) -> None:
        """Hide sensitive fields from a role that may not see them; lock a viewer's form."""
        if not self.user.shows_sensitive:
            if self.member_id is not None:  # the trail shows before/after values
                self.audit_button.hide()
            for name in SENSITIVE_FIELDS:
                container = self._fields[name].parentWidget()
                box = container.parentWidget() if container is not None else None
                form = box.layout() if box is not None else None
                if isinstance(form, QFormLayout) and container is not None:
                    form.setRowVisible(container, False)
        if self.user.can_edit:
            return
        self.setWindowTitle(self.tr("Xem thông tin hội viên"))
        for widget in self._fields.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("Tài khoản chỉ xem không sửa được thông tin."))
        self.read_only_hint.setText(self.tr("Tài khoản chỉ xem: không sửa được thông tin."))
        self.close_button.setDefault(True)
        if self.member_id is not None:
            self.status_button.setEnabled(False)

    # ------------------------------------------------------------------ data

    def _load(self) -> None:
        """Fill the branch list and, when editing, the member's stored values.

        A member may still belong to a branch that has since been merged away; it is
        listed anyway, so opening and saving the form never moves her silently.
        """
        today = dt.date.today()
        draft = MemberDraft()
        branch_name: str | None = None
        scope = self.user.scope
        with self.database.reading() as session:
            branches = [row for row in list_branches(session, self.site.unit_id, today.year)
                        if scope.covers(row.id)]
            if self.member_id is not None:
                draft = draft_of(session, self.member_id, scope=scope)
                rows = members_by_ids(session, [self.member_id], scope=scope)
                if not rows:
                    raise UserError(self.tr("Không tìm thấy hội viên này; có thể đã bị xóa."))
                branch_name = rows[0].branch
        if scope.whole:  # a branch leader's members always belong to one of her branches
            self.branch.addItem(self.tr("(chưa chọn chi hội)"), None)
        for row in branches:
            self.branch.addItem(row.name, row.id)
        if draft.branch_id and self.branch.findData(draft.branch_id) < 0:
            self.branch.addItem(branch_name or self.tr("(chi hội cũ)"), draft.branch_id)
        self.set_draft(draft)
        if self.member_id is not None:
            self.reload_status()

    def set_draft(self, draft: MemberDraft) -> None:
        """Show a draft in the inputs (the stored member when editing)."""
        self._version = draft.version
        self.full_name.setText(draft.full_name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(str(draft.gender))))
        self.birth_date.setText(draft.birth_date)
        if self.user.shows_sensitive:
            set_choice(self.ethnicity, draft.ethnicity)
            set_choice(self.religion, draft.religion)
        else:  # never put on screen; kept to be saved back unchanged
            self._hidden = {"ethnicity": draft.ethnicity, "religion": draft.religion}
        self.id_number.setText(draft.id_number)
        self.phone.setText(format_phone(draft.phone))
        self.address.setText(draft.address)
        self.consent_on.set_date(draft.consent_on)
        set_choice(self.consent_method, draft.consent_method)
        self.branch.setCurrentIndex(max(0, self.branch.findData(draft.branch_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(draft.kind))))
        self.joined_on.set_date(draft.joined_on)
        self.card_number.setText(draft.card_number)
        self.card_issued_on.set_date(draft.card_issued_on)
        self.party_member.setChecked(bool(draft.party_member))
        self.education.setText(draft.education)
        set_choice(self.professional_level, draft.professional_level)
        set_choice(self.political_theory, draft.political_theory)
        set_choice(self.occupation, draft.occupation)
        self.notes.setText(draft.notes)

    def draft(self) -> MemberDraft:
        """Return exactly what is on screen, as text, for the db layer to judge."""
        branch = self.branch.currentData()
        return MemberDraft(
            full_name=self.full_name.text(),
            gender=str(self.gender.currentData()),
            birth_date=self.birth_date.text(),
            ethnicity=self._hidden.get("ethnicity", self.ethnicity.currentText()),
            religion=self._hidden.get("religion", self.religion.currentText()),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            occupation=self.occupation.currentText(),
            education=self.education.text(),
            professional_level=self.professional_level.currentText(),
            political_theory=self.political_theory.currentText(),
            party_member=self.party_member.isChecked(),
            kind=str(self.kind.currentData()),
            joined_on=self.joined_on.date(),
            card_number=self.card_number.text(),
            card_issued_on=self.card_issued_on.date(),
            branch_id=str(branch) if branch else None,
            consent_on=self.consent_on.date(),
            consent_method=self.consent_method.currentText(),
            notes=self.notes.text(),
            version=self._version,
        )

    def is_modified(self) -> bool:
        """Tell whether anything on screen differs from what was loaded or last saved."""
        return self.draft() != self._baseline

    def reload_status(self) -> None:
        """Show the member's current status and its dated history, newest last."""
        if self.member_id is None:
            return
        with self.database.reading() as session:
            rows = members_by_ids(session, [self.member_id], scope=self.user.scope)
            events = status_history(session, self.member_id, scope=self.user.scope)
        if rows:
            since = events[-1].effective_on if events else None
            text = self.tr("Hiện nay: <b>{status}</b>").format(status=rows[0].status_label)
            if since is not None:
                text += self.tr(" từ ngày {date}").format(date=formatting.date(since))
            self.status_label.setText(text)
        self.history.setRowCount(len(events))
        for number, event in enumerate(events):
            values = (
                formatting.date(event.effective_on),
                STATUS_LABELS.get(event.status, event.status),
                event.reason or "",
                event.destination or "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.history.setItem(number, column, item)
        if events:
            self.history.scrollToBottom()

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Check the form, ask about a likely duplicate, then store it on the writer.

        Checking happens here, before the writer is involved, so the messages appear
        at once; the writer checks again (the db layer always validates) in case the
        rules see something this screen did not.
        """
        if self._saving or not self.user.can_edit:
            return
        self.birth_date.tidy()
        self.clear_errors()
        draft = self.draft()
        today = dt.date.today()
        try:
            validate_draft(draft, today)
        except InvalidDraftError as exc:
            self.show_errors(exc.errors)
            return
        if self.member_id is None and not self._confirm_not_duplicate(draft):
            self.full_name.setFocus()
            return
        database, commune_id, member_id = self.database, self.site.unit_id, self.member_id
        scope = self.user.scope

        def work(session: Session) -> str:
            if member_id is None:
                return add_member(session, commune_id, draft, today, scope=scope)
            update_member(session, member_id, draft, today, scope=scope)
            return member_id

        self._set_saving(True)
        self.tasks.op(self, database, work, done=self._saved, changes={Change.MEMBERS},
                      fields=self._save_refused, problem=lambda text: self.show_errors({"": text}),
                      failed=self._save_failed)

    def _save_failed(self, exc: BaseException) -> None:
        """Re-enable saving; when someone else saved meanwhile, show both versions.

        What she typed stays on screen; she keeps it (saved over theirs), takes theirs,
        or goes back to editing knowing what changed.
        """
        self._set_saving(False)
        if not isinstance(exc, ConcurrentChangeError) or self.member_id is None:
            return
        with self.database.reading() as session:
            theirs = draft_of(session, self.member_id, scope=self.user.scope)
        self.clear_errors()

        def take_theirs() -> None:
            self.set_draft(theirs)
            self._baseline = self.draft()

        conflict_dialog.settle_conflict(
            self, self.tr("hồ sơ của {name}").format(name=theirs.full_name),
            self._compared(self.draft(), theirs),
            take_theirs=take_theirs,
            answer_theirs=lambda: setattr(self, "_version", theirs.version),
            keep_mine=self.save)

    def _compared(self, mine: MemberDraft, theirs: MemberDraft) -> list[ComparedField]:
        """Both drafts field by field, as the form shows them, the differing ones first."""
        rows = [(_caption_text(self._captions[name].text()), name, widget)
                for name, widget in self._fields.items()
                if name in self._captions and (self.user.shows_sensitive
                                               or name not in {"ethnicity", "religion"})]
        return conflict_dialog.compare_drafts(rows, mine, theirs, self._shown)

    def _shown(self, name: str, widget: QWidget | None, value: object) -> str:
        """One field of a draft as text, the way the form puts it on screen."""
        if name in {"gender", "kind", "branch_id"} and isinstance(widget, QComboBox):
            index = widget.findData(str(value) if value is not None else None)
            return widget.itemText(index) if index >= 0 else ""
        if name == "party_member":
            return self.tr("Có") if value else self.tr("Không")
        if name == "phone":
            return format_phone(str(value))
        return conflict_dialog.shown_value(widget, value)

    def _confirm_not_duplicate(self, draft: MemberDraft) -> bool:
        with self.database.reading() as session:
            found = possible_duplicates(session, self.site.unit_id, draft, self.member_id,
                                        scope=self.user.scope)
        if not found:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Có thể trùng hội viên"),
            self.tr("Có thể trùng với:\n{people}\n\nVẫn thêm?").format(
                people="\n".join(self._describe(person) for person in found[:5])
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Có, vẫn thêm"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Không"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return ask(box) == QMessageBox.StandardButton.Yes

    def _describe(self, person: PossibleDuplicate) -> str:
        if person.birth_date:
            born = PartialDate.from_iso(person.birth_date).display()
            return self.tr("• {name}, sinh {born} ({reason})").format(
                name=person.full_name, born=born, reason=person.reason
            )
        return self.tr("• {name} ({reason})").format(name=person.full_name, reason=person.reason)

    def _saved(self, member_id: object) -> None:
        self._set_saving(False)
        self.member_id = str(member_id)
        self._baseline = self.draft()
        if self._baseline.branch_id is None and self.branch.count() > 1:
            self._warn_without_branch()
        self.saved.emit(self.member_id)
        self.accept()

    def _warn_without_branch(self) -> None:
        """Say, without stopping the work, that the member saved belongs to no branch.

        Allowed (a list may be imported before its branches exist), but such members
        are easy to lose: they appear under the "Chưa có chi hội" filter only.
        """
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Hội viên chưa có chi hội"),
            self.tr("Đã lưu {name}, nhưng hội viên này chưa thuộc chi hội nào. Hãy chọn chi "
                    "hội khi có thể; trong danh sách, chọn bộ lọc «Chưa có chi hội» để "
                    "xem những hội viên như vậy.").format(name=self._baseline.full_name),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
        self.no_branch_notice = box

    def _save_refused(self, errors: dict[str, str]) -> None:
        self.show_errors(errors)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.close_button.setEnabled(not saving)

    # ------------------------------------------------------------------ messages

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message under its field and move the cursor to the first one.

        A message about a field this form does not show goes above the buttons, so no
        message is ever lost.
        """
        general: list[str] = []
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                general.append(message)
                continue
            label.setText(message)
            label.show()
            self._mark(self._fields[name], True)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        fit_height(self)
        first = next((name for name in self._fields if name in errors), None)
        if first is not None:
            widget = self._fields[first]
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def clear_errors(self) -> None:
        """Hide every message (before checking again)."""
        for name in self.errors:
            self._clear_error(name)
        self.general_error.clear()
        self.general_error.hide()

    def _clear_error(self, name: str) -> None:
        label = self.errors[name]
        if label.isVisibleTo(self) or label.text():
            label.clear()
            label.hide()
        self._mark(self._fields[name], False)

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        target = widget.edit if isinstance(widget, OptionalDateEdit) else widget
        if bool(target.property("invalid")) == invalid:
            return
        target.setProperty("invalid", invalid)
        target.style().unpolish(target)
        target.style().polish(target)

    def _clear_on_edit(self, name: str, widget: QWidget) -> None:
        """Hide a field's message as soon as the officer starts correcting it."""
        def clear(*_args: object) -> None:
            self._clear_error(name)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
            if widget.isEditable():
                widget.editTextChanged.connect(clear)
        elif isinstance(widget, OptionalDateEdit):
            widget.changed.connect(clear)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(clear)

    def _birth_problem(self, message: str) -> None:
        """Say at once when a birth date cannot be read, without waiting for "Lưu"."""
        if message:
            self.show_errors_quietly("birth_date", message)
        else:
            self._clear_error("birth_date")

    def show_errors_quietly(self, name: str, message: str) -> None:
        """Show one field's message without moving the cursor (used while typing)."""
        label = self.errors[name]
        label.setText(message)
        label.show()
        self._mark(self._fields[name], True)
        fit_height(self)

    def _tidy_phone(self) -> None:
        """Rewrite a readable phone number as "0912 345 678"; leave anything else as typed."""
        text = self.phone.text()
        if not text.strip():
            return
        try:
            tidy = format_phone(normalize_phone(text))
        except ValidationError:
            return
        if tidy != text:
            self.phone.setText(tidy)

    # ------------------------------------------------------------------ status

    def open_status_dialog(self) -> None:
        """Open the status dialog for this member; refresh the history when it is saved."""
        if self.member_id is None:
            return
        dialog = StatusDialog(self.database, self.tasks, self.member_id, self,
                              role=self.user.role, scope=self.user.scope)
        dialog.changed.connect(self._status_saved)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.status_dialog = dialog
        dialog.open()

    def _status_saved(self) -> None:
        self.reload_status()
        if self.member_id is not None:
            # The status change bumped the record's version; a later save of this form
            # is still based on what is on screen, so it must not look like a conflict.
            with self.database.reading() as session:
                current = draft_of(session, self.member_id, scope=self.user.scope).version
            self._version = current
            self._baseline = replace(self._baseline, version=current)
        if self.member_id is not None:
            self.status_changed.emit(self.member_id)

    def open_privacy_dialog(self) -> None:
        """Consent, the subject's report and erasure (Law 91/2025 on personal data)."""
        if self.member_id is None:
            return
        from desktop.pages.members.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self.database, self.site, self.tasks, self.member_id, self,
                               user=self.user)
        dialog.changed.connect(self._consent_changed)
        dialog.erased.connect(self._erased)
        dialog.exec()

    def open_audit(self) -> None:
        """Show who changed this member's record, when, and from what to what."""
        if self.member_id is None or not self.user.shows_sensitive:
            return
        from desktop.widgets.audit_view import AuditDialog

        AuditDialog(self.database, self.member_id, self).exec()

    def _consent_changed(self) -> None:
        """Show the consent just recorded, so a later save does not write the old one."""
        if self.member_id is None:
            return
        with self.database.reading() as session:
            stored = draft_of(session, self.member_id, scope=self.user.scope)
        self.consent_on.set_date(stored.consent_on)
        set_choice(self.consent_method, stored.consent_method)
        self._version = stored.version
        self._baseline = replace(self._baseline, consent_on=stored.consent_on,
                                 consent_method=stored.consent_method, version=stored.version)
        if self.member_id is not None:
            self.status_changed.emit(self.member_id)

    def _erased(self) -> None:
        """The person's data is gone: close without asking about unsaved changes."""
        if self.member_id is not None:
            self.status_changed.emit(self.member_id)
        QDialog.reject(self)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Close on Esc, "Đóng" or the window's ×, but never lose typed changes unasked."""
        if self._saving:
            return
        if not self.is_modified():
            super().reject()
            return
        if ask_discard(self, self.windowTitle()):
            super().reject()


def ask(box: QMessageBox) -> QMessageBox.StandardButton:
    """Run a message box and return the standard button chosen (Esc gives the escape one)."""
    return QMessageBox.StandardButton(box.exec())


def _caption_text(caption: str) -> str:
    """A form caption without its marks (the red star, "(không bắt buộc)") or colon."""
    return re.sub(r"<span[^>]*>.*?</span>", "", caption).strip().rstrip(":*").strip()
