"""The change log in words: field names, names for keys, dates and years as written.

A chair reading "Người sửa: root", "branch_id: 0193…" or "Năm sinh: 1.990" learns
nothing; every value is shown the way the forms show it.
"""

from __future__ import annotations

import datetime as dt

from db.audit import current_actor, history_of, office_actor, set_actor
from db.engine import Database
from db.meetings import MeetingDraft, create_meeting, set_attendance
from db.members import MemberDraft, add_member, update_member
from db.site import get_site
from db.units import create_branch

TODAY = dt.date(2026, 11, 25)


def changes_of(database: Database, record_id: str, newest: int = 0) -> dict[str, tuple[str, str]]:
    with database.reading() as session:
        row = history_of(session, record_id)[newest]
    return {label: (before, after) for label, before, after in row.changes}


def test_member_fields_in_words_years_plain_branch_by_name(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        commune = get_site(session).unit_id
        east = create_branch(session, commune, "Chi hội Đông")
        west = create_branch(session, commune, "Chi hội Tây")
        member = add_member(session, commune, MemberDraft(
            full_name="Nguyễn Thị Hoa", birth_date="1990", branch_id=east), TODAY)
    with commune_db.transaction() as session:
        update_member(session, member, MemberDraft(
            full_name="Nguyễn Thị Hoa", birth_date="1990-03", branch_id=west), TODAY)
    created = changes_of(commune_db, member, newest=1)
    changed = changes_of(commune_db, member)
    assert created["Năm sinh"] == ("", "1990")
    assert changed["Ngày sinh"] == ("1990", "03/1990")
    assert changed["Chi hội"] == ("Chi hội Đông", "Chi hội Tây")
    assert created["Xã"][1] and "-" not in created["Xã"][1]  # a name, not a key
    labels = set(created) | set(changed)
    assert not {label for label in labels if "_" in label}  # no column names left
    assert not any("1.990" in v for pair in created.values() for v in pair)


def test_attendance_list_names_people_and_marks(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        commune = get_site(session).unit_id
        branch = create_branch(session, commune, "Chi hội Bắc")
        member = add_member(session, commune, MemberDraft(
            full_name="Trần Thị Lụa", branch_id=branch), TODAY)
        meeting = create_meeting(session, commune, MeetingDraft(
            unit_id=branch, held_on=TODAY, topic="Phòng chống bạo lực gia đình"), TODAY)
    with commune_db.transaction() as session:
        set_attendance(session, meeting, {member: ("excused", "Ốm")})
    with commune_db.reading() as session:
        row = history_of(session, meeting)[0]
    assert row.record_label == "25/11/2026 · Phòng chống bạo lực gia đình"
    assert ("Trần Thị Lụa", "Vắng", "Vắng có lý do") in row.changes
    with commune_db.reading() as session:
        created = history_of(session, meeting)[-1]
    shown = {label: after for label, _before, after in created.changes}
    assert shown["Ngày họp"] == "25/11/2026"
    assert shown["Chi hội / đơn vị"] == "Chi hội Bắc"
    assert shown["Loại buổi sinh hoạt"] == "Định kỳ"


def test_without_a_login_the_office_and_its_computer_are_named() -> None:
    set_actor(None)
    assert current_actor() == office_actor()
    assert current_actor().startswith("Văn phòng")
    set_actor("Nguyễn Thị Lan (lan)")
    assert current_actor() == "Nguyễn Thị Lan (lan)"
    set_actor(None)
