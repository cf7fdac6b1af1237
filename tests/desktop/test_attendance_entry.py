"""Attendance that cannot be lost: bulk marks ask, reasons are typed as text, undo.

The story behind these tests: "Tất cả có mặt" once replaced every absence and its
reason without a word, "F2 ghi lý do" did nothing outside the note column so the reason
then typed was taken as shortcuts (letters jumped rows, a space flipped a mark), and
Ctrl+Z did nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.meetings import attendance
from db.site import get_site
from desktop.models.attendance_table import NOTE_COLUMN
from desktop.pages.meetings.page import MeetingsPage
from desktop.tasks import TaskRunner
from desktop.widgets import messages
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)
REASON = "Bận việc gia đình, con ốm"  # c, v, p and spaces: every shortcut key is in it


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> Iterator[MeetingsPage]:
    with demo_db.reading() as session:
        site = get_site(session)
    widget = MeetingsPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.load()
    assert widget.current is not None and widget.people.rowCount() > 5
    yield widget


def shown(page: MeetingsPage) -> list[tuple[str, str, str | None]]:
    return [(r.member_id, r.status, r.note) for r in page.people.rows()]


def stored(page: MeetingsPage, database: Database) -> list[tuple[str, str, str | None]]:
    assert page.current is not None
    with database.reading() as session:
        by_member = {r.member_id: (r.member_id, r.status, r.note)
                     for r in attendance(session, page.current.id)}
    return [by_member[member_id] for member_id, _s, _n in shown(page)]


def press(page: MeetingsPage, row: int, key: Qt.Key) -> None:
    table = page.people_table
    table.setFocus()
    table.setCurrentIndex(page.people.index(row, 0))
    QTest.keyClick(table, key)


def type_reason(page: MeetingsPage, row: int, text: str, *, key: Qt.Key = Qt.Key.Key_F2) -> None:
    """Open the reason from the name column with ``key`` and type it like a person."""
    press(page, row, key)
    table = page.people_table
    assert table.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert table.state() != QAbstractItemView.State.EditingState


def test_typing_a_reason_from_any_column_changes_no_mark(
    page: MeetingsPage, demo_db: Database
) -> None:
    press(page, 0, Qt.Key.Key_C)  # everyone in known marks first
    press(page, 2, Qt.Key.Key_V)
    before = shown(page)
    type_reason(page, 2, REASON)
    after = shown(page)
    assert page.people_table.currentIndex().row() == 2  # no letter jumped to a name
    assert after[2] == (before[2][0], "excused", REASON)  # a reason makes it excused
    assert after[:2] + after[3:] == before[:2] + before[3:]
    assert stored(page, demo_db) == after
    # Enter opens the same editor, and a present person's note keeps her present.
    type_reason(page, 0, "Đến muộn", key=Qt.Key.Key_Return)
    assert shown(page)[0][1:] == ("present", "Đến muộn")
    assert stored(page, demo_db) == shown(page)


def test_all_present_asks_before_overwriting_and_no_keeps_everything(
    page: MeetingsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    press(page, 0, Qt.Key.Key_V)
    type_reason(page, 1, "Đi công tác")
    before = shown(page)
    absent = sum(1 for _m, status, _n in before if status != "present")
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(messages, "confirm", answer)
    page.all_present.click()
    assert len(asked) == 1
    assert f"{absent} người" in asked[0] and "lý do" in asked[0]
    assert shown(page) == before
    assert stored(page, demo_db) == before

    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    page.all_present.click()
    assert {status for _m, status, _n in shown(page)} == {"present"}
    assert stored(page, demo_db) == shown(page)


def test_all_present_on_a_list_nobody_touched_does_not_ask(
    page: MeetingsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    page.all_present.click()
    page.people.mark_everyone("absent")
    page.people.undo_stack.clear()

    def refuse(*_args: object) -> bool:
        raise AssertionError("asked although no mark would be lost")

    monkeypatch.setattr(messages, "confirm", refuse)
    page.all_present.click()
    assert page.people.counts()[0] == page.people.rowCount()


def test_undo_restores_marks_and_reasons_in_the_register(
    page: MeetingsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    press(page, 0, Qt.Key.Key_C)
    page.select_meeting(0)  # read again: nothing to undo, row 0 present
    assert not page.undo_button.isEnabled()
    original = shown(page)
    assert original[0][1] == "present"
    press(page, 0, Qt.Key.Key_V)
    type_reason(page, 0, REASON)
    press(page, 3, Qt.Key.Key_Space)
    with_reason = shown(page)
    page.all_present.click()
    assert page.undo_button.isEnabled()
    assert "Tất cả" in page.undo_button.toolTip()

    page.undo_button.click()  # the bulk mark
    assert shown(page) == with_reason
    assert stored(page, demo_db) == with_reason
    table = page.people_table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the space
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the reason
    assert shown(page)[0][1:] == ("absent", None)
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the V
    assert shown(page) == original
    assert stored(page, demo_db) == original
    assert not page.undo_button.isEnabled()

    QTest.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert shown(page)[0][1] == "absent"
    assert stored(page, demo_db) == shown(page)


def test_ctrl_z_while_typing_a_reason_undoes_typing_not_marks(page: MeetingsPage) -> None:
    press(page, 0, Qt.Key.Key_V)
    before = shown(page)
    press(page, 0, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "ốm")
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(page) == before  # the mark V is still there
    assert page.people_table.state() == QAbstractItemView.State.EditingState
    QTest.keyClick(editor, Qt.Key.Key_Escape)


def test_another_meeting_starts_with_nothing_to_undo(page: MeetingsPage) -> None:
    press(page, 0, Qt.Key.Key_Space)
    assert page.undo_button.isEnabled()
    assert page.meetings.rowCount() > 1
    page.meeting_table.selectRow(1)
    assert not page.undo_button.isEnabled()
    assert page.people.undo_stack.count() == 0


def test_note_column_index_is_the_reason() -> None:
    from desktop.models.attendance_table import HEADERS

    assert HEADERS[NOTE_COLUMN] == "Ghi chú"


def test_the_last_save_of_a_meeting_can_be_taken_back(
    page: MeetingsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.meetings import meeting_draft
    from desktop.pages.meetings.dialog import MeetingDialog

    def edit_topic(dialog: MeetingDialog) -> int:
        dialog.topic.setText("Chủ đề đã sửa")
        dialog.save()
        return 1

    monkeypatch.setattr(MeetingDialog, "exec", edit_topic)
    meeting = page.current
    assert meeting is not None and not page.last_save.offered
    page.edit_meeting()
    with demo_db.reading() as session:
        assert meeting_draft(session, meeting.id).topic == "Chủ đề đã sửa"
    assert page.last_save.isVisibleTo(page) and page.last_save.offered
    page.last_save.undo_button.click()
    with demo_db.reading() as session:
        assert meeting_draft(session, meeting.id).topic == meeting.topic
    assert not page.last_save.offered
    assert page.current is not None and page.current.topic == meeting.topic


def test_taking_back_a_new_meeting_removes_it(
    page: MeetingsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.pages.meetings.dialog import MeetingDialog

    def fill(dialog: MeetingDialog) -> int:
        dialog.unit.setCurrentIndex(1)
        dialog.topic.setText("Buổi thêm nhầm")
        dialog.save()
        return 1

    monkeypatch.setattr(MeetingDialog, "exec", fill)
    count = page.meetings.rowCount()
    page.new_meeting()
    assert page.meetings.rowCount() == count + 1
    assert "Đã thêm" in page.last_save.message.text()
    page.last_save.undo_button.click()
    assert page.meetings.rowCount() == count
    assert all(r.topic != "Buổi thêm nhầm" for r in page.meetings.rows())
