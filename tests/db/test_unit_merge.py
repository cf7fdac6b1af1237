"""Merging three demo communes at the upper level, splitting one, and the handover.

Everything is real: demo registers sent up as signed, encrypted packages, the merge in
the upper level's SQLite file, the new commune's office started from its enrollment
file and the handover package.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.certificates import verify
from db.communes import commune_status
from db.engine import Database, open_database
from db.errors import UserError
from db.members import name_columns
from db.models import Certificate, Member, Unit
from db.overview import commune_overview
from db.rules import live
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.export import export_package
from db.sync.handover import import_handover, write_handover
from db.sync.importer import import_package
from db.targets import targets_report
from db.unit_merge import (
    DIFFERENT,
    SAME,
    merge_communes,
    plan_merge,
    plan_split,
    split_commune,
)
from tests.server_support import NewRegister
from tests.sync_support import NOW, build_province, content_digest

OLD = ("12586", "12499", "13021")
NEW = "12745"
ON = dt.date(2026, 7, 1)


@dataclass(frozen=True)
class Prepared:
    """The closed upper level's file and what the test planted in the registers."""

    upper: Path
    same_cccd: str
    doubtful: str
    two_people: str


def _plant(commune: Database, source: Database) -> tuple[str, str, str]:
    """Copy three people of ``source`` into ``commune``: same CCCD, same name, two CCCDs."""
    with source.reading() as session:
        people = session.scalars(
            select(Member).where(Member.id_number.is_not(None), Member.birth_date.is_not(None),
                                 live(Member)).order_by(Member.sort_key).limit(3)
        ).all()
        copies = [(m.id, m.full_name, m.birth_date, m.birth_year, m.id_number) for m in people]
    ids = []
    with commune.transaction() as session:
        unit = session.scalars(select(Unit).where(Unit.level == "commune",
                                                  Unit.official.is_(True),
                                                  Unit.code == OLD[1])).one()
        for number, (_source_id, name, birth, year, cccd) in enumerate(copies):
            id_number = {0: cccd, 1: None, 2: "0" * 11 + "7"}[number]
            member = Member(owner_unit_id=unit.id, commune_id=unit.id, birth_date=birth,
                            birth_year=year, id_number=id_number, **name_columns(name))
            session.add(member)
            session.flush()
            ids.append(member.id)
    return copies[0][0], copies[1][0], copies[2][0]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    folder = tmp_path_factory.mktemp("merge")
    province = build_province(folder, communes=3, members=80)
    try:
        first, doubtful, two = _plant(province.communes[OLD[1]], province.communes[OLD[0]])
        package = province.send_up(OLD[1], NOW + dt.timedelta(hours=1))
        with province.upper.transaction() as session:
            import_package(session, package.read_bytes(), package.name)
    finally:
        province.close()
    return Prepared(folder / "upper.sqlite", first, doubtful, two)


@pytest.fixture
def upper(prepared: Prepared, tmp_path: Path, new_register: NewRegister) -> Iterator[Database]:
    """The prepared province office: a copy of its file, or moved to the test server."""
    shutil.copyfile(prepared.upper, tmp_path / "upper.sqlite")
    target = new_register(tmp_path / "upper.sqlite")
    database = open_database(target)
    if database.is_server:
        from db.server_move import move_register

        move_register(tmp_path / "upper.sqlite", database)
    yield database
    database.close()


def _members(session: object, commune_id: str) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return int(session.scalar(select(func.count()).select_from(Member).where(
        Member.commune_id == commune_id, live(Member))) or 0)


def _unit(session: object, code: str) -> Unit:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return session.scalars(select(Unit).where(Unit.code == code, Unit.official.is_(True))).one()


def test_dry_run_finds_pairs_and_changes_nothing(upper: Database, prepared: Prepared) -> None:
    before = content_digest(upper)
    with upper.transaction() as session:
        plan = plan_merge(session, OLD, NEW, ON)
    assert content_digest(upper) == before
    assert [s.code for s in plan.sources] == list(OLD)
    assert plan.members_total == sum(s.count("members") for s in plan.sources)
    certain = [p for p in plan.pairs if p.certain]
    assert any(prepared.same_cccd in p.key for p in certain)
    assert [prepared.doubtful in p.key for p in plan.doubtful] == [True]
    assert not any(prepared.two_people in p.key for p in plan.pairs)
    assert plan.branches and all(b.sources for b in plan.branches)
    assert plan.undecided({})
    key = plan.doubtful[0].key
    assert plan.members_after({key: SAME}) == plan.members_total - 2
    assert plan.members_after({key: DIFFERENT}) == plan.members_total - 1


def test_undecided_pair_refuses_and_changes_nothing(upper: Database) -> None:
    before = content_digest(upper)
    with pytest.raises(UserError, match="cần xem lại"), upper.transaction() as session:
        merge_communes(session, OLD, NEW, ON, {})
    assert content_digest(upper) == before


@pytest.mark.parametrize("codes", [OLD[:1], (*OLD, "12142", "12694")])
def test_two_to_four_communes(upper: Database, codes: tuple[str, ...]) -> None:
    with pytest.raises(UserError), upper.transaction() as session:
        plan_merge(session, codes, NEW, ON)


def test_merge_three_communes(upper: Database, prepared: Prepared) -> None:
    with upper.reading() as session:
        before_report = targets_report(session, None, ON.year - 1, NOW.date())
        codes = {c.verification_code for c in session.scalars(select(Certificate))}
        old_ids = [_unit(session, code).id for code in OLD]
        sums = sum(_members(session, unit_id) for unit_id in old_ids)
        women = {year: sum(commune_overview(session, u, year, NOW.date()).women_18_plus or 0
                           for u in old_ids) for year in (ON.year - 1, ON.year)}
        officers = [
            sum(targets_report(session, u, ON.year - 1, NOW.date()).categories[i].people
                for u in old_ids)
            for i in range(5)
        ]
    with upper.transaction() as session:
        plan = plan_merge(session, OLD, NEW, ON)
        decisions = {plan.doubtful[0].key: SAME}
        result = merge_communes(session, OLD, NEW, ON, decisions)
    assert result.duplicates == 2
    with upper.reading() as session:
        new = _unit(session, NEW)
        assert _members(session, new.id) == sums - 2 == result.members
        for code in OLD:
            old = _unit(session, code)
            assert (old.active, old.merged_into_id, old.merged_on) == (False, new.id, ON)
            assert _members(session, old.id) == 0
        assert {c.verification_code for c in session.scalars(select(Certificate))} == codes
        assert all(verify(session, code).status == "valid" or
                   verify(session, code).status == "revoked" for code in codes)
        assert targets_report(session, None, ON.year - 1, NOW.date()) == before_report
        # The merged commune's reports count its predecessors' history before the merge
        # date, and its own branches (with the same women) after it.
        assert women[ON.year - 1] > 0
        for year in (ON.year - 1, ON.year):
            assert commune_overview(session, new.id, year, NOW.date()).women_18_plus == women[year]
        report = targets_report(session, new.id, ON.year - 1, NOW.date())
        assert [c.people for c in report.categories[:5]] == officers
        assert sum(officers) > 0
        # Every member sits in a branch of the new commune, mapped by name.
        parents = session.execute(
            select(Unit.parent_id, func.count()).join(Member, Member.branch_id == Unit.id)
            .where(Member.commune_id == new.id, live(Member)).group_by(Unit.parent_id)
        ).all()
        with_branch = sum(count for _parent, count in parents)
        assert [parent for parent, _count in parents] == [new.id]
        assert with_branch == _members(session, new.id) - session.scalar(
            select(func.count()).select_from(Member).where(
                Member.commune_id == new.id, live(Member), Member.branch_id.is_(None)))
        assert with_branch >= sums - 2 - 3  # the three planted copies have no branch
        listed = {row.code: row for row in commune_status(session, NOW.date())}
        assert not set(OLD) & set(listed) and listed[NEW].members == sums - 2
        kept = session.get_one(Member, prepared.same_cccd)
        assert kept.commune_id == new.id and kept.deleted_at is None
    with pytest.raises(UserError, match="đã được hợp nhất"), upper.transaction() as session:
        plan_merge(session, OLD[:2], "12916", ON)
    # A late package from an old commune is refused by name, and changes nothing.
    late = sorted((prepared.upper.parent / "up").glob(f"SoHoi_{OLD[1]}_*"))
    assert late
    before = content_digest(upper)
    with pytest.raises(UserError, match="đã được hợp nhất vào"), \
            upper.transaction() as session:
        import_package(session, late[-1].read_bytes(), late[-1].name)
    assert content_digest(upper) == before


def test_split_moves_chosen_branch(upper: Database) -> None:
    with upper.reading() as session:
        old_id = _unit(session, OLD[0]).id
        branch = session.scalars(select(Unit).where(Unit.parent_id == old_id,
                                                    Unit.level == "branch")).first()
        assert branch is not None
        branch_name = branch.name
        in_branch = int(session.scalar(select(func.count()).select_from(Member).where(
            Member.branch_id == branch.id, live(Member))) or 0)
        total = _members(session, old_id)
    digest = content_digest(upper)
    with upper.transaction() as session:
        plan = plan_split(session, OLD[0], NEW, ON, branch_names=[branch_name])
    assert content_digest(upper) == digest
    assert plan.members_total == in_branch and len(plan.branches) == 1
    with upper.transaction() as session:
        result = split_commune(session, OLD[0], NEW, ON, branch_names=[branch_name])
    with upper.reading() as session:
        assert result.members == in_branch
        assert _members(session, _unit(session, NEW).id) == in_branch
        assert _members(session, old_id) == total - in_branch
        assert _unit(session, OLD[0]).active


def test_handover_starts_the_new_office(upper: Database, tmp_path: Path) -> None:
    with upper.transaction() as session:
        plan = plan_merge(session, OLD, NEW, ON)
        merge_communes(session, OLD, NEW, ON, {plan.doubtful[0].key: DIFFERENT})
    with upper.reading() as session:
        expected = _members(session, _unit(session, NEW).id)
        codes = {c.verification_code for c in session.scalars(select(Certificate))}
    with upper.transaction() as session:
        info = write_enrollment(session, NEW, tmp_path)
    assert info.path is not None
    office = open_database(tmp_path / "new.sqlite")
    try:
        with office.transaction() as session:
            import_enrollment(session, info.path.read_bytes(), accept_key=True)
        with pytest.raises(UserError, match="khóa"), upper.transaction() as session:
            write_handover(session, NEW, tmp_path / "down", NOW)
        with office.transaction() as session:
            first = export_package(session, tmp_path / "up", None, NOW).path
        with upper.transaction() as session:
            import_package(session, first.read_bytes(), first.name, accept_key=True)
        with upper.reading() as session:
            assert _members(session, _unit(session, NEW).id) == expected  # nothing wiped
        with upper.transaction() as session:
            handover = write_handover(session, NEW, tmp_path / "down", NOW).path
        with office.transaction() as session:
            import_handover(session, handover.read_bytes(), NOW)
        with office.reading() as session:
            assert _members(session, _unit(session, NEW).id) == expected
            found = {c.verification_code for c in session.scalars(select(Certificate))}
            assert found == codes
            assert all(verify(session, code).status in ("valid", "revoked") for code in codes)
        with pytest.raises(UserError), office.transaction() as session:
            import_handover(session, handover.read_bytes(), NOW)
        # The office's next package up changes nothing of the register at the upper level.
        with office.transaction() as session:
            second = export_package(session, tmp_path / "up", None, NOW).path
        with upper.transaction() as session:
            preview = import_package(session, second.read_bytes(), second.name)
        members = next((k for k in preview.kinds if k.table == "members"), None)
        assert members is not None and members.new == members.removed == 0
        with upper.reading() as session:
            assert _members(session, _unit(session, NEW).id) == expected
        # Everyday packages keep flowing down.
        with upper.transaction() as session:
            down = export_package(session, tmp_path / "down", NEW, NOW).path
        with office.transaction() as session:
            import_package(session, down.read_bytes(), down.name)
    finally:
        office.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "new.sqlite")) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


# --------------------------------------------------------------------------- by file


@pytest.fixture(scope="module")
def two_registers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from db.demo.generator import build_demo

    folder = tmp_path_factory.mktemp("registers")
    paths = []
    for number, code in enumerate(OLD[:2]):
        database = open_database(folder / f"{code}.sqlite")
        build_demo(database, unit_code=code, members=60, seed=3 + number, today=NOW.date())
        database.close()
        paths.append(folder / f"{code}.sqlite")
    own = open_database(paths[0])
    other = open_database(paths[1])
    try:
        _plant(other, own)
    finally:
        own.close()
        other.close()
    return paths[0], paths[1]


def test_office_merges_a_register_file(two_registers: tuple[Path, Path], tmp_path: Path) -> None:
    from db.unit_merge import merge_register_file, plan_register_file

    shutil.copyfile(two_registers[0], tmp_path / "own.sqlite")
    shutil.copyfile(two_registers[1], tmp_path / "other.sqlite")
    other_digest = content_digest(tmp_path / "other.sqlite")
    office = open_database(tmp_path / "own.sqlite")
    try:
        with office.reading() as session:
            own_id = _unit(session, OLD[0]).id
            own_count = _members(session, own_id)
        with contextlib.closing(sqlite3.connect(tmp_path / "other.sqlite")) as conn:
            (other_count,) = conn.execute(
                "SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()
            # The demo registers both hold courses of one province, numbered alike by
            # the generator; the other commune's own certificates are those to keep.
            codes = {c for (c,) in conn.execute(
                "SELECT verification_code FROM certificates WHERE owner_unit_id = "
                "(SELECT unit_id FROM site)")}
        before = content_digest(tmp_path / "own.sqlite")
        with office.transaction() as session:
            plan = plan_register_file(session, tmp_path / "other.sqlite", ON)
        assert content_digest(tmp_path / "own.sqlite") == before
        assert plan.members_total == own_count + other_count
        assert plan.pairs and plan.pairs[0].certain
        decisions = {p.key: DIFFERENT for p in plan.doubtful}
        with office.transaction() as session:
            result = merge_register_file(session, tmp_path / "other.sqlite", ON, decisions)
        assert result.closed == (OLD[1],)
        with office.reading() as session:
            assert _members(session, own_id) == own_count + other_count - result.duplicates
            assert result.duplicates == 1
            other = _unit(session, OLD[1])
            assert (other.active, other.merged_into_id, other.merged_on) == (False, own_id, ON)
            assert codes and all(verify(session, c).status in ("valid", "revoked")
                                 for c in codes)
        with pytest.raises(UserError, match="đã được hợp nhất"), \
                office.transaction() as session:
            plan_register_file(session, tmp_path / "other.sqlite", ON)
        with pytest.raises(UserError, match="chính"), office.transaction() as session:
            plan_register_file(session, tmp_path / "own.sqlite", ON)
    finally:
        office.close()
    assert content_digest(tmp_path / "other.sqlite") == other_digest


def test_split_handover_carries_the_history_of_those_who_moved(
    upper: Database, tmp_path: Path
) -> None:
    from db.models import Participation

    with upper.reading() as session:
        old_id = _unit(session, OLD[0]).id
        # The branch whose people hold the most certificates of the old commune's courses.
        branch_id, branch_name = session.execute(
            select(Unit.id, Unit.name)
            .join(Member, Member.branch_id == Unit.id)
            .join(Participation, Participation.member_id == Member.id)
            .join(Certificate, Certificate.participation_id == Participation.id)
            .where(Unit.parent_id == old_id, Certificate.owner_unit_id == old_id)
            .group_by(Unit.id).order_by(func.count().desc()).limit(1)
        ).one()
        codes = set(session.scalars(
            select(Certificate.verification_code)
            .join(Participation, Participation.id == Certificate.participation_id)
            .join(Member, Member.id == Participation.member_id)
            .where(Member.branch_id == branch_id, live(Member))
        ))
    assert codes
    with upper.transaction() as session:
        moved = split_commune(session, OLD[0], NEW, ON, branch_names=[branch_name]).members
        info = write_enrollment(session, NEW, tmp_path)
    assert info.path is not None
    office = open_database(tmp_path / "split.sqlite")
    try:
        with office.transaction() as session:
            import_enrollment(session, info.path.read_bytes(), accept_key=True)
            first = export_package(session, tmp_path / "up", None, NOW).path
        with upper.transaction() as session:
            import_package(session, first.read_bytes(), first.name, accept_key=True)
            handover = write_handover(session, NEW, tmp_path / "down", NOW).path
        with office.transaction() as session:
            import_handover(session, handover.read_bytes(), NOW)
        with office.reading() as session:
            new_id = _unit(session, NEW).id
            assert _members(session, new_id) == moved
            # Only those who moved: nobody else of the old commune travelled.
            assert session.scalar(select(func.count()).select_from(Member)) == moved
            assert all(verify(session, code).status in ("valid", "revoked") for code in codes)
    finally:
        office.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "split.sqlite")) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
