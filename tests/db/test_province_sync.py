"""An upper level with several communes, built from real packages (issue "upper-level
workspace"): its own course gathers people from three communes, and each commune gets
back exactly its own people's participations and certificates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.certificates import issue_certificates
from db.models import Certificate, Course, Member, Participation, Topic
from db.site import get_site
from db.trainings import CourseDraft, add_participants, create_course, set_completed
from tests.server_support import NewRegister
from tests.sync_support import PROVINCE_COMMUNES, Province, build_province

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def province(tmp_path: Path, new_register: NewRegister) -> Iterator[Province]:
    built = build_province(tmp_path / "province", communes=3, members=120,
                           upper_at=new_register(tmp_path / "upper.sqlite"))
    yield built
    built.close()


def _commune_ids(province: Province) -> dict[str, str]:
    ids = {}
    for code, database in province.communes.items():
        with database.reading() as session:
            ids[code] = get_site(session).unit_id
    return ids


def test_the_upper_level_holds_every_communes_members(province: Province) -> None:
    ids = _commune_ids(province)
    with province.upper.reading() as session:
        counts = dict(session.execute(
            select(Member.commune_id, func.count()).group_by(Member.commune_id)).all())
    assert counts == dict.fromkeys(ids.values(), 120)


def test_a_course_for_three_communes_comes_back_to_each(province: Province) -> None:
    ids = _commune_ids(province)
    with province.upper.transaction() as session:
        upper_id = get_site(session).unit_id
        people: dict[str, list[str]] = {
            code: list(session.scalars(
                select(Member.id).where(Member.commune_id == unit_id)
                .order_by(Member.sort_key).limit(2)))
            for code, unit_id in ids.items()
        }
        topics = tuple(session.scalars(select(Topic.id).order_by(Topic.position).limit(3)))
        course = create_course(session, upper_id, CourseDraft(
            title="Bồi dưỡng Chủ tịch Hội LHPN cơ sở năm 2026",
            start_on=dt.date(2026, 9, 14), end_on=dt.date(2026, 9, 16), sessions=3,
            place="Trường Chính trị tỉnh Hưng Yên", status="finished", topic_ids=topics,
        ))
        add_participants(session, course, [p for group in people.values() for p in group])
        session.flush()
        for participation in session.scalars(
            select(Participation.id).where(Participation.course_id == course)
        ):
            set_completed(session, participation, True)
        issued = issue_certificates(session, course, upper_id, TODAY, "CHỦ TỊCH",
                                    "Nguyễn Thị Hằng")
    assert len(issued) == 6
    for code in PROVINCE_COMMUNES[:3]:
        province.receive_down(code, province.send_down(code))
    for code, database in province.communes.items():
        with database.reading() as session:
            got = set(session.scalars(
                select(Participation.member_id).where(Participation.course_id == course)))
            assert got == set(people[code])
            certified = set(session.scalars(
                select(Participation.member_id)
                .join(Certificate, Certificate.participation_id == Participation.id)
                .where(Participation.course_id == course)))
            assert certified == set(people[code])
            assert session.get_one(Course, course).title.startswith("Bồi dưỡng Chủ tịch")
    # Revoking one certificate at the upper level reaches that commune in its next file.
    with province.upper.transaction() as session:
        certificate = session.scalars(
            select(Certificate).join(Participation)
            .where(Participation.member_id == people["12499"][0])).one()
        certificate.revoked_on = TODAY
        certificate.revoke_reason = "Cấp nhầm người"
    province.receive_down("12499", province.send_down("12499"))
    with province.communes["12499"].reading() as session:
        assert session.get_one(Certificate, certificate.id).revoke_reason == "Cấp nhầm người"
