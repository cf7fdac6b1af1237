"""Meetings: lists with counts, attendance entry, the charter rule, statistics, sheets."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.errors import NotFoundError, UserError
from db.meetings import (
    ATTENDANCE_LABELS,
    MEETING_KIND_LABELS,
    AttendanceConflictError,
    InvalidMeetingError,
    MeetingDraft,
    MeetingFilter,
    add_attendee,
    attendance,
    branch_meeting_stats,
    branches_without_meeting,
    create_meeting,
    delete_meeting,
    get_meeting,
    list_meetings,
    mark_all,
    meeting_draft,
    meeting_units,
    members_missing_recent,
    quarter_bounds,
    quarter_of,
    remove_attendee,
    set_attendance,
    sheet_data,
    update_meeting,
)
from db.members import MemberDraft, add_member, change_status
from db.models import Attendance, Meeting, Member, Post, Unit
from db.site import ensure_official_unit, get_site
from db.units import create_branch, merge_branches
from db.validation import ValidationError

TODAY = dt.date(2026, 11, 25)
OTHER_COMMUNE = "00004"  # Phường Ba Đình, Hà Nội
PRESENT, EXCUSED, ABSENT = "present", "excused", "absent"


@dataclass
class Commune:
    """A hand-made commune with known people.

    Chi hội Đông: Lan (chair of the commune), Hoa (branch head, also on the executive
    committee), Mai, and Huệ who left the Union. Chi hội Tây: Thu (branch head), Hạnh.
    """

    db: Database
    id: str
    east: str
    west: str
    lan: str
    hoa: str
    mai: str
    hue: str
    thu: str
    hanh: str


def _add(database: Database, branch_id: str, name: str, joined: dt.date) -> str:
    with database.transaction() as session:
        return add_member(
            session, get_site(session).unit_id,
            MemberDraft(full_name=name, branch_id=branch_id, joined_on=joined), TODAY,
        )


def _post(database: Database, member_id: str, unit_id: str, title: str) -> None:
    with database.transaction() as session:
        owner = get_site(session).unit_id
        session.add(Post(owner_unit_id=owner, member_id=member_id, unit_id=unit_id,
                         title=title, start_on=dt.date(2021, 10, 1)))


@pytest.fixture
def commune(commune_db: Database) -> Commune:
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        east = create_branch(session, commune_id, "Đông")
        west = create_branch(session, commune_id, "Tây")
    joined = dt.date(2020, 1, 1)
    c = Commune(
        db=commune_db, id=commune_id, east=east, west=west,
        lan=_add(commune_db, east, "Nguyễn Thị Lan", joined),
        hoa=_add(commune_db, east, "Trần Thị Hoa", joined),
        mai=_add(commune_db, east, "Lê Thị Mai", joined),
        hue=_add(commune_db, east, "Đỗ Thị Huệ", joined),
        thu=_add(commune_db, west, "Hoàng Thị Thu", joined),
        hanh=_add(commune_db, west, "Ngô Thị Hạnh", joined),
    )
    with commune_db.transaction() as session:
        change_status(session, c.hue, "left", dt.date(2025, 6, 1), today=TODAY)
    _post(commune_db, c.lan, commune_id, "chair")
    _post(commune_db, c.hoa, east, "branch_head")
    _post(commune_db, c.hoa, commune_id, "executive_committee")
    _post(commune_db, c.thu, west, "branch_head")
    return c


def meet(
    c: Commune,
    unit_id: str,
    day: dt.date,
    marks: dict[str, str] | None = None,
    kind: str = "regular",
    topic: str = "Sinh hoạt định kỳ",
) -> str:
    """Create a meeting and mark attendance (everyone not named stays absent)."""
    with c.db.transaction() as session:
        meeting_id = create_meeting(
            session, c.id, MeetingDraft(unit_id=unit_id, held_on=day, kind=kind, topic=topic,
                                        place="Nhà văn hóa"), TODAY,
        )
        if marks:
            set_attendance(session, meeting_id, {m: (s, None) for m, s in marks.items()})
        return meeting_id


def statuses(c: Commune, meeting_id: str) -> dict[str, str]:
    with c.db.reading() as session:
        return {row.member_id: row.status for row in attendance(session, meeting_id)}


def invalid(c: Commune, draft: MeetingDraft) -> dict[str, str]:
    with pytest.raises(InvalidMeetingError) as caught, c.db.transaction() as session:
        create_meeting(session, c.id, draft, TODAY)
    return caught.value.errors


# ------------------------------------------------------------------ labels and quarters


def test_labels_are_vietnamese() -> None:
    assert MEETING_KIND_LABELS == {"regular": "Định kỳ", "thematic": "Chuyên đề",
                                   "conference": "Hội nghị", "other": "Khác"}
    assert ATTENDANCE_LABELS == {"present": "Có mặt", "excused": "Vắng có lý do",
                                 "absent": "Vắng"}


@pytest.mark.parametrize(
    ("day", "quarter"),
    [
        (dt.date(2026, 1, 1), (2026, 1)),
        (dt.date(2026, 3, 31), (2026, 1)),
        (dt.date(2026, 4, 1), (2026, 2)),
        (dt.date(2026, 9, 30), (2026, 3)),
        (dt.date(2026, 10, 1), (2026, 4)),
        (dt.date(2026, 12, 31), (2026, 4)),
    ],
)
def test_quarter_of(day: dt.date, quarter: tuple[int, int]) -> None:
    assert quarter_of(day) == quarter


def test_quarter_bounds() -> None:
    assert quarter_bounds(2026, 1) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert quarter_bounds(2026, 4) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert quarter_bounds(2024, 1)[1] == dt.date(2024, 3, 31)
    with pytest.raises(ValueError, match="quarter"):
        quarter_bounds(2026, 5)


# ------------------------------------------------------------------ creating meetings


def test_branch_meeting_expects_its_active_members(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5))
    assert statuses(c, meeting_id) == {c.lan: ABSENT, c.hoa: ABSENT, c.mai: ABSENT}
    with c.db.reading() as session:
        rows = attendance(session, meeting_id)
    # Vietnamese order: given name first (Hoa, Lan, Mai).
    assert [r.full_name for r in rows] == ["Trần Thị Hoa", "Nguyễn Thị Lan", "Lê Thị Mai"]
    # At her own branch's meeting Hoa is the branch head, though she also sits on the
    # commune's executive committee; Lan's only post is the commune chair.
    assert [r.title for r in rows] == ["Chi hội trưởng", "Chủ tịch", ""]
    assert {r.branch for r in rows} == {"Chi hội Đông"}
    assert rows[0].status_label == "Vắng"


def test_mark_all_present_on_creation_and_newcomers_not_expected(commune: Commune) -> None:
    c = commune
    newcomer = _add(c.db, c.east, "Phạm Thị Yến", dt.date(2026, 10, 1))
    with c.db.transaction() as session:
        earlier = create_meeting(
            session, c.id, MeetingDraft(unit_id=c.east, held_on=dt.date(2026, 9, 20),
                                        topic="Họp chi hội"), TODAY, mark_all_present=True,
        )
        later = create_meeting(
            session, c.id, MeetingDraft(unit_id=c.east, held_on=dt.date(2026, 10, 20),
                                        topic="Họp chi hội"), TODAY, mark_all_present=True,
        )
    assert statuses(c, earlier) == {c.lan: PRESENT, c.hoa: PRESENT, c.mai: PRESENT}
    assert statuses(c, later) == {c.lan: PRESENT, c.hoa: PRESENT, c.mai: PRESENT,
                                  newcomer: PRESENT}


def test_commune_meeting_expects_current_officers(commune: Commune) -> None:
    c = commune
    with c.db.transaction() as session:
        # A post that ended no longer makes its holder expected.
        session.add(Post(owner_unit_id=c.id, member_id=c.mai, unit_id=c.id,
                         title="vice_chair", start_on=dt.date(2021, 10, 1),
                         end_on=dt.date(2025, 1, 1)))
    meeting_id = meet(c, c.id, dt.date(2026, 1, 15), kind="conference",
                      topic="Hội nghị Ban Chấp hành")
    with c.db.reading() as session:
        rows = attendance(session, meeting_id)
        row = get_meeting(session, meeting_id)
    assert [(r.full_name, r.title, r.branch) for r in rows] == [
        ("Trần Thị Hoa", "Ủy viên Ban Chấp hành", "Chi hội Đông"),
        ("Nguyễn Thị Lan", "Chủ tịch", "Chi hội Đông"),
        ("Hoàng Thị Thu", "Chi hội trưởng", "Chi hội Tây"),
    ]
    assert row.unit_name == "Hội LHPN xã Hưng Hà"
    assert row.expected == 3 and row.kind_label == "Hội nghị"


def test_validation_names_every_bad_field(commune: Commune) -> None:
    c = commune
    errors = invalid(c, MeetingDraft(kind="party"))
    assert errors == {
        "held_on": "Ngày họp không được để trống.",
        "unit_id": "Hãy chọn chi hội (hoặc Hội LHPN xã) tổ chức cuộc họp.",
        "kind": "Loại cuộc họp phải là định kỳ, chuyên đề, hội nghị hoặc khác.",
        "topic": "Nội dung cuộc họp không được để trống.",
    }
    too_late = TODAY + dt.timedelta(days=61)
    errors = invalid(c, MeetingDraft(unit_id=c.east, held_on=too_late, topic="x" * 301,
                                     place="y" * 201))
    assert errors == {
        "held_on": "Ngày họp không được quá 60 ngày sau hôm nay (muộn nhất 24/01/2027).",
        "topic": "Nội dung cuộc họp quá dài (tối đa 300 ký tự).",
        "place": "Địa điểm quá dài (tối đa 200 ký tự).",
    }
    assert "held_on" in invalid(c, MeetingDraft(unit_id=c.east, held_on=dt.date(1926, 3, 8),
                                                topic="Họp"))
    # Exactly sixty days ahead is a planned meeting, and is accepted.
    meet(c, c.east, TODAY + dt.timedelta(days=60))


def test_units_of_another_commune_are_refused(commune: Commune) -> None:
    c = commune
    with c.db.transaction() as session:
        other = ensure_official_unit(session, OTHER_COMMUNE)
        other_branch = create_branch(session, other.id, "Phúc Xá")
        province = session.get_one(Unit, other.parent_id)
        province_id = province.id
    message = "Đơn vị này không phải là chi hội của xã; hãy chọn lại."
    for unit_id in (other.id, other_branch, province_id, "no-such-unit"):
        errors = invalid(c, MeetingDraft(unit_id=unit_id, held_on=TODAY, topic="Họp"))
        assert errors == {"unit_id": message}


def test_a_merged_branch_keeps_only_meetings_before_the_merger(commune: Commune) -> None:
    c = commune
    before = meet(c, c.west, dt.date(2026, 5, 2))
    with c.db.transaction() as session:
        merge_branches(session, c.west, c.east, on=dt.date(2026, 6, 1))
    errors = invalid(c, MeetingDraft(unit_id=c.west, held_on=dt.date(2026, 6, 1), topic="Họp"))
    assert errors == {"unit_id": "Chi hội Tây đã được sáp nhập từ ngày 01/06/2026; hãy chọn "
                                 "chi hội đang hoạt động."}
    late_entry = meet(c, c.west, dt.date(2026, 5, 20))  # entered late, held before
    with c.db.transaction() as session:
        draft = meeting_draft(session, before)
        draft.topic = "Họp chi hội (sửa)"
        update_meeting(session, before, draft, TODAY)  # its unit may stay
        units = [u.name for u in meeting_units(session, c.id)]
    assert units == ["Hội LHPN xã Hưng Hà", "Chi hội Đông"]
    with c.db.reading() as session:
        rows = list_meetings(session, c.id)
    assert {r.id for r in rows} == {before, late_entry}


def test_text_is_cleaned_and_minutes_keep_their_lines(commune: Commune) -> None:
    c = commune
    with c.db.transaction() as session:
        meeting_id = create_meeting(
            session, c.id,
            MeetingDraft(unit_id=c.east, held_on=TODAY, kind="thematic",
                         topic="  Phòng chống   bạo lực\u00a0gia đình ", place="  ",
                         minutes="Khai mạc.\r\n\r\n\r\n  Chị Lan   báo cáo.  \n"),
            TODAY,
        )
        draft = meeting_draft(session, meeting_id)
    assert draft.topic == "Phòng chống bạo lực gia đình"
    assert draft.place == ""
    assert draft.minutes == "Khai mạc.\n\nChị Lan báo cáo."
    assert draft.kind == "thematic" and draft.version == 1


# ------------------------------------------------------------------ listing


def test_list_counts_order_and_filters(commune: Commune) -> None:
    c = commune
    march = meet(c, c.east, dt.date(2026, 3, 31), {c.lan: PRESENT, c.hoa: EXCUSED})
    april = meet(c, c.west, dt.date(2026, 4, 1), {c.thu: PRESENT, c.hanh: PRESENT},
                 kind="thematic")
    conference = meet(c, c.id, dt.date(2026, 1, 15), {c.lan: PRESENT}, kind="conference")
    old = meet(c, c.east, dt.date(2025, 12, 1))
    with c.db.reading() as session:
        rows = list_meetings(session, c.id)
        by_kind = list_meetings(session, c.id, MeetingFilter(kind="thematic"))
        east = list_meetings(session, c.id, MeetingFilter(unit_id=c.east))
        q1 = list_meetings(session, c.id, MeetingFilter(date_from=dt.date(2026, 1, 1),
                                                        date_to=dt.date(2026, 3, 31)))
    assert [r.id for r in rows] == [april, march, conference, old]
    counts = {r.id: (r.present, r.excused, r.absent, r.expected) for r in rows}
    assert counts == {
        march: (1, 1, 1, 3), april: (2, 0, 0, 2), conference: (1, 0, 2, 3), old: (0, 0, 3, 3),
    }
    rates = {r.id: r.rate for r in rows}
    assert rates[march] == pytest.approx(100 / 3)
    assert rates[april] == pytest.approx(100.0)
    assert rates[old] == 0.0
    assert rows[0].unit_name == "Chi hội Tây" and rows[0].kind_label == "Chuyên đề"
    assert rows[0].place == "Nhà văn hóa" and rows[0].topic == "Sinh hoạt định kỳ"
    assert [r.id for r in by_kind] == [april]
    assert [r.id for r in east] == [march, old]
    assert [r.id for r in q1] == [march, conference]


def test_a_meeting_with_nobody_expected_has_no_rate(commune: Commune) -> None:
    c = commune
    with c.db.transaction() as session:
        empty = create_branch(session, c.id, "Mới")
    meeting_id = meet(c, empty, TODAY)
    with c.db.reading() as session:
        row = get_meeting(session, meeting_id)
    assert (row.expected, row.rate) == (0, None)


def test_list_of_a_commune_leaves_other_communes_out(commune: Commune) -> None:
    c = commune
    mine = meet(c, c.east, TODAY)
    with c.db.transaction() as session:
        other = ensure_official_unit(session, OTHER_COMMUNE)
        branch = create_branch(session, other.id, "Phúc Xá")
        create_meeting(session, other.id,
                       MeetingDraft(unit_id=branch, held_on=TODAY, topic="Họp"), TODAY)
        assert [r.id for r in list_meetings(session, c.id)] == [mine]
        assert len(list_meetings(session, other.id)) == 1


# ------------------------------------------------------------------ attendance entry


def test_attendance_edits_in_one_transaction(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5))
    with c.db.transaction() as session:
        changed = set_attendance(session, meeting_id, {
            c.lan: (PRESENT, None),
            c.hoa: (EXCUSED, "  Bận   việc gia đình "),
            c.mai: (ABSENT, None),  # already absent: nothing to write
        })
        assert changed == 2
        add_attendee(session, meeting_id, c.thu)  # a guest from Chi hội Tây
        assert get_meeting(session, meeting_id).present == 2
    with c.db.reading() as session:
        rows = {r.member_id: r for r in attendance(session, meeting_id)}
        versions = dict(session.execute(
            select(Attendance.member_id, Attendance.version)
            .where(Attendance.meeting_id == meeting_id)).all())
    assert {m: r.status for m, r in rows.items()} == {
        c.lan: PRESENT, c.hoa: EXCUSED, c.mai: ABSENT, c.thu: PRESENT,
    }
    assert rows[c.hoa].note == "Bận việc gia đình"
    assert rows[c.thu].branch == "Chi hội Tây" and rows[c.thu].title == "Chi hội trưởng"
    assert versions == {c.lan: 2, c.hoa: 2, c.mai: 1, c.thu: 1}


def test_marks_changed_elsewhere_meanwhile_are_not_overwritten(commune: Commune) -> None:
    """Two windows on one list: the second save is refused where the first moved on."""
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5), {c.lan: PRESENT})
    # Both screens read: Lan present, Hoa and Mai absent. The other window marks first.
    seen = {c.lan: (PRESENT, None), c.hoa: (ABSENT, None), c.mai: (ABSENT, None)}
    with c.db.transaction() as session:
        set_attendance(session, meeting_id, {c.hoa: (EXCUSED, "Ốm"), c.mai: (PRESENT, None)},
                       seen={c.hoa: seen[c.hoa], c.mai: seen[c.mai]})
    with pytest.raises(AttendanceConflictError) as caught, c.db.transaction() as session:
        set_attendance(session, meeting_id, {
            c.lan: (ABSENT, None),       # nobody else touched Lan
            c.hoa: (PRESENT, None),      # Hoa was marked excused meanwhile
            c.mai: (PRESENT, None),      # the same mark as the other window's: no conflict
        }, seen=seen)
    assert caught.value.stored == {c.hoa: (EXCUSED, "Ốm")}
    with c.db.reading() as session:
        rows = {r.member_id: (r.status, r.note) for r in attendance(session, meeting_id)}
    assert rows[c.lan] == (PRESENT, None)  # nothing of the refused save was written
    # Answering the stored mark (what "keep mine" does) writes hers over it.
    with c.db.transaction() as session:
        set_attendance(session, meeting_id, {c.lan: (ABSENT, None), c.hoa: (PRESENT, None)},
                       seen={**seen, **caught.value.stored})
    with c.db.reading() as session:
        rows = {r.member_id: (r.status, r.note) for r in attendance(session, meeting_id)}
    assert rows[c.lan] == (ABSENT, None) and rows[c.hoa] == (PRESENT, None)


def test_a_failed_save_changes_nothing(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5), {c.lan: PRESENT})
    with pytest.raises(InvalidMeetingError) as caught, c.db.transaction() as session:
        set_attendance(session, meeting_id, {
            c.hoa: (PRESENT, None),
            c.mai: ("late", None),
            c.thu: (PRESENT, None),
            c.lan: (EXCUSED, "x" * 301),
        })
    assert caught.value.errors == {
        c.mai: "Trạng thái điểm danh phải là có mặt, vắng có lý do hoặc vắng.",
        c.thu: "Người này không có trong danh sách cuộc họp; hãy thêm vào danh sách trước.",
        c.lan: "Ghi chú quá dài (tối đa 300 ký tự).",
    }
    # Valid edits followed by a failure later in the same transaction roll back too.
    with pytest.raises(UserError), c.db.transaction() as session:
        mark_all(session, meeting_id, PRESENT)
        add_attendee(session, meeting_id, c.thu)
        add_attendee(session, meeting_id, c.thu)
    assert statuses(c, meeting_id) == {c.lan: PRESENT, c.hoa: ABSENT, c.mai: ABSENT}


def test_mark_all_changes_only_what_differs_and_drops_stale_notes(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5))
    with c.db.transaction() as session:
        set_attendance(session, meeting_id, {c.hoa: (EXCUSED, "Ốm"), c.lan: (PRESENT, "Muộn")})
        assert mark_all(session, meeting_id, PRESENT) == 2
        assert mark_all(session, meeting_id, PRESENT) == 0
        with pytest.raises(ValidationError) as caught:
            mark_all(session, meeting_id, "maybe")
        assert caught.value.field == "status"
    with c.db.reading() as session:
        notes = {r.member_id: r.note for r in attendance(session, meeting_id)}
    assert notes == {c.lan: "Muộn", c.hoa: None, c.mai: None}


def test_guests_can_be_added_removed_and_added_again(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5))
    with c.db.transaction() as session:
        add_attendee(session, meeting_id, c.hanh, EXCUSED, "Con ốm")
        with pytest.raises(UserError, match="đã có trong danh sách"):
            add_attendee(session, meeting_id, c.lan)
        remove_attendee(session, meeting_id, c.hanh)
        with pytest.raises(NotFoundError):
            remove_attendee(session, meeting_id, c.hanh)
        add_attendee(session, meeting_id, c.hanh)  # revives the tombstoned row
        rows = session.execute(
            select(Attendance.status, Attendance.note, Attendance.deleted_at)
            .where(Attendance.meeting_id == meeting_id, Attendance.member_id == c.hanh)
        ).all()
    assert [tuple(r) for r in rows] == [(PRESENT, None, None)]


def test_who_cannot_be_added(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5))
    with c.db.transaction() as session:
        other = ensure_official_unit(session, OTHER_COMMUNE)
        stranger = add_member(session, other.id, MemberDraft(full_name="Vũ Thị Nga"), TODAY)
        change_status(session, c.hanh, "deceased", dt.date(2026, 11, 1), today=TODAY)
    with c.db.transaction() as session:
        with pytest.raises(UserError, match="không phải hội viên của xã"):
            add_attendee(session, meeting_id, stranger)
        with pytest.raises(UserError, match="đã từ trần"):
            add_attendee(session, meeting_id, c.hanh)
        with pytest.raises(NotFoundError):
            add_attendee(session, meeting_id, "no-such-member")
        with pytest.raises(ValidationError):
            add_attendee(session, meeting_id, c.thu, "late")


# ------------------------------------------------------------------ editing and deleting


def test_update_meeting_and_optimistic_lock(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5))
    with c.db.transaction() as session:
        stale = meeting_draft(session, meeting_id)
        fresh = meeting_draft(session, meeting_id)
        fresh.topic = "Tuyên truyền phòng chống mua bán người"
        fresh.held_on = dt.date(2026, 10, 6)
        update_meeting(session, meeting_id, fresh, TODAY)
    with pytest.raises(UserError, match="vừa được sửa ở nơi khác"), \
            c.db.transaction() as session:
        update_meeting(session, meeting_id, stale, TODAY)
    with pytest.raises(InvalidMeetingError), c.db.transaction() as session:
        fresh = meeting_draft(session, meeting_id)
        fresh.topic = ""
        update_meeting(session, meeting_id, fresh, TODAY)
    with c.db.reading() as session:
        row = get_meeting(session, meeting_id)
        version = meeting_draft(session, meeting_id).version
    assert (row.topic, row.held_on, version) == (
        "Tuyên truyền phòng chống mua bán người", dt.date(2026, 10, 6), 2)


def test_moving_a_meeting_to_another_branch_rebuilds_its_list(commune: Commune) -> None:
    c = commune
    meeting_id = meet(c, c.east, dt.date(2026, 10, 5), {c.lan: PRESENT, c.hoa: EXCUSED})
    with c.db.transaction() as session:
        draft = meeting_draft(session, meeting_id)
        draft.unit_id = c.west
        update_meeting(session, meeting_id, draft, TODAY)
    # Lan came, so she stays; Hoa and Mai were only expected at Chi hội Đông.
    assert statuses(c, meeting_id) == {c.lan: PRESENT, c.thu: ABSENT, c.hanh: ABSENT}
    with c.db.transaction() as session:
        draft = meeting_draft(session, meeting_id)
        draft.unit_id = c.east
        update_meeting(session, meeting_id, draft, TODAY)  # back: rows come back to life
    assert statuses(c, meeting_id) == {c.lan: PRESENT, c.hoa: ABSENT, c.mai: ABSENT}


def test_delete_leaves_tombstones(commune: Commune) -> None:
    c = commune
    keep = meet(c, c.east, dt.date(2026, 10, 5), {c.lan: PRESENT})
    gone = meet(c, c.west, dt.date(2026, 10, 6), {c.thu: PRESENT})
    with c.db.transaction() as session:
        delete_meeting(session, gone)
    with c.db.reading() as session:
        meeting = session.get_one(Meeting, gone)
        rows = session.execute(
            select(Attendance.deleted_at, Attendance.version)
            .where(Attendance.meeting_id == gone)
        ).all()
        assert meeting.deleted_at is not None and meeting.version == 2
        assert len(rows) == 2 and all(d is not None and v >= 2 for d, v in rows)
        assert [r.id for r in list_meetings(session, c.id)] == [keep]
        for call in (attendance, get_meeting, sheet_data, meeting_draft):
            with pytest.raises(NotFoundError, match="Không tìm thấy cuộc họp"):
                call(session, gone)
        with pytest.raises(NotFoundError):
            set_attendance(session, gone, {c.thu: (ABSENT, None)})
        flagged = branches_without_meeting(session, c.id, TODAY)
        assert [b.branch_name for b in flagged] == ["Chi hội Tây"]
    with pytest.raises(NotFoundError), c.db.transaction() as session:
        delete_meeting(session, gone)


# ------------------------------------------------------------------ the charter rule


def test_charter_rule_at_the_quarter_boundary(commune: Commune) -> None:
    c = commune
    meet(c, c.east, dt.date(2026, 3, 31))
    meet(c, c.west, dt.date(2026, 4, 1))
    meet(c, c.west, dt.date(2025, 12, 20))
    with c.db.reading() as session:
        on_31_march = branches_without_meeting(session, c.id, dt.date(2026, 3, 31))
        on_1_april = branches_without_meeting(session, c.id, dt.date(2026, 4, 1))
        on_30_june = branches_without_meeting(session, c.id, dt.date(2026, 6, 30))
        on_1_july = branches_without_meeting(session, c.id, dt.date(2026, 7, 1))
    # 31/03: Đông met that day; Tây last met in December and only planned 01/04.
    assert [(b.branch_id, b.last_held_on, b.next_planned_on) for b in on_31_march] == [
        (c.west, dt.date(2025, 12, 20), dt.date(2026, 4, 1)),
    ]
    # 01/04: a new quarter; Đông's meeting of the day before no longer counts.
    assert [(b.branch_id, b.last_held_on, b.next_planned_on) for b in on_1_april] == [
        (c.east, dt.date(2026, 3, 31), None),
    ]
    assert [b.branch_name for b in on_30_june] == ["Chi hội Đông"]
    assert [b.branch_name for b in on_1_july] == ["Chi hội Đông", "Chi hội Tây"]


def test_charter_rule_ignores_merged_branches_and_commune_meetings(commune: Commune) -> None:
    c = commune
    meet(c, c.id, TODAY, kind="conference")  # the commune's conference is no branch meeting
    with c.db.transaction() as session:
        never = create_branch(session, c.id, "Bắc")
        merge_branches(session, c.west, c.east, on=dt.date(2026, 6, 1))
        flagged = branches_without_meeting(session, c.id, TODAY)
    assert [(b.branch_id, b.last_held_on) for b in flagged] == [(never, None), (c.east, None)]


def test_stats_per_quarter(commune: Commune) -> None:
    c = commune
    meet(c, c.east, dt.date(2026, 1, 10), {c.lan: PRESENT, c.hoa: PRESENT, c.mai: PRESENT})
    meet(c, c.east, dt.date(2026, 3, 31), {c.lan: PRESENT})
    meet(c, c.east, dt.date(2026, 7, 1), {c.lan: PRESENT, c.hoa: EXCUSED})
    meet(c, c.west, dt.date(2026, 4, 1), {c.thu: PRESENT})
    meet(c, c.west, dt.date(2025, 12, 31), {c.thu: PRESENT, c.hanh: PRESENT})
    meet(c, c.west, dt.date(2026, 12, 20))  # planned: not held yet
    meet(c, c.id, dt.date(2026, 1, 15), kind="conference")
    with c.db.reading() as session:
        stats = {s.branch_name: s for s in branch_meeting_stats(session, c.id, 2026, TODAY)}
        last_year = {s.branch_name: s for s in branch_meeting_stats(session, c.id, 2025, TODAY)}
        in_april = {s.branch_name: s for s in
                    branch_meeting_stats(session, c.id, 2026, dt.date(2026, 4, 1))}
    east, west = stats["Chi hội Đông"], stats["Chi hội Tây"]
    assert (east.meetings, east.total, east.flagged_quarters) == ((2, 0, 1, 0), 3, (2, 4))
    assert (east.present, east.expected) == (5, 9)
    assert east.rate == pytest.approx(500 / 9)
    assert (west.meetings, west.flagged_quarters) == ((0, 1, 0, 0), (1, 3, 4))
    assert (west.present, west.expected) == (1, 2)
    assert west.rate == pytest.approx(50.0)
    assert last_year["Chi hội Tây"].meetings == (0, 0, 0, 1)
    assert last_year["Chi hội Tây"].flagged_quarters == (1, 2, 3)
    assert last_year["Chi hội Đông"].rate is None
    # Early in Q2 only the quarters begun so far can be flagged.
    assert in_april["Chi hội Đông"].flagged_quarters == (2,)
    assert in_april["Chi hội Tây"].flagged_quarters == (1,)


def test_stats_keep_a_merged_branch_until_its_merger(commune: Commune) -> None:
    c = commune
    meet(c, c.west, dt.date(2026, 2, 1))
    with c.db.transaction() as session:
        merge_branches(session, c.west, c.east, on=dt.date(2026, 5, 10))
    with c.db.reading() as session:
        stats = {s.branch_name: s for s in branch_meeting_stats(session, c.id, 2026, TODAY)}
        next_year = [s.branch_name for s in branch_meeting_stats(session, c.id, 2027, TODAY)]
    west = stats["Chi hội Tây"]
    assert (west.active, west.meetings, west.flagged_quarters) == (False, (1, 0, 0, 0), (2,))
    assert next_year == ["Chi hội Đông"]


def test_members_missing_the_last_three_meetings(commune: Commune) -> None:
    c = commune
    days = [dt.date(2026, 3, 1), dt.date(2026, 6, 1), dt.date(2026, 9, 1), dt.date(2026, 11, 1)]
    meet(c, c.east, days[0], {c.mai: PRESENT, c.hoa: PRESENT})
    newcomer = _add(c.db, c.east, "Phạm Thị Yến", dt.date(2026, 7, 1))
    meet(c, c.east, days[1], {c.lan: PRESENT, c.hoa: EXCUSED})
    meet(c, c.east, days[2], {c.hoa: EXCUSED})
    meet(c, c.east, days[3], {c.lan: PRESENT})
    meet(c, c.east, TODAY + dt.timedelta(days=10))  # planned: not one of the last three
    meet(c, c.west, days[2])
    meet(c, c.west, days[3])  # Tây has met only twice: nobody is listed there
    with c.db.reading() as session:
        missing = members_missing_recent(session, c.id, 3, TODAY)
        over_two = members_missing_recent(session, c.id, 2, TODAY)
        with pytest.raises(ValidationError):
            members_missing_recent(session, c.id, 0, TODAY)
    expected_dates = (days[3], days[2], days[1])
    assert [(m.full_name, m.branch_name, m.dates, m.excused) for m in missing] == [
        ("Trần Thị Hoa", "Chi hội Đông", expected_dates, 2),
        ("Lê Thị Mai", "Chi hội Đông", expected_dates, 0),
    ]
    assert newcomer not in {m.member_id for m in missing}  # not on the June list
    assert [m.full_name for m in over_two] == [
        "Trần Thị Hoa", "Lê Thị Mai", "Phạm Thị Yến", "Ngô Thị Hạnh", "Hoàng Thị Thu",
    ]
    # Someone who left the Union is not chased.
    with c.db.transaction() as session:
        change_status(session, c.mai, "left", TODAY, today=TODAY)
        assert [m.full_name for m in members_missing_recent(session, c.id, 3, TODAY)] == [
            "Trần Thị Hoa"]


# ------------------------------------------------------------------ printing


def test_sheet_data(commune: Commune) -> None:
    c = commune
    branch_meeting = meet(c, c.east, dt.date(2026, 10, 5), {c.lan: PRESENT})
    conference = meet(c, c.id, dt.date(2026, 1, 15), kind="conference",
                      topic="Hội nghị Ban Chấp hành")
    with c.db.reading() as session:
        sheet = sheet_data(session, branch_meeting)
        blank = sheet_data(session, branch_meeting, with_status=False)
        conf = sheet_data(session, conference)
    assert sheet.unit_name == "Chi hội Đông"
    assert sheet.commune_union_name == "Hội LHPN xã Hưng Hà"
    assert sheet.parent_union_name == "Hội LHPN tỉnh Hưng Yên"
    assert sheet.place_name == "Hưng Hà"
    assert sheet.chair_name == "Nguyễn Thị Lan"
    assert (sheet.held_on, sheet.kind, sheet.topic, sheet.place) == (
        dt.date(2026, 10, 5), "regular", "Sinh hoạt định kỳ", "Nhà văn hóa")
    assert [(r.full_name, r.title, r.status) for r in sheet.rows] == [
        ("Trần Thị Hoa", "Chi hội trưởng", ABSENT),
        ("Nguyễn Thị Lan", "Chủ tịch", PRESENT),
        ("Lê Thị Mai", "", ABSENT),
    ]
    assert all(r.branch == "Chi hội Đông" and r.birth_date is None for r in sheet.rows)
    assert [r.status for r in blank.rows] == [None, None, None]
    assert conf.unit_name == "Hội LHPN xã Hưng Hà"
    assert [r.title for r in conf.rows] == ["Ủy viên Ban Chấp hành", "Chủ tịch",
                                            "Chi hội trưởng"]


def test_sheet_without_a_chair(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        branch = create_branch(session, commune_id, "Đông")
        meeting_id = create_meeting(
            session, commune_id, MeetingDraft(unit_id=branch, held_on=TODAY, topic="Họp"), TODAY
        )
        sheet = sheet_data(session, meeting_id)
    assert (sheet.chair_name, sheet.rows) == (None, ())


# ------------------------------------------------------------------ the demo commune


def _raw_counts(session: Any) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    query = (
        select(Attendance.meeting_id, Attendance.status, func.count())
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Meeting.deleted_at.is_(None), Attendance.deleted_at.is_(None))
        .group_by(Attendance.meeting_id, Attendance.status)
    )
    for meeting_id, status, n in session.execute(query):
        counts[meeting_id][status] = n
    return counts


def test_demo_counts_agree_with_raw_counts(demo_db: Database) -> None:
    with demo_db.reading() as session:
        commune_id = get_site(session).unit_id
        rows = list_meetings(session, commune_id)
        raw = _raw_counts(session)
        total = session.execute(
            select(func.count()).select_from(Meeting).where(Meeting.deleted_at.is_(None))
        ).scalar_one()
        sample = rows[len(rows) // 2]
        listed = attendance(session, sample.id)
    assert len(rows) == total > 30
    assert [r.held_on for r in rows] == sorted((r.held_on for r in rows), reverse=True)
    for row in rows:
        c = raw[row.id]
        assert (row.present, row.excused, row.absent) == (c[PRESENT], c[EXCUSED], c[ABSENT])
        assert row.expected == sum(c.values())
    assert sum(r.expected for r in rows) == sum(sum(c.values()) for c in raw.values())
    assert len(listed) == sample.expected
    assert Counter(r.status for r in listed)[PRESENT] == sample.present


def test_demo_charter_rule_and_stats_agree_with_the_list(demo_db: Database) -> None:
    with demo_db.reading() as session:
        commune_id = get_site(session).unit_id
        rows = list_meetings(session, commune_id)
        branches = {u.id: u.name for u in meeting_units(session, commune_id)
                    if not u.is_commune}
        flagged = branches_without_meeting(session, commune_id, TODAY)
        stats = branch_meeting_stats(session, commune_id, 2026, TODAY)
    start, _ = quarter_bounds(*quarter_of(TODAY))
    met = {r.unit_id for r in rows if start <= r.held_on <= TODAY}
    assert {b.branch_id for b in flagged} == set(branches) - met
    assert 0 < len(flagged) < len(branches)  # the demo met 55 % of branches this quarter
    for b in flagged:
        held = [r.held_on for r in rows if r.unit_id == b.branch_id and r.held_on <= TODAY]
        assert b.last_held_on == (max(held) if held else None)
    assert [s.branch_id for s in stats] == list(branches)
    for s in stats:
        mine = [r for r in rows if r.unit_id == s.branch_id and r.held_on.year == 2026]
        per_quarter = Counter(quarter_of(r.held_on)[1] for r in mine)
        assert s.meetings == tuple(per_quarter[q] for q in range(1, 5))
        assert s.present == sum(r.present for r in mine)
        assert s.expected == sum(r.expected for r in mine)
        assert (4 in s.flagged_quarters) == (s.branch_id not in met)


def test_demo_members_missing_agree_with_attendance_lists(demo_db: Database) -> None:
    with demo_db.reading() as session:
        commune_id = get_site(session).unit_id
        missing = members_missing_recent(session, commune_id, 3, TODAY)
        rows = list_meetings(session, commune_id)
        branches = [u.id for u in meeting_units(session, commune_id) if not u.is_commune]
        active = set(session.scalars(
            select(Member.id).where(Member.status == "active", Member.deleted_at.is_(None))))
        brute_force: dict[str, tuple[dt.date, ...]] = {}
        for branch_id in branches:
            last = [r for r in rows if r.unit_id == branch_id and r.held_on <= TODAY][:3]
            if len(last) < 3:
                continue
            lists = [{a.member_id: a for a in attendance(session, r.id)} for r in last]
            for member_id, row in lists[0].items():
                if member_id not in active or row.branch != last[0].unit_name:
                    continue
                if all(member_id in lst and lst[member_id].status != PRESENT for lst in lists):
                    brute_force[member_id] = tuple(r.held_on for r in last)
    assert {m.member_id: m.dates for m in missing} == brute_force
    assert 0 < len(missing) < 200
