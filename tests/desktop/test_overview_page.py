"""The overview page over the demo commune, and the bar chart it draws with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.overview import Overview, commune_overview
from db.site import SiteInfo, get_site
from desktop.formatting import number, percent
from desktop.pages.overview.page import OverviewPage
from desktop.tasks import TaskRunner
from desktop.widgets.bar_chart import ACCENT, BarChart

TODAY = dt.date(2026, 11, 25)


def site_of(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def expected(database: Database, year: int) -> Overview:
    with database.reading() as session:
        return commune_overview(session, site_of(database).unit_id, year, TODAY)


def make_page(qtbot: QtBot, database: Database, tasks: Any = None) -> OverviewPage:
    page = OverviewPage(database, site_of(database), tasks or TaskRunner(synchronous=True),
                        today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def label_texts(page: OverviewPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def select_year(page: OverviewPage, year: int) -> None:
    page.year.setCurrentIndex(page.year.findData(year))


def test_page_shows_the_demo_numbers(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    page.load()
    want = expected(demo_db, 2026)
    texts = label_texts(page)
    for text in ("Hội viên đang sinh hoạt", "Kết nạp năm 2026",
                 "Ra khỏi Hội / chuyển đi năm 2026", "Tỷ lệ tập hợp"):
        assert text in texts
    assert page.active_card.value.text() == number(want.active_members)
    assert page.joined_card.value.text() == number(want.joined_this_year)
    assert page.left_card.value.text() == number(want.left_this_year)
    assert want.gathering_rate is not None
    assert page.rate_card.value.text() == percent(want.gathering_rate)
    assert number(want.women_18_plus or 0) in page.rate_card.note.text()
    assert "25/11/2026" in page.active_card.note.text()
    assert want.active_members > 1000 and "." in page.active_card.value.text()  # "1.123"
    assert not page.status.isVisible()


def test_charts_get_the_breakdowns(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    page.load()
    want = expected(demo_db, 2026)
    assert page.kind_chart.items == [(g.label, g.count) for g in want.by_kind]
    assert [label for label, _ in page.kind_chart.items] == ["Thường", "Đương nhiên", "Danh dự"]
    assert "theo loại" in page.kind_chart.title
    assert "theo độ tuổi" in page.age_chart.title
    ages = page.age_chart.items
    assert sum(value for _, value in ages) == want.active_members
    assert ages[0][0] == "18–30 tuổi"
    # The demo knows every birth year: no empty "unknown" bar.
    assert all(label != "Không rõ tuổi" for label, _ in ages)


def test_choosing_a_year_reads_that_year(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    page.load()
    select_year(page, 2025)
    want = expected(demo_db, 2025)
    assert page.selected_year() == 2025
    assert page.joined_card.caption.text() == "Kết nạp năm 2025"
    assert page.left_card.caption.text() == "Ra khỏi Hội / chuyển đi năm 2025"
    assert page.active_card.value.text() == number(want.active_members)
    assert "31/12/2025" in page.active_card.note.text()
    # The demo records women aged 18+ for 2025 and 2026 only.
    select_year(page, 2024)
    assert page.rate_card.value.text() == "—"
    assert "chưa có số phụ nữ từ 18 tuổi" in page.rate_card.note.text()


def test_empty_commune_shows_zeros_not_errors(qtbot: QtBot, commune_db: Database) -> None:
    page = make_page(qtbot, commune_db)
    page.load()
    assert page.active_card.value.text() == "0"
    assert page.joined_card.value.text() == "0"
    assert page.left_card.note.text() == "không có ai trong năm"
    assert page.rate_card.value.text() == "—"
    assert page.kind_chart.items == [("Thường", 0), ("Đương nhiên", 0), ("Danh dự", 0)]
    page.grab()


class HeldTasks(TaskRunner):
    """Keeps reads until the test lets them finish, in any order."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None],
                                 Callable[[BaseException, str], None]]] = []

    def _start(self, pool: Any, function: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException, str], None] | None) -> None:
        assert failed is not None
        self.pending.append((function, done, failed))

    def finish(self, index: int) -> None:
        function, done, _failed = self.pending[index]
        done(function())

    def fail(self, index: int) -> None:
        self.pending[index][2](RuntimeError("disk"), "details")


def test_an_answer_for_a_year_no_longer_chosen_is_dropped(
    qtbot: QtBot, demo_db: Database
) -> None:
    tasks = HeldTasks()
    page = make_page(qtbot, demo_db, tasks)
    page.load()
    qtbot.waitUntil(page.status.isVisible, timeout=3000)  # slow: say so
    assert page.status.text() == "Đang tính số liệu…"
    select_year(page, 2025)
    tasks.finish(1)
    tasks.finish(0)  # the 2026 answer arrives late
    assert page.overview is not None and page.overview.year == 2025
    assert page.joined_card.caption.text() == "Kết nạp năm 2025"
    assert not page.status.isVisible()


def test_a_failed_read_says_so(qtbot: QtBot, demo_db: Database) -> None:
    tasks = HeldTasks()
    page = make_page(qtbot, demo_db, tasks)
    page.load()
    tasks.fail(0)
    assert page.status.isVisible()
    assert "Làm mới" in page.status.text()
    page.refresh_button.click()
    tasks.finish(1)
    assert not page.status.isVisible()


def accent_pixels(image: QImage) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)) == ACCENT:
                found += 1
    return found


@pytest.mark.parametrize("size", [(1, 1), (60, 40), (240, 120), (420, 260), (1400, 900)])
def test_chart_paints_at_any_size(qtbot: QtBot, size: tuple[int, int]) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data("Hội viên theo độ tuổi", [("18–30 tuổi", 1234), ("Từ 76 tuổi", 0),
                                             ("Một nhãn rất dài không vừa chỗ " * 3, 7)])
    chart.resize(*size)
    image = chart.grab().toImage()
    assert image.width() == size[0]
    if size[0] >= 240:
        assert accent_pixels(image) > 0


def test_chart_without_data_or_with_zeros(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 150)
    chart.grab()
    chart.set_data("Trống", [])
    chart.grab()
    chart.set_data("Toàn số 0", [("Thường", 0), ("Danh dự", 0)])
    assert accent_pixels(chart.grab().toImage()) == 0
    assert chart.sizeHint().height() >= chart.minimumSizeHint().height()


def test_chart_rows_and_description(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data("Theo loại", [("Thường", 1027), ("Đương nhiên", 75), ("Danh dự", 21)])
    chart.resize(chart.sizeHint())
    assert chart.accessibleDescription() == "Thường: 1.027; Đương nhiên: 75; Danh dự: 21"
    assert chart.row_at(0) is None
    assert chart.row_at(chart.height() - 13) == 2
    assert "1.027" in chart._tooltip(0) and "91,5 %" in chart._tooltip(0)


def test_reads_on_the_background_pool(qtbot: QtBot, demo_db: Database) -> None:
    tasks = TaskRunner()
    page = make_page(qtbot, demo_db, tasks)
    page.load()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    assert page.active_card.value.text() == number(expected(demo_db, 2026).active_members)
    assert tasks.wait()


def test_overview_flags_branches_without_a_meeting_this_quarter(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from db.meetings import branches_without_meeting
    from db.site import get_site
    from desktop.pages.overview.page import OverviewPage
    from desktop.tasks import TaskRunner

    today = dt.date(2026, 11, 25)
    with demo_db.reading() as session:
        site = get_site(session)
        late = branches_without_meeting(session, site.unit_id, today)
    page = OverviewPage(demo_db, site, TaskRunner(synchronous=True), today=today)
    qtbot.addWidget(page)
    page.show()
    page.load()
    assert page.charter.isVisible() == bool(late)
    for branch in late:
        assert branch.branch_name.removeprefix("Chi hội ") in page.charter.text()
