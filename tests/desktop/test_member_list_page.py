"""The members page behaves like the lists people know: header sort, hint, many rows at once."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from db.accounts import Role
from db.engine import Database
from db.members import MemberSort
from desktop.main_window import MainWindow
from desktop.pages.members.bulk_dialog import BulkChangeDialog
from desktop.pages.members.page import MembersPage
from desktop.session_user import SessionUser
from desktop.widgets import messages


def _page(window: MainWindow) -> MembersPage:
    page = window.show_page("members")
    assert isinstance(page, MembersPage)
    page.apply_search()
    return page


def _click_header(page: MembersPage, section: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def _column(page: MembersPage, column: int, rows: int = 60) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(min(rows, model.rowCount()))]


def test_header_clicks_sort_by_birth_then_back_to_names(window: MainWindow) -> None:
    page = _page(window)
    names = _column(page, 0)
    total = page.model.rowCount()
    _click_header(page, 1)
    assert page.model.filter.sort == MemberSort("birth", False)
    years = [int(b[-4:]) for b in _column(page, 1) if b]
    assert years == sorted(years) and years[0] < years[-1]
    _click_header(page, 1)
    assert page.model.filter.sort == MemberSort("birth", True)
    years = [int(b[-4:]) for b in _column(page, 1) if b]
    assert years == sorted(years, reverse=True)
    assert page.model.rowCount() == total
    # Searching keeps the chosen order.
    page.search.setText("hoa")
    page.apply_search()
    assert page.model.filter.sort == MemberSort("birth", True)
    page.search.clear()
    _click_header(page, 0)
    page.apply_search()
    assert page.model.filter.sort is None
    assert _column(page, 0) == names


def test_a_hint_when_nothing_matches(window: MainWindow) -> None:
    page = _page(window)
    assert page.hint.isHidden()
    page.search.setText("zzqx 1901")
    page.apply_search()
    assert page.model.rowCount() == 0
    assert not page.hint.isHidden()
    assert "zzqx 1901" in page.hint.text() and "năm sinh" in page.hint.text()
    page.search.setText("thi")
    page.apply_search()
    assert page.model.rowCount() > 0 and page.hint.isHidden()


def _select_three(page: MembersPage) -> list[str]:
    selection = page.table.selectionModel()
    for row in (0, 2, 4):
        selection.select(page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    ids = page.selected_ids()
    assert len(ids) == 3
    return ids


def test_bulk_change_of_branch_from_the_page(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window)
    ids = _select_three(page)
    assert page.branch_button.isEnabled()
    asked: list[str] = []

    def choose_last_branch(dialog: BulkChangeDialog) -> int:
        dialog.choice.setCurrentIndex(dialog.choice.count() - 2)  # the last real branch
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BulkChangeDialog, "exec", choose_last_branch)
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    page.change_branch_of_selected()
    assert len(asked) == 1 and "3 hội viên" in asked[0]
    with sqlite3.connect(demo_db.path) as connection:
        branches = {r[0] for r in connection.execute(
            "SELECT branch_id FROM members WHERE id IN (?, ?, ?)", ids)}
    assert len(branches) == 1 and None not in branches


def test_a_viewer_gets_no_bulk_buttons(window: MainWindow) -> None:
    page = _page(window)
    from db.accounts import AccountInfo

    fields = {f: None for f in AccountInfo.__dataclass_fields__}
    account = AccountInfo(**{**fields, "role": Role.VIEWER})  # type: ignore[arg-type]
    page.set_user(SessionUser(account))
    _select_three(page)
    assert page.branch_button.isHidden() and not page.status_button.isEnabled()
