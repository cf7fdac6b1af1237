"""The Đề án 1893 report over a hand-made commune whose answers are known.

Xã Hưng Hà gets two branches and eight people:

==  ========================  ===============================================
A   Chủ tịch, chuyên trách    K1 (topic NVCTH) + K2 (no topic): 2 lượt, 1 người
B   Phó Chủ tịch              K1; certificate for K1 (NVCTH)
C   Phó Chủ tịch, chuyên trách K1 not completed; union_work rank 0
D   Chi hội trưởng (Thôn 1)   K1; its certificate revoked
E   Chi hội trưởng (Thôn 2)   K2 only (no topic); union_work rank 2
F   Chi hội phó (Thôn 1)      only a cancelled course and a 2025 course
G   Chi hội trưởng until 2025 not an officer in 2026
H   plain member
==  ========================  ===============================================
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from db.engine import Database
from db.members import MemberDraft, add_member
from db.models import (
    Certificate,
    Course,
    CourseTopic,
    FundingLine,
    Participation,
    Post,
    Qualification,
    Target,
    Topic,
)
from db.site import get_site
from db.targets import (
    InvalidTargetError,
    TargetEdit,
    TargetsConflictError,
    TargetsReport,
    clear_target,
    save_target,
    save_targets,
    targets_for_year,
    targets_report,
    untrained_officers,
)
from db.units import create_branch

TODAY = dt.date(2026, 11, 25)
YEAR = 2026


@dataclass(frozen=True)
class World:
    commune_id: str
    parent_id: str
    ids: dict[str, str]


def _course(session, owner: str, title: str, end: dt.date, topics: list[str],  # type: ignore[no-untyped-def]
            status: str = "finished") -> str:
    course = Course(owner_unit_id=owner, organiser_unit_id=owner, title=title,
                    start_on=end - dt.timedelta(days=1), end_on=end, sessions=2, status=status)
    session.add(course)
    session.flush()
    for code in topics:
        topic_id = session.scalars(select(Topic.id).where(Topic.code == code)).one()
        session.add(CourseTopic(owner_unit_id=owner, course_id=course.id, topic_id=topic_id))
    return course.id


def _attend(session, owner: str, course_id: str, member_id: str,  # type: ignore[no-untyped-def]
            completed: bool = True) -> str:
    participation = Participation(owner_unit_id=owner, course_id=course_id, member_id=member_id,
                                  person_name="x", completed=completed)
    session.add(participation)
    session.flush()
    return participation.id


_SEQUENCE = iter(range(1, 1000))


def _certify(session, issuer: str, participation_id: str,  # type: ignore[no-untyped-def]
             revoked: bool = False) -> None:
    number = next(_SEQUENCE)
    session.add(Certificate(
        owner_unit_id=issuer, participation_id=participation_id, issuer_unit_id=issuer,
        year=YEAR, sequence=number, number=f"{number:03d}/GCN",
        verification_code=f"CODE{number:06d}", snapshot={}, issued_on=dt.date(2026, 5, 10),
        signer_title="CHỦ TỊCH", signer_name="Nguyễn Thị Hương",
        revoked_on=dt.date(2026, 6, 1) if revoked else None,
    ))


@pytest.fixture
def world(commune_db: Database) -> World:
    with commune_db.transaction() as session:
        site = get_site(session)
        commune, parent = site.unit_id, site.parent_unit_id
        assert parent is not None
        # The published defaults for the year, whatever the clock said at set-up.
        for category, metric in (("full_time", "trained_any"), ("chair", "trained_any"),
                                 ("vice_chair", "trained_topic"),
                                 ("branch_head", "trained_topic")):
            save_target(session, YEAR, category, metric, 100, "", owner_unit_id=parent)
        thon1 = create_branch(session, commune, "Thôn 1")
        thon2 = create_branch(session, commune, "Thôn 2")
        names = {"A": ("Nguyễn Thị An", thon1), "B": ("Đỗ Thị Bình", thon1),
                 "C": ("Lê Thị Cúc", thon2), "D": ("Vũ Thị Dung", thon1),
                 "E": ("Trần Thị Én", thon2), "F": ("Phạm Thị Hoa", thon1),
                 "G": ("Hà Thị Gấm", thon2), "H": ("Mai Thị Hạnh", thon2)}
        ids = {
            key: add_member(session, commune, MemberDraft(full_name=name, birth_date="1980",
                                                          branch_id=branch), TODAY)
            for key, (name, branch) in names.items()
        }

        def post(key: str, unit: str, title: str, full_time: bool = False,
                 end: dt.date | None = None) -> None:
            session.add(Post(owner_unit_id=commune, member_id=ids[key], unit_id=unit,
                             title=title, employment="full_time" if full_time else "part_time",
                             start_on=dt.date(2021, 10, 1), end_on=end))

        post("A", commune, "chair", full_time=True)
        post("B", commune, "vice_chair")
        post("C", commune, "vice_chair", full_time=True)
        post("D", thon1, "branch_head")
        post("E", thon2, "branch_head")
        post("F", thon1, "branch_deputy")
        post("G", thon2, "branch_head", end=dt.date(2025, 12, 31))

        def qualify(key: str, kind: str, rank: int) -> None:
            session.add(Qualification(owner_unit_id=commune, member_id=ids[key], kind=kind,
                                      level=str(rank), rank=rank))

        for kind, rank in (("education", 12), ("professional", 4), ("political_theory", 2),
                           ("state_management", 1), ("it", 1), ("union_work", 1)):
            qualify("A", kind, rank)
        for kind, rank in (("education", 12), ("professional", 2), ("political_theory", 1)):
            qualify("B", kind, rank)
        for kind, rank in (("education", 12), ("professional", 1), ("political_theory", 1),
                           ("union_work", 0)):
            qualify("C", kind, rank)
        qualify("D", "education", 6)
        qualify("D", "education", 9)
        qualify("E", "education", 12)
        qualify("E", "union_work", 2)

        k1 = _course(session, parent, "Bồi dưỡng nghiệp vụ", dt.date(2026, 5, 10), ["NVCTH"])
        k2 = _course(session, commune, "Hội nghị cập nhật", dt.date(2026, 9, 1), [])
        k3 = _course(session, commune, "Lớp bị hủy", dt.date(2026, 10, 1), ["KNTM"],
                     status="cancelled")
        k4 = _course(session, commune, "Lớp năm trước", dt.date(2025, 6, 1), ["KNTM"])
        _attend(session, parent, k1, ids["A"])
        _certify(session, parent, _attend(session, parent, k1, ids["B"]))
        _attend(session, parent, k1, ids["C"], completed=False)
        _certify(session, parent, _attend(session, parent, k1, ids["D"]), revoked=True)
        _attend(session, commune, k2, ids["A"])
        _certify(session, commune, _attend(session, commune, k2, ids["E"]))
        _attend(session, commune, k3, ids["F"])
        _attend(session, commune, k4, ids["F"])
        for course, source, amount in (
            (k2, "state_budget", 3_000_000), (k2, "union", 500_000),
            (k2, "socialized", 200_000), (k2, "gift", 100_000),
            (k3, "state_budget", 9_000_000), (k4, "union", 7_000_000),
            (k1, "state_budget", 40_000_000),  # organised by the province, not the commune
        ):
            session.add(FundingLine(owner_unit_id=commune, course_id=course, source=source,
                                    amount=amount))
    return World(commune, parent, ids)


def report(database: Database, commune_id: str | None, year: int = YEAR) -> TargetsReport:
    with database.reading() as session:
        return targets_report(session, commune_id, year, TODAY)


def by_category(items):  # type: ignore[no-untyped-def]
    return {item.category: item for item in items}


def test_people_trained_and_participations_per_category(commune_db: Database, world: World) -> None:
    got = by_category(report(commune_db, world.commune_id).categories)
    summary = {
        c: (p.people, p.trained_people, p.participations, p.metric)
        for c, p in got.items()
    }
    assert summary == {
        "full_time": (2, 1, 2, "trained_any"),  # A twice (2 lượt, 1 người), C not completed
        "chair": (1, 1, 2, "trained_any"),
        "vice_chair": (2, 1, 1, "trained_topic"),  # B by topic; C not completed
        "branch_head": (2, 1, 1, "trained_topic"),  # D by topic; E's course had no topic; G gone
        "branch_deputy": (1, 0, 0, "trained_any"),  # F: cancelled course, last year's course
    }
    assert got["full_time"].share == 50.0 and got["full_time"].target == 100
    assert got["full_time"].met is False
    assert got["chair"].share == 100.0 and got["chair"].met is True
    assert got["branch_deputy"].target is None and got["branch_deputy"].met is None


def test_certificate_holders_both_ways(commune_db: Database, world: World) -> None:
    got = by_category(report(commune_db, world.commune_id).certificates)
    assert {c: (p.people, p.holders) for c, p in got.items()} == {
        "full_time": (2, 1),  # A by qualification; C's rank 0 does not count
        "chair": (1, 1),
        "vice_chair": (2, 1),  # B by an NVCTH certificate
        "branch_head": (2, 1),  # E by qualification; D's certificate is revoked
        "branch_deputy": (1, 0),
    }
    assert got["full_time"].target_2030 == 100
    assert got["vice_chair"].target_2030 == 50 and got["vice_chair"].share == 50.0
    assert got["chair"].target_2030 is None


def test_title_standards(commune_db: Database, world: World) -> None:
    got = by_category(report(commune_db, world.commune_id).standards)
    assert {c: (p.people, p.meeting) for c, p in got.items()} == {
        "full_time": (2, 1),  # A meets the chair's rules; C lacks the professional level
        "chair": (1, 1),
        "vice_chair": (2, 1),
        "branch_head": (2, 1),  # D has no union_work; her best education (9) is enough
        "branch_deputy": (0, 0),  # no rules for the title: not counted
    }
    assert got["branch_deputy"].share is None


def test_funding_by_source_and_totals(commune_db: Database, world: World) -> None:
    result = report(commune_db, world.commune_id)
    assert [(line.label, line.amount) for line in result.funding] == [
        ("Ngân sách nhà nước", 3_000_000), ("Kinh phí Hội", 500_000),
        ("Xã hội hóa", 200_000), ("Khác", 100_000),
    ]
    assert result.funding_total == 3_800_000
    assert (result.total_participations, result.total_people) == (5, 4)
    assert result.commune_name == "Hội LHPN xã Hưng Hà"
    assert result.as_of == TODAY


def test_past_year_counts_officers_at_its_end(commune_db: Database, world: World) -> None:
    got = by_category(report(commune_db, world.commune_id, 2025).categories)
    assert got["branch_head"].people == 3  # G still held her post on 31/12/2025
    assert got["branch_deputy"].trained_people == 1  # F's 2025 course (it had a topic)
    assert report(commune_db, world.commune_id, 2025).funding[1].amount == 7_000_000


def test_whole_database_matches_the_only_commune(commune_db: Database, world: World) -> None:
    one = report(commune_db, world.commune_id)
    everything = report(commune_db, None)
    assert everything.categories == one.categories
    assert everything.certificates == one.certificates
    assert everything.funding == one.funding


def test_untrained_officers_in_vietnamese_order(commune_db: Database, world: World) -> None:
    with commune_db.reading() as session:
        rows = untrained_officers(session, world.commune_id, YEAR, TODAY)
    assert [(r.full_name, r.categories, r.branch) for r in rows] == [
        ("Lê Thị Cúc", ("Cán bộ chuyên trách", "Phó Chủ tịch Hội LHPN cơ sở"), "Chi hội Thôn 2"),
        ("Trần Thị Én", ("Chi hội trưởng",), "Chi hội Thôn 2"),
        ("Phạm Thị Hoa", ("Chi hội phó",), "Chi hội Thôn 1"),
    ]
    assert rows[0].member_id == world.ids["C"] and rows[0].birth_date == "1980"


def test_commune_edits_its_own_copy_of_a_target(commune_db: Database, world: World) -> None:
    with commune_db.transaction() as session:
        save_target(session, YEAR, "full_time", "trained_any", 40, "Mục tiêu riêng của xã")
    got = by_category(report(commune_db, world.commune_id).categories)
    assert got["full_time"].target == 40 and got["full_time"].met is True
    with commune_db.reading() as session:
        rows = {(t.category, t.metric): t for t in targets_for_year(session, YEAR)}
        published = session.scalars(select(Target.value).where(
            Target.owner_unit_id == world.parent_id, Target.year == YEAR,
            Target.category == "full_time")).one()
    assert rows[("full_time", "trained_any")].own is True
    assert rows[("full_time", "trained_any")].description == "Mục tiêu riêng của xã"
    assert rows[("chair", "trained_any")].own is False
    assert published == 100  # the upper level's row is not touched
    # Editing again updates the same row; clearing it brings the published goal back.
    with commune_db.transaction() as session:
        save_target(session, YEAR, "full_time", "trained_any", 60, "")
    with commune_db.reading() as session:
        rows = {(t.category, t.metric): t for t in targets_for_year(session, YEAR)}
        copies = session.scalars(select(Target).where(
            Target.owner_unit_id == world.commune_id)).all()
    assert rows[("full_time", "trained_any")].value == 60
    assert rows[("full_time", "trained_any")].description == "Mục tiêu riêng của xã"
    assert len(copies) == 1
    with commune_db.transaction() as session:
        assert clear_target(session, YEAR, "full_time", "trained_any") is True
    assert by_category(report(commune_db, world.commune_id).categories)["full_time"].target == 100


def test_goals_changed_elsewhere_meanwhile_are_not_overwritten(
    commune_db: Database, world: World
) -> None:
    def edit(category: str, value: int, seen: int | None) -> TargetEdit:
        return TargetEdit(YEAR, category, "trained_any", value, "", seen)

    with commune_db.reading() as session:
        opened = {t.category: t.value for t in targets_for_year(session, YEAR)
                  if t.metric == "trained_any"}
    # Another staff member saves the full-time goal first.
    with commune_db.transaction() as session:
        save_targets(session, [edit("full_time", 70, opened["full_time"])])
    with pytest.raises(TargetsConflictError) as caught, commune_db.transaction() as session:
        save_targets(session, [edit("chair", 90, opened["chair"]),
                               edit("full_time", 50, opened["full_time"])])
    assert caught.value.stored == {(YEAR, "full_time", "trained_any"): 70}
    with commune_db.reading() as session:
        now = {t.category: t.value for t in targets_for_year(session, YEAR)
               if t.metric == "trained_any"}
    assert now["chair"] == opened["chair"]  # all or nothing
    # The same value as the one stored is no conflict; answering the stored one writes.
    with commune_db.transaction() as session:
        save_targets(session, [edit("chair", 90, opened["chair"]),
                               edit("full_time", 50, 70)])
    with commune_db.reading() as session:
        now = {t.category: t.value for t in targets_for_year(session, YEAR)
               if t.metric == "trained_any"}
    assert (now["chair"], now["full_time"]) == (90, 50)


def test_a_new_goal_for_a_category_without_one(commune_db: Database, world: World) -> None:
    with commune_db.transaction() as session:
        save_target(session, YEAR, "branch_deputy", "trained_topic", 80, "")
    got = by_category(report(commune_db, world.commune_id).categories)["branch_deputy"]
    assert (got.metric, got.target, got.met) == ("trained_topic", 80, False)


def test_bad_targets_are_refused_with_a_message_per_field(
    commune_db: Database, world: World
) -> None:
    with commune_db.transaction() as session, pytest.raises(InvalidTargetError) as caught:
        save_target(session, 1890, "mayor", "trained_any", 120, "")
    assert set(caught.value.errors) == {"year", "category", "value"}
    assert "0 đến 100" in caught.value.errors["value"]
    with commune_db.reading() as session:
        assert all(t.value == 100 for t in targets_for_year(session, YEAR))


def test_yearly_targets_carry_over_to_later_years(commune_db) -> None:  # type: ignore[no-untyped-def]
    from db.targets import targets_for_year

    with commune_db.reading() as session:
        seeded = {(t.category, t.metric): t.value for t in targets_for_year(session, 2026)}
        later = {(t.category, t.metric): t.value for t in targets_for_year(session, 2029)}
    assert seeded and later == seeded
