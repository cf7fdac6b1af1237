"""A branch laptop synced by file with its commune, one level below the commune's own sync.

Everything is real: the demo commune's register, a new upper level, a new empty branch
database, keys, and signed, encrypted files written to disk and read back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from db.audit import history_of
from db.engine import Database, open_database
from db.errors import UserError
from db.meetings import InvalidMeetingError, MeetingDraft, create_meeting, mark_all
from db.members import MemberDraft, add_member, draft_of, update_member
from db.models import Unit, utc_now
from db.site import get_site
from db.sync import payload
from db.sync.container import KIND_PACKAGE, seal
from db.sync.enrollment import import_enrollment, write_branch_enrollment
from db.sync.errors import NotAuthorisedError, PackageRefusedError
from db.sync.export import export_package
from db.sync.importer import import_package
from db.sync.keys import site_keys
from db.sync.peers import party
from db.sync.tables import BRANCH_UP_SCOPE, Direction, read_scope
from tests.server_support import NewRegister
from tests.stored import stored
from tests.sync_support import NOW, Pair, content_digest, make_pair

LATER = NOW + dt.timedelta(days=7)


def _rows(where: Path | Database, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """Rows of a raw query on a file (read with sqlite3) or an open register (either engine)."""
    if isinstance(where, Database):
        return [tuple(row) for row in stored(where, sql, *args)]
    with contextlib.closing(sqlite3.connect(where)) as conn:
        return conn.execute(sql, args).fetchall()


@dataclass
class Chain:
    """An upper level, the demo commune, and one of its branches on its own laptop."""

    pair: Pair
    branch: Database
    branch_id: str
    branch_code: str
    commune_id: str
    folder: Path

    def branch_up(self, now: dt.datetime = NOW) -> Path:
        with self.branch.transaction() as session:
            return export_package(session, self.folder / "branch-up", None, now).path

    def commune_receives(self, path: Path, *, accept_key: bool = False,
                         now: dt.datetime | None = None) -> None:
        with self.pair.commune.transaction() as session:
            import_package(session, path.read_bytes(), path.name, accept_key=accept_key,
                           now=now)

    def branch_down(self, now: dt.datetime = NOW) -> Path:
        with self.pair.commune.transaction() as session:
            return export_package(session, self.folder / "branch-down", self.branch_code,
                                  now).path

    def branch_receives(self, path: Path) -> None:
        with self.branch.transaction() as session:
            import_package(session, path.read_bytes(), path.name)


def _biggest_branch(path: Path) -> tuple[str, str, str]:
    ((unit_id, code, name),) = _rows(
        path,
        "SELECT u.id, u.code, u.name FROM units u JOIN members m ON m.branch_id = u.id "
        "WHERE u.level = 'branch' AND m.deleted_at IS NULL GROUP BY u.id "
        "ORDER BY count(*) DESC, u.code LIMIT 1",
    )
    return unit_id, code, name


@pytest.fixture
def chain(demo_file: Path, tmp_path: Path, new_register: NewRegister) -> Iterator[Chain]:
    """Enroll a branch from a real file, then exchange the first packages both ways.

    The branch and the commune keep files; the upper level is on the test engine (a
    server in the PostgreSQL pass, as a province office's register would be).
    """
    pair = make_pair(demo_file, tmp_path / "pair", new_register(tmp_path / "upper.sqlite"))
    pair.receive_up(pair.send_up(), accept_key=True)
    branch_id, branch_code, branch_name = _biggest_branch(pair.commune.path)
    with pair.commune.transaction() as session:
        commune_id = get_site(session).unit_id
        info = write_branch_enrollment(session, branch_name, tmp_path / "enroll.sohoi")
    assert info.path is not None and info.commune_code == branch_code
    branch = open_database(tmp_path / "branch.sqlite")
    with branch.transaction() as session:
        import_enrollment(session, info.path.read_bytes(), accept_key=True)
    built = Chain(pair, branch, branch_id, branch_code, commune_id, tmp_path)
    built.commune_receives(built.branch_up(), accept_key=True)
    built.branch_receives(built.branch_down())
    yield built
    branch.close()
    pair.close()


def test_a_branch_site_holds_exactly_its_branch_members(chain: Chain) -> None:
    with chain.branch.reading() as session:
        site = get_site(session)
    assert site.is_branch and site.unit_id == chain.branch_id
    assert site.parent_unit_id == chain.commune_id
    live = "SELECT id FROM members WHERE deleted_at IS NULL AND branch_id = ?"
    at_commune = set(_rows(chain.pair.commune.path, live, chain.branch_id))
    at_branch = set(_rows(chain.branch.path, "SELECT id FROM members WHERE deleted_at IS NULL"))
    assert at_commune and at_branch == at_commune
    # Nothing of another branch, and the catalogs the commune holds came along.
    assert _rows(chain.branch.path, "SELECT count(*) FROM units WHERE level = 'branch'") == [(1,)]
    assert _rows(chain.branch.path, "SELECT count(*) FROM topics")[0][0] > 0
    # Her trainings and certificates: every one of the branch's members' participations in
    # a course of the commune (or of the branch itself), none of anyone else's.
    trained = (
        "SELECT p.id FROM participations p JOIN courses c ON c.id = p.course_id "
        "WHERE p.member_id IN (SELECT id FROM members WHERE branch_id = ?) "
        "AND c.organiser_unit_id IN (?, ?)"
    )
    expected = set(_rows(chain.pair.commune.path, trained, chain.branch_id, chain.commune_id,
                         chain.branch_id))
    assert expected
    assert set(_rows(chain.branch.path, "SELECT id FROM participations")) == expected
    certified = "SELECT count(*) FROM certificates WHERE participation_id IN (" + trained + ")"
    assert _rows(chain.branch.path, "SELECT count(*) FROM certificates")[0][0] > 0
    assert _rows(chain.branch.path, "SELECT count(*) FROM certificates") == _rows(
        chain.pair.commune.path, certified, chain.branch_id, chain.commune_id, chain.branch_id)


def test_a_meeting_recorded_at_the_branch_reaches_the_commune_then_the_upper_level(
    chain: Chain,
) -> None:
    with chain.branch.transaction() as session:
        meeting_id = create_meeting(
            session, chain.commune_id,
            MeetingDraft(unit_id=chain.branch_id, held_on=dt.date(2026, 11, 20),
                         topic="Sinh hoạt định kỳ tháng 11"),
            today=dt.date(2026, 11, 25), mark_all_present=True,
        )
    present = _rows(chain.branch.path, "SELECT count(*) FROM attendances WHERE meeting_id = ? "
                    "AND status = 'present'", meeting_id)[0][0]
    assert present > 0
    chain.commune_receives(chain.branch_up(LATER))
    owned = "SELECT owner_unit_id, unit_id FROM meetings WHERE id = ?"
    assert _rows(chain.pair.commune.path, owned, meeting_id) == [
        (chain.branch_id, chain.branch_id)]
    attended = ("SELECT count(*) FROM attendances WHERE meeting_id = ? AND status = 'present' "
                "AND owner_unit_id = ?")
    assert _rows(chain.pair.commune.path, attended, meeting_id, chain.branch_id) == [(present,)]
    # The commune reads it but does not edit it: the branch's next package would undo it.
    before = content_digest(chain.pair.commune.path)
    with pytest.raises(UserError, match="máy riêng"), \
            chain.pair.commune.transaction() as session:
        mark_all(session, meeting_id, "absent")
    assert content_digest(chain.pair.commune.path) == before
    # The commune's next package forwards the branch's rows, owned by the branch.
    chain.pair.receive_up(chain.pair.send_up(LATER))
    assert _rows(chain.pair.upper, owned, meeting_id) == [
        (chain.branch_id, chain.branch_id)]
    assert _rows(chain.pair.upper, attended, meeting_id, chain.branch_id) == [(present,)]


def _forge_from_branch(chain: Chain, tables: dict[str, Any], generation: int = 2) -> bytes:
    with chain.branch.reading() as session:
        keys = site_keys(session)
        sender = party(session.get_one(Unit, chain.branch_id))
    with chain.pair.commune.reading() as session:
        recipient_key = site_keys(session).public.encryption
        recipient = party(session.get_one(Unit, chain.commune_id))
    return seal(
        kind=KIND_PACKAGE, sender=sender, keys=keys, recipient=recipient,
        recipient_encryption_key=recipient_key, generation=generation,
        created_at="2026-11-25 09:00:00", schema="0014",
        payload=payload.encode(Direction.BRANCH_UP, 0, tables),
    )


def _branch_snapshot(chain: Chain) -> dict[str, Any]:
    with chain.branch.reading() as session:
        return {name: read_scope(session, name, where, chain.branch_id, chain.commune_id)
                for name, where in BRANCH_UP_SCOPE.items()}


def _other_branch(chain: Chain) -> str:
    ((other,),) = _rows(chain.pair.commune.path,
                        "SELECT id FROM units WHERE level = 'branch' AND id != ? LIMIT 1",
                        chain.branch_id)
    return str(other)


def _with_meeting(chain: Chain) -> dict[str, Any]:
    with chain.branch.transaction() as session:
        create_meeting(
            session, chain.commune_id,
            MeetingDraft(unit_id=chain.branch_id, held_on=dt.date(2026, 11, 20),
                         topic="Sinh hoạt chuyên đề"),
            today=dt.date(2026, 11, 25), mark_all_present=True,
        )
    return _branch_snapshot(chain)


def _edit(tables: dict[str, Any], table: str, column: str, value: object) -> None:
    columns, rows = tables[table]
    edited = list(rows[0])
    edited[columns.index(column)] = value
    rows[0] = tuple(edited)


def _refused(chain: Chain, forged: bytes) -> NotAuthorisedError:
    before = content_digest(chain.pair.commune.path)
    with pytest.raises(NotAuthorisedError) as caught, chain.pair.commune.transaction() as s:
        import_package(s, forged, "forged.sohoi")
    assert content_digest(chain.pair.commune.path) == before
    return caught.value


def test_a_branch_package_touching_another_branch_is_refused_whole(chain: Chain) -> None:
    tables = _with_meeting(chain)
    _edit(tables, "meetings", "unit_id", _other_branch(chain))
    error = _refused(chain, _forge_from_branch(chain, tables))
    assert error.rule == "meetings.unit_id: sender"


def test_attendance_of_another_branchs_member_is_refused_whole(chain: Chain) -> None:
    tables = _with_meeting(chain)
    ((stranger,),) = _rows(chain.pair.commune.path,
                           "SELECT id FROM members WHERE branch_id != ? LIMIT 1",
                           chain.branch_id)
    _edit(tables, "attendances", "member_id", stranger)
    error = _refused(chain, _forge_from_branch(chain, tables))
    assert error.rule == "attendances.member_id: branch_members"


def test_a_branch_may_not_send_members_or_the_communes_rows(chain: Chain) -> None:
    tables = _with_meeting(chain)
    _edit(tables, "meetings", "owner_unit_id", chain.commune_id)
    assert _refused(chain, _forge_from_branch(chain, tables)).rule == (
        "meetings.owner_unit_id: owner")
    ((stranger,),) = _rows(chain.pair.commune.path,
                           "SELECT id FROM members WHERE branch_id != ? LIMIT 1",
                           chain.branch_id)
    ((own,),) = _rows(chain.branch.path, "SELECT id FROM members WHERE deleted_at IS NULL "
                      "AND status = 'active' ORDER BY id LIMIT 1")
    _edit_member(chain.branch, own, phone="0933333333")
    tables = _branch_snapshot(chain)
    assert len(tables["members"][1]) == 1
    _edit(tables, "members", "id", stranger)
    assert _refused(chain, _forge_from_branch(chain, tables)).rule == (
        "members.id: branch_members")
    tables = _branch_snapshot(chain)
    _edit(tables, "members", "branch_id", _other_branch(chain))
    assert _refused(chain, _forge_from_branch(chain, tables)).rule == (
        "members.branch_id: sender")


def _edit_member(database: Database, member_id: str, **fields: str) -> None:
    with database.transaction() as session:
        draft = draft_of(session, member_id)
        update_member(session, member_id, replace(draft, **fields), today=dt.date(2026, 11, 25))


def _member(database: Database, member_id: str) -> tuple[Any, ...]:
    return _rows(database.path, "SELECT phone, address, card_number FROM members WHERE id = ?",
                 member_id)[0]


def test_both_sides_edit_a_member_each_wins_its_fields_and_the_history_shows_it(
    chain: Chain,
) -> None:
    ((member_id,),) = _rows(chain.branch.path, "SELECT id FROM members WHERE deleted_at IS NULL "
                            "AND status = 'active' ORDER BY id LIMIT 1")
    (_phone, _address, card) = _member(chain.pair.commune, member_id)
    _edit_member(chain.pair.commune, member_id, phone="0911111111")
    _edit_member(chain.branch, member_id, phone="0922222222", address="Xóm 3, thôn Giữa",
                 card_number="CH-0042")
    # The commune's package, made before the branch's arrived, does not undo her edit.
    chain.branch_receives(chain.branch_down(LATER))
    assert _member(chain.branch, member_id) == ("0922222222", "Xóm 3, thôn Giữa", "CH-0042")

    # The commune merges a moment after the edit (its stamp is newer than the branch's).
    chain.commune_receives(chain.branch_up(LATER), now=utc_now() + dt.timedelta(seconds=2))
    # Contact details: the branch's later edit wins; the card number stays the commune's.
    assert _member(chain.pair.commune, member_id) == ("0922222222", "Xóm 3, thôn Giữa", card)
    with chain.pair.commune.reading() as session:
        history = history_of(session, member_id)
    by_action = {row.action: row for row in history}
    assert set(by_action) >= {"branch_edit", "branch_kept"}
    taken = {label: (before, after) for label, before, after in by_action["branch_edit"].changes}
    assert ("0911111111", "0922222222") in taken.values()
    kept = by_action["branch_kept"].changes
    assert any(after == "CH-0042" for _label, _before, after in kept)

    # The commune's next package brings the merged record back to the branch.
    chain.branch_receives(chain.branch_down(LATER + dt.timedelta(days=1)))
    assert _member(chain.branch, member_id) == ("0922222222", "Xóm 3, thôn Giữa", card)
    # Nothing newer at the branch: its next package changes nothing at the commune.
    chain.commune_receives(chain.branch_up(LATER + dt.timedelta(days=1)))
    with chain.pair.commune.reading() as session:
        assert len(history_of(session, member_id)) == len(history)


def test_a_branch_laptop_records_only_its_own_branchs_meetings(chain: Chain) -> None:
    with pytest.raises(InvalidMeetingError), chain.branch.transaction() as session:
        create_meeting(session, chain.commune_id,
                       MeetingDraft(unit_id=chain.commune_id, held_on=dt.date(2026, 11, 20),
                                    topic="Hội nghị"), today=dt.date(2026, 11, 25))


def test_a_branch_laptop_does_not_add_members(chain: Chain) -> None:
    before = content_digest(chain.branch.path)
    with pytest.raises(UserError, match="văn phòng"), chain.branch.transaction() as session:
        add_member(session, chain.commune_id,
                   MemberDraft(full_name="Lò Thị Mai", birth_date="1990",
                               branch_id=chain.branch_id))
    assert content_digest(chain.branch.path) == before


def test_an_upper_level_package_is_not_taken_by_a_branch_site(chain: Chain) -> None:
    down = chain.pair.send_down()
    before = content_digest(chain.branch.path)
    with pytest.raises(PackageRefusedError), chain.branch.transaction() as session:
        import_package(session, down.read_bytes(), down.name)
    assert content_digest(chain.branch.path) == before
