"""A member moves from commune A to commune B through the upper level, by real files.

Two demo communes of Hưng Yên and a real upper level; every step goes through signed,
encrypted package files written to disk and imported, as in the offices. A hostile
commune's crafted packages are refused whole.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.certificates import issue_certificates, verify
from db.engine import Database
from db.members import MemberDraft, add_member, change_status, status_history
from db.models import (
    Certificate,
    CourseTopic,
    Member,
    MemberStatus,
    Participation,
    Topic,
    TrainingNeed,
    Unit,
)
from db.overview import commune_overview
from db.site import get_site
from db.sync import payload
from db.sync.container import KIND_PACKAGE, seal
from db.sync.errors import NotAuthorisedError
from db.sync.importer import import_package
from db.sync.keys import site_keys
from db.sync.peers import party
from db.sync.tables import DOWNWARD_SCOPE, UPWARD_SCOPE, Direction, read_scope
from db.trainings import CourseDraft, add_participants, create_course, set_completed
from db.transfers import (
    accept_arrival,
    arrival_details,
    decline_arrival,
    list_arrivals,
    transfer_member,
    transfers_out,
)
from db.validation import PartialDate
from tests.server_support import NewRegister
from tests.stored import stored
from tests.sync_support import NOW, PROVINCE_COMMUNES, Province, build_province, content_digest

A, B = PROVINCE_COMMUNES[0], PROVINCE_COMMUNES[1]
TODAY = NOW.date()
ADMIN = "admin"


@pytest.fixture
def province(tmp_path: Path, new_register: NewRegister) -> Iterator[Province]:
    built = build_province(tmp_path / "province", communes=2, members=60,
                           upper_at=new_register(tmp_path / "upper.sqlite"))
    yield built
    built.close()


def _unit(database: Database) -> str:
    with database.reading() as session:
        return get_site(session).unit_id


def _up(province: Province, code: str) -> None:
    path = province.send_up(code)
    with province.upper.transaction() as session:
        import_package(session, path.read_bytes(), path.name)


def _down(province: Province, code: str) -> None:
    province.receive_down(code, province.send_down(code))


def _active(database: Database, commune_id: str) -> int:
    with database.reading() as session:
        return int(session.scalar(
            select(func.count()).select_from(Member).where(
                Member.commune_id == commune_id, Member.status == MemberStatus.ACTIVE,
                Member.deleted_at.is_(None))) or 0)


def _last_year(province: Province) -> tuple[int, ...]:
    """Active members on 31 December last year: at A, at B, and at the upper level."""
    found = []
    for database in (province.communes[A], province.communes[B], province.upper):
        with database.reading() as session:
            site = get_site(session)
            commune = None if site.is_upper else site.unit_id
            found.append(commune_overview(session, commune, TODAY.year - 1,
                                          TODAY).active_members)
    return tuple(found)


def _member_with_certificate(province: Province) -> str:
    """An active member of A holding one of A's certificates."""
    a_id = _unit(province.communes[A])
    with province.communes[A].reading() as session:
        found = session.scalar(
            select(Member.id)
            .join(Participation, Participation.member_id == Member.id)
            .join(Certificate, Certificate.participation_id == Participation.id)
            .where(Member.status == MemberStatus.ACTIVE, Certificate.owner_unit_id == a_id,
                   Certificate.deleted_at.is_(None), Member.deleted_at.is_(None))
            .order_by(Member.sort_key).limit(1))
    assert found is not None
    return found


def _upper_course_for(province: Province, member_id: str) -> str:
    """The upper level trains her and issues a certificate; A receives it."""
    with province.upper.transaction() as session:
        upper_id = get_site(session).unit_id
        topics = tuple(session.scalars(select(Topic.id).order_by(Topic.position).limit(2)))
        course = create_course(session, upper_id, CourseDraft(
            title="Bồi dưỡng nghiệp vụ công tác Hội năm 2026",
            start_on=dt.date(2026, 9, 14), end_on=dt.date(2026, 9, 15), sessions=2,
            place="Trường Chính trị tỉnh Hưng Yên", status="finished", topic_ids=topics,
        ))
        add_participants(session, course, [member_id])
        session.flush()
        participation = session.scalars(
            select(Participation.id).where(Participation.course_id == course)).one()
        set_completed(session, participation, True)
        issue_certificates(session, course, upper_id, TODAY, "CHỦ TỊCH", "Nguyễn Thị Hằng")
        code = session.scalars(select(Certificate.verification_code)
                               .where(Certificate.participation_id == participation)).one()
    _down(province, A)
    # At A, her training need is met by the province course (a link to the upper
    # level's participation, which later follows her to B).
    with province.communes[A].transaction() as session:
        session.add(TrainingNeed(
            owner_unit_id=get_site(session).unit_id, member_id=member_id, topic_id=topics[0],
            registered_on=dt.date(2026, 3, 1), met_by_participation_id=participation))
    _up(province, A)
    return code


def _codes_of(database: Database, member_id: str) -> set[str]:
    with database.reading() as session:
        return set(session.scalars(
            select(Certificate.verification_code)
            .join(Participation, Participation.id == Certificate.participation_id)
            .where(Participation.member_id == member_id, Certificate.deleted_at.is_(None))))


def test_a_member_moves_from_a_to_b_and_her_certificates_follow(province: Province) -> None:
    a_id, b_id = _unit(province.communes[A]), _unit(province.communes[B])
    member = _member_with_certificate(province)
    upper_code = _upper_course_for(province, member)
    codes = _codes_of(province.communes[A], member)
    assert upper_code in codes and len(codes) >= 2
    before_a, before_b = _active(province.communes[A], a_id), _active(province.communes[B], b_id)
    last_year = _last_year(province)

    with province.communes[A].transaction() as session:
        transfer_member(session, member, B, TODAY, role=ADMIN, today=TODAY)
    _up(province, A)
    _down(province, B)

    with province.communes[B].reading() as session:
        arrivals = list_arrivals(session)
        assert [a.full_name for a in arrivals] == [
            session.get_one(Member, member).full_name
            if session.get(Member, member) else arrivals[0].full_name]
        details = arrival_details(session, arrivals[0].id)
        branch = session.scalars(select(Unit.id).where(
            Unit.parent_id == b_id, Unit.level == "branch").limit(1)).one()
    assert any(upper_code in line for line in details.trainings)
    assert details.row.from_name.startswith("Hội LHPN")

    with province.communes[B].transaction() as session:
        new_id = accept_arrival(session, arrivals[0].id, branch, TODAY, role=ADMIN,
                                today=TODAY)
    # Her certificates verify at B at once, with their numbers and codes.
    with province.communes[B].reading() as session:
        for code in codes:
            result = verify(session, code)
            assert result.status == "valid", code
        assert list_arrivals(session) == []
        history = status_history(session, new_id)
        assert [(h.status, h.effective_on) for h in history] == [("active", TODAY)]
        assert (history[0].reason or "").startswith("Chuyển đến từ")
        taught = session.scalar(
            select(func.count()).select_from(CourseTopic)
            .join(Participation, Participation.course_id == CourseTopic.course_id)
            .where(Participation.member_id == new_id))
        assert taught and taught >= 2  # the province course's topics came with it
        notes = session.get_one(Member, new_id).notes or ""
        assert "Quá trình trước khi chuyển đến" in notes and "Chuyển sinh hoạt" in notes
    _up(province, B)
    _down(province, B)
    _down(province, A)

    # Still there after the round trip (the upper level's own records now follow her).
    assert _codes_of(province.communes[B], new_id) == codes
    with province.communes[B].reading() as session:
        assert all(verify(session, code).status == "valid" for code in codes)
    # She counts at B, not at A; the upper level's totals agree with both.
    after_a, after_b = _active(province.communes[A], a_id), _active(province.communes[B], b_id)
    assert (after_a, after_b) == (before_a - 1, before_b + 1)
    assert _active(province.upper, a_id) == after_a
    assert _active(province.upper, b_id) == after_b
    with province.communes[A].reading() as session:
        assert session.get_one(Member, member).status == MemberStatus.TRANSFERRED
        assert [t.state for t in transfers_out(session)] == ["accepted"]
    # Last year's numbers (from the status history) do not count her twice.
    assert _last_year(province) == last_year
    # Another round changes nothing more: no second arrival, no second member.
    _up(province, A)
    _up(province, B)
    _down(province, B)
    with province.communes[B].reading() as session:
        assert list_arrivals(session) == []
    assert _active(province.upper, b_id) == after_b


def test_a_decline_travels_back_and_she_is_active_again(province: Province) -> None:
    a_id = _unit(province.communes[A])
    member = _member_with_certificate(province)
    before = _active(province.communes[A], a_id)
    with province.communes[A].transaction() as session:
        transfer_member(session, member, B, TODAY, role=ADMIN, today=TODAY)
    assert _active(province.communes[A], a_id) == before - 1
    _up(province, A)
    _down(province, B)
    # B already has someone of the same name and birth date: the details say so.
    with province.communes[A].reading() as session:
        row = session.get_one(Member, member)
        name, birth = row.full_name, row.birth_date
    with province.communes[B].transaction() as session:
        add_member(session, get_site(session).unit_id, MemberDraft(
            full_name=name, birth_date=PartialDate.from_iso(birth or "1980").display()),
            today=TODAY)
    with province.communes[B].transaction() as session:
        (arrival,) = list_arrivals(session)
        assert any(name in line for line in
                   arrival_details(session, arrival.id).possible_duplicates)
        decline_arrival(session, arrival.id, "Chưa có giấy xác nhận cư trú", TODAY,
                        role=ADMIN)
    _up(province, B)
    _down(province, A)
    with province.communes[A].reading() as session:
        row = session.get_one(Member, member)
        assert row.status == MemberStatus.ACTIVE
        assert "Chưa có giấy xác nhận cư trú" in (status_history(session, member)[-1].reason
                                                  or "")
        assert [(t.state, t.reason) for t in transfers_out(session)] == [
            ("declined", "Chưa có giấy xác nhận cư trú")]
    assert _active(province.communes[A], a_id) == before
    _up(province, A)
    assert _active(province.upper, a_id) == before
    with province.communes[B].reading() as session:
        assert list_arrivals(session) == []


def test_a_transfer_withdrawn_at_a_disappears_at_b(province: Province) -> None:
    member = _member_with_certificate(province)
    with province.communes[A].transaction() as session:
        transfer_member(session, member, B, TODAY, role=ADMIN, today=TODAY)
    _up(province, A)
    _down(province, B)
    with province.communes[B].reading() as session:
        assert len(list_arrivals(session)) == 1
    # A mistake: the office sets her back to active by hand.
    with province.communes[A].transaction() as session:
        change_status(session, member, "active", TODAY, "Nhập nhầm", today=TODAY)
    _up(province, A)
    _down(province, B)
    _down(province, A)
    with province.communes[B].reading() as session:
        assert list_arrivals(session) == []
    with province.communes[A].reading() as session:
        assert [t.state for t in transfers_out(session)] == ["cancelled"]


# --------------------------------------------------------------------------- hostile packages


Tables = dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]


def _snapshot(database: Database) -> Tables:
    with database.reading() as session:
        site = get_site(session)
        assert site.parent_unit_id is not None
        return {name: read_scope(session, name, where, site.unit_id, site.parent_unit_id)
                for name, where in UPWARD_SCOPE.items()}


def _forge(province: Province, code: str, tables: Tables) -> bytes:
    commune = province.communes[code]
    with commune.reading() as session:
        site = get_site(session)
        keys = site_keys(session)
        sender = party(session.get_one(Unit, site.unit_id))
        upper_unit = site.parent_unit_id
    with province.upper.reading() as session:
        recipient_key = site_keys(session).public.encryption
        recipient = party(session.get_one(Unit, upper_unit))
    return seal(
        kind=KIND_PACKAGE, sender=sender, keys=keys, recipient=recipient,
        recipient_encryption_key=recipient_key, generation=5, created_at="2026-11-25 09:00:00",
        schema="0007", payload=payload.encode(Direction.UP, 0, tables),
    )


def _refused(province: Province, data: bytes, rule: str) -> None:
    before = content_digest(province.upper)
    with pytest.raises(NotAuthorisedError) as caught, province.upper.transaction() as session:
        import_package(session, data, "forged.sohoi")
    assert rule in (caught.value.rule or "")
    assert content_digest(province.upper) == before


def _row(database: Database, sql: str, *args: object) -> tuple[object, ...]:
    rows = stored(database, sql, *args)
    assert rows
    return tuple(rows[0])


def test_a_commune_cannot_deliver_an_arrival(province: Province) -> None:
    member = _member_with_certificate(province)
    with province.communes[A].transaction() as session:
        transfer_member(session, member, B, TODAY, role=ADMIN, today=TODAY)
    _up(province, A)
    # Commune B sends up, as its own, a copy of the arrival the upper level wrote.
    b_id = _unit(province.communes[B])
    with province.upper.reading() as session:
        columns, rows = read_scope(session, "member_arrivals", "1 = 1", "", "")
    row = dict(zip(columns, rows[0], strict=True))
    row.update(id="0190a5c4-1b2c-7d3e-8f40-0000000000ac", owner_unit_id=b_id)
    tables = _snapshot(province.communes[B])
    tables["member_arrivals"] = (columns, [tuple(row[c] for c in columns)])
    _refused(province, _forge(province, B, tables), "member_arrivals: sender_level")


def test_a_commune_cannot_transfer_another_communes_member(province: Province) -> None:
    a_id, b_id = _unit(province.communes[A]), _unit(province.communes[B])
    (other,) = _row(province.upper, "SELECT id FROM members WHERE commune_id = ? LIMIT 1", b_id)
    tables = _snapshot(province.communes[A])
    columns = ("id", "owner_unit_id", "created_at", "updated_at", "version", "deleted_at",
               "member_id", "to_code", "transferred_on")
    tables["member_transfers"] = (columns, [(
        "0190a5c4-1b2c-7d3e-8f40-0000000000ad", a_id, "2026-11-25 09:00:00",
        "2026-11-25 09:00:00", 1, None, other, PROVINCE_COMMUNES[2], "2026-11-25")])
    _refused(province, _forge(province, A, tables), "member_transfers.member_id")


def test_a_commune_cannot_answer_for_another(province: Province) -> None:
    """B answers an arrival addressed to A (a transfer from B to A)."""
    member = _member_with_certificate(province)
    with province.communes[A].transaction() as session:
        transfer_member(session, member, B, TODAY, role=ADMIN, today=TODAY)
    _up(province, A)
    (arrival,) = _row(province.upper, "SELECT id FROM member_arrivals")
    a_id = _unit(province.communes[A])
    tables = _snapshot(province.communes[A])
    columns = ("id", "owner_unit_id", "created_at", "updated_at", "version", "deleted_at",
               "arrival_id", "decision", "answered_on", "reason", "new_member_id")
    tables["arrival_answers"] = (columns, [(
        "0190a5c4-1b2c-7d3e-8f40-0000000000ae", a_id, "2026-11-25 09:00:00",
        "2026-11-25 09:00:00", 1, None, arrival, "declined", "2026-11-25", "Không", None)])
    _refused(province, _forge(province, A, tables), "arrival_answers.arrival_id")


def _forge_down(province: Province, code: str, tables: Tables) -> bytes:
    """Seal a downward payload with the upper level's real keys for commune ``code``."""
    with province.upper.reading() as session:
        keys = site_keys(session)
        upper = party(session.get_one(Unit, get_site(session).unit_id))
    with province.communes[code].reading() as session:
        recipient_key = site_keys(session).public.encryption
        recipient = party(session.get_one(Unit, get_site(session).unit_id))
    return seal(
        kind=KIND_PACKAGE, sender=upper, keys=keys, recipient=recipient,
        recipient_encryption_key=recipient_key, generation=7, created_at="2026-11-25 09:00:00",
        schema="0007", payload=payload.encode(Direction.DOWN, 0, tables),
    )


def _arrival_for_b(province: Province) -> tuple[Tables, list[object], tuple[str, ...]]:
    """The honest downward snapshot for B, with its arrival row as a list to edit."""
    member = _member_with_certificate(province)
    with province.communes[A].transaction() as session:
        transfer_member(session, member, B, TODAY, role=ADMIN, today=TODAY)
    _up(province, A)
    b_id = _unit(province.communes[B])
    with province.upper.reading() as session:
        upper_id = get_site(session).unit_id
        tables: Tables = {name: read_scope(session, name, where, upper_id, b_id)
                          for name, where in DOWNWARD_SCOPE.items()}
    columns, rows = tables["member_arrivals"]
    assert len(rows) == 1
    return tables, list(rows[0]), columns


@pytest.mark.parametrize("case", ["another commune's arrival", "details owned by B",
                                  "details about someone else"])
def test_a_crafted_arrival_is_refused_whole_at_b(province: Province, case: str) -> None:
    tables, row, columns = _arrival_for_b(province)
    b_id = _unit(province.communes[B])
    details = json.loads(row[columns.index("details")])
    if case == "another commune's arrival":
        row[columns.index("to_code")] = PROVINCE_COMMUNES[2]
        rule = "member_arrivals.to_code: arrival_recipient"
    elif case == "details owned by B":
        owner_at = details["courses"]["columns"].index("owner_unit_id")
        details["courses"]["rows"][0][owner_at] = b_id
        rule = "member_arrivals.details: arrival_details"
    else:
        member_at = details["participations"]["columns"].index("member_id")
        details["participations"]["rows"][0][member_at] = "0190a5c4-1b2c-7d3e-8f40-0000000000af"
        rule = "member_arrivals.details: arrival_details"
    row[columns.index("details")] = json.dumps(details, ensure_ascii=False)
    tables["member_arrivals"] = (columns, [tuple(row)])
    data = _forge_down(province, B, tables)
    before = content_digest(province.communes[B])
    with (pytest.raises(NotAuthorisedError) as caught,
          province.communes[B].transaction() as session):
        import_package(session, data, "forged.sohoi")
    assert rule in (caught.value.rule or "")
    assert content_digest(province.communes[B]) == before
