"""The dialog to create or edit a meeting (buổi sinh hoạt, hội nghị)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.errors import ConcurrentChangeError, UserError
from db.meetings import (
    MEETING_KIND_LABELS,
    InvalidMeetingError,
    MeetingDraft,
    create_meeting,
    meeting_draft,
    update_meeting,
)
from db.scope import WHOLE, Scope
from db.site import SiteInfo
from desktop.error_text import error_text
from desktop.tasks import TaskRunner
from desktop.widgets import conflict_dialog
from desktop.widgets.field_errors import ask_discard, form_with_errors, save_cancel_buttons
from desktop.widgets.screen_fit import fit_to_screen, narrow_combo


class MeetingDialog(QDialog):
    """Asks for the unit, date, kind, topic, place and minutes of a meeting."""

    saved = Signal(str)

    def __init__(
        self,
        database: Database,
        site: SiteInfo,
        tasks: TaskRunner,
        units: list[tuple[str, str]],
        *,
        meeting_id: str | None = None,
        draft: MeetingDraft | None = None,
        parent: QWidget | None = None,
        scope: Scope = WHOLE,
    ) -> None:
        super().__init__(parent)
        self.scope = scope
        self.database = database
        self.site = site
        self.tasks = tasks
        self.meeting_id = meeting_id
        self.setWindowTitle(
            self.tr("Sửa buổi sinh hoạt") if meeting_id else self.tr("Buổi sinh hoạt mới")
        )
        self.unit = narrow_combo(QComboBox())
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.held_on.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("Ví dụ: Phổ biến Nghị quyết Đại hội Phụ nữ"))
        self.place = QLineEdit()
        self.minutes = QPlainTextEdit()
        self.minutes.setPlaceholderText(self.tr("Nội dung chính, kết luận (không bắt buộc)"))
        self.all_present = QCheckBox(self.tr("Đánh dấu tất cả có mặt (sửa người vắng sau)"))
        self.all_present.setChecked(True)
        fields = (
            ("unit_id", self.tr("Chi hội / đơn vị"), self.unit),
            ("held_on", self.tr("Ngày họp"), self.held_on),
            ("kind", self.tr("Loại buổi"), self.kind),
            ("topic", self.tr("Chủ đề *"), self.topic),
            ("place", self.tr("Địa điểm"), self.place),
            ("minutes", self.tr("Biên bản"), self.minutes),
        )
        form, self.errors = form_with_errors(fields)
        # The same fields side by side when someone else saved the meeting meanwhile.
        self._compared_rows = [(caption.removesuffix(" *"), name, widget)
                               for name, caption, widget in fields]
        if meeting_id is None:
            form.addRow("", self.all_present)
        buttons = save_cancel_buttons(self, self.tr("Lưu"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        if draft is not None:
            self._fill(draft)
        self._version = draft.version if draft is not None else None
        self._baseline = self.draft()
        fit_to_screen(self, QSize(560, 460))
        self.topic.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, draft: MeetingDraft) -> None:
        self.unit.setCurrentIndex(max(0, self.unit.findData(draft.unit_id)))
        if draft.held_on is not None:
            self.held_on.setDate(QDate(draft.held_on.year, draft.held_on.month,
                                       draft.held_on.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.topic.setText(draft.topic)
        self.place.setText(draft.place or "")
        self.minutes.setPlainText(draft.minutes or "")

    def _settle_conflict(self, meeting_id: str) -> None:
        """Someone else saved the meeting meanwhile: show both versions, let her choose."""
        with self.database.reading() as session:
            theirs = meeting_draft(session, meeting_id, scope=self.scope)

        def take_theirs() -> None:
            self._fill(theirs)
            self._version = theirs.version
            self._baseline = self.draft()

        conflict_dialog.settle_conflict(
            self, self.tr("buổi sinh hoạt «{topic}»").format(topic=theirs.topic),
            conflict_dialog.compare_drafts(self._compared_rows, self.draft(), theirs),
            take_theirs=take_theirs,
            answer_theirs=lambda: setattr(self, "_version", theirs.version),
            keep_mine=self.save)

    def draft(self) -> MeetingDraft:
        """Return what is on screen."""
        day = self.held_on.date()
        return MeetingDraft(
            unit_id=str(self.unit.currentData()),
            held_on=dt.date(day.year(), day.month(), day.day()),
            kind=str(self.kind.currentData()),
            topic=self.topic.text(),
            place=self.place.text(),
            minutes=self.minutes.toPlainText(),
            version=self._version,
        )

    def save(self) -> None:
        """Validate and save through the single writer; show problems beside the fields."""
        for label in self.errors.values():
            label.hide()
        draft = self.draft()
        meeting_id, commune_id = self.meeting_id, self.site.unit_id
        mark_all = self.all_present.isChecked()
        scope = self.scope

        def write() -> str:
            with self.database.transaction() as session:
                if meeting_id is None:
                    return create_meeting(session, commune_id, draft,
                                          mark_all_present=mark_all, scope=scope)
                update_meeting(session, meeting_id, draft, scope=scope)
                return meeting_id

        def failed(exc: BaseException, _details: str) -> None:
            if isinstance(exc, ConcurrentChangeError) and meeting_id is not None:
                self._settle_conflict(meeting_id)
                return
            if isinstance(exc, InvalidMeetingError):
                for name, message in exc.errors.items():
                    label = self.errors.get(name)
                    if label is not None:
                        label.setText(error_text(message))
                        label.show()
                return
            message = (error_text(exc) if isinstance(exc, UserError) else None)
            QMessageBox.warning(self, self.windowTitle(),
                                message or self.tr("Không lưu được buổi sinh hoạt."))

        def done(saved_id: str) -> None:
            self._baseline = self.draft()
            self.saved.emit(saved_id)
            self.accept()

        self.tasks.write(write, done, failed)

    def reject(self) -> None:
        """Ask before throwing away what was typed."""
        if self.draft() != self._baseline and not ask_discard(self, self.windowTitle()):
            return
        super().reject()
