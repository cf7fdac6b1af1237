"""A chi hội account through the real window: her branch only, the commune-wide pages hidden."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db import accounts
from db.accounts import (
    AccountDraft,
    AccountInfo,
    PermissionDeniedError,
    Role,
    create_account,
    enable_accounts,
    find_account,
)
from db.audit import set_actor
from db.engine import Database
from db.members import MemberFilter, count_members
from db.site import SiteInfo, get_site
from desktop.app import open_main_window
from desktop.main_window import MainWindow
from desktop.pages.meetings.page import MeetingsPage
from desktop.pages.members.form import MemberFormDialog
from desktop.pages.members.page import MembersPage
from desktop.pages.settings.accounts_view import AccountDialog, AccountsView
from desktop.session_user import SessionUser
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text

PASSWORD = "hoa-sen-2026"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def forget_actor() -> Iterator[None]:
    yield None
    set_actor(None)


@pytest.fixture(autouse=True)
def answered_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded and closed at once (never left waiting)."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def _site(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def _two_branches(database: Database) -> tuple[tuple[str, str], tuple[str, str]]:
    """Return (id, name) of the demo commune's two largest branches."""
    with sqlite3.connect(database.path) as connection:
        rows = connection.execute(
            "SELECT u.id, u.name FROM units u JOIN members m ON m.branch_id = u.id "
            "WHERE m.deleted_at IS NULL GROUP BY u.id ORDER BY COUNT(*) DESC LIMIT 2"
        ).fetchall()
    return (rows[0][0], rows[0][1]), (rows[1][0], rows[1][1])


def _member_of(database: Database, branch_id: str) -> str:
    with sqlite3.connect(database.path) as connection:
        row = connection.execute(
            "SELECT id FROM members WHERE branch_id = ? AND deleted_at IS NULL LIMIT 1",
            (branch_id,)).fetchone()
    return str(row[0])


def _leader(database: Database, branch_id: str) -> AccountInfo:
    with database.transaction() as session:
        enable_accounts(session, AccountDraft("lan", "Nguyễn Thị Lan", Role.ADMIN,
                                              PASSWORD, PASSWORD))
        return create_account(session, AccountDraft(
            "ha", "Phạm Thị Hà", Role.BRANCH, PASSWORD, PASSWORD, branch_ids=(branch_id,)))


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[tuple[MainWindow, str, str]]:
    (mine, _name), (theirs, _other) = _two_branches(demo_db)
    leader = _leader(demo_db, mine)
    win = open_main_window(demo_db, _site(demo_db), TaskRunner(synchronous=True),
                           SessionUser(leader))
    qtbot.addWidget(win)
    win.show()
    yield win, mine, theirs
    win.close()


def test_the_commune_wide_pages_are_not_hers(window: tuple[MainWindow, str, str]) -> None:
    win, _mine, _theirs = window
    shown = [win.navigation.item(r).text() for r in range(win.navigation.count())
             if not win.navigation.item(r).isHidden()]
    assert shown == ["Hội viên", "Sinh hoạt", "Tập huấn", "Chứng nhận", "Cài đặt"]
    # Even asked for by key (a remembered page, a menu) the page is not built for her.
    assert not hasattr(win.page("branches"), "add_button")
    assert not hasattr(win.page("sync"), "set_user")
    assert set(win.menus.area_actions) == {"members", "meetings", "trainings",
                                           "certificates", "settings"}
    settings = win.show_page("settings")
    assert settings.accounts.own_button.isVisible()  # type: ignore[attr-defined]
    assert not settings.accounts.add_button.isVisible()  # type: ignore[attr-defined]
    assert not settings.restore_button.isVisible()  # type: ignore[attr-defined]
    assert not settings.audit_button.isVisible()  # type: ignore[attr-defined]


def test_the_members_page_lists_only_her_branch(window: tuple[MainWindow, str, str],
                                                demo_db: Database,
                                                answered_boxes: list[str]) -> None:
    win, mine, theirs = window
    page = win.show_page("members")
    assert isinstance(page, MembersPage)
    page.apply_search()
    with demo_db.reading() as session:
        hers = count_members(session, MemberFilter(branch_id=mine))
        everyone = count_members(session, MemberFilter())
    assert 0 < hers < everyone
    assert page.model.count() == hers
    assert {page.model.row_at(r).branch_id for r in range(page.model.rowCount())} == {mine}
    offered = [page.branch.itemData(i) for i in range(page.branch.count())]
    assert offered == [None, mine]
    assert not page.import_button.isVisible() and page.add_button.isVisible()
    assert not page.arrivals_button.isVisible()
    # Another branch's member cannot be opened, by the page or by the form itself.
    other = _member_of(demo_db, theirs)
    page.open_member_id(other)
    assert any("chi hội khác" in text for text in answered_boxes)
    with pytest.raises(PermissionDeniedError):
        MemberFormDialog(demo_db, win.site, win.tasks, other, user=win.user)


def test_her_member_opens_without_sensitive_fields(window: tuple[MainWindow, str, str],
                                                   demo_db: Database, qtbot: QtBot) -> None:
    win, mine, _theirs = window
    form = MemberFormDialog(demo_db, win.site, win.tasks, _member_of(demo_db, mine),
                            user=win.user)
    qtbot.addWidget(form)
    assert form.save_button.isEnabled()
    assert [form.branch.itemData(i) for i in range(form.branch.count())] == [mine]
    assert form.draft().ethnicity == "" and form.draft().religion == ""


def test_the_meetings_page_lists_only_her_branch(window: tuple[MainWindow, str, str],
                                                 demo_db: Database) -> None:
    win, mine, theirs = window
    page = win.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    rows = page.meetings.rows()
    assert rows and {row.unit_id for row in rows} == {mine}
    assert [page.unit.itemData(i) for i in range(page.unit.count())] == [None, mine]
    assert [unit for unit, _name in page.units()] == [mine]
    assert page.new_button.isVisible()
    with sqlite3.connect(demo_db.path) as connection:
        theirs_held = connection.execute(
            "SELECT COUNT(*) FROM meetings WHERE unit_id = ? AND deleted_at IS NULL",
            (theirs,)).fetchone()[0]
    assert theirs_held > 0


def test_the_admin_creates_her_account_with_a_checklist_of_branches(
        qtbot: QtBot, demo_db: Database) -> None:
    (mine, name), (theirs, other) = _two_branches(demo_db)
    with demo_db.transaction() as session:
        admin = enable_accounts(session, AccountDraft("lan", "Nguyễn Thị Lan", Role.ADMIN,
                                                      PASSWORD, PASSWORD))
    view = AccountsView(demo_db, TaskRunner(synchronous=True), SessionUser(admin))
    qtbot.addWidget(view)
    view.show()
    view.load()
    dialog = view.open_add_dialog()
    assert isinstance(dialog, AccountDialog)
    assert not dialog.branches.isVisible()
    dialog.role.setCurrentIndex(dialog.role.findData(str(Role.BRANCH)))
    assert dialog.branches.isVisible() and dialog.sensitive.isVisible()
    type_text(dialog.username, "ha")
    type_text(dialog.display_name, "Phạm Thị Hà")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.password_again, PASSWORD)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["branches"].text() == "Tài khoản chi hội cần ít nhất một chi hội."
    dialog.check_branch(name)
    dialog.check_branch(other)
    dialog.save()
    assert not dialog.isVisible()
    with demo_db.reading() as session:
        stored = find_account(session, "ha")
    assert stored is not None and set(stored.branch_ids) == {mine, theirs}
    assert not stored.sees_sensitive
    shown = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
    assert any(text.startswith("Chi hội (") for text in shown)
    view.select_account(stored.id)
    edit = view.open_edit_dialog()
    assert isinstance(edit, AccountDialog)
    edit.check_branch(other, False)
    edit.sensitive.setChecked(True)
    edit.save()
    with demo_db.reading() as session:
        changed = find_account(session, "ha")
    assert changed is not None and changed.branch_ids == (mine,) and changed.sees_sensitive


def test_trainings_and_certificates_show_her_members_read_only(
        window: tuple[MainWindow, str, str], demo_db: Database) -> None:
    win, mine, _theirs = window
    with sqlite3.connect(demo_db.path) as connection:
        branch_of = dict(connection.execute("SELECT id, branch_id FROM members").fetchall())
    trainings = win.show_page("trainings")
    assert not trainings.new_button.isVisible()  # type: ignore[attr-defined]
    assert not trainings.add_members_button.isVisible()  # type: ignore[attr-defined]
    trainings.year.setCurrentIndex(0)  # type: ignore[attr-defined]
    courses = trainings.courses.rows()  # type: ignore[attr-defined]
    assert courses
    seen = 0
    for row in range(len(courses)):
        trainings.select_course(row)  # type: ignore[attr-defined]
        people = trainings.people.rows()  # type: ignore[attr-defined]
        assert {branch_of[p.member_id] for p in people} <= {mine}
        seen += len(people)
    assert seen > 0
    certificates = win.show_page("certificates")
    assert not certificates.issue_button.isVisible()  # type: ignore[attr-defined]
    assert certificates.print_button.isVisible()  # type: ignore[attr-defined]
    shown = certificates.model.rows()  # type: ignore[attr-defined]
    with sqlite3.connect(demo_db.path) as connection:
        owners = dict(connection.execute(
            "SELECT c.id, m.branch_id FROM certificates c JOIN participations p "
            "ON p.id = c.participation_id JOIN members m ON m.id = p.member_id").fetchall())
    assert shown and {owners[c.id] for c in shown} == {mine}
    assert len(shown) < len(owners)
