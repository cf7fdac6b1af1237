"""Branches of a commune: listing with counts, creating, renaming, merging.

The gathering rate (tỷ lệ tập hợp) divides the active ordinary and automatic members by
the women aged 18+ living in the area; honorary members are counted apart, as the
Union's reports do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, case, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from db import catalog
from db.audit import record_bulk
from db.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, UserError
from db.models import (
    Member,
    MemberKind,
    MemberStatus,
    Post,
    Unit,
    UnitLevel,
    UnitPopulation,
    utc_now,
)
from db.rules import gathered, gathering_rate, is_live, live
from db.text import clean_text, search_key

MAX_NAME_LENGTH = 120


@dataclass(frozen=True)
class BranchRow:
    """A branch with the numbers the branches page shows.

    Attributes:
        members: members on the branch's list today (status active), honorary ones
            included; people who transferred out, left or died are not members any more.
        active_members: active ordinary and automatic members, the numerator of the
            gathering rate (honorary members are counted apart, docs/ARCHITECTURE.md §3).
        women_18_plus: women aged 18+ in the branch's area for the year asked, or None
            when nobody has entered it.
    """

    id: str
    code: str
    name: str
    members: int
    active_members: int
    women_18_plus: int | None

    @property
    def gathering_rate(self) -> float | None:
        """Return active ordinary and automatic members per woman aged 18+, in percent."""
        return gathering_rate(self.active_members, self.women_18_plus)


@dataclass(frozen=True)
class BranchSummary:
    """The commune's totals over its branches, for the line under the branches table.

    Attributes:
        branches: how many active branches.
        members: members of all branches (honorary included).
        active_members: active ordinary and automatic members of all branches.
        counted_branches: branches whose women count is known for the year.
        counted_active: active ordinary and automatic members of those branches.
        women_18_plus: women aged 18+ summed over those branches (None if no branch
            has a count).
    """

    branches: int
    members: int
    active_members: int
    counted_branches: int
    counted_active: int
    women_18_plus: int | None

    @property
    def gathering_rate(self) -> float | None:
        """Return the commune's rate over the branches whose women count is known.

        Dividing every member by the women of only some branches would overstate the
        rate; leaving out the members of branches without a count keeps it honest while
        the office is still filling the numbers in.
        """
        return gathering_rate(self.counted_active, self.women_18_plus)

    @property
    def complete(self) -> bool:
        """Tell whether every branch has its women count for the year."""
        return self.counted_branches == self.branches


def summarize_branches(rows: Sequence[BranchRow]) -> BranchSummary:
    """Add up the branches of a commune as :class:`BranchSummary` explains."""
    counted = [row for row in rows if row.women_18_plus]
    return BranchSummary(
        branches=len(rows),
        members=sum(row.members for row in rows),
        active_members=sum(row.active_members for row in rows),
        counted_branches=len(counted),
        counted_active=sum(row.active_members for row in counted),
        women_18_plus=sum(row.women_18_plus or 0 for row in counted) if counted else None,
    )


def members_without_branch(session: Session, commune_id: str) -> int:
    """Count the commune's active members that no active branch holds.

    Counted as :func:`list_branches` counts a branch's members, so that the branches and
    these together make the commune's total on the overview: a list imported without a
    "Chi hội" column, or a branch closed without moving its members, leaves such members.
    """
    branches = select(Unit.id).where(
        Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
        Unit.active.is_(True), live(Unit),
    )
    return int(session.execute(
        select(func.count()).select_from(Member).where(
            Member.commune_id == commune_id, live(Member),
            Member.status == MemberStatus.ACTIVE,
            or_(Member.branch_id.is_(None), Member.branch_id.not_in(branches)),
        )
    ).scalar_one())


def list_branches(session: Session, commune_id: str, year: int) -> list[BranchRow]:
    """Return the active branches of a commune, alphabetically, with their counts."""
    members = (
        select(
            Member.branch_id,
            func.sum(case((Member.status == MemberStatus.ACTIVE, 1), else_=0)).label(
                "members"
            ),
            func.sum(
                case(
                    (gathered(), 1),
                    else_=0,
                )
            ).label("active"),
        )
        .where(Member.commune_id == commune_id, live(Member))
        .group_by(Member.branch_id)
        .subquery()
    )
    population = (
        select(UnitPopulation.unit_id, UnitPopulation.women_18_plus)
        .where(UnitPopulation.year == year, live(UnitPopulation))
        .subquery()
    )
    query = (
        select(
            Unit.id, Unit.code, Unit.name, members.c.members, members.c.active,
            population.c.women_18_plus,
        )
        .outerjoin(members, members.c.branch_id == Unit.id)
        .outerjoin(population, population.c.unit_id == Unit.id)
        .where(
            Unit.parent_id == commune_id,
            Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True),
            live(Unit),
        )
        .order_by(Unit.sort_key)
    )
    return [
        BranchRow(i, code, name, int(total or 0), int(active or 0), women)
        for i, code, name, total, active, women in session.execute(query)
    ]


def _check_name(session: Session, commune_id: str, name: str, exclude: str | None) -> str:
    cleaned = clean_text(name)
    # "chi hội Đông", "Chi hoi Dong" and "Đông" all mean the branch "Chi hội Đông"; the
    # prefix is written one way so that lists and printed papers look alike.
    words = cleaned.split(" ")
    if len(words) >= 2 and search_key(" ".join(words[:2])) == "chi hoi":
        cleaned = " ".join(words[2:])
    if not cleaned:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Tên chi hội không được để trống."))
    cleaned = f"Chi hội {cleaned}"
    if len(cleaned) > MAX_NAME_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tên chi hội quá dài (tối đa {MAX_NAME_LENGTH} ký tự).",
            ),
            MAX_NAME_LENGTH=MAX_NAME_LENGTH,
        )
    siblings = session.execute(
        select(Unit.id, Unit.name).where(
            Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True), live(Unit),
        )
    ).all()
    for sibling_id, sibling_name in siblings:
        if sibling_id != exclude and search_key(sibling_name) == search_key(cleaned):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Xã đã có {sibling_name}; hãy chọn tên khác.",
                ),
                sibling_name=sibling_name,
            )
    return cleaned


def create_branch(session: Session, commune_id: str, name: str) -> str:
    """Create a branch under the commune; the name gets "Chi hội" in front if missing.

    Raises:
        UserError: the name is empty or already used in the commune.
    """
    cleaned = _check_name(session, commune_id, name, None)
    commune = session.get_one(Unit, commune_id)
    used = set(session.scalars(select(Unit.code).where(Unit.parent_id == commune_id)))
    # Codes stay unique even when branches were added by hand or closed by a merge.
    number = len(used) + 1
    while f"{commune.code}-{number:02d}" in used:
        number += 1
    unit = Unit(
        owner_unit_id=commune_id,
        code=f"{commune.code}-{number:02d}",
        name=cleaned,
        level=UnitLevel.BRANCH,
        parent_id=commune_id,
        official=False,
        sort_key=catalog.unit_sort_key(cleaned),
    )
    session.add(unit)
    session.flush()
    return unit.id


def rename_branch(session: Session, branch_id: str, name: str, *,
                  was: str | None = None) -> None:
    """Rename a branch (members follow by key, nothing else changes).

    Args:
        session: the action's transaction.
        branch_id: the branch.
        name: the new name, as typed.
        was: the name the person saw when she typed the new one; if someone else renamed
            the branch meanwhile, nothing changes and she is told both names.

    Raises:
        UserError: the name is empty or already used in the commune.
        ConcurrentChangeError: the branch is no longer called ``was``.
    """
    unit = session.get_one(Unit, branch_id)
    assert unit.parent_id is not None
    if was is not None and unit.name != was:
        raise ConcurrentChangeError(
            QT_TRANSLATE_NOOP("DbErrors", "Chi hội {was} vừa được đổi tên thành {name} ở nơi "
                                          "khác; tên bạn gõ chưa được lưu."),
            was=was, name=unit.name)
    unit.name = _check_name(session, unit.parent_id, name, branch_id)
    unit.sort_key = catalog.unit_sort_key(unit.name)
    session.flush()


def branch_name(session: Session, branch_id: str) -> str:
    """The branch's name as stored now (a rename elsewhere may have changed it)."""
    return session.get_one(Unit, branch_id).name


def set_women_18_plus(session: Session, unit_id: str, year: int, count: int) -> None:
    """Record how many women aged 18+ live in the unit's area in a year.

    Raises:
        UserError: a negative count.
    """
    if count < 0:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Số phụ nữ từ 18 tuổi không thể âm."))
    row = _population(session, unit_id, year)
    if row is None:
        owner = session.get_one(Unit, unit_id).owner_unit_id
        session.add(UnitPopulation(owner_unit_id=owner, unit_id=unit_id, year=year,
                                   women_18_plus=count))
    else:
        # A count cleared earlier is a tombstone; the unique (unit, year) key means the
        # same row must come back to life rather than a new one being added.
        row.women_18_plus = count
        row.deleted_at = None
    session.flush()


def clear_women_18_plus(session: Session, unit_id: str, year: int) -> None:
    """Forget a women count typed by mistake, so the rate shows as unknown again.

    The row is tombstoned, not removed, so that the clearing travels to the upper level
    like any other change (docs/ARCHITECTURE.md §3).
    """
    row = _population(session, unit_id, year)
    if row is not None and is_live(row):
        row.deleted_at = utc_now()
        session.flush()


class PopulationConflictError(ConcurrentChangeError):
    """Someone else changed the unit's women count for the year after it was read.

    Attributes:
        stored: the count stored now (None: unknown), to show beside hers.
    """

    def __init__(self, unit_name: str, year: int, stored: int | None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số phụ nữ từ 18 tuổi của {name} năm {year} vừa được sửa ở nơi khác; số bạn "
                "gõ chưa được lưu.",
            ),
            name=unit_name, year=year,
        )
        self.stored = stored


def change_women_18_plus(session: Session, unit_id: str, year: int, count: int | None, *,
                         was: int | None) -> None:
    """Set or clear (None) a women count the person changed from ``was``.

    The count is typed into a table another window or staff member may be editing
    too: when the stored count is neither ``was`` nor ``count``, nothing changes and
    she is shown both.

    Raises:
        PopulationConflictError: the stored count moved on from ``was`` meanwhile.
        UserError: a negative count.
    """
    row = _population(session, unit_id, year)
    stored = row.women_18_plus if row is not None and is_live(row) else None
    if stored not in (was, count):
        raise PopulationConflictError(session.get_one(Unit, unit_id).name, year, stored)
    if count is None:
        clear_women_18_plus(session, unit_id, year)
    else:
        set_women_18_plus(session, unit_id, year, count)


def _population(session: Session, unit_id: str, year: int) -> UnitPopulation | None:
    return session.scalars(
        select(UnitPopulation).where(UnitPopulation.unit_id == unit_id,
                                     UnitPopulation.year == year)
    ).first()


def merge_branches(
    session: Session, source_id: str, target_id: str, on: dt.date | None = None
) -> int:
    """Merge one branch into another: members move, the old branch is closed.

    Meetings stay with the old branch as its history; posts held in the old branch end
    on the merge date. All of it happens in the caller's single transaction.

    Returns:
        The number of members moved.

    Raises:
        UserError: merging a branch into itself or into another commune's branch, or a
            branch that is already closed (merged before).
    """
    if source_id == target_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không thể sáp nhập một chi hội vào chính nó.",
            ),
        )
    source = session.get_one(Unit, source_id)
    target = session.get_one(Unit, target_id)
    for unit in (source, target):
        if unit.level != UnitLevel.BRANCH:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "{name} không phải là chi hội; chỉ sáp nhập được chi hội.",
                ),
                name=unit.name,
            )
    if source.parent_id != target.parent_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ sáp nhập được các chi hội trong cùng một xã.",
            ),
        )
    for unit in (source, target):
        if not unit.active or not is_live(unit):
            raise UserError(
                QT_TRANSLATE_NOOP("DbErrors", "{name} đã được sáp nhập hoặc giải thể trước đây; "
                "hãy tải lại danh sách chi hội rồi chọn lại."), name=unit.name
            )
    day = on or dt.date.today()
    moved_ids = list(session.scalars(select(Member.id).where(Member.branch_id == source_id)))
    record_bulk(session, "members", moved_ids, "update", {"branch_id": [source_id, target_id]},
                source.owner_unit_id)
    result = session.execute(
        update(Member).where(Member.branch_id == source_id).values(
            branch_id=target_id, version=Member.version + 1, updated_at=utc_now(),
        )
    )
    moved = cast("CursorResult[Any]", result).rowcount
    session.execute(
        update(Post).where(Post.unit_id == source_id, Post.end_on.is_(None)).values(
            end_on=day, version=Post.version + 1, updated_at=utc_now()
        )
    )
    source.active = False
    source.merged_into_id = target_id
    source.merged_on = day
    session.flush()
    return int(moved or 0)


# --------------------------------------------------------------------------- upper level


@dataclass(frozen=True)
class CommuneChoice:
    """A commune as the upper level's commune filters offer it."""

    unit_id: str
    code: str
    name: str


def list_communes(session: Session) -> list[CommuneChoice]:
    """Return every commune this database holds, in Vietnamese alphabetical order.

    At an upper level these are the communes received in packages (plus enrolled ones
    still empty); the filters of its read-only pages choose among them. A commune site
    holds only itself, so the list has one row there.
    """
    query = (
        select(Unit.id, Unit.code, Unit.name)
        .where(Unit.level == UnitLevel.COMMUNE, live(Unit))
        .order_by(Unit.sort_key, Unit.name, Unit.code)
    )
    return [CommuneChoice(unit_id, code, name) for unit_id, code, name in session.execute(query)]


@dataclass(frozen=True)
class CommuneBranchRow:
    """A branch with the commune it belongs to, for the upper level's branch list."""

    commune_id: str
    commune_name: str
    branch: BranchRow


def list_branches_of_communes(
    session: Session, commune_id: str | None, year: int
) -> list[CommuneBranchRow]:
    """Return the active branches of one commune, or of every commune, with their counts.

    The numbers are those of :func:`list_branches` (the commune's own screen), so the
    province reads the same figure as the chair. For one commune that function is used
    as it is; for every commune the counts come from :func:`_branch_counts`.
    """
    commune = aliased(Unit)
    query = (
        select(commune.id, commune.name, Unit.id)
        .join(commune, commune.id == Unit.parent_id)
        .where(
            commune.level == UnitLevel.COMMUNE,
            Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True),
            live(Unit),
        )
        .order_by(commune.sort_key, commune.name, Unit.sort_key)
    )
    if commune_id is not None:
        owner = session.get(Unit, commune_id)
        name = owner.name if owner is not None else ""
        return [CommuneBranchRow(commune_id, name, row)
                for row in list_branches(session, commune_id, year)]
    counts = _branch_counts(session)
    women: dict[str, int] = {
        unit_id: count for unit_id, count in session.execute(
            select(UnitPopulation.unit_id, UnitPopulation.women_18_plus)
            .where(UnitPopulation.year == year, live(UnitPopulation))
        )
    }
    details = {
        i: (code, name) for i, code, name in session.execute(
            select(Unit.id, Unit.code, Unit.name).where(Unit.level == UnitLevel.BRANCH)
        )
    }
    rows: list[CommuneBranchRow] = []
    for owner_id, owner_name, branch_id in session.execute(query):
        code, name = details[branch_id]
        members, active = counts.get(branch_id, (0, 0))
        rows.append(CommuneBranchRow(
            owner_id, owner_name,
            BranchRow(branch_id, code, name, members, active, women.get(branch_id)),
        ))
    return rows


def _branch_counts(session: Session) -> dict[str, tuple[int, int]]:
    """Return (members, active ordinary + automatic members) per branch, for every branch.

    Grouping a million members by branch while reading their kind and deletion mark
    costs ~0.8 s. Two cheaper queries give the same numbers: active members per branch,
    counted on the (branch, status) index alone, then the few active rows that are
    deleted or honorary, found in one plain pass ("branch_id || ''" keeps SQLite off the
    index, which would read every row at random) and subtracted.
    """
    active = Member.status == MemberStatus.ACTIVE
    counts = {
        branch_id: [int(count), int(count)]
        for branch_id, count in session.execute(
            select(Member.branch_id, func.count()).where(active).group_by(Member.branch_id)
        )
    }
    deleted = ~live(Member)
    counted = Member.kind.in_((MemberKind.ORDINARY, MemberKind.AUTOMATIC))
    branch = Member.branch_id.concat("")
    for branch_id, is_deleted, count in session.execute(
        select(branch, deleted, func.count())
        .where(active, or_(deleted, ~counted))
        .group_by(branch, deleted)
    ):
        row = counts.get(branch_id)
        if row is None:
            continue
        if is_deleted:
            row[0] -= int(count)
        row[1] -= int(count)
    return {
        branch_id: (members, active_count)
        for branch_id, (members, active_count) in counts.items()
        if branch_id is not None
    }
