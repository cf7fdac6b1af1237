"""Personal data: the subject's record, consent, and erasure with a tombstone."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from db.engine import Database
from db.errors import NotFoundError, UserError
from db.members import MemberDraft, MemberFilter, add_member, search_members
from db.models import Post
from db.officers import end_post
from db.personal_data import (
    CONSENT_METHODS,
    ERASED_NAME,
    ERASURE_REVOKE_REASON,
    erase_member,
    record_consent,
    subject_record,
)
from db.site import get_site
from db.validation import ValidationError
from tests.stored import stored

TODAY = dt.date(2026, 11, 25)

_BUSY_MEMBER = """
SELECT m.id FROM members m
WHERE m.id_number IS NOT NULL AND m.phone IS NOT NULL
  AND EXISTS (SELECT 1 FROM posts p WHERE p.member_id = m.id)
  AND EXISTS (SELECT 1 FROM attendances a WHERE a.member_id = m.id)
  AND EXISTS (SELECT 1 FROM training_needs t WHERE t.member_id = m.id)
  AND EXISTS (SELECT 1 FROM participations pa JOIN certificates c
              ON c.participation_id = pa.id WHERE pa.member_id = m.id)
ORDER BY m.sort_key LIMIT 1
"""


def raw(database: Database, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read with the driver itself, beside SQLAlchemy, to see what is really stored."""
    return stored(database, sql, *params)


@pytest.fixture
def busy_id(demo_db: Database) -> str:
    """A demo officer with posts, meetings, needs, courses and certificates."""
    rows = raw(demo_db, _BUSY_MEMBER)
    assert rows, "the demo should have such an officer"
    return str(rows[0][0])


def test_subject_record_holds_everything(demo_db: Database, busy_id: str) -> None:
    (name, cccd, phone, ethnicity) = raw(
        demo_db, "SELECT full_name, id_number, phone, ethnicity FROM members WHERE id = ?",
        busy_id)[0]
    counts = {
        table: raw(demo_db, f"SELECT count(*) FROM {table} WHERE member_id = ?", busy_id)[0][0]
        for table in ("posts", "attendances", "participations", "training_needs",
                      "qualifications", "member_status_events")
    }
    certificates = raw(
        demo_db, "SELECT c.number FROM certificates c JOIN participations p "
        "ON p.id = c.participation_id WHERE p.member_id = ?", busy_id)
    with demo_db.reading() as session:
        record = subject_record(session, busy_id, TODAY)
    values = {f.label: f.value for f in record.fields}
    assert record.full_name == name == values["Họ và tên"]
    assert values["Số CCCD"] == cccd
    assert values["Số điện thoại"] == phone
    assert values["Dân tộc"] == (ethnicity or "")
    assert {f.label for f in record.sensitive_fields} == {"Dân tộc", "Tôn giáo"}
    assert len(record.posts) == counts["posts"] > 0
    assert len(record.attendance) == counts["attendances"] > 0
    assert len(record.participations) == counts["participations"] > 0
    assert len(record.needs) == counts["training_needs"] > 0
    assert len(record.qualifications) == counts["qualifications"]
    assert len(record.status_history) == counts["member_status_events"] > 0
    assert sorted(c.number for c in record.certificates) == sorted(n for (n,) in certificates)
    assert all(a.unit and a.status_label for a in record.attendance)
    assert all(p.course and p.start_on <= p.end_on for p in record.participations)
    assert record.posts[0].title and record.posts[0].unit
    assert record.commune == "Hội LHPN xã Hưng Hà"
    assert record.upper_level.startswith("Hội LHPN tỉnh")
    assert [r.name for r in record.recipients] == [record.upper_level]
    assert "gói đồng bộ" in record.recipients[0].how
    assert record.chair_name
    assert record.produced_on == TODAY


def test_consent_is_recorded_and_checked(demo_db: Database, busy_id: str) -> None:
    with demo_db.transaction() as session:
        record_consent(session, busy_id, dt.date(2026, 3, 2), f"  {CONSENT_METHODS[1]} ", TODAY)
    assert raw(demo_db, "SELECT consent_on, consent_method FROM members WHERE id = ?",
               busy_id) == [("2026-03-02", CONSENT_METHODS[1])]
    with demo_db.reading() as session:
        consent = subject_record(session, busy_id, TODAY).consent
    assert consent.given and consent.on == dt.date(2026, 3, 2)
    with demo_db.transaction() as session, pytest.raises(ValidationError) as empty:
        record_consent(session, busy_id, TODAY, "  ", TODAY)
    assert empty.value.field == "consent_method"
    with demo_db.transaction() as session, pytest.raises(ValidationError) as future:
        record_consent(session, busy_id, TODAY + dt.timedelta(days=1), "Ký phiếu", TODAY)
    assert future.value.field == "consent_on"


def test_erase_refuses_an_officer_with_an_open_post(demo_db: Database, busy_id: str) -> None:
    with demo_db.transaction() as session, pytest.raises(UserError, match="chức danh"):
        erase_member(session, busy_id, TODAY, "Theo đơn đề nghị")
    assert raw(demo_db, "SELECT erased_at FROM members WHERE id = ?", busy_id) == [(None,)]


def _end_posts(database: Database, member_id: str) -> None:
    with database.transaction() as session:
        for post in session.scalars(select(Post).where(Post.member_id == member_id)):
            if post.end_on is None:
                end_post(session, post.id, TODAY)


_PERSONAL_COLUMNS = (
    "birth_date", "birth_year", "ethnicity", "religion", "id_number", "phone", "address",
    "occupation", "education", "professional_level", "political_theory", "joined_on",
    "card_number", "card_issued_on", "consent_on", "consent_method", "notes",
)


def test_erase_clears_personal_data_and_keeps_a_tombstone(
    demo_db: Database, busy_id: str
) -> None:
    (name,) = raw(demo_db, "SELECT full_name FROM members WHERE id = ?", busy_id)[0]
    with demo_db.transaction() as session:
        record_consent(session, busy_id, dt.date(2026, 2, 1), "Ký phiếu đồng ý", TODAY)
    _end_posts(demo_db, busy_id)
    members_before = raw(demo_db, "SELECT count(*) FROM members")[0][0]
    attendance_before = raw(demo_db, "SELECT count(*) FROM attendances WHERE member_id = ?",
                            busy_id)
    with demo_db.transaction() as session:
        erase_member(session, busy_id, TODAY, "Theo đơn đề nghị ngày 20/11/2026")

    columns = ", ".join(_PERSONAL_COLUMNS)
    row = raw(demo_db, f"SELECT {columns} FROM members WHERE id = ?", busy_id)[0]
    assert dict(zip(_PERSONAL_COLUMNS, row, strict=True)) == dict.fromkeys(_PERSONAL_COLUMNS)
    (full_name, party, erased_at, deleted_at, search, version) = raw(
        demo_db, "SELECT full_name, party_member, erased_at, deleted_at, search_key, version "
        "FROM members WHERE id = ?", busy_id)[0]
    assert full_name == ERASED_NAME and party == 0
    assert erased_at is not None and deleted_at is not None  # the tombstone sync carries
    assert version and int(str(version)) > 1  # a changed record, so the package carries it
    assert name.split()[-1].lower() not in str(search)
    # Rows are kept (never a physical DELETE): counts of past meetings do not move.
    assert raw(demo_db, "SELECT count(*) FROM members")[0][0] == members_before
    assert raw(demo_db, "SELECT count(*) FROM attendances WHERE member_id = ?",
               busy_id) == attendance_before
    assert raw(demo_db, "SELECT count(*) FROM training_needs WHERE member_id = ? "
               "AND deleted_at IS NULL", busy_id) == [(0,)]
    names = raw(demo_db, "SELECT DISTINCT person_name, person_birth_date FROM participations "
                "WHERE member_id = ?", busy_id)
    assert names == [(ERASED_NAME, None)]
    certificates = raw(
        demo_db, "SELECT c.number, c.revoked_on, c.revoke_reason, c.snapshot FROM certificates c "
        "JOIN participations p ON p.id = c.participation_id WHERE p.member_id = ?", busy_id)
    assert certificates
    for number, revoked_on, reason, snapshot in certificates:
        assert revoked_on is not None and reason == ERASURE_REVOKE_REASON
        assert json.loads(str(snapshot)) == {"number": number, "full_name": ERASED_NAME}

    with demo_db.reading() as session:
        found = search_members(session, MemberFilter(text=name), limit=1000)
        assert busy_id not in {m.id for m in found}
        assert search_members(session, MemberFilter(text="xoa theo yeu cau")) == []
        with pytest.raises(NotFoundError):
            subject_record(session, busy_id, TODAY)
    with demo_db.transaction() as session, pytest.raises(NotFoundError):
        erase_member(session, busy_id, TODAY, "lần hai")


def test_erase_needs_a_reason_and_a_live_member(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        site = get_site(session)
        member_id = add_member(session, site.unit_id, MemberDraft(
            full_name="Lê Thị Mận", id_number="034186000123", phone="0912345678",
            birth_date="1986", religion="Công giáo", notes="Nhà gần chợ"), TODAY)
    with commune_db.transaction() as session, pytest.raises(ValidationError):
        erase_member(session, member_id, TODAY, "   ")
    with commune_db.transaction() as session, pytest.raises(NotFoundError):
        erase_member(session, "no-such-id", TODAY, "Theo đơn")
    with commune_db.transaction() as session:
        erase_member(session, member_id, TODAY, "Theo đơn")
    dump = "\n".join(str(row) for row in raw(commune_db, "SELECT * FROM members"))
    for secret in ("Mận", "034186000123", "0912345678", "Công giáo", "Nhà gần chợ"):
        assert secret not in dump
    with commune_db.reading() as session:  # the search index no longer finds her
        assert commune_db.dialect.member_candidates(session, ["man"], None) == []
