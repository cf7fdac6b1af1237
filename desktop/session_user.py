"""Who is using Sổ Hội in this run, and what the screens let her do.

When accounts are off (the default for a commune office with one shared PC) nobody logs
in and the person at the keyboard may do everything, exactly as before accounts existed:
:data:`OFFICE` stands for her. When accounts are on, the login dialog returns an
:class:`db.accounts.AccountInfo` and the run uses ``SessionUser(account)``.

Pages ask three plain questions (``can_edit``, ``can_admin``, ``shows_sensitive``) or
``can(action)`` for anything finer, and pass ``scope`` to the data functions (a chi hội
account sees only her branches); the answers come from :func:`db.accounts.can`, the
one table of permissions. A page that receives a user it cannot fully serve (a viewer)
disables or hides its add/edit/delete/import actions; :func:`apply_to_page` is how the
main window tells each page.

The audit trail names the logged-in person. Its actor is a context variable; the task
runner (:mod:`desktop.tasks`) runs every task in the context of the code that started
it, so changes saved on the writer are recorded under that person, not the Windows user.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from db.accounts import AccountInfo, Action, Role, can
from db.audit import set_actor
from db.scope import Scope, scope_of

__all__ = [
    "OFFICE",
    "SENSITIVE_FIELDS",
    "SessionUser",
    "apply_to_page",
    "start_session",
]

SENSITIVE_FIELDS = frozenset({"ethnicity", "religion"})
"""Member fields that are sensitive personal data (Decree 356/2025, the ``sensitive``
fields of :class:`db.personal_data.PersonalField`): not shown to, nor exported by, a
person whose role may not see them."""


@dataclass(frozen=True)
class SessionUser:
    """The person using this run: a logged-in account, or the office when accounts are off.

    Attributes:
        account: the account she logged in with; None when accounts are off.
    """

    account: AccountInfo | None = None

    @property
    def role(self) -> str:
        """Return her role; without accounts the office is its own quản trị."""
        return self.account.role if self.account is not None else Role.ADMIN

    @property
    def logged_in(self) -> bool:
        """Tell whether a login took place (accounts are on)."""
        return self.account is not None

    @property
    def account_id(self) -> str | None:
        """Return the key of her account, passed as ``by`` to admin operations."""
        return self.account.id if self.account is not None else None

    def can(self, action: Action | str) -> bool:
        """Tell whether she may do ``action`` (see :func:`db.accounts.can`)."""
        return can(self.role, action)

    @property
    def can_edit(self) -> bool:
        """Tell whether she may add, edit, delete and import data."""
        return self.can(Action.EDIT)

    @property
    def can_admin(self) -> bool:
        """Tell whether she may manage accounts, restore backups and change settings."""
        return self.can(Action.MANAGE_ACCOUNTS)

    @property
    def shows_sensitive(self) -> bool:
        """Tell whether ethnicity and religion may be shown to her (her scope says)."""
        return self.scope.sensitive

    @property
    def scope(self) -> Scope:
        """Return the part of the register she may read and change (see :mod:`db.scope`).

        Pages pass it to the data functions, which narrow lists to it and refuse any
        record outside it; a chi hội account's scope is her branches.
        """
        return scope_of(self.account)

    @property
    def is_branch_leader(self) -> bool:
        """Tell whether she records for her own branches only (role chi hội)."""
        return self.role == Role.BRANCH

    @property
    def actor(self) -> str | None:
        """Return how the audit trail names her, or None to use the OS user name."""
        return self.account.actor if self.account is not None else None

    @property
    def description(self) -> str:
        """Return "Nguyễn Thị Lan — Quản trị" for the window's header ("" without login)."""
        if self.account is None:
            return ""
        return f"{self.account.display_name} — {self.account.role_label}"


OFFICE = SessionUser()
"""The user of a run without accounts: everything is allowed, as before accounts."""


def start_session(user: SessionUser) -> None:
    """Make ``user`` the actor of the audit trail in this (the GUI) thread's context."""
    set_actor(user.actor)


def apply_to_page(page: QWidget, user: SessionUser) -> None:
    """Tell a freshly built page who uses it.

    A page that needs the whole user (members: sensitive fields; settings: accounts)
    has ``set_user``; the others only have ``set_read_only``. Pages with neither only
    read, so nothing needs telling.
    """
    set_user = getattr(page, "set_user", None)
    if callable(set_user):
        set_user(user)
        return
    set_read_only = getattr(page, "set_read_only", None)
    if callable(set_read_only):
        set_read_only(not user.can_edit)
