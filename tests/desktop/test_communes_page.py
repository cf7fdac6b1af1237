"""The "Các xã" page over a province built from real packages, offscreen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from db.communes import CommuneStatus, commune_status, local_day
from db.engine import Database
from db.site import get_site
from db.sync.enrollment import write_enrollment
from desktop.app import open_main_window
from desktop.documents.communes_workbook import COMMUNES_SHEET, HEADERS
from desktop.formatting import date as format_date
from desktop.formatting import percent
from desktop.main_window import MainWindow
from desktop.pages.communes.model import LATE_BACKGROUND, Column
from desktop.pages.communes.page import CommunesPage
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text
from tests.sync_support import PROVINCE_COMMUNES, Province, build_province

NEVER_SENT = PROVINCE_COMMUNES[3]


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    built = build_province(tmp_path_factory.mktemp("province"), communes=3, members=150)
    with built.upper.transaction() as session:
        write_enrollment(session, NEVER_SENT, built.folder / "enroll")
    yield built
    built.close()


def _received_day(province: Province) -> dt.date:
    with province.upper.reading() as session:
        rows = commune_status(session, dt.date.today())
    day = local_day(rows[0].last_received)
    assert day is not None
    return day


@pytest.fixture
def page(qtbot: QtBot, province: Province) -> CommunesPage:
    with province.upper.reading() as session:
        site = get_site(session)
    built = CommunesPage(province.upper, site, TaskRunner(synchronous=True),
                         today=_received_day(province))
    qtbot.addWidget(built)
    built.resize(1200, 600)
    built.show()
    built.load()
    return built


def _column(page: CommunesPage, column: Column) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _row_of(page: CommunesPage, code: str) -> int:
    return _column(page, Column.CODE).index(code)


def test_one_row_per_commune_with_its_numbers(page: CommunesPage, province: Province) -> None:
    with province.upper.reading() as session:
        expected = commune_status(session, page.today)
    assert _column(page, Column.NAME) == [row.name for row in expected]
    assert set(_column(page, Column.CODE)) == {*PROVINCE_COMMUNES[:3], NEVER_SENT}
    by_code = {row.code: row for row in expected}
    for code in PROVINCE_COMMUNES[:3]:
        status: CommuneStatus = by_code[code]
        texts = [page.proxy.index(_row_of(page, code), column).data() for column in Column]

        def cell(column: Column, texts: list[str] = texts) -> str:
            return texts[column]

        assert cell(Column.PACKAGE) == f"{format_date(page.today)}, lần 1"
        assert cell(Column.MEMBERS) == "150"
        assert cell(Column.ACTIVE) == str(status.active_members)
        assert status.gathering_rate is not None
        assert cell(Column.RATE) == percent(status.gathering_rate)
        assert "," in cell(Column.RATE) and cell(Column.RATE).endswith(" %")
        assert cell(Column.MEETINGS) == str(status.meetings_this_quarter)
        assert cell(Column.OFFICERS) == (
            f"{status.officers_trained_this_year}/{status.officers_to_train}")
    ModelTester(None).check(page.proxy)


def test_not_reported_communes_are_counted_and_marked(page: CommunesPage) -> None:
    # By default the quarter's first day: only the commune that never sent is late.
    start = page.since_day()
    assert start.day == 1 and start.month in (1, 4, 7, 10)
    assert f"1/4 xã</b> chưa gửi gói từ {format_date(start)}" in page.heading.text()
    late = _row_of(page, NEVER_SENT)
    package = page.proxy.index(late, Column.PACKAGE)
    assert package.data() == "Chưa gửi — chưa có gói nào"
    assert package.data(Qt.ItemDataRole.FontRole).bold()
    for column in Column:
        brush = page.proxy.index(late, column).data(Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush) and brush.color() == LATE_BACKGROUND
    sent = _row_of(page, PROVINCE_COMMUNES[0])
    assert page.proxy.index(sent, Column.NAME).data(Qt.ItemDataRole.BackgroundRole) is None

    # Moved to the day after the packages came, every commune is late.
    tomorrow = page.today + dt.timedelta(days=1)
    page.since.setMaximumDate(page.since.maximumDate().addDays(1))
    page.set_since(tomorrow)
    assert f"4/4 xã</b> chưa gửi gói từ {format_date(tomorrow)}" in page.heading.text()
    assert all(text.startswith("Chưa gửi — ") for text in _column(page, Column.PACKAGE))
    assert f"Chưa gửi — {format_date(page.today)}, lần 1" in _column(page, Column.PACKAGE)
    page.set_since(page.today)
    assert f"1/4 xã</b> chưa gửi gói từ {format_date(page.today)}" in page.heading.text()


def test_filter_by_name_or_code_without_accents(page: CommunesPage) -> None:
    type_text(page.search, "hung ha")
    assert _column(page, Column.NAME) == ["Xã Hưng Hà"]
    assert "Đang hiện 1/4 xã" in page.status.text()
    page.search.clear()
    type_text(page.search, "Ái")
    assert _column(page, Column.NAME) == ["Xã Ái Quốc"]
    page.search.clear()
    type_text(page.search, PROVINCE_COMMUNES[1])
    assert _column(page, Column.CODE) == [PROVINCE_COMMUNES[1]]
    page.search.clear()
    assert len(_column(page, Column.NAME)) == 4
    assert "Đang hiện" not in page.status.text()

    page.only_late.setChecked(True)
    assert _column(page, Column.CODE) == [NEVER_SENT]
    type_text(page.search, "hung")
    assert _column(page, Column.CODE) == []
    page.only_late.setChecked(False)
    assert _column(page, Column.NAME) == ["Xã Hưng Hà"]


def test_columns_sort_as_numbers_and_names(page: CommunesPage) -> None:
    page.table.sortByColumn(Column.MEMBERS, Qt.SortOrder.AscendingOrder)
    assert _column(page, Column.MEMBERS) == ["0", "150", "150", "150"]
    page.table.sortByColumn(Column.PACKAGE, Qt.SortOrder.AscendingOrder)
    assert _column(page, Column.CODE)[0] == NEVER_SENT
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    names = _column(page, Column.NAME)
    assert names.index("Xã Hưng Hà") < names.index("Xã Ái Quốc") < names.index("Xã A Sào")


def test_double_click_asks_to_open_the_commune(
    page: CommunesPage, province: Province, qtbot: QtBot
) -> None:
    with province.upper.reading() as session:
        expected = {row.code: row.unit_id for row in commune_status(session, page.today)}
    row = _row_of(page, PROVINCE_COMMUNES[0])
    rect = page.table.visualRect(page.proxy.index(row, Column.NAME))
    viewport = page.table.viewport()
    with qtbot.waitSignal(page.open_commune, timeout=1000) as signal:
        # A real double-click is a click, then a second press that the view sees as double.
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, rect.center())
    assert signal.args == [expected[PROVINCE_COMMUNES[0]]]


def test_excel_export_holds_the_rows_on_screen(page: CommunesPage, tmp_path: Path) -> None:
    page.set_since(page.today)
    type_text(page.search, "xa")  # all four, but through the filter
    out = page.write_workbook(tmp_path / "cac-xa")
    assert out == tmp_path / "cac-xa.xlsx" and out.exists()
    assert not [p for p in tmp_path.iterdir() if p != out]  # nothing left beside it
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(COMMUNES_SHEET).to_python()
    assert "HƯNG YÊN" in str(sheet[0][0])
    assert f"1/4 xã chưa gửi gói từ ngày {format_date(page.today)}" in str(sheet[1][0])
    header = [str(value) for value in sheet[3]]
    assert header == list(HEADERS)
    body = sheet[4:8]
    assert [row[1] for row in body] == _column(page, Column.CODE)
    by_code = {row[1]: row for row in body}
    never = by_code[NEVER_SENT]
    assert never[5] == "Chưa gửi" and never[3] in ("", None) and never[6] == 0
    shown = {row.code: row for row in page.shown_rows()}
    for code in PROVINCE_COMMUNES[:3]:
        line = by_code[code]
        assert line[5] == "Đã gửi"
        received = line[3]
        assert isinstance(received, (dt.date, dt.datetime))
        assert format_date(received) == format_date(page.today)
        assert (line[4], line[6], line[7]) == (1, 150, shown[code].active_members)
        rate = shown[code].gathering_rate
        assert rate is not None and line[9] == pytest.approx(rate / 100)
        assert (line[11], line[12]) == (shown[code].officers_to_train,
                                        shown[code].officers_trained_this_year)
    total = sheet[8]
    assert "Tổng cộng (4 xã)" in str(total[2]) and total[6] == 450


def _shortcut_target(window: MainWindow, key: str) -> str:
    (action,) = [a for a in window.menus.view_menu.actions() if a.shortcut().toString() == key]
    action.trigger()
    return window.current_key()


def test_only_an_upper_level_has_the_communes_area(
    qtbot: QtBot, province: Province, demo_db: Database
) -> None:
    with province.upper.reading() as session:
        upper_site = get_site(session)
    upper = open_main_window(province.upper, upper_site, TaskRunner(synchronous=True))
    qtbot.addWidget(upper)
    upper.show()
    row = [upper.navigation.item(i).text() for i in range(upper.navigation.count())].index(
        "Các xã")
    assert row == 1 and not upper.navigation.item(row).isHidden()
    assert _shortcut_target(upper, "Ctrl+2") == "communes"
    assert isinstance(upper.page("communes"), CommunesPage)
    upper.menus.guide_action.trigger()  # F1: the guide of this page
    assert upper.menus.help_window is not None
    assert upper.menus.help_window.page_name() == "communes.html"
    upper.menus.help_window.close()
    # More than ten areas: those past the tenth get no key rather than a second Ctrl+1.
    keys = [a.shortcut().toString() for a in upper.menus.view_menu.actions()]
    assert len(keys) > 10 and set(keys[10:]) == {""}
    assert len(set(keys[:10])) == 10 and "" not in keys[:10]
    assert _shortcut_target(upper, "Ctrl+3") == "members"
    upper.close()

    with demo_db.reading() as session:
        commune_site = get_site(session)
    commune = open_main_window(demo_db, commune_site, TaskRunner(synchronous=True))
    qtbot.addWidget(commune)
    commune.show()
    assert commune.navigation.item(1).isHidden()
    assert _shortcut_target(commune, "Ctrl+2") == "members"
    assert _shortcut_target(commune, "Ctrl+1") == "overview"
    commune.close()
