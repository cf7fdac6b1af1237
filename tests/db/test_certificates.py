"""Certificates: numbering per issuer and year, issuing, revoking and verification."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from db import certificates as certs
from db.certificates import CertificateFilter, InvalidIssueError
from db.engine import Database
from db.errors import UserError
from db.models import Certificate, Course, Member, Participation
from db.site import SiteInfo, get_site
from db.text import search_key
from db.validation import ValidationError


def _site(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def _course(database: Database, site: SiteInfo, names: list[str], *, done: int,
            start: dt.date = dt.date(2026, 3, 2)) -> str:
    """Add a finished course; the first ``done`` people completed it."""
    with database.transaction() as session:
        course = Course(owner_unit_id=site.unit_id, organiser_unit_id=site.unit_id,
                        title="Kỹ năng tuyên truyền", start_on=start,
                        end_on=start + dt.timedelta(days=1), status="finished",
                        place="Hội trường UBND xã")
        session.add(course)
        session.flush()
        for n, name in enumerate(names):
            session.add(Participation(owner_unit_id=site.unit_id, course_id=course.id,
                                      person_name=name, person_birth_date="1980",
                                      person_unit="Chi hội Thôn Đông", completed=n < done))
        return course.id


def _issue(database: Database, course_id: str, issuer: str, day: dt.date) -> list[str]:
    with database.transaction() as session:
        return certs.issue_certificates(session, course_id, issuer, day, "CHỦ TỊCH",
                                        "Nguyễn Thị Hương")


def _numbers(database: Database, ids: list[str]) -> list[str]:
    with database.reading() as session:
        return [r.number for r in certs.get_certificates(session, ids)]


def test_numbering_restarts_each_year_and_skips_unfinished(commune_db: Database) -> None:
    site = _site(commune_db)
    first = _course(commune_db, site, ["Lê Thị An", "Trần Thị Bình", "Vũ Thị Cúc"], done=2)
    ids = _issue(commune_db, first, site.unit_id, dt.date(2026, 3, 3))
    assert _numbers(commune_db, ids) == ["01/2026/GCN-HLHPN", "02/2026/GCN-HLHPN"]
    assert _issue(commune_db, first, site.unit_id, dt.date(2026, 3, 4)) == []  # nobody left
    second = _course(commune_db, site, ["Hà Thị Dung"], done=1)
    assert _numbers(commune_db, _issue(commune_db, second, site.unit_id,
                                       dt.date(2026, 6, 1))) == ["03/2026/GCN-HLHPN"]
    third = _course(commune_db, site, ["Đỗ Thị Én", "Bùi Thị Gấm"], done=2,
                    start=dt.date(2027, 1, 5))
    with commune_db.transaction() as session:
        assert certs.set_certificate_pattern(session, " {seq:02d}/{year}/GCN ") == \
            "{seq:02d}/{year}/GCN"
    ids = _issue(commune_db, third, site.unit_id, dt.date(2027, 1, 6))
    assert _numbers(commune_db, ids) == ["01/2027/GCN", "02/2027/GCN"]
    with commune_db.reading() as session:
        assert certs.certificate_pattern(session) == "{seq:02d}/{year}/GCN"
        codes = [r.verification_code for r in certs.list_certificates(session)]
    assert len(set(codes)) == 5
    assert all(len(c) == 10 and not set(c) & set("O0I1L") for c in codes)


def test_pattern_is_validated(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        assert certs.certificate_pattern(session) == certs.DEFAULT_PATTERN
        for bad in ("GCN-HLHPN", "{seq:03d}/{nam}", "", "{seq:q}"):
            with pytest.raises(ValidationError) as error:
                certs.set_certificate_pattern(session, bad)
            assert error.value.field == "pattern"
        assert certs.certificate_pattern(session) == certs.DEFAULT_PATTERN


def test_numbers_continue_after_the_demo_and_snapshot_is_kept(demo_db: Database) -> None:
    site = _site(demo_db)
    with demo_db.reading() as session:
        before = certs.list_certificates(session, CertificateFilter(year=2026))
        own = [r for r in before if r.issuer_name == site.union_name]
        last = max(r.sequence for r in own)
        course = next(c for c in certs.issuable_courses(session, site.unit_id)
                      if c.end.year == 2026)
        pending = session.scalars(
            select(Participation).where(Participation.course_id == course.id,
                                        Participation.completed.is_(False))).first()
        assert pending is not None and course.pending == 0
        member_id, pending_id = pending.member_id, pending.id
    with demo_db.transaction() as session:
        session.execute(update(Participation).where(Participation.id == pending_id)
                        .values(completed=True))
    with demo_db.reading() as session:
        course_now = next(c for c in certs.issuable_courses(session, site.unit_id)
                          if c.id == course.id)
        assert course_now.pending == 1
    ids = _issue(demo_db, course.id, site.unit_id, dt.date(2026, 11, 25))
    assert _numbers(demo_db, ids) == [f"{last + 1:02d}/2026/GCN-HLHPN"]
    with demo_db.transaction() as session:  # the member's record changes afterwards
        member = session.get_one(Member, member_id)
        printed_name = member.full_name
        member.full_name = "Tên Đã Đổi"
    with demo_db.reading() as session:
        row = certs.get_certificates(session, ids)[0]
        assert session.get_one(Certificate, ids[0]).snapshot["full_name"] == printed_name
    assert row.full_name == printed_name
    assert row.issuer_name == "Hội LHPN xã Hưng Hà"
    assert row.issuer_parent_name == "Hội LHPN tỉnh Hưng Yên"
    assert row.place_name == "Hưng Hà"
    assert row.issued_on == dt.date(2026, 11, 25)


def test_revoke_then_verify_and_reissue(commune_db: Database) -> None:
    site = _site(commune_db)
    course = _course(commune_db, site, ["Lê Thị An"], done=1)
    [cid] = _issue(commune_db, course, site.unit_id, dt.date(2026, 3, 3))
    with commune_db.reading() as session:
        row = certs.get_certificates(session, [cid])[0]
        assert certs.verify(session, row.verification_code).status == "valid"
    with commune_db.transaction() as session, pytest.raises(ValidationError):
        certs.revoke_certificate(session, cid, dt.date(2026, 4, 1), "   ")
    with commune_db.transaction() as session:
        certs.revoke_certificate(session, cid, dt.date(2026, 4, 1), "Cấp nhầm người")
    with commune_db.transaction() as session, pytest.raises(UserError):
        certs.revoke_certificate(session, cid, dt.date(2026, 4, 2), "Lần nữa")
    with commune_db.reading() as session:
        result = certs.verify(session, row.verification_code)
        assert result.status == "revoked"
        assert result.certificate is not None
        assert result.certificate.revoke_reason == "Cấp nhầm người"
        assert result.certificate.revoked_on == dt.date(2026, 4, 1)
        assert len(certs.list_certificates(session, CertificateFilter(
            include_revoked=False))) == 0
        assert len(certs.list_certificates(session)) == 1  # never deleted
    [again] = _issue(commune_db, course, site.unit_id, dt.date(2026, 4, 2))
    assert _numbers(commune_db, [again]) == ["02/2026/GCN-HLHPN"]


def test_verify_ignores_case_spaces_dashes_and_the_qr_prefix(demo_db: Database) -> None:
    with demo_db.reading() as session:
        row = certs.list_certificates(session)[0]
        code = row.verification_code
        for typed in (code.lower(), f" {code[:5]}-{code[5:]} ", f"{code[:3]} {code[3:]}",
                      f"SOHOI-CERT:{code}", f"sohoi-cert:{code.lower()}"):
            result = certs.verify(session, typed)
            assert result.status == "valid", typed
            assert result.certificate is not None and result.certificate.id == row.id
        assert certs.verify(session, "ABCDEFGHJK").status == "unknown"
        assert certs.verify(session, "").certificate is None


def test_list_filters_and_search(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = certs.list_certificates(session)
        assert [r.issued_on for r in rows] == sorted((r.issued_on for r in rows),
                                                    reverse=True)
        name = rows[0].full_name
        folded = search_key(name).upper()  # "HA THI HANH": no tones, other case
        found = certs.list_certificates(session, CertificateFilter(text=folded))
        assert rows[0].id in [r.id for r in found]
        assert all(search_key(r.full_name) == search_key(name) for r in found)
        assert certs.list_certificates(session, CertificateFilter(text="zzz qqq")) == []
        by_year = certs.list_certificates(session, CertificateFilter(year=2025))
        assert by_year and all(r.year == 2025 for r in by_year)
        course = rows[0].course_id
        of_course = certs.certificates_of_course(session, course)
        assert {r.id for r in of_course} == {
            r.id for r in certs.list_certificates(session, CertificateFilter(course_id=course))}
        assert [r.sequence for r in of_course] == sorted(r.sequence for r in of_course)
        assert course in [c.id for c in certs.certificate_courses(session)]
        assert certs.certificate_years(session) == [2026, 2025]


def test_issue_refuses_unfinished_and_checks_the_signer(commune_db: Database) -> None:
    site = _site(commune_db)
    course = _course(commune_db, site, ["Lê Thị An", "Trần Thị Bình"], done=1)
    with commune_db.reading() as session:
        unfinished = session.scalars(select(Participation.id).where(
            Participation.completed.is_(False))).one()
    with commune_db.transaction() as session, pytest.raises(UserError, match="Trần Thị Bình"):
        certs.issue_certificates(session, course, site.unit_id, dt.date(2026, 3, 3),
                                 "CHỦ TỊCH", "Nguyễn Thị Hương", participation_ids=[unfinished])
    with commune_db.transaction() as session, pytest.raises(InvalidIssueError) as error:
        certs.issue_certificates(session, course, site.unit_id, dt.date(2026, 3, 3), " ", "")
    assert set(error.value.errors) == {"signer_title", "signer_name"}
    with commune_db.reading() as session:
        assert certs.list_certificates(session) == []
