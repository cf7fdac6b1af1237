"""Officers: posts, categories, title standards, qualifications and training needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import NotFoundError, UserError
from db.meetings import TITLE_LABELS as MEETING_TITLE_LABELS
from db.members import MemberDraft, add_member, change_status
from db.models import Course, CourseTopic, Participation, Post, Standard, Topic
from db.officers import (
    CATEGORY_LABELS,
    LEVELS,
    TITLE_LABELS,
    InvalidPostError,
    InvalidQualificationError,
    InvalidStandardError,
    OfficerCategory,
    PostDraft,
    SecondChairError,
    StandardConflictError,
    add_post,
    add_qualification,
    assignable_units,
    delete_post,
    delete_qualification,
    delete_standard,
    end_post,
    evaluate_standard,
    level_rank,
    list_officers,
    list_standards,
    needs_of,
    officers_in_category,
    open_needs_by_topic,
    post_draft,
    qualifications_of,
    register_need,
    remove_need,
    save_standard,
    standard_summary,
    update_post,
)
from db.site import get_site
from db.units import create_branch

TODAY = dt.date(2026, 11, 25)
START = dt.date(2021, 10, 1)


@dataclass
class Commune:
    """Xã Hưng Hà with two branches and known officers.

    Lan: chair (full-time) since 2021, meets every chair rule but state management.
    Hoa: branch head of Thôn Đông, 9/12 and a union-work certificate: meets her standard.
    Mai: branch deputy of Thôn Đông (no standard for deputies).
    Cúc: was vice-chair until 2025-12-31 (closed post), now nothing.
    Đào: vice-chair, full-time, from 2027 (not yet open).
    Sen: ordinary member.
    """

    id: str
    parent_id: str
    dong: str
    tay: str
    lan: str
    hoa: str
    mai: str
    cuc: str
    dao: str
    sen: str
    chair_post: str
    topics: dict[str, str]


def _member(session: Session, commune_id: str, name: str, branch_id: str) -> str:
    return add_member(session, commune_id,
                      MemberDraft(full_name=name, birth_date="1980", branch_id=branch_id),
                      today=TODAY)


def _post(session: Session, commune_id: str, member: str, unit: str, title: str,
          start: dt.date | None = START, end: dt.date | None = None,
          employment: str = "part_time") -> str:
    return add_post(session, commune_id, PostDraft(
        member_id=member, unit_id=unit, title=title, employment=employment, start_on=start,
        end_on=end, decision="Quyết định số 12/QĐ-HLHPN"))


@pytest.fixture
def commune(commune_db: Database) -> Commune:
    with commune_db.transaction() as session:
        site = get_site(session)
        cid = site.unit_id
        assert site.parent_unit_id is not None
        dong = create_branch(session, cid, "Thôn Đông")
        tay = create_branch(session, cid, "Thôn Tây")
        people = {key: _member(session, cid, name, dong if key != "sen" else tay)
                  for key, name in [("lan", "Nguyễn Thị Lan"), ("hoa", "Trần Thị Hoa"),
                                    ("mai", "Lê Thị Mai"), ("cuc", "Phạm Thị Cúc"),
                                    ("dao", "Vũ Thị Đào"), ("sen", "Đỗ Thị Sen")]}
        chair = _post(session, cid, people["lan"], cid, "chair", employment="full_time")
        _post(session, cid, people["hoa"], dong, "branch_head")
        _post(session, cid, people["mai"], dong, "branch_deputy")
        _post(session, cid, people["cuc"], cid, "vice_chair", end=dt.date(2025, 12, 31))
        _post(session, cid, people["dao"], cid, "vice_chair", start=dt.date(2027, 1, 1),
              employment="full_time")
        for kind, level in [("education", "12/12"), ("professional", "Đại học"),
                            ("political_theory", "Trung cấp"), ("it", "Cơ bản")]:
            add_qualification(session, people["lan"], kind, level, today=TODAY)
        add_qualification(session, people["hoa"], "education", "9/12", today=TODAY)
        add_qualification(session, people["hoa"], "union_work", "Chứng chỉ", today=TODAY)
        topics = {t.code: t.id for t in session.scalars(select(Topic))}
        return Commune(cid, site.parent_unit_id, dong, tay, people["lan"], people["hoa"],
                       people["mai"], people["cuc"], people["dao"], people["sen"], chair,
                       topics)


def test_labels_are_shared_with_meetings() -> None:
    assert MEETING_TITLE_LABELS is TITLE_LABELS
    assert TITLE_LABELS["branch_head"] == "Chi hội trưởng"
    assert CATEGORY_LABELS[OfficerCategory.CHAIR] == "Chủ tịch Hội LHPN cơ sở"
    assert dict(LEVELS["political_theory"])["Trung cấp"] == 2
    assert level_rank("professional", "dai hoc") == 4
    assert level_rank("professional", "Cử nhân chính trị") is None


def test_list_officers_shows_open_posts_in_name_order(
    commune_db: Database, commune: Commune
) -> None:
    with commune_db.reading() as session:
        rows = list_officers(session, commune.id, TODAY)
        # Cúc's post ended in 2025 and Đào's begins in 2027: neither is an officer today.
        # Given names in Vietnamese order: Hoa, Lan, Mai.
        assert [r.full_name for r in rows] == ["Trần Thị Hoa", "Nguyễn Thị Lan", "Lê Thị Mai"]
        hoa, lan, mai = rows
        assert hoa.titles_text == "Chi hội trưởng (Chi hội Thôn Đông)"
        assert hoa.branch == "Chi hội Thôn Đông"
        assert lan.posts[0].unit_name == "Hội LHPN xã Hưng Hà"
        assert lan.full_time and not hoa.full_time
        assert hoa.meets_standard is True and hoa.missing == ()
        assert lan.meets_standard is False
        assert lan.missing == ("Bồi dưỡng quản lý nhà nước ngạch chuyên viên",)
        assert mai.meets_standard is None
        assert not any(r.trained_this_year for r in rows)
        assert [r.full_name for r in list_officers(session, commune.id, TODAY,
                                                   title="branch_deputy")] == ["Lê Thị Mai"]
        assert [r.full_name for r in list_officers(session, commune.id, TODAY,
                                                   text="nguyen lan")] == ["Nguyễn Thị Lan"]
        # In 2025 Cúc was vice-chair; in 2027 Đào is.
        assert "Phạm Thị Cúc" in [r.full_name for r in list_officers(
            session, commune.id, dt.date(2025, 6, 1))]
        assert "Vũ Thị Đào" in [r.full_name for r in list_officers(
            session, commune.id, dt.date(2027, 1, 1))]


def test_categories_count_open_posts_on_the_day(commune_db: Database, commune: Commune) -> None:
    with commune_db.reading() as session:
        def who(category: str, on: dt.date = TODAY, cid: str | None = commune.id) -> list[str]:
            return officers_in_category(session, cid, category, on)

        assert who("full_time") == [commune.lan]
        assert who("chair") == [commune.lan]
        assert who("vice_chair") == []
        assert who("vice_chair", dt.date(2025, 12, 31)) == [commune.cuc]
        assert who("vice_chair", dt.date(2027, 1, 1)) == [commune.dao]
        assert who("full_time", dt.date(2027, 1, 1)) == [commune.dao, commune.lan]
        assert who("branch_head") == [commune.hoa]
        assert who("branch_deputy", cid=None) == [commune.mai]
        assert standard_summary(session, commune.id, TODAY) == [
            ("full_time", 1, 0), ("chair", 1, 0), ("vice_chair", 0, 0),
            ("branch_head", 1, 1), ("branch_deputy", 1, 1),
        ]
        with pytest.raises(ValueError):
            who("treasurer")


def test_trained_this_year_needs_a_completed_course_ending_in_the_year(
    commune_db: Database, commune: Commune
) -> None:
    with commune_db.transaction() as session:
        for member, end, completed in [(commune.hoa, dt.date(2026, 3, 2), True),
                                       (commune.lan, dt.date(2026, 5, 2), False),
                                       (commune.mai, dt.date(2025, 12, 30), True)]:
            course = Course(owner_unit_id=commune.id, organiser_unit_id=commune.id,
                            title="Tập huấn", start_on=end, end_on=end)
            session.add(course)
            session.flush()
            session.add(Participation(owner_unit_id=commune.id, course_id=course.id,
                                      member_id=member, person_name="x",
                                      completed=completed))
    with commune_db.reading() as session:
        trained = {r.full_name: r.trained_this_year
                   for r in list_officers(session, commune.id, TODAY)}
    assert trained == {"Trần Thị Hoa": True, "Nguyễn Thị Lan": False, "Lê Thị Mai": False}


def test_post_validation_messages(commune_db: Database, commune: Commune) -> None:
    with commune_db.transaction() as session:
        with pytest.raises(InvalidPostError) as caught:
            add_post(session, commune.id, PostDraft(
                member_id="", unit_id="", title="boss", employment="sometimes",
                start_on=dt.date(2026, 5, 1), end_on=dt.date(2026, 4, 1)))
        assert caught.value.errors == {
            "member_id": "Hãy chọn hội viên được giao chức danh.",
            "unit_id": "Hãy chọn Hội LHPN xã hoặc một chi hội của xã.",
            "title": "Hãy chọn chức danh.",
            "employment": "Hãy chọn chuyên trách hoặc không chuyên trách.",
            "end_on": "Ngày thôi giữ chức không được trước ngày bắt đầu.",
        }
        with pytest.raises(InvalidPostError) as caught:
            add_post(session, commune.id, PostDraft(member_id=commune.sen, unit_id=commune.id,
                                                    title="branch_head"))
        assert caught.value.errors == {
            "unit_id": "Chi hội trưởng là chức danh ở chi hội; hãy chọn chi hội."}
        with pytest.raises(InvalidPostError) as caught:
            add_post(session, commune.id, PostDraft(member_id=commune.sen, unit_id=commune.tay,
                                                    title="vice_chair"))
        assert caught.value.errors == {"unit_id": "Phó Chủ tịch là chức danh của Hội LHPN xã; "
                                                  "hãy chọn Hội LHPN xã."}
        # The province is not a unit of the commune.
        with pytest.raises(InvalidPostError) as caught:
            add_post(session, commune.id, PostDraft(member_id=commune.sen,
                                                    unit_id=commune.parent_id, title="staff"))
        assert set(caught.value.errors) == {"unit_id"}
        change_status(session, commune.sen, "left", TODAY, "Chuyển nơi ở", today=TODAY)
        with pytest.raises(InvalidPostError) as caught:
            add_post(session, commune.id, PostDraft(member_id=commune.sen, unit_id=commune.tay,
                                                    title="branch_head"))
        assert caught.value.errors == {
            "member_id": "Chỉ giao chức danh cho hội viên đang sinh hoạt."}


def test_second_chair_is_refused_unless_confirmed(commune_db: Database, commune: Commune) -> None:
    draft = PostDraft(member_id=commune.sen, unit_id=commune.id, title="chair",
                      employment="full_time", start_on=dt.date(2026, 6, 1))
    with commune_db.transaction() as session:
        with pytest.raises(SecondChairError) as caught:
            add_post(session, commune.id, draft)
        assert isinstance(caught.value, UserError)
        assert caught.value.message.startswith(
            "Xã đang có Chủ tịch Hội là Nguyễn Thị Lan trong cùng thời gian.")
        # After Lan's post ends, a new chair from the next day is fine.
        end_post(session, commune.chair_post, dt.date(2026, 5, 31))
        new_chair = add_post(session, commune.id, draft)
        assert officers_in_category(session, commune.id, "chair", TODAY) == [commune.sen]
        # A chair dated back into Lan's term is refused again, unless confirmed.
        back = PostDraft(member_id=commune.hoa, unit_id=commune.id, title="chair",
                         start_on=dt.date(2025, 1, 1), end_on=dt.date(2025, 12, 31))
        with pytest.raises(SecondChairError):
            add_post(session, commune.id, back)
        add_post(session, commune.id, back, allow_second_chair=True)
        # Editing the new chair's own post is not a clash with herself.
        edited = post_draft(session, new_chair)
        edited.decision = "Quyết định số 99/QĐ-HLHPN"
        update_post(session, new_chair, edited)
        assert post_draft(session, new_chair).decision == "Quyết định số 99/QĐ-HLHPN"


def test_end_and_delete_posts(commune_db: Database, commune: Commune) -> None:
    with commune_db.transaction() as session:
        posts = list_officers(session, commune.id, TODAY)[0].posts  # Hoa
        post_id = posts[0].id
        with pytest.raises(InvalidPostError) as caught:
            end_post(session, post_id, dt.date(2020, 1, 1))
        assert caught.value.errors == {
            "end_on": "Ngày thôi giữ chức không được trước ngày bắt đầu (01/10/2021)."}
        end_post(session, post_id, TODAY)
        with pytest.raises(UserError, match="đã kết thúc ngày 25/11/2026"):
            end_post(session, post_id, TODAY)
        # Open on its last day, gone the day after.
        assert officers_in_category(session, commune.id, "branch_head", TODAY) == [commune.hoa]
        assert officers_in_category(
            session, commune.id, "branch_head", TODAY + dt.timedelta(days=1)) == []
        mai_post = next(r for r in list_officers(session, commune.id, TODAY)
                        if r.member_id == commune.mai).posts[0].id
        delete_post(session, mai_post)
        stored = session.get_one(Post, mai_post)
        assert stored.deleted_at is not None
        assert officers_in_category(session, commune.id, "branch_deputy", TODAY) == []
        with pytest.raises(NotFoundError):
            delete_post(session, mai_post)


def test_qualifications_and_standard_evaluation(commune_db: Database, commune: Commune) -> None:
    with commune_db.transaction() as session:
        result = evaluate_standard(session, commune.lan, TODAY)
        assert result.meets is False
        assert result.missing == ("Bồi dưỡng quản lý nhà nước ngạch chuyên viên",)
        assert len(result.rules) == 5
        theory = next(r for r in result.rules if r.kind == "political_theory")
        assert (theory.best_level, theory.met) == ("Trung cấp", True)
        qid = add_qualification(session, commune.lan, "state_management", " chuyên viên ",
                                dt.date(2024, 5, 1), "Trường Chính trị tỉnh", "QLNN-123",
                                today=TODAY)
        assert evaluate_standard(session, commune.lan, TODAY).meets is True
        rows = qualifications_of(session, commune.lan)
        assert [r.kind for r in rows] == ["education", "professional", "political_theory",
                                          "state_management", "it"]
        added = rows[3]
        assert (added.level, added.rank, added.issuer) == ("Chuyên viên", 1,
                                                           "Trường Chính trị tỉnh")
        delete_qualification(session, qid)
        assert evaluate_standard(session, commune.lan, TODAY).meets is False
        # A person with no post has no standard to meet.
        assert evaluate_standard(session, commune.sen, TODAY).meets is None
        with pytest.raises(InvalidQualificationError) as caught:
            add_qualification(session, commune.lan, "political_theory", "Cử nhân chính trị",
                              today=TODAY)
        assert set(caught.value.errors) == {"level"}
        custom = add_qualification(session, commune.lan, "political_theory",
                                   "Cử nhân chính trị", rank=3, today=TODAY)
        assert any(r.id == custom and r.rank == 3 for r in qualifications_of(session,
                                                                              commune.lan))
        with pytest.raises(InvalidQualificationError) as caught:
            add_qualification(session, commune.lan, "magic", "", TODAY + dt.timedelta(1),
                              today=TODAY)
        assert caught.value.errors == {
            "kind": "Hãy chọn loại trình độ.",
            "level": "Trình độ không được để trống.",
            "obtained_on": "Ngày cấp không được sau ngày hôm nay.",
        }


def test_standards_are_editable_rules(commune_db: Database, commune: Commune) -> None:
    with commune_db.transaction() as session:
        rules = list_standards(session)
        assert len(rules) == 10
        assert rules[0].title == "chair" and rules[0].title_label == "Chủ tịch"
        qlnn = next(r for r in rules if r.title == "chair" and r.kind == "state_management")
        delete_standard(session, qlnn.id)
        assert evaluate_standard(session, commune.lan, TODAY).meets is True
        # A new rule for deputies, owned by the province that publishes standards.
        new_id = save_standard(session, "branch_deputy", "education", 9, "")
        stored = session.get_one(Standard, new_id)
        assert stored.owner_unit_id == commune.parent_id
        assert stored.description == "Học vấn 9/12 trở lên"
        result = evaluate_standard(session, commune.mai, TODAY)
        assert (result.meets, result.missing) == (False, ("Học vấn 9/12 trở lên",))
        # Raising Hoa's branch-head rule to 12/12 makes her miss it.
        head = next(r for r in rules if r.title == "branch_head" and r.kind == "education")
        save_standard(session, "branch_head", "education", 12, "Tốt nghiệp THPT (12/12)",
                      standard_id=head.id)
        assert evaluate_standard(session, commune.hoa, TODAY).missing == (
            "Tốt nghiệp THPT (12/12)",)
        with pytest.raises(InvalidStandardError) as caught:
            save_standard(session, "branch_head", "union_work", 1, "again")
        assert caught.value.errors == {"kind": "Chức danh Chi hội trưởng đã có tiêu chuẩn về "
                                               "nghiệp vụ công tác Hội; hãy sửa dòng đó."}
        with pytest.raises(InvalidStandardError) as caught:
            save_standard(session, "king", "magic", 0, "x" * 301)
        assert set(caught.value.errors) == {"title", "kind", "min_rank", "description"}
        with pytest.raises(NotFoundError):
            delete_standard(session, qlnn.id)


def test_a_rule_changed_elsewhere_meanwhile_is_not_overwritten(
    commune_db: Database, commune: Commune
) -> None:
    with commune_db.reading() as session:
        rule = next(r for r in list_standards(session)
                    if r.title == "branch_head" and r.kind == "union_work")
    with commune_db.transaction() as session:
        save_standard(session, rule.title, rule.kind, rule.min_rank, "Theo hướng dẫn mới",
                      standard_id=rule.id, seen=rule)
    with pytest.raises(StandardConflictError) as caught, commune_db.transaction() as session:
        save_standard(session, rule.title, rule.kind, rule.min_rank, "Bản của tôi",
                      standard_id=rule.id, seen=rule)
    assert caught.value.stored.description == "Theo hướng dẫn mới"
    with commune_db.transaction() as session:
        save_standard(session, rule.title, rule.kind, rule.min_rank, "Theo hướng dẫn mới",
                      standard_id=rule.id, seen=rule)  # the same change twice
        save_standard(session, rule.title, rule.kind, rule.min_rank, "Bản của tôi",
                      standard_id=rule.id, seen=caught.value.stored)
    with commune_db.reading() as session:
        assert next(r for r in list_standards(session)
                    if r.id == rule.id).description == "Bản của tôi"


def test_training_needs(commune_db: Database, commune: Commune) -> None:
    topics = commune.topics
    with commune_db.transaction() as session:
        register_need(session, commune.hoa, topics["NVCTH"], dt.date(2026, 2, 1), "Cần gấp")
        register_need(session, commune.mai, topics["NVCTH"], dt.date(2026, 2, 3))
        removed = register_need(session, commune.mai, topics["CNTT"], dt.date(2026, 2, 3))
        with pytest.raises(UserError, match="Nghiệp vụ công tác Hội"):
            register_need(session, commune.hoa, topics["NVCTH"], TODAY)
        assert [(n, c) for _id, n, c in open_needs_by_topic(session, commune.id)] == [
            ("Nghiệp vụ công tác Hội", 2), ("Ứng dụng công nghệ thông tin trong chỉ đạo và "
                                            "tổ chức hoạt động Hội", 1)]
        remove_need(session, removed)
        # Hoa completes a course teaching the topic: her need is met.
        course = Course(owner_unit_id=commune.id, organiser_unit_id=commune.id,
                        title="Tập huấn", start_on=dt.date(2026, 3, 1),
                        end_on=dt.date(2026, 3, 2))
        session.add(course)
        session.flush()
        session.add(CourseTopic(owner_unit_id=commune.id, course_id=course.id,
                                topic_id=topics["NVCTH"]))
        session.add(Participation(owner_unit_id=commune.id, course_id=course.id,
                                  member_id=commune.hoa, person_name="Trần Thị Hoa",
                                  completed=True))
        session.flush()
        assert open_needs_by_topic(session, commune.id) == [
            (topics["NVCTH"], "Nghiệp vụ công tác Hội", 1)]
        needs = needs_of(session, commune.hoa)
        assert [(n.topic_name, n.note, n.met) for n in needs] == [
            ("Nghiệp vụ công tác Hội", "Cần gấp", True)]
        # Met needs do not block asking again.
        register_need(session, commune.hoa, topics["NVCTH"], TODAY)


def test_assignable_units(commune_db: Database, commune: Commune) -> None:
    with commune_db.reading() as session:
        units = assignable_units(session, commune.id)
    assert [(u.name, u.is_commune) for u in units] == [
        ("Hội LHPN xã Hưng Hà", True), ("Chi hội Thôn Đông", False),
        ("Chi hội Thôn Tây", False)]


def test_demo_officers(demo_db: Database) -> None:
    with demo_db.reading() as session:
        site = get_site(session)
        rows = list_officers(session, site.unit_id, TODAY)
        posts = session.scalar(select(func.count(func.distinct(Post.member_id))).where(
            Post.deleted_at.is_(None), Post.end_on.is_(None)))
        assert len(rows) == posts
        assert len(officers_in_category(session, site.unit_id, "chair", TODAY)) == 1
        assert {r.meets_standard for r in rows} >= {True, False}
        assert any(r.trained_this_year for r in rows)
        for row in rows:
            result = evaluate_standard(session, row.member_id, TODAY)
            assert (result.meets, result.missing) == (row.meets_standard, row.missing)
        summary = dict((c, (n, m)) for c, n, m in standard_summary(session, site.unit_id, TODAY))
        assert summary["chair"][0] == 1
        assert all(0 <= m <= n for n, m in summary.values())
        assert sum(c for _t, _n, c in open_needs_by_topic(session, site.unit_id)) > 0
