"""What the two large attendance screens share: the list, the marks, one save.

The meetings page saves every key press at once; the roll call at the meeting and the
entry from the signed paper instead keep the marks on screen and store them together
when the person says "Xong" / "Lưu": one operation on the single writer, one
transaction through :func:`db.meetings.set_attendance`, so a list ticked half-way and
abandoned changes nothing. The marks live in the page's own attendance model
(:class:`~desktop.models.attendance_table.AttendanceTableModel`), which keeps the rules
of a mark (a reason makes an absence excused, present clears the reason) and the undo
stack in one place.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import UserError
from db.meetings import (
    AttendanceConflictError,
    AttendanceRow,
    MeetingRow,
    attendance,
    set_attendance,
    sheet_data,
)
from db.scope import WHOLE, Scope
from desktop.error_text import error_text
from desktop.formatting import date as format_date
from desktop.models.attendance_table import AttendanceTableModel, Marks
from desktop.pages.meetings.mark_conflict import settle_marks
from desktop.tasks import Change, TaskRunner
from desktop.widgets import field_errors, messages
from desktop.widgets.conflict_dialog import ConflictChoice

BIG_POINTS = 20.0
"""Names and marks are read at arm's length on a small laptop: never smaller."""


def big_font(widget: QWidget, points: float = BIG_POINTS, *, bold: bool = False) -> QFont:
    """Return the widget's font at ``points`` (the screens' large type)."""
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def rows_in_sheet_order(session: Session, meeting_id: str,
                        scope: Scope = WHOLE) -> list[AttendanceRow]:
    """Return the meeting's list in the order of its printed sheet, row 1 first.

    The order is the sheet's own (:func:`db.meetings.sheet_data`, what the printed
    sheet numbers STT 1, 2, …), so row n on screen is row n on the paper.
    """
    sheet = sheet_data(session, meeting_id, with_status=False, scope=scope)
    by_member = {row.member_id: row
                 for row in attendance(session, meeting_id, scope=scope)}
    return [by_member[row.member_id] for row in sheet.rows if row.member_id in by_member]


class MarkingWindow(QDialog):
    """A maximised window that marks one meeting's list and saves it in one go.

    Signals:
        saved(str): the meeting whose attendance was stored.
    """

    saved = Signal(str)

    def __init__(self, database: Database, tasks: TaskRunner, meeting: MeetingRow,
                 parent: QWidget | None = None, *, scope: Scope = WHOLE) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.meeting = meeting
        self.scope = scope  # a branch leader's: the data functions refuse beyond it
        self.people = AttendanceTableModel(self)
        self.loaded: Marks = {}
        self.saving = False
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(self.undo)

    def heading(self) -> str:
        """Say which meeting this is: "12/03/2026 · Chi hội Thôn Đông · Chủ đề"."""
        meeting = self.meeting
        parts = [format_date(meeting.held_on), meeting.unit_name, meeting.topic.strip()]
        return " · ".join(part for part in parts if part)

    def load(self) -> None:
        """Read the list off the GUI thread; the screen fills in when it arrives."""
        meeting_id, scope = self.meeting.id, self.scope
        self.tasks.query(self, self.database,
                         lambda session: rows_in_sheet_order(session, meeting_id, scope),
                         done=self._loaded)

    def _loaded(self, rows: list[AttendanceRow]) -> None:
        self.loaded = {row.member_id: (row.status, row.note) for row in rows}
        self.people.set_rows(rows)
        self.shown()

    def shown(self) -> None:
        """Show the list just read (each screen its own way)."""

    def pending(self) -> Marks:
        """Return the marks that differ from what the register held when read."""
        return {
            row.member_id: (row.status, row.note)
            for row in self.people.rows()
            if self.loaded.get(row.member_id) != (row.status, row.note)
        }

    def undo(self) -> None:
        """Take back the last mark (Ctrl+Z)."""
        self.people.undo_stack.undo()

    def save(self) -> None:
        """Store every mark in one transaction, then close ("Xong" / "Lưu")."""
        changes = self.pending()
        if self.saving:
            return
        if not changes:
            self._stored(0)
            return
        meeting_id, scope = self.meeting.id, self.scope
        seen = {member_id: self.loaded[member_id] for member_id in changes
                if member_id in self.loaded}
        self.saving = True

        def write(session: Session) -> int:
            return set_attendance(session, meeting_id, changes, scope=scope, seen=seen)

        # A conflict is answered by ``_not_stored`` with both marks, not by a message.
        self.tasks.op(self, self.database, write, done=self._stored,
                      changes={Change.MEETINGS}, failed=self._not_stored,
                      problem=lambda _text: None, progress=self.tr("Đang lưu điểm danh…"))

    def _stored(self, _changed: object) -> None:
        self.saving = False
        self.loaded = {row.member_id: (row.status, row.note) for row in self.people.rows()}
        self.saved.emit(self.meeting.id)
        self.accept()

    def _not_stored(self, exc: BaseException) -> None:
        self.saving = False  # the marks stay on screen, to save again or to correct
        if isinstance(exc, AttendanceConflictError):
            self._settle(exc)
        elif isinstance(exc, UserError):
            messages.show_problem(self, error_text(exc))

    def _settle(self, exc: AttendanceConflictError) -> None:
        """Someone marked the same people meanwhile: her marks beside theirs."""
        names = {row.member_id: row.full_name for row in self.people.rows()}

        def take_theirs(stored: Marks) -> None:
            self.loaded.update(stored)
            self.people.set_rows([
                replace(row, status=stored[row.member_id][0], note=stored[row.member_id][1])
                if row.member_id in stored else row
                for row in self.people.rows()])
            self.shown()

        def keep_mine(stored: Marks) -> None:
            self.loaded.update(stored)
            self.save()

        def edit(stored: Marks) -> None:
            # Her marks stay; the next save writes them over the stored ones.
            self.loaded.update(stored)

        choice = settle_marks(self, exc, names, self.pending(), take_theirs=take_theirs,
                              keep_mine=keep_mine)
        if choice is ConflictChoice.EDIT:
            edit(exc.stored)

    def reject(self) -> None:
        """Close (Esc, "Đóng"), asking first when marks are not saved yet."""
        if self.saving:  # the save closes the window once it is stored
            return
        if self.pending() and not field_errors.ask_discard(
            self, self.windowTitle(), save=self.save
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        """The window's own close button asks like Esc does."""
        if self.saving or self.pending():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
