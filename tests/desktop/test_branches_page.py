"""The branches page over the demo commune: counts, women counts, adding and merging."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database
from db.models import Member, Unit
from db.site import get_site
from db.units import BranchRow, list_branches
from desktop.formatting import number, percent
from desktop.models.branch_table import BranchTableModel, Column
from desktop.pages.branches import page as page_module
from desktop.pages.branches.page import BranchesPage, MergeDialog
from desktop.tasks import TaskRunner
from desktop.widgets import messages
from tests.desktop.conftest import type_text

YEAR = 2026  # the demo's "today" is in 2026; women counts exist for 2025 and 2026


def stored(database: Database, year: int = YEAR) -> list[BranchRow]:
    with database.reading() as session:
        return list_branches(session, get_site(session).unit_id, year)


def members_in(database: Database, branch_id: str) -> int:
    with database.reading() as session:
        return session.scalar(
            select(func.count()).select_from(Member).where(Member.branch_id == branch_id)
        ) or 0


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> Iterator[BranchesPage]:
    with demo_db.reading() as session:
        site = get_site(session)
    widget = BranchesPage(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.year.setValue(YEAR)
    widget.load()
    widget.resize(1100, 700)
    widget.show()
    yield widget
    widget.close()


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page would show in a warning box (a box would wait for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(page_module, "show_problem", lambda _parent, text: shown.append(text))
    monkeypatch.setattr(messages, "show_problem", lambda _parent, text: shown.append(text))
    return shown


def answer_dialog(handle: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog as a person would, once it is on screen.

    The dialog is closed afterwards whatever happens, so a failing check cannot leave
    the test waiting on a window nobody will click.
    """
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def click_button(dialog: QDialog, text: str) -> None:
    buttons = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    assert buttons, [b.text() for b in dialog.findChildren(QPushButton)]
    buttons[0].click()


def shown_names(page: BranchesPage) -> list[str]:
    return [page.model.index(r, Column.NAME).data() for r in range(page.model.rowCount())]


def row_of_name(page: BranchesPage, name: str) -> int:
    return shown_names(page).index(name)


def test_lists_the_demo_branches_with_their_numbers(page: BranchesPage) -> None:
    rows = stored(page.database)
    assert len(rows) >= 4 and page.model.rowCount() == len(rows)
    assert sorted(shown_names(page)) == sorted(r.name for r in rows)
    first = rows[0]
    row = row_of_name(page, first.name)
    cells = [page.model.index(row, c).data() for c in Column]
    assert first.gathering_rate is not None
    assert cells == [first.name, number(first.members), number(first.active_members),
                     number(first.women_18_plus or 0), percent(first.gathering_rate)]
    header = page.model.headerData(Column.WOMEN, Qt.Orientation.Horizontal)
    assert header == f"Phụ nữ từ 18 tuổi (năm {YEAR})"
    summary = page.summary.text()
    assert f"<b>{len(rows)}</b> chi hội" in summary
    active = sum(r.active_members for r in rows)
    women = sum(r.women_18_plus or 0 for r in rows)
    assert f"<b>{number(active)}</b> đang sinh hoạt" in summary
    assert f"toàn xã <b>{percent(100 * active / women)}</b>" in summary


def test_a_year_without_women_counts_shows_no_rate(page: BranchesPage) -> None:
    page.year.setValue(YEAR - 3)
    rates = [page.model.index(r, Column.RATE).data() for r in range(page.model.rowCount())]
    assert rates == [""] * page.model.rowCount()
    assert f"năm {YEAR - 3}" in page.model.headerData(Column.WOMEN, Qt.Orientation.Horizontal)
    assert "chưa tính" in page.summary.text()


def test_model_passes_qt_model_tester(page: BranchesPage) -> None:
    for force_py in (False, True):
        tester = ModelTester(None)
        tester.check(page.model, force_py=force_py)
        page.model.sort(Column.RATE, Qt.SortOrder.DescendingOrder)
        page.year.setValue(YEAR - 1)
        page.model.setData(page.model.index(0, Column.WOMEN), "1.234")
        page.year.setValue(YEAR)
    empty = BranchTableModel()
    watching = ModelTester(None)
    watching.check(empty, force_py=True)
    empty.set_rows(stored(page.database), YEAR)
    empty.set_rows(stored(page.database, YEAR - 1), YEAR - 1)
    empty.sort(Column.WOMEN)
    empty.set_rows([], YEAR)
    assert empty.rowCount() == 0


def test_typing_a_women_count_in_the_table_saves_it_and_updates_the_rate(
    page: BranchesPage, qtbot: QtBot
) -> None:
    branch = stored(page.database)[0]
    row = row_of_name(page, branch.name)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, Column.WOMEN))
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == number(branch.women_18_plus or 0)
    type_text(editor, "abc")  # letters are refused as they are typed
    assert editor.text() == number(branch.women_18_plus or 0)
    editor.clear()
    type_text(editor, "1.000\n")  # Enter saves; Qt commits on its next turn
    qtbot.waitUntil(lambda: page.model.index(row, Column.WOMEN).data() == "1.000", timeout=2000)
    assert page.model.index(row, Column.RATE).data() == percent(branch.active_members / 10)
    saved = {r.id: r for r in stored(page.database)}[branch.id]
    assert saved.women_18_plus == 1000
    assert page.selected_branch() is not None and page.selected_branch().id == branch.id  # type: ignore[union-attr]
    # An empty cell means "not known": the rate disappears, in the table and the file.
    page.table.setCurrentIndex(page.model.index(row, Column.WOMEN))
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.index(row, Column.RATE).data() == "", timeout=2000)
    assert {r.id: r for r in stored(page.database)}[branch.id].women_18_plus is None
    assert "tính trên" in page.summary.text()


def test_women_count_is_saved_for_the_year_chosen(page: BranchesPage) -> None:
    branch = stored(page.database)[0]
    page.year.setValue(YEAR - 5)
    row = row_of_name(page, branch.name)
    assert page.model.setData(page.model.index(row, Column.WOMEN), "250")
    assert not page.model.setData(page.model.index(row, Column.WOMEN), "hai trăm")
    assert not page.model.setData(page.model.index(row, Column.MEMBERS), "5")
    assert {r.id: r for r in stored(page.database, YEAR - 5)}[branch.id].women_18_plus == 250
    assert {r.id: r for r in stored(page.database)}[branch.id].women_18_plus == \
        branch.women_18_plus


def test_add_a_branch_by_typing_its_vietnamese_name(
    page: BranchesPage, problems: list[str]
) -> None:
    def type_name(dialog: QDialog) -> None:
        assert dialog.windowTitle() == "Thêm chi hội"
        type_text(dialog.findChild(QLineEdit), "Tổ dân phố Hồng Hà")
        click_button(dialog, "Thêm")

    answer_dialog(type_name)
    page.add_button.click()
    assert "Chi hội Tổ dân phố Hồng Hà" in [r.name for r in stored(page.database)]
    chosen = page.selected_branch()
    assert chosen is not None and chosen.name == "Chi hội Tổ dân phố Hồng Hà"
    assert page.notice.isVisible() and "Đã thêm Chi hội Tổ dân phố Hồng Hà" in page.notice.text()
    assert problems == []
    # The same name again, typed without accents, is refused in Vietnamese.
    answer_dialog(lambda d: (type_text(d.findChild(QLineEdit), "to dan pho hong ha"),
                             click_button(d, "Thêm")))
    page.add_button.click()
    assert problems and "đã có Chi hội Tổ dân phố Hồng Hà" in problems[0]
    assert [r.name for r in stored(page.database)].count("Chi hội Tổ dân phố Hồng Hà") == 1


def test_cancelling_the_name_changes_nothing(page: BranchesPage) -> None:
    before = stored(page.database)
    answer_dialog(lambda d: click_button(d, "Hủy"))
    page.add_button.click()
    assert stored(page.database) == before


def test_rename_the_selected_branch(page: BranchesPage, problems: list[str]) -> None:
    branch = stored(page.database)[1]
    page.select_branch(branch.id)

    def rename(dialog: QDialog) -> None:
        line = dialog.findChild(QLineEdit)
        assert line.text() == branch.name
        line.clear()
        type_text(line, "Thôn Đồng Tâm")
        click_button(dialog, "Đổi tên")

    answer_dialog(rename)
    page.rename_button.click()
    names = {r.id: r.name for r in stored(page.database)}
    assert names[branch.id] == "Chi hội Thôn Đồng Tâm"
    assert page.model.index(page.model.row_of(branch.id), Column.NAME).data() == names[branch.id]
    assert problems == []


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs", "edit"])
def test_a_branch_renamed_elsewhere_meanwhile_shows_both_names(
    page: BranchesPage, problems: list[str], monkeypatch: pytest.MonkeyPatch, choice: str,
) -> None:
    from db.units import rename_branch
    from tests.desktop.conflict_answers import answering, saved_elsewhere

    branch = stored(page.database)[1]
    page.select_branch(branch.id)
    saved_elsewhere(page.database, lambda session: rename_branch(  # another PC, first
        session, branch.id, "Thôn Bắc Sơn"))
    answers = answering(monkeypatch, choice)
    typed: list[str] = []

    def rename(dialog: QDialog) -> None:
        line = dialog.findChild(QLineEdit)
        typed.append(line.text())
        if len(typed) == 1:
            line.clear()
            type_text(line, "Thôn Đồng Tâm")
            if choice == "edit":  # the box opens again, with what she typed in it
                answer_dialog(rename)
        click_button(dialog, "Đổi tên")

    answer_dialog(rename)
    page.rename_button.click()
    assert [(f.mine, f.theirs) for f in answers.shown[0]] == [
        ("Thôn Đồng Tâm", "Chi hội Thôn Bắc Sơn")]
    assert len(answers.shown) == 1
    names = {r.id: r.name for r in stored(page.database)}
    expected = {"keep_mine": "Chi hội Thôn Đồng Tâm", "take_theirs": "Chi hội Thôn Bắc Sơn",
                "edit": "Chi hội Thôn Đồng Tâm"}
    assert names[branch.id] == expected[choice]
    if choice == "edit":
        assert typed == [branch.name, "Thôn Đồng Tâm"]
    assert problems == []


def test_merge_two_branches_through_the_page(
    page: BranchesPage, monkeypatch: pytest.MonkeyPatch, problems: list[str]
) -> None:
    source, target = stored(page.database)[:2]
    moved = members_in(page.database, source.id)
    assert moved > source.members  # the demo has people who left or died in each branch
    before_target = members_in(page.database, target.id)
    questions: list[str] = []
    monkeypatch.setattr(page_module, "confirm",
                        lambda _parent, _title, text, _yes: questions.append(text) or True)
    page.select_branch(source.id)
    assert page.merge_button.isEnabled()

    def choose_target(dialog: QDialog) -> None:
        assert isinstance(dialog, MergeDialog)
        combo = dialog.findChild(QComboBox)
        assert combo.count() == page.model.rowCount() - 1
        combo.setCurrentIndex(combo.findData(target.id))
        assert target.name in dialog.explanation.text()
        assert "lịch sử" in dialog.explanation.text()
        click_button(dialog, "Sáp nhập…")

    answer_dialog(choose_target)
    page.merge_button.click()
    assert len(questions) == 1 and source.name in questions[0] and target.name in questions[0]
    assert members_in(page.database, source.id) == 0
    assert members_in(page.database, target.id) == before_target + moved
    with page.database.reading() as session:
        closed = session.get_one(Unit, source.id)
        assert (closed.active, closed.merged_into_id) == (False, target.id)
    assert source.name not in shown_names(page)
    notice = page.notice.text()
    assert f"{number(source.members)} hội viên đã chuyển sang {target.name}" in notice
    assert f"Hồ sơ của {number(moved - source.members)} người đã chuyển đi" in notice
    assert page.selected_branch() is not None and page.selected_branch().id == target.id  # type: ignore[union-attr]
    assert problems == []


def test_merge_not_confirmed_changes_nothing(
    page: BranchesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored(page.database)
    monkeypatch.setattr(page_module, "confirm", lambda *_args: False)
    page.select_branch(before[0].id)
    answer_dialog(lambda d: click_button(d, "Sáp nhập…"))
    page.merge_button.click()
    assert stored(page.database) == before


def test_a_refused_merge_is_explained(
    page: BranchesPage, monkeypatch: pytest.MonkeyPatch, problems: list[str]
) -> None:
    source, target = stored(page.database)[:2]
    records = members_in(page.database, source.id)
    # Someone else merged the target meanwhile (another PC on the office network).
    with page.database.transaction() as session:
        session.get_one(Unit, target.id).active = False
    monkeypatch.setattr(page_module, "confirm", lambda *_args: True)
    page.select_branch(source.id)

    def choose(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findData(target.id))
        click_button(dialog, "Sáp nhập…")

    answer_dialog(choose)
    page.merge_button.click()
    assert problems and "đã được sáp nhập" in problems[0]
    assert members_in(page.database, source.id) == records
    assert target.name not in shown_names(page)  # the list now shows what is stored


def test_buttons_need_a_selected_branch(page: BranchesPage) -> None:
    page.table.clearSelection()
    assert not page.rename_button.isEnabled() and not page.merge_button.isEnabled()
    page.table.selectRow(0)
    assert page.rename_button.isEnabled() and page.merge_button.isEnabled()


def test_clicking_a_header_sorts(page: BranchesPage, qtbot: QtBot) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.RATE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == Column.RATE
    rates = [page.model.row_at(r).gathering_rate for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    down = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert rates == sorted(rates, key=lambda v: v or 0.0, reverse=down)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    again = [page.model.row_at(r).gathering_rate for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert again == rates[::-1]


def test_page_works_with_the_real_background_worker(qtbot: QtBot, demo_db: Database) -> None:
    """The same story with reads on the pool and writes on the single writer thread."""
    with demo_db.reading() as session:
        site = get_site(session)
    tasks = TaskRunner()
    widget = BranchesPage(demo_db, site, tasks)
    qtbot.addWidget(widget)
    widget.year.setValue(YEAR)
    widget.load()
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(stored(demo_db)), timeout=5000)
    branch = widget.model.row_at(0)
    assert branch is not None
    widget.model.setData(widget.model.index(0, Column.WOMEN), "2.000")
    qtbot.waitUntil(
        lambda: {r.id: r for r in stored(demo_db)}[branch.id].women_18_plus == 2000,
        timeout=5000,
    )
    assert tasks.wait()


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs", "edit"])
def test_a_women_count_changed_elsewhere_meanwhile_shows_both(
    page: BranchesPage, problems: list[str], monkeypatch: pytest.MonkeyPatch, choice: str,
) -> None:
    from db.units import set_women_18_plus
    from tests.desktop.conflict_answers import answering, saved_elsewhere

    branch = stored(page.database)[0]
    saved_elsewhere(page.database, lambda session: set_women_18_plus(  # another window
        session, branch.id, YEAR, 1_234))
    answers = answering(monkeypatch, choice)

    row = row_of_name(page, branch.name)
    assert page.model.setData(page.model.index(row, Column.WOMEN), "987")

    assert [(f.mine, f.theirs) for f in answers.shown[0]] == [("987", number(1_234))]
    assert not problems
    saved = {r.id: r for r in stored(page.database)}[branch.id].women_18_plus
    shown = page.model.index(row_of_name(page, branch.name), Column.WOMEN).data()
    if choice == "keep_mine":
        assert saved == 987 and shown == "987"
    else:  # the table shows the stored count again; nothing of hers was written
        assert saved == 1_234 and shown == number(1_234)

