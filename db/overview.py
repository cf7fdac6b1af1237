"""The overview of a commune (or of every commune in the database) for one year.

The overview page is the first thing a chair sees, so its numbers must agree with the
rest of the register: active members are counted as the members list counts them, and
the gathering rate follows ``db.units`` (active ordinary and automatic members divided by
the women aged 18+ recorded for the branches; honorary members counted apart).

For a year already over, "active" means active on 31 December of that year, rebuilt from
the dated status history: a chair comparing 2025 with 2026 must not see today's members
under last year's heading. Ages are the age reached in the year looked at, the way the
members list's age filter counts them.

Everything is counted by SQLite in a few aggregate queries; no member row reaches
Python, so the page stays quick on an 8,000-member commune.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from db.members import AGE_GROUPS, KIND_LABELS, STATUS_LABELS
from db.models import (
    Member,
    MemberKind,
    MemberStatus,
    MemberStatusEvent,
    Unit,
    UnitLevel,
    UnitPopulation,
)
from db.rules import GATHERED_KINDS, commune_and_predecessors, gathering_rate, live

UNKNOWN_AGE = "unknown"
"""Key of the age group for members whose birth year is missing or makes no sense."""

DEPARTURES = (MemberStatus.TRANSFERRED, MemberStatus.LEFT, MemberStatus.DECEASED)
"""Statuses that take a member off the commune's active list."""



@dataclass(frozen=True)
class GroupCount:
    """One group of a breakdown: a stable key for code, a Vietnamese label for people."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class Overview:
    """The numbers of the overview page for one year.

    Attributes:
        year: the year looked at.
        as_of: the day the "active" numbers describe: today for the current year,
            31 December for a year already over.
        members_total: every member in the register (not deleted), whatever the status.
        active_members: members active on ``as_of``.
        joined_this_year: members whose joining date falls in ``year``.
        left_this_year: distinct members who transferred out, left or died in ``year``.
        departures: ``left_this_year`` by status (transferred, left, deceased); a member
            with two such events in the year appears under both.
        by_kind: active members by kind (ordinary, automatic, honorary), always all three.
        by_age_group: active members by age group of ``db.members.AGE_GROUPS`` plus
            ``UNKNOWN_AGE``; always every group, in order.
        gathered_members: active ordinary and automatic members (the rate's numerator).
        women_18_plus: women aged 18+ summed over the branches that have a figure for
            ``year``; None when no branch has one.
        branches_with_women: how many branches have that figure; fewer than
            ``branches`` means the rate is overstated.
        branches: branches that existed on ``as_of``.
    """

    year: int
    as_of: dt.date
    members_total: int
    active_members: int
    joined_this_year: int
    left_this_year: int
    departures: tuple[GroupCount, ...]
    by_kind: tuple[GroupCount, ...]
    by_age_group: tuple[GroupCount, ...]
    gathered_members: int
    women_18_plus: int | None
    branches_with_women: int
    branches: int

    @property
    def gathering_rate(self) -> float | None:
        """Return the gathering rate in percent, or None when the women are not known."""
        return gathering_rate(self.gathered_members, self.women_18_plus)


def age_group_label(key: str) -> str:
    """Return the Vietnamese label of an age group key ("18-30" -> "18–30 tuổi")."""
    if key == UNKNOWN_AGE:
        return "Không rõ tuổi"
    low, high = AGE_GROUPS[key]
    if high >= 120:
        return f"Từ {low} tuổi"
    return f"{low}–{high} tuổi"


def snapshot_day(year: int, today: dt.date) -> dt.date:
    """Return the day whose active members an overview of ``year`` shows."""
    return today if year >= today.year else dt.date(year, 12, 31)


def _status_on(day: dt.date, today: dt.date) -> ColumnElement[Any]:
    """Return a member's status on ``day`` as an SQL expression.

    Today's status is the stored column, the same one the members list filters on. An
    earlier day takes the latest status event on or before it; members without any
    history (old imports) keep their stored status if they had joined by then.
    """
    if day >= today:
        return Member.status.expression
    event = MemberStatusEvent
    latest = (
        select(event.status)
        .where(
            event.member_id == Member.id,
            live(event),
            event.effective_on <= day,
        )
        .order_by(event.effective_on.desc(), event.created_at.desc(), event.id.desc())
        .limit(1)
        .correlate(Member)
        .scalar_subquery()
    )
    has_history = (
        select(event.id)
        .where(event.member_id == Member.id, live(event))
        .correlate(Member)
        .exists()
    )
    joined_by_then = or_(Member.joined_on.is_(None), Member.joined_on <= day)
    fallback = case((and_(~has_history, joined_by_then), Member.status), else_=None)
    return func.coalesce(latest, fallback)


def _age_group(reference_year: int) -> ColumnElement[str]:
    """Return the age group key of a member in ``reference_year`` as an SQL CASE."""
    age = reference_year - Member.birth_year
    whens = [
        (age.between(low, high), key) for key, (low, high) in AGE_GROUPS.items()
    ]
    return case(*whens, else_=UNKNOWN_AGE)


def _member_scope(commune_id: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [live(Member)]
    if commune_id is not None:
        conditions.append(Member.commune_id == commune_id)
    return conditions


def commune_overview(
    session: Session, commune_id: str | None, year: int, today: dt.date
) -> Overview:
    """Count a commune's members, arrivals, departures and gathering rate for a year.

    Args:
        session: an open session (only read from).
        commune_id: the commune; None counts every commune in the database, as the
            upper level will.
        year: the year of the joining and leaving counts and of the women's figures.
        today: the current date, passed in so that tests and reports are reproducible.

    Returns:
        The overview; every breakdown lists all its groups, zeros included, so the
        charts keep the same rows from year to year.
    """
    as_of = snapshot_day(year, today)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    scope = _member_scope(commune_id)

    # One pass over the members, grouped by kind and age group: at most 18 rows back.
    is_active = _status_on(as_of, today) == MemberStatus.ACTIVE
    age_group = _age_group(as_of.year).label("age_group")
    grouped = (
        select(
            Member.kind,
            age_group,
            func.count().label("total"),
            func.sum(case((is_active, 1), else_=0)).label("active"),
            func.sum(case((Member.joined_on.between(first, last), 1), else_=0)).label("joined"),
        )
        .where(*scope)
        .group_by(Member.kind, age_group)
    )
    total = active = joined = 0
    kinds: dict[str, int] = {kind.value: 0 for kind in MemberKind}
    ages: dict[str, int] = {key: 0 for key in (*AGE_GROUPS, UNKNOWN_AGE)}
    for kind, group, group_total, group_active, group_joined in session.execute(grouped):
        total += int(group_total)
        active += int(group_active or 0)
        joined += int(group_joined or 0)
        kinds[kind] = kinds.get(kind, 0) + int(group_active or 0)
        ages[group] += int(group_active or 0)

    left, departures = _departures(session, scope, first, last)
    women, with_women, branches = _branches(session, commune_id, year, as_of)
    return Overview(
        year=year,
        as_of=as_of,
        members_total=total,
        active_members=active,
        joined_this_year=joined,
        left_this_year=left,
        departures=departures,
        by_kind=tuple(
            GroupCount(key, _kind_label(key), count) for key, count in kinds.items()
        ),
        by_age_group=tuple(
            GroupCount(key, age_group_label(key), count) for key, count in ages.items()
        ),
        gathered_members=sum(kinds[kind.value] for kind in GATHERED_KINDS),
        women_18_plus=women,
        branches_with_women=with_women,
        branches=branches,
    )


def _kind_label(key: str) -> str:
    try:
        return KIND_LABELS[MemberKind(key)]
    except ValueError:
        return key


def _departures(
    session: Session, scope: list[ColumnElement[bool]], first: dt.date, last: dt.date
) -> tuple[int, tuple[GroupCount, ...]]:
    """Count the members who went away in the period, in all and by status."""
    event = MemberStatusEvent
    in_period = (
        select(event.member_id, event.status)
        .join(Member, Member.id == event.member_id)
        .where(
            *scope,
            live(event),
            event.status.in_(DEPARTURES),
            event.effective_on.between(first, last),
        )
        .subquery()
    )
    overall = session.execute(
        select(func.count(in_period.c.member_id.distinct()))
    ).scalar_one()
    by_status: dict[str, int] = {
        status: int(count)
        for status, count in session.execute(
            select(in_period.c.status, func.count(in_period.c.member_id.distinct()))
            .group_by(in_period.c.status)
        )
    }
    return int(overall), tuple(
        GroupCount(status.value, STATUS_LABELS[status], int(by_status.get(status, 0)))
        for status in DEPARTURES
    )


def _branches(
    session: Session, commune_id: str | None, year: int, as_of: dt.date
) -> tuple[int | None, int, int]:
    """Return the women aged 18+ summed over branches, how many had a figure, and how many.

    A branch counts if it was open on ``as_of``: still active, or merged away later
    (its women then live in the branch it joined, which carries them from that year).
    """
    population = (
        select(UnitPopulation.unit_id, UnitPopulation.women_18_plus)
        .where(UnitPopulation.year == year, live(UnitPopulation))
        .subquery()
    )
    conditions: list[ColumnElement[bool]] = [
        Unit.level == UnitLevel.BRANCH,
        live(Unit),
        or_(Unit.active.is_(True), Unit.merged_on > as_of),
    ]
    if commune_id is not None:
        conditions.append(Unit.parent_id.in_(commune_and_predecessors(commune_id)))
    women, with_women, branches = session.execute(
        select(
            func.sum(population.c.women_18_plus),
            func.count(population.c.unit_id),
            func.count(Unit.id),
        )
        .select_from(Unit)
        .outerjoin(population, population.c.unit_id == Unit.id)
        .where(*conditions)
    ).one()
    return (None if with_women == 0 else int(women)), int(with_women), int(branches)
