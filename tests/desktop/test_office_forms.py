"""Forms that keep what was typed: Enter in a table cell, error lines, fresh columns.

Enter in a funding cell once saved the whole course; a message appearing under a field
pushed the next fields down under the pointer; the course's "Số GCN" column stayed
empty after issuing until another course was clicked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from db import certificates as certs
from db.engine import Database
from db.site import SiteInfo, get_site
from desktop.pages.meetings.dialog import MeetingDialog
from desktop.pages.meetings.page import MeetingsPage
from desktop.pages.trainings.dialogs import CourseDialog
from desktop.pages.trainings.page import TrainingsPage
from desktop.tasks import Change, TaskRunner
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def site(demo_db: Database) -> SiteInfo:
    with demo_db.reading() as session:
        return get_site(session)


@pytest.fixture
def trainings(qtbot: QtBot, demo_db: Database, site: SiteInfo) -> Iterator[TrainingsPage]:
    widget = TrainingsPage(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.load()
    yield widget


def test_enter_in_a_funding_cell_does_not_save_the_course(
    trainings: TrainingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.pages.trainings import dialogs

    monkeypatch.setattr(dialogs, "ask_discard", lambda *_args: True)  # closing at the end
    dialog = trainings.course_dialog()
    assert isinstance(dialog, CourseDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.add_funding_line()
    money = dialog.money_edit(0)
    type_text(money, "1500000")
    QTest.keyClick(money, Qt.Key.Key_Return)
    assert saved == [] and dialog.isVisible()
    assert not dialog.errors["title"].isVisible()  # save() never ran
    # Enter moved on to the note of the same line, typed as text.
    assert dialog.funding.state() == QAbstractItemView.State.EditingState
    editor = dialog.funding.indexWidget(dialog.funding.model().index(0, 2))
    assert isinstance(editor, QLineEdit)
    type_text(editor, "Hỗ trợ của huyện")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert dialog.funding.item(0, 2).text() == "Hỗ trợ của huyện"
    assert saved == [] and dialog.isVisible()
    assert not dialog.errors["title"].isVisible()
    assert money.amount() == 1_500_000


def _top(widget: QWidget, window: QWidget) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def test_messages_under_fields_do_not_move_the_fields(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    page = MeetingsPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(page)
    dialog = MeetingDialog(demo_db, site, page.tasks, page.units(), parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = {name: _top(getattr(dialog, name), dialog) for name in ("topic", "place")}
    dialog.save()  # no topic: a message appears under it
    QApplication.processEvents()
    assert dialog.errors["topic"].isVisible()
    after = {name: _top(getattr(dialog, name), dialog) for name in ("topic", "place")}
    assert after == before


def test_certificate_numbers_show_on_the_course_at_once(
    trainings: TrainingsPage, demo_db: Database, site: SiteInfo
) -> None:
    rows = trainings.courses.rows()
    own = next(n for n, r in enumerate(rows) if r.owned and r.participants)
    trainings.course_table.selectRow(own)
    people = trainings.people
    waiting = next(n for n in range(people.rowCount())
                   if not people.completed_at(n))
    tick = people.index(waiting, people.completed_column)
    assert people.setData(tick, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    name = people.rows()[waiting].full_name
    course_id = trainings.current.id if trainings.current else ""
    number_column = people.columnCount() - 1

    def issue(session: Session) -> list[str]:
        return certs.issue_certificates(session, course_id, site.unit_id, TODAY,
                                        "CHỦ TỊCH", "Nguyễn Thị Hương")

    # Issued elsewhere (the certificates page), announced on the change bus.
    trainings.tasks.op(None, demo_db, issue, changes={Change.CERTIFICATES})
    row = next(n for n in range(people.rowCount()) if people.rows()[n].full_name == name)
    assert people.index(row, number_column).data()
    assert trainings.current is not None and trainings.current.id == course_id


def test_the_last_save_of_a_course_can_be_taken_back(
    trainings: TrainingsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.trainings import course_draft

    def retitle(dialog: CourseDialog) -> int:
        dialog.title.setText("Tên lớp gõ nhầm")
        dialog.save()
        return 1

    monkeypatch.setattr(CourseDialog, "exec", retitle)
    rows = trainings.courses.rows()
    own = next(n for n, r in enumerate(rows) if r.owned)
    trainings.course_table.selectRow(own)
    course = trainings.current
    assert course is not None and not trainings.last_save.offered
    trainings.edit_course()
    with demo_db.reading() as session:
        assert course_draft(session, course.id).title == "Tên lớp gõ nhầm"
    assert trainings.last_save.offered and "Tên lớp gõ nhầm" in trainings.last_save.message.text()
    trainings.last_save.undo_button.click()
    with demo_db.reading() as session:
        assert course_draft(session, course.id).title == course.title
    assert trainings.current is not None and trainings.current.title == course.title
    assert not trainings.last_save.offered
