"""The overview numbers, checked against a small commune whose answers are known by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import update

from db.engine import Database
from db.members import AGE_GROUPS, MemberDraft, MemberFilter, add_member, change_status
from db.models import Member, MemberStatusEvent, Unit, UnitLevel, utc_now
from db.overview import UNKNOWN_AGE, Overview, commune_overview
from db.site import get_site
from db.units import create_branch, list_branches, merge_branches, set_women_18_plus

TODAY = dt.date(2026, 11, 25)


@dataclass(frozen=True)
class Commune:
    id: str
    branches: dict[str, str]
    members: dict[str, str]


def d(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


@pytest.fixture
def commune(commune_db: Database) -> Commune:
    """Nine members whose 2025 and 2026 numbers are worked out in the tests' comments.

    | who  | kind      | born | joined     | history                                       |
    |------|-----------|------|------------|-----------------------------------------------|
    | Lan  | ordinary  | 1990 | 2026-03-01 | active                                        |
    | Mai  | ordinary  | 2000 | 2020-05-01 | active                                        |
    | Hoa  | automatic | 1960 | 2010-01-01 | active                                        |
    | Nam  | honorary  | 1950 | 2015-01-01 | active (a man)                                |
    | Cúc  | ordinary  |  ?   | 2018-01-01 | active                                        |
    | Đào  | ordinary  | 1970 | 2019-01-01 | transferred 2026-06-01                        |
    | Huệ  | ordinary  | 1940 | 2000-01-01 | deceased 2025-08-01                           |
    | Sen  | ordinary  | 1985 | 2026-02-01 | left 2026-09-01                               |
    | Thu  | ordinary  | 1980 | 2017-01-01 | transferred 2025-03-01, back 2025-10-01,      |
    |      |           |      |            | left 2026-04-01                               |
    | Xóa  | ordinary  | 1990 | 2026-01-01 | deleted (a tombstone: counted nowhere)        |
    """
    people = [
        ("Nguyễn Thị Lan", "ordinary", "1990", d(2026, 3, 1), "A", "female"),
        ("Trần Thị Mai", "ordinary", "2000", d(2020, 5, 1), "A", "female"),
        ("Lê Thị Hoa", "automatic", "1960", d(2010, 1, 1), "B", "female"),
        ("Phạm Văn Nam", "honorary", "1950", d(2015, 1, 1), "B", "male"),
        ("Đỗ Thị Cúc", "ordinary", "", d(2018, 1, 1), "C", "female"),
        ("Vũ Thị Đào", "ordinary", "1970", d(2019, 1, 1), "A", "female"),
        ("Hoàng Thị Huệ", "ordinary", "1940", d(2000, 1, 1), "B", "female"),
        ("Bùi Thị Sen", "ordinary", "1985", d(2026, 2, 1), "C", "female"),
        ("Đặng Thị Thu", "ordinary", "1980", d(2017, 1, 1), "A", "female"),
        ("Ngô Thị Xóa", "ordinary", "1990", d(2026, 1, 1), "A", "female"),
    ]
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        branches = {key: create_branch(session, commune_id, f"Thôn {key}") for key in "ABC"}
        set_women_18_plus(session, branches["A"], 2026, 100)
        set_women_18_plus(session, branches["B"], 2026, 60)
        set_women_18_plus(session, branches["A"], 2025, 90)
        members = {}
        for name, kind, born, joined, branch, gender in people:
            draft = MemberDraft(full_name=name, kind=kind, birth_date=born, joined_on=joined,
                                branch_id=branches[branch], gender=gender)
            members[name.split()[-1]] = add_member(session, commune_id, draft, TODAY)
        change_status(session, members["Đào"], "transferred", d(2026, 6, 1),
                      destination="Xã Tiên Hưng")
        change_status(session, members["Huệ"], "deceased", d(2025, 8, 1))
        change_status(session, members["Sen"], "left", d(2026, 9, 1))
        change_status(session, members["Thu"], "transferred", d(2025, 3, 1),
                      destination="Xã Tiên Hưng")
        change_status(session, members["Thu"], "active", d(2025, 10, 1), reason="Trở về")
        change_status(session, members["Thu"], "left", d(2026, 4, 1))
        session.execute(
            update(Member).where(Member.id == members["Xóa"]).values(deleted_at=utc_now())
        )
    return Commune(commune_id, branches, members)


def overview(database: Database, commune_id: str | None, year: int) -> Overview:
    with database.reading() as session:
        return commune_overview(session, commune_id, year, TODAY)


def counts(groups: tuple) -> dict[str, int]:  # type: ignore[type-arg]
    return {group.key: group.count for group in groups}


def test_this_year(commune_db: Database, commune: Commune) -> None:
    result = overview(commune_db, commune.id, 2026)
    assert result.year == 2026
    assert result.as_of == TODAY
    assert result.members_total == 9  # the deleted one is not in the register
    assert result.active_members == 5  # Lan, Mai, Hoa, Nam, Cúc
    assert result.joined_this_year == 2  # Lan, Sen (Xóa is deleted)
    assert result.left_this_year == 3  # Đào, Sen, Thu
    assert counts(result.departures) == {"transferred": 1, "left": 2, "deceased": 0}
    assert counts(result.by_kind) == {"ordinary": 3, "automatic": 1, "honorary": 1}
    # Ages reached in 2026: Mai 26, Lan 36, Hoa 66, Nam 76; Cúc's birth is unknown.
    assert counts(result.by_age_group) == {
        "18-30": 1, "31-45": 1, "46-60": 0, "61-75": 1, "76+": 1, UNKNOWN_AGE: 1,
    }
    assert result.gathered_members == 4  # honorary Nam counted apart
    assert result.women_18_plus == 160  # A 100 + B 60; C has no figure
    assert result.branches_with_women == 2
    assert result.branches == 3
    assert result.gathering_rate == pytest.approx(2.5)


def test_a_past_year_is_seen_as_on_31_december(commune_db: Database, commune: Commune) -> None:
    result = overview(commune_db, commune.id, 2025)
    assert result.as_of == d(2025, 12, 31)
    assert result.members_total == 9
    # Active then: Mai, Hoa, Nam, Cúc, Đào (left in 2026), Thu (back in October 2025).
    # Not Lan and Sen (joined 2026), not Huệ (died 2025).
    assert result.active_members == 6
    assert result.joined_this_year == 0
    assert result.left_this_year == 2  # Huệ died, Thu transferred (and came back)
    assert counts(result.departures) == {"transferred": 1, "left": 0, "deceased": 1}
    assert counts(result.by_kind) == {"ordinary": 4, "automatic": 1, "honorary": 1}
    # Ages reached in 2025: Mai 25, Thu 45, Đào 55, Hoa 65, Nam 75.
    assert counts(result.by_age_group) == {
        "18-30": 1, "31-45": 1, "46-60": 1, "61-75": 2, "76+": 0, UNKNOWN_AGE: 1,
    }
    assert result.gathered_members == 5
    assert result.women_18_plus == 90
    assert result.branches_with_women == 1
    assert result.gathering_rate == pytest.approx(100 * 5 / 90)


def test_a_year_without_women_figures_has_no_rate(commune_db: Database, commune: Commune) -> None:
    result = overview(commune_db, commune.id, 2024)
    assert result.women_18_plus is None
    assert result.branches_with_women == 0
    assert result.gathering_rate is None
    assert result.left_this_year == 0
    # End of 2024: Mai, Hoa, Nam, Cúc, Đào, Huệ, Thu.
    assert result.active_members == 7


def test_zero_women_gives_no_rate_rather_than_a_division_error(
    commune_db: Database, commune: Commune
) -> None:
    with commune_db.transaction() as session:
        set_women_18_plus(session, commune.branches["C"], 2023, 0)
    result = overview(commune_db, commune.id, 2023)
    assert result.women_18_plus == 0
    assert result.gathering_rate is None


def test_labels_and_order_are_stable(commune_db: Database, commune: Commune) -> None:
    result = overview(commune_db, commune.id, 2026)
    assert [g.label for g in result.by_kind] == ["Thường", "Đương nhiên", "Danh dự"]
    assert [g.key for g in result.by_age_group] == [*AGE_GROUPS, UNKNOWN_AGE]
    assert [g.label for g in result.by_age_group] == [
        "18–30 tuổi", "31–45 tuổi", "46–60 tuổi", "61–75 tuổi", "Từ 76 tuổi", "Không rõ tuổi",
    ]
    assert [g.label for g in result.departures] == ["Chuyển sinh hoạt", "Ra khỏi Hội", "Từ trần"]


def test_empty_commune(commune_db: Database) -> None:
    with commune_db.reading() as session:
        commune_id = get_site(session).unit_id
    result = overview(commune_db, commune_id, 2026)
    assert (result.members_total, result.active_members, result.joined_this_year,
            result.left_this_year, result.branches) == (0, 0, 0, 0, 0)
    assert sum(counts(result.by_kind).values()) == 0
    assert len(result.by_age_group) == len(AGE_GROUPS) + 1
    assert result.women_18_plus is None and result.gathering_rate is None


def test_other_communes_are_apart_unless_all_are_asked(
    commune_db: Database, commune: Commune
) -> None:
    with commune_db.transaction() as session:
        other = Unit(owner_unit_id=commune.id, code="99999", name="Xã Khác",
                     level=UnitLevel.COMMUNE)
        session.add(other)
        session.flush()
        branch = create_branch(session, other.id, "Thôn Đông")
        set_women_18_plus(session, branch, 2026, 40)
        add_member(session, other.id, MemberDraft(full_name="Lý Thị Ngọc", birth_date="1995",
                                                  joined_on=d(2026, 5, 5)), TODAY)
    own = overview(commune_db, commune.id, 2026)
    every = overview(commune_db, None, 2026)
    assert own.active_members == 5
    assert every.active_members == 6
    assert every.members_total == 10
    assert every.joined_this_year == 3
    assert every.women_18_plus == 200
    assert every.branches == 4


def test_a_merged_branch_counts_for_the_years_before_the_merger(
    commune_db: Database, commune: Commune
) -> None:
    with commune_db.transaction() as session:
        set_women_18_plus(session, commune.branches["C"], 2025, 30)
        merge_branches(session, commune.branches["C"], commune.branches["A"], d(2026, 5, 1))
    this_year = overview(commune_db, commune.id, 2026)
    last_year = overview(commune_db, commune.id, 2025)
    assert this_year.branches == 2
    assert last_year.branches == 3
    assert last_year.women_18_plus == 120  # A 90 + C 30


def test_members_without_history_keep_their_status_in_past_years(
    commune_db: Database, commune: Commune
) -> None:
    # Old imports may carry a status but no dated events.
    with commune_db.transaction() as session:
        session.execute(
            update(MemberStatusEvent)
            .where(MemberStatusEvent.member_id == commune.members["Mai"])
            .values(deleted_at=utc_now())
        )
    assert overview(commune_db, commune.id, 2025).active_members == 6
    assert overview(commune_db, commune.id, 2019).active_members == 6  # Mai joined 2020
    assert overview(commune_db, commune.id, 2020).active_members == 7


def test_demo_groups_add_up(demo_db: Database) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
        from db.members import count_members

        listed_active = count_members(session, MemberFilter(status="active"))
        branches = list_branches(session, site.unit_id, 2026)
        for year in (2026, 2025):
            result = commune_overview(session, site.unit_id, year, TODAY)
            assert sum(counts(result.by_kind).values()) == result.active_members
            assert sum(counts(result.by_age_group).values()) == result.active_members
            assert result.left_this_year <= sum(counts(result.departures).values())
            assert result.members_total == 1200
            assert 0 < result.active_members < result.members_total
        current = commune_overview(session, site.unit_id, 2026, TODAY)
    # The same definitions as the members list and the branches page.
    assert current.active_members == listed_active
    assert current.gathered_members == sum(b.active_members for b in branches)
    assert current.women_18_plus == sum(b.women_18_plus or 0 for b in branches)
    assert current.branches == len(branches)
    assert current.gathering_rate is not None and 50 < current.gathering_rate <= 100
