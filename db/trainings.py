"""Training (Tập huấn): the topic catalog, courses, participants, attendance, statistics.

Đề án 1893 asks every year that full-time officers and commune chairs be trained in at
least one topic and that vice-chairs and branch heads be trained by topic; the office
therefore records each course (who organised it, which topics, how many sessions, who
paid for it) and each person in it (one "lượt"), with attendance per session and a
result. A course belongs to the office that organised it: a commune sees the upper
level's courses (those its own people attended, received by sync) but cannot change
them, just as the upper level cannot change a commune's course (docs/ARCHITECTURE.md §6).

Participants keep a snapshot of name, birth date, unit and title taken when they were
added, because the paper sheet and the certificate must say what was true at the
course, and because outside persons (a guest from another commune) have no member
record at all.

Courses are few (tens a year) and so are their participants (at most a few hundred), so
they are changed through the ORM with the version column as the optimistic lock; the
statistics the targets report needs run over every member of a commune and are SQL
aggregates, with long lists of member keys sent as one JSON parameter.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    case,
    func,
    select,
)
from sqlalchemy.orm import Session

from db import catalog
from db.dialects.sql import json_values, year_of
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
    Certificate,
    Course,
    CourseMode,
    CourseStatus,
    CourseTopic,
    FundingLine,
    Member,
    Participation,
    Post,
    SessionAttendance,
    Title,
    Topic,
    Unit,
    UnitLevel,
    utc_now,
)
from db.officers import TITLE_LABELS
from db.rules import certificate_valid, is_live, live
from db.scope import WHOLE, Scope, participations_in
from db.site import find_site
from db.text import clean_paragraphs, clean_text, search_key, sort_key
from db.validation import ValidationError, parse_partial_date
from db.vocabulary import COURSE_MODE, COURSE_STATUS, FUNDING_SOURCE, ORGANISING_LEVEL

COURSE_MODE_LABELS: dict[str, str] = COURSE_MODE.labels
COURSE_STATUS_LABELS: dict[str, str] = COURSE_STATUS.labels
FUNDING_SOURCE_LABELS: dict[str, str] = FUNDING_SOURCE.labels
LEVEL_LABELS: dict[str, str] = ORGANISING_LEVEL.labels
"""The organising level of a course, named after the organiser unit's level."""

MAX_SESSIONS = 60
MAX_TITLE = 300
MAX_PLACE = 200
MAX_TARGET_GROUP = 200
MAX_TRAINERS = 300
MAX_NOTE = 300
MAX_NAME = 200
MAX_UNIT = 200
MAX_PERSON_TITLE = 100
MAX_AMOUNT = 10**12
"""No course costs a thousand billion đồng: a bigger amount is a typing slip."""
EARLIEST_COURSE = dt.date(1930, 10, 20)
"""The Union's founding day; a course before it is a slip in the year."""

_MODES = frozenset(m.value for m in CourseMode)
_STATUSES = frozenset(s.value for s in CourseStatus)
_LOCKED = QT_TRANSLATE_NOOP(
    "DbErrors", "Lớp này do {owner} tổ chức; ở đây chỉ xem được, không sửa được."
)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class TopicRow:
    """One topic of the catalog.

    Attributes:
        editable: True only where this site owns the topic: the upper level publishes
            the catalog, a commune sees it read-only (unless it added the topic itself).
    """

    id: str
    code: str
    name: str
    group: str
    position: int
    editable: bool


@dataclass
class TopicDraft:
    """What was typed in the topic form; ``topic_id`` None for a new topic."""

    code: str = ""
    name: str = ""
    group: str = ""
    position: int | None = None
    topic_id: str | None = None


class InvalidTopicError(FieldsError):
    """Validation messages per field of a topic."""


@dataclass(frozen=True)
class CourseRow:
    """One line of the courses list.

    Attributes:
        organiser_name: "Hội LHPN xã Hưng Hà", "Hội LHPN tỉnh Hưng Yên", or a branch.
        level_label: the organising level, "Tỉnh", "Xã" or "Chi hội".
        participants: live participations (lượt); completed: those with the result.
        funding_total: the sum of the funding lines, in whole đồng.
        topics: topic names in catalog order.
        owned: True when this site organised the course and may change it.
    """

    id: str
    title: str
    organiser_name: str
    level_label: str
    start_on: dt.date
    end_on: dt.date
    sessions: int
    place: str | None
    mode: str
    status: str
    participants: int
    completed: int
    funding_total: int
    topics: tuple[str, ...]
    owned: bool

    @property
    def mode_label(self) -> str:
        """Return how the course is taught, in Vietnamese."""
        return COURSE_MODE_LABELS.get(self.mode, self.mode)

    @property
    def status_label(self) -> str:
        """Return where the course stands, in Vietnamese."""
        return COURSE_STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class CourseFilter:
    """What the courses list is narrowed to; None or "" means "any"."""

    year: int | None = None
    status: str | None = None
    text: str = ""
    owner_unit_id: str | None = None
    """At the upper level: only the courses of this commune (its own records)."""
    scope: Scope = WHOLE
    """A branch leader's scope keeps the courses her members attended (see
    :mod:`db.scope`)."""


@dataclass(frozen=True)
class FundingRow:
    """One funding line of a course."""

    id: str
    source: str
    amount: int
    note: str | None

    @property
    def source_label(self) -> str:
        """Return the source of the money in Vietnamese."""
        return FUNDING_SOURCE_LABELS.get(self.source, self.source)


@dataclass(frozen=True)
class CourseDetail:
    """A course with everything the information tab shows."""

    row: CourseRow
    trainers: str | None
    target_group: str | None
    notes: str | None
    topic_ids: tuple[str, ...]
    funding: tuple[FundingRow, ...]
    certificates: int


type FundingLineInput = tuple[str, int, str | None]
"""(source, amount in đồng, note) as typed in the course form."""


@dataclass
class CourseDraft:
    """What was typed in the course form, before validation.

    ``funding`` replaces the course's funding lines when saved; ``version`` is the stored
    version the form was filled from (None for a new course).
    """

    title: str = ""
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    sessions: int = 2
    place: str = ""
    mode: str = CourseMode.IN_PERSON
    status: str = CourseStatus.PLANNED
    target_group: str = ""
    trainers: str = ""
    notes: str = ""
    topic_ids: tuple[str, ...] = ()
    funding: tuple[FundingLineInput, ...] = ()
    version: int | None = None


class InvalidCourseError(FieldsError):
    """Validation messages per field of a course, all at once."""


@dataclass(frozen=True)
class ParticipantRow:
    """One person in a course.

    Attributes:
        member_id: None for an outside person (no member record).
        birth_date: ISO date as precise as known ("1985", "1985-03", "1985-03-12").
        unit, title: the snapshot taken when the person was added.
        sessions_present: sessions marked present (of ``sessions``).
        present_sessions: the numbers (from 1) of those sessions.
        certificate_number: the live certificate's number, if one was issued.
    """

    participation_id: str
    member_id: str | None
    full_name: str
    birth_date: str | None
    unit: str
    title: str
    completed: bool
    sessions_present: int
    sessions: int
    certificate_number: str | None
    present_sessions: tuple[int, ...] = ()


@dataclass(frozen=True)
class CourseSheetRow:
    """One line of a course's attendance sheet: the person and each session's presence."""

    full_name: str
    birth_date: str | None
    unit: str
    title: str
    present: tuple[bool, ...]


@dataclass(frozen=True)
class CourseSheetData:
    """Everything a course's attendance sheet prints, with no database left to consult.

    Attributes:
        commune_union_name: the issuer: the organiser's union ("Hội LHPN xã Hưng Hà",
            or "Hội LHPN tỉnh Hưng Yên" for a course of the province).
        parent_union_name: the level above the issuer, None if none is recorded.
        place_name: the issuer's name without "Xã"/"Tỉnh", for "Hưng Hà, ngày …".
        chair_name: who holds the issuer's open chair post, for the signature block.
    """

    course_id: str
    title: str
    commune_union_name: str
    parent_union_name: str | None
    place_name: str
    start_on: dt.date
    end_on: dt.date
    place: str | None
    sessions: int
    rows: tuple[CourseSheetRow, ...]
    chair_name: str | None


# --------------------------------------------------------------------------- helpers


def _site_unit_id(session: Session) -> str | None:
    site = find_site(session)
    return site.unit_id if site else None


def _organiser_name(unit: Unit) -> str:
    return unit.name if unit.level == UnitLevel.BRANCH else catalog.union_name(unit.name)


def _live_course(session: Session, course_id: str) -> Course:
    course = session.get(Course, course_id)
    if course is None or not is_live(course):
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy lớp tập huấn này (có thể đã bị xóa).",
            ),
        )
    return course


def _own_course(session: Session, course_id: str) -> Course:
    """Return a course this site may change, or say who owns it."""
    course = _live_course(session, course_id)
    site_unit = _site_unit_id(session)
    if site_unit is not None and course.owner_unit_id != site_unit:
        owner = session.get(Unit, course.owner_unit_id)
        raise UserError(_LOCKED, owner=_organiser_name(owner) if owner else "cấp trên")
    return course


def _live_participation(session: Session, participation_id: str) -> Participation:
    participation = session.get(Participation, participation_id)
    if participation is None or not is_live(participation):
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy học viên này trong lớp (có thể đã bị xóa).",
            ),
        )
    return participation


def _own_participation(session: Session, participation_id: str) -> tuple[Participation, Course]:
    participation = _live_participation(session, participation_id)
    return participation, _own_course(session, participation.course_id)


def _has_certificate(session: Session, participation_ids: ColumnElement[bool]) -> bool:
    query = (
        select(func.count())
        .select_from(Certificate)
        .join(Participation, Participation.id == Certificate.participation_id)
        .where(participation_ids, live(Certificate))
    )
    return bool(session.execute(query).scalar_one())


def _ids_json(ids: Iterable[str]) -> Any:
    """Return a subquery over the keys, sent as one JSON parameter.

    A commune's officers or members can be thousands of keys; SQLite limits the number
    of bound parameters, and one JSON text is also the fastest way to send them.
    """
    return json_values(sorted(set(ids)))


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _title_label(stored: str | None) -> str:
    """Word a stored title: snapshots hold the label, older data may hold the code."""
    if not stored:
        return ""
    return TITLE_LABELS.get(stored, stored)


# --------------------------------------------------------------------------- topics


def list_topics(session: Session) -> list[TopicRow]:
    """Return the live topics in catalog order, each saying whether this site may edit it."""
    site_unit = _site_unit_id(session)
    query = (
        select(Topic.id, Topic.code, Topic.name, Topic.group, Topic.position,
               Topic.owner_unit_id)
        .where(live(Topic))
        .order_by(Topic.position, Topic.code)
    )
    return [
        TopicRow(tid, code, name, group, position, owner == site_unit)
        for tid, code, name, group, position, owner in session.execute(query)
    ]


def save_topic(session: Session, draft: TopicDraft) -> str:
    """Add a topic to the catalog, or change one; return its key.

    The catalog is published by the upper level, so only an upper-level site adds
    topics; a commune may change only a topic it owns (none, normally).

    Raises:
        InvalidTopicError: one message per field that is not acceptable.
        UserError: this site may not change the catalog or this topic.
        NotFoundError: the topic does not exist.
    """
    site = find_site(session)
    if site is None:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Cơ sở dữ liệu chưa được thiết lập."))
    topic: Topic | None = None
    if draft.topic_id is not None:
        topic = session.get(Topic, draft.topic_id)
        if topic is None or not is_live(topic):
            raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy chuyên đề này."))
        if topic.owner_unit_id != site.unit_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Danh mục chuyên đề do cấp trên ban hành; ở đây chỉ xem được.",
                ),
            )
    elif not site.is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ cấp trên mới thêm được chuyên đề vào danh mục.",
            ),
        )
    errors: dict[str, str] = {}
    code = clean_text(draft.code).upper()
    name = clean_text(draft.name)
    group = clean_text(draft.group)
    if not code:
        errors["code"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mã chuyên đề không được để trống."))
    elif len(code) > 20:
        errors["code"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mã chuyên đề quá dài (tối đa 20 ký tự)."))
    else:
        clash = session.scalars(
            select(Topic.id).where(Topic.code == code, live(Topic))
        ).first()
        if clash is not None and clash != draft.topic_id:
            errors["code"] = Message(
                QT_TRANSLATE_NOOP("DbErrors", "Mã {code} đã có trong danh mục."),
                {"code": code})
    if not name:
        errors["name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tên chuyên đề không được để trống."))
    elif len(name) > MAX_TITLE:
        errors["name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tên chuyên đề quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_TITLE})
    if not group:
        errors["group"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Nhóm chuyên đề không được để trống."))
    elif len(group) > 120:
        errors["group"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tên nhóm quá dài (tối đa 120 ký tự)."))
    if errors:
        raise InvalidTopicError(errors)
    if topic is None:
        last = session.execute(select(func.max(Topic.position))).scalar()
        position = draft.position if draft.position is not None else int(last or 0) + 1
        topic = Topic(owner_unit_id=site.unit_id, code=code, name=name, group=group,
                      position=position)
        session.add(topic)
    else:
        topic.code, topic.name, topic.group = code, name, group
        if draft.position is not None:
            topic.position = draft.position
    session.flush()
    return topic.id


# --------------------------------------------------------------------------- courses


def _courses(
    session: Session, site_unit_id: str, *conditions: ColumnElement[bool]
) -> list[CourseRow]:
    """Return the live courses matching ``conditions``, counted, newest first."""
    people = (
        select(
            Participation.course_id,
            func.count().label("participants"),
            func.coalesce(func.sum(case((Participation.completed.is_(True), 1), else_=0)), 0)
            .label("completed"),
        )
        .where(live(Participation))
        .group_by(Participation.course_id)
        .subquery("people")
    )
    money = (
        select(FundingLine.course_id, func.sum(FundingLine.amount).label("total"))
        .where(live(FundingLine))
        .group_by(FundingLine.course_id)
        .subquery("money")
    )
    query = (
        select(
            Course, Unit.name, Unit.level, people.c.participants, people.c.completed,
            money.c.total,
        )
        .join(Unit, Unit.id == Course.organiser_unit_id)
        .outerjoin(people, people.c.course_id == Course.id)
        .outerjoin(money, money.c.course_id == Course.id)
        .where(live(Course), *conditions)
        .order_by(Course.start_on.desc(), Course.title, Course.id)
    )
    found = session.execute(query).all()
    ids = [course.id for course, *_ in found]
    topics: dict[str, list[str]] = {}
    if ids:
        for course_id, name in session.execute(
            select(CourseTopic.course_id, Topic.name)
            .join(Topic, Topic.id == CourseTopic.topic_id)
            .where(CourseTopic.course_id.in_(_ids_json(ids)), live(CourseTopic))
            .order_by(Topic.position, Topic.code)
        ):
            topics.setdefault(course_id, []).append(name)
    rows = []
    for course, unit_name, level, participants, completed, total in found:
        organiser = (unit_name if level == UnitLevel.BRANCH
                     else catalog.union_name(unit_name))
        rows.append(CourseRow(
            id=course.id,
            title=course.title,
            organiser_name=organiser,
            level_label=LEVEL_LABELS.get(level, level),
            start_on=course.start_on,
            end_on=course.end_on,
            sessions=course.sessions,
            place=course.place,
            mode=course.mode,
            status=course.status,
            participants=int(participants or 0),
            completed=int(completed or 0),
            funding_total=int(total or 0),
            topics=tuple(topics.get(course.id, ())),
            owned=course.owner_unit_id == site_unit_id,
        ))
    return rows


def list_courses(
    session: Session, site_unit_id: str, flt: CourseFilter | None = None
) -> list[CourseRow]:
    """Return the courses this site knows, newest first.

    A commune sees its own courses and the upper level's (those its people attended,
    received by sync), the latter with ``owned`` False. ``flt.year`` keeps the courses
    that run at some time in that year; ``flt.text`` matches the title ignoring case and
    tones, as every search in the application does.
    """
    flt = flt or CourseFilter()
    conditions: list[ColumnElement[bool]] = []
    if flt.year is not None:
        first, last = _year_bounds(flt.year)
        conditions += [Course.start_on <= last, Course.end_on >= first]
    if flt.status:
        conditions.append(Course.status == flt.status)
    if flt.owner_unit_id:
        conditions.append(Course.owner_unit_id == flt.owner_unit_id)
    if not flt.scope.whole:
        conditions.append(Course.id.in_(
            select(Participation.course_id)
            .where(live(Participation), participations_in(flt.scope))))
    rows = _courses(session, site_unit_id, *conditions)
    wanted = search_key(flt.text).split()
    if wanted:
        # Courses are tens a year: matching their titles here costs nothing and spares
        # a stored search column on a table this small.
        rows = [r for r in rows if all(w in search_key(r.title) for w in wanted)]
    return rows


def get_course(session: Session, site_unit_id: str, course_id: str) -> CourseRow:
    """Return one course as a list line.

    Raises:
        NotFoundError: the course does not exist or was deleted.
    """
    rows = _courses(session, site_unit_id, Course.id == course_id)
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy lớp tập huấn này (có thể đã bị xóa).",
            ),
        )
    return rows[0]


def course_detail(session: Session, site_unit_id: str, course_id: str) -> CourseDetail:
    """Return a course with its trainers, target group, topics and funding lines.

    Raises:
        NotFoundError: the course does not exist or was deleted.
    """
    row = get_course(session, site_unit_id, course_id)
    course = _live_course(session, course_id)
    topic_ids = tuple(session.scalars(
        select(CourseTopic.topic_id)
        .join(Topic, Topic.id == CourseTopic.topic_id)
        .where(CourseTopic.course_id == course_id, live(CourseTopic))
        .order_by(Topic.position, Topic.code)
    ))
    certificates = session.execute(
        select(func.count())
        .select_from(Certificate)
        .join(Participation, Participation.id == Certificate.participation_id)
        .where(Participation.course_id == course_id, live(Participation),
               live(Certificate), certificate_valid())
    ).scalar_one()
    return CourseDetail(
        row=row,
        trainers=course.trainers,
        target_group=course.target_group,
        notes=course.notes,
        topic_ids=topic_ids,
        funding=tuple(funding_lines(session, course_id)),
        certificates=int(certificates),
    )


def _validate_course(session: Session, draft: CourseDraft) -> dict[str, Any]:
    """Turn a draft into column values, or raise InvalidCourseError naming each field."""
    errors: dict[str, str] = {}
    title = clean_text(draft.title)
    if not title:
        errors["title"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Tên lớp không được để trống."))
    elif len(title) > MAX_TITLE:
        errors["title"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tên lớp quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_TITLE})
    if draft.start_on is None:
        errors["start_on"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Ngày bắt đầu không được để trống."))
    elif draft.start_on < EARLIEST_COURSE:
        errors["start_on"] = Message(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Ngày bắt đầu trước năm 1930 là không thể; hãy kiểm tra lại năm."))
    if draft.end_on is None:
        errors["end_on"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Ngày kết thúc không được để trống."))
    elif draft.start_on is not None and draft.end_on < draft.start_on:
        errors["end_on"] = Message(
            QT_TRANSLATE_NOOP("DbErrors",
                              "Ngày kết thúc ({end}) phải từ ngày bắt đầu ({start}) trở về sau."),
            {"end": format_date(draft.end_on), "start": format_date(draft.start_on)})
    if not 1 <= draft.sessions <= MAX_SESSIONS:
        errors["sessions"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Số buổi học phải từ 1 đến {limit}."),
            {"limit": MAX_SESSIONS})
    if draft.mode not in _MODES:
        errors["mode"] = Message(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Hình thức học phải là trực tiếp, trực tuyến hoặc kết hợp."))
    if draft.status not in _STATUSES:
        errors["status"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Tình trạng lớp không hợp lệ."))
    texts = {}
    for name, value, limit, label in (
        ("place", draft.place, MAX_PLACE, QT_TRANSLATE_NOOP("DbErrors", "Địa điểm")),
        ("target_group", draft.target_group, MAX_TARGET_GROUP,
         QT_TRANSLATE_NOOP("DbErrors", "Đối tượng")),
        ("trainers", draft.trainers, MAX_TRAINERS,
         QT_TRANSLATE_NOOP("DbErrors", "Giảng viên, báo cáo viên")),
    ):
        cleaned = clean_text(value)
        if len(cleaned) > limit:
            errors[name] = Message(
                QT_TRANSLATE_NOOP("DbErrors", "{label} quá dài (tối đa {limit} ký tự)."),
                {"label": Message(label), "limit": limit})
        texts[name] = cleaned or None
    topic_ids = list(dict.fromkeys(draft.topic_ids))
    if not topic_ids:
        errors["topic_ids"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn ít nhất một chuyên đề của lớp."))
    else:
        known = set(session.scalars(
            select(Topic.id).where(Topic.id.in_(topic_ids), live(Topic))
        ))
        if len(known) != len(topic_ids):
            errors["topic_ids"] = Message(
                QT_TRANSLATE_NOOP(
                    "DbErrors", "Có chuyên đề không còn trong danh mục; hãy chọn lại."))
    try:
        funding = _clean_funding(draft.funding)
    except InvalidCourseError as exc:
        errors.update(exc.errors)
        funding = []
    if errors:
        raise InvalidCourseError(errors)
    return {
        "title": title,
        "start_on": draft.start_on,
        "end_on": draft.end_on,
        "sessions": draft.sessions,
        "mode": CourseMode(draft.mode),
        "status": CourseStatus(draft.status),
        "notes": clean_paragraphs(draft.notes) or None,
        **texts,
        "topic_ids": topic_ids,
        "funding": funding,
    }


def _clean_funding(lines: Sequence[FundingLineInput]) -> list[tuple[str, int, str | None]]:
    """Check funding lines: a known source, a whole amount from 0, a short note."""
    cleaned: list[tuple[str, int, str | None]] = []
    for number, (source, amount, note) in enumerate(lines, start=1):
        if source not in FUNDING_SOURCE_LABELS:
            raise InvalidCourseError({"funding": Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Dòng kinh phí {number}: nguồn không hợp lệ."), {"number": number})})
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
            raise InvalidCourseError({"funding": Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Dòng kinh phí {number}: số tiền phải là số đồng, từ 0 trở lên."),
                {"number": number})})
        if amount > MAX_AMOUNT:
            raise InvalidCourseError({"funding": Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Dòng kinh phí {number}: số tiền quá lớn, hãy kiểm tra lại."),
                {"number": number})})
        text = clean_text(note)
        if len(text) > MAX_NOTE:
            raise InvalidCourseError({"funding": Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Dòng kinh phí {number}: ghi chú quá dài (tối đa {limit} ký tự)."),
                {"number": number, "limit": MAX_NOTE})})
        cleaned.append((source, amount, text or None))
    return cleaned


def _set_topics(session: Session, course: Course, topic_ids: Sequence[str]) -> None:
    """Make the course's live topics exactly ``topic_ids``, reviving tombstoned links."""
    links = {
        link.topic_id: link
        for link in session.scalars(select(CourseTopic).where(CourseTopic.course_id == course.id))
    }
    now = utc_now()
    wanted = set(topic_ids)
    for topic_id, link in links.items():
        if topic_id not in wanted and is_live(link):
            link.deleted_at = now
        elif topic_id in wanted and not is_live(link):
            link.deleted_at = None
    for topic_id in topic_ids:
        if topic_id not in links:
            session.add(CourseTopic(owner_unit_id=course.owner_unit_id, course_id=course.id,
                                    topic_id=topic_id))


def _replace_funding(
    session: Session, course: Course, lines: Sequence[tuple[str, int, str | None]]
) -> None:
    """Tombstone the old funding lines and store the new ones (a few rows per course)."""
    now = utc_now()
    for line in session.scalars(
        select(FundingLine).where(FundingLine.course_id == course.id,
                                  live(FundingLine))
    ):
        line.deleted_at = now
    for source, amount, note in lines:
        session.add(FundingLine(owner_unit_id=course.owner_unit_id, course_id=course.id,
                                source=source, amount=amount, note=note))


def create_course(session: Session, site_unit_id: str, draft: CourseDraft) -> str:
    """Validate and store a new course organised by this site's unit; return its key.

    Raises:
        InvalidCourseError: one message per field that is not acceptable.
    """
    values = _validate_course(session, draft)
    topic_ids, funding = values.pop("topic_ids"), values.pop("funding")
    course = Course(owner_unit_id=site_unit_id, organiser_unit_id=site_unit_id, **values)
    session.add(course)
    session.flush()
    _set_topics(session, course, topic_ids)
    _replace_funding(session, course, funding)
    session.flush()
    return course.id


def course_draft(session: Session, course_id: str) -> CourseDraft:
    """Return the stored course as a draft (with its version) to fill the edit form.

    Raises:
        NotFoundError: the course does not exist or was deleted.
    """
    course = _live_course(session, course_id)
    topic_ids = tuple(session.scalars(
        select(CourseTopic.topic_id)
        .join(Topic, Topic.id == CourseTopic.topic_id)
        .where(CourseTopic.course_id == course_id, live(CourseTopic))
        .order_by(Topic.position, Topic.code)
    ))
    return CourseDraft(
        title=course.title,
        start_on=course.start_on,
        end_on=course.end_on,
        sessions=course.sessions,
        place=course.place or "",
        mode=course.mode,
        status=course.status,
        target_group=course.target_group or "",
        trainers=course.trainers or "",
        notes=course.notes or "",
        topic_ids=topic_ids,
        funding=tuple((f.source, f.amount, f.note) for f in funding_lines(session, course_id)),
        version=course.version,
    )


def update_course(session: Session, course_id: str, draft: CourseDraft) -> None:
    """Validate and store changes to a course this site organised.

    Fewer sessions than before drop the attendance marks of the sessions that no
    longer exist (as tombstones).

    Raises:
        InvalidCourseError: one message per field that is not acceptable.
        NotFoundError: the course does not exist or was deleted.
        UserError: the course belongs to another office, or someone else saved it after
            this draft was read.
    """
    course = _own_course(session, course_id)
    if draft.version is not None and draft.version != course.version:
        raise ConcurrentChangeError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lớp này vừa được sửa ở nơi khác sau khi bạn mở. Hãy đóng rồi mở lại để xem bản "
                "mới nhất; những gì bạn gõ chưa được lưu.",
            ),
        )
    values = _validate_course(session, draft)
    topic_ids, funding = values.pop("topic_ids"), values.pop("funding")
    for name, value in values.items():
        setattr(course, name, value)
    _set_topics(session, course, topic_ids)
    if [(f.source, f.amount, f.note) for f in funding_lines(session, course_id)] != funding:
        _replace_funding(session, course, funding)
    now = utc_now()
    for mark in session.scalars(
        select(SessionAttendance)
        .join(Participation, Participation.id == SessionAttendance.participation_id)
        .where(Participation.course_id == course_id,
               SessionAttendance.session_number > course.sessions,
               live(SessionAttendance))
    ):
        mark.deleted_at = now
    session.flush()


def cancel_course(session: Session, course_id: str) -> None:
    """Mark a course as cancelled; it stays listed, with its people, as "Đã hủy".

    Raises:
        NotFoundError: the course does not exist or was deleted.
        UserError: another office owns it, or certificates were already issued.
    """
    course = _own_course(session, course_id)
    if _has_certificate(session, Participation.course_id == course_id):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lớp đã cấp giấy chứng nhận cho học viên nên không thể hủy.",
            ),
        )
    course.status = CourseStatus.CANCELLED
    session.flush()


def delete_course(session: Session, course_id: str) -> None:
    """Delete a course with its topics, funding, people and marks, as tombstones.

    A certificate is never deleted (docs/ARCHITECTURE.md §3), so a course that issued one cannot
    be deleted either: the certificate must keep pointing at what it certifies.

    Raises:
        NotFoundError: the course does not exist or was already deleted.
        UserError: another office owns it, or certificates were issued.
    """
    course = _own_course(session, course_id)
    if _has_certificate(session, Participation.course_id == course_id):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lớp đã cấp giấy chứng nhận nên không xóa được; có thể chuyển sang \"Đã hủy\" "
                "hoặc giữ nguyên.",
            ),
        )
    now = utc_now()
    course.deleted_at = now
    for link in session.scalars(select(CourseTopic).where(
            CourseTopic.course_id == course_id, live(CourseTopic))):
        link.deleted_at = now
    for line in session.scalars(select(FundingLine).where(
            FundingLine.course_id == course_id, live(FundingLine))):
        line.deleted_at = now
    for person in session.scalars(select(Participation).where(
            Participation.course_id == course_id, live(Participation))):
        person.deleted_at = now
    for mark in session.scalars(
        select(SessionAttendance)
        .join(Participation, Participation.id == SessionAttendance.participation_id)
        .where(Participation.course_id == course_id, live(SessionAttendance))
    ):
        mark.deleted_at = now
    session.flush()


# --------------------------------------------------------------------------- funding


def funding_lines(session: Session, course_id: str) -> list[FundingRow]:
    """Return a course's live funding lines in the order they were entered."""
    query = (
        select(FundingLine.id, FundingLine.source, FundingLine.amount, FundingLine.note)
        .where(FundingLine.course_id == course_id, live(FundingLine))
        .order_by(FundingLine.created_at, FundingLine.id)
    )
    return [FundingRow(i, s, int(a), n) for i, s, a, n in session.execute(query)]


def set_funding(session: Session, course_id: str, lines: Sequence[FundingLineInput]) -> None:
    """Replace a course's funding lines: (source, amount in whole đồng, note).

    Raises:
        InvalidCourseError: a line has an unknown source, a negative or fractional
            amount, or a note too long (under the key "funding").
        NotFoundError: the course does not exist or was deleted.
        UserError: another office owns the course.
    """
    course = _own_course(session, course_id)
    _replace_funding(session, course, _clean_funding(lines))
    session.flush()


# --------------------------------------------------------------------------- participants


def participants(
    session: Session, course_id: str, *, scope: Scope = WHOLE
) -> list[ParticipantRow]:
    """Return a course's people in Vietnamese name order, with attendance counted.

    Members sort by their stored key, outside persons by the key of their name, so a
    guest falls where her name belongs and not at the end. A branch leader's ``scope``
    keeps her own members.

    Raises:
        NotFoundError: the course does not exist or was deleted.
    """
    course = _live_course(session, course_id)
    marks: dict[str, list[int]] = {}
    for participation_id, number in session.execute(
        select(SessionAttendance.participation_id, SessionAttendance.session_number)
        .join(Participation, Participation.id == SessionAttendance.participation_id)
        .where(Participation.course_id == course_id, live(Participation),
               live(SessionAttendance), SessionAttendance.present.is_(True),
               SessionAttendance.session_number <= course.sessions)
        .order_by(SessionAttendance.session_number)
    ):
        marks.setdefault(participation_id, []).append(number)
    certificate = (
        select(Certificate.number)
        .where(Certificate.participation_id == Participation.id,
               live(Certificate), certificate_valid())
        .order_by(Certificate.issued_on.desc())
        .limit(1)
        .correlate(Participation)
        .scalar_subquery()
    )
    query = (
        select(
            Participation.id, Participation.member_id, Participation.person_name,
            Participation.person_birth_date, Participation.person_unit,
            Participation.person_title, Participation.completed, Member.sort_key, certificate,
        )
        .outerjoin(Member, Member.id == Participation.member_id)
        .where(Participation.course_id == course_id, live(Participation),
               participations_in(scope))
    )
    found = []
    for pid, mid, name, birth, unit, title, completed, key, number in session.execute(query):
        present = tuple(marks.get(pid, ()))
        found.append((key or sort_key(name), pid, ParticipantRow(
            participation_id=pid,
            member_id=mid,
            full_name=name,
            birth_date=birth,
            unit=unit or "",
            title=_title_label(title),
            completed=bool(completed),
            sessions_present=len(present),
            sessions=course.sessions,
            certificate_number=number,
            present_sessions=present,
        )))
    found.sort(key=lambda item: (item[0], item[1]))
    return [row for _key, _pid, row in found]


def _member_snapshots(session: Session, member_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """Return (id, name, birth, branch name, best open title) for each live member."""
    rank = case({title.value: i for i, title in enumerate(Title)}, value=Post.title,
                else_=len(Title))
    title = (
        select(Post.title)
        .where(Post.member_id == Member.id, Post.end_on.is_(None), live(Post))
        .order_by(rank, Post.start_on.desc())
        .limit(1)
        .correlate(Member)
        .scalar_subquery()
    )
    query = (
        select(Member.id, Member.full_name, Member.birth_date, Unit.name, title)
        .outerjoin(Unit, Unit.id == Member.branch_id)
        .where(Member.id.in_(_ids_json(member_ids)), live(Member),
               Member.erased_at.is_(None))
    )
    return [tuple(row) for row in session.execute(query)]


def add_participants(session: Session, course_id: str, member_ids: Sequence[str]) -> int:
    """Put members in a course; return how many were added.

    Each gets a snapshot of name, birth date, branch and current title, as the sheet
    and the certificate print them. People already in the course are skipped, so the
    picker can be used twice without making doubles; someone removed earlier comes
    back with her old participation (and its marks).

    Raises:
        NotFoundError: the course does not exist or was deleted.
        UserError: another office owns the course.
    """
    course = _own_course(session, course_id)
    existing = {
        p.member_id: p
        for p in session.scalars(
            select(Participation).where(Participation.course_id == course_id,
                                        Participation.member_id.is_not(None))
        )
    }
    added = 0
    for mid, name, birth, branch, title in _member_snapshots(session, member_ids):
        old = existing.get(mid)
        if old is not None and is_live(old):
            continue
        if old is not None:
            old.deleted_at = None
            old.person_name, old.person_birth_date = name, birth
            old.person_unit, old.person_title = branch, _title_label(title) or None
        else:
            session.add(Participation(
                owner_unit_id=course.owner_unit_id, course_id=course_id, member_id=mid,
                person_name=name, person_birth_date=birth, person_unit=branch,
                person_title=_title_label(title) or None, completed=False,
            ))
        added += 1
    session.flush()
    return added


def add_outside_person(
    session: Session,
    course_id: str,
    full_name: str,
    birth_date: str | None,
    unit: str,
    title: str,
) -> str:
    """Put a person who is not a member of this register in a course; return the key.

    ``birth_date`` is as typed (a year, month/year or a full date) or None.

    Raises:
        InvalidCourseError: a missing name, an unreadable birth date, texts too long.
        NotFoundError: the course does not exist or was deleted.
        UserError: another office owns the course.
    """
    course = _own_course(session, course_id)
    errors: dict[str, str] = {}
    name = clean_text(full_name)
    if not name:
        errors["full_name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Họ và tên không được để trống."))
    elif len(name) > MAX_NAME:
        errors["full_name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Họ và tên quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_NAME})
    birth: str | None = None
    if clean_text(birth_date):
        try:
            birth = parse_partial_date(clean_text(birth_date)).iso()
        except ValidationError as exc:
            errors["birth_date"] = exc.message
    unit_text, title_text = clean_text(unit), clean_text(title)
    if len(unit_text) > MAX_UNIT:
        errors["unit"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Đơn vị quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_UNIT})
    if len(title_text) > MAX_PERSON_TITLE:
        errors["title"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Chức danh quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_PERSON_TITLE})
    if errors:
        raise InvalidCourseError(errors)
    participation = Participation(
        owner_unit_id=course.owner_unit_id, course_id=course_id, member_id=None,
        person_name=name, person_birth_date=birth, person_unit=unit_text or None,
        person_title=title_text or None, completed=False,
    )
    session.add(participation)
    session.flush()
    return participation.id


def remove_participant(session: Session, participation_id: str) -> None:
    """Take a person out of a course (a tombstone, with her attendance marks).

    Raises:
        NotFoundError: the participation does not exist or was removed.
        UserError: another office owns the course, or a certificate was issued to her.
    """
    participation, _course = _own_participation(session, participation_id)
    if _has_certificate(session, Participation.id == participation_id):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{person_name} đã được cấp giấy chứng nhận của lớp này nên không thể bỏ khỏi danh "
                "sách.",
            ),
            person_name=participation.person_name,
        )
    now = utc_now()
    participation.deleted_at = now
    for mark in session.scalars(
        select(SessionAttendance).where(SessionAttendance.participation_id == participation_id,
                                        live(SessionAttendance))
    ):
        mark.deleted_at = now
    session.flush()


def set_session_attendance(
    session: Session, participation_id: str, session_number: int, present: bool
) -> None:
    """Record whether a person attended one session (numbered from 1).

    Raises:
        ValidationError: no such session in the course.
        NotFoundError: the participation does not exist or was removed.
        UserError: another office owns the course.
    """
    _participation, course = _own_participation(session, participation_id)
    if not 1 <= session_number <= course.sessions:
        raise ValidationError(
            "session_number",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lớp chỉ có {sessions} buổi (từ buổi 1 đến buổi {sessions}).",
            ),
            sessions=course.sessions,
        )
    mark = session.scalars(
        select(SessionAttendance).where(SessionAttendance.participation_id == participation_id,
                                        SessionAttendance.session_number == session_number)
    ).first()
    if mark is None:
        session.add(SessionAttendance(owner_unit_id=course.owner_unit_id,
                                      participation_id=participation_id,
                                      session_number=session_number, present=present))
    elif mark.present != present or not is_live(mark):
        mark.present = present
        mark.deleted_at = None
    session.flush()


def set_completed(session: Session, participation_id: str, completed: bool) -> None:
    """Record a person's result: completed the course, or not.

    Raises:
        NotFoundError: the participation does not exist or was removed.
        UserError: another office owns the course, or undoing a result that a live
            certificate already attests.
    """
    participation, _course = _own_participation(session, participation_id)
    if participation.completed == completed:
        return
    if not completed and _has_certificate(
        session, (Participation.id == participation_id) & certificate_valid()
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{person_name} đã có giấy chứng nhận hoàn thành lớp này; hãy thu hồi giấy chứng "
                "nhận trước khi bỏ kết quả.",
            ),
            person_name=participation.person_name,
        )
    participation.completed = completed
    session.flush()


def complete_by_attendance(
    session: Session, course_id: str, minimum_share: float = 0.8
) -> int:
    """Mark completed everyone present at ``minimum_share`` of the sessions or more.

    With 6 sessions and 80 %, 5 sessions are needed (4.8 rounded up). Nobody is
    un-marked: a person marked by hand (she made up a session elsewhere) keeps her
    result. Returns how many people were newly marked.

    Raises:
        NotFoundError: the course does not exist or was deleted.
        UserError: another office owns the course.
    """
    course = _own_course(session, course_id)
    needed = max(1, math.ceil(course.sessions * minimum_share - 1e-9))
    attended = (
        select(SessionAttendance.participation_id)
        .where(live(SessionAttendance), SessionAttendance.present.is_(True),
               SessionAttendance.session_number <= course.sessions)
        .group_by(SessionAttendance.participation_id)
        .having(func.count() >= needed)
    )
    marked = 0
    for participation in session.scalars(
        select(Participation).where(
            Participation.course_id == course_id, live(Participation),
            Participation.completed.is_(False), Participation.id.in_(attended),
        )
    ):
        participation.completed = True
        marked += 1
    session.flush()
    return marked


# --------------------------------------------------------------------------- sheet


def course_sheet_data(
    session: Session, course_id: str, *, scope: Scope = WHOLE
) -> CourseSheetData:
    """Gather what a course's attendance sheet prints.

    The issuer is the organiser's union (a branch has no seal of its own, so a branch's
    course is issued by its commune). A branch leader's sheet lists her own members.

    Raises:
        NotFoundError: the course does not exist or was deleted.
    """
    course = _live_course(session, course_id)
    organiser = session.get_one(Unit, course.organiser_unit_id)
    if organiser.level in (UnitLevel.BRANCH, UnitLevel.GROUP) and organiser.parent_id:
        organiser = session.get_one(Unit, organiser.parent_id)
    parent = session.get(Unit, organiser.parent_id) if organiser.parent_id else None
    chair = session.execute(
        select(Member.full_name)
        .join(Post, Post.member_id == Member.id)
        .where(Post.unit_id == organiser.id, Post.title == Title.CHAIR,
               Post.end_on.is_(None), live(Post), live(Member))
        .order_by(Post.start_on.desc())
        .limit(1)
    ).scalar_one_or_none()
    rows = tuple(
        CourseSheetRow(
            full_name=p.full_name,
            birth_date=p.birth_date,
            unit=p.unit,
            title=p.title,
            present=tuple(n in p.present_sessions for n in range(1, course.sessions + 1)),
        )
        for p in participants(session, course_id, scope=scope)
    )
    return CourseSheetData(
        course_id=course.id,
        title=course.title,
        commune_union_name=catalog.union_name(organiser.name),
        parent_union_name=catalog.union_name(parent.name) if parent else None,
        place_name=catalog.place_name(organiser.name),
        start_on=course.start_on,
        end_on=course.end_on,
        place=course.place,
        sessions=course.sessions,
        rows=rows,
        chair_name=chair,
    )


# --------------------------------------------------------------------------- statistics


def _completed_in_year(year: int) -> list[ColumnElement[bool]]:
    """Conditions on a Participation joined to its Course: completed, course ended in year.

    A cancelled course trained nobody, even if someone ticked a result in it.
    """
    first, last = _year_bounds(year)
    return [
        live(Participation),
        Participation.completed.is_(True),
        Participation.member_id.is_not(None),
        live(Course),
        Course.status != CourseStatus.CANCELLED,
        Course.end_on >= first,
        Course.end_on <= last,
    ]


def trained_member_ids(session: Session, commune_id: str | None, year: int) -> set[str]:
    """Return the members with a completed course that ended in ``year``, any organiser.

    With ``commune_id`` only that commune's members count; None counts everyone this
    database holds (an upper-level site).
    """
    query = (
        select(Participation.member_id)
        .join(Course, Course.id == Participation.course_id)
        .where(*_completed_in_year(year))
        .distinct()
    )
    if commune_id is not None:
        query = query.join(Member, Member.id == Participation.member_id).where(
            Member.commune_id == commune_id
        )
    return {str(m) for m in session.scalars(query)}


def participation_counts(
    session: Session, member_ids: Iterable[str], year: int
) -> tuple[int, int]:
    """Count (lượt, người) of these members trained in ``year``.

    "Lượt" counts completed participations, "người" distinct people (docs/ARCHITECTURE.md §3):
    a chair who finished two courses is two lượt and one người.
    """
    ids = list(member_ids)
    if not ids:
        return 0, 0
    query = (
        select(func.count(), func.count(func.distinct(Participation.member_id)))
        .select_from(Participation)
        .join(Course, Course.id == Participation.course_id)
        .where(*_completed_in_year(year), Participation.member_id.in_(_ids_json(ids)))
    )
    times, people = session.execute(query).one()
    return int(times), int(people)


def trained_by_topic(
    session: Session, member_ids: Iterable[str], year: int
) -> dict[str, set[str]]:
    """Return, per topic key, which of these members were trained in it in ``year``."""
    ids = list(member_ids)
    if not ids:
        return {}
    query = (
        select(CourseTopic.topic_id, Participation.member_id)
        .select_from(Participation)
        .join(Course, Course.id == Participation.course_id)
        .join(CourseTopic, CourseTopic.course_id == Course.id)
        .where(*_completed_in_year(year), live(CourseTopic),
               Participation.member_id.in_(_ids_json(ids)))
        .distinct()
    )
    result: dict[str, set[str]] = {}
    for topic_id, member_id in session.execute(query):
        result.setdefault(topic_id, set()).add(str(member_id))
    return result


def funding_by_source(
    session: Session, commune_id: str | None, year: int
) -> list[tuple[str, int]]:
    """Sum the funding of courses ending in ``year`` by source, in the labels' order.

    With ``commune_id`` only the courses that commune organised count; None counts
    every course in the database. Cancelled courses spent nothing and are left out;
    sources with no money are left out too.
    """
    first, last = _year_bounds(year)
    query = (
        select(FundingLine.source, func.sum(FundingLine.amount))
        .join(Course, Course.id == FundingLine.course_id)
        .where(live(FundingLine), live(Course),
               Course.status != CourseStatus.CANCELLED, Course.end_on >= first,
               Course.end_on <= last)
        .group_by(FundingLine.source)
    )
    if commune_id is not None:
        query = query.where(Course.organiser_unit_id == commune_id)
    sums = {source: int(total or 0) for source, total in session.execute(query)}
    order = list(FUNDING_SOURCE_LABELS)
    return sorted(
        ((s, a) for s, a in sums.items() if a),
        key=lambda item: (order.index(item[0]) if item[0] in order else len(order), item[0]),
    )


def course_years(session: Session) -> list[int]:
    """Return the years in which some live course starts, newest first (for the filter)."""
    years = session.scalars(
        select(func.distinct(year_of(Course.start_on)))
        .where(live(Course))
    )
    return sorted((int(y) for y in years if y is not None), reverse=True)


__all__ = [
    "COURSE_MODE_LABELS",
    "COURSE_STATUS_LABELS",
    "FUNDING_SOURCE_LABELS",
    "LEVEL_LABELS",
    "CourseDetail",
    "CourseDraft",
    "CourseFilter",
    "CourseRow",
    "CourseSheetData",
    "CourseSheetRow",
    "FundingRow",
    "InvalidCourseError",
    "InvalidTopicError",
    "ParticipantRow",
    "TopicDraft",
    "TopicRow",
    "add_outside_person",
    "add_participants",
    "cancel_course",
    "complete_by_attendance",
    "course_detail",
    "course_draft",
    "course_sheet_data",
    "course_years",
    "create_course",
    "delete_course",
    "funding_by_source",
    "funding_lines",
    "get_course",
    "list_courses",
    "list_topics",
    "participants",
    "participation_counts",
    "remove_participant",
    "save_topic",
    "set_completed",
    "set_funding",
    "set_session_attendance",
    "trained_by_topic",
    "trained_member_ids",
    "update_course",
]
