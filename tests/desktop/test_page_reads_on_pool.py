"""The meetings, trainings and member pages read on the pool and drop stale answers.

Two runners: the real one (reads on pool threads, answers delivered through the event
loop, waited for with ``qtbot.waitUntil``), and one that holds every read until the test
lets it finish, in any order, so an answer can arrive after a newer request was made.
That the reads never open on the GUI thread is test_reads_off_gui_thread's guard.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.meetings import MeetingFilter, attendance, list_meetings
from db.site import SiteInfo, get_site
from db.trainings import CourseFilter, list_courses, participants
from db.units import list_branches
from desktop.pages.meetings.page import MeetingsPage
from desktop.pages.members.page import WITHOUT_BRANCH, MembersPage
from desktop.pages.trainings.page import TrainingsPage
from desktop.tasks import TaskRunner

TODAY = dt.date(2026, 11, 25)


class HeldTasks(TaskRunner):
    """Keeps reads (and writes) until the test lets them finish, in any order."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def _start(self, pool: Any, function: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException, str], None] | None) -> None:
        self.pending.append((function, done))

    def finish(self, index: int) -> None:
        function, done = self.pending[index]
        done(function())

    def finish_all(self) -> None:
        """Let every read finish in order, including those their answers start."""
        finished = 0
        while finished < len(self.pending):
            self.finish(finished)
            finished += 1


@pytest.fixture
def site(demo_db: Database) -> SiteInfo:
    with demo_db.reading() as session:
        return get_site(session)


def _meetings_page(qtbot: QtBot, database: Database, site: SiteInfo,
                   tasks: TaskRunner) -> MeetingsPage:
    page = MeetingsPage(database, site, tasks, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def _trainings_page(qtbot: QtBot, database: Database, site: SiteInfo,
                    tasks: TaskRunner) -> TrainingsPage:
    page = TrainingsPage(database, site, tasks)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


# Meetings ----------------------------------------------------------------------------


def test_meetings_arrive_from_the_pool_and_the_keys_still_mark(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = TaskRunner()
    page = _meetings_page(qtbot, demo_db, site, tasks)
    page.load()
    qtbot.waitUntil(lambda: page.people.rowCount() > 0, timeout=20_000)
    assert tasks.wait()
    qtbot.waitUntil(lambda: page.unit.count() > 2, timeout=10_000)
    with demo_db.reading() as session:
        branches = list_branches(session, site.unit_id, TODAY.year)
        rows = list_meetings(session, site.unit_id, MeetingFilter(
            date_from=dt.date(TODAY.year, 1, 1), date_to=dt.date(TODAY.year, 12, 31)))
    assert page.unit.count() == 2 + len(branches)
    assert [page.meetings.row_at(n).id for n in range(page.meetings.rowCount())] == [
        r.id for r in rows]
    assert page.current is not None and page.current.id == rows[0].id
    assert page.current.topic in page.info.text()
    # The attendance editor works on what arrived: a mark is saved and taken back.
    page.people_table.setFocus()
    page.people_table.setCurrentIndex(page.people.index(0, 0))
    before = page.people.rows()[0].status
    mark = "V" if before == "present" else "C"
    QTest.keyClick(page.people_table, getattr(Qt.Key, f"Key_{mark}"))
    assert page.people.rows()[0].status != before
    assert tasks.wait()
    qtbot.waitUntil(page.undo_button.isEnabled, timeout=5000)
    page.undo_button.click()
    assert page.people.rows()[0].status == before
    assert tasks.wait()
    qtbot.wait(50)
    with demo_db.reading() as session:
        stored = {r.member_id: r.status for r in attendance(session, rows[0].id)}
    assert stored[page.people.rows()[0].member_id] == before


def test_meetings_page_waits_for_its_read_with_a_placeholder(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = HeldTasks()
    page = _meetings_page(qtbot, demo_db, site, tasks)
    page.load()
    assert page.meetings.rowCount() == 0
    assert page.info.text() == "Đang tải…"
    assert page.unit.count() == 2  # "Tất cả" and the commune, usable at once
    tasks.finish(0)  # the branches
    tasks.finish(1)  # the list; it asks for the first meeting's attendance
    assert page.meetings.rowCount() > 0
    assert page.current is not None
    assert page.people.rowCount() == 0 and page.info.text() == "Đang tải…"
    # A key on the still-empty table marks nobody.
    page.people_table.setFocus()
    QTest.keyClick(page.people_table, Qt.Key.Key_C)
    assert len(tasks.pending) == 3
    tasks.finish(2)
    assert page.people.rowCount() > 0
    assert page.current.topic in page.info.text()


def test_an_older_meetings_answer_is_dropped(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = HeldTasks()
    page = _meetings_page(qtbot, demo_db, site, tasks)
    page.load()
    page.year.setValue(TODAY.year - 1)  # chosen before the first answer arrived
    assert len(tasks.pending) == 3
    tasks.finish(2)  # last year's list first: it is the one asked for now
    shown = [page.meetings.row_at(n) for n in range(page.meetings.rowCount())]
    assert shown and all(r is not None and r.held_on.year == TODAY.year - 1 for r in shown)
    tasks.finish(1)  # this year's list, late: dropped
    assert [page.meetings.row_at(n) for n in range(page.meetings.rowCount())] == shown
    assert page.current is not None and page.current.held_on.year == TODAY.year - 1


def test_the_attendance_of_a_meeting_no_longer_selected_is_dropped(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = HeldTasks()
    page = _meetings_page(qtbot, demo_db, site, tasks)
    page.load()
    tasks.finish_all()
    first, second = page.meetings.row_at(0), page.meetings.row_at(1)
    assert first is not None and second is not None
    with demo_db.reading() as session:
        first_people = [r.member_id for r in attendance(session, first.id)]
        second_people = [r.member_id for r in attendance(session, second.id)]
    assert first_people != second_people
    page.meeting_table.selectRow(1)
    asked = len(tasks.pending)
    page.meeting_table.selectRow(0)
    tasks.finish(len(tasks.pending) - 1)  # the first meeting's marks
    tasks.finish(asked - 1)  # the second's, late: dropped
    assert page.current is not None and page.current.id == first.id
    assert [r.member_id for r in page.people.rows()] == first_people


# Trainings ---------------------------------------------------------------------------


def test_trainings_arrive_from_the_pool(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = TaskRunner()
    page = _trainings_page(qtbot, demo_db, site, tasks)
    page.load()
    qtbot.waitUntil(lambda: page.people.rowCount() > 0, timeout=20_000)
    assert tasks.wait()
    assert page.year.currentData() == 2026
    with demo_db.reading() as session:
        rows = list_courses(session, site.unit_id, CourseFilter(year=2026))
        assert page.current is not None
        people = participants(session, page.current.id)
    assert [r.id for r in page.courses.rows()] == [r.id for r in rows]
    assert [p.participation_id for p in page.people.rows()] == [
        p.participation_id for p in people]
    assert "học viên" in page.people_summary.text()


def test_trainings_page_waits_for_its_reads_with_a_placeholder(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = HeldTasks()
    page = _trainings_page(qtbot, demo_db, site, tasks)
    page.load()
    assert page.heading.text() == "Đang tải…"
    tasks.finish(0)  # the years; the list is asked for
    assert page.year.currentData() == 2026
    tasks.finish(1)  # the list; the first course is asked for
    assert page.current is not None
    assert page.info.text() == "Đang tải…" and page.people.rowCount() == 0
    assert page.current.title in page.heading.text()
    tasks.finish(2)
    assert page.people.rowCount() > 0
    assert page.detail is not None and page.detail.row.id == page.current.id


def test_an_older_courses_answer_is_dropped(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = HeldTasks()
    page = _trainings_page(qtbot, demo_db, site, tasks)
    page.load()
    tasks.finish_all()
    everything = [r.id for r in page.courses.rows()]
    titles = [r.title.lower().split() for r in page.courses.rows()]
    word = next(w for w in titles[0] if all(w not in other for other in titles[1:]))
    with demo_db.reading() as session:
        found = list_courses(session, site.unit_id, CourseFilter(year=2026, text=word))
    assert 0 < len(found) < len(everything)  # the stale answer would show fewer
    asked = len(tasks.pending)
    page.search.setText(word)  # this request is made first…
    page.search.setText("")  # …and this one last
    tasks.finish(asked + 1)
    assert [r.id for r in page.courses.rows()] == everything
    tasks.finish(asked)  # the answer to the search typed before: dropped
    assert [r.id for r in page.courses.rows()] == everything


# Members -----------------------------------------------------------------------------


def test_member_branches_arrive_between_all_and_without_branch(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = TaskRunner()
    page = MembersPage(demo_db, site, tasks)
    qtbot.addWidget(page)
    page.show()
    page.load()
    with demo_db.reading() as session:
        branches = list_branches(session, site.unit_id, dt.date.today().year)
    qtbot.waitUntil(lambda: page.branch.count() == 2 + len(branches), timeout=20_000)
    assert tasks.wait()
    assert page.branch.itemData(0) is None
    assert [page.branch.itemData(n) for n in range(1, 1 + len(branches))] == [
        b.id for b in branches]
    assert page.branch.itemData(page.branch.count() - 1) == WITHOUT_BRANCH
    assert page.branch.currentIndex() == 0


def test_a_branch_filter_chosen_before_the_branches_arrive_stays(
    qtbot: QtBot, demo_db: Database, site: SiteInfo
) -> None:
    tasks = HeldTasks()
    page = MembersPage(demo_db, site, tasks)
    qtbot.addWidget(page)
    assert len(tasks.pending) == 1  # the branches: the list reads once the page shows
    page.branch.setCurrentIndex(page.branch.findData(WITHOUT_BRANCH))
    tasks.finish(0)
    assert page.branch.count() > 2
    assert page.branch.currentData() == WITHOUT_BRANCH


# Page modules -------------------------------------------------------------------------


def test_the_other_pages_modules_are_imported_ahead_on_the_pool(
    qtbot: QtBot, demo_db: Database, site: SiteInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import areas, main_window
    from desktop.app import open_main_window

    on_main: dict[str, bool] = {}
    real_import = areas.importlib.import_module

    def recording(name: str, package: str | None = None) -> Any:
        on_main.setdefault(name, threading.current_thread() is threading.main_thread())
        return real_import(name, package)

    monkeypatch.setattr(areas, "_IMPORTED_PAGES", {})  # as in a fresh program
    monkeypatch.setattr(areas.importlib, "import_module", recording)
    monkeypatch.setattr(main_window, "IMPORT_PAGES_AFTER_MS", 0)
    tasks = TaskRunner()
    window = open_main_window(demo_db, site, tasks)
    qtbot.addWidget(window)
    window.show()
    modules = {area.page_path(site).split(":")[0] for area in areas.AREAS
               if area.shown_on(site)}
    try:
        qtbot.waitUntil(lambda: modules <= set(areas._IMPORTED_PAGES), timeout=30_000)
    finally:
        assert tasks.wait()
    shown = areas.area_by_key(window.current_key()).page_path(site).split(":")[0]
    assert on_main[shown]  # the page on screen was built at once
    assert not [m for m in modules - {shown} if on_main[m]]
    window.close()
