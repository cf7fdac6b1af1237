"""Attendance the way a branch meeting happens: the large roll call and the signed sheet.

Both screens open from the meetings page on its selected meeting, keep the marks on
screen and store them in one save; the register is read back with the db functions.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.meetings import attendance, sheet_data
from db.site import get_site
from db.text import search_key, split_name
from desktop.documents.meeting_sheet import sheet_from_meeting
from desktop.pages.meetings.page import MeetingsPage
from desktop.pages.meetings.paper_entry import PaperEntryWindow
from desktop.pages.meetings.roll_call import RollCallWindow
from desktop.tasks import TaskRunner
from desktop.widgets import messages
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)
Answer = QMessageBox.StandardButton


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> Iterator[MeetingsPage]:
    with demo_db.reading() as session:
        site = get_site(session)
    widget = MeetingsPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load()
    assert widget.current is not None and widget.people.rowCount() > 5
    yield widget


def stored(page: MeetingsPage, database: Database) -> dict[str, tuple[str, str | None]]:
    assert page.current is not None
    with database.reading() as session:
        return {r.member_id: (r.status, r.note) for r in attendance(session, page.current.id)}


def open_roll_call(page: MeetingsPage, qtbot: QtBot) -> RollCallWindow:
    window = page.open_marking(paper=False)
    assert isinstance(window, RollCallWindow)  # the page's child: it goes with the page
    qtbot.waitExposed(window)
    assert window.people.rowCount() == page.people.rowCount()
    return window


def open_paper(page: MeetingsPage, qtbot: QtBot) -> PaperEntryWindow:
    window = page.open_marking(paper=True)
    assert isinstance(window, PaperEntryWindow)
    qtbot.waitExposed(window)
    return window


def tap(window: RollCallWindow, row: int) -> None:
    view = window.list
    view.scrollTo(window.proxy.index(row, 0))
    rect = view.visualRect(window.proxy.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())


def press(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    QTest.keyClick(widget, key) if not text else QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, key, text, Qt.KeyboardModifier.NoModifier)


def answer_box(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton,
               seen: list[tuple[str, list[str]]]) -> None:
    def look(box: QMessageBox) -> int:
        seen.append((box.defaultButton().text(), sorted(b.text() for b in box.buttons())))
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", look)


# --------------------------------------------------------------------------- roll call


def test_ticking_names_and_done_stores_the_marks(
    page: MeetingsPage, demo_db: Database, qtbot: QtBot
) -> None:
    window = open_roll_call(page, qtbot)
    rows = window.people.rows()
    before = stored(page, demo_db)
    cycle = {"absent": "present", "present": "excused", "excused": "absent"}
    tap(window, 0)
    tap(window, 2)
    tap(window, 2)
    expected = dict(before)
    expected[rows[0].member_id] = (cycle[rows[0].status], None if cycle[rows[0].status]
                                   == "present" else rows[0].note)
    status2 = cycle[cycle[rows[2].status]]
    expected[rows[2].member_id] = (status2, None if "present" in (
        cycle[rows[2].status], status2) else rows[2].note)
    present = sum(1 for status, _n in expected.values() if status == "present")
    assert window.count.text() == f"Có mặt {present}/{len(rows)}"
    assert stored(page, demo_db) == before  # nothing stored before "Xong"
    window.done_button.click()
    assert not window.isVisible()
    assert stored(page, demo_db) == expected
    assert {r.member_id: (r.status, r.note) for r in page.people.rows()} == expected


def test_the_search_box_filters_names_with_or_without_tones(
    page: MeetingsPage, demo_db: Database, qtbot: QtBot
) -> None:
    window = open_roll_call(page, qtbot)
    rows = window.people.rows()
    target = next(r for r in rows
                  if sum(search_key(r.full_name) == search_key(o.full_name) for o in rows) == 1
                  and r.status != "present")
    given = split_name(target.full_name)[2]
    type_text(window.search, given)  # with its tones, as a Vietnamese keyboard types
    shown = [window.people.row(window.proxy.mapToSource(window.proxy.index(n, 0)).row())
             for n in range(window.proxy.rowCount())]
    assert target in shown
    assert all(search_key(given) in search_key(r.full_name) for r in shown)
    assert len(shown) < len(rows)
    window.search.clear()
    QTest.keyClicks(window.search, search_key(target.full_name))  # plain letters
    assert window.proxy.rowCount() == 1
    QTest.keyClick(window.search, Qt.Key.Key_Return)  # the one found comes present
    assert window.people.rows()[rows.index(target)].status == "present"
    assert window.search.text() == "" and window.proxy.rowCount() == len(rows)
    QTest.keyClicks(window.search, "zzqq")
    assert window.proxy.rowCount() == 0 and window.nothing_found.isVisibleTo(window)
    window.search.clear()
    window.done_button.click()
    assert stored(page, demo_db)[target.member_id][0] == "present"


def test_keys_set_marks_and_letters_jump_to_names(page: MeetingsPage, qtbot: QtBot) -> None:
    window = open_roll_call(page, qtbot)
    view = window.list
    view.setFocus()
    view.setCurrentIndex(window.proxy.index(0, 0))

    def status(row: int) -> str:
        return window.people.row(row).status

    press(view, Qt.Key.Key_C, "c")
    assert status(0) == "present" and view.currentIndex().row() == 1
    press(view, Qt.Key.Key_V, "v")
    assert status(1) == "absent" and view.currentIndex().row() == 2
    press(view, Qt.Key.Key_P, "p")
    assert status(2) == "excused" and view.currentIndex().row() == 3
    press(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 2
    press(view, Qt.Key.Key_Space, " ")
    assert status(2) == "absent"  # excused → absent
    press(view, Qt.Key.Key_Return)
    assert status(2) == "present"
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status(2) == "absent"  # Ctrl+Z takes the last mark back
    rows = window.people.rows()
    letters = {search_key(split_name(r.full_name)[2])[:1] for r in rows} - {"c", "v", "p"}
    letter = sorted(letters)[-1]
    press(view, getattr(Qt.Key, f"Key_{letter.upper()}"), letter)
    landed = rows[view.currentIndex().row()]
    assert search_key(split_name(landed.full_name)[2]).startswith(letter)
    # In the search box the same letters are text, never a jump nor a mark.
    marks = [r.status for r in window.people.rows()]
    window.search.setFocus()
    QTest.keyClicks(window.search, "cvp")
    assert window.search.text() == "cvp" and [r.status for r in window.people.rows()] == marks


def test_closing_with_unsaved_ticks_asks(
    page: MeetingsPage, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored(page, demo_db)
    window = open_roll_call(page, qtbot)
    seen: list[tuple[str, list[str]]] = []
    window.close_button.click()  # nothing ticked: closes without a word
    assert not window.isVisible() and seen == []

    window = open_roll_call(page, qtbot)
    tap(window, 1)
    answer_box(monkeypatch, Answer.Cancel, seen)
    QTest.keyClick(window.list, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert seen == [("Quay lại", ["Không lưu", "Lưu", "Quay lại"])]
    window.close()  # the window's own close button asks too
    assert window.isVisible() and len(seen) == 2
    answer_box(monkeypatch, Answer.Discard, seen)
    window.close_button.click()
    assert not window.isVisible()
    assert stored(page, demo_db) == before

    window = open_roll_call(page, qtbot)
    tap(window, 1)
    ticked = window.people.row(1)
    answer_box(monkeypatch, Answer.Save, seen)
    window.close_button.click()
    assert not window.isVisible()
    assert stored(page, demo_db)[ticked.member_id] == (ticked.status, ticked.note)
    assert stored(page, demo_db) != before


def test_a_reason_being_typed_on_the_page_is_asked_about_first(
    page: MeetingsPage, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = page.people_table
    table.setFocus()
    table.setCurrentIndex(page.people.index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(editor, "Đi viện")
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm",
                        lambda _p, title, *_a, **_k: asked.append(title) or False)
    assert page.open_marking(paper=False) is None
    assert asked and page.people.row(0).note is None
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    window = open_roll_call(page, qtbot)
    member = page.people.row(0).member_id
    assert stored(page, demo_db)[member][1] == "Đi viện"
    assert window.people.row(0).note == "Đi viện"


# --------------------------------------------------------------------------- paper entry


def printed_names(page: MeetingsPage) -> str:
    path = page.sheet_pdf(blank=True)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_paper_entry_follows_the_printed_order(page: MeetingsPage, qtbot: QtBot) -> None:
    assert page.current is not None
    window = open_paper(page, qtbot)
    names = [r.full_name for r in window.people.rows()]
    with page.database.reading() as session:
        sheet = sheet_from_meeting(sheet_data(session, page.current.id, with_status=False),
                                   blank=True)
    assert names == [person.full_name for person in sheet.people]
    text = printed_names(page)
    position = 0
    for number, name in enumerate(names, start=1):
        found = text.find(name, position)
        assert found >= 0, f"row {number} ({name}) is not next on the printed sheet"
        line = text[text.rfind("\n", 0, found) + 1:found]
        assert line.split()[0] == str(number)  # the STT printed on the same line
        position = found + len(name)
    assert window.number.text() == f"STT 1 / {len(names)}"
    assert window.name.text() == names[0]


def test_paper_entry_marks_reasons_and_backspace(
    page: MeetingsPage, demo_db: Database, qtbot: QtBot
) -> None:
    window = open_paper(page, qtbot)
    rows = window.people.rows()
    panel = window.panel
    panel.setFocus()
    press(panel, Qt.Key.Key_1, "1")
    press(panel, Qt.Key.Key_0, "0")
    press(panel, Qt.Key.Key_P, "p")
    press(panel, Qt.Key.Key_C, "c")
    assert window.position == 4
    press(panel, Qt.Key.Key_V, "v")
    # Backspace: back one row, its mark taken back as it was.
    assert window.people.row(4).status == "absent"
    press(panel, Qt.Key.Key_Backspace)
    assert window.position == 4
    assert (window.people.row(4).status, window.people.row(4).note) == (rows[4].status,
                                                                       rows[4].note)
    assert window.name.text() == rows[4].full_name
    press(panel, Qt.Key.Key_F2)
    assert window.reason.isVisible()
    type_text(window.reason, "Con ốm, vắng có việc")  # c, v, p typed are text here
    QTest.keyClick(window.reason, Qt.Key.Key_Return)
    assert window.position == 5 and not window.reason.isVisible()
    assert (window.people.row(4).status, window.people.row(4).note) == (
        "excused", "Con ốm, vắng có việc")
    press(panel, Qt.Key.Key_Backspace)
    press(panel, Qt.Key.Key_Backspace)
    assert window.position == 3
    assert window.people.row(3).status == rows[3].status  # two rows taken back
    assert window.people.row(4).note == rows[4].note
    press(panel, Qt.Key.Key_C, "c")
    press(panel, Qt.Key.Key_F2)
    type_text(window.reason, "Đi làm xa")
    QTest.keyClick(window.reason, Qt.Key.Key_Return)
    while not window.at_end():
        press(panel, Qt.Key.Key_1, "1")
    expected = {r.member_id: ("present", None) for r in rows}
    expected[rows[1].member_id] = ("absent", rows[1].note)
    expected[rows[2].member_id] = ("excused", rows[2].note)
    expected[rows[4].member_id] = ("excused", "Đi làm xa")
    absent = sum(1 for s, _n in expected.values() if s == "absent")
    assert window.summary.text() == f"{len(rows) - absent - 2} có mặt, {absent} vắng, 2 có lý do"
    assert window.summary.isVisible()
    QTest.keyClick(panel, Qt.Key.Key_Return)  # Enter at the end saves
    assert not window.isVisible()
    assert stored(page, demo_db) == expected


def test_both_screens_fit_a_small_laptop_with_large_type(
    page: MeetingsPage, qtbot: QtBot
) -> None:
    roll = open_roll_call(page, qtbot)
    assert roll.minimumSizeHint().width() <= 1024 and roll.minimumSizeHint().height() <= 600
    assert roll.list.sizeHintForRow(0) >= 60  # a finger's height per name
    assert roll.search.font().pointSizeF() >= 20
    roll.close_button.click()
    paper = open_paper(page, qtbot)
    assert paper.minimumSizeHint().width() <= 1024 and paper.minimumSizeHint().height() <= 600
    assert paper.name.font().pointSizeF() >= 20 and paper.number.font().pointSizeF() >= 20


def test_a_view_only_account_gets_neither_screen(page: MeetingsPage) -> None:
    page.set_read_only(True)
    assert not page.roll_call_button.isVisible() and not page.paper_button.isVisible()
    assert page.open_marking(paper=False) is None and page.open_marking(paper=True) is None
    page.set_read_only(False)
    assert page.roll_call_button.isVisible() and page.roll_call_button.isEnabled()


def test_paper_entry_buttons_mark_like_the_keys(page: MeetingsPage, qtbot: QtBot) -> None:
    window = open_paper(page, qtbot)
    for status in ("absent", "present", "excused"):
        QTest.mouseClick(window.mark_buttons[status], Qt.MouseButton.LeftButton)
    assert window.position == 3
    assert [window.people.row(n).status for n in range(3)] == ["absent", "present", "excused"]
    assert window.focusWidget() is window.panel  # the keys still go to the row
