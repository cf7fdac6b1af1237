"""Branches: counts and gathering rate, names, women counts, merging."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.engine import Database
from db.errors import UserError
from db.members import MemberDraft, add_member, change_status
from db.models import Meeting, Member, MemberKind, MemberStatus, Post, Unit
from db.site import ensure_official_unit, get_site
from db.units import (
    BranchRow,
    PopulationConflictError,
    change_women_18_plus,
    clear_women_18_plus,
    create_branch,
    list_branches,
    merge_branches,
    rename_branch,
    set_women_18_plus,
    summarize_branches,
)

TODAY = dt.date(2026, 11, 25)
YEAR = 2026
OTHER_COMMUNE = "00004"  # Phường Ba Đình, Hà Nội


def commune_id(database: Database) -> str:
    with database.reading() as session:
        return get_site(session).unit_id


def new_branch(database: Database, name: str) -> str:
    with database.transaction() as session:
        return create_branch(session, get_site(session).unit_id, name)


def add(database: Database, branch_id: str, name: str, kind: str = MemberKind.ORDINARY,
        status: str = MemberStatus.ACTIVE) -> str:
    with database.transaction() as session:
        site = get_site(session)
        member_id = add_member(
            session, site.unit_id,
            MemberDraft(full_name=name, kind=kind, branch_id=branch_id,
                        joined_on=dt.date(2020, 1, 1)),
            TODAY,
        )
        if status == MemberStatus.TRANSFERRED:
            change_status(session, member_id, status, TODAY, destination="Xã Tân Lễ")
        elif status != MemberStatus.ACTIVE:
            change_status(session, member_id, status, TODAY)
        return member_id


def branches(database: Database, year: int = YEAR) -> dict[str, BranchRow]:
    with database.reading() as session:
        return {row.name: row for row in list_branches(session, commune_id(database), year)}


@pytest.fixture
def two_branches(commune_db: Database) -> tuple[str, str]:
    """Chi hội Đông: 3 counted + 1 honorary + 1 left + 1 deceased; Chi hội Tây: 2."""
    east = new_branch(commune_db, "Đông")
    west = new_branch(commune_db, "Chi hội Tây")
    add(commune_db, east, "Nguyễn Thị Lan")
    add(commune_db, east, "Trần Thị Hoa", kind=MemberKind.AUTOMATIC)
    add(commune_db, east, "Lê Thị Mai")
    add(commune_db, east, "Phạm Văn Hùng", kind=MemberKind.HONORARY)
    add(commune_db, east, "Đỗ Thị Huệ", status=MemberStatus.LEFT)
    add(commune_db, east, "Vũ Thị Nga", status=MemberStatus.DECEASED)
    add(commune_db, west, "Hoàng Thị Thu")
    add(commune_db, west, "Bùi Thị Yến", status=MemberStatus.TRANSFERRED)
    add(commune_db, west, "Ngô Thị Hạnh", kind=MemberKind.AUTOMATIC)
    return east, west


def test_counts_and_rate_of_a_hand_made_commune(
    commune_db: Database, two_branches: tuple[str, str]
) -> None:
    east, west = two_branches
    with commune_db.transaction() as session:
        set_women_18_plus(session, east, YEAR, 4)
        set_women_18_plus(session, west, YEAR - 1, 10)  # another year: not this one's
    rows = branches(commune_db)
    assert list(rows) == ["Chi hội Đông", "Chi hội Tây"]
    assert (rows["Chi hội Đông"].members, rows["Chi hội Đông"].active_members) == (4, 3)
    assert rows["Chi hội Đông"].women_18_plus == 4
    assert rows["Chi hội Đông"].gathering_rate == pytest.approx(75.0)
    assert (rows["Chi hội Tây"].members, rows["Chi hội Tây"].active_members) == (2, 2)
    assert rows["Chi hội Tây"].women_18_plus is None
    assert rows["Chi hội Tây"].gathering_rate is None
    assert branches(commune_db, YEAR - 1)["Chi hội Tây"].gathering_rate == pytest.approx(20.0)


def test_summary_counts_only_branches_with_a_women_count(
    commune_db: Database, two_branches: tuple[str, str]
) -> None:
    east, west = two_branches
    summary = summarize_branches(list(branches(commune_db).values()))
    assert (summary.branches, summary.members, summary.active_members) == (2, 6, 5)
    assert summary.gathering_rate is None and not summary.complete
    with commune_db.transaction() as session:
        set_women_18_plus(session, east, YEAR, 6)
    summary = summarize_branches(list(branches(commune_db).values()))
    assert summary.gathering_rate == pytest.approx(50.0)  # 3 of 6; Tây left out
    assert (summary.counted_branches, summary.complete) == (1, False)
    with commune_db.transaction() as session:
        set_women_18_plus(session, west, YEAR, 4)
    summary = summarize_branches(list(branches(commune_db).values()))
    assert summary.gathering_rate == pytest.approx(50.0)  # 5 of 10
    assert summary.complete


def test_women_count_can_be_changed_cleared_and_entered_again(
    commune_db: Database, two_branches: tuple[str, str]
) -> None:
    east, _ = two_branches
    with commune_db.transaction() as session:
        set_women_18_plus(session, east, YEAR, 5)
    with commune_db.transaction() as session:
        set_women_18_plus(session, east, YEAR, 6)
    assert branches(commune_db)["Chi hội Đông"].women_18_plus == 6
    with commune_db.transaction() as session:
        clear_women_18_plus(session, east, YEAR)
    assert branches(commune_db)["Chi hội Đông"].women_18_plus is None
    with commune_db.transaction() as session:
        set_women_18_plus(session, east, YEAR, 3)
    assert branches(commune_db)["Chi hội Đông"].gathering_rate == pytest.approx(100.0)
    with pytest.raises(UserError, match="âm"), commune_db.transaction() as session:
        set_women_18_plus(session, east, YEAR, -1)


def test_names_get_one_prefix_and_duplicates_are_refused(commune_db: Database) -> None:
    first = new_branch(commune_db, "  thôn   Nam ")
    second = new_branch(commune_db, "chi hoi Thôn Bắc")
    assert list(branches(commune_db)) == ["Chi hội Thôn Bắc", "Chi hội thôn Nam"]
    with pytest.raises(UserError, match="Chi hội thôn Nam"):
        new_branch(commune_db, "Thon nam")
    with pytest.raises(UserError, match="trống"):
        new_branch(commune_db, "Chi hội ")
    with pytest.raises(UserError, match="Chi hội thôn Nam"), \
            commune_db.transaction() as session:
        rename_branch(session, second, "Chi hội THÔN NAM")
    with commune_db.transaction() as session:
        rename_branch(session, first, "Thôn Nam 1")  # renaming to a new name is fine
        rename_branch(session, second, "Thôn Bắc")  # and keeping one's own name too
    assert sorted(branches(commune_db)) == ["Chi hội Thôn Bắc", "Chi hội Thôn Nam 1"]
    with commune_db.reading() as session:
        codes = set(session.scalars(select(Unit.code).where(Unit.id.in_([first, second]))))
    assert len(codes) == 2


def test_merge_moves_members_closes_the_branch_and_ends_its_posts(
    commune_db: Database, two_branches: tuple[str, str]
) -> None:
    east, west = two_branches
    commune = commune_id(commune_db)
    with commune_db.transaction() as session:
        someone = session.scalars(select(Member.id).where(Member.branch_id == west)).first()
        assert someone is not None
        session.add(Post(owner_unit_id=commune, member_id=someone, unit_id=west,
                         title="branch_head", start_on=dt.date(2022, 1, 1)))
        session.add(Post(owner_unit_id=commune, member_id=someone, unit_id=west,
                         title="branch_deputy", start_on=dt.date(2020, 1, 1),
                         end_on=dt.date(2021, 6, 30)))
        session.add(Meeting(owner_unit_id=commune, unit_id=west, held_on=dt.date(2026, 3, 8)))
    with commune_db.transaction() as session:
        moved = merge_branches(session, west, east, on=TODAY)
    assert moved == 3  # everyone on the list, the transferred member's record too
    rows = branches(commune_db)
    assert list(rows) == ["Chi hội Đông"]
    assert (rows["Chi hội Đông"].members, rows["Chi hội Đông"].active_members) == (6, 5)
    with commune_db.reading() as session:
        closed = session.get_one(Unit, west)
        assert (closed.active, closed.merged_into_id, closed.merged_on) == (False, east, TODAY)
        ends = sorted(str(p.end_on) for p in session.scalars(select(Post)))
        assert ends == ["2021-06-30", str(TODAY)]  # an ended post keeps its own date
        meeting = session.scalars(select(Meeting)).one()
        assert meeting.unit_id == west  # the old branch's history stays its own
        left = session.scalars(select(Member).where(Member.branch_id == west)).all()
        assert left == []


def test_merge_is_one_transaction(
    commune_db: Database, two_branches: tuple[str, str]
) -> None:
    east, west = two_branches
    with pytest.raises(RuntimeError), commune_db.transaction() as session:
        merge_branches(session, west, east, on=TODAY)
        raise RuntimeError("power cut")
    rows = branches(commune_db)
    assert rows["Chi hội Tây"].members == 2 and rows["Chi hội Đông"].members == 4


def test_merge_refuses_itself_other_communes_and_closed_branches(
    commune_db: Database, two_branches: tuple[str, str]
) -> None:
    east, west = two_branches
    with pytest.raises(UserError, match="chính nó"), commune_db.transaction() as session:
        merge_branches(session, east, east)
    with commune_db.transaction() as session:
        other = ensure_official_unit(session, OTHER_COMMUNE).id
        foreign = create_branch(session, other, "Tổ dân phố 1")
    with pytest.raises(UserError, match="cùng một xã"), commune_db.transaction() as session:
        merge_branches(session, east, foreign)
    with pytest.raises(UserError, match="cùng một xã"), commune_db.transaction() as session:
        merge_branches(session, foreign, west)
    with pytest.raises(UserError, match="không phải là chi hội"), \
            commune_db.transaction() as session:
        merge_branches(session, east, commune_id(commune_db))
    with commune_db.transaction() as session:
        merge_branches(session, west, east, on=TODAY)
    with pytest.raises(UserError, match="đã được sáp nhập"), \
            commune_db.transaction() as session:
        merge_branches(session, east, west)
    assert branches(commune_db)["Chi hội Đông"].members == 6


def test_a_women_count_is_refused_only_when_it_moved_on(commune_db: Database) -> None:
    east = new_branch(commune_db, "Đông")
    with commune_db.transaction() as session:
        change_women_18_plus(session, east, YEAR, 500, was=None)
        change_women_18_plus(session, east, YEAR, 500, was=None)  # the same change twice
    with pytest.raises(PopulationConflictError) as caught, \
            commune_db.transaction() as session:
        change_women_18_plus(session, east, YEAR, 620, was=None)  # 500 was typed meanwhile
    assert caught.value.stored == 500
    with commune_db.transaction() as session:
        change_women_18_plus(session, east, YEAR, None, was=500)
    with commune_db.reading() as session:
        rows = {row.id: row for row in list_branches(session, commune_id(commune_db), YEAR)}
    assert rows[east].women_18_plus is None
