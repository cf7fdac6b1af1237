"""Training: topics, courses, participants, attendance, sheets and the 1893 statistics."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.errors import UserError
from db.members import MemberDraft, add_member
from db.models import Certificate, Course, FundingLine, Participation, Post, SessionAttendance
from db.site import get_site
from db.trainings import (
    COURSE_MODE_LABELS,
    COURSE_STATUS_LABELS,
    FUNDING_SOURCE_LABELS,
    CourseDraft,
    CourseFilter,
    InvalidCourseError,
    InvalidTopicError,
    TopicDraft,
    add_outside_person,
    add_participants,
    cancel_course,
    complete_by_attendance,
    course_detail,
    course_draft,
    course_sheet_data,
    create_course,
    delete_course,
    funding_by_source,
    list_courses,
    list_topics,
    participants,
    participation_counts,
    remove_participant,
    save_topic,
    set_completed,
    set_funding,
    set_session_attendance,
    trained_by_topic,
    trained_member_ids,
    update_course,
)
from db.units import create_branch
from db.validation import ValidationError

TODAY = dt.date(2026, 11, 25)


@dataclass
class Commune:
    """Xã Hưng Hà with two branches and four members.

    Chi hội Đông: Lan (commune chair), Ánh (branch head). Chi hội Tây: Anh, Bình.
    """

    commune_id: str
    parent_id: str
    east: str
    west: str
    lan: str
    anh_accent: str
    anh: str
    binh: str
    topics: list[str]


def _member(session, commune_id: str, name: str, branch: str, birth: str) -> str:  # type: ignore[no-untyped-def]
    return add_member(
        session, commune_id,
        MemberDraft(full_name=name, birth_date=birth, branch_id=branch,
                    joined_on=dt.date(2015, 1, 1)),
        today=TODAY,
    )


@pytest.fixture
def commune(commune_db: Database) -> Commune:
    with commune_db.transaction() as session:
        site = get_site(session)
        cid = site.unit_id
        east = create_branch(session, cid, "Chi hội Đông")
        west = create_branch(session, cid, "Chi hội Tây")
        lan = _member(session, cid, "Nguyễn Thị Lan", east, "1975")
        anh_accent = _member(session, cid, "Lê Thị Ánh", east, "1980-05")
        anh = _member(session, cid, "Trần Văn Anh", west, "1990-02-03")
        binh = _member(session, cid, "Phạm Thị Bình", west, "1985")
        session.add(Post(owner_unit_id=cid, member_id=lan, unit_id=cid, title="chair",
                         start_on=dt.date(2021, 10, 1)))
        session.add(Post(owner_unit_id=cid, member_id=anh_accent, unit_id=east,
                         title="branch_head", start_on=dt.date(2020, 1, 1)))
        topics = [t.id for t in list_topics(session)]
        assert site.parent_unit_id is not None
        return Commune(cid, site.parent_unit_id, east, west, lan, anh_accent, anh, binh, topics)


def _draft(commune: Commune, **changes: object) -> CourseDraft:
    values: dict[str, object] = {
        "title": "Tập huấn nghiệp vụ công tác Hội năm 2026",
        "start_on": dt.date(2026, 3, 10),
        "end_on": dt.date(2026, 3, 11),
        "sessions": 4,
        "place": "Hội trường UBND xã",
        "topic_ids": (commune.topics[2], commune.topics[0]),
        "funding": (("state_budget", 5_000_000, None), ("union", 1_500_000, "Quỹ Hội")),
        "status": "finished",
    }
    values.update(changes)
    return CourseDraft(**values)  # type: ignore[arg-type]


def _course(db: Database, commune: Commune, **changes: object) -> str:
    with db.transaction() as session:
        return create_course(session, commune.commune_id, _draft(commune, **changes))


def test_labels_are_vietnamese() -> None:
    assert COURSE_MODE_LABELS["blended"] == "Kết hợp"
    assert COURSE_STATUS_LABELS["cancelled"] == "Đã hủy"
    assert FUNDING_SOURCE_LABELS["socialized"] == "Xã hội hóa"


def test_commune_sees_the_catalog_read_only(commune_db: Database, commune: Commune) -> None:
    with commune_db.reading() as session:
        topics = list_topics(session)
    assert len(topics) == 11
    assert topics[0].code == "DLH"
    assert not any(t.editable for t in topics)
    with commune_db.transaction() as session, pytest.raises(UserError):
        save_topic(session, TopicDraft(code="X", name="Mới", group="Kỹ năng"))
    with commune_db.transaction() as session, pytest.raises(UserError):
        save_topic(session, TopicDraft(code="DLH", name="Sửa", group="G",
                                       topic_id=topics[0].id))


def test_upper_level_edits_the_catalog(database: Database) -> None:
    from db.site import init_site

    with database.transaction() as session:
        init_site(session, "33", upper=True)
        new_id = save_topic(session, TopicDraft(code="ktgd", name="  Kỹ năng  làm cha mẹ ",
                                                group="Kỹ năng"))
    with database.reading() as session:
        topics = list_topics(session)
    assert all(t.editable for t in topics)
    assert topics[-1].id == new_id and topics[-1].code == "KTGD"
    assert topics[-1].name == "Kỹ năng làm cha mẹ"
    with database.transaction() as session, pytest.raises(InvalidTopicError) as error:
        save_topic(session, TopicDraft(code="DLH", name="", group=""))
    assert set(error.value.errors) == {"code", "name", "group"}


def test_create_and_list_a_course(commune_db: Database, commune: Commune) -> None:
    nfd_title = unicodedata.normalize("NFD", "Tập huấn  kỹ năng tham mưu")
    course_id = _course(commune_db, commune, title=nfd_title)
    with commune_db.reading() as session:
        rows = list_courses(session, commune.commune_id, CourseFilter(year=2026))
        none_2025 = list_courses(session, commune.commune_id, CourseFilter(year=2025))
        found = list_courses(session, commune.commune_id, CourseFilter(text="KY NANG tham"))
        missing = list_courses(session, commune.commune_id, CourseFilter(text="tài chính"))
        detail = course_detail(session, commune.commune_id, course_id)
    assert [r.id for r in rows] == [course_id]
    row = rows[0]
    assert row.title == "Tập huấn kỹ năng tham mưu"
    assert unicodedata.is_normalized("NFC", row.title)
    assert row.organiser_name == "Hội LHPN xã Hưng Hà"
    assert row.level_label == "Xã"
    assert row.owned
    assert row.funding_total == 6_500_000
    assert row.topics == ("Điều lệ Hội LHPN Việt Nam", "Nghiệp vụ công tác Hội")  # catalog order
    assert (row.participants, row.completed) == (0, 0)
    assert none_2025 == []
    assert [r.id for r in found] == [course_id]
    assert missing == []
    assert [f.source_label for f in detail.funding] == ["Ngân sách nhà nước", "Kinh phí Hội"]
    assert detail.funding[1].note == "Quỹ Hội"


def test_course_validation_names_each_field(commune_db: Database, commune: Commune) -> None:
    bad = _draft(commune, title="  ", start_on=dt.date(2026, 3, 10), end_on=dt.date(2026, 3, 9),
                 sessions=61, mode="radio", status="done", topic_ids=(),
                 funding=(("state_budget", -5, None),))
    with commune_db.transaction() as session, pytest.raises(InvalidCourseError) as error:
        create_course(session, commune.commune_id, bad)
    assert set(error.value.errors) == {
        "title", "end_on", "sessions", "mode", "status", "topic_ids", "funding"
    }
    assert "10/03/2026" in error.value.errors["end_on"]
    with commune_db.transaction() as session, pytest.raises(InvalidCourseError) as error:
        create_course(session, commune.commune_id, _draft(commune, sessions=0))
    assert set(error.value.errors) == {"sessions"}
    with commune_db.reading() as session:
        assert session.execute(select(func.count()).select_from(Course)).scalar_one() == 0


def test_update_course_and_funding(commune_db: Database, commune: Commune) -> None:
    course_id = _course(commune_db, commune)
    with commune_db.transaction() as session:
        draft = course_draft(session, course_id)
        assert draft.topic_ids == (commune.topics[0], commune.topics[2])
        draft.title = "Lớp đã sửa"
        draft.topic_ids = (commune.topics[5],)
        update_course(session, course_id, draft)
    with commune_db.transaction() as session:
        set_funding(session, course_id, [("socialized", 2_000_000, "Doanh nghiệp")])
    with commune_db.reading() as session:
        detail = course_detail(session, commune.commune_id, course_id)
        stale = course_draft(session, course_id)
    assert detail.row.title == "Lớp đã sửa"
    assert detail.row.topics == ("Quản lý, sử dụng tài chính của Hội",)
    assert detail.row.funding_total == 2_000_000
    assert [(f.source, f.amount) for f in detail.funding] == [("socialized", 2_000_000)]
    with commune_db.transaction() as session, pytest.raises(InvalidCourseError):
        set_funding(session, course_id, [("lottery", 1, None)])
    # A draft read before someone else's save is refused.
    stale.version = 1
    with commune_db.transaction() as session, pytest.raises(UserError):
        update_course(session, course_id, stale)


def test_participants_in_vietnamese_order_with_snapshots(
    commune_db: Database, commune: Commune
) -> None:
    course_id = _course(commune_db, commune)
    with commune_db.transaction() as session:
        added = add_participants(session, course_id, [commune.lan, commune.anh_accent,
                                                      commune.anh, commune.binh])
        again = add_participants(session, course_id, [commune.lan])
        add_outside_person(session, course_id, "Đỗ Thị Bích", "1970", "Xã Tân Lễ", "Khách mời")
    assert (added, again) == (4, 0)
    with commune_db.reading() as session:
        rows = participants(session, course_id)
    # Given names first: Anh < Ánh < Bích < Bình < Lan.
    assert [r.full_name for r in rows] == [
        "Trần Văn Anh", "Lê Thị Ánh", "Đỗ Thị Bích", "Phạm Thị Bình", "Nguyễn Thị Lan"
    ]
    by_name = {r.full_name: r for r in rows}
    assert by_name["Nguyễn Thị Lan"].title == "Chủ tịch"
    assert by_name["Nguyễn Thị Lan"].unit == "Chi hội Đông"
    assert by_name["Lê Thị Ánh"].title == "Chi hội trưởng"
    assert by_name["Lê Thị Ánh"].birth_date == "1980-05"
    assert by_name["Đỗ Thị Bích"].member_id is None
    assert by_name["Đỗ Thị Bích"].unit == "Xã Tân Lễ"
    assert by_name["Trần Văn Anh"].title == ""
    with commune_db.transaction() as session, pytest.raises(InvalidCourseError) as error:
        add_outside_person(session, course_id, " ", "13/1985", "", "")
    assert set(error.value.errors) == {"full_name", "birth_date"}


def test_attendance_and_completion_by_share(commune_db: Database, commune: Commune) -> None:
    course_id = _course(commune_db, commune, sessions=5)
    with commune_db.transaction() as session:
        add_participants(session, course_id, [commune.lan, commune.anh, commune.binh])
        rows = {r.member_id: r.participation_id for r in participants(session, course_id)}
        for number in range(1, 6):  # Lan: 5/5
            set_session_attendance(session, rows[commune.lan], number, True)
        for number in range(1, 5):  # Anh: 4/5 = 80 %
            set_session_attendance(session, rows[commune.anh], number, True)
        for number in range(1, 4):  # Bình: 3/5, then one mark taken back: 2/5
            set_session_attendance(session, rows[commune.binh], number, True)
        set_session_attendance(session, rows[commune.binh], 3, False)
        with pytest.raises(ValidationError):
            set_session_attendance(session, rows[commune.lan], 6, True)
    with commune_db.transaction() as session:
        marked = complete_by_attendance(session, course_id)
        marked_again = complete_by_attendance(session, course_id)
    assert (marked, marked_again) == (2, 0)
    with commune_db.reading() as session:
        people = {r.member_id: r for r in participants(session, course_id)}
        row = list_courses(session, commune.commune_id)[0]
    assert people[commune.lan].completed and people[commune.anh].completed
    assert not people[commune.binh].completed
    assert people[commune.anh].sessions_present == 4
    assert people[commune.anh].present_sessions == (1, 2, 3, 4)
    assert people[commune.binh].sessions_present == 2
    assert (row.participants, row.completed) == (3, 2)
    with commune_db.transaction() as session:
        set_completed(session, rows[commune.binh], True)
        set_completed(session, rows[commune.lan], False)
    with commune_db.reading() as session:
        people = {r.member_id: r for r in participants(session, course_id)}
    assert people[commune.binh].completed and not people[commune.lan].completed
    # Fewer sessions drop the marks of the sessions that no longer exist.
    with commune_db.transaction() as session:
        draft = course_draft(session, course_id)
        draft.sessions = 2
        update_course(session, course_id, draft)
    with commune_db.reading() as session:
        people = {r.member_id: r for r in participants(session, course_id)}
        live_marks = session.execute(
            select(func.count()).select_from(SessionAttendance)
            .where(SessionAttendance.deleted_at.is_(None))
        ).scalar_one()
    assert people[commune.lan].sessions_present == 2 and people[commune.lan].sessions == 2
    assert live_marks == 2 + 2 + 2  # Bình's mark of session 3 is "absent", now gone too


def test_certificates_protect_people_and_courses(commune_db: Database, commune: Commune) -> None:
    course_id = _course(commune_db, commune)
    with commune_db.transaction() as session:
        add_participants(session, course_id, [commune.lan, commune.binh])
        rows = {r.member_id: r.participation_id for r in participants(session, course_id)}
        set_completed(session, rows[commune.lan], True)
        session.add(Certificate(
            owner_unit_id=commune.commune_id, participation_id=rows[commune.lan],
            issuer_unit_id=commune.commune_id, year=2026, sequence=1,
            number="001/GCN-HLHPN", verification_code="ABCDEFGHJK", snapshot={},
            issued_on=dt.date(2026, 3, 11), signer_title="CHỦ TỊCH", signer_name="X",
        ))
    with commune_db.reading() as session:
        people = {r.member_id: r for r in participants(session, course_id)}
    assert people[commune.lan].certificate_number == "001/GCN-HLHPN"
    for action in (
        lambda s: remove_participant(s, rows[commune.lan]),
        lambda s: set_completed(s, rows[commune.lan], False),
        lambda s: delete_course(s, course_id),
        lambda s: cancel_course(s, course_id),
    ):
        with commune_db.transaction() as session, pytest.raises(UserError):
            action(session)
    with commune_db.transaction() as session:
        remove_participant(session, rows[commune.binh])
    with commune_db.reading() as session:
        assert [r.member_id for r in participants(session, course_id)] == [commune.lan]
    # Removed and added again: the old participation comes back, no double.
    with commune_db.transaction() as session:
        assert add_participants(session, course_id, [commune.binh]) == 1
    with commune_db.reading() as session:
        total = session.execute(select(func.count()).select_from(Participation)).scalar_one()
    assert total == 2


def test_cancel_and_delete_leave_tombstones(commune_db: Database, commune: Commune) -> None:
    keep = _course(commune_db, commune)
    drop = _course(commune_db, commune, title="Lớp xóa")
    with commune_db.transaction() as session:
        add_participants(session, drop, [commune.lan])
        cancel_course(session, keep)
        delete_course(session, drop)
    with commune_db.reading() as session:
        rows = list_courses(session, commune.commune_id)
        cancelled = list_courses(session, commune.commune_id, CourseFilter(status="cancelled"))
        dead = session.execute(
            select(func.count()).select_from(FundingLine).where(FundingLine.deleted_at.is_not(None))
        ).scalar_one()
        dead_people = session.execute(
            select(func.count()).select_from(Participation)
            .where(Participation.deleted_at.is_not(None))
        ).scalar_one()
    assert [r.id for r in rows] == [keep]
    assert [r.status_label for r in cancelled] == ["Đã hủy"]
    assert (dead, dead_people) == (2, 1)


def test_upper_level_course_is_read_only(commune_db: Database, commune: Commune) -> None:
    with commune_db.transaction() as session:
        upper = create_course(session, commune.parent_id, _draft(commune, title="Lớp tỉnh"))
    with commune_db.reading() as session:
        row = list_courses(session, commune.commune_id, CourseFilter(text="lop tinh"))[0]
    assert not row.owned
    assert row.level_label == "Tỉnh" and row.organiser_name == "Hội LHPN tỉnh Hưng Yên"
    with commune_db.transaction() as session, pytest.raises(UserError) as error:
        add_participants(session, upper, [commune.lan])
    assert "Hội LHPN tỉnh Hưng Yên" in error.value.message
    with commune_db.transaction() as session, pytest.raises(UserError):
        cancel_course(session, upper)


def test_sheet_data(commune_db: Database, commune: Commune) -> None:
    course_id = _course(commune_db, commune, sessions=3)
    with commune_db.transaction() as session:
        add_participants(session, course_id, [commune.lan, commune.binh])
        rows = {r.member_id: r.participation_id for r in participants(session, course_id)}
        set_session_attendance(session, rows[commune.binh], 2, True)
    with commune_db.reading() as session:
        data = course_sheet_data(session, course_id)
    assert data.commune_union_name == "Hội LHPN xã Hưng Hà"
    assert data.parent_union_name == "Hội LHPN tỉnh Hưng Yên"
    assert data.place_name == "Hưng Hà"
    assert data.chair_name == "Nguyễn Thị Lan"
    assert [(r.full_name, r.present) for r in data.rows] == [
        ("Phạm Thị Bình", (False, True, False)),
        ("Nguyễn Thị Lan", (False, False, False)),
    ]


def test_statistics_with_known_answers(commune_db: Database, commune: Commune) -> None:
    first = _course(commune_db, commune, end_on=dt.date(2026, 3, 11))
    second = _course(commune_db, commune, title="Lớp 2", start_on=dt.date(2026, 6, 1),
                     end_on=dt.date(2026, 6, 2), topic_ids=(commune.topics[8],),
                     funding=(("state_budget", 1_000_000, None),))
    old = _course(commune_db, commune, title="Lớp 2025", start_on=dt.date(2025, 6, 1),
                  end_on=dt.date(2025, 6, 2))
    cancelled = _course(commune_db, commune, title="Lớp hủy", start_on=dt.date(2026, 8, 1),
                        end_on=dt.date(2026, 8, 1), funding=(("other", 9_000_000, None),))
    with commune_db.transaction() as session:
        upper = create_course(session, commune.parent_id,
                              _draft(commune, title="Lớp tỉnh",
                                     funding=(("state_budget", 40_000_000, None),)))
        for course_id, people in (
            (first, [commune.lan, commune.binh]), (second, [commune.lan]), (old, [commune.anh]),
            (cancelled, [commune.anh]), (upper, [commune.anh_accent]),
        ):
            session.execute(  # the upper level's rows arrive by sync; written here directly
                Participation.__table__.insert(),
                [{"id": f"{course_id[:30]}-{n}", "owner_unit_id": "x", "course_id": course_id,
                  "member_id": m, "person_name": "x", "completed": m != commune.binh,
                  "version": 1, "created_at": dt.datetime(2026, 1, 1),
                  "updated_at": dt.datetime(2026, 1, 1)}
                 for n, m in enumerate(people)],
            )
        session.execute(select(Course).where(Course.id == cancelled)).scalar_one().status = (
            "cancelled"
        )
    everyone = [commune.lan, commune.anh_accent, commune.anh, commune.binh]
    with commune_db.reading() as session:
        trained = trained_member_ids(session, commune.commune_id, 2026)
        trained_all = trained_member_ids(session, None, 2026)
        other_commune = trained_member_ids(session, commune.parent_id, 2026)
        counts = participation_counts(session, everyone, 2026)
        by_topic = trained_by_topic(session, everyone, 2026)
        money = funding_by_source(session, commune.commune_id, 2026)
        money_all = funding_by_source(session, None, 2026)
        money_2025 = funding_by_source(session, commune.commune_id, 2025)
    assert trained == {commune.lan, commune.anh_accent}
    assert trained_all == trained and other_commune == set()
    assert counts == (3, 2)  # Lan twice, Ánh once
    assert by_topic == {
        commune.topics[0]: {commune.lan, commune.anh_accent},
        commune.topics[2]: {commune.lan, commune.anh_accent},
        commune.topics[8]: {commune.lan},
    }
    assert money == [("state_budget", 6_000_000), ("union", 1_500_000)]
    assert money_all == [("state_budget", 46_000_000), ("union", 1_500_000)]
    assert money_2025 == [("state_budget", 5_000_000), ("union", 1_500_000)]
    assert participation_counts(session, [], 2026) == (0, 0)


def test_demo_commune_sanity(demo_db: Database) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
        rows = list_courses(session, site.unit_id)
        assert rows, "the demo has courses"
        own = [r for r in rows if r.owned]
        upper = [r for r in rows if not r.owned]
        assert own and upper
        assert all(r.level_label == "Xã" for r in own)
        assert all(r.level_label == "Tỉnh" for r in upper)
        for row in rows:
            assert 0 <= row.completed <= row.participants
            assert row.funding_total > 0 and row.topics
        people = participants(session, own[0].id)
        assert len(people) == own[0].participants
        assert all(p.title in {"Chi hội trưởng", "Chi hội phó"} for p in people)
        with_certificate = [p for p in people if p.certificate_number]
        assert len(with_certificate) == own[0].completed
        trained = trained_member_ids(session, site.unit_id, 2026)
        times, distinct = participation_counts(session, trained, 2026)
        assert distinct == len(trained) > 0 and times >= distinct
        money = funding_by_source(session, site.unit_id, 2026)
        assert money and {s for s, _ in money} <= set(FUNDING_SOURCE_LABELS)
        data = course_sheet_data(session, upper[0].id)
        assert data.commune_union_name == "Hội LHPN tỉnh Hưng Yên"
        assert len(data.rows) == upper[0].participants
