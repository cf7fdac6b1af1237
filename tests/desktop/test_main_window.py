"""The main window over the demo commune."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.text import search_key
from desktop.areas import AREAS
from desktop.main_window import MainWindow
from desktop.pages.members.page import MembersPage
from desktop.pages.placeholder import NotYetPage
from tests.desktop.conftest import type_text


def members_page(window: MainWindow) -> MembersPage:
    page = window.show_page("members")
    assert isinstance(page, MembersPage)
    return page


def test_every_area_is_in_the_navigation(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [a.title for a in AREAS]
    for area in AREAS:
        page = window.show_page(area.key)
        assert window.current_key() == area.key
        if isinstance(page, NotYetPage):
            assert page.findChildren(type(page.layout().itemAt(1).widget()))


def test_members_listed_and_searched_by_typing(window: MainWindow, qtbot: QtBot) -> None:
    page = members_page(window)
    assert page.model.rowCount() == 1200
    assert "1.200" in page.status.text()
    type_text(page.search, "Đào")
    page.apply_search()
    names = [page.model.row_at(r).full_name for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert names and all("Đào" in n or "Dao" in n for n in names)
    page.search.clear()
    type_text(page.search, "thuy")
    qtbot.waitUntil(lambda: page.model.filter.text == "thuy", timeout=2000)
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert shown and all(m is not None and "thuy" in search_key(m.full_name) for m in shown)


def test_member_model_passes_qt_model_tester(window: MainWindow, qtbot: QtBot) -> None:
    page = members_page(window)
    tester = ModelTester(None)
    tester.check(page.model)
    page.search.setText("nguyen")
    page.apply_search()
    tester.check(page.model)




def test_filters_narrow_the_table(window: MainWindow) -> None:
    page = members_page(window)
    everyone = page.model.rowCount()
    page.status_filter.setCurrentIndex(page.status_filter.findData("left"))
    left = page.model.rowCount()
    assert 0 < left < everyone
    assert all(page.model.row_at(r).status == "left" for r in range(left))  # type: ignore[union-attr]
    page.status_filter.setCurrentIndex(0)
    page.branch.setCurrentIndex(1)
    branch_id = page.branch.currentData()
    in_branch = page.model.rowCount()
    assert 0 < in_branch < everyone
    assert {page.model.row_at(r).branch_id for r in range(in_branch)} == {branch_id}  # type: ignore[union-attr]
    page.branch.setCurrentIndex(0)
    page.officer.setCurrentIndex(page.officer.findData(True))
    assert 10 < page.model.rowCount() < 200
    assert "phù hợp" in page.status.text()


def test_hidden_columns_are_remembered(window: MainWindow, demo_db, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    page = members_page(window)
    page.set_column_shown(5, False)
    assert page.table.isColumnHidden(5)
    again = MembersPage(demo_db, window.site, window.tasks)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(5)
    page.set_column_shown(5, True)
