"""Meetings of branches and of the commune: attendance, the charter rule, statistics.

A branch (chi hội) must meet at least once every three months (the Union's charter,
docs/ARCHITECTURE.md §3), so the office needs to see which branches have not met this quarter and
who keeps missing meetings. A meeting is held by a branch, or by the commune's union
itself (conferences of the executive committee); each meeting carries one attendance
row per person expected, made when the meeting is entered, so that the printed sheet
and the rate "present ÷ expected" stay what they were even after members come and go.

Attendance rows are the biggest table of a commune (about 70,000 rows for 8,000
members over two years), so every count here is an SQL aggregate and the rows are
written and changed with single statements, never one ORM object per row. Meetings are
changed through the ORM (one row at a time, with its version as the optimistic lock);
attendance rows only through SQL statements that bump ``version`` and ``updated_at``
themselves, so that every change travels in the next sync package (docs/ARCHITECTURE.md §6). The
two are never mixed on the same table, which keeps the session's identity map honest.

Every write works inside the caller's transaction: several edits made in one screen
are saved, or not, together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    SelectBase,
    Subquery,
    Table,
    and_,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from db import catalog
from db.audit import record_bulk
from db.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    FieldsError,
    Message,
    NotFoundError,
    UserError,
)
from db.formatting import date as format_date
from db.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Member,
    MemberStatus,
    Post,
    Title,
    Unit,
    UnitLevel,
    new_id,
    utc_now,
)
from db.officers import TITLE_LABELS as TITLE_LABELS  # noqa: PLC0414 (re-exported)
from db.rules import live
from db.scope import WHOLE, Scope, check_branch, check_meeting, check_member, meetings_in
from db.site import find_site
from db.text import clean_paragraphs, clean_text
from db.validation import ValidationError
from db.vocabulary import ATTENDANCE, MEETING_KIND

MEETING_KIND_LABELS: dict[str, str] = MEETING_KIND.labels
ATTENDANCE_LABELS: dict[str, str] = ATTENDANCE.labels

PLANNING_DAYS = 60
"""How far ahead a meeting may be dated: planned meetings are entered to print sheets."""

UNION_FOUNDED = dt.date(1930, 10, 20)
"""No meeting of the Union can be older; an earlier date is a typing slip in the year."""

MAX_TOPIC = 300
MAX_PLACE = 200
MAX_NOTE = 300

_ATTENDANCES = cast("Table", Attendance.__table__)
_STATUSES = frozenset(s.value for s in AttendanceStatus)
_KINDS = frozenset(k.value for k in MeetingKind)
_PRESENT = AttendanceStatus.PRESENT.value


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meetings list, with its attendance counted.

    Attributes:
        unit_name: the branch's name, or the union's name ("Hội LHPN xã …") when the
            commune itself held the meeting.
        expected: attendance rows of the meeting, i.e. the people expected.
    """

    id: str
    held_on: dt.date
    unit_id: str
    unit_name: str
    kind: str
    topic: str
    place: str | None
    present: int
    excused: int
    absent: int
    expected: int

    @property
    def rate(self) -> float | None:
        """Return present ÷ expected in percent, or None when nobody was expected."""
        return 100.0 * self.present / self.expected if self.expected else None

    @property
    def kind_label(self) -> str:
        """Return the kind of meeting in Vietnamese."""
        return MEETING_KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class MeetingFilter:
    """What the meetings list is narrowed to; None means "any"."""

    unit_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kind: str | None = None


@dataclass(frozen=True)
class MeetingUnit:
    """A unit that can hold a meeting: the commune's union itself or one of its branches."""

    id: str
    name: str
    is_commune: bool


@dataclass
class MeetingDraft:
    """What a person typed in the meeting form, before validation.

    ``version`` is the stored version the form was filled from (None for a new
    meeting), so that saving can tell whether someone else changed it meanwhile.
    """

    unit_id: str = ""
    held_on: dt.date | None = None
    kind: str = MeetingKind.REGULAR
    topic: str = ""
    place: str = ""
    minutes: str = ""
    version: int | None = None


Mark = tuple[str, str | None]
"""A person's attendance: (status, note), as the lists show and ``set_attendance`` takes."""


class AttendanceConflictError(ConcurrentChangeError):
    """Someone else marked some of the same people after this list was read.

    Attributes:
        stored: member key -> the mark stored now, for each person whose mark moved on
            (and differs from the one being saved): what the screen compares with hers.
    """

    def __init__(self, stored: Mapping[str, Mark]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Điểm danh của {count} người vừa được sửa ở nơi khác sau khi bạn mở danh "
                "sách; những gì bạn đánh dấu chưa được lưu.",
            ),
            count=len(stored),
        )
        self.stored: dict[str, Mark] = dict(stored)


class InvalidMeetingError(FieldsError):
    """Validation messages per field (or per member for attendance), all at once."""


@dataclass(frozen=True)
class AttendanceRow:
    """One person on a meeting's attendance list.

    Attributes:
        birth_date: ISO date as precise as known ("1985", "1985-03", "1985-03-12").
        branch: the person's branch today ("" if none), which differs from the
            meeting's unit for a guest from another branch or at a commune conference.
        title: the person's current post in Vietnamese (see :data:`TITLE_LABELS`),
            preferring a post in the meeting's own unit; "" for a plain member.
    """

    member_id: str
    full_name: str
    birth_date: str | None
    branch: str
    title: str
    status: str
    note: str | None

    @property
    def status_label(self) -> str:
        """Return the attendance status in Vietnamese."""
        return ATTENDANCE_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class BranchMeetingStatus:
    """A branch that has not met yet in the current quarter (charter rule).

    Attributes:
        last_held_on: the branch's latest meeting on or before today, None if never.
        next_planned_on: the first meeting entered for a day after today, if any, so
            the screen can say the meeting is already planned.
    """

    branch_id: str
    branch_name: str
    last_held_on: dt.date | None
    next_planned_on: dt.date | None


@dataclass(frozen=True)
class BranchStats:
    """A branch's meetings in one year.

    Attributes:
        active: False for a branch merged into another since (kept for its history).
        meetings: meetings held (on or before today) in each quarter, Q1 to Q4.
        present, expected: attendance summed over those meetings.
        flagged_quarters: quarters (1-4) that have begun by today, while the branch
            existed, with no meeting held; the current quarter is included, as
            :func:`branches_without_meeting` warns about it too.
    """

    branch_id: str
    branch_name: str
    active: bool
    meetings: tuple[int, int, int, int]
    present: int
    expected: int
    flagged_quarters: tuple[int, ...]

    @property
    def total(self) -> int:
        """Return the meetings held in the year."""
        return sum(self.meetings)

    @property
    def rate(self) -> float | None:
        """Return the year's attendance rate in percent (None without attendance).

        Summed over every attendance row rather than averaged per meeting, so a small
        meeting weighs as much as the people it concerned, no more.
        """
        return 100.0 * self.present / self.expected if self.expected else None


@dataclass(frozen=True)
class MissingMember:
    """An active member who missed each of her branch's last meetings.

    Attributes:
        dates: the days of those meetings, newest first.
        excused: how many of these absences had a reason given (vắng có lý do).
    """

    member_id: str
    full_name: str
    birth_date: str | None
    branch_id: str
    branch_name: str
    dates: tuple[dt.date, ...]
    excused: int


@dataclass(frozen=True)
class SheetRow:
    """One line of a printed attendance sheet; ``status`` None prints a blank sheet.

    ``member_id`` is not printed: it lets a sheet signed on paper be typed back in
    exactly the order it was printed, row by row.
    """

    full_name: str
    birth_date: str | None
    branch: str
    title: str
    status: str | None
    note: str | None = None
    member_id: str = ""


@dataclass(frozen=True)
class MeetingSheetData:
    """Everything the attendance sheet prints, with no database left to consult.

    Attributes:
        unit_name: the branch, or the union's name for a meeting of the commune.
        commune_union_name: the issuer, e.g. "Hội LHPN xã Hưng Hà".
        parent_union_name: the level above, e.g. "Hội LHPN tỉnh Hưng Yên" (None if
            the commune has no parent recorded).
        place_name: the commune's name without "Xã"/"Phường", for the line
            "Hưng Hà, ngày … tháng … năm …".
        chair_name: who holds the commune's open chair post, for the signature block.
        held_by_branch: the meeting is a branch's; its head signs the sheet, not the chair.
        branch_head_name: who holds that branch's open head post (None if nobody).
    """

    meeting_id: str
    unit_name: str
    commune_union_name: str
    parent_union_name: str | None
    place_name: str
    held_on: dt.date
    kind: str
    topic: str
    place: str | None
    rows: tuple[SheetRow, ...]
    chair_name: str | None
    held_by_branch: bool = False
    branch_head_name: str | None = None


# --------------------------------------------------------------------------- quarters


def quarter_of(day: dt.date) -> tuple[int, int]:
    """Return (year, quarter 1-4) of a day."""
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a quarter (e.g. 2026 Q1: 01/01 to 31/03)."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter must be 1-4, not {quarter}")
    start = dt.date(year, 3 * quarter - 2, 1)
    after = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, after - dt.timedelta(days=1)


# --------------------------------------------------------------------------- helpers


def _in_commune(column: InstrumentedAttribute[str], commune_id: str) -> ColumnElement[bool]:
    """Limit a unit key to the commune itself and its branches (merged ones too).

    Written as ``IN (SELECT …)`` so SQLite walks the (unit, date) index of meetings
    unit by unit, which stays quick at an upper level holding many communes.
    """
    return column.in_(
        select(Unit.id).where(
            or_(
                Unit.id == commune_id,
                and_(Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH),
            ),
            live(Unit),
        )
    )


def _recording_office(session: Session, commune_id: str) -> str:
    """Return whose record a new meeting is: the commune's, or a branch site's own.

    On a branch's laptop the meetings it records are the branch's rows, so that they
    travel up in its packages and the commune forwards them unchanged (docs/ARCHITECTURE.md
    §6); everywhere else they are the commune's.
    """
    site = find_site(session)
    if site is not None and site.is_branch and site.parent_unit_id == commune_id:
        return site.unit_id
    return commune_id


def _commune_of(session: Session, meeting: Meeting) -> str:
    """Return the commune of a meeting, recorded by the commune or a branch site.

    A branch site's meetings are owned by the branch; their commune is its parent.
    """
    owner = session.get(Unit, meeting.owner_unit_id)
    if owner is not None and owner.level == UnitLevel.BRANCH and owner.parent_id:
        return owner.parent_id
    return meeting.owner_unit_id


def _in_branches(column: InstrumentedAttribute[str], commune_id: str) -> ColumnElement[bool]:
    """Limit a unit key to a commune's branches, merged ones included (their history)."""
    return column.in_(
        select(Unit.id).where(
            Unit.parent_id == commune_id,
            Unit.level == UnitLevel.BRANCH,
            live(Unit),
        )
    )


def _count_status(status: AttendanceStatus) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((Attendance.status == status, 1), else_=0)), 0)


def _attendance_counts(meeting_ids: SelectBase) -> Subquery:
    """Return a subquery counting the live attendance rows of the given meetings.

    Its columns are ``meeting_id``, ``present``, ``excused``, ``absent`` and
    ``expected``. Counting per meeting first walks the attendance rows in the order of
    their (meeting, member) index, with no sorting; only then are the few counted lines
    joined with names and topics. Grouping the joined rows instead makes SQLite sort
    every attendance row along with its meeting's text, 3-4× slower on a large commune.
    """
    return (
        select(
            Attendance.meeting_id,
            _count_status(AttendanceStatus.PRESENT).label("present"),
            _count_status(AttendanceStatus.EXCUSED).label("excused"),
            _count_status(AttendanceStatus.ABSENT).label("absent"),
            func.count().label("expected"),
        )
        .where(live(Attendance), Attendance.meeting_id.in_(meeting_ids))
        .group_by(Attendance.meeting_id)
        .subquery("counts")
    )


def _unit_display(unit: Unit) -> str:
    """Name a meeting's unit: a branch by its name, the commune by its union's name."""
    return unit.name if unit.level == UnitLevel.BRANCH else catalog.union_name(unit.name)


def _live_meeting(session: Session, meeting_id: str) -> Meeting:
    """Return a meeting that exists and is not deleted, or say so in Vietnamese."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy cuộc họp này (có thể đã bị xóa).",
            ),
        )
    return meeting


def _meeting_in(session: Session, meeting_id: str, scope: Scope) -> Meeting:
    """Return a live meeting inside ``scope``, or refuse it (see :mod:`db.scope`)."""
    meeting = _live_meeting(session, meeting_id)
    check_meeting(scope, meeting)
    return meeting


def _meeting_to_change(session: Session, meeting_id: str, scope: Scope) -> Meeting:
    """Return a meeting this site may change, or refuse one a branch site recorded.

    A meeting recorded on a branch's laptop is that branch's row: its next package
    replaces the commune's copy, so an edit made at the commune would be lost there
    (docs/ARCHITECTURE.md §6). The commune office reads and prints it; the branch edits it.

    Raises:
        UserError: the meeting belongs to a branch site and this is not that site.
    """
    meeting = _meeting_in(session, meeting_id, scope)
    if _commune_of(session, meeting) != meeting.owner_unit_id:
        site = find_site(session)
        if site is None or site.unit_id != meeting.owner_unit_id:
            owner = session.get_one(Unit, meeting.owner_unit_id)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Cuộc họp này do máy riêng của {name} ghi và gửi lên; chỉ sửa được ở máy của "
                    "chi hội (gói sau của chi hội sẽ thay bản ở đây).",
                ),
                name=owner.name,
            )
    return meeting


def _title_of_member(unit_id: str) -> ColumnElement[str | None]:
    """Return, as a correlated SQL expression, the title of a member's current post.

    A person may hold several posts (a committee member who also heads her branch):
    the post in the meeting's own unit wins, then the higher title, so a branch
    meeting's sheet says "Chi hội trưởng" and a conference's "Ủy viên Ban Chấp hành".
    """
    rank = case({title.value: i for i, title in enumerate(Title)}, value=Post.title,
                else_=len(Title))
    return (
        select(Post.title)
        .where(Post.member_id == Member.id, Post.end_on.is_(None), live(Post))
        .order_by(case((Post.unit_id == unit_id, 0), else_=1), rank, Post.start_on.desc())
        .limit(1)
        .correlate(Member)
        .scalar_subquery()
    )


# --------------------------------------------------------------------------- listing


def _meetings(
    session: Session, commune_id: str, *conditions: ColumnElement[bool]
) -> list[MeetingRow]:
    """Return a commune's meetings matching ``conditions``, with attendance counted."""
    return _meeting_rows(session, _in_commune(Meeting.unit_id, commune_id), *conditions)


def _meeting_rows(
    session: Session, in_scope: ColumnElement[bool], *conditions: ColumnElement[bool]
) -> list[MeetingRow]:
    """Return the meetings of the units ``in_scope`` selects, with attendance counted."""
    chosen = (
        select(Meeting.id)
        .where(in_scope, live(Meeting), *conditions)
        .cte("chosen")
    )
    counts = _attendance_counts(select(chosen.c.id))
    query = (
        select(
            Meeting.id,
            Meeting.held_on,
            Meeting.unit_id,
            Unit.name,
            Unit.level,
            Meeting.kind,
            Meeting.topic,
            Meeting.place,
            counts.c.present,
            counts.c.excused,
            counts.c.absent,
            counts.c.expected,
        )
        .join(Unit, Unit.id == Meeting.unit_id)
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .where(Meeting.id.in_(select(chosen.c.id)))
        .order_by(Meeting.held_on.desc(), Unit.sort_key, Meeting.id.desc())
    )
    return [
        MeetingRow(
            id=mid,
            held_on=held,
            unit_id=unit_id,
            unit_name=name if level == UnitLevel.BRANCH else catalog.union_name(name),
            kind=kind,
            topic=topic,
            place=place,
            present=int(present or 0),
            excused=int(excused or 0),
            absent=int(absent or 0),
            expected=int(expected or 0),
        )
        for (mid, held, unit_id, name, level, kind, topic, place, present, excused, absent,
             expected) in session.execute(query)
    ]


def list_meetings(
    session: Session, commune_id: str, flt: MeetingFilter | None = None,
    *, scope: Scope = WHOLE,
) -> list[MeetingRow]:
    """Return a commune's meetings (its own and its branches'), newest first.

    A branch leader's ``scope`` keeps her branches' meetings only; asking for another
    unit is refused (PermissionDeniedError).

    Deleted meetings and deleted attendance rows are left out; the counts come from a
    single grouped query, so the list costs the same whether it shows ten meetings or
    every meeting of two years.
    """
    flt = flt or MeetingFilter()
    conditions: list[ColumnElement[bool]] = [meetings_in(scope)]
    if flt.unit_id:
        check_branch(scope, flt.unit_id)
        conditions.append(Meeting.unit_id == flt.unit_id)
    if flt.date_from:
        conditions.append(Meeting.held_on >= flt.date_from)
    if flt.date_to:
        conditions.append(Meeting.held_on <= flt.date_to)
    if flt.kind:
        conditions.append(Meeting.kind == flt.kind)
    return _meetings(session, commune_id, *conditions)


@dataclass(frozen=True)
class CommuneMeetingRow:
    """A meeting with the commune that held it, for the upper level's list."""

    commune_id: str
    commune_name: str
    meeting: MeetingRow


def list_meetings_of_communes(
    session: Session, commune_id: str | None, date_from: dt.date, date_to: dt.date
) -> list[CommuneMeetingRow]:
    """Return the meetings of one commune, or of every commune, held between two days.

    An upper level reads its communes' meetings but never edits them. The period is
    required: every meeting of 170 communes over years is more than a screen can hold,
    while a quarter (the charter's rhythm) stays a few thousand lines, counted in one
    grouped query.
    """
    if commune_id is not None:
        in_scope = _in_commune(Meeting.unit_id, commune_id)
    else:
        parent = aliased(Unit)
        in_scope = Meeting.unit_id.in_(
            select(Unit.id)
            .outerjoin(parent, parent.id == Unit.parent_id)
            .where(
                live(Unit),
                or_(
                    Unit.level == UnitLevel.COMMUNE,
                    and_(Unit.level == UnitLevel.BRANCH, parent.level == UnitLevel.COMMUNE),
                ),
            )
        )
    meetings = _meeting_rows(
        session, in_scope, Meeting.held_on >= date_from, Meeting.held_on <= date_to
    )
    if not meetings:
        return []
    owners: dict[str, tuple[str, str]] = {}
    commune = aliased(Unit)
    unit_ids = {row.unit_id for row in meetings}
    for unit_id, level, own_name, parent_id, parent_name in session.execute(
        select(Unit.id, Unit.level, Unit.name, commune.id, commune.name)
        .outerjoin(commune, commune.id == Unit.parent_id)
        .where(Unit.id.in_(unit_ids))
    ):
        if level == UnitLevel.COMMUNE:
            owners[unit_id] = (unit_id, own_name)
        else:
            owners[unit_id] = (parent_id or "", parent_name or "")
    return [
        CommuneMeetingRow(*owners.get(row.unit_id, ("", "")), meeting=row)
        for row in meetings
    ]


def get_meeting(session: Session, meeting_id: str, *, scope: Scope = WHOLE) -> MeetingRow:
    """Return one meeting as a list line (after saving, to refresh the list).

    Raises:
        NotFoundError: the meeting does not exist or was deleted.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    meeting = _meeting_in(session, meeting_id, scope)
    rows = _meetings(session, _commune_of(session, meeting), Meeting.id == meeting_id)
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy cuộc họp này (có thể đã bị xóa).",
            ),
        )
    return rows[0]


def meeting_units(
    session: Session, commune_id: str, *, scope: Scope = WHOLE
) -> list[MeetingUnit]:
    """Return who can hold a new meeting: the commune's union, then its active branches.

    A branch leader's ``scope`` offers her own branches only.
    """
    commune = session.get_one(Unit, commune_id)
    branches = session.execute(
        select(Unit.id, Unit.name)
        .where(
            Unit.parent_id == commune_id,
            Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True),
            live(Unit),
        )
        .order_by(Unit.sort_key)
    )
    units = [MeetingUnit(commune.id, catalog.union_name(commune.name), True)] + [
        MeetingUnit(i, name, False) for i, name in branches
    ]
    return [unit for unit in units if scope.covers(unit.id)]


# --------------------------------------------------------------------------- editing


def _validate(
    session: Session,
    commune_id: str,
    draft: MeetingDraft,
    today: dt.date,
    current_unit_id: str | None = None,
) -> dict[str, Any]:
    """Turn a draft into column values, or raise InvalidMeetingError naming each field.

    A branch closed by a merger may still receive meetings dated before the merger
    (records entered late) and keeps the meetings it already has; anything later
    belongs to the branch it was merged into.
    """
    errors: dict[str, str] = {}
    held_on = draft.held_on
    if held_on is None:
        errors["held_on"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Ngày họp không được để trống."))
    elif held_on > today + dt.timedelta(days=PLANNING_DAYS):
        latest = today + dt.timedelta(days=PLANNING_DAYS)
        errors["held_on"] = Message(
            QT_TRANSLATE_NOOP("DbErrors",
                              "Ngày họp không được quá {days} ngày sau hôm nay "
                              "(muộn nhất {latest})."),
            {"days": PLANNING_DAYS, "latest": format_date(latest)})
    elif held_on < UNION_FOUNDED:
        errors["held_on"] = Message(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Ngày họp trước năm 1930 là không thể; hãy kiểm tra lại năm."))
    unit = session.get(Unit, draft.unit_id) if draft.unit_id else None
    if not draft.unit_id:
        errors["unit_id"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn chi hội (hoặc Hội LHPN xã) tổ chức cuộc họp."))
    elif (
        unit is None
        or unit.deleted_at is not None
        or not (
            (unit.id == commune_id and unit.level == UnitLevel.COMMUNE)
            or (unit.parent_id == commune_id and unit.level == UnitLevel.BRANCH)
        )
    ):
        errors["unit_id"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Đơn vị này không phải là chi hội của xã; hãy chọn lại."))
    elif not unit.active and unit.id != current_unit_id and (
        unit.merged_on is None or held_on is None or held_on >= unit.merged_on
    ):
        errors["unit_id"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "{unit} đã được sáp nhập từ ngày {day}; hãy chọn "
                                          "chi hội đang hoạt động."),
            {"unit": unit.name, "day": format_date(unit.merged_on)},
        ) if unit.merged_on else Message(
            QT_TRANSLATE_NOOP("DbErrors",
                              "{unit} đã được sáp nhập; hãy chọn chi hội đang hoạt động."),
            {"unit": unit.name})
    if draft.kind not in _KINDS:
        errors["kind"] = Message(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Loại cuộc họp phải là định kỳ, chuyên đề, hội nghị hoặc khác."))
    topic = clean_text(draft.topic)
    if not topic:
        errors["topic"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Nội dung cuộc họp không được để trống."))
    elif len(topic) > MAX_TOPIC:
        errors["topic"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Nội dung cuộc họp quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_TOPIC})
    place = clean_text(draft.place)
    if len(place) > MAX_PLACE:
        errors["place"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Địa điểm quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_PLACE})
    if errors:
        raise InvalidMeetingError(errors)
    return {
        "unit_id": draft.unit_id,
        "held_on": held_on,
        "kind": MeetingKind(draft.kind),
        "topic": topic,
        "place": place or None,
        "minutes": clean_paragraphs(draft.minutes) or None,
    }


def _expected_people(
    session: Session, commune_id: str, unit_id: str, held_on: dt.date
) -> list[str]:
    """Return who is expected at a meeting of ``unit_id``.

    A branch expects its active members, except those who joined after the meeting
    (a meeting entered late must not count newcomers as absent). The commune's union
    expects its current officers: open posts in the commune or in its branches, as a
    conference of the executive committee brings in the branch heads too.
    """
    if unit_id == commune_id:
        query = (
            select(Member.id)
            .join(Post, Post.member_id == Member.id)
            .where(
                _in_commune(Post.unit_id, commune_id),
                Post.end_on.is_(None),
                live(Post),
                or_(Post.start_on.is_(None), Post.start_on <= held_on),
            )
            .distinct()
        )
    else:
        query = select(Member.id).where(
            Member.branch_id == unit_id,
            or_(Member.joined_on.is_(None), Member.joined_on <= held_on),
        )
    query = query.where(
        Member.status == MemberStatus.ACTIVE,
        live(Member),
        Member.erased_at.is_(None),
    )
    return list(session.scalars(query))


def _put_on_list(
    session: Session,
    meeting: Meeting,
    member_ids: Sequence[str],
    status: str,
    note: str | None = None,
) -> None:
    """Give each person a live attendance row, reviving a deleted one where it exists.

    The (meeting, member) pair is unique even among tombstones, so a person taken off
    the list and put back gets her old row back rather than a second one.
    """
    if not member_ids:
        return
    existing = dict(
        session.execute(
            select(Attendance.member_id, Attendance.id).where(
                Attendance.meeting_id == meeting.id
            )
        ).all()
    )
    now = utc_now()
    revived = [
        {"row_id": existing[m], "new_status": status, "new_note": note}
        for m in member_ids
        if m in existing
    ]
    if revived:
        session.execute(
            update(_ATTENDANCES)
            .where(_ATTENDANCES.c.id == bindparam("row_id"))
            .values(
                status=bindparam("new_status"), note=bindparam("new_note"), deleted_at=None,
                version=_ATTENDANCES.c.version + 1, updated_at=now,
            ),
            revived,
        )
    fresh = [
        {
            "id": new_id(), "owner_unit_id": meeting.owner_unit_id, "created_at": now,
            "updated_at": now, "version": 1, "deleted_at": None, "meeting_id": meeting.id,
            "member_id": m, "status": status, "note": note,
        }
        for m in member_ids
        if m not in existing
    ]
    if fresh:
        session.execute(insert(_ATTENDANCES), fresh)


def _take_off_list(session: Session, meeting_id: str, member_ids: Sequence[str]) -> int:
    """Tombstone the live attendance rows of these people; return how many."""
    if not member_ids:
        return 0
    now = utc_now()
    result = session.execute(
        update(_ATTENDANCES)
        .where(
            _ATTENDANCES.c.meeting_id == meeting_id,
            _ATTENDANCES.c.member_id.in_(list(member_ids)),
            live(_ATTENDANCES),
        )
        .values(deleted_at=now, version=_ATTENDANCES.c.version + 1, updated_at=now)
    )
    return int(cast("CursorResult[Any]", result).rowcount or 0)


def create_meeting(
    session: Session,
    commune_id: str,
    draft: MeetingDraft,
    today: dt.date | None = None,
    *,
    mark_all_present: bool = False,
    scope: Scope = WHOLE,
) -> str:
    """Validate and store a new meeting with its attendance list; return its key.

    The list holds everyone expected (see :func:`_expected_people`), all "absent" until
    marked, or all "present" when ``mark_all_present`` is asked: with a branch of 300
    the quickest entry is often to mark everyone present and correct the few who were
    not.

    Raises:
        InvalidMeetingError: one message per field that is not acceptable.
        PermissionDeniedError: the unit lies outside ``scope``.
    """
    check_branch(scope, draft.unit_id or None, "đơn vị tổ chức đã chọn")
    today = today or dt.date.today()
    values = _validate(session, commune_id, draft, today)
    office = _recording_office(session, commune_id)
    if office != commune_id and values["unit_id"] != office:
        # A branch's laptop records its own meetings only: the commune refuses a
        # branch package with any other (docs/ARCHITECTURE.md §6).
        raise InvalidMeetingError({"unit_id": Message(QT_TRANSLATE_NOOP(
            "DbErrors", "Máy riêng của chi hội chỉ ghi cuộc họp của chính chi hội này."))})
    meeting = Meeting(owner_unit_id=office, **values)
    session.add(meeting)
    session.flush()
    people = _expected_people(session, commune_id, meeting.unit_id, meeting.held_on)
    status = AttendanceStatus.PRESENT if mark_all_present else AttendanceStatus.ABSENT
    _put_on_list(session, meeting, people, status.value)
    return meeting.id


def meeting_draft(session: Session, meeting_id: str, *, scope: Scope = WHOLE) -> MeetingDraft:
    """Return the stored meeting as a draft (with its version) to fill the edit form.

    Raises:
        NotFoundError: the meeting does not exist or was deleted.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    meeting = _meeting_in(session, meeting_id, scope)
    return MeetingDraft(
        unit_id=meeting.unit_id,
        held_on=meeting.held_on,
        kind=meeting.kind,
        topic=meeting.topic,
        place=meeting.place or "",
        minutes=meeting.minutes or "",
        version=meeting.version,
    )


def update_meeting(
    session: Session, meeting_id: str, draft: MeetingDraft, today: dt.date | None = None,
    *, scope: Scope = WHOLE,
) -> None:
    """Validate and store changes to a meeting.

    Moving a meeting to another unit (entered under the wrong branch) rebuilds its
    list: the people the new unit expects are added as absent, those marked present
    stay (they came, whoever held it), and the other rows are tombstoned.

    Raises:
        InvalidMeetingError: one message per field that is not acceptable.
        NotFoundError: the meeting does not exist or was deleted.
        PermissionDeniedError: the meeting, or the unit it is moved to, lies outside
            ``scope``.
        UserError: someone else saved the meeting after this draft was read.
    """
    meeting = _meeting_to_change(session, meeting_id, scope)
    check_branch(scope, draft.unit_id or None, "đơn vị tổ chức đã chọn")
    if draft.version is not None and draft.version != meeting.version:
        raise ConcurrentChangeError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cuộc họp này vừa được sửa ở nơi khác sau khi bạn mở. Hãy đóng rồi mở lại để xem "
                "bản mới nhất; những gì bạn gõ chưa được lưu.",
            ),
        )
    commune_id = _commune_of(session, meeting)
    values = _validate(session, commune_id, draft, today or dt.date.today(), meeting.unit_id)
    moved = values["unit_id"] != meeting.unit_id
    for name, value in values.items():
        setattr(meeting, name, value)
    session.flush()
    if moved:
        expected = set(_expected_people(session, commune_id, meeting.unit_id, meeting.held_on))
        listed = dict(
            session.execute(
                select(Attendance.member_id, Attendance.status).where(
                    Attendance.meeting_id == meeting.id, live(Attendance)
                )
            ).all()
        )
        dropped = [m for m, s in listed.items() if m not in expected and s != _PRESENT]
        _take_off_list(session, meeting.id, dropped)
        _put_on_list(
            session, meeting, sorted(expected - listed.keys()), AttendanceStatus.ABSENT.value
        )


def delete_meeting(session: Session, meeting_id: str, *, scope: Scope = WHOLE) -> None:
    """Delete a meeting and its attendance rows, as tombstones that travel upward.

    Raises:
        NotFoundError: the meeting does not exist or was already deleted.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    meeting = _meeting_to_change(session, meeting_id, scope)
    now = utc_now()
    meeting.deleted_at = now
    session.flush()
    session.execute(
        update(_ATTENDANCES)
        .where(_ATTENDANCES.c.meeting_id == meeting_id, live(_ATTENDANCES))
        .values(deleted_at=now, version=_ATTENDANCES.c.version + 1, updated_at=now)
    )


# --------------------------------------------------------------------------- attendance


def _attendance_rows(session: Session, meeting: Meeting) -> list[AttendanceRow]:
    """Return a meeting's live attendance rows in Vietnamese name order, in one query."""
    query = (
        select(
            Member.id,
            Member.full_name,
            Member.birth_date,
            Unit.name,
            _title_of_member(meeting.unit_id),
            Attendance.status,
            Attendance.note,
        )
        .join(Member, Member.id == Attendance.member_id)
        .outerjoin(Unit, Unit.id == Member.branch_id)
        .where(
            Attendance.meeting_id == meeting.id,
            live(Attendance),
            live(Member),
        )
        .order_by(Member.sort_key, Member.id)
    )
    return [
        AttendanceRow(
            member_id=mid,
            full_name=name,
            birth_date=birth,
            branch=branch or "",
            title=TITLE_LABELS.get(title, title) if title else "",
            status=status,
            note=note,
        )
        for mid, name, birth, branch, title, status, note in session.execute(query)
    ]


def attendance(
    session: Session, meeting_id: str, *, scope: Scope = WHOLE
) -> list[AttendanceRow]:
    """Return a meeting's attendance list in Vietnamese name order.

    Raises:
        NotFoundError: the meeting does not exist or was deleted.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    return _attendance_rows(session, _meeting_in(session, meeting_id, scope))


def set_attendance(
    session: Session, meeting_id: str, changes: Mapping[str, Mark],
    *, scope: Scope = WHOLE, seen: Mapping[str, Mark] | None = None,
) -> int:
    """Record who came: member key -> (status, note); return how many rows changed.

    Every change is checked before any is written, so a list typed from a paper sheet
    is stored whole or not at all. The note is free text: the reason of an excused
    absence ("Bận việc gia đình"), or "Đến muộn" for someone present; None clears it.
    Rows whose status and note are already as asked are left alone, so that an
    unchanged list does not travel in the next package as hundreds of edits.

    ``seen`` holds the marks the person changed from, as her screen showed them. A
    second window or another staff member may have marked the same people meanwhile;
    writing hers over theirs without a word would lose their work, so when a stored
    mark is neither the one she saw nor the one she sets, nothing is written and she
    is shown both.

    Raises:
        InvalidMeetingError: messages keyed by member: an unknown status, a note too
            long, or a person not on the list (add her with :func:`add_attendee`).
        AttendanceConflictError: marks in ``seen`` moved on meanwhile.
        NotFoundError: the meeting does not exist or was deleted.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    meeting = _meeting_to_change(session, meeting_id, scope)
    listed = {
        member_id: (row_id, status, note)
        for row_id, member_id, status, note in session.execute(
            select(Attendance.id, Attendance.member_id, Attendance.status, Attendance.note)
            .where(Attendance.meeting_id == meeting_id, live(Attendance))
        )
    }
    errors: dict[str, str] = {}
    params: list[dict[str, Any]] = []
    moved: dict[str, Mark] = {}
    for member_id, (status, note) in changes.items():
        if member_id not in listed:
            errors[member_id] = Message(QT_TRANSLATE_NOOP(
                "DbErrors",
                "Người này không có trong danh sách cuộc họp; hãy thêm vào danh sách trước."))
            continue
        if status not in _STATUSES:
            errors[member_id] = Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Trạng thái điểm danh phải là có mặt, vắng có lý do hoặc vắng."))
            continue
        cleaned = clean_text(note) or None
        if cleaned is not None and len(cleaned) > MAX_NOTE:
            errors[member_id] = Message(
                QT_TRANSLATE_NOOP("DbErrors", "Ghi chú quá dài (tối đa {limit} ký tự)."),
                {"limit": MAX_NOTE})
            continue
        row_id, old_status, old_note = listed[member_id]
        if (status, cleaned) != (old_status, old_note):
            was = None if seen is None else seen.get(member_id)
            if was is not None and (was[0], clean_text(was[1]) or None) != (old_status,
                                                                            old_note):
                moved[member_id] = (old_status, old_note)
            params.append({"row_id": row_id, "new_status": status, "new_note": cleaned})
    if errors:
        raise InvalidMeetingError(errors)
    if moved:
        raise AttendanceConflictError(moved)
    if params:
        by_row = {row_id: (mid, status) for mid, (row_id, status, _n) in listed.items()}
        record_bulk(
            session, "meetings", [meeting_id], "attendance",
            {by_row[p["row_id"]][0]: [by_row[p["row_id"]][1], p["new_status"]] for p in params},
            meeting.owner_unit_id,
        )
        session.execute(
            update(_ATTENDANCES)
            .where(_ATTENDANCES.c.id == bindparam("row_id"))
            .values(
                status=bindparam("new_status"), note=bindparam("new_note"),
                version=_ATTENDANCES.c.version + 1, updated_at=utc_now(),
            ),
            params,
        )
    return len(params)


def mark_all(session: Session, meeting_id: str, status: str, *, scope: Scope = WHOLE) -> int:
    """Give everyone on the list the same status; return how many rows changed.

    A row whose status changes loses its note, which explained the old status (a
    reason for absence means nothing once the person is marked present).

    Raises:
        ValidationError: an unknown status.
        NotFoundError: the meeting does not exist or was deleted.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    if status not in _STATUSES:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Trạng thái điểm danh phải là có mặt, vắng có lý do hoặc vắng.",
            ),
        )
    meeting = _meeting_to_change(session, meeting_id, scope)
    changed = session.execute(
        select(_ATTENDANCES.c.member_id, _ATTENDANCES.c.status).where(
            _ATTENDANCES.c.meeting_id == meeting_id,
            live(_ATTENDANCES),
            _ATTENDANCES.c.status != status,
        )
    ).all()
    if changed:
        record_bulk(session, "meetings", [meeting_id], "attendance",
                    {mid: [old, status] for mid, old in changed}, meeting.owner_unit_id)
    result = session.execute(
        update(_ATTENDANCES)
        .where(
            _ATTENDANCES.c.meeting_id == meeting_id,
            live(_ATTENDANCES),
            _ATTENDANCES.c.status != status,
        )
        .values(status=status, note=None, version=_ATTENDANCES.c.version + 1,
                updated_at=utc_now())
    )
    return int(cast("CursorResult[Any]", result).rowcount or 0)


def add_attendee(
    session: Session,
    meeting_id: str,
    member_id: str,
    status: str = AttendanceStatus.PRESENT,
    note: str | None = None,
    *,
    scope: Scope = WHOLE,
) -> None:
    """Put on the list someone who was not expected but came (from another branch).

    A branch leader adds only members inside her ``scope`` (PermissionDeniedError).

    Raises:
        NotFoundError: the meeting or the member does not exist.
        UserError: the member is from another commune, has died, or is already listed.
        ValidationError: an unknown status, or a note too long.
    """
    if status not in _STATUSES:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Trạng thái điểm danh phải là có mặt, vắng có lý do hoặc vắng.",
            ),
        )
    meeting = _meeting_to_change(session, meeting_id, scope)
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is not None or member.erased_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy hội viên này (có thể đã bị xóa).",
            ),
        )
    check_member(scope, member)
    if member.commune_id != _commune_of(session, meeting):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{full_name} không phải hội viên của xã tổ chức cuộc họp.",
            ),
            full_name=member.full_name,
        )
    if member.status == MemberStatus.DECEASED:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{full_name} đã từ trần; không thể ghi tên vào cuộc họp.",
            ),
            full_name=member.full_name,
        )
    on_list = session.execute(
        select(Attendance.id).where(
            Attendance.meeting_id == meeting_id,
            Attendance.member_id == member_id,
            live(Attendance),
        )
    ).first()
    if on_list is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{full_name} đã có trong danh sách cuộc họp.",
            ),
            full_name=member.full_name,
        )
    cleaned = clean_text(note) or None
    if cleaned is not None and len(cleaned) > MAX_NOTE:
        raise ValidationError(
            "note",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Ghi chú quá dài (tối đa {MAX_NOTE} ký tự).",
            ),
            MAX_NOTE=MAX_NOTE,
        )
    _put_on_list(session, meeting, [member_id], status, cleaned)


def remove_attendee(
    session: Session, meeting_id: str, member_id: str, *, scope: Scope = WHOLE
) -> None:
    """Take a person off a meeting's list (added by mistake); the row is tombstoned.

    Raises:
        NotFoundError: the meeting does not exist, or the person is not on its list.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    _meeting_to_change(session, meeting_id, scope)
    if not _take_off_list(session, meeting_id, [member_id]):
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Người này không có trong danh sách cuộc họp.",
            ),
        )


# --------------------------------------------------------------------------- charter rule


def branches_without_meeting(
    session: Session, commune_id: str, today: dt.date, *, scope: Scope = WHOLE
) -> list[BranchMeetingStatus]:
    """Return the active branches that have held no meeting yet this quarter.

    A branch leader's ``scope`` keeps her own branches.

    A meeting counts once its day has come (on or before ``today``); one entered for
    later in the quarter is only planned, and is shown as such. Branches come in the
    usual alphabetical order.
    """
    start, _ = quarter_bounds(*quarter_of(today))
    unit_meetings = and_(Meeting.unit_id == Unit.id, live(Meeting))
    held_this_quarter = func.count(
        case((and_(Meeting.held_on >= start, Meeting.held_on <= today), 1))
    )
    query = (
        select(
            Unit.id,
            Unit.name,
            func.max(case((Meeting.held_on <= today, Meeting.held_on))),
            func.min(case((Meeting.held_on > today, Meeting.held_on))),
        )
        .outerjoin(Meeting, unit_meetings)
        .where(
            Unit.parent_id == commune_id,
            Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True),
            live(Unit),
        )
        .group_by(Unit.id, Unit.name, Unit.sort_key)
        .having(held_this_quarter == 0)
        .order_by(Unit.sort_key)
    )
    return [
        BranchMeetingStatus(branch_id, name, last, planned)
        for branch_id, name, last, planned in session.execute(query)
        if scope.covers(branch_id)
    ]


def branch_meeting_stats(
    session: Session, commune_id: str, year: int, today: dt.date | None = None,
    *, scope: Scope = WHOLE,
) -> list[BranchStats]:
    """Count each branch's meetings per quarter of ``year`` and its attendance rate.

    A branch leader's ``scope`` keeps her own branches.

    Only meetings held by ``today`` count: a planned meeting has all its rows still
    "absent" and would drag the rate down. Branches merged during or after the year
    are listed too (their quarters count until the merger); older ones are left out.
    """
    today = today or dt.date.today()
    first = dt.date(year, 1, 1)
    last = min(dt.date(year, 12, 31), today)
    branches = session.execute(
        select(Unit.id, Unit.name, Unit.active, Unit.merged_on)
        .where(
            Unit.parent_id == commune_id,
            Unit.level == UnitLevel.BRANCH,
            live(Unit),
            or_(Unit.active.is_(True), Unit.merged_on.is_(None), Unit.merged_on >= first),
        )
        .order_by(Unit.sort_key)
    ).all()
    quarter = case(
        (Meeting.held_on < dt.date(year, 4, 1), 1),
        (Meeting.held_on < dt.date(year, 7, 1), 2),
        (Meeting.held_on < dt.date(year, 10, 1), 3),
        else_=4,
    )
    in_year = and_(
        _in_branches(Meeting.unit_id, commune_id),
        live(Meeting),
        Meeting.held_on >= first,
        Meeting.held_on <= last,
    )
    per_meeting = _attendance_counts(select(Meeting.id).where(in_year))
    counts = (
        select(
            Meeting.unit_id,
            quarter,
            func.count(Meeting.id),
            func.coalesce(func.sum(per_meeting.c.present), 0),
            func.coalesce(func.sum(per_meeting.c.expected), 0),
        )
        .outerjoin(per_meeting, per_meeting.c.meeting_id == Meeting.id)
        .where(in_year)
        .group_by(Meeting.unit_id, quarter)
    )
    per_quarter: dict[str, list[int]] = {}
    attended: dict[str, tuple[int, int]] = {}
    for unit_id, q, meetings, present, expected in session.execute(counts):
        per_quarter.setdefault(unit_id, [0, 0, 0, 0])[int(q) - 1] = int(meetings)
        done, due = attended.get(unit_id, (0, 0))
        attended[unit_id] = (done + int(present), due + int(expected))
    result: list[BranchStats] = []
    for branch_id, name, active, merged_on in branches:
        quarters = per_quarter.get(branch_id, [0, 0, 0, 0])
        flagged = tuple(
            q
            for q in range(1, 5)
            if quarters[q - 1] == 0
            and quarter_bounds(year, q)[0] <= today
            and (active or merged_on is None or quarter_bounds(year, q)[0] < merged_on)
        )
        present, expected = attended.get(branch_id, (0, 0))
        result.append(
            BranchStats(
                branch_id=branch_id,
                branch_name=name,
                active=bool(active),
                meetings=(quarters[0], quarters[1], quarters[2], quarters[3]),
                present=present,
                expected=expected,
                flagged_quarters=flagged,
            )
        )
    return [row for row in result if scope.covers(row.branch_id)]


def members_missing_recent(
    session: Session, commune_id: str, last_n: int = 3, today: dt.date | None = None,
    *, scope: Scope = WHOLE,
) -> list[MissingMember]:
    """Return active members absent (excused or not) from each of their branch's last meetings.

    A branch leader's ``scope`` keeps her own branches' members.

    Only the branches that have held at least ``last_n`` meetings by ``today`` are
    looked at, and only members who were on the list of every one of those meetings
    (a newcomer who was never expected has not missed anything). The branch officers
    use the list to visit members who may be drifting away from the Union.

    Raises:
        ValidationError: ``last_n`` below 1.
    """
    if last_n < 1:
        raise ValidationError(
            "last_n",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số cuộc họp gần nhất phải từ 1 trở lên.",
            ),
        )
    today = today or dt.date.today()
    ranked = (
        select(
            Meeting.id,
            Meeting.unit_id,
            Meeting.held_on,
            func.row_number()
            .over(partition_by=Meeting.unit_id,
                  order_by=(Meeting.held_on.desc(), Meeting.id.desc()))
            .label("position"),
            func.count().over(partition_by=Meeting.unit_id).label("held"),
        )
        .where(
            _in_branches(Meeting.unit_id, commune_id),
            live(Meeting),
            Meeting.held_on <= today,
        )
        .subquery()
    )
    recent = (
        select(ranked.c.id, ranked.c.unit_id, ranked.c.held_on)
        .where(ranked.c.position <= last_n, ranked.c.held >= last_n)
        .subquery()
    )
    dates: dict[str, list[dt.date]] = {}
    for unit_id, held_on in session.execute(
        select(recent.c.unit_id, recent.c.held_on).order_by(
            recent.c.unit_id, recent.c.held_on.desc()
        )
    ):
        dates.setdefault(unit_id, []).append(held_on)
    if not dates:
        return []
    # Count per (member, branch) over the few recent meetings first, on narrow rows;
    # names are joined only for the members who missed them all.
    missed = (
        select(
            Attendance.member_id,
            recent.c.unit_id,
            _count_status(AttendanceStatus.EXCUSED).label("excused"),
        )
        .select_from(recent)
        .join(Attendance, Attendance.meeting_id == recent.c.id)
        .where(live(Attendance))
        .group_by(Attendance.member_id, recent.c.unit_id)
        .having(func.count() == last_n, _count_status(AttendanceStatus.PRESENT) == 0)
        .subquery("missed")
    )
    query = (
        select(
            Member.id,
            Member.full_name,
            Member.birth_date,
            Member.branch_id,
            Unit.name,
            missed.c.excused,
        )
        .join(missed, missed.c.member_id == Member.id)
        .join(Unit, Unit.id == missed.c.unit_id)
        .where(
            Member.branch_id == missed.c.unit_id,
            Member.status == MemberStatus.ACTIVE,
            live(Member),
        )
        .order_by(Unit.sort_key, Member.sort_key, Member.id)
    )
    return [
        MissingMember(mid, name, birth, branch_id, branch, tuple(dates[branch_id]),
                      int(excused))
        for mid, name, birth, branch_id, branch, excused in session.execute(query)
        if scope.covers(branch_id)
    ]


# --------------------------------------------------------------------------- sheet


def sheet_data(
    session: Session, meeting_id: str, *, with_status: bool = True, scope: Scope = WHOLE
) -> MeetingSheetData:
    """Gather what the attendance sheet of a meeting prints.

    With ``with_status`` False the rows carry no status: the blank sheet people sign
    at the door. The issuer is the commune's union whichever unit held the meeting,
    since a branch has no seal of its own.

    Raises:
        NotFoundError: the meeting does not exist or was deleted.
        PermissionDeniedError: the meeting lies outside ``scope``.
    """
    meeting = _meeting_in(session, meeting_id, scope)
    unit = session.get_one(Unit, meeting.unit_id)
    commune = (
        session.get_one(Unit, unit.parent_id)
        if unit.level == UnitLevel.BRANCH and unit.parent_id
        else unit
    )
    parent = session.get(Unit, commune.parent_id) if commune.parent_id else None
    held_by_branch = unit.id != commune.id
    rows = tuple(
        SheetRow(row.full_name, row.birth_date, row.branch, row.title,
                 row.status if with_status else None, row.note if with_status else None,
                 row.member_id)
        for row in _attendance_rows(session, meeting)
    )
    return MeetingSheetData(
        meeting_id=meeting.id,
        unit_name=_unit_display(unit),
        commune_union_name=catalog.union_name(commune.name),
        parent_union_name=catalog.union_name(parent.name) if parent else None,
        place_name=catalog.place_name(commune.name),
        held_on=meeting.held_on,
        kind=meeting.kind,
        topic=meeting.topic,
        place=meeting.place,
        rows=rows,
        chair_name=_holder(session, commune.id, Title.CHAIR),
        held_by_branch=held_by_branch,
        branch_head_name=_holder(session, unit.id, Title.BRANCH_HEAD) if held_by_branch else None,
    )


def _holder(session: Session, unit_id: str, title: Title) -> str | None:
    """Return who holds an open post of ``title`` in a unit, the latest appointed first."""
    return session.execute(
        select(Member.full_name)
        .join(Post, Post.member_id == Member.id)
        .where(
            Post.unit_id == unit_id,
            Post.title == title,
            Post.end_on.is_(None),
            live(Post),
            live(Member),
        )
        .order_by(Post.start_on.desc())
        .limit(1)
    ).scalar_one_or_none()
