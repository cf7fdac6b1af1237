"""Someone else saves a course, a meeting or its marks while she edits it: both versions.

The member form's own tests are in ``test_member_conflict.py``; the course and meeting
forms use the same dialog through ``conflict_dialog.settle_conflict``. The "other PC" is a
second connection to the same register file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.meetings import (
    MeetingFilter,
    attendance,
    list_meetings,
    meeting_draft,
    set_attendance,
    update_meeting,
)
from db.site import get_site
from db.trainings import course_draft, list_courses, list_topics, update_course
from desktop.pages.meetings.dialog import MeetingDialog
from desktop.pages.meetings.page import MeetingsPage
from desktop.pages.trainings.dialogs import CourseDialog
from desktop.tasks import TaskRunner
from desktop.widgets.conflict_dialog import ConflictChoice
from tests.desktop.conflict_answers import answering, saved_elsewhere


def _course_dialog(qtbot: QtBot, database: Database) -> tuple[CourseDialog, str]:
    with database.reading() as session:
        site = get_site(session)
        course_id = list_courses(session, site.unit_id)[0].id
        topics = list_topics(session)
        draft = course_draft(session, course_id)
    dialog = CourseDialog(database, site, TaskRunner(synchronous=True), topics,
                          course_id=course_id, draft=draft)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, course_id


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_course_saved_elsewhere_shows_both_versions(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    dialog, course_id = _course_dialog(qtbot, demo_db)
    dialog.place.setText("Hội trường UBND xã, tầng 2")
    saved_elsewhere(demo_db, lambda session: update_course(
        session, course_id, dataclasses.replace(course_draft(session, course_id),
                                                place="Nhà văn hóa thôn Đông")))
    answers = answering(monkeypatch, choice)

    dialog.save()

    assert len(answers.shown) == 1
    differing = [(f.mine, f.theirs) for f in answers.shown[0] if f.differs]
    assert differing == [("Hội trường UBND xã, tầng 2", "Nhà văn hóa thôn Đông")]
    assert answers.shown[0][0].differs  # the differing field comes first
    with demo_db.reading() as session:
        stored = course_draft(session, course_id).place
    if choice is ConflictChoice.KEEP_MINE:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert stored == "Hội trường UBND xã, tầng 2"
    elif choice is ConflictChoice.TAKE_THEIRS:
        assert stored == "Nhà văn hóa thôn Đông"
        assert dialog.place.text() == "Nhà văn hóa thôn Đông"
        assert dialog.draft().topic_ids == course_draft_topics(demo_db, course_id)
    else:
        assert dialog.place.text() == "Hội trường UBND xã, tầng 2"
        assert stored == "Nhà văn hóa thôn Đông"
        dialog.save()  # she has seen theirs: this save writes over it
        assert len(answers.shown) == 1
        with demo_db.reading() as session:
            assert course_draft(session, course_id).place == "Hội trường UBND xã, tầng 2"


def course_draft_topics(database: Database, course_id: str) -> tuple[str, ...]:
    with database.reading() as session:
        return course_draft(session, course_id).topic_ids


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_meeting_saved_elsewhere_shows_both_versions(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
        meeting = list_meetings(session, site.unit_id, MeetingFilter())[0]
        draft = meeting_draft(session, meeting.id)
        units = [(draft.unit_id, meeting.unit_name)]
    dialog = MeetingDialog(demo_db, site, TaskRunner(synchronous=True), units,
                           meeting_id=meeting.id, draft=draft)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.topic.setText("Bàn kế hoạch tết trồng cây <và> ngày hội")
    saved_elsewhere(demo_db, lambda session: update_meeting(
        session, meeting.id, dataclasses.replace(draft, place="Sân nhà văn hóa"),
        today=dt.date(2026, 12, 5)))
    answers = answering(monkeypatch, choice)

    dialog.save()

    assert len(answers.shown) == 1
    differing = {f.label: (f.mine, f.theirs) for f in answers.shown[0] if f.differs}
    assert differing["Chủ đề"] == ("Bàn kế hoạch tết trồng cây <và> ngày hội", draft.topic)
    assert differing["Địa điểm"] == (draft.place or "", "Sân nhà văn hóa")
    with demo_db.reading() as session:
        stored = meeting_draft(session, meeting.id)
    if choice is ConflictChoice.KEEP_MINE:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert stored.topic == "Bàn kế hoạch tết trồng cây <và> ngày hội"
    elif choice is ConflictChoice.TAKE_THEIRS:
        assert (stored.topic, stored.place) == (draft.topic, "Sân nhà văn hóa")
        assert dialog.place.text() == "Sân nhà văn hóa"
        dialog.save()  # theirs now on screen, with their version: saves without asking
        assert len(answers.shown) == 1
    else:
        assert dialog.topic.text() == "Bàn kế hoạch tết trồng cây <và> ngày hội"
        assert stored.place == "Sân nhà văn hóa"


# ------------------------------------------------------------------ attendance marks


def _marks_page(qtbot: QtBot, database: Database) -> MeetingsPage:
    with database.reading() as session:
        site = get_site(session)
    page = MeetingsPage(database, site, TaskRunner(synchronous=True),
                        today=dt.date(2026, 11, 25))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.load()
    assert page.current is not None and page.people.rowCount() > 2
    return page


def _stored_marks(database: Database, meeting_id: str) -> dict[str, tuple[str, str | None]]:
    with database.reading() as session:
        return {r.member_id: (r.status, r.note) for r in attendance(session, meeting_id)}


def _other_mark(status: str) -> str:
    return "excused" if status != "excused" else "present"


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_mark_changed_in_another_window_shows_both(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    page = _marks_page(qtbot, demo_db)
    assert page.current is not None
    meeting_id, row = page.current.id, page.people.rows()[0]
    theirs = (_other_mark(row.status), "Ốm" if _other_mark(row.status) == "excused" else None)
    saved_elsewhere(demo_db, lambda session: set_attendance(
        session, meeting_id, {row.member_id: theirs}))
    answers = answering(monkeypatch, choice)
    mine = "absent" if "absent" not in (row.status, theirs[0]) else (
        "present" if "present" not in (row.status, theirs[0]) else "excused")

    page.people.set_status(0, mine)  # the page saves each key press at once

    assert len(answers.shown) == 1
    [field] = answers.shown[0]
    assert field.label == row.full_name and field.differs
    assert field.theirs.startswith(("Vắng có lý do — Ốm", "Có mặt"))
    stored = _stored_marks(demo_db, meeting_id)[row.member_id]
    shown = {r.member_id: (r.status, r.note) for r in page.people.rows()}[row.member_id]
    if choice is ConflictChoice.KEEP_MINE:
        assert stored[0] == mine and shown[0] == mine
    else:
        # Nothing of hers was stored; the list shows what the register holds.
        assert stored == theirs and shown == theirs


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_the_roll_call_keeps_its_marks_when_someone_marked_the_same_people(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    page = _marks_page(qtbot, demo_db)
    window = page.open_marking(paper=True)
    assert window is not None and page.current is not None
    meeting_id = page.current.id
    first, second = window.people.rows()[:2]
    theirs = (_other_mark(first.status), "Ốm" if _other_mark(first.status) == "excused"
              else None)
    mine_first = "absent" if "absent" not in (first.status, theirs[0]) else (
        "present" if "present" not in (first.status, theirs[0]) else "excused")
    mine_second = _other_mark(second.status)
    window.people.set_status(0, mine_first)
    window.people.set_status(1, mine_second)
    saved_elsewhere(demo_db, lambda session: set_attendance(
        session, meeting_id, {first.member_id: theirs}))
    answers = answering(monkeypatch, choice)

    window.save()

    assert [(f.label, f.differs) for f in answers.shown[0]] == [(first.full_name, True)]
    stored = _stored_marks(demo_db, meeting_id)
    marks = {r.member_id: r.status for r in window.people.rows()}
    if choice is ConflictChoice.KEEP_MINE:
        assert stored[first.member_id][0] == mine_first
        assert stored[second.member_id][0] == mine_second
        assert not window.isVisible()
        return
    assert stored[first.member_id] == theirs  # nothing of hers stored yet
    assert stored[second.member_id] == (second.status, second.note)
    assert window.isVisible()
    if choice is ConflictChoice.TAKE_THEIRS:
        assert marks == {**marks, first.member_id: theirs[0], second.member_id: mine_second}
    else:
        assert marks[first.member_id] == mine_first  # what she marked stays on screen
    window.save()  # the next save writes what is on screen over the stored marks
    stored = _stored_marks(demo_db, meeting_id)
    assert stored[second.member_id][0] == mine_second
    assert stored[first.member_id][0] == (theirs[0] if choice is ConflictChoice.TAKE_THEIRS
                                          else mine_first)
    assert len(answers.shown) == 1
