"""The meetings page: create a meeting, mark attendance by keyboard, preview the sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.meetings import MeetingFilter, attendance, list_meetings
from db.site import SiteInfo, get_site
from desktop.pages.meetings.dialog import MeetingDialog
from desktop.pages.meetings.page import MeetingsPage
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def site(demo_db: Database) -> SiteInfo:
    with demo_db.reading() as session:
        return get_site(session)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, site: SiteInfo) -> Iterator[MeetingsPage]:
    widget = MeetingsPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.load()
    yield widget


def test_page_lists_meetings_and_flags_the_charter_rule(page: MeetingsPage) -> None:
    assert page.meetings.rowCount() > 0
    first = page.meetings.row_at(0)
    assert first is not None and first.held_on.year == TODAY.year
    banner = page.banner.text()
    assert "quý 4/2026" in banner
    assert "Thống kê" in page.tabs.tabText(1)
    assert "Quý 1" in page.stats.text()


def test_create_meeting_and_mark_attendance_by_keyboard(
    page: MeetingsPage, demo_db: Database, site: SiteInfo, qtbot: QtBot
) -> None:
    dialog = MeetingDialog(demo_db, site, page.tasks, page.units(), parent=page)
    qtbot.addWidget(dialog)
    branch_id = page.units()[1][0]
    dialog.unit.setCurrentIndex(dialog.unit.findData(branch_id))
    dialog.held_on.setDate(dialog.held_on.date().addDays(-1))
    type_text(dialog.topic, "Tuyên truyền phòng chống bạo lực gia đình")
    type_text(dialog.place, "Nhà văn hóa thôn")
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.save()
    assert saved
    page.refresh(select_id=saved[0])
    assert page.current is not None and page.current.id == saved[0]
    expected = page.people.rowCount()
    assert expected > 10
    present, _excused, _absent = page.people.counts()
    assert present == expected  # "mark everyone present" was ticked
    table = page.people_table
    table.setFocus()
    table.setCurrentIndex(page.people.index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_V)
    QTest.keyClick(table, Qt.Key.Key_P)
    QTest.keyClick(table, Qt.Key.Key_C)
    QTest.keyClick(table, Qt.Key.Key_V)
    assert table.currentIndex().row() == 4
    assert "Có mặt <b>" in page.rate.text()
    assert f"{expected - 3}/{expected}" in page.rate.text()
    with demo_db.reading() as session:
        stored = {row.full_name: row.status for row in attendance(session, saved[0])}
        listed = list_meetings(session, site.unit_id, MeetingFilter(unit_id=branch_id))
    statuses = [stored[page.people.rows()[n].full_name] for n in range(4)]
    assert statuses == ["absent", "excused", "present", "absent"]
    row = next(r for r in listed if r.id == saved[0])
    assert (row.present, row.excused, row.absent) == (expected - 3, 1, 2)


def test_meeting_dialog_shows_missing_topic(page: MeetingsPage, demo_db: Database,
                                            site: SiteInfo, qtbot: QtBot) -> None:
    dialog = MeetingDialog(demo_db, site, page.tasks, page.units(), parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.errors["topic"].isVisible()
    assert dialog.errors["topic"].text()


def test_preview_opens_with_the_sheet(page: MeetingsPage, qtbot: QtBot) -> None:
    from desktop.widgets.pdf_preview import PdfPreviewDialog

    path = page.sheet_pdf(blank=False)
    preview = PdfPreviewDialog(path, "Danh sách điểm danh", path.name, page)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.page_count() >= 1
    copy = path.with_name("copy.pdf")
    preview.save_to(copy)
    assert copy.read_bytes()[:5] == b"%PDF-"


def test_the_signer_is_edited_in_the_preview(page: MeetingsPage, qtbot: QtBot) -> None:
    import unicodedata

    from pypdf import PdfReader

    from desktop.widgets.pdf_preview import PdfPreviewDialog

    def text(path: object) -> str:
        pages = PdfReader(str(path)).pages
        return unicodedata.normalize("NFC", " ".join(p.extract_text() for p in pages))

    path = page.sheet_pdf(blank=True)
    post, _name = page.last_signer
    assert post in ("TM. BAN THƯỜNG VỤ / CHỦ TỊCH", "CHI HỘI TRƯỞNG")
    preview = PdfPreviewDialog(path, "Danh sách ký nhận", path.name, page,
                               signer=page.last_signer,
                               remake=lambda signer: page.sheet_pdf(True, signer))
    qtbot.addWidget(preview)
    assert preview.signer_post is not None and preview.signer_name is not None
    assert preview.signer_post.text() == post
    preview.signer_post.setText("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    preview.signer_name.setText("Phạm Thị Yến")
    preview.apply_signer()
    assert preview.pdf_path != path
    shown = text(preview.pdf_path)
    assert "KT. CHỦ TỊCH" in shown and "PHÓ CHỦ TỊCH" in shown and "Phạm Thị Yến" in shown
    assert preview.page_count() >= 1
    preview.signer_post.setText("  ")
    preview.apply_signer()
    assert "chức vụ" in preview.info.text()


def test_list_models_pass_the_qt_model_tester(page: MeetingsPage) -> None:
    from pytestqt.modeltest import ModelTester

    tester = ModelTester(None)
    tester.check(page.meetings)
    tester.check(page.people)
