"""Accounts and roles on a real register: hashing, lockout, resets, the last admin."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from db import accounts
from db.accounts import (
    ENABLED_KEY,
    WRONG_LOGIN,
    AccountConflictError,
    AccountDraft,
    AccountInactiveError,
    AccountLockedError,
    Action,
    InvalidAccountError,
    LoginFailedError,
    PermissionDeniedError,
    Role,
    accounts_enabled,
    authenticate,
    can,
    change_own_password,
    create_account,
    disable_accounts,
    enable_accounts,
    find_account,
    list_accounts,
    log_in,
    reset_password,
    update_account,
)
from db.engine import Database
from db.errors import UserError
from db.models import Account, Site
from tests.stored import stored

NOW = dt.datetime(2026, 11, 25, 9, 41)
CHAIR = AccountDraft("Lan", "Nguyễn Thị Lan", Role.ADMIN, "hoa-sen-2026", "hoa-sen-2026")


@pytest.fixture(autouse=True)
def quick_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hash with small argon2 costs: the lockout tests verify dozens of passwords."""
    if request.node.name != "test_the_password_is_stored_only_as_an_argon2_hash":
        monkeypatch.setattr(accounts, "_HASHER",
                            PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _enable(db: Database) -> str:
    with db.transaction() as session:
        return enable_accounts(session, CHAIR).id


def _add(db: Database, username: str, role: Role, password: str = "mat-khau-1") -> str:
    with db.transaction() as session:
        return create_account(session, AccountDraft(username, f"Chị {username}", role,
                                                    password, password)).id


def test_off_by_default_and_on_with_its_first_admin(commune_db: Database) -> None:
    with commune_db.reading() as session:
        assert not accounts_enabled(session)
        assert list_accounts(session) == []
    admin_id = _enable(commune_db)
    with commune_db.reading() as session:
        assert accounts_enabled(session)
        site = session.scalars(select(Site)).one()
        assert site.settings[ENABLED_KEY] == "1"
        (admin,) = list_accounts(session)
    assert admin.id == admin_id
    assert admin.username == "lan"  # stored in lower case: "Lan" logs in as "lan"
    assert admin.role == Role.ADMIN and admin.role_label == "Quản trị"
    assert admin.actor == "Nguyễn Thị Lan (lan)"
    with commune_db.transaction() as session, pytest.raises(UserError):
        enable_accounts(session, CHAIR)


def test_switching_on_checks_every_field_at_once(commune_db: Database) -> None:
    bad = AccountDraft("Lan Nguyễn", "  ", Role.ADMIN, "ngan", "ngan")
    with commune_db.transaction() as session, pytest.raises(InvalidAccountError) as caught:
        enable_accounts(session, bad)
    errors = caught.value.errors
    assert "chữ không dấu" in errors["username"]
    assert errors["display_name"] == "Họ và tên không được để trống."
    assert errors["password"] == "Mật khẩu cần ít nhất 8 ký tự."
    with commune_db.transaction() as session, pytest.raises(InvalidAccountError) as caught:
        enable_accounts(session, AccountDraft("lan", "Lan", Role.ADMIN, "12345678", "12345679"))
    assert caught.value.errors == {"password_again": "Hai lần nhập mật khẩu không giống nhau."}
    with commune_db.reading() as session:
        assert not accounts_enabled(session)
        assert list_accounts(session) == []


def test_the_password_is_stored_only_as_an_argon2_hash(commune_db: Database) -> None:
    _enable(commune_db)
    with commune_db.reading() as session:
        stored = session.scalars(select(Account.password_hash)).one()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "hoa-sen-2026" not in stored
    if not commune_db.is_server:  # the file itself; a server's pages are not ours to read
        assert b"hoa-sen-2026" not in commune_db.path.read_bytes()
    with commune_db.transaction() as session:
        account = authenticate(session, " LAN ", "hoa-sen-2026", NOW)
    assert account.username == "lan"
    assert not hasattr(account, "password_hash")
    with commune_db.transaction() as session, pytest.raises(LoginFailedError) as caught:
        authenticate(session, "lan", "hoa-sen-2025", NOW)
    assert caught.value.message == WRONG_LOGIN
    with commune_db.transaction() as session, pytest.raises(LoginFailedError) as caught:
        authenticate(session, "mai", "hoa-sen-2026", NOW)
    assert caught.value.message == WRONG_LOGIN  # an unknown name reads the same


def test_five_failures_pause_the_account_and_the_pause_doubles(commune_db: Database) -> None:
    _enable(commune_db)
    for attempt in range(4):
        with pytest.raises(LoginFailedError):
            log_in(commune_db, "lan", f"sai-{attempt}", NOW)
    with pytest.raises(AccountLockedError) as caught:
        log_in(commune_db, "lan", "sai-5", NOW)
    assert caught.value.until == NOW + dt.timedelta(minutes=5)
    assert "09:46 ngày 25/11/2026" in caught.value.message
    # While paused, even the right password is refused, and nothing is counted.
    with pytest.raises(AccountLockedError):
        log_in(commune_db, "lan", "hoa-sen-2026", NOW + dt.timedelta(minutes=4))
    # After the pause one more failure pauses it again, for twice as long.
    later = NOW + dt.timedelta(minutes=5)
    with pytest.raises(AccountLockedError) as caught:
        log_in(commune_db, "lan", "sai-6", later)
    assert caught.value.until == later + dt.timedelta(minutes=10)
    with commune_db.reading() as session:
        stored = find_account(session, "lan")
    assert stored is not None and stored.failed_attempts == 6
    assert stored.is_locked(later) and not stored.is_locked(later + dt.timedelta(minutes=10))
    # The right password after the pause works and clears the count.
    back = log_in(commune_db, "lan", "hoa-sen-2026", later + dt.timedelta(minutes=10))
    assert back.failed_attempts == 0 and back.locked_until is None
    with pytest.raises(LoginFailedError):
        log_in(commune_db, "lan", "sai-lai", later + dt.timedelta(minutes=11))


def test_the_pause_never_exceeds_an_hour(commune_db: Database) -> None:
    _enable(commune_db)
    moment = NOW
    pauses = []
    for attempt in range(10):
        try:
            log_in(commune_db, "lan", f"sai-{attempt}", moment)
        except AccountLockedError as exc:
            pauses.append(exc.until - moment)
            moment = exc.until
        except LoginFailedError:
            pass
    assert [int(p.total_seconds() // 60) for p in pauses] == [5, 10, 20, 40, 60, 60]


def test_admin_resets_a_forgotten_password_and_the_pause(commune_db: Database) -> None:
    admin_id = _enable(commune_db)
    mai = _add(commune_db, "mai", Role.ENTRY)
    for attempt in range(5):
        with pytest.raises((LoginFailedError, AccountLockedError)):
            log_in(commune_db, "mai", f"quen-{attempt}", NOW)
    with commune_db.transaction() as session, pytest.raises(InvalidAccountError):
        reset_password(session, mai, "ngan", "ngan", by=admin_id)
    with commune_db.transaction() as session:
        reset_password(session, mai, "mat-khau-moi", "mat-khau-moi", by=admin_id)
    account = log_in(commune_db, "mai", "mat-khau-moi", NOW + dt.timedelta(seconds=1))
    assert account.id == mai and account.role == Role.ENTRY
    with pytest.raises(LoginFailedError):
        log_in(commune_db, "mai", "mat-khau-1", NOW)


def test_only_an_admin_manages_accounts(commune_db: Database) -> None:
    _enable(commune_db)
    mai = _add(commune_db, "mai", Role.ENTRY)
    with commune_db.transaction() as session, pytest.raises(PermissionDeniedError):
        create_account(session, AccountDraft("hoa", "Hoa", Role.ADMIN, "12345678x",
                                             "12345678x"), by=mai)
    with commune_db.transaction() as session, pytest.raises(PermissionDeniedError):
        reset_password(session, mai, "mat-khau-2", "mat-khau-2", by=mai)
    with commune_db.transaction() as session, pytest.raises(PermissionDeniedError):
        disable_accounts(session, by=mai)
    with commune_db.transaction() as session, pytest.raises(InvalidAccountError) as caught:
        create_account(session, AccountDraft("MAI", "Mai khác", Role.VIEWER, "12345678x",
                                             "12345678x"))
    assert "Đã có tài khoản tên “mai”" in caught.value.errors["username"]


def test_the_last_active_admin_stays(commune_db: Database) -> None:
    admin_id = _enable(commune_db)
    with commune_db.transaction() as session, pytest.raises(UserError) as caught:
        update_account(session, admin_id, display_name="Lan", role=Role.ENTRY, active=True,
                       by=admin_id)
    assert "quản trị duy nhất" in caught.value.message
    with commune_db.transaction() as session, pytest.raises(UserError):
        update_account(session, admin_id, display_name="Lan", role=Role.ADMIN, active=False,
                       by=admin_id)
    hoa = _add(commune_db, "hoa", Role.ADMIN)
    with commune_db.transaction() as session:
        update_account(session, admin_id, display_name="Nguyễn  Thị Lan", role=Role.VIEWER,
                       active=True, by=hoa)
    with commune_db.transaction() as session, pytest.raises(UserError):
        update_account(session, hoa, display_name="Hoa", role=Role.ADMIN, active=False, by=hoa)
    with commune_db.reading() as session:
        lan = find_account(session, "lan")
    assert lan is not None and lan.role == Role.VIEWER and lan.display_name == "Nguyễn Thị Lan"
    # Lan is no longer an admin: what her screen still shows cannot manage accounts.
    with commune_db.transaction() as session, pytest.raises(PermissionDeniedError):
        update_account(session, hoa, display_name="Hoa", role=Role.ENTRY, active=True,
                       by=lan.id)


def test_an_account_changed_by_another_admin_meanwhile_is_not_overwritten(
    commune_db: Database,
) -> None:
    admin = _enable(commune_db)
    mai = _add(commune_db, "mai", Role.ENTRY)
    with commune_db.reading() as session:
        opened = next(a for a in list_accounts(session) if a.id == mai)
    with commune_db.transaction() as session:
        update_account(session, mai, display_name="Trần Thị Mai", role=Role.VIEWER,
                       active=True, by=admin, seen=opened)
    with pytest.raises(AccountConflictError) as caught, commune_db.transaction() as session:
        update_account(session, mai, display_name="Mai kế toán", role=Role.ENTRY,
                       active=True, by=admin, seen=opened)
    assert (caught.value.stored.display_name, caught.value.stored.role) == (
        "Trần Thị Mai", Role.VIEWER)
    # The same change twice is no conflict; answering the stored account writes.
    with commune_db.transaction() as session:
        update_account(session, mai, display_name="Trần Thị Mai", role=Role.VIEWER,
                       active=True, by=admin, seen=opened)
        update_account(session, mai, display_name="Mai kế toán", role=Role.ENTRY,
                       active=True, by=admin, seen=caught.value.stored)
    with commune_db.reading() as session:
        stored = find_account(session, "mai")
    assert stored is not None and stored.display_name == "Mai kế toán"


def test_an_inactive_account_cannot_log_in(commune_db: Database) -> None:
    admin_id = _enable(commune_db)
    mai = _add(commune_db, "mai", Role.ENTRY)
    with commune_db.transaction() as session:
        update_account(session, mai, display_name="Mai", role=Role.ENTRY, active=False,
                       by=admin_id)
    with pytest.raises(LoginFailedError):
        log_in(commune_db, "mai", "sai-mat-khau", NOW)
    with pytest.raises(AccountInactiveError):
        log_in(commune_db, "mai", "mat-khau-1", NOW)


def test_change_own_password_needs_the_current_one(commune_db: Database) -> None:
    admin_id = _enable(commune_db)
    with commune_db.transaction() as session, pytest.raises(InvalidAccountError) as caught:
        change_own_password(session, admin_id, "khong-phai", "moi-moi-moi", "moi-moi-moi")
    assert set(caught.value.errors) == {"current"}
    with commune_db.transaction() as session, pytest.raises(InvalidAccountError) as caught:
        change_own_password(session, admin_id, "hoa-sen-2026", "hoa-sen-2026", "hoa-sen-2026")
    assert set(caught.value.errors) == {"password"}
    with commune_db.transaction() as session:
        change_own_password(session, admin_id, "hoa-sen-2026", "Hoa Sen 2027", "Hoa Sen 2027")
    assert log_in(commune_db, "lan", "Hoa Sen 2027", NOW).id == admin_id


@pytest.mark.sqlite_only(
    reason="turns logins off, which a server register refuses (tests/test_server_cli.py)")
def test_switching_off_and_on_again(commune_db: Database) -> None:
    admin_id = _enable(commune_db)
    _add(commune_db, "mai", Role.ENTRY)
    with commune_db.transaction() as session:
        disable_accounts(session, by=admin_id)
    with commune_db.reading() as session:
        assert not accounts_enabled(session)
        assert all(not a.active for a in list_accounts(session))
    again = AccountDraft("lan", "Nguyễn Thị Lan", Role.VIEWER, "mat-khau-moi", "mat-khau-moi")
    with commune_db.transaction() as session:
        admin = enable_accounts(session, again)
    assert admin.id == admin_id and admin.role == Role.ADMIN and admin.active
    with commune_db.reading() as session:
        mai = find_account(session, "mai")
    assert mai is not None and not mai.active  # left off until the admin says otherwise
    assert log_in(commune_db, "lan", "mat-khau-moi", NOW).id == admin_id


@pytest.mark.sqlite_only(
    reason="turns logins off, which a server register refuses (tests/test_server_cli.py)")
def test_site_settings_keep_other_keys(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        session.scalars(select(Site)).one().settings = {"certificate_pattern": "x"}
    admin_id = _enable(commune_db)
    ((text,),) = stored(commune_db, "SELECT settings FROM site")
    assert '"certificate_pattern": "x"' in text and ENABLED_KEY in text
    with commune_db.transaction() as session:
        disable_accounts(session, by=admin_id)
        assert session.scalars(select(Site)).one().settings == {"certificate_pattern": "x"}


@pytest.mark.parametrize(("role", "allowed"), [
    (Role.ADMIN, set(Action)),
    (Role.ENTRY, {Action.VIEW, Action.PRINT, Action.EXPORT, Action.EDIT, Action.IMPORT,
                  Action.SEE_SENSITIVE, Action.BACKUP}),
    (Role.VIEWER, {Action.VIEW, Action.PRINT, Action.EXPORT}),
])
def test_what_each_role_may_do(role: Role, allowed: set[Action]) -> None:
    assert {action for action in Action if can(role, action)} == allowed
    assert not can("guest", Action.VIEW)
    assert not can(role, "fly")
