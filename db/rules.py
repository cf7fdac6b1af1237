"""The domain's small rules, each written once and imported wherever it applies.

A rule written by hand in several queries drifts: one page forgets the tombstone filter,
another counts honorary members in the gathering rate. Each rule here is a SQLAlchemy
expression (for queries) and, where code also checks loaded rows, a plain-Python twin
that must say the same thing.

- ``live``: a record is live while it carries no tombstone (``deleted_at``). Deleted
  rows stay in the database so that a deletion travels by sync like any other change.
- ``gathering_rate``: active ordinary and automatic members divided by the women aged
  18+ of the area, in percent; honorary members are counted apart.
- ``post_open_on``: a post is open on a day when it has begun (or its start is not
  known) and has not ended before that day.
- ``certificate_valid``: a certificate is valid while it is not revoked; certificates
  are revoked, never deleted.
- ``commune_and_predecessors``: a commune's history includes the communes merged into
  it (their meetings, posts and branches stay under their own units).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final, Protocol

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.sql import FromClause

from db.models import Certificate, Member, MemberKind, MemberStatus, Post, Unit, UnitLevel

__all__ = [
    "GATHERED_KINDS",
    "certificate_valid",
    "commune_and_predecessors",
    "gathered",
    "gathering_rate",
    "is_certificate_valid",
    "is_live",
    "is_post_open_on",
    "live",
    "live_sql",
    "post_open_on",
]

GATHERED_KINDS: Final = (MemberKind.ORDINARY, MemberKind.AUTOMATIC)
"""Kinds counted in the gathering rate; honorary members are counted apart."""


class _Tombstoned(Protocol):
    """A loaded row of any synced table."""

    @property
    def deleted_at(self) -> dt.datetime | None: ...


def live(model: Any) -> ColumnElement[bool]:
    """Return the filter "this record is not deleted" for a model, an alias or a table.

    Args:
        model: a mapped class (``Member``), an ``aliased(...)`` of one, or a Core table or
            subquery whose columns include ``deleted_at``.
    """
    column = model.c.deleted_at if isinstance(model, FromClause) else model.deleted_at
    expression: ColumnElement[bool] = column.is_(None)
    return expression


def live_sql(alias: str = "") -> str:
    """Return the same filter as SQL text, for the bulk paths that write plain SQL.

    Args:
        alias: the table name or alias to qualify the column with, or "" for none.
    """
    return f"{alias}.deleted_at IS NULL" if alias else "deleted_at IS NULL"


def is_live(record: _Tombstoned) -> bool:
    """Tell whether a loaded row is not deleted (the twin of ``live``)."""
    return record.deleted_at is None


def gathered(model: Any = Member) -> ColumnElement[bool]:
    """Return the filter "counted in the gathering rate's numerator" (tombstones aside).

    Args:
        model: ``Member`` or an alias of it.
    """
    return and_(model.status == MemberStatus.ACTIVE, model.kind.in_(GATHERED_KINDS))


def gathering_rate(gathered_members: int, women_18_plus: int | None) -> float | None:
    """Return the gathering rate in percent, or None while the women count is unknown.

    A count of zero is treated as unknown too: an area cannot have members and no women,
    so a zero is a number nobody has entered yet, not a real denominator.

    Args:
        gathered_members: active ordinary and automatic members of the area.
        women_18_plus: women aged 18+ living in the same area, or None.
    """
    if not women_18_plus:
        return None
    return 100.0 * gathered_members / women_18_plus


def post_open_on(day: dt.date, model: Any = Post) -> ColumnElement[bool]:
    """Return the filter "the post is open on ``day``": begun and not ended before it.

    A post without a start date has always been open as far as the register knows; one
    ending on ``day`` is still open that day.

    Args:
        day: the day asked.
        model: ``Post`` or an alias of it.
    """
    return and_(
        or_(model.start_on.is_(None), model.start_on <= day),
        or_(model.end_on.is_(None), model.end_on >= day),
    )


def is_post_open_on(start_on: dt.date | None, end_on: dt.date | None, day: dt.date) -> bool:
    """Tell whether a post with these dates is open on ``day`` (the twin of ``post_open_on``)."""
    return (start_on is None or start_on <= day) and (end_on is None or end_on >= day)


def certificate_valid(model: Any = Certificate) -> ColumnElement[bool]:
    """Return the filter "the certificate is valid": not revoked.

    Args:
        model: ``Certificate`` or an alias of it.
    """
    expression: ColumnElement[bool] = model.revoked_on.is_(None)
    return expression


def is_certificate_valid(revoked_on: dt.date | None) -> bool:
    """Tell whether a certificate revoked on ``revoked_on`` (or never) is valid."""
    return revoked_on is None


def commune_and_predecessors(commune_id: str) -> Select[str]:
    """Return the keys of a commune and of the communes merged into it, as a SELECT.

    A merged commune's reports for the years before the merge count its predecessors'
    history: their posts, meetings and branches (with the women of their areas) keep
    the old units they belong to, while the members moved into the new commune.
    """
    return select(Unit.id).where(
        or_(
            Unit.id == commune_id,
            and_(Unit.level == UnitLevel.COMMUNE, Unit.merged_into_id == commune_id),
        )
    )
