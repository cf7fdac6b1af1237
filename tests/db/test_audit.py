"""The audit trail: ORM changes through the flush hook, Core writes, reading, erasure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from db.audit import (
    SCRUBBED,
    AuditFilter,
    current_actor,
    history_of,
    list_audit,
    set_actor,
)
from db.engine import Database
from db.meetings import attendance, mark_all, set_attendance
from db.members import MemberDraft, add_member, update_member
from db.models import Attendance, AuditEvent, Member, Unit, UnitLevel
from db.personal_data import erase_member
from db.site import get_site
from db.units import create_branch, merge_branches
from tests.stored import stored

TODAY = dt.date(2026, 11, 25)


def raw(database: Database, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read what is really stored, with the driver beside SQLAlchemy."""
    return stored(database, sql, *params)


def events_of(database: Database, record_id: str) -> list[tuple[str, str, dict[str, list[object]]]]:
    rows = raw(database, "SELECT action, actor, changes FROM audit_events WHERE record_id = ? "
               "ORDER BY at, id", record_id)
    return [(str(a), str(b), json.loads(str(c))) for a, b, c in rows]


def _add(database: Database, name: str = "Nguyễn Thị Hoa", phone: str = "0912345678") -> str:
    with database.transaction() as session:
        commune = get_site(session).unit_id
        return add_member(session, commune, MemberDraft(full_name=name, phone=phone,
                                                        birth_date="1985"), TODAY)


def test_create_update_and_soft_delete_are_recorded(commune_db: Database) -> None:
    set_actor("Chị Lan")
    try:
        member_id = _add(commune_db)
        with commune_db.transaction() as session:
            update_member(session, member_id, MemberDraft(
                full_name="Nguyễn Thị Hòa", phone="0987654321", birth_date="1985"), TODAY)
        with commune_db.transaction() as session:
            session.get_one(Member, member_id).deleted_at = dt.datetime(2026, 11, 25, 9)
    finally:
        set_actor(None)
    events = events_of(commune_db, member_id)
    assert [e[0] for e in events] == ["create", "update", "delete"]
    assert {e[1] for e in events} == {"Chị Lan"}
    created = events[0][2]
    assert created["full_name"] == [None, "Nguyễn Thị Hoa"]
    assert created["birth_date"] == [None, "1985"]
    updated = events[1][2]
    assert updated["full_name"] == ["Nguyễn Thị Hoa", "Nguyễn Thị Hòa"]
    assert updated["phone"] == ["0912345678", "0987654321"]
    assert "birth_date" not in updated  # unchanged fields are not listed
    for _action, _actor, changes in events:
        assert not {"search_key", "sort_key", "given_name", "updated_at", "version"} & set(
            changes)
    assert events[2][2] == {"deleted_at": [None, "2026-11-25 09:00:00"]}
    owner = raw(commune_db, "SELECT DISTINCT owner_unit_id FROM audit_events WHERE record_id = ?",
                member_id)
    assert owner == raw(commune_db, "SELECT owner_unit_id FROM members WHERE id = ?", member_id)


def test_a_rolled_back_change_leaves_no_trace(commune_db: Database) -> None:
    member_id = _add(commune_db)
    try:
        with commune_db.transaction() as session:
            session.get_one(Member, member_id).phone = "0900000000"
            session.flush()
            raise RuntimeError("mất điện")
    except RuntimeError:
        pass
    assert [e[0] for e in events_of(commune_db, member_id)] == ["create"]


def test_actor_defaults_to_the_os_user() -> None:
    set_actor(None)
    assert current_actor()
    set_actor("  Chị  Mai ")
    assert current_actor() == "Chị Mai"
    set_actor(None)


def test_history_reads_newest_first_with_labels(commune_db: Database) -> None:
    member_id = _add(commune_db)
    with commune_db.transaction() as session:
        update_member(session, member_id, MemberDraft(
            full_name="Nguyễn Thị Hoa", phone="0987654321", birth_date="1985-03-12"), TODAY)
    with commune_db.reading() as session:
        rows = history_of(session, member_id)
    assert [r.action_label for r in rows] == ["Sửa", "Thêm"]
    assert rows[0].table_label == "Hội viên"
    assert rows[0].record_label == "Nguyễn Thị Hoa"
    changes = {label: (before, after) for label, before, after in rows[0].changes}
    assert changes["Số điện thoại"] == ("0912345678", "0987654321")
    assert changes["Ngày sinh"] == ("1985", "12/03/1985")


def test_list_audit_filters_and_pages(commune_db: Database) -> None:
    first = _add(commune_db, "Trần Thị Bích")
    _add(commune_db, "Lê Thị Cúc")
    with commune_db.reading() as session:
        everything = list_audit(session)
        found = list_audit(session, AuditFilter(text="Bích"))
        members = list_audit(session, AuditFilter(table_name="members"))
        page = list_audit(session, AuditFilter(table_name="members"), limit=1)
        rest = list_audit(session, AuditFilter(table_name="members"), limit=1, offset=1)
        tomorrow = list_audit(session, AuditFilter(date_from=dt.date.today()
                                                   + dt.timedelta(days=1)))
    assert len(everything.rows) >= 4  # the members and their status events
    assert [r.record_id for r in found.rows if r.table_name == "members"] == [first]
    assert len(members.rows) == 2
    assert page.has_more and not rest.has_more
    assert page.rows[0].record_id != rest.rows[0].record_id
    assert tomorrow.rows == ()


def test_merge_records_each_moved_member(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        commune = get_site(session).unit_id
        east = create_branch(session, commune, "Chi hội Đông")
        west = create_branch(session, commune, "Chi hội Tây")
        ids = [add_member(session, commune, MemberDraft(full_name=f"Hội viên {n}",
                                                        branch_id=west), TODAY)
               for n in ("An", "Bình")]
    with commune_db.transaction() as session:
        assert merge_branches(session, west, east, on=TODAY) == 2
    for member_id in ids:
        last = events_of(commune_db, member_id)[-1]
        assert last[0] == "update"
        assert last[2] == {"branch_id": [west, east]}
    with commune_db.reading() as session:
        shown = history_of(session, ids[0])[0]
        assert shown.changes == (("Chi hội", "Chi hội Tây", "Chi hội Đông"),)
        assert session.get_one(Unit, west).level == UnitLevel.BRANCH


def test_attendance_writes_record_one_event_per_meeting(demo_db: Database) -> None:
    meeting_id = str(raw(demo_db, "SELECT meeting_id FROM attendances GROUP BY meeting_id "
                                  "HAVING count(*) > 3 LIMIT 1")[0][0])
    with demo_db.reading() as session:
        rows = attendance(session, meeting_id)
    first = rows[0]
    new_status = "absent" if first.status != "absent" else "present"
    with demo_db.transaction() as session:
        assert set_attendance(session, meeting_id, {first.member_id: (new_status, None)}) == 1
    events = events_of(demo_db, meeting_id)
    assert events[-1][0] == "attendance"
    assert events[-1][2] == {first.member_id: [first.status, new_status]}
    with demo_db.transaction() as session:
        changed = mark_all(session, meeting_id, "present")
    last = events_of(demo_db, meeting_id)[-1][2]
    assert len(last) == changed > 0
    assert {after for _before, after in last.values()} == {"present"}
    with demo_db.transaction() as session:
        assert mark_all(session, meeting_id, "present") == 0
    assert len(events_of(demo_db, meeting_id)) == len(events) + 1  # nothing changed, no event
    with demo_db.reading() as session:
        shown = history_of(session, meeting_id)[0]
    assert shown.action_label == "Điểm danh"
    assert all(label != first.member_id for label, _b, _a in shown.changes)


def test_import_events_are_one_per_member(commune_db: Database) -> None:
    from db.member_import import apply_import, guess_mapping, preview_import

    rows = [["Họ và tên", "Năm sinh"], ["Phạm Thị Duyên", "1990"], ["Đỗ Thị Én", "1988"]]
    with commune_db.reading() as session:
        commune = get_site(session).unit_id
        preview = preview_import(session, commune, rows, guess_mapping(rows), TODAY)
    with commune_db.transaction() as session:
        apply_import(session, commune, preview, create_branches=True, skip_duplicates=True,
                     today=TODAY)
    stored = raw(commune_db, "SELECT e.action, e.changes, m.full_name FROM audit_events e "
                             "JOIN members m ON m.id = e.record_id WHERE e.action = 'import'")
    assert sorted(str(n) for _a, _c, n in stored) == ["Phạm Thị Duyên", "Đỗ Thị Én"]
    for _action, changes, name in stored:
        assert json.loads(str(changes)) == {"full_name": [None, name]}
    with commune_db.reading() as session:
        page = list_audit(session, AuditFilter(text="Duyên"))
    assert [r.action_label for r in page.rows] == ["Nhập từ Excel"]


def test_erasure_scrubs_history(demo_db: Database) -> None:
    member_id = str(raw(demo_db, "SELECT m.id FROM members m WHERE phone IS NOT NULL AND NOT "
                                 "EXISTS (SELECT 1 FROM posts p WHERE p.member_id = m.id) "
                                 "LIMIT 1")[0][0])
    name, phone = raw(demo_db, "SELECT full_name, phone FROM members WHERE id = ?", member_id)[0]
    with demo_db.transaction() as session:
        member = session.get_one(Member, member_id)
        member.phone = "0911111111"
        member.notes = "Ghi chú riêng"
        session.flush()
        meeting = session.scalars(select(Attendance.meeting_id).where(
            Attendance.member_id == member_id)).first()
    with demo_db.transaction() as session:
        erase_member(session, member_id, TODAY, "Theo đơn đề nghị")
    stored = raw(demo_db, "SELECT changes FROM audit_events")
    text = " ".join(str(c) for (c,) in stored)
    for secret in (str(phone), "0911111111", "Ghi chú riêng", str(name),
                   json.dumps(str(name))[1:-1]):
        assert secret not in text, secret
    with demo_db.reading() as session:
        rows = history_of(session, member_id)
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.record_id == member_id))
    assert rows and all(r.record_label == SCRUBBED for r in rows)
    assert any(r.action_label == "Xóa" for r in rows)
    assert meeting is not None


def test_bulk_over_the_limit_is_one_summary(commune_db: Database) -> None:
    from db.audit import record_bulk

    with commune_db.transaction() as session:
        commune = get_site(session).unit_id
        ids = [f"00000000-0000-7000-8000-{n:012d}" for n in range(501)]
        assert record_bulk(session, "members", ids, "update", {"status": ["a", "b"]},
                           commune) == 1
        assert record_bulk(session, "members", ids[:3], "update", {"status": ["a", "b"]},
                           commune) == 3
    summary = events_of(commune_db, ids[0])[0][2]
    assert summary["count"] == [None, 501]


def test_the_hook_survives_factories_coming_and_going(tmp_path: Path) -> None:
    """Every database opened records its changes, however many were opened and dropped.

    Listening on each session factory lost the hook now and then: SQLAlchemy keys such
    listeners by the object's id, which a new factory may reuse after an old one is
    collected. A session of a factory Sổ Hội did not open is not traced.
    """
    import gc

    from sqlalchemy.orm import sessionmaker

    from db.engine import open_database
    from db.site import init_site

    for n in range(12):
        database = open_database(tmp_path / f"r{n}.sqlite")
        with database.transaction() as session:
            init_site(session, "12586")
        assert raw(database, "SELECT count(*) FROM audit_events")[0][0] > 0, n
        foreign = sessionmaker(database.engine)
        with foreign() as session, session.begin():
            session.add(Unit(code="X1", name="Chi hội thử", level=UnitLevel.BRANCH,
                             owner_unit_id="x"))
        assert raw(database, "SELECT count(*) FROM audit_events WHERE table_name = 'units' "
                   "AND changes LIKE '%Chi hội thử%'") == [(0,)]
        database.close()
        del database, foreign
        gc.collect()
