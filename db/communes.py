"""The upper level's overview of its communes: who reported, and each one's main numbers.

A province union receives packages from up to ~170 communes (docs/ARCHITECTURE.md §6). Each
quarter its first questions are "who has not sent their file yet?" and "how does each
commune stand?": members, active members, gathering rate, branch meetings this quarter,
officers trained under Đề án 1893. This module answers both for every commune at once.

The numbers mean what they mean on the commune's own screens, so that a chair on the
phone and the province officer read the same figure:

- members and active members are counted as ``db.overview`` counts them (today's
  stored status, deleted records left out);
- the gathering rate is ``db.overview``'s: active ordinary and automatic members over
  the women aged 18+ summed over the branches open today, for the latest year (up to
  this one) for which the commune entered any figure, so a commune that has not yet
  typed this year's figures still shows last year's rate instead of nothing;
- meetings this quarter are the meetings of the commune's union and its branches held
  from the first day of the quarter up to today, as ``db.meetings`` lists them;
- officers are those ``db.targets`` counts for the Đề án 1893 yearly targets: people
  holding today a post in a category that has a yearly training goal in force (by
  default full-time officers, chairs, vice-chairs and branch heads). One is "trained"
  when, for every such category she is in, she completed a course ending this year by
  that category's measure (any course, or a course with a topic): a branch head who
  only attended a course without topics is still to be trained, as in
  :func:`db.targets.untrained_officers`.

Every measure is one grouped SQL query over all communes (GROUP BY commune), never a
query per commune: at a province with a million members the page must open in well
under a second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP, UserError
from db.meetings import quarter_bounds, quarter_of
from db.models import (
    Meeting,
    Member,
    MemberStatus,
    SyncPeer,
    Unit,
    UnitLevel,
    UnitPopulation,
)
from db.rules import GATHERED_KINDS, gathering_rate, live
from db.site import get_site
from db.targets import (
    CATEGORY_ORDER,
    METRIC_TRAINED_TOPIC,
    completed_participations,
    officer_posts,
    report_day,
    targets_for_year,
    training_measure,
)

__all__ = [
    "CommuneStatus",
    "commune_status",
    "local_day",
    "not_reported_count",
    "quarter_start",
    "reported_since",
    "with_reported",
]


@dataclass(frozen=True)
class CommuneStatus:
    """One commune as the upper level sees it: its last package and its main numbers.

    Attributes:
        unit_id: the commune's unit key (to open its members, say).
        code: the official ward code ("12586").
        name: the official name ("Xã Hưng Hà").
        enrolled: an enrollment file was made for it here (it has a sync peer row).
        last_generation: generation of the last package imported from it; 0 if none.
        last_received: when that package was imported (UTC, as stored), None if never.
        last_received_on: the same moment as a day on this office's clock.
        members: members in the register, whatever their status (deleted ones left out).
        active_members: members "đang sinh hoạt" today.
        gathered_members: active ordinary and automatic members (the rate's numerator).
        women_18_plus: women aged 18+ of the branches open today, for
            ``population_year``; None when the commune entered no figure.
        population_year: the year of that figure.
        meetings_this_quarter: meetings held from the quarter's first day to today.
        officers_to_train: officers in a category with a yearly training goal.
        officers_trained_this_year: those of them trained this year by their measure.
        reported: a package arrived on or after the day asked about.
    """

    unit_id: str
    code: str
    name: str
    enrolled: bool
    last_generation: int
    last_received: dt.datetime | None
    last_received_on: dt.date | None
    members: int
    active_members: int
    gathered_members: int
    women_18_plus: int | None
    population_year: int | None
    meetings_this_quarter: int
    officers_to_train: int
    officers_trained_this_year: int
    reported: bool

    @property
    def gathering_rate(self) -> float | None:
        """Return the gathering rate in percent, or None while the women are not known."""
        return gathering_rate(self.gathered_members, self.women_18_plus)


def quarter_start(day: dt.date) -> dt.date:
    """Return the first day of the calendar quarter holding ``day``."""
    return quarter_bounds(*quarter_of(day))[0]


def local_day(moment: dt.datetime | None) -> dt.date | None:
    """Return the office's calendar day of a stored UTC moment (None stays None).

    Moments are stored in UTC without a zone (``db.models.utc_now``); a package
    imported at 06:30 in Hà Nội was stored the evening before, and must count as
    received on the day the officer saw it arrive.
    """
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC).astimezone().date()


def commune_status(
    session: Session, today: dt.date, not_reported_since: dt.date | None = None
) -> list[CommuneStatus]:
    """Return every commune of this upper level with its last package and numbers.

    The communes are those enrolled here (with a sync peer row, even if they never
    sent anything) and any commune that has members in the database, but not those
    merged into another commune (their history counts in the new one's reports).

    Args:
        session: an open session (only read from).
        today: the current date, passed in so that reports are reproducible.
        not_reported_since: a commune is "reported" when its last package arrived on
            or after this day; by default the first day of the current quarter.

    Returns:
        One row per commune, in Vietnamese alphabetical order of the name.

    Raises:
        UserError: this database is a commune's register, not an upper level's.
    """
    site = get_site(session)
    if not site.is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Trang «Các xã» chỉ dùng ở cấp trên: cơ sở dữ liệu này là của {union_name}.",
            ),
            union_name=site.union_name,
        )
    since = quarter_start(today) if not_reported_since is None else not_reported_since
    peers = {
        unit_id: (generation, received)
        for unit_id, generation, received in session.execute(
            select(SyncPeer.unit_id, SyncPeer.last_generation_received,
                   SyncPeer.last_received_at)
        )
    }
    members = _member_counts(session)
    listed = set(peers) | set(members)
    units = [
        row for row in session.execute(
            select(Unit.id, Unit.code, Unit.name, Unit.sort_key)
            # A commune merged into another is no longer asked for packages.
            .where(Unit.level == UnitLevel.COMMUNE, Unit.merged_into_id.is_(None))
            .order_by(Unit.sort_key, Unit.name, Unit.code)
        )
        if row.id in listed
    ]
    women = _women(session, today)
    meetings = _meetings_this_quarter(session, today)
    officers = _officers_progress(session, today)
    rows: list[CommuneStatus] = []
    for unit_id, code, name, _key in units:
        generation, received = peers.get(unit_id, (0, None))
        received_on = local_day(received)
        total, active, gathered = members.get(unit_id, (0, 0, 0))
        women_count, population_year = women.get(unit_id, (None, None))
        to_train, trained = officers.get(unit_id, (0, 0))
        rows.append(CommuneStatus(
            unit_id=unit_id,
            code=code,
            name=name,
            enrolled=unit_id in peers,
            last_generation=int(generation or 0),
            last_received=received,
            last_received_on=received_on,
            members=total,
            active_members=active,
            gathered_members=gathered,
            women_18_plus=women_count,
            population_year=population_year,
            meetings_this_quarter=meetings.get(unit_id, 0),
            officers_to_train=to_train,
            officers_trained_this_year=trained,
            reported=reported_since(received_on, since),
        ))
    return rows


def reported_since(received_on: dt.date | None, since: dt.date) -> bool:
    """Tell whether a package that arrived on ``received_on`` counts as reported."""
    return received_on is not None and received_on >= since


def with_reported(rows: Iterable[CommuneStatus], since: dt.date) -> list[CommuneStatus]:
    """Return the rows marked again against another day, without reading the database.

    The page lets the officer move the "not reported since" day back and forth; the
    numbers do not change with it, only the mark does.
    """
    return [replace(row, reported=reported_since(row.last_received_on, since)) for row in rows]


def not_reported_count(rows: Iterable[CommuneStatus]) -> int:
    """Count the communes that have not reported since the day asked about."""
    return sum(1 for row in rows if not row.reported)


# --------------------------------------------------------------------------- measures


def _member_counts(session: Session) -> dict[str, tuple[int, int, int]]:
    """Return (members, active, active ordinary + automatic) per commune.

    Grouping a million members by commune in one query makes SQLite either sort them
    all or walk the (commune, name) index and fetch every row at random: both cost
    ~0.8 s. Two cheaper queries give the same numbers: every row per commune, counted
    on that index alone (no row is read), and the few rows that are *not* simply
    "live, active, ordinary or automatic" (deleted, gone away, honorary), found in one
    plain pass over the table and grouped, a few hundred groups. The counts follow.
    """
    totals = {
        commune_id: int(count)
        for commune_id, count in session.execute(
            select(Member.commune_id, func.count()).group_by(Member.commune_id)
        )
    }
    deleted = ~live(Member)
    active = Member.status == MemberStatus.ACTIVE
    gathered_kind = Member.kind.in_(GATHERED_KINDS)
    # "commune_id || ''" keeps SQLite from walking the commune index row by row for the
    # GROUP BY: a plain scan is twice as fast when the rows must be read anyway.
    commune = Member.commune_id.concat("")
    exceptions = session.execute(
        select(commune, deleted, active, gathered_kind, func.count())
        .where(or_(deleted, ~active, ~gathered_kind))
        .group_by(commune, deleted, active, gathered_kind)
    )
    counts = {commune_id: [total, total, total] for commune_id, total in totals.items()}
    for commune_id, is_deleted, is_active, is_gathered, count in exceptions:
        row = counts.setdefault(commune_id, [0, 0, 0])
        if is_deleted:
            row[0] -= count
            row[1] -= count
            row[2] -= count
        elif not is_active:
            row[1] -= count
            row[2] -= count
        elif not is_gathered:
            row[2] -= count
    return {
        commune_id: (members, active_count, gathered_count)
        for commune_id, (members, active_count, gathered_count) in counts.items()
        if members > 0
    }


def _women(session: Session, today: dt.date) -> dict[str, tuple[int, int]]:
    """Return (women aged 18+, year) per commune, for its latest year with a figure.

    Branches count as ``db.overview`` counts them for today: still active, or merged
    away after today. One grouped query returns a row per commune and year (a few
    hundred rows at most); the latest year is picked here.
    """
    query = (
        select(Unit.parent_id, UnitPopulation.year, func.sum(UnitPopulation.women_18_plus))
        .join(Unit, Unit.id == UnitPopulation.unit_id)
        .where(
            live(UnitPopulation),
            UnitPopulation.year <= today.year,
            Unit.level == UnitLevel.BRANCH,
            live(Unit),
            or_(Unit.active.is_(True), Unit.merged_on > today),
        )
        .group_by(Unit.parent_id, UnitPopulation.year)
    )
    latest: dict[str, tuple[int, int]] = {}
    for commune_id, year, women in session.execute(query):
        if commune_id is None or women is None:
            continue
        if commune_id not in latest or year > latest[commune_id][1]:
            latest[commune_id] = (int(women), int(year))
    return latest


def _meetings_this_quarter(session: Session, today: dt.date) -> dict[str, int]:
    """Count, per commune, the meetings of its union and branches held this quarter."""
    commune = case((Unit.level == UnitLevel.COMMUNE, Unit.id), else_=Unit.parent_id)
    query = (
        select(commune, func.count(Meeting.id))
        .join(Unit, Unit.id == Meeting.unit_id)
        .where(
            live(Meeting),
            Meeting.held_on >= quarter_start(today),
            Meeting.held_on <= today,
            live(Unit),
            Unit.level.in_((UnitLevel.COMMUNE, UnitLevel.BRANCH)),
        )
        .group_by(commune)
    )
    return {str(commune_id): int(count) for commune_id, count in session.execute(query)
            if commune_id is not None}


def _officers_progress(session: Session, today: dt.date) -> dict[str, tuple[int, int]]:
    """Return (officers to train, of whom trained this year) per commune.

    The categories and their measures come from the yearly targets in force (the upper
    level's, as :func:`db.targets.targets_for_year` chooses them for the whole
    database); a category without a goal, or with a goal of 0 %, asks nobody to train.
    """
    year = today.year
    targets = targets_for_year(session, year, None)
    measures: dict[str, bool] = {}
    for category in CATEGORY_ORDER:
        metric, goal = training_measure(category, targets)
        if goal:
            measures[category] = metric == METRIC_TRAINED_TOPIC
    if not measures:
        return {}
    officers = officer_posts(None, report_day(year, today))
    trained = completed_participations(year)
    any_course = select(trained.c.member_id)
    by_topic = select(trained.c.member_id).where(trained.c.by_topic == 1)
    topic_categories = [c for c, topic in measures.items() if topic]
    done = case(
        (officers.c.category.in_(topic_categories), officers.c.member_id.in_(by_topic)),
        else_=officers.c.member_id.in_(any_course),
    )
    per_person = (
        select(
            Member.commune_id.label("commune_id"),
            officers.c.member_id.label("member_id"),
            func.min(case((done, 1), else_=0)).label("all_done"),
        )
        .select_from(officers)
        .join(Member, Member.id == officers.c.member_id)
        .where(live(Member), officers.c.category.in_(list(measures)))
        .group_by(Member.commune_id, officers.c.member_id)
        .subquery("per_person")
    )
    query = select(
        per_person.c.commune_id, func.count(), func.sum(per_person.c.all_done)
    ).group_by(per_person.c.commune_id)
    return {
        commune_id: (int(people), int(done_count or 0))
        for commune_id, people, done_count in session.execute(query)
    }
