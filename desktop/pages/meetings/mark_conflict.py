"""Marks someone else changed while this person was marking the same list.

A meeting's list may be marked in two places at once: the roll call in one window and
the meetings page in another, or two staff on one server register. A save carries the
marks the person changed from (``seen``); when some of them moved on meanwhile,
``db.meetings.set_attendance`` refuses with :class:`~db.meetings.AttendanceConflictError`
and nothing is stored. Both screens then ask the same question here: each of those
people with her mark beside the stored one, and the three ways on of
:func:`desktop.widgets.conflict_dialog.settle_conflict`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.meetings import ATTENDANCE_LABELS, AttendanceConflictError, Mark
from desktop.widgets import conflict_dialog
from desktop.widgets.conflict_dialog import ComparedField, ConflictChoice


def shown_mark(mark: Mark) -> str:
    """A mark as the lists show it: the status, then the note after a dash."""
    status, note = mark
    label = QCoreApplication.translate("AttendanceTableModel",
                                       ATTENDANCE_LABELS.get(status, status))
    return f"{label} — {note}" if note else label


def settle_marks(
    parent: QWidget, exc: AttendanceConflictError, names: Mapping[str, str],
    mine: Mapping[str, Mark], *, take_theirs: Callable[[dict[str, Mark]], None],
    keep_mine: Callable[[dict[str, Mark]], None],
) -> ConflictChoice:
    """Show her marks beside the stored ones; do what she chose.

    Args:
        parent: the screen that tried to save.
        exc: the refusal, with the stored mark of each person who moved on.
        names: member key -> full name, for the people on the list.
        mine: the marks she tried to save.
        take_theirs: show the stored marks (given) for those people.
        keep_mine: save again, over the stored marks (given: what she now has seen).
    """
    stored = exc.stored
    fields = [ComparedField(names.get(member_id, member_id),
                            shown_mark(mine[member_id]), shown_mark(stored[member_id]))
              for member_id in stored if member_id in mine]
    what = QCoreApplication.translate("MarkConflict", "danh sách điểm danh")
    return conflict_dialog.settle_conflict(
        parent, what, fields,
        take_theirs=lambda: take_theirs(dict(stored)),
        answer_theirs=lambda: None,
        keep_mine=lambda: keep_mine(dict(stored)))
