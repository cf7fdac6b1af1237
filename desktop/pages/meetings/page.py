"""The meetings page (Sinh hoạt): meetings, attendance entry, sheets, the charter rule.

Top: the branches that have not met this quarter (the Union's charter asks for at
least one meeting every three months). Then the meetings of the chosen period; below,
the attendance of the selected meeting, entered with the keyboard (C có mặt, V vắng,
P vắng có lý do), saved one change at a time through the single writer; F2 or Enter
types the reason of the current row, Ctrl+Z / "Hoàn tác" takes back the last change
(marks and reasons), and a bulk mark asks before it replaces anything. The sheets are
printed blank before the meeting and filled after it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import UserError
from db.meetings import (
    MEETING_KIND_LABELS,
    AttendanceConflictError,
    AttendanceRow,
    BranchMeetingStatus,
    BranchStats,
    MeetingDraft,
    MeetingFilter,
    MeetingRow,
    MissingMember,
    attendance,
    branch_meeting_stats,
    branches_without_meeting,
    delete_meeting,
    list_meetings,
    meeting_draft,
    members_missing_recent,
    set_attendance,
    sheet_data,
    update_meeting,
)
from db.scope import WHOLE
from db.site import SiteInfo
from db.units import list_branches
from desktop.error_text import error_text
from desktop.formatting import date as format_date
from desktop.formatting import percent
from desktop.models.attendance_table import (
    NOTE_COLUMN,
    STATUS_COLUMN,
    AttendanceTableModel,
    Marks,
)
from desktop.models.row_table import RowTableModel
from desktop.pages.meetings.mark_conflict import settle_marks
from desktop.session_user import SessionUser
from desktop.tasks import Change, TaskRunner
from desktop.widgets import messages
from desktop.widgets.conflict_dialog import ConflictChoice
from desktop.widgets.pdf_preview import print_folder
from desktop.widgets.screen_fit import ElidedLabel, narrow_combo
from desktop.widgets.tables import set_up_list_table, sort_by_header
from desktop.widgets.undo_save import LastSaveBar

Index = QModelIndex | QPersistentModelIndex
KEY_STATUS = {
    Qt.Key.Key_C: "present",
    Qt.Key.Key_V: "absent",
    Qt.Key.Key_P: "excused",
}
OPEN_NOTE_KEYS = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class _MeetingsRead:
    """What one refresh reads in one go: the list, the warnings and the statistics."""

    rows: list[MeetingRow]
    missing: list[BranchMeetingStatus]
    stats: list[BranchStats]
    absentees: list[MissingMember]


class MeetingTableModel(RowTableModel):
    """The meetings of a period, newest first."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Ngày")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Chi hội / đơn vị")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Loại")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Chủ đề")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Có mặt")),
        str(QT_TRANSLATE_NOOP("MeetingTableModel", "Tỷ lệ")),
    )

    def update_counts(self, meeting_id: str, present: int, excused: int, absent: int) -> None:
        """Show new attendance counts for one meeting without reloading the list."""
        for number, row in enumerate(self._rows):
            if row.id == meeting_id:
                self._rows[number] = replace(row, present=present, excused=excused,
                                             absent=absent)
                self.dataChanged.emit(self.index(number, 4), self.index(number, 5))

    def row_at(self, row: int) -> MeetingRow | None:
        """Return the meeting shown at ``row``."""
        found: MeetingRow | None = super().row_at(row)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return format_date(row.held_on)
        if column == 1:
            return row.unit_name.removeprefix("Chi hội ")
        if column == 2:
            return self.tr(MEETING_KIND_LABELS.get(row.kind, row.kind))
        if column == 3:
            return row.topic
        if column == 4:
            return f"{row.present}/{row.expected}"
        if column == 5:
            return percent(row.rate) if row.rate is not None else ""
        return None


class _AttendanceKeys(QObject):
    """Turns C / V / P / Space on the attendance table into marks, moving down a row.

    F2 and Enter open the reason of the current row from any column. While a reason is
    being typed the keys are text: letters and spaces that the editor passes on (or
    that reach the table before the editor has closed) are never taken as marks.
    """

    def __init__(self, page: MeetingsPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Mark the current row and go to the next one, or open its reason."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        table = self.page.people_table
        if table.state() == QAbstractItemView.State.EditingState:
            return False
        if event.key() in OPEN_NOTE_KEYS and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            return self.page.edit_note()
        status = KEY_STATUS.get(Qt.Key(event.key()))
        if status is None and event.key() == Qt.Key.Key_Space:
            status = "toggle"
        if status is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        self.page.mark_current(status)
        return True


class MeetingsPage(QWidget):
    """Meetings of the commune's branches, with attendance and printing."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.today = today or dt.date.today()
        self.current: MeetingRow | None = None
        self.read_only = False
        self._list_request = 0
        self._units_request = 0
        self._attendance_request = 0
        self._selecting = False
        self.scope = WHOLE
        """Whose meetings: a branch leader's scope holds her branches only."""
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c060; padding: 6px; border-radius: 4px"
        )
        self.unit = narrow_combo(QComboBox())
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today.year)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Mọi loại"), None)
        for kind, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.new_button = QPushButton(self.tr("Buổi sinh hoạt mới"))
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.meetings = MeetingTableModel(self)
        self.meeting_table = QTableView()
        self.meeting_table.setModel(self.meetings)
        set_up_list_table(self.meeting_table)
        sort_by_header(self.meeting_table)
        self.meeting_table.setColumnWidth(0, 95)
        self.meeting_table.setColumnWidth(1, 170)
        self.meeting_table.setColumnWidth(2, 90)
        self.meeting_table.setColumnWidth(3, 330)
        # A long topic is shortened, whole in the tooltip, instead of widening the window.
        self.info = ElidedLabel(markup=True)
        self.rate = QLabel()
        self.rate.setWordWrap(True)  # beside four buttons: a longer translation wraps
        self.all_present = QPushButton(self.tr("Tất cả có mặt"))
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setEnabled(False)
        self.print_blank = QPushButton(self.tr("In danh sách ký nhận…"))
        self.print_filled = QPushButton(self.tr("In danh sách điểm danh…"))
        self.roll_call_button = QPushButton(self.tr("Điểm danh tại buổi họp…"))
        self.paper_button = QPushButton(self.tr("Nhập từ danh sách đã ký…"))
        self.last_save = LastSaveBar()
        self.people = AttendanceTableModel(self)
        self.people_table = QTableView()
        self.people_table.setModel(self.people)
        set_up_list_table(self.people_table)
        self.people_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.people_table.setColumnWidth(0, 220)
        self.people_table.setColumnWidth(2, 150)
        self.people_table.setColumnWidth(3, 130)
        self.people_table.setColumnWidth(STATUS_COLUMN, 120)
        self.people_table.installEventFilter(_AttendanceKeys(self))
        hint = QLabel(self.tr(
            "Phím tắt: C có mặt · V vắng · P vắng có lý do · Dấu cách đổi qua lại · "
            "F2 hoặc Enter ghi lý do · Ctrl+Z hoàn tác · Ctrl+Y làm lại"
        ))
        hint.setStyleSheet("color: #555")
        hint.setWordWrap(True)
        self.keys_hint = hint
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("Chi hội"), self.unit), (self.tr("Năm"), self.year),
            (self.tr("Loại"), self.kind),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            filters.addWidget(button)
        # The meeting's line has a row of its own: beside four buttons a long topic
        # would be cut to a few letters on a laptop screen.
        meeting_line = QHBoxLayout()
        meeting_line.addWidget(self.info, 1)
        meeting_line.addWidget(self.roll_call_button)
        meeting_line.addWidget(self.paper_button)
        attendance_bar = QHBoxLayout()
        attendance_bar.addWidget(self.rate, 1)
        attendance_bar.addWidget(self.undo_button)
        attendance_bar.addWidget(self.all_present)
        attendance_bar.addWidget(self.print_blank)
        attendance_bar.addWidget(self.print_filled)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(meeting_line)
        lower_layout.addLayout(attendance_bar)
        lower_layout.addWidget(self.people_table, 1)
        lower_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.meeting_table)
        splitter.addWidget(lower)
        splitter.setSizes([260, 420])
        meetings_tab = QWidget()
        meetings_layout = QVBoxLayout(meetings_tab)
        meetings_layout.addLayout(filters)
        meetings_layout.addWidget(self.last_save)
        meetings_layout.addWidget(splitter, 1)
        self.stats = QLabel()
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        self.stats.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stats.setWordWrap(True)
        stats_tab = QScrollArea()
        stats_tab.setWidgetResizable(True)
        stats_tab.setWidget(self.stats)
        self.tabs = QTabWidget()
        self.tabs.addTab(meetings_tab, self.tr("Buổi sinh hoạt"))
        self.tabs.addTab(stats_tab, self.tr("Thống kê theo chi hội"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._fill_units()
        for combo in (self.unit, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.meeting_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current_row_changed(current.row())
        )
        self.meeting_table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_current)
        self.all_present.clicked.connect(lambda: self.mark_everyone("present"))
        self.print_blank.clicked.connect(lambda: self.print_sheet(blank=True))
        self.print_filled.clicked.connect(lambda: self.print_sheet(blank=False))
        self.roll_call_button.clicked.connect(lambda: self.open_marking(paper=False))
        self.paper_button.clicked.connect(lambda: self.open_marking(paper=True))
        self.people.changed.connect(self._save_marks)
        stack = self.people.undo_stack
        self.undo_button.clicked.connect(self.undo)
        # Bound slots, not lambdas: Qt drops them with the page, and the stack's last
        # signals while it is destroyed then reach nothing.
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.undoTextChanged.connect(self._show_undo)
        # The shortcuts belong to the attendance table: in a text field Ctrl+Z undoes
        # typing, and the text field claims it first.
        # Ctrl+Y redoes everywhere; the platform's own redo keys too, each bound once
        # (two shortcuts on the same keys would cancel each other out).
        bindings: list[tuple[QKeySequence, Callable[[], None]]] = [
            (keys, self.undo) for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        ]
        redo_keys = [QKeySequence("Ctrl+Y")] + [
            keys for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if keys != QKeySequence("Ctrl+Y")
        ]
        bindings += [(keys, self.redo) for keys in redo_keys]
        for keys, slot in bindings:
            shortcut = QShortcut(keys, self.people_table, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_meeting)
        self._update_buttons()


    def set_user(self, user: SessionUser) -> None:
        """Adapt the page to who uses it: her role, and a branch leader's branches."""
        self.scope = user.scope
        if not self.scope.whole:
            self.unit.blockSignals(True)
            self.unit.clear()
            self._fill_units()
            self.unit.blockSignals(False)
        self.set_read_only(not user.can_edit)

    def set_read_only(self, read_only: bool) -> None:
        """Hide adding, editing, deleting and marking attendance (a chỉ xem account)."""
        self.read_only = read_only
        for widget in (self.new_button, self.edit_button, self.delete_button,
                       self.all_present, self.undo_button, self.keys_hint,
                       self.roll_call_button, self.paper_button):
            widget.setVisible(not read_only)
        self.people_table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def _fill_units(self) -> None:
        """Offer the commune at once and its branches once they are read (on the pool).

        A branch leader is offered her own branches only, and no commune-wide choice.
        """
        scope = self.scope
        self.unit.addItem(self.tr("Tất cả") if scope.whole else self.tr("Các chi hội của tôi"),
                          None)
        if scope.whole:
            self.unit.addItem(self.tr("Toàn xã (hội nghị)"), self.site.unit_id)
        unit_id, year = self.site.unit_id, self.today.year
        self._units_request += 1
        request = self._units_request

        def read(session: Session) -> list[tuple[str, str]]:
            return [(branch.id, branch.name)
                    for branch in list_branches(session, unit_id, year)
                    if scope.covers(branch.id)]

        def done(branches: list[tuple[str, str]]) -> None:
            if request != self._units_request:  # refilled since (another person's scope)
                return
            chosen = self.unit.currentData()
            self.unit.blockSignals(True)
            for branch_id, name in branches:
                self.unit.addItem(name.removeprefix("Chi hội "), branch_id)
            self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
            self.unit.blockSignals(False)

        self.tasks.query(self, self.database, read, done=done)

    def units(self) -> list[tuple[str, str]]:
        """Return (unit id, name) of the units a meeting can belong to."""
        return [
            (str(self.unit.itemData(i)), self.unit.itemText(i))
            for i in range(1, self.unit.count())
        ]

    # Loading ------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the page the first time it is shown."""
        self.refresh()

    def refresh(self, select_id: str | None = None,
                then: Callable[[], None] | None = None) -> None:
        """Read the meetings, the charter warnings and the statistics again, on the pool.

        The list on screen stays usable while the read runs; an answer to a request
        made before the latest one (another year, unit or kind chosen since) is dropped.
        ``then`` runs once this request's answer is on screen.
        """
        year = self.year.value()
        flt = MeetingFilter(
            unit_id=self.unit.currentData(),
            date_from=dt.date(year, 1, 1),
            date_to=dt.date(year, 12, 31),
            kind=self.kind.currentData(),
        )
        keep = select_id or (self.current.id if self.current else None)
        self._list_request += 1
        request = self._list_request
        if not self.meetings.rowCount():
            self.info.setText(self.tr("Đang tải…"))
        unit_id, today, scope = self.site.unit_id, self.today, self.scope

        def read(session: Session) -> _MeetingsRead:
            return _MeetingsRead(
                list_meetings(session, unit_id, flt, scope=scope),
                branches_without_meeting(session, unit_id, today, scope=scope),
                branch_meeting_stats(session, unit_id, year, scope=scope),
                members_missing_recent(session, unit_id, scope=scope),
            )

        def done(loaded: _MeetingsRead) -> None:
            if request != self._list_request:  # filters changed since: a newer read runs
                return
            self._show_meetings(loaded, keep, year)
            if then is not None:
                then()

        self.tasks.query(self, self.database, read, done=done, problem=self.info.setText)

    def _show_meetings(self, loaded: _MeetingsRead, keep: str | None, year: int) -> None:
        """Put a read list on screen in one model reset and select the kept meeting."""
        rows = loaded.rows
        self.meetings.set_rows(rows)
        self._show_banner(loaded.missing)
        self._show_stats(loaded.stats, loaded.absentees, year)
        target = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if target >= 0:
            self._selecting = True  # one attendance read below, not a second one here
            try:
                self.meeting_table.selectRow(target)
            finally:
                self._selecting = False
        self.select_meeting(target)

    def _show_banner(self, missing: list[Any]) -> None:
        quarter = (self.today.month - 1) // 3 + 1
        if not missing:
            self.banner.setText(self.tr(
                "Tất cả chi hội đã sinh hoạt trong quý {q}/{y}."
            ).format(q=quarter, y=self.today.year))
            self.banner.setStyleSheet(
                "background: #e6f4ea; border: 1px solid #9ccaa8; padding: 6px; "
                "border-radius: 4px"
            )
            return
        names = ", ".join(m.branch_name.removeprefix("Chi hội ") for m in missing)
        self.banner.setText(self.tr(
            "<b>{n} chi hội chưa sinh hoạt trong quý {q}/{y}</b> (Điều lệ: ít nhất mỗi quý "
            "một lần): {names}"
        ).format(n=len(missing), q=quarter, y=self.today.year, names=names))

    def _show_stats(self, stats: list[Any], absentees: list[Any], year: int) -> None:
        # The words outside the f-strings, where lupdate can see them.
        quarter, mean_rate = self.tr("Quý"), self.tr("Tỷ lệ có mặt bình quân")
        absent = self.tr("Hội viên vắng 3 buổi sinh hoạt gần nhất của chi hội")
        lines = [
            "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>",
            "<tr><th align='left'>" + self.tr("Chi hội") + "</th>"
            + "".join(f"<th>{quarter} {q}</th>" for q in range(1, 5))
            + f"<th>{mean_rate}</th></tr>",
        ]
        for stat in stats:
            cells = "".join(
                f"<td align='center' style='{'color:#b3261e;font-weight:bold' if q + 1 in stat.flagged_quarters else ''}'>{count}</td>"  # noqa: E501
                for q, count in enumerate(stat.meetings)
            )
            rate = percent(stat.rate) if stat.rate is not None else ""
            lines.append(
                f"<tr><td>{stat.branch_name.removeprefix('Chi hội ')}</td>{cells}"
                f"<td align='right'>{rate}</td></tr>"
            )
        lines.append("</table>")
        lines.append(f"<h4>{absent} "
                     f"({len(absentees)})</h4>")
        for person in absentees[:200]:
            lines.append(f"{person.full_name} — {person.branch_name.removeprefix('Chi hội ')}<br>")
        self.stats.setText(self.tr("<h3>Năm {year}</h3>").format(year=year) + "".join(lines))

    def select_meeting(self, row: int) -> None:
        """Show the attendance of the meeting at ``row`` (read on the pool).

        Until the marks arrive the attendance table is empty and says "Đang tải…", so
        no key can mark a row of the meeting selected before; an answer for a meeting
        no longer selected is dropped.
        """
        self.current = self.meetings.row_at(row)
        self._attendance_request += 1
        request = self._attendance_request
        self.people.set_rows([])
        meeting = self.current
        if meeting is None:
            self.info.setText(self.tr("Chưa có buổi sinh hoạt nào trong năm đã chọn."))
        else:
            self.info.setText(self.tr("Đang tải…"))
            meeting_id, scope = meeting.id, self.scope

            def read(session: Session) -> list[AttendanceRow]:
                return attendance(session, meeting_id, scope=scope)

            def done(rows: list[AttendanceRow]) -> None:
                if request != self._attendance_request:  # another meeting was chosen
                    return
                self.people.set_rows(rows)
                self.info.setText(
                    f"<b>{format_date(meeting.held_on)}</b> · "
                    f"{html.escape(meeting.unit_name)} · {html.escape(meeting.topic)}"
                )
                self._show_rate()

            self.tasks.query(self, self.database, read, done=done,
                             problem=self.info.setText)
        self._show_rate()
        self._update_buttons()

    def _current_row_changed(self, row: int) -> None:
        if not self._selecting:
            self.select_meeting(row)

    def _show_rate(self) -> None:
        present, excused, absent = self.people.counts()
        total = present + excused + absent
        if not total:
            self.rate.setText("")
            return
        self.rate.setText(self.tr(
            "Có mặt <b>{p}/{t}</b> ({r}) · có lý do {e} · vắng {a}"
        ).format(p=present, t=total, r=percent(100 * present / total), e=excused, a=absent))

    def _update_buttons(self) -> None:
        has = self.current is not None
        for button in (self.edit_button, self.delete_button, self.all_present,
                       self.print_blank, self.print_filled, self.roll_call_button,
                       self.paper_button):
            button.setEnabled(has)

    # Attendance ----------------------------------------------------------------------

    def mark_current(self, status: str) -> None:
        """Mark the selected person (C / V / P / Space) and move to the next row."""
        if self.read_only:
            return
        index = self.people_table.currentIndex()
        row = index.row() if index.isValid() else 0
        rows = self.people.rows()
        if not 0 <= row < len(rows):
            return
        if status == "toggle":
            status = "absent" if rows[row].status == "present" else "present"
        self.people.set_status(row, status)
        following = min(row + 1, len(rows) - 1)
        self.people_table.setCurrentIndex(self.people.index(following, 0))

    def edit_note(self) -> bool:
        """Open the reason of the current row for typing (F2 / Enter, from any column)."""
        if self.read_only:
            return False
        index = self.people_table.currentIndex()
        if not index.isValid():
            if not self.people.rowCount():
                return False
            index = self.people.index(0, 0)
        note = self.people.index(index.row(), NOTE_COLUMN)
        self.people_table.setCurrentIndex(note)
        self.people_table.scrollTo(note)
        self.people_table.edit(note)
        return True

    def open_marking(self, *, paper: bool) -> QWidget | None:
        """Open the large roll call, or the entry from the signed sheet, on this meeting.

        The page stores each mark as it is typed; a reason still being typed is not stored
        yet, so the page asks before the screen opens, and the screen starts from what the
        register holds once the page's last marks are written.
        """
        from desktop.pages.meetings.paper_entry import PaperEntryWindow
        from desktop.pages.meetings.roll_call import RollCallWindow

        meeting = self.current
        if meeting is None or self.read_only:
            return None
        table = self.people_table
        if table.state() == QAbstractItemView.State.EditingState:
            if not messages.confirm(
                self, self.tr("Lý do chưa lưu"),
                self.tr("Lý do đang gõ trong danh sách chưa được lưu. Lưu lý do đó rồi mở?"),
                self.tr("Lưu và mở"),
            ):
                return None
            editor = QApplication.focusWidget()
            if editor is not None and table.isAncestorOf(editor):
                table.commitData(editor)
                table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.tasks.wait()  # the page's marks are in the register before the screen reads it
        window_class = PaperEntryWindow if paper else RollCallWindow
        window = window_class(self.database, self.tasks, meeting, self, scope=self.scope)
        window.saved.connect(lambda meeting_id: self.refresh(select_id=meeting_id))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowModality(Qt.WindowModality.WindowModal)
        screen = self.screen()
        if screen is not None:  # the whole screen, also where nothing maximises windows
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
        window.load()
        return window

    @property
    def print_button(self) -> QPushButton:
        """The paper In… of the window's menu prints: the sign-in sheet."""
        return self.print_blank

    def can_undo(self) -> bool:
        """Tell whether a change of marks or reasons can be taken back now."""
        return not self.read_only and self.people.undo_stack.canUndo()

    def can_redo(self) -> bool:
        """Tell whether a change taken back can be made again now."""
        return not self.read_only and self.people.undo_stack.canRedo()

    def undo(self) -> None:
        """Take back the last change of marks or reasons (Ctrl+Z, "Hoàn tác")."""
        if not self.read_only:
            self.people.undo_stack.undo()

    def redo(self) -> None:
        """Make again the change just taken back (Ctrl+Y)."""
        if not self.read_only:
            self.people.undo_stack.redo()

    def _show_undo(self, what: str) -> None:
        """Name on the button's tip what Ctrl+Z would take back."""
        self.undo_button.setToolTip(
            self.tr("Hoàn tác: {what} (Ctrl+Z)").format(what=what) if what else ""
        )

    def _save_marks(self, marks: Marks, seen: Marks) -> None:
        if self.read_only:
            return
        self._show_rate()
        meeting = self.current
        if meeting is None:
            return
        changes, was = dict(marks), dict(seen)
        scope = self.scope

        def write(session: Session) -> None:
            set_attendance(session, meeting.id, changes, scope=scope, seen=was)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AttendanceConflictError):
                self._settle_marks(exc, changes, was)
                return
            if isinstance(exc, UserError):
                messages.show_problem(self, error_text(exc))
            self.refresh()

        # A conflict is answered by ``failed`` with both marks, not by a message.
        self.tasks.op(self, self.database, write, done=lambda _r: self._refresh_counts(),
                      changes={Change.MEETINGS}, problem=lambda _text: None, failed=failed)

    def _settle_marks(self, exc: AttendanceConflictError, mine: Marks, seen: Marks) -> None:
        """Another window marked the same people meanwhile: both marks, she chooses.

        Her marks are on screen but not stored; keeping them saves them over the stored
        ones, anything else shows the list as the register holds it (the dialog has
        shown her what she had pressed).
        """
        names = {row.member_id: row.full_name for row in self.people.rows()}

        def keep_mine(stored: Marks) -> None:
            self._save_marks(mine, {**seen, **stored})

        choice = settle_marks(self, exc, names, mine, take_theirs=lambda _stored: None,
                              keep_mine=keep_mine)
        if choice is not ConflictChoice.KEEP_MINE:
            self.refresh()

    def mark_everyone(self, status: str) -> None:
        """Mark everybody present (then correct the absentees), asking before it replaces.

        Marks and reasons already entered are the work of the person at the keyboard;
        the bulk mark only replaces them once she has said so, and Ctrl+Z brings them
        back.
        """
        meeting = self.current
        if meeting is None or self.read_only:
            return
        marks, reasons = self.people.overwritten_by(status)
        if marks and not self.people.untouched():
            text = self.tr("{n} người đang được ghi vắng sẽ thành có mặt.").format(n=marks)
            if reasons:
                text += " " + self.tr("{r} lý do vắng đã ghi sẽ bị xóa.").format(r=reasons)
            text += "\n\n" + self.tr("Có thể hoàn tác bằng Ctrl+Z.")
            if not messages.confirm(self, self.tr("Tất cả có mặt"), text,
                                    self.tr("Ghi tất cả có mặt")):
                return
        self.people.mark_everyone(status)

    def _refresh_counts(self) -> None:
        meeting = self.current
        if meeting is None:
            return
        self.meetings.update_counts(meeting.id, *self.people.counts())

    def _store(self, write: Callable[[Session], None], done: Callable[[object], None]) -> None:
        """Save one change; on failure the list shows again what the register holds."""
        self.tasks.op(self, self.database, write, done=done, changes={Change.MEETINGS},
                      failed=lambda _exc: self.refresh())

    # Meetings ------------------------------------------------------------------------

    def new_meeting(self) -> None:
        """Open the dialog for a new meeting (Ctrl+N)."""
        if self.read_only:
            return
        from desktop.pages.meetings.dialog import MeetingDialog

        dialog = MeetingDialog(self.database, self.site, self.tasks, self.units(), parent=self,
                               scope=self.scope)
        if self.unit.currentData():
            dialog.unit.setCurrentIndex(max(0, dialog.unit.findData(self.unit.currentData())))
        dialog.saved.connect(lambda meeting_id: self._saved(meeting_id, None))
        dialog.exec()

    def edit_meeting(self) -> None:
        """Open the selected meeting in the dialog."""
        meeting = self.current
        if meeting is None or self.read_only:
            return
        from desktop.pages.meetings.dialog import MeetingDialog

        with self.database.reading() as session:
            draft = meeting_draft(session, meeting.id, scope=self.scope)
        dialog = MeetingDialog(self.database, self.site, self.tasks, self.units(),
                               meeting_id=meeting.id, draft=draft, parent=self,
                               scope=self.scope)
        dialog.saved.connect(lambda meeting_id: self._saved(meeting_id, draft))
        dialog.exec()

    def _saved(self, meeting_id: str, before: MeetingDraft | None) -> None:
        """Show the saved meeting and offer to take the save back (see LastSaveBar)."""

        def offer() -> None:
            meeting = self.current if self.current and self.current.id == meeting_id else None
            day = format_date(meeting.held_on) if meeting else ""
            if before is None:
                text = self.tr("Đã thêm buổi sinh hoạt ngày {day}.").format(day=day)
            else:
                text = self.tr("Đã lưu buổi sinh hoạt ngày {day}.").format(day=day)
            self.last_save.offer(text, lambda: self.undo_save(meeting_id, before))

        self.refresh(select_id=meeting_id, then=offer)

    def undo_save(self, meeting_id: str, before: MeetingDraft | None) -> None:
        """Take back the last save: a new meeting is deleted, an edit gets its old values."""
        if self.read_only:
            return
        scope = self.scope

        def write(session: Session) -> None:
            if before is None:
                delete_meeting(session, meeting_id, scope=scope)
                return
            now = meeting_draft(session, meeting_id, scope=scope)
            update_meeting(session, meeting_id, replace(before, version=now.version),
                           self.today, scope=scope)

        if before is None:
            self.current = None
        self._store(write, lambda _r: self.refresh(select_id=meeting_id))

    def delete_current(self) -> None:
        """Delete the selected meeting after asking (it stays as a tombstone for sync)."""
        meeting = self.current
        if meeting is None or self.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa buổi sinh hoạt"),
            self.tr("Xóa buổi sinh hoạt ngày {day} của {unit} và điểm danh của nó?").format(
                day=format_date(meeting.held_on), unit=meeting.unit_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        scope = self.scope

        def write(session: Session) -> None:
            delete_meeting(session, meeting.id, scope=scope)

        self.current = None
        self.last_save.forget()
        self._store(write, lambda _r: self.refresh())

    # Printing ------------------------------------------------------------------------

    def sheet_pdf(self, blank: bool, signer: tuple[str, str] | None = None) -> Path:
        """Write the selected meeting's sheet to a temporary PDF and return its path.

        ``signer`` replaces who signs on the right (the chair for the commune's meetings,
        the branch head for a branch's); :attr:`last_signer` says who signed this one.
        """
        from desktop.documents.attendance_sheet import render_attendance_sheet
        from desktop.documents.meeting_sheet import sheet_from_meeting

        meeting = self.current
        assert meeting is not None
        self.tasks.wait()  # the marks just typed are in the database before printing
        with self.database.reading() as session:
            data = sheet_data(session, meeting.id, scope=self.scope)
        folder = print_folder()
        path = folder / f"danh-sach-{meeting.held_on:%Y%m%d}.pdf"
        sheet = sheet_from_meeting(data, blank=blank, signer=signer)
        self.last_signer = sheet.signers[-1]
        render_attendance_sheet(sheet, path)
        return path

    def print_sheet(self, *, blank: bool) -> None:
        """Preview the sheet, from where it can be printed or saved."""
        if self.current is None:
            return
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        path = self.sheet_pdf(blank)
        title = self.tr("Danh sách ký nhận") if blank else self.tr("Danh sách điểm danh")
        dialog = PdfPreviewDialog(path, title, path.name, self, signer=self.last_signer,
                                  remake=lambda signer: self.sheet_pdf(blank, signer))
        dialog.exec()

