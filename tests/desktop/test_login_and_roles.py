"""Logging in and what each role sees, with real widgets over real registers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from db import accounts
from db.accounts import (
    AccountDraft,
    AccountInfo,
    PermissionDeniedError,
    Role,
    accounts_enabled,
    create_account,
    enable_accounts,
    find_account,
    log_in,
    update_account,
)
from db.audit import set_actor
from db.engine import Database
from db.members import MemberFilter, draft_of, update_member
from db.site import SiteInfo, get_site
from desktop.app import log_in_if_needed, open_main_window
from desktop.login_dialog import LAST_USERNAME_KEY, LoginDialog
from desktop.pages.members.export_dialog import ExportDialog
from desktop.pages.members.form import MemberFormDialog
from desktop.pages.members.privacy_dialog import PrivacyDialog
from desktop.pages.settings.accounts_view import AccountDialog, AccountsView, PasswordDialog
from desktop.session_user import OFFICE, SessionUser, start_session
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text

NOW = dt.datetime(2026, 11, 25, 9, 41)
PASSWORD = "hoa-sen-2026"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small argon2 costs: these tests log in many times (db tests check the real ones)."""
    monkeypatch.setattr(accounts, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def no_remembered_name() -> None:
    QSettings().remove(LAST_USERNAME_KEY)


@pytest.fixture(autouse=True)
def forget_actor() -> object:
    yield None
    set_actor(None)


@pytest.fixture(autouse=True)
def answered_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer "yes" at once and are recorded (never left waiting)."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.setProperty("answered", True)
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
                return 0
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def _site(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def _accounts_on(database: Database) -> dict[str, AccountInfo]:
    """Switch accounts on with Lan as admin, Mai entering data and Hoa only viewing."""
    with database.transaction() as session:
        lan = enable_accounts(session, AccountDraft("lan", "Nguyễn Thị Lan", Role.ADMIN,
                                                    PASSWORD, PASSWORD))
        mai = create_account(session, AccountDraft("mai", "Trần Thị Mai", Role.ENTRY,
                                                   "mai-12345", "mai-12345"))
        hoa = create_account(session, AccountDraft("hoa", "Phạm Thị Hoa", Role.VIEWER,
                                                   "hoa-12345", "hoa-12345"))
    return {"admin": lan, "entry": mai, "viewer": hoa}


def _login_dialog(qtbot: QtBot, database: Database, clock: dt.datetime = NOW) -> LoginDialog:
    dialog = LoginDialog(database, TaskRunner(synchronous=True), "Hội LHPN xã Hưng Hà",
                         clock=lambda: clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _member_with_sensitive_data(database: Database) -> tuple[str, str, str]:
    with sqlite3.connect(database.path) as connection:
        row = connection.execute(
            "SELECT id, ethnicity, religion FROM members WHERE deleted_at IS NULL "
            "AND ethnicity IS NOT NULL AND ethnicity != 'Kinh' AND religion IS NOT NULL "
            "AND religion != 'Không' ORDER BY sort_key LIMIT 1").fetchone()
    return str(row[0]), str(row[1]), str(row[2])


# --------------------------------------------------------------------------- login


def test_login_accepts_the_right_password_with_enter(qtbot: QtBot, commune_db: Database) -> None:
    _accounts_on(commune_db)
    dialog = _login_dialog(qtbot, commune_db)
    assert dialog.windowTitle() == "Đăng nhập — Sổ Hội"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    type_text(dialog.username, "Lan")
    type_text(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.account is not None
    assert dialog.account.username == "lan" and dialog.account.role == Role.ADMIN
    assert QSettings().value(LAST_USERNAME_KEY) == "lan"
    assert dialog.password.text() == ""  # not kept in the widget once used


def test_login_refuses_a_wrong_password_without_saying_which(qtbot: QtBot,
                                                              commune_db: Database) -> None:
    _accounts_on(commune_db)
    dialog = _login_dialog(qtbot, commune_db)
    for username, password in (("lan", "sai-mat-khau"), ("khong-co", PASSWORD)):
        dialog.username.setText(username)
        type_text(dialog.password, password)
        dialog.try_login()
        assert dialog.result() == 0 and dialog.account is None and dialog.isVisible()
        assert dialog.message.isVisible()
        assert dialog.message.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
        assert dialog.password.text() == "" and dialog.username.text() == username


def test_login_pauses_after_five_failures_and_says_until_when(qtbot: QtBot,
                                                               commune_db: Database) -> None:
    _accounts_on(commune_db)
    dialog = _login_dialog(qtbot, commune_db)
    dialog.username.setText("mai")
    for attempt in range(5):
        dialog.password.setText(f"doan-{attempt}")
        dialog.try_login()
    assert "tạm khóa đến 09:46 ngày 25/11/2026" in dialog.message.text()
    dialog.password.setText("mai-12345")
    dialog.try_login()
    assert dialog.account is None and "tạm khóa" in dialog.message.text()
    later = _login_dialog(qtbot, commune_db, NOW + dt.timedelta(minutes=5))
    later.username.setText("mai")
    later.password.setText("mai-12345")
    later.try_login()
    assert later.account is not None and later.account.failed_attempts == 0


def test_closing_the_login_quits(qtbot: QtBot, commune_db: Database) -> None:
    _accounts_on(commune_db)
    dialog = _login_dialog(qtbot, commune_db)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.quit_button.click()
    assert dialog.account is None


def test_without_accounts_nobody_logs_in(commune_db: Database) -> None:
    user = log_in_if_needed(commune_db, _site(commune_db), TaskRunner(synchronous=True))
    assert user is OFFICE
    assert user.can_edit and user.can_admin and user.shows_sensitive and user.actor is None


# --------------------------------------------------------------------------- audit


def test_the_audit_trail_names_the_logged_in_person(qtbot: QtBot, demo_db: Database) -> None:
    people = _accounts_on(demo_db)
    account = log_in(demo_db, "mai", "mai-12345", NOW)
    user = SessionUser(account)
    start_session(user)
    member_id, _, _ = _member_with_sensitive_data(demo_db)
    with demo_db.reading() as session:
        draft = draft_of(session, member_id)
    tasks = TaskRunner()  # real worker threads, as in the application

    def save() -> None:
        with demo_db.transaction() as session:
            update_member(session, member_id,
                          dataclasses.replace(draft, notes="Đã chuyển nhà sang xóm 3"),
                          NOW.date())

    saved: list[object] = []
    tasks.write(save, saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    tasks.wait()
    with sqlite3.connect(demo_db.path) as connection:
        actors = connection.execute(
            "SELECT actor FROM audit_events WHERE record_id = ? ORDER BY at DESC LIMIT 1",
            (member_id,)).fetchall()
    assert actors == [("Trần Thị Mai (mai)",)]
    assert people["entry"].actor == "Trần Thị Mai (mai)"


# --------------------------------------------------------------------------- viewer


def test_viewer_sees_no_sensitive_data_and_cannot_save(qtbot: QtBot, demo_db: Database,
                                                       tmp_path: Path) -> None:
    people = _accounts_on(demo_db)
    viewer = SessionUser(people["viewer"])
    assert not viewer.can_edit and not viewer.shows_sensitive and not viewer.can_admin
    site = _site(demo_db)
    member_id, ethnicity, religion = _member_with_sensitive_data(demo_db)

    form = MemberFormDialog(demo_db, site, TaskRunner(synchronous=True), member_id,
                            user=viewer)
    qtbot.addWidget(form)
    form.show()
    assert not form.ethnicity.isVisible() and not form.religion.isVisible()
    assert not form._captions["ethnicity"].isVisible()
    assert form.ethnicity.currentText() == "" and form.religion.currentText() == ""
    shown = [w.text() for w in form.findChildren(type(form.full_name)) if w.isVisible()]
    assert ethnicity not in shown and religion not in shown
    assert form.full_name.isReadOnly()
    assert not form.save_button.isEnabled()
    assert not form.status_button.isEnabled()
    assert not form.audit_button.isVisible()  # the trail holds before/after values
    form.save()  # Ctrl+S: nothing happens
    assert form.windowTitle() == "Xem thông tin hội viên"

    entry = MemberFormDialog(demo_db, site, TaskRunner(synchronous=True), member_id,
                             user=SessionUser(people["entry"]))
    qtbot.addWidget(entry)
    entry.show()
    assert entry.ethnicity.isVisible() and entry.ethnicity.currentText() == ethnicity
    assert entry.save_button.isEnabled()

    privacy = PrivacyDialog(demo_db, site, TaskRunner(synchronous=True), member_id,
                            user=viewer)
    qtbot.addWidget(privacy)
    privacy.show()
    assert not privacy.erase_button.isVisible() and not privacy.consent_button.isEnabled()
    text = "\n".join(page.extract_text() for page in PdfReader(privacy.report_pdf()).pages)
    assert "Dân tộc" not in text and "Tôn giáo" not in text and "nhạy cảm" not in text
    assert "Họ và tên" in text

    export = ExportDialog(demo_db, site, TaskRunner(synchronous=True), MemberFilter(),
                          shows_sensitive=False)
    qtbot.addWidget(export)
    keys = [export.columns.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(export.columns.count())]
    assert "ethnicity" not in keys and "religion" not in keys and "full_name" in keys
    export.stats_choice.setChecked(True)
    out = tmp_path / "thong-ke.xlsx"
    export.export_to(out)
    sheets = CalamineWorkbook.from_path(str(out)).sheet_names
    assert "Chi hội" in sheets and "Dân tộc" not in sheets and "Tôn giáo" not in sheets


def test_viewer_pages_offer_no_changes(qtbot: QtBot, demo_db: Database) -> None:
    people = _accounts_on(demo_db)
    window = open_main_window(demo_db, _site(demo_db), TaskRunner(synchronous=True),
                              SessionUser(people["viewer"]))
    qtbot.addWidget(window)
    window.show()
    members = window.show_page("members")
    assert not members.add_button.isVisible() and not members.import_button.isVisible()
    assert members.export_button.isVisible()
    assert any("đăng nhập: Phạm Thị Hoa — Chỉ xem" in label.text()
               for label in window.findChildren(QLabel))
    meetings = window.show_page("meetings")
    assert not meetings.new_button.isVisible() and not meetings.delete_button.isVisible()
    assert meetings.print_blank.isVisible()
    branches = window.show_page("branches")
    assert not branches.add_button.isVisible()
    assert branches.table.editTriggers() == branches.table.EditTrigger.NoEditTriggers
    officers = window.show_page("officers")
    assert not officers.assign_button.isVisible()
    trainings = window.show_page("trainings")
    assert not trainings.new_button.isVisible() and trainings.print_blank.isVisible()
    certificates = window.show_page("certificates")
    assert not certificates.issue_button.isVisible() and certificates.print_button.isVisible()
    reports = window.show_page("reports")
    assert not reports.edit_button.isVisible() and reports.export_button.isVisible()
    settings = window.show_page("settings")
    assert not settings.restore_button.isVisible() and not settings.backup_button.isEnabled()
    assert not settings.accounts.table.isVisible()
    assert not settings.audit_button.isVisible()
    window.close()


def test_an_admin_window_keeps_every_action(qtbot: QtBot, demo_db: Database) -> None:
    people = _accounts_on(demo_db)
    window = open_main_window(demo_db, _site(demo_db), TaskRunner(synchronous=True),
                              SessionUser(people["admin"]))
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("members").add_button.isVisible()
    assert window.show_page("meetings").new_button.isVisible()
    settings = window.show_page("settings")
    assert settings.restore_button.isVisible() and settings.accounts.table.isVisible()
    window.close()


# --------------------------------------------------------------------------- accounts view


def _view(qtbot: QtBot, database: Database, user: SessionUser) -> AccountsView:
    view = AccountsView(database, TaskRunner(synchronous=True), user, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(700, 320)
    view.show()
    view.load()
    return view


def test_entry_cannot_open_account_management(qtbot: QtBot, commune_db: Database) -> None:
    people = _accounts_on(commune_db)
    view = _view(qtbot, commune_db, SessionUser(people["entry"]))
    assert not view.table.isVisible() and view.model.rowCount() == 0
    assert not view.add_button.isVisible() and not view.disable_button.isVisible()
    assert view.open_add_dialog() is None
    assert view.open_reset_dialog() is None
    view.disable()
    with commune_db.reading() as session:
        assert accounts_enabled(session)
    assert view.own_button.isVisible()
    assert "Trần Thị Mai (mai, Nhập liệu)" in view.state.text()
    # Even a screen that let her try would be refused by the register.
    with commune_db.transaction() as session, pytest.raises(PermissionDeniedError):
        create_account(session, AccountDraft("lien", "Liên", Role.ADMIN, "12345678x",
                                             "12345678x"), by=people["entry"].id)


def test_admin_switches_accounts_on_in_one_step(qtbot: QtBot, commune_db: Database) -> None:
    view = _view(qtbot, commune_db, OFFICE)
    assert "Đang tắt" in view.state.text() and view.enable_button.isVisible()
    assert not view.table.isVisible()
    dialog = view.open_enable_dialog()
    assert isinstance(dialog, AccountDialog)
    type_text(dialog.username, "lan")
    type_text(dialog.display_name, "Nguyễn Thị Lan")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.password_again, "hoa-sen-2025")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["password_again"].text() == "Hai lần nhập mật khẩu không giống nhau."
    assert dialog.display_name.text() == "Nguyễn Thị Lan"  # nothing typed is lost
    with commune_db.reading() as session:
        assert not accounts_enabled(session)
    dialog.password_again.clear()
    type_text(dialog.password_again, PASSWORD)
    with qtbot.waitSignal(view.session_changed, timeout=2000) as changed:
        dialog.save()
    user = changed.args[0]
    assert isinstance(user, SessionUser) and user.actor == "Nguyễn Thị Lan (lan)"
    with commune_db.reading() as session:
        assert accounts_enabled(session)
    assert view.table.isVisible() and view.model.rowCount() == 1
    assert "Đã bật tài khoản" in view.message.text()
    assert log_in(commune_db, "lan", PASSWORD, NOW).role == Role.ADMIN


def test_admin_adds_resets_and_is_kept_as_last_admin(qtbot: QtBot, commune_db: Database) -> None:
    people = _accounts_on(commune_db)
    view = _view(qtbot, commune_db, SessionUser(people["admin"]))
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == \
        ["hoa", "lan", "mai"]
    assert view.model.index(0, 2).data() == "Chỉ xem"

    add = view.open_add_dialog()
    assert isinstance(add, AccountDialog)
    type_text(add.username, "lien.do")
    type_text(add.display_name, "Đỗ Thị Liên")
    add.role.setCurrentIndex(add.role.findData(str(Role.VIEWER)))
    type_text(add.password, "lien-2026!")
    type_text(add.password_again, "lien-2026!")
    add.save()
    assert not add.isVisible()
    assert "Đã thêm tài khoản lien.do (Chỉ xem)" in view.message.text()
    chosen = view.selected_account()
    assert chosen is not None and chosen.username == "lien.do"

    reset = view.open_reset_dialog()
    assert isinstance(reset, PasswordDialog)
    type_text(reset.password, "lien-moi-2027")
    type_text(reset.password_again, "lien-moi-2027")
    reset.save()
    assert log_in(commune_db, "lien.do", "lien-moi-2027", NOW).display_name == "Đỗ Thị Liên"

    view.select_account(people["admin"].id)
    edit = view.open_edit_dialog()
    assert isinstance(edit, AccountDialog)
    edit.role.setCurrentIndex(edit.role.findData(str(Role.ENTRY)))
    edit.save()
    assert edit.isVisible() and "quản trị duy nhất" in edit.general_error.text()
    with commune_db.reading() as session:
        lan = find_account(session, "lan")
    assert lan is not None and lan.role == Role.ADMIN

    view.disable()
    with commune_db.reading() as session:
        assert not accounts_enabled(session)
    assert view.user is OFFICE and view.enable_button.isVisible()
    QApplication.processEvents()


def test_closing_a_form_with_typing_asks_first(qtbot: QtBot, commune_db: Database,
                                               answered_boxes: list[str]) -> None:
    people = _accounts_on(commune_db)
    view = _view(qtbot, commune_db, SessionUser(people["admin"]))
    empty = view.open_add_dialog()
    assert empty is not None
    empty.reject()
    assert answered_boxes == [] and not empty.isVisible()
    typed = view.open_add_dialog()
    assert typed is not None
    type_text(typed.display_name, "Đỗ Thị Liên")
    typed.reject()
    assert answered_boxes == ["Những gì vừa nhập chưa được lưu."]


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs", "edit"])
def test_an_account_another_admin_changed_meanwhile_shows_both(
    qtbot: QtBot, commune_db: Database, monkeypatch: pytest.MonkeyPatch, choice: str,
) -> None:
    from tests.desktop.conflict_answers import answering, saved_elsewhere

    people = _accounts_on(commune_db)
    view = _view(qtbot, commune_db, SessionUser(people["admin"]))
    view.select_account(people["entry"].id)
    edit = view.open_edit_dialog()
    assert isinstance(edit, AccountDialog)
    edit.display_name.setText("Trần Thị Mai (kế toán)")
    saved_elsewhere(commune_db, lambda session: update_account(  # another quản trị
        session, people["entry"].id, display_name="Trần Thị Mai", role=Role.VIEWER,
        active=True, by=people["admin"].id))
    answers = answering(monkeypatch, choice)

    edit.save()

    [fields] = answers.shown
    assert [(f.label, f.mine, f.theirs) for f in fields if f.differs] == [
        ("Họ và tên", "Trần Thị Mai (kế toán)", "Trần Thị Mai"),
        ("Vai trò", "Nhập liệu", "Chỉ xem")]
    with commune_db.reading() as session:
        mai = find_account(session, "mai")
    assert mai is not None
    if choice == "keep_mine":
        assert (mai.display_name, mai.role) == ("Trần Thị Mai (kế toán)", Role.ENTRY)
        assert not edit.isVisible()
        return
    assert (mai.display_name, mai.role) == ("Trần Thị Mai", Role.VIEWER)  # theirs stays
    assert edit.isVisible()
    if choice == "take_theirs":
        assert edit.display_name.text() == "Trần Thị Mai"
        assert edit.role.currentData() == str(Role.VIEWER)
    else:
        assert edit.display_name.text() == "Trần Thị Mai (kế toán)"
    edit.save()  # the next save writes what is on screen
    with commune_db.reading() as session:
        mai = find_account(session, "mai")
    assert mai is not None and mai.display_name == edit.display_name.text()
    assert len(answers.shown) == 1
