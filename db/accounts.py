"""Optional accounts and roles: who may log in, and what each role may do.

A commune office usually has one shared PC and no wish to log in, so accounts are off
until an admin switches them on in Cài đặt (the flag lives in ``Site.settings`` under
:data:`ENABLED_KEY`). Switching on creates the first quản trị (admin) account in the same
step, so the office can never lock itself out of a register nobody may open.

When accounts are on, a person logs in with a username and a password. Passwords are
kept only as argon2id hashes; five wrong passwords in a row pause the account for five
minutes, doubling on each further failure up to an hour, which stops a guessing
neighbour without locking the chair out for the day. The register must always keep one
active admin: the last one can be neither demoted nor deactivated.

Roles are deliberately few (see :func:`can`): quản trị does everything, nhập liệu adds
and edits data, chi hội adds and edits the data of her own branches only (the scope is
decided in :mod:`db.scope`), chỉ xem reads and prints and never sees the sensitive fields
(ethnicity and religion, Decree 356/2025). Accounts belong to this PC's register only: they are not
synced records and never travel in a package.

The admin operations take an optional ``by`` (the key of the account doing it): when
given, it must be an active admin, so a stale screen of someone who was demoted cannot
keep managing accounts. ``by=None`` is the terminal (``sohoi accounts …``), which is how
an office recovers when its only admin forgot her password.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from db.dialects import dialect_of
from db.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    FieldsError,
    Message,
    NotFoundError,
    SiteNotSetUpError,
    UserError,
)
from db.formatting import date as format_date
from db.models import Account, Site, Unit, UnitLevel
from db.rules import live
from db.site import site_to_change
from db.text import clean_text

if TYPE_CHECKING:
    from db.engine import Database

__all__ = [
    "ENABLED_KEY",
    "FIRST_PAUSE",
    "LONGEST_PAUSE",
    "MAX_FAILURES",
    "MIN_PASSWORD_LENGTH",
    "ROLE_DESCRIPTIONS",
    "ROLE_LABELS",
    "WRONG_LOGIN",
    "AccountDraft",
    "AccountInactiveError",
    "AccountInfo",
    "AccountLockedError",
    "Action",
    "InvalidAccountError",
    "LoginFailedError",
    "LoginRefusedError",
    "PermissionDeniedError",
    "Role",
    "accounts_enabled",
    "authenticate",
    "can",
    "change_own_password",
    "create_account",
    "disable_accounts",
    "enable_accounts",
    "find_account",
    "find_branches",
    "get_account",
    "list_accounts",
    "log_in",
    "normalize_username",
    "reset_password",
    "update_account",
]

ENABLED_KEY: Final = "accounts_enabled"
"""Key in ``Site.settings`` whose value "1" means a login is required."""

MIN_PASSWORD_LENGTH: Final = 8
MAX_PASSWORD_LENGTH: Final = 200
MAX_USERNAME_LENGTH: Final = 60
MAX_DISPLAY_NAME_LENGTH: Final = 120

MAX_FAILURES: Final = 5
"""Wrong passwords in a row after which the account is paused."""

FIRST_PAUSE: Final = dt.timedelta(minutes=5)
"""The first pause; each further failure doubles it."""

LONGEST_PAUSE: Final = dt.timedelta(hours=1)
"""The pause never grows beyond this: the rightful owner must be able to get back in."""

WRONG_LOGIN: Final = QT_TRANSLATE_NOOP("DbErrors", "Tên đăng nhập hoặc mật khẩu không đúng.")
"""The one message for an unknown name or a wrong password: it never says which."""

_USERNAME: Final = re.compile(r"[a-z0-9][a-z0-9._-]*", re.ASCII)

_HASHER: Final = PasswordHasher()
"""argon2id with the library's RFC 9106 "low memory" parameters (64 MiB, 3 passes)."""

_dummy_hash: str | None = None


class Role(enum.StrEnum):
    """What a person may do once logged in."""

    ADMIN = "admin"
    ENTRY = "entry"
    BRANCH = "branch"
    """Chi hội: records her own branches only (see :mod:`db.scope`)."""
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        """Return the role's name as the screens show it ("Quản trị", …)."""
        return ROLE_LABELS[self]

    @property
    def description(self) -> str:
        """Return what the role may do, in one line for the account form."""
        return ROLE_DESCRIPTIONS[self]


ROLE_LABELS: Final = {
    Role.ADMIN: "Quản trị",
    Role.ENTRY: "Nhập liệu",
    Role.BRANCH: "Chi hội",
    Role.VIEWER: "Chỉ xem",
}

ROLE_DESCRIPTIONS: Final = {
    Role.ADMIN: "Mọi việc, kể cả quản lý tài khoản, khôi phục sao lưu và cài đặt.",
    Role.ENTRY: "Thêm, sửa dữ liệu, in, xuất Excel; không quản lý tài khoản, không khôi "
                "phục sao lưu, không xóa dữ liệu cá nhân.",
    Role.BRANCH: "Chi hội trưởng, chi hội phó: xem, sửa hội viên, sinh hoạt, điểm danh "
                 "của chi hội mình; không thấy chi hội khác; dân tộc, tôn giáo chỉ khi được "
                 "cho phép.",
    Role.VIEWER: "Chỉ xem và in; không thêm, sửa, xóa; không thấy dân tộc, tôn giáo.",
}


class Action(enum.StrEnum):
    """Something a screen lets a person do; :func:`can` says which roles may."""

    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"
    EDIT = "edit"
    """Add, edit or delete records (members, branches, meetings, courses…)."""
    IMPORT = "import"
    """Read members or packages from a file into the register."""
    SEE_SENSITIVE = "see_sensitive"
    """See ethnicity and religion (sensitive data, Decree 356/2025)."""
    BACKUP = "backup"
    """Take a copy of the whole register (also onto a USB stick)."""
    ERASE = "erase"
    """Erase a person's data at her request (cannot be undone)."""
    RESTORE = "restore"
    """Put a backup back in place of the whole register."""
    SETTINGS = "settings"
    MANAGE_ACCOUNTS = "manage_accounts"
    """Add, change, reset and switch accounts on or off."""


_PERMISSIONS: Final[dict[Role, frozenset[Action]]] = {
    Role.ADMIN: frozenset(Action),
    Role.ENTRY: frozenset({
        Action.VIEW, Action.PRINT, Action.EXPORT, Action.EDIT, Action.IMPORT,
        Action.SEE_SENSITIVE, Action.BACKUP,
    }),
    Role.BRANCH: frozenset({Action.VIEW, Action.PRINT, Action.EXPORT, Action.EDIT}),
    Role.VIEWER: frozenset({Action.VIEW, Action.PRINT, Action.EXPORT}),
}


def can(role: str, action: str) -> bool:
    """Tell whether a role may do an action; an unknown role may do nothing.

    One table for every screen, so that "nhập liệu may not erase a person" is written
    once and not re-decided button by button.
    """
    try:
        return Action(action) in _PERMISSIONS[Role(role)]
    except ValueError:
        return False


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class AccountInfo:
    """An account as the screens see it; the password hash never leaves this module.

    Attributes:
        locked_until: while in the future, the account is paused after failed logins
            (local time of this PC).
    """

    id: str
    username: str
    display_name: str
    role: str
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None
    branch_ids: tuple[str, ...] = ()
    """The branches a chi hội account records for; empty for the other roles."""
    branch_names: tuple[str, ...] = ()
    """Their names, in the same order ("Chi hội Thôn 1", …)."""
    sees_sensitive: bool = False
    """A chi hội account the admin allowed to see ethnicity and religion."""

    @property
    def role_label(self) -> str:
        """Return the role in Vietnamese ("Quản trị", "Nhập liệu", "Chỉ xem")."""
        try:
            return Role(self.role).label
        except ValueError:
            return self.role

    @property
    def is_admin(self) -> bool:
        """Tell whether the account is a quản trị."""
        return self.role == Role.ADMIN

    @property
    def actor(self) -> str:
        """Return how the audit trail names this person: "Nguyễn Thị Lan (lan)"."""
        return f"{self.display_name} ({self.username})"

    def is_locked(self, now: dt.datetime) -> bool:
        """Tell whether the account is paused at ``now``."""
        return self.locked_until is not None and now < self.locked_until


@dataclass(frozen=True)
class AccountDraft:
    """What was typed in the "new account" form, before checking."""

    username: str = ""
    display_name: str = ""
    role: str = Role.ENTRY
    password: str = ""
    password_again: str = ""
    branch_ids: tuple[str, ...] = ()
    """For a chi hội account: the branches she records for (at least one)."""
    sees_sensitive: bool = False
    """For a chi hội account: whether she may see ethnicity and religion."""


class InvalidAccountError(FieldsError):
    """Messages per field of an account form (username, display_name, role, password…)."""


class AccountConflictError(ConcurrentChangeError):
    """Another quản trị changed the account after this form read it.

    Attributes:
        stored: the account as stored now, to show beside what was typed.
    """

    def __init__(self, stored: AccountInfo) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tài khoản {username} vừa được sửa ở nơi khác; những gì bạn nhập chưa được lưu.",
            ),
            username=stored.username,
        )
        self.stored = stored


def _settings_of(info: AccountInfo) -> tuple[str, str, bool, tuple[str, ...], bool]:
    """What an edit of the account changes, to compare two versions of it."""
    return (info.display_name, info.role, info.active, tuple(sorted(info.branch_ids)),
            info.sees_sensitive)


class PermissionDeniedError(UserError):
    """The account doing this may not: not an admin, or the record is another branch's."""


class LoginRefusedError(UserError):
    """A login that did not succeed, for whatever reason."""


class LoginFailedError(LoginRefusedError):
    """Unknown name or wrong password; the message never says which."""

    def __init__(self, message: str = WRONG_LOGIN) -> None:
        super().__init__(message)


class AccountLockedError(LoginRefusedError):
    """Too many wrong passwords in a row: the account is paused until ``until``."""

    def __init__(self, until: dt.datetime, failures: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đã đăng nhập sai {failures} lần liên tiếp nên tài khoản tạm khóa đến "
                "{time} ngày {date}. Hãy thử lại sau thời điểm đó, hoặc nhờ "
                "người quản trị đặt lại mật khẩu.",
            ),
            failures=failures,
            time=f"{until:%H:%M}",
            date=format_date(until),
        )
        self.until = until
        self.failures = failures


class AccountInactiveError(LoginRefusedError):
    """The password is right but the account was switched off by an admin."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tài khoản này đã ngừng hoạt động. Hãy nhờ người quản trị bật lại tài khoản.",
            )
        )


# --------------------------------------------------------------------------- helpers


def _info(account: Account) -> AccountInfo:
    branch_ids = tuple(account.branch_ids or ())
    names: dict[str, str] = {}
    session = object_session(account)
    if branch_ids and session is not None:
        names = {unit_id: name for unit_id, name in session.execute(
            select(Unit.id, Unit.name).where(Unit.id.in_(branch_ids)))}
    return AccountInfo(
        id=account.id,
        username=account.username,
        display_name=account.display_name,
        role=account.role,
        active=bool(account.active),
        failed_attempts=account.failed_attempts or 0,
        locked_until=account.locked_until,
        branch_ids=branch_ids,
        branch_names=tuple(names.get(i, "") for i in branch_ids),
        sees_sensitive=bool(account.sees_sensitive),
    )


def _site(session: Session, *, change: bool = False) -> Site:
    site = site_to_change(session) if change else session.scalars(select(Site)).first()
    if site is None:
        raise SiteNotSetUpError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cơ sở dữ liệu chưa được thiết lập: hãy chọn xã (phường) hoặc cấp trên trước.",
            ),
        )
    return site


def normalize_username(text: str) -> str:
    """Return a username as stored and compared: trimmed, NFC, lower case.

    Logins compare case-insensitively because "Lan" and "lan" typed on the login screen
    are obviously the same person.
    """
    return unicodedata.normalize("NFC", text or "").strip().lower()


def _normalize_password(text: str) -> str:
    """Return a password in NFC: a Vietnamese keyboard may send the same letters in NFD."""
    return unicodedata.normalize("NFC", text or "")


def _hash(password: str) -> str:
    return _HASHER.hash(_normalize_password(password))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, _normalize_password(password))
    except (VerificationError, InvalidHashError):
        return False


def _spend_verify_time(password: str) -> None:
    """Verify against a throw-away hash so an unknown name takes as long as a known one."""
    global _dummy_hash  # noqa: PLW0603 - made once, on first need, not at import
    if _dummy_hash is None:
        _dummy_hash = _HASHER.hash("sohoi: no such account")
    _verify(_dummy_hash, password)


def _check_username(session: Session, text: str, errors: dict[str, str],
                    exclude_id: str | None = None) -> str:
    name = normalize_username(text)
    if not name:
        errors["username"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tên đăng nhập không được để trống."))
    elif len(name) < 2 or len(name) > MAX_USERNAME_LENGTH:
        errors["username"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tên đăng nhập cần từ 2 đến {limit} ký tự."),
            {"limit": MAX_USERNAME_LENGTH})
    elif not _USERNAME.fullmatch(name):
        errors["username"] = Message(QT_TRANSLATE_NOOP(
            "DbErrors",
            "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ - (ví dụ: lan.nguyen).",
        ))
    else:
        existing = session.scalars(select(Account).where(Account.username == name)).first()
        if existing is not None and existing.id != exclude_id:
            errors["username"] = Message(
                QT_TRANSLATE_NOOP("DbErrors", "Đã có tài khoản tên “{name}”; hãy chọn tên khác."),
                {"name": name})
    return name


def _check_display_name(text: str, errors: dict[str, str]) -> str:
    name = clean_text(text)
    if not name:
        errors["display_name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Họ và tên không được để trống."))
    elif len(name) > MAX_DISPLAY_NAME_LENGTH:
        errors["display_name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Họ và tên dài quá {limit} ký tự."),
            {"limit": MAX_DISPLAY_NAME_LENGTH})
    return name


def _check_role(role: str, errors: dict[str, str]) -> Role | None:
    try:
        return Role(role)
    except ValueError:
        errors["role"] = Message(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Hãy chọn vai trò: quản trị, nhập liệu, chi hội hoặc chỉ xem."))
        return None


def _check_branches(session: Session, role: Role | None, branch_ids: Sequence[str],
                    errors: dict[str, str]) -> list[str]:
    """Return the branches a chi hội account is tied to; none for the other roles.

    A branch leader without a branch would see nothing, so at least one is required;
    each must be a live branch of this register.
    """
    if role != Role.BRANCH:
        return []
    wanted = list(dict.fromkeys(branch_ids))
    if not wanted:
        errors["branches"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tài khoản chi hội cần ít nhất một chi hội."))
        return []
    found = set(session.scalars(select(Unit.id).where(
        Unit.id.in_(wanted), Unit.level == UnitLevel.BRANCH, live(Unit))))
    if len(found) != len(wanted):
        errors["branches"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Có chi hội đã chọn không còn trong sổ; hãy chọn lại."))
    return wanted


def find_branches(session: Session, names: Sequence[str]) -> list[str]:
    """Return the keys of the live branches with these names ("Chi hội Thôn 1" or "Thôn 1").

    For the terminal, where a person types branch names rather than picking them.

    Raises:
        NotFoundError: a name matches no branch, or more than one.
    """
    keys: list[str] = []
    for name in names:
        typed = clean_text(name)
        candidates = {typed, f"Chi hội {typed}"}
        rows = session.scalars(select(Unit.id).where(
            Unit.name.in_(candidates), Unit.level == UnitLevel.BRANCH, live(Unit))).all()
        if len(rows) != 1:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy chi hội “{typed}”.") if not rows
                else QT_TRANSLATE_NOOP(
                    "DbErrors", "Có nhiều chi hội tên “{typed}”; hãy gõ đúng tên đầy đủ."
                ),
                typed=typed,
            )
        keys.append(rows[0])
    return keys


def _check_password(password: str, again: str, errors: dict[str, str], *,
                    username: str = "", field: str = "password",
                    again_field: str = "password_again") -> None:
    """Put a message under the password field, or under its repetition, if needed."""
    typed = _normalize_password(password)
    if len(typed) < MIN_PASSWORD_LENGTH:
        errors[field] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mật khẩu cần ít nhất {limit} ký tự."),
            {"limit": MIN_PASSWORD_LENGTH})
    elif len(typed) > MAX_PASSWORD_LENGTH:
        errors[field] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mật khẩu dài quá {limit} ký tự."),
            {"limit": MAX_PASSWORD_LENGTH})
    elif not typed.strip():
        errors[field] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mật khẩu không được chỉ gồm dấu cách."))
    elif username and typed.strip().lower() == username:
        errors[field] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mật khẩu không được trùng tên đăng nhập."))
    elif typed != _normalize_password(again):
        errors[again_field] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hai lần nhập mật khẩu không giống nhau."))


def _account(session: Session, account_id: str) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy tài khoản này."))
    return account


def _require_admin(session: Session, by: str | None) -> None:
    """Refuse unless ``by`` is None (the terminal) or an active quản trị."""
    if by is None:
        return
    actor = session.get(Account, by)
    if actor is None or not actor.active or actor.role != Role.ADMIN:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ người quản trị mới làm được việc này. Nếu vừa đổi vai trò, hãy đăng nhập lại.",
            ),
        )


def _other_active_admins(session: Session, account_id: str) -> int:
    count = session.scalar(
        select(func.count()).select_from(Account).where(
            Account.role == Role.ADMIN, Account.active.is_(True), Account.id != account_id
        )
    )
    return int(count or 0)


# --------------------------------------------------------------------------- switching


def accounts_enabled(session: Session) -> bool:
    """Tell whether a login is required at start (False on a register not set up yet)."""
    site = session.scalars(select(Site)).first()
    return site is not None and (site.settings or {}).get(ENABLED_KEY) == "1"


SERVER_WITHOUT_ACCOUNTS = (
    "Sổ này nằm trên máy chủ dùng chung, nơi mỗi người phải đăng nhập bằng tài khoản "
    "riêng (nhật ký ghi rõ ai sửa gì), nhưng sổ chưa có người quản trị. Người quản trị "
    "máy chủ hãy tạo người quản trị đầu tiên: sohoi server admin --db <địa chỉ máy chủ>."
)


def check_server_accounts(session: Session) -> None:
    """Refuse to work on a server's register whose logins are not switched on.

    A register shared by several staff must say who changed what, and a shared PC
    cannot tell them apart: on a server each person logs in with her own account
    ("one writer per program", docs/ARCHITECTURE.md). A file keeps the office's choice.

    Raises:
        UserError: the register is on a server and has no logins yet.
    """
    if dialect_of(session).is_server and not accounts_enabled(session):
        raise UserError(SERVER_WITHOUT_ACCOUNTS)


def enable_accounts(session: Session, first_admin: AccountDraft) -> AccountInfo:
    """Switch logins on, creating the first quản trị in the same transaction.

    An account left from an earlier period with the same username is taken over
    (new name and password, made an active admin) instead of refused: it is the same
    person coming back.

    Raises:
        InvalidAccountError: per field (the role of the draft is ignored: it is admin).
        UserError: accounts are already on.
    """
    site = _site(session, change=True)
    if accounts_enabled(session):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Tài khoản đăng nhập đã được bật."))
    errors: dict[str, str] = {}
    username = normalize_username(first_admin.username)
    old = session.scalars(select(Account).where(Account.username == username)).first()
    username = _check_username(session, first_admin.username, errors,
                               exclude_id=old.id if old else None)
    display_name = _check_display_name(first_admin.display_name, errors)
    _check_password(first_admin.password, first_admin.password_again, errors,
                    username=username)
    if errors:
        raise InvalidAccountError(errors)
    if old is None:
        old = Account(username=username, failed_attempts=0)
        session.add(old)
    old.display_name = display_name
    old.password_hash = _hash(first_admin.password)
    old.role = Role.ADMIN
    old.active = True
    old.failed_attempts = 0
    old.locked_until = None
    site.settings = {**(site.settings or {}), ENABLED_KEY: "1"}
    session.flush()
    return _info(old)


def disable_accounts(session: Session, *, by: str | None = None) -> None:
    """Switch logins off: the PC opens without asking, as before accounts existed.

    Every account is set inactive, so switching on again later does not silently revive
    the account of someone who has left the office; the new admin re-activates whom
    she wants.

    Raises:
        PermissionDeniedError: ``by`` is not an active quản trị.
        UserError: the register is on a server, where logins are required.
    """
    site = _site(session, change=True)
    _require_admin(session, by)
    if dialect_of(session).is_server:
        raise UserError(QT_TRANSLATE_NOOP(
            "DbErrors", "Sổ trên máy chủ dùng chung cho nhiều người nên luôn cần tài khoản "
                        "đăng nhập riêng cho từng người; không tắt được."))
    for account in session.scalars(select(Account)):
        account.active = False
    settings = dict(site.settings or {})
    settings.pop(ENABLED_KEY, None)
    site.settings = settings
    session.flush()


# --------------------------------------------------------------------------- reading


def list_accounts(session: Session) -> list[AccountInfo]:
    """Return every account, the active ones first, then by username."""
    rows = session.scalars(
        select(Account).order_by(Account.active.desc(), Account.username)
    ).all()
    return [_info(account) for account in rows]


def get_account(session: Session, account_id: str) -> AccountInfo:
    """Return one account.

    Raises:
        NotFoundError: no such account.
    """
    return _info(_account(session, account_id))


def find_account(session: Session, username: str) -> AccountInfo | None:
    """Return the account with this username (any case), or None."""
    account = session.scalars(
        select(Account).where(Account.username == normalize_username(username))
    ).first()
    return None if account is None else _info(account)


# --------------------------------------------------------------------------- changing


def create_account(session: Session, draft: AccountDraft, *,
                   by: str | None = None) -> AccountInfo:
    """Add an account with its first password.

    Raises:
        InvalidAccountError: per field.
        PermissionDeniedError: ``by`` is not an active quản trị.
    """
    _require_admin(session, by)
    errors: dict[str, str] = {}
    username = _check_username(session, draft.username, errors)
    display_name = _check_display_name(draft.display_name, errors)
    role = _check_role(draft.role, errors)
    branches = _check_branches(session, role, draft.branch_ids, errors)
    _check_password(draft.password, draft.password_again, errors, username=username)
    if errors or role is None:
        raise InvalidAccountError(errors)
    account = Account(
        username=username,
        display_name=display_name,
        password_hash=_hash(draft.password),
        role=role,
        active=True,
        failed_attempts=0,
        branch_ids=branches,
        sees_sensitive=role == Role.BRANCH and draft.sees_sensitive,
    )
    session.add(account)
    session.flush()
    return _info(account)


def update_account(
    session: Session,
    account_id: str,
    *,
    display_name: str,
    role: str,
    active: bool,
    by: str | None = None,
    branch_ids: Sequence[str] | None = None,
    sees_sensitive: bool | None = None,
    seen: AccountInfo | None = None,
) -> AccountInfo:
    """Change a person's name, role, branches or whether she may log in.

    ``branch_ids`` and ``sees_sensitive`` matter for a chi hội account; None keeps what
    is stored. Any other role drops the branches, so a promoted branch leader is not
    left with a stale list.

    ``seen`` is the account as the form read it. On a server several quản trị may work
    at once: when the stored account is neither that nor what is being saved, another
    one changed it meanwhile, and nothing is written (a password is not compared: a new
    one replaces whatever it was).

    Raises:
        AccountConflictError: the account moved on from ``seen`` meanwhile.
        InvalidAccountError: per field.
        UserError: the change would leave no active quản trị.
        PermissionDeniedError: ``by`` is not an active quản trị.
        NotFoundError: no such account.
    """
    _require_admin(session, by)
    account = _account(session, account_id)
    errors: dict[str, str] = {}
    name = _check_display_name(display_name, errors)
    new_role = _check_role(role, errors)
    branches = _check_branches(
        session, new_role,
        list(account.branch_ids or ()) if branch_ids is None else branch_ids, errors)
    if errors or new_role is None:
        raise InvalidAccountError(errors)
    if seen is not None:
        stored = _info(account)
        keeps = account.sees_sensitive if sees_sensitive is None else sees_sensitive
        asked = (name, str(new_role), active, tuple(sorted(branches or ())),
                 keeps if new_role == Role.BRANCH else False)
        if _settings_of(stored) not in (_settings_of(seen), asked):
            raise AccountConflictError(stored)
    stays_admin = new_role == Role.ADMIN and active
    if (account.role == Role.ADMIN and account.active and not stays_admin
            and _other_active_admins(session, account.id) == 0):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{display_name} là người quản trị duy nhất đang hoạt động; không thể đổi vai trò "
                "hay ngừng tài khoản này. Hãy cho một người khác làm quản trị trước.",
            ),
            display_name=account.display_name,
        )
    account.display_name = name
    account.role = new_role
    account.active = active
    account.branch_ids = branches
    if new_role != Role.BRANCH:
        account.sees_sensitive = False
    elif sees_sensitive is not None:
        account.sees_sensitive = sees_sensitive
    session.flush()
    return _info(account)


def reset_password(session: Session, account_id: str, password: str, password_again: str,
                   *, by: str | None = None) -> None:
    """Give someone a new password (she forgot hers); any pause after failures ends.

    Raises:
        InvalidAccountError: on "password" or "password_again".
        PermissionDeniedError: ``by`` is not an active quản trị.
        NotFoundError: no such account.
    """
    _require_admin(session, by)
    account = _account(session, account_id)
    errors: dict[str, str] = {}
    _check_password(password, password_again, errors, username=account.username)
    if errors:
        raise InvalidAccountError(errors)
    account.password_hash = _hash(password)
    account.failed_attempts = 0
    account.locked_until = None
    session.flush()


def change_own_password(session: Session, account_id: str, current: str, new: str,
                        again: str) -> None:
    """Change one's own password, after proving one knows the current one.

    Raises:
        InvalidAccountError: on "current", "password" or "password_again".
        NotFoundError: no such account.
    """
    account = _account(session, account_id)
    errors: dict[str, str] = {}
    if not _verify(account.password_hash, current):
        errors["current"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Mật khẩu hiện tại không đúng."))
    else:
        _check_password(new, again, errors, username=account.username)
        if not errors and _normalize_password(new) == _normalize_password(current):
            errors["password"] = Message(
                QT_TRANSLATE_NOOP("DbErrors", "Mật khẩu mới cần khác mật khẩu hiện tại."))
    if errors:
        raise InvalidAccountError(errors)
    account.password_hash = _hash(new)
    session.flush()


# --------------------------------------------------------------------------- logging in


def _pause_after(failures: int) -> dt.timedelta:
    """Return how long the account pauses after ``failures`` wrong passwords in a row."""
    doublings = max(0, failures - MAX_FAILURES)
    if doublings >= 8:  # 5 min × 2**8 is far past the cap; avoid huge numbers
        return LONGEST_PAUSE
    return min(FIRST_PAUSE * (1 << doublings), LONGEST_PAUSE)


def authenticate(session: Session, username: str, password: str,
                 now: dt.datetime) -> AccountInfo:
    """Check a login and return the account, or raise saying why not.

    The failure counter and the pause are changed in ``session`` *before* raising: the
    caller must commit them anyway (:func:`log_in` does), or a rollback would give a
    guesser unlimited tries.

    Args:
        session: a writing session.
        username: as typed (case and surrounding spaces do not matter).
        password: as typed.
        now: the moment of the attempt, local time of this PC (tests pass it).

    Raises:
        LoginFailedError: unknown name or wrong password (the message does not say which).
        AccountLockedError: the account is paused, or has just been paused by this
            failure; the message says until when.
        AccountInactiveError: the password is right but the account is switched off.
    """
    name = normalize_username(username)
    account = session.scalars(select(Account).where(Account.username == name)).first() \
        if name else None
    if account is None:
        _spend_verify_time(password)
        raise LoginFailedError()
    if account.locked_until is not None and now < account.locked_until:
        raise AccountLockedError(account.locked_until, account.failed_attempts or 0)
    if not _verify(account.password_hash, password):
        failures = (account.failed_attempts or 0) + 1
        account.failed_attempts = failures
        if failures >= MAX_FAILURES:
            account.locked_until = now + _pause_after(failures)
            session.flush()
            raise AccountLockedError(account.locked_until, failures)
        session.flush()
        raise LoginFailedError()
    if not account.active:
        raise AccountInactiveError()
    account.failed_attempts = 0
    account.locked_until = None
    if _HASHER.check_needs_rehash(account.password_hash):
        account.password_hash = _hash(password)
    session.flush()
    return _info(account)


def log_in(database: Database, username: str, password: str,
           now: dt.datetime) -> AccountInfo:
    """Run :func:`authenticate` in its own transaction, keeping the count of failures.

    Raises:
        LoginRefusedError: as :func:`authenticate`, after the failure was committed.
    """
    refused: LoginRefusedError | None = None
    with database.transaction() as session:
        try:
            return authenticate(session, username, password, now)
        except LoginRefusedError as exc:
            refused = exc  # leave the block normally so the counter is committed
    assert refused is not None
    raise refused

