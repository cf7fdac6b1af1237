"""What part of the register a person may read and change: the whole commune, or branches.

A chi hội (branch leader) account records for one or more branches of the commune. The
rule "she sees and changes only her branches' members, meetings and attendance" is
decided here, once, and every data function that reads or writes those records takes a
:class:`Scope` and asks this module: lists are narrowed in SQL (:func:`members_in`,
:func:`meetings_in`), and a single record outside the scope is refused with a
:class:`~db.accounts.PermissionDeniedError` (:func:`check_member`,
:func:`check_meeting`, :func:`check_branch`), never silently shown or changed. The
screens only pass the scope along; hiding a button is a convenience, this module is the
lock.

The scope also says whether ethnicity and religion may be shown (sensitive data,
Decree 356/2025): a branch leader sees them only when the admin allowed it for her
account; the commune-wide roles keep their fixed rule (:func:`db.accounts.can`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import InstrumentedAttribute

from db.accounts import AccountInfo, Action, PermissionDeniedError, Role, can
from db.errors import QT_TRANSLATE_NOOP
from db.models import Meeting, Member, Participation

__all__ = [
    "SENSITIVE_COLUMNS",
    "WHOLE",
    "Scope",
    "branch_scope",
    "check_branch",
    "check_meeting",
    "check_member",
    "check_sensitive",
    "meetings_in",
    "members_in",
    "participations_in",
    "scope_of",
]

SENSITIVE_COLUMNS: Final = frozenset({"ethnicity", "religion"})
"""Member columns that are sensitive personal data (the ``sensitive`` fields of
:class:`db.personal_data.PersonalField`)."""

_OTHER_BRANCH: Final = QT_TRANSLATE_NOOP(
    "DbErrors",
    "Tài khoản của bạn chỉ được xem và ghi số liệu của chi hội mình; {what} thuộc chi hội "
    "khác (hoặc chưa có chi hội) nên không mở hay sửa được."
)


@dataclass(frozen=True)
class Scope:
    """The part of the register open to the person at work.

    Attributes:
        branch_ids: None for the whole commune (every commune-wide role, and the office
            without accounts); otherwise the keys of the branches she records for.
        sensitive: whether ethnicity and religion may be read and written.
    """

    branch_ids: frozenset[str] | None = None
    sensitive: bool = True

    @property
    def whole(self) -> bool:
        """Tell whether the scope is the whole commune."""
        return self.branch_ids is None

    def covers(self, branch_id: str | None) -> bool:
        """Tell whether a record of this branch (None: no branch) lies inside the scope."""
        if self.branch_ids is None:
            return True
        return branch_id is not None and branch_id in self.branch_ids


WHOLE: Final = Scope()
"""The whole commune with its sensitive fields: the default of every data function."""


def branch_scope(branch_ids: Iterable[str], *, sensitive: bool = False) -> Scope:
    """Return the scope of a branch leader for these branches."""
    return Scope(frozenset(branch_ids), sensitive)


def scope_of(account: AccountInfo | None) -> Scope:
    """Return the scope of a logged-in account (None: accounts off, the whole office).

    An account whose role is chi hội but whose branches were all removed gets an
    empty scope: she sees nothing rather than everything.
    """
    if account is None:
        return WHOLE
    if account.role == Role.BRANCH:
        return branch_scope(account.branch_ids, sensitive=account.sees_sensitive)
    return Scope(None, can(account.role, Action.SEE_SENSITIVE))


def _in(column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None],
        scope: Scope) -> ColumnElement[bool]:
    if scope.branch_ids is None:
        return true()
    if not scope.branch_ids:
        return false()
    return column.in_(sorted(scope.branch_ids))


def members_in(scope: Scope) -> ColumnElement[bool]:
    """Return the SQL condition that keeps the members inside the scope."""
    return _in(Member.branch_id, scope)


def participations_in(scope: Scope) -> ColumnElement[bool]:
    """Return the SQL condition that keeps the course places of members inside the scope.

    A branch leader sees her members' trainings and certificates; guests from outside
    the register and other branches' members are not hers.
    """
    if scope.branch_ids is None:
        return true()
    return Participation.member_id.in_(select(Member.id).where(members_in(scope)))


def meetings_in(scope: Scope) -> ColumnElement[bool]:
    """Return the SQL condition that keeps the meetings inside the scope.

    A branch leader's meetings are those her branches held; the commune's own
    conferences belong to the commune office.
    """
    return _in(Meeting.unit_id, scope)


def check_branch(scope: Scope, branch_id: str | None, what: str = "chi hội này") -> None:
    """Refuse a branch (a filter, a new member's branch) outside the scope.

    Raises:
        PermissionDeniedError: the branch is not hers.
    """
    if not scope.covers(branch_id):
        raise PermissionDeniedError(_OTHER_BRANCH, what=what)


def check_member(scope: Scope, member: Member) -> None:
    """Refuse a member outside the scope.

    Raises:
        PermissionDeniedError: the member belongs to another branch or to none.
    """
    check_branch(scope, member.branch_id, "hội viên này")


def check_meeting(scope: Scope, meeting: Meeting) -> None:
    """Refuse a meeting held by a unit outside the scope.

    Raises:
        PermissionDeniedError: the meeting is another branch's or the commune's own.
    """
    check_branch(scope, meeting.unit_id, "cuộc họp này")


def check_sensitive(scope: Scope, columns: Iterable[str]) -> None:
    """Refuse to read or write ethnicity or religion when the scope does not allow it.

    Raises:
        PermissionDeniedError: a sensitive column was asked for.
    """
    if not scope.sensitive and SENSITIVE_COLUMNS & set(columns):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tài khoản của bạn không được xem dân tộc, tôn giáo (dữ liệu cá nhân nhạy cảm).",
            ),
        )
