"""Branches of a commune: listing with counts, creating, renaming, merging.

The gathering rate (tỷ lệ tập hợp) divides the active ordinary and automatic members by
the women aged 18+ living in the area; honorary members are counted apart, as the
Union's reports do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, case, func, select, update
from sqlalchemy.orm import Session

from db.errors import UserError
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
from db.text import clean_text, search_key, text_sort_key


@dataclass(frozen=True)
class BranchRow:
    """A branch with the numbers the branches page shows."""

    id: str
    code: str
    name: str
    members: int
    active_members: int
    women_18_plus: int | None

    @property
    def gathering_rate(self) -> float | None:
        """Return active ordinary and automatic members per woman aged 18+, in percent."""
        if not self.women_18_plus:
            return None
        return 100.0 * self.active_members / self.women_18_plus


def list_branches(session: Session, commune_id: str, year: int) -> list[BranchRow]:
    """Return the active branches of a commune, alphabetically, with their counts."""
    counted = (MemberKind.ORDINARY, MemberKind.AUTOMATIC)
    members = (
        select(
            Member.branch_id,
            func.count().label("members"),
            func.sum(
                case(
                    (
                        (Member.status == MemberStatus.ACTIVE) & Member.kind.in_(counted),
                        1,
                    ),
                    else_=0,
                )
            ).label("active"),
        )
        .where(Member.commune_id == commune_id, Member.deleted_at.is_(None))
        .group_by(Member.branch_id)
        .subquery()
    )
    population = (
        select(UnitPopulation.unit_id, UnitPopulation.women_18_plus)
        .where(UnitPopulation.year == year, UnitPopulation.deleted_at.is_(None))
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
            Unit.deleted_at.is_(None),
        )
        .order_by(Unit.sort_key)
    )
    return [
        BranchRow(i, code, name, int(total or 0), int(active or 0), women)
        for i, code, name, total, active, women in session.execute(query)
    ]


def _check_name(session: Session, commune_id: str, name: str, exclude: str | None) -> str:
    cleaned = clean_text(name)
    if not cleaned:
        raise UserError("Tên chi hội không được để trống.")
    if not cleaned.lower().startswith("chi hội"):
        cleaned = f"Chi hội {cleaned}"
    siblings = session.execute(
        select(Unit.id, Unit.name).where(
            Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True), Unit.deleted_at.is_(None),
        )
    ).all()
    for sibling_id, sibling_name in siblings:
        if sibling_id != exclude and search_key(sibling_name) == search_key(cleaned):
            raise UserError(f"Xã đã có {sibling_name}; hãy chọn tên khác.")
    return cleaned


def create_branch(session: Session, commune_id: str, name: str) -> str:
    """Create a branch under the commune; the name gets "Chi hội" in front if missing.

    Raises:
        UserError: the name is empty or already used in the commune.
    """
    cleaned = _check_name(session, commune_id, name, None)
    commune = session.get_one(Unit, commune_id)
    count = session.scalar(
        select(func.count()).select_from(Unit).where(Unit.parent_id == commune_id)
    ) or 0
    unit = Unit(
        owner_unit_id=commune_id,
        code=f"{commune.code}-{count + 1:02d}",
        name=cleaned,
        level=UnitLevel.BRANCH,
        parent_id=commune_id,
        official=False,
        sort_key=text_sort_key(cleaned.removeprefix("Chi hội ").strip()),
    )
    session.add(unit)
    session.flush()
    return unit.id


def rename_branch(session: Session, branch_id: str, name: str) -> None:
    """Rename a branch (members follow by key, nothing else changes).

    Raises:
        UserError: the name is empty or already used in the commune.
    """
    unit = session.get_one(Unit, branch_id)
    assert unit.parent_id is not None
    unit.name = _check_name(session, unit.parent_id, name, branch_id)
    unit.sort_key = text_sort_key(unit.name.removeprefix("Chi hội ").strip())
    session.flush()


def set_women_18_plus(session: Session, unit_id: str, year: int, count: int) -> None:
    """Record how many women aged 18+ live in the unit's area in a year.

    Raises:
        UserError: a negative count.
    """
    if count < 0:
        raise UserError("Số phụ nữ từ 18 tuổi không thể âm.")
    row = session.scalars(
        select(UnitPopulation).where(UnitPopulation.unit_id == unit_id,
                                     UnitPopulation.year == year)
    ).first()
    if row is None:
        owner = session.get_one(Unit, unit_id).owner_unit_id
        session.add(UnitPopulation(owner_unit_id=owner, unit_id=unit_id, year=year,
                                   women_18_plus=count))
    else:
        row.women_18_plus = count
    session.flush()


def merge_branches(
    session: Session, source_id: str, target_id: str, on: dt.date | None = None
) -> int:
    """Merge one branch into another: members move, the old branch is closed.

    Meetings stay with the old branch as its history; posts held in the old branch end
    on the merge date. All of it happens in the caller's single transaction.

    Returns:
        The number of members moved.

    Raises:
        UserError: merging a branch into itself or into another commune's branch.
    """
    if source_id == target_id:
        raise UserError("Không thể sáp nhập một chi hội vào chính nó.")
    source = session.get_one(Unit, source_id)
    target = session.get_one(Unit, target_id)
    if source.parent_id != target.parent_id:
        raise UserError("Chỉ sáp nhập được các chi hội trong cùng một xã.")
    day = on or dt.date.today()
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
