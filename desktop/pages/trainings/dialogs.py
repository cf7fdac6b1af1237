"""Dialogs of the trainings page: a course, the member picker, an outside person.

Every dialog shows problems beside the field they concern, saves through the single
writer, and asks before throwing away what was typed (docs/ARCHITECTURE.md §1: never lose input).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.cancel import Cancel
from db.engine import Database
from db.errors import ConcurrentChangeError, UserError
from db.members import MemberFilter, MemberRow, commune_names, search_members
from db.models import MemberStatus
from db.site import SiteInfo
from db.trainings import (
    COURSE_MODE_LABELS,
    COURSE_STATUS_LABELS,
    FUNDING_SOURCE_LABELS,
    CourseDraft,
    InvalidCourseError,
    TopicRow,
    add_outside_person,
    add_participants,
    course_draft,
    create_course,
    update_course,
)
from desktop.error_text import error_text
from desktop.formatting import number
from desktop.tasks import TaskRunner
from desktop.widgets import conflict_dialog
from desktop.widgets.commune_filter import CommuneFilter
from desktop.widgets.field_errors import (
    ask_discard,
    error_label,
    form_with_errors,
    save_cancel_buttons,
)
from desktop.widgets.screen_fit import SCROLL_GAP, fit_scrolled, fit_to_screen, scrolling


class MoneyEdit(QLineEdit):
    """An amount in đồng typed as digits and shown with thousands dots: "1.500.000".

    People type "1500000" or paste "1.500.000 đ"; only the digits count, and the dots
    appear as they type so a missing zero is seen at once.
    """

    def __init__(self, amount: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.textEdited.connect(self._regroup)
        self.set_amount(amount)

    def amount(self) -> int:
        """Return the amount typed, 0 when empty."""
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        return int(digits) if digits else 0

    def set_amount(self, amount: int) -> None:
        """Show an amount."""
        self.setText(number(amount) if amount else "")

    def _regroup(self, text: str) -> None:
        digits_after = sum(ch.isdigit() for ch in text[self.cursorPosition():])
        digits = "".join(ch for ch in text if ch.isdigit()).lstrip("0")
        grouped = number(int(digits)) if digits else ""
        self.setText(grouped)
        # Keep the cursor before the same digits it was before, whatever dots moved.
        position, seen = len(grouped), 0
        while position > 0 and seen < digits_after:
            position -= 1
            if grouped[position].isdigit():
                seen += 1
        self.setCursorPosition(position)


class _FundingKeys(QObject):
    """Keeps Enter inside the funding table: it ends the cell, it does not save the course.

    An editor or a field in a cell passes Enter on to the table and from there to the
    dialog, whose default button is "Lưu"; a person finishing an amount saved a course
    half typed. Here Enter in a finished note is kept, and Enter on the source or the
    amount moves on to the next cell of the line.
    """

    def __init__(self, dialog: CourseDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Swallow Enter in the table, moving to the next cell of the line."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        table = self.dialog.funding
        if table.state() == QAbstractItemView.State.EditingState:
            return True  # the note's editor commits it by itself
        for row in range(table.rowCount()):
            for column in (0, 1):
                if watched is table.cellWidget(row, column):
                    self.dialog.next_funding_cell(row, column)
                    return True
        current = table.currentIndex()
        if current.isValid() and current.column() == 2:
            table.editItem(table.item(current.row(), 2))
        return True


class CourseDialog(QDialog):
    """Asks for a course: title, dates, sessions, topics, place, mode, funding.

    With ``member_ids`` a new course starts with those people in it (the targets page
    opens it for the officers not yet trained).
    """

    saved = Signal(str)

    def __init__(
        self,
        database: Database,
        site: SiteInfo,
        tasks: TaskRunner,
        topics: Sequence[TopicRow],
        *,
        course_id: str | None = None,
        draft: CourseDraft | None = None,
        member_ids: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.course_id = course_id
        self.member_ids = list(member_ids)
        self.setWindowTitle(self.tr("Sửa lớp tập huấn") if course_id
                            else self.tr("Lớp tập huấn mới"))
        today = QDate.currentDate()
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("Ví dụ: Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng năm 2026"))
        self.start_on = QDateEdit(today)
        self.end_on = QDateEdit(today)
        for edit in (self.start_on, self.end_on):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.start_on.dateChanged.connect(self._follow_start)
        self.sessions = QSpinBox()
        self.sessions.setRange(1, 60)
        self.sessions.setValue(2)
        self.sessions.setSuffix(self.tr(" buổi"))
        self.mode = QComboBox()
        for code, label in COURSE_MODE_LABELS.items():
            self.mode.addItem(self.tr(label), code)
        self.status = QComboBox()
        for code, label in COURSE_STATUS_LABELS.items():
            self.status.addItem(self.tr(label), code)
        self.place = QLineEdit()
        self.target_group = QLineEdit()
        self.target_group.setPlaceholderText(self.tr("Ví dụ: Chi hội trưởng, chi hội phó"))
        self.trainers = QLineEdit()
        self.topics = QListWidget()
        self.topics.setMinimumHeight(130)
        # Long topic names wrap onto a second line instead of hiding behind a side scroll.
        self.topics.setWordWrap(True)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for topic in topics:
            item = QListWidgetItem(f"{topic.name}")
            item.setToolTip(f"{topic.name}\n{topic.code} · {topic.group}")
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.funding = QTableWidget(0, 3)
        self.funding.setHorizontalHeaderLabels(
            [self.tr("Nguồn kinh phí"), self.tr("Số tiền (đồng)"), self.tr("Ghi chú")])
        self.funding.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.funding.setColumnWidth(0, 180)
        self.funding.setColumnWidth(1, 150)
        self.funding.verticalHeader().hide()
        self.funding.setMinimumHeight(110)
        self.funding.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funding_keys = _FundingKeys(self)
        self.funding.installEventFilter(self.funding_keys)
        self.funding.viewport().installEventFilter(self.funding_keys)
        self.add_line = QPushButton(self.tr("Thêm nguồn"))
        self.remove_line = QPushButton(self.tr("Bỏ dòng đã chọn"))
        self.add_line.clicked.connect(self._add_empty_line)
        self.remove_line.clicked.connect(self._remove_funding_line)
        self.funding_total = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        funding_box = QWidget()
        funding_layout = QVBoxLayout(funding_box)
        funding_layout.setContentsMargins(0, 0, 0, 0)
        funding_layout.addWidget(self.funding)
        funding_bar = QHBoxLayout()
        funding_bar.addWidget(self.add_line)
        funding_bar.addWidget(self.remove_line)
        funding_bar.addStretch(1)
        funding_layout.addLayout(funding_bar)
        # The total on a line of its own: beside the two buttons it made the form wider
        # than an office screen once the words grow (English, longer amounts).
        funding_layout.addWidget(self.funding_total, 0, Qt.AlignmentFlag.AlignRight)
        dates = QWidget()
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.start_on)
        dates_layout.addWidget(QLabel(self.tr("đến")))
        dates_layout.addWidget(self.end_on)
        dates_layout.addWidget(QLabel(self.tr("Số buổi")))
        dates_layout.addWidget(self.sessions)
        dates_layout.addStretch(1)
        for name, label, widget in (
            ("title", self.tr("Tên lớp *"), self.title),
            ("end_on", self.tr("Thời gian *"), dates),
            ("sessions", "", None),
            ("mode", self.tr("Hình thức"), self.mode),
            ("status", self.tr("Tình trạng"), self.status),
            ("place", self.tr("Địa điểm"), self.place),
            ("target_group", self.tr("Đối tượng"), self.target_group),
            ("trainers", self.tr("Giảng viên, báo cáo viên"), self.trainers),
            ("topic_ids", self.tr("Chuyên đề *"), self.topics),
            ("funding", self.tr("Kinh phí"), funding_box),
            ("notes", self.tr("Ghi chú"), self.notes),
        ):
            error = error_label()
            self.errors[name] = error
            if widget is None:
                form.addRow("", error)
                continue
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
        self.errors["start_on"] = self.errors["end_on"]
        self.people_note = QLabel()
        self.people_note.setWordWrap(True)
        if self.member_ids:
            self.people_note.setText(self.tr(
                "Lớp sẽ có sẵn {n} học viên đã chọn (thêm, bớt ở thẻ Học viên sau khi lưu)."
            ).format(n=len(self.member_ids)))
        else:
            self.people_note.hide()
        buttons = save_cancel_buttons(self, self.tr("Lưu"))
        self.other_error = error_label()
        # The fields scroll on a short screen; Lưu / Hủy stay in view.
        body = QWidget()
        body.setLayout(form)
        form.setContentsMargins(0, 0, SCROLL_GAP, 0)
        self.scroll = scrolling(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.people_note)
        layout.addWidget(self.other_error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._version: int | None = None
        if draft is not None:
            self._fill(draft)
        self._update_total()
        self._baseline = self.draft()
        fit_scrolled(self, self.scroll, 760)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    # Filling and reading ------------------------------------------------------------

    def _fill(self, draft: CourseDraft) -> None:
        self.title.setText(draft.title)
        for edit, day in ((self.start_on, draft.start_on), (self.end_on, draft.end_on)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.sessions.setValue(draft.sessions)
        self.mode.setCurrentIndex(max(0, self.mode.findData(draft.mode)))
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.place.setText(draft.place)
        self.target_group.setText(draft.target_group)
        self.trainers.setText(draft.trainers)
        self.notes.setPlainText(draft.notes)
        chosen = set(draft.topic_ids)
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        for source, amount, note in draft.funding:
            self.add_funding_line(source, amount, note or "")
        self._version = draft.version

    def _follow_start(self, start: QDate) -> None:
        """Keep the end date from falling before a start moved later (the usual slip)."""
        if self.end_on.date() < start:
            self.end_on.setDate(start)

    def add_funding_line(self, source: str = "state_budget", amount: int = 0,
                         note: str = "") -> None:
        """Add a funding line to the table."""
        row = self.funding.rowCount()
        self.funding.insertRow(row)
        combo = QComboBox()
        for code, label in FUNDING_SOURCE_LABELS.items():
            combo.addItem(self.tr(label), code)
        combo.setCurrentIndex(max(0, combo.findData(source)))
        money = MoneyEdit(amount)
        money.textChanged.connect(lambda _t: self._update_total())
        for widget in (combo, money):
            widget.installEventFilter(self.funding_keys)
        self.funding.setCellWidget(row, 0, combo)
        self.funding.setCellWidget(row, 1, money)
        self.funding.setItem(row, 2, QTableWidgetItem(note))
        self._update_total()

    def next_funding_cell(self, row: int, column: int) -> None:
        """Move from the source to the amount, or from the amount to the note (Enter)."""
        if column == 0:
            self.money_edit(row).setFocus(Qt.FocusReason.TabFocusReason)
            return
        self.funding.setFocus(Qt.FocusReason.TabFocusReason)
        self.funding.setCurrentCell(row, 2)
        self.funding.editItem(self.funding.item(row, 2))

    def _add_empty_line(self) -> None:
        self.add_funding_line()
        self.money_edit(self.funding.rowCount() - 1).setFocus()

    def _remove_funding_line(self) -> None:
        row = self.funding.currentRow()
        if row < 0:
            row = self.funding.rowCount() - 1
        if row >= 0:
            self.funding.removeRow(row)
        self._update_total()

    def money_edit(self, row: int) -> MoneyEdit:
        """Return the amount field of a funding line."""
        widget = self.funding.cellWidget(row, 1)
        assert isinstance(widget, MoneyEdit)
        return widget

    def _funding(self) -> tuple[tuple[str, int, str | None], ...]:
        lines = []
        for row in range(self.funding.rowCount()):
            combo = self.funding.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            note_item = self.funding.item(row, 2)
            note = note_item.text() if note_item is not None else ""
            lines.append((str(combo.currentData()), self.money_edit(row).amount(),
                          note or None))
        return tuple(lines)

    def _update_total(self) -> None:
        total = sum(amount for _s, amount, _n in self._funding())
        self.funding_total.setText(self.tr("Tổng: <b>{total} đ</b>").format(total=number(total)))

    def set_topics(self, topic_ids: Sequence[str]) -> None:
        """Tick the given topics (and only them)."""
        wanted = set(topic_ids)
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def draft(self) -> CourseDraft:
        """Return what is on screen."""
        def day(edit: QDateEdit) -> dt.date:
            value = edit.date()
            return dt.date(value.year(), value.month(), value.day())

        topic_ids = tuple(
            str(self.topics.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.topics.count())
            if self.topics.item(row).checkState() == Qt.CheckState.Checked
        )
        return CourseDraft(
            title=self.title.text(),
            start_on=day(self.start_on),
            end_on=day(self.end_on),
            sessions=self.sessions.value(),
            place=self.place.text(),
            mode=str(self.mode.currentData()),
            status=str(self.status.currentData()),
            target_group=self.target_group.text(),
            trainers=self.trainers.text(),
            notes=self.notes.toPlainText(),
            topic_ids=topic_ids,
            funding=self._funding(),
            version=self._version,
        )

    # Saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Validate and save through the single writer; show problems beside the fields."""
        for label in (*self.errors.values(), self.other_error):
            label.hide()
        draft = self.draft()
        course_id, site_unit, members = self.course_id, self.site.unit_id, self.member_ids

        def write() -> str:
            with self.database.transaction() as session:
                if course_id is None:
                    new_id = create_course(session, site_unit, draft)
                    if members:
                        add_participants(session, new_id, members)
                    return new_id
                update_course(session, course_id, draft)
                return course_id

        def failed(exc: BaseException, _details: str) -> None:
            if isinstance(exc, ConcurrentChangeError) and self.course_id is not None:
                self._settle_conflict(self.course_id)
                return
            if isinstance(exc, InvalidCourseError):
                for name, message in exc.errors.items():
                    shown = self.errors.get(name, self.other_error)
                    shown.setText(error_text(message))
                    shown.show()
                return
            known = (error_text(exc) if isinstance(exc, UserError) else None)
            QMessageBox.warning(self, self.windowTitle(),
                                known or self.tr("Không lưu được lớp tập huấn."))

        def done(saved_id: str) -> None:
            self._baseline = self.draft()
            self.course_id = saved_id
            self.saved.emit(saved_id)
            self.accept()

        self.tasks.write(write, done, failed)

    def _settle_conflict(self, course_id: str) -> None:
        """Someone else saved the course meanwhile: show both versions, let her choose."""
        with self.database.reading() as session:
            theirs = course_draft(session, course_id)
        rows = [
            (self.tr("Tên lớp"), "title", None), (self.tr("Bắt đầu"), "start_on", None),
            (self.tr("Kết thúc"), "end_on", None), (self.tr("Số buổi"), "sessions", None),
            (self.tr("Hình thức"), "mode", self.mode),
            (self.tr("Tình trạng"), "status", self.status),
            (self.tr("Địa điểm"), "place", None), (self.tr("Đối tượng"), "target_group", None),
            (self.tr("Giảng viên, báo cáo viên"), "trainers", None),
            (self.tr("Chuyên đề"), "topic_ids", None), (self.tr("Kinh phí"), "funding", None),
            (self.tr("Ghi chú"), "notes", None),
        ]

        def take_theirs() -> None:
            for row in range(self.topics.count()):
                self.topics.item(row).setCheckState(Qt.CheckState.Unchecked)
            self.funding.setRowCount(0)
            self._fill(theirs)
            self._update_total()
            self._baseline = self.draft()

        conflict_dialog.settle_conflict(
            self, self.tr("lớp «{title}»").format(title=theirs.title),
            conflict_dialog.compare_drafts(rows, self.draft(), theirs, self._shown),
            take_theirs=take_theirs,
            answer_theirs=lambda: setattr(self, "_version", theirs.version),
            keep_mine=self.save)

    def _shown(self, name: str, widget: QWidget | None, value: object) -> str:
        """A field of a draft as text: topics by their names, funding line by line."""
        if name == "topic_ids" and isinstance(value, tuple):
            names = {self.topics.item(row).data(Qt.ItemDataRole.UserRole):
                     self.topics.item(row).text() for row in range(self.topics.count())}
            return "; ".join(names.get(topic, str(topic)) for topic in value)
        if name == "funding" and isinstance(value, tuple):
            return "; ".join(
                f"{self.tr(FUNDING_SOURCE_LABELS.get(source, source))}: {number(amount)} đ"
                + (f" ({note})" if note else "")
                for source, amount, note in value)
        return conflict_dialog.shown_value(widget, value)

    def reject(self) -> None:
        """Ask before throwing away what was typed."""
        if self.draft() != self._baseline and not ask_discard(self, self.windowTitle()):
            return
        super().reject()


class MemberPickerDialog(QDialog):
    """Choose members to put in a course: search as you type, tick, add.

    Ticks survive a new search, so a list can be built from several searches ("Lan",
    then "Hoa"); "chỉ cán bộ" narrows the list to people holding a post.
    """

    LIMIT = 200
    SEARCH_PAUSE_MS = 150
    """A search starts once typing pauses this long, not on every keystroke."""

    def __init__(self, database: Database, site: SiteInfo,
                 already: Sequence[str] = (), parent: QWidget | None = None,
                 *, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        # The searches run on the read pool; without a runner (a caller of its own) they
        # run in place.
        self.tasks = tasks if tasks is not None else TaskRunner(synchronous=True, parent=self)
        self._cancel = Cancel()
        self._rows: dict[str, MemberRow] = {}
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(self.SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.refresh)
        self.already = set(already)
        self.chosen: dict[str, MemberRow] = {}
        self.setWindowTitle(self.tr("Thêm học viên"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ tên hội viên để tìm…"))
        self.search.setClearButtonEnabled(True)
        self.officers_only = QCheckBox(self.tr("Chỉ cán bộ"))
        self.officers_only.setChecked(True)
        self.results = QListWidget()
        self.count = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        self.commune: CommuneFilter | None = None
        if site.is_upper:
            # An upper-level course gathers officers of many communes.
            self.commune = CommuneFilter(self)
            self.commune.load(database)
            self.commune.commune_changed.connect(lambda _unit: self.refresh())
            top.addWidget(self.commune)
        top.addWidget(self.officers_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(lambda _t: self.pause.start())
        self.officers_only.toggled.connect(lambda _c: self.refresh())
        self.results.itemChanged.connect(self._ticked)
        fit_to_screen(self, QSize(620, 560))
        self.refresh()

    def refresh(self) -> None:
        """Search for the members matching the text (first screen, Vietnamese order).

        The read runs on the read pool; a newer search cancels the one under way, so
        only the latest text's rows are shown.
        """
        self.pause.stop()
        flt = MemberFilter(
            text=self.search.text(),
            commune_id=self.commune.commune_id() if self.commune else self.site.unit_id,
            status=MemberStatus.ACTIVE,
            officer=True if self.officers_only.isChecked() else None,
        )
        with_communes, limit = self.commune is not None, self.LIMIT
        self._cancel.cancel()
        cancel = self._cancel = Cancel()

        def read(session: Session) -> tuple[list[MemberRow], dict[str, str]]:
            rows = search_members(session, flt, limit=limit, cancel=cancel)
            communes = (commune_names(session, [row.id for row in rows])
                        if with_communes else {})
            return rows, communes

        def done(result: tuple[list[MemberRow], dict[str, str]]) -> None:
            if cancel is self._cancel:  # an answer to an older text is dropped
                self._show(*result)

        self.tasks.query(self, self.database, read, done=done)

    def _show(self, rows: list[MemberRow], communes: dict[str, str]) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for row in rows:
            branch = (row.branch or "").removeprefix("Chi hội ")
            birth = (row.birth_date or "")[:4]
            place = " — ".join(p for p in (branch, communes.get(row.id, "")) if p)
            item = QListWidgetItem(f"{row.full_name}   ·   {birth}   ·   {place}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id in self.already:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(item.text() + self.tr("   (đã có trong lớp)"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if row.id in self.chosen
                                   else Qt.CheckState.Unchecked)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self._rows = {r.id: r for r in rows}
        self._show_count(len(rows))

    def _ticked(self, item: QListWidgetItem) -> None:
        member_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[member_id] = self._rows[member_id]
        else:
            self.chosen.pop(member_id, None)
        self._show_count(self.results.count())

    def _show_count(self, shown: int) -> None:
        more = self.tr(" (gõ thêm để thu hẹp)") if shown >= self.LIMIT else ""
        self.count.setText(self.tr("Đang hiện {shown} người{more} · Đã chọn {n}").format(
            shown=shown, more=more, n=len(self.chosen)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Thêm {n} người").format(n=len(self.chosen)))
        ok.setEnabled(bool(self.chosen))

    def tick(self, member_id: str) -> None:
        """Tick a member shown in the list (as a click on her box would)."""
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == member_id:
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise KeyError(member_id)

    def chosen_ids(self) -> list[str]:
        """Return the keys of the members ticked, in the order they were ticked."""
        return list(self.chosen)

    def done(self, result: int) -> None:
        """Stop a search under way: nobody will see its rows."""
        self.pause.stop()
        self._cancel.cancel()
        super().done(result)

    def reject(self) -> None:
        """Ask before dropping a list of ticked people."""
        if self.chosen and not ask_discard(self, self.windowTitle()):
            return
        super().reject()


class OutsidePersonDialog(QDialog):
    """Add someone who is not a member of this register (a guest from elsewhere)."""

    saved = Signal(str)

    def __init__(self, database: Database, tasks: TaskRunner, course_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.course_id = course_id
        self.setWindowTitle(self.tr("Thêm người ngoài danh sách hội viên"))
        self.full_name = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("Năm, tháng/năm hoặc ngày/tháng/năm"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Ví dụ: Hội LHPN xã Tân Lễ"))
        self.title = QLineEdit()
        form, self.errors = form_with_errors((
            ("full_name", self.tr("Họ và tên *"), self.full_name),
            ("birth_date", self.tr("Ngày sinh"), self.birth_date),
            ("unit", self.tr("Đơn vị"), self.unit),
            ("title", self.tr("Chức danh"), self.title),
        ))
        buttons = save_cancel_buttons(self, self.tr("Thêm"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(480, 260))

    def _typed(self) -> tuple[str, str, str, str]:
        return (self.full_name.text(), self.birth_date.text(), self.unit.text(),
                self.title.text())

    def save(self) -> None:
        """Validate and add the person; show problems beside the fields."""
        for label in self.errors.values():
            label.hide()
        name, birth, unit, title = self._typed()
        course_id = self.course_id

        def write() -> str:
            with self.database.transaction() as session:
                return add_outside_person(session, course_id, name, birth or None, unit, title)

        def failed(exc: BaseException, _details: str) -> None:
            if isinstance(exc, InvalidCourseError):
                for field_name, message in exc.errors.items():
                    label = self.errors.get(field_name)
                    if label is not None:
                        label.setText(error_text(message))
                        label.show()
                return
            known = error_text(exc) if isinstance(exc, UserError) else None
            QMessageBox.warning(self, self.windowTitle(),
                                known or self.tr("Không thêm được người này."))

        def done(participation_id: str) -> None:
            self.saved.emit(participation_id)
            self.accept()

        self.tasks.write(write, done, failed)

    def reject(self) -> None:
        """Ask before throwing away what was typed."""
        if any(self._typed()) and not ask_discard(self, self.windowTitle()):
            return
        super().reject()


__all__ = ["CourseDialog", "MemberPickerDialog", "MoneyEdit", "OutsidePersonDialog"]
