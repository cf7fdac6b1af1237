"""The trainings page: a course typed in Vietnamese, people picked, ticks, completion, PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.site import SiteInfo, get_site
from db.trainings import CourseFilter, list_courses, participants
from desktop.pages.trainings.dialogs import CourseDialog, MemberPickerDialog, MoneyEdit
from desktop.pages.trainings.page import TrainingsPage
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text

TITLE = "Tập huấn kỹ năng tham mưu cho chi hội trưởng"


@pytest.fixture
def site(demo_db: Database) -> SiteInfo:
    with demo_db.reading() as session:
        return get_site(session)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, site: SiteInfo) -> Iterator[TrainingsPage]:
    widget = TrainingsPage(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.load()
    yield widget


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_page_lists_own_and_upper_level_courses(page: TrainingsPage) -> None:
    rows = page.courses.rows()
    assert rows and page.year.currentData() == 2026
    assert {r.level_label for r in rows} == {"Xã", "Tỉnh"}
    upper = next(n for n, r in enumerate(rows) if not r.owned)
    page.course_table.selectRow(upper)
    assert page.current is not None and not page.current.owned
    assert page.read_only_note.isVisible()
    assert "chỉ xem được" in page.read_only_note.text()
    assert not page.edit_button.isEnabled() and not page.add_members_button.isEnabled()
    first = page.people.index(0, page.people.session_column(1))
    assert not page.people.setData(first, Qt.CheckState.Checked.value,
                                   Qt.ItemDataRole.CheckStateRole)
    own = next(n for n, r in enumerate(rows) if r.owned)
    page.course_table.selectRow(own)
    assert not page.read_only_note.isVisible() and page.edit_button.isEnabled()
    assert "Ngân sách nhà nước" in page.info.text() and " đ" in page.info.text()
    header = page.courses.headerData(6, Qt.Orientation.Horizontal)
    assert header == "Kinh phí"
    assert page.courses.data(page.courses.index(own, 6)).endswith(" đ")


def test_money_edit_groups_thousands(qtbot: QtBot) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    type_text(edit, "1500000")
    assert edit.text() == "1.500.000"
    assert edit.amount() == 1_500_000


def test_course_from_dialog_to_printed_sheet(
    page: TrainingsPage, demo_db: Database, site: SiteInfo, qtbot: QtBot
) -> None:
    dialog = page.course_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CourseDialog)
    dialog.show()
    dialog.save()  # nothing typed: messages beside the fields, nothing saved
    assert dialog.errors["title"].isVisible() and dialog.errors["topic_ids"].isVisible()
    type_text(dialog.title, TITLE)
    dialog.start_on.setDate(QDate(2026, 11, 20))
    dialog.end_on.setDate(QDate(2026, 11, 21))
    dialog.sessions.setValue(5)
    dialog.topics.item(4).setCheckState(Qt.CheckState.Checked)
    dialog.add_funding_line()
    type_text(dialog.money_edit(0), "2500000")
    type_text(dialog.place, "Hội trường UBND xã")
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.save()
    assert saved, [e.text() for e in dialog.errors.values() if e.isVisible()]
    course_id = saved[0]
    assert page.current is not None and page.current.id == course_id
    assert page.current.title == TITLE and page.current.funding_total == 2_500_000

    picker = page.picker()
    qtbot.addWidget(picker)
    assert isinstance(picker, MemberPickerDialog)
    assert picker.officers_only.isChecked()
    officers = picker.results.count()
    type_text(picker.search, "thi")
    assert picker.pause.isActive()  # no search on each key: it waits for a pause
    qtbot.waitUntil(lambda: not picker.pause.isActive())
    assert 0 < picker.results.count() <= officers
    first_ids = [picker.results.item(n).data(Qt.ItemDataRole.UserRole) for n in range(2)]
    for member_id in first_ids:
        picker.tick(member_id)
    picker.search.clear()
    qtbot.waitUntil(lambda: not picker.pause.isActive())
    third = picker.results.item(picker.results.count() - 1).data(Qt.ItemDataRole.UserRole)
    picker.tick(third)
    assert len(picker.chosen_ids()) == 3  # ticks survive a new search
    page.add_members(picker.chosen_ids())
    assert page.people.rowCount() == 3
    assert page.people.columnCount() == 4 + 5 + 2

    # Person 0 comes to all five sessions, person 1 to four (80 %), person 2 to two.
    for row, sessions in ((0, 5), (1, 4), (2, 2)):
        for number in range(1, sessions + 1):
            index = page.people.index(row, page.people.session_column(number))
            assert page.people.setData(index, Qt.CheckState.Checked.value,
                                       Qt.ItemDataRole.CheckStateRole)
    names = [p.full_name for p in page.people.rows()]
    page.complete_by_attendance()
    with demo_db.reading() as session:
        stored = {p.full_name: p for p in participants(session, course_id)}
        row = list_courses(session, site.unit_id, CourseFilter(text="ky nang tham muu"))[0]
    assert [stored[n].sessions_present for n in names] == [5, 4, 2]
    assert [stored[n].completed for n in names] == [True, True, False]
    assert (row.participants, row.completed) == (3, 2)
    assert "2 hoàn thành" in page.people_summary.text()

    path = page.sheet_pdf(blank=False)
    text = _text(path)
    for name in names:
        assert name in text
    assert "DANH SÁCH ĐIỂM DANH" in text and "Buổi 5" in text
    assert "HỘI LHPN XÃ HƯNG HÀ" in text
    blank = _text(page.sheet_pdf(blank=True))
    assert "DANH SÁCH KÝ NHẬN" in blank and names[0] in blank

    from desktop.widgets.pdf_preview import PdfPreviewDialog

    preview = PdfPreviewDialog(path, "Danh sách điểm danh", path.name, page)
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1


def test_start_course_with_prefills_people(
    page: TrainingsPage, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[CourseDialog] = []
    monkeypatch.setattr(CourseDialog, "exec", lambda self: shown.append(self) or 0)
    with demo_db.reading() as session:
        own = next(r for r in page.courses.rows() if r.owned)
        people = [p.member_id for p in participants(session, own.id)][:3]
    page.start_course_with([m for m in people if m])
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "3 học viên" in dialog.people_note.text()
    type_text(dialog.title, "Bồi dưỡng cho người chưa được tập huấn")
    dialog.topics.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert page.current is not None
    assert page.current.title == "Bồi dưỡng cho người chưa được tập huấn"
    assert page.current.participants == 3
