"""A chi hội (branch leader) account: her scope, and every data function refusing the rest.

Real register files; the scope comes from a real account as ``scope_of`` builds it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from db import accounts
from db.accounts import (
    AccountDraft,
    InvalidAccountError,
    PermissionDeniedError,
    Role,
    can,
    create_account,
    find_branches,
    get_account,
    update_account,
)
from db.engine import Database
from db.meetings import (
    MeetingDraft,
    MeetingFilter,
    add_attendee,
    attendance,
    create_meeting,
    delete_meeting,
    get_meeting,
    list_meetings,
    mark_all,
    meeting_draft,
    meeting_units,
    set_attendance,
    sheet_data,
    update_meeting,
)
from db.member_stats import members_for_export
from db.members import (
    MemberDraft,
    MemberFilter,
    add_member,
    bulk_change_branch,
    bulk_change_status,
    change_status,
    count_members,
    draft_of,
    member_rowids,
    members_by_ids,
    search_members,
    status_history,
    update_member,
)
from db.models import Certificate, Member, Participation
from db.scope import WHOLE, Scope, scope_of
from db.site import get_site
from db.transfers import transfer_member
from db.units import create_branch

TODAY = dt.date(2026, 11, 20)
PASSWORD = "hoa-sen-2026"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@dataclass
class Commune:
    db: Database
    id: str
    east: str
    west: str
    lan: str
    """Nguyễn Thị Lan, of Chi hội Đông (hers)."""
    thu: str
    """Hoàng Thị Thu, of Chi hội Tây (not hers)."""
    east_meeting: str
    west_meeting: str
    scope: Scope


def _leader(session: object, branch_ids: tuple[str, ...], *, sensitive: bool = False) -> str:
    return create_account(session, AccountDraft(  # type: ignore[arg-type]
        "ha.dong", "Phạm Thị Hà", Role.BRANCH, PASSWORD, PASSWORD,
        branch_ids=branch_ids, sees_sensitive=sensitive)).id


@pytest.fixture
def commune(commune_db: Database) -> Commune:
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        east = create_branch(session, commune_id, "Đông")
        west = create_branch(session, commune_id, "Tây")
        lan = add_member(session, commune_id, MemberDraft(
            full_name="Nguyễn Thị Lan", branch_id=east, ethnicity="Tày", religion="Phật giáo",
            joined_on=dt.date(2020, 1, 1)), TODAY)
        thu = add_member(session, commune_id, MemberDraft(
            full_name="Hoàng Thị Thu", branch_id=west, joined_on=dt.date(2020, 1, 1)), TODAY)
        east_meeting = create_meeting(session, commune_id, MeetingDraft(
            unit_id=east, held_on=dt.date(2026, 10, 5), topic="Đông quý IV"), TODAY)
        west_meeting = create_meeting(session, commune_id, MeetingDraft(
            unit_id=west, held_on=dt.date(2026, 10, 6), topic="Tây quý IV"), TODAY)
        account_id = _leader(session, (east,))
        scope = scope_of(get_account(session, account_id))
    return Commune(commune_db, commune_id, east, west, lan, thu, east_meeting, west_meeting,
                   scope)


# --------------------------------------------------------------------------- the account


def test_a_branch_account_is_tied_to_its_branches(commune: Commune) -> None:
    with commune.db.reading() as session:
        account = accounts.find_account(session, "ha.dong")
    assert account is not None
    assert account.role == Role.BRANCH and account.role_label == "Chi hội"
    assert account.branch_ids == (commune.east,)
    assert account.branch_names == ("Chi hội Đông",)
    assert commune.scope == Scope(frozenset({commune.east}), sensitive=False)
    assert can(Role.BRANCH, "edit") and not can(Role.BRANCH, "manage_accounts")
    assert not can(Role.BRANCH, "import") and not can(Role.BRANCH, "backup")


def test_a_branch_account_needs_a_live_branch(commune: Commune) -> None:
    with pytest.raises(InvalidAccountError) as raised, commune.db.transaction() as session:
        create_account(session, AccountDraft("mai.tay", "Lê Thị Mai", Role.BRANCH,
                                             PASSWORD, PASSWORD))
    assert "branches" in raised.value.errors
    with pytest.raises(InvalidAccountError), commune.db.transaction() as session:
        create_account(session, AccountDraft("mai.tay", "Lê Thị Mai", Role.BRANCH,
                                             PASSWORD, PASSWORD, branch_ids=(commune.id,)))


def test_the_admin_changes_her_branches_and_a_promotion_drops_them(commune: Commune) -> None:
    with commune.db.transaction() as session:
        account = accounts.find_account(session, "ha.dong")
        assert account is not None
        both = update_account(session, account.id, display_name="Phạm Thị Hà",
                              role=Role.BRANCH, active=True,
                              branch_ids=[commune.east, commune.west], sees_sensitive=True)
        assert set(both.branch_ids) == {commune.east, commune.west} and both.sees_sensitive
        assert scope_of(both).sensitive
        entry = update_account(session, account.id, display_name="Phạm Thị Hà",
                               role=Role.ENTRY, active=True)
    assert entry.branch_ids == () and not entry.sees_sensitive
    assert scope_of(entry) == Scope(None, sensitive=True)


def test_find_branches_by_name_with_or_without_chi_hoi(commune: Commune) -> None:
    with commune.db.reading() as session:
        assert find_branches(session, ["Chi hội Đông", "Tây"]) == [commune.east, commune.west]
        with pytest.raises(accounts.NotFoundError):
            find_branches(session, ["Bắc"])


def test_other_roles_keep_the_whole_commune() -> None:
    assert scope_of(None) == WHOLE
    viewer = accounts.AccountInfo("1", "x", "X", Role.VIEWER, True, 0, None)
    assert scope_of(viewer) == Scope(None, sensitive=False)


# --------------------------------------------------------------------------- members


def test_her_lists_hold_only_her_branch(commune: Commune) -> None:
    mine = MemberFilter(scope=commune.scope)
    with commune.db.reading() as session:
        assert [r.id for r in search_members(session, mine)] == [commune.lan]
        # A name search takes the quick path for a whole register; hers is still narrowed.
        assert search_members(session, replace(mine, text="hoang thu")) == []
        assert search_members(session, replace(mine, text="thu")) == []
        assert count_members(session, mine) == 1
        assert len(member_rowids(session, mine)) == 1
        assert members_by_ids(session, [commune.thu], scope=commune.scope) == []
        assert count_members(session, MemberFilter()) == 2
        rows = list(members_for_export(session, mine, ["full_name", "branch"]))
    assert rows == [("Nguyễn Thị Lan", "Đông")]


def test_asking_for_another_branch_is_refused(commune: Commune) -> None:
    other = MemberFilter(branch_id=commune.west, scope=commune.scope)
    with commune.db.reading() as session:
        with pytest.raises(PermissionDeniedError, match="chi hội khác"):
            search_members(session, other)
        with pytest.raises(PermissionDeniedError):
            count_members(session, other)
        with pytest.raises(PermissionDeniedError, match="dân tộc"):
            list(members_for_export(session, MemberFilter(scope=commune.scope),
                                    ["full_name", "ethnicity"]))


def test_another_branchs_member_cannot_be_read_or_changed(commune: Commune) -> None:
    scope = commune.scope
    with commune.db.reading() as session:
        with pytest.raises(PermissionDeniedError, match="hội viên này thuộc chi hội khác"):
            draft_of(session, commune.thu, scope=scope)
        with pytest.raises(PermissionDeniedError):
            status_history(session, commune.thu, scope=scope)
        theirs = draft_of(session, commune.thu)
    refusals = [
        lambda s: update_member(s, commune.thu, replace(theirs, phone="0912345678"), TODAY,
                                scope=scope),
        # Nor can she pull another branch's member into hers.
        lambda s: update_member(s, commune.thu, replace(theirs, branch_id=commune.east),
                                TODAY, scope=scope),
        lambda s: change_status(s, commune.thu, "left", TODAY, "Chuyển nhà", scope=scope),
        lambda s: bulk_change_status(s, [commune.lan, commune.thu], "left", TODAY,
                                     role=Role.BRANCH, scope=scope),
        lambda s: bulk_change_branch(s, [commune.lan], commune.west, role=Role.BRANCH,
                                     scope=scope),
        lambda s: add_member(s, commune.id, MemberDraft(full_name="Vũ Thị Nga",
                                                        branch_id=commune.west), TODAY,
                             scope=scope),
        lambda s: add_member(s, commune.id, MemberDraft(full_name="Vũ Thị Nga"), TODAY,
                             scope=scope),
        lambda s: transfer_member(s, commune.thu, "00004", TODAY, role=Role.BRANCH,
                                  scope=scope),
    ]
    for refuse in refusals:
        with pytest.raises(PermissionDeniedError), commune.db.transaction() as session:
            refuse(session)
    with commune.db.reading() as session:
        thu = session.get_one(Member, commune.thu)
        assert (thu.phone, thu.status, thu.branch_id) == (None, "active", commune.west)
        assert session.get_one(Member, commune.lan).status == "active"
        assert count_members(session, MemberFilter()) == 2


def test_she_edits_her_member_without_seeing_or_losing_sensitive_fields(
        commune: Commune) -> None:
    scope = commune.scope
    with commune.db.reading() as session:
        draft = draft_of(session, commune.lan, scope=scope)
    assert (draft.ethnicity, draft.religion) == ("", "")
    with commune.db.transaction() as session:
        update_member(session, commune.lan, replace(draft, phone="0912345678"), TODAY,
                      scope=scope)
        change_status(session, commune.lan, "left", TODAY, "Chuyển nhà", scope=scope)
        new = add_member(session, commune.id, MemberDraft(full_name="Vũ Thị Nga",
                                                          branch_id=commune.east),
                         TODAY, scope=scope)
    with commune.db.reading() as session:
        lan = session.get_one(Member, commune.lan)
        assert (lan.phone, lan.status) == ("0912345678", "left")
        assert (lan.ethnicity, lan.religion) == ("Tày", "Phật giáo")
        assert session.get_one(Member, new).branch_id == commune.east
        assert draft_of(session, commune.lan).ethnicity == "Tày"
    with pytest.raises(PermissionDeniedError), commune.db.transaction() as session:
        update_member(session, commune.lan, replace(draft, ethnicity="Kinh"), TODAY,
                      scope=scope)
    allowed = Scope(commune.scope.branch_ids, sensitive=True)
    with commune.db.reading() as session:
        assert draft_of(session, commune.lan, scope=allowed).ethnicity == "Tày"


# --------------------------------------------------------------------------- meetings


def test_her_meetings_are_her_branchs(commune: Commune) -> None:
    scope = commune.scope
    with commune.db.reading() as session:
        rows = list_meetings(session, commune.id, scope=scope)
        units = meeting_units(session, commune.id, scope=scope)
        assert [r.id for r in rows] == [commune.east_meeting]
        assert [u.id for u in units] == [commune.east]
        assert get_meeting(session, commune.east_meeting, scope=scope).topic == "Đông quý IV"
        assert [r.member_id for r in attendance(session, commune.east_meeting, scope=scope)] \
            == [commune.lan]
        assert sheet_data(session, commune.east_meeting, scope=scope).rows
        with pytest.raises(PermissionDeniedError):
            list_meetings(session, commune.id, MeetingFilter(unit_id=commune.west),
                          scope=scope)
        for read in (get_meeting, meeting_draft, attendance, sheet_data):
            with pytest.raises(PermissionDeniedError, match="cuộc họp này"):
                read(session, commune.west_meeting, scope=scope)  # type: ignore[operator]


def test_another_branchs_meeting_cannot_be_changed(commune: Commune) -> None:
    scope = commune.scope
    with commune.db.reading() as session:
        west = meeting_draft(session, commune.west_meeting)
        east = meeting_draft(session, commune.east_meeting)
        before = {r.member_id: r.status for r in attendance(session, commune.west_meeting)}
    refusals = [
        lambda s: update_meeting(s, commune.west_meeting, replace(west, topic="Sửa"), TODAY,
                                 scope=scope),
        lambda s: update_meeting(s, commune.east_meeting, replace(east, unit_id=commune.west),
                                 TODAY, scope=scope),
        lambda s: create_meeting(s, commune.id, replace(west, version=None), TODAY,
                                 scope=scope),
        lambda s: create_meeting(s, commune.id, replace(west, unit_id=commune.id,
                                                        version=None), TODAY, scope=scope),
        lambda s: set_attendance(s, commune.west_meeting, {commune.thu: ("absent", None)},
                                 scope=scope),
        lambda s: mark_all(s, commune.west_meeting, "absent", scope=scope),
        lambda s: delete_meeting(s, commune.west_meeting, scope=scope),
        lambda s: add_attendee(s, commune.east_meeting, commune.thu, scope=scope),
    ]
    for refuse in refusals:
        with pytest.raises(PermissionDeniedError), commune.db.transaction() as session:
            refuse(session)
    with commune.db.reading() as session:
        assert {r.member_id: r.status for r in attendance(session, commune.west_meeting)} \
            == before
        assert meeting_draft(session, commune.west_meeting).topic == "Tây quý IV"
        assert len(list_meetings(session, commune.id)) == 2


def test_she_records_her_own_meeting_and_attendance(commune: Commune) -> None:
    scope = commune.scope
    with commune.db.transaction() as session:
        meeting = create_meeting(session, commune.id, MeetingDraft(
            unit_id=commune.east, held_on=dt.date(2026, 11, 2), topic="Tháng 11"), TODAY,
            scope=scope)
        assert set_attendance(session, meeting, {commune.lan: ("excused", "Ốm")},
                              scope=scope) == 1
    with commune.db.reading() as session:
        rows = attendance(session, meeting, scope=scope)
    assert [(r.member_id, r.status, r.note) for r in rows] == [(commune.lan, "excused", "Ốm")]


# --------------------------------------------------------------------------- trainings


def test_she_sees_her_members_trainings_and_certificates(demo_db: Database) -> None:
    from db.certificates import (
        CertificateFilter,
        certificates_of_course,
        get_certificates,
        list_certificates,
    )
    from db.trainings import CourseFilter, course_sheet_data, list_courses, participants

    with demo_db.reading() as session:
        site_id = get_site(session).unit_id
        every = list_certificates(session, CertificateFilter())
        owners: dict[str, str | None] = {
            cert_id: branch_id for cert_id, branch_id in session.execute(
                select(Certificate.id, Member.branch_id)
                .join(Participation, Participation.id == Certificate.participation_id)
                .join(Member, Member.id == Participation.member_id))}
        branch = max({b for b in owners.values() if b}, key=list(owners.values()).count)
        scope = Scope(frozenset({branch}), sensitive=False)
        mine = list_certificates(session, CertificateFilter(scope=scope))
        assert mine and len(mine) < len(every)
        assert {owners.get(c.id) for c in mine} == {branch}
        assert {c.id for c in get_certificates(session, list(owners), scope=scope)} \
            == {c.id for c in mine}
        courses = list_courses(session, site_id, CourseFilter(scope=scope))
        assert courses and len(courses) <= len(list_courses(session, site_id))
        seen = 0
        for course in courses:
            people = participants(session, course.id, scope=scope)
            assert people, course.title
            for person in people:
                assert person.member_id is not None
                assert session.get_one(Member, person.member_id).branch_id == branch
            seen += len(people)
            sheet = course_sheet_data(session, course.id, scope=scope)
            assert len(sheet.rows) == len(people)
            assert all(owners.get(c.id) == branch
                       for c in certificates_of_course(session, course.id, scope=scope))
        everyone = sum(len(participants(session, c.id)) for c in courses)
    assert 0 < seen < everyone


def test_the_audit_trail_names_her(commune: Commune) -> None:
    from db.audit import set_actor
    from db.models import AuditEvent

    with commune.db.reading() as session:
        leader = accounts.find_account(session, "ha.dong")
        draft = draft_of(session, commune.lan, scope=commune.scope)
    assert leader is not None
    set_actor(leader.actor)
    try:
        with commune.db.transaction() as session:
            update_member(session, commune.lan, replace(draft, phone="0912345678"), TODAY,
                          scope=commune.scope)
    finally:
        set_actor(None)
    with commune.db.reading() as session:
        actors = session.scalars(select(AuditEvent.actor).where(
            AuditEvent.record_id == commune.lan, AuditEvent.action == "update")).all()
    assert actors == ["Phạm Thị Hà (ha.dong)"]


def test_her_privacy_requests_stay_in_her_branch(commune: Commune) -> None:
    from db.personal_data import record_consent, subject_record

    with commune.db.reading() as session:
        assert subject_record(session, commune.lan, TODAY, scope=commune.scope).full_name \
            == "Nguyễn Thị Lan"
        with pytest.raises(PermissionDeniedError):
            subject_record(session, commune.thu, TODAY, scope=commune.scope)
    with pytest.raises(PermissionDeniedError), commune.db.transaction() as session:
        record_consent(session, commune.thu, TODAY, "Ký giấy", TODAY, scope=commune.scope)
    with commune.db.reading() as session:
        assert session.get_one(Member, commune.thu).consent_on is None


def test_accounts_and_their_branches_never_travel() -> None:
    from db.sync.tables import DOWNWARD_SCOPE, ENROLLMENT_SCOPE, ORDER, UPWARD_SCOPE

    for tables in (ORDER, DOWNWARD_SCOPE, ENROLLMENT_SCOPE, UPWARD_SCOPE):
        assert "accounts" not in tables
