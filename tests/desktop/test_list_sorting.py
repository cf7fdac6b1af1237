"""Header clicks sort the short lists (meetings, certificates, officers); read order first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.site import get_site
from db.text import sort_key, text_sort_key
from desktop.pages.certificates.page import CertificatesPage
from desktop.pages.meetings.page import MeetingsPage
from desktop.pages.officers.page import OfficersPage
from desktop.tasks import TaskRunner

TODAY = dt.date(2026, 11, 25)


def _click_header(table: QTableView, section: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def _texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _iso(day: str) -> str:
    d, m, y = day.split("/")
    return f"{y}-{m}-{d}"


def test_meetings_sort_by_date_and_by_unit(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
    page = MeetingsPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.load()
    table = page.meeting_table
    read = [page.meetings.row_at(r).id for r in range(page.meetings.rowCount())]
    assert len(read) > 3
    _click_header(table, 0)
    days = [_iso(d) for d in _texts(table, 0)]
    assert days == sorted(days) and days[0] < days[-1]
    _click_header(table, 0)
    days = [_iso(d) for d in _texts(table, 0)]
    assert days == sorted(days, reverse=True)
    _click_header(table, 1)
    units = [text_sort_key(u) for u in _texts(table, 1)]
    assert units == sorted(units)
    # row_at follows what is on screen: the first row shown is the one opened.
    first = page.meetings.row_at(0)
    assert first is not None and first.unit_name.removeprefix("Chi hội ") == _texts(table, 1)[0]
    assert sorted(read) == sorted(page.meetings.row_at(r).id
                                  for r in range(page.meetings.rowCount()))


def test_certificates_sort_names_the_vietnamese_way(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
    page = CertificatesPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load()
    table = page.table
    assert page.model.rowCount() > 2
    before = _texts(table, 1)
    _click_header(table, 1)
    names = _texts(table, 1)
    assert sorted(before) == sorted(names)
    assert [sort_key(n) for n in names] == sorted(sort_key(n) for n in names)


def test_officers_sort_by_name_then_back(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
    page = OfficersPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load()
    read = [row.member_id for row in page.rows]
    assert len(read) > 3
    _click_header(page.table, 0)
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert [sort_key(n) for n in names] == sorted(sort_key(n) for n in names)
    assert [row.full_name for row in page.rows] == names
    _click_header(page.table, 0)
    names = [row.full_name for row in page.rows]
    assert [sort_key(n) for n in names] == sorted((sort_key(n) for n in names), reverse=True)
    _click_header(page.table, 1)  # by title: the order read, highest title first
    assert [row.member_id for row in page.rows] == read
