"""Personal data under Law 91/2025/QH15 and Decree 356/2025 (in force 1 January 2026).

A member may ask three things of the office that keeps her in its register, and this
module answers each of them in the caller's transaction:

* **"What do you hold about me?"** :func:`subject_record` gathers everything the
  register holds about one person — her own fields (with ethnicity and religion marked
  as *sensitive* data), consent, status history, posts, qualifications, training needs,
  meeting attendance, courses, certificates — and names the other offices that receive
  her data through sync packages (the commune's upper level). The screens print it as a
  "phiếu cung cấp thông tin cá nhân".
* **"Record that I agreed."** :func:`record_consent` stores the date and the way she
  consented, because the law asks the office to be able to show consent.
* **"Erase me."** :func:`erase_member` clears every personal field, keeps a tombstone
  (``deleted_at`` and ``erased_at``) so the next sync package carries the erasure up and
  the upper level erases her too, and revokes her certificates. Rows are never
  physically deleted: attendance and course participations stay, anonymous, so that the
  counts of past meetings and courses (the Đề án 1893 figures) do not change behind
  the upper level's back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, aliased

from db import catalog
from db.audit import scrub_record_history
from db.engine import WIPE_WAL_AFTER_COMMIT
from db.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from db.formatting import date as format_date
from db.meetings import ATTENDANCE_LABELS
from db.members import KIND_LABELS, STATUS_LABELS, name_columns
from db.models import (
    Attendance,
    Certificate,
    Course,
    DuesMark,
    Gender,
    Meeting,
    Member,
    MemberKind,
    MemberStatus,
    MemberStatusEvent,
    Participation,
    Post,
    Qualification,
    Topic,
    TrainingNeed,
    Unit,
    UnitLevel,
    utc_now,
)
from db.models.officers import Title
from db.officers import EMPLOYMENT_LABELS, QUALIFICATION_KIND_LABELS, TITLE_LABELS
from db.rules import is_certificate_valid, is_live, live, post_open_on
from db.scope import WHOLE, Scope, check_member
from db.text import clean_text
from db.validation import PartialDate, ValidationError
from db.vocabulary import GENDER

__all__ = [
    "CONSENT_METHODS",
    "ERASED_NAME",
    "ERASURE_REVOKE_REASON",
    "AttendanceItem",
    "CertificateItem",
    "ConsentInfo",
    "NeedItem",
    "ParticipationItem",
    "PersonalField",
    "PostItem",
    "QualificationItem",
    "Recipient",
    "StatusItem",
    "SubjectRecord",
    "erase_member",
    "record_consent",
    "subject_record",
]

CONSENT_METHODS: Final = (
    "Ký phiếu đồng ý",
    "Đồng ý bằng lời, có người làm chứng",
    "Qua chi hội trưởng",
)
"""The usual ways a member consents; any other short text is accepted too."""

ERASED_NAME: Final = "(đã xóa theo yêu cầu)"
"""What stands in place of an erased person's name, wherever a name must be shown."""

ERASURE_REVOKE_REASON: Final = "Xóa dữ liệu theo yêu cầu của người được cấp"
"""Reason recorded on the certificates revoked by an erasure."""

SENSITIVE_NOTE: Final = "dữ liệu nhạy cảm"
"""How sensitive fields are marked on screen and on paper."""

MAX_METHOD: Final = 120
MAX_REASON: Final = 300

_GENDER_LABELS: Final = GENDER.labels


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class PersonalField:
    """One field of the member's own record, as printed.

    Attributes:
        label: the field's Vietnamese name, e.g. "Số CCCD".
        value: the stored value as shown (dates dd/mm/yyyy), "" when nothing is held.
        sensitive: True for the sensitive personal data of Decree 356 (ethnicity, religion).
    """

    label: str
    value: str
    sensitive: bool = False


@dataclass(frozen=True)
class ConsentInfo:
    """When and how she agreed to the processing of her data; both None if never."""

    on: dt.date | None
    method: str | None

    @property
    def given(self) -> bool:
        """Tell whether a consent is on record."""
        return self.on is not None


@dataclass(frozen=True)
class StatusItem:
    """One dated change of status (joined, transferred, left, deceased, returned)."""

    status: str
    status_label: str
    effective_on: dt.date
    reason: str
    destination: str


@dataclass(frozen=True)
class PostItem:
    """A title she holds or held."""

    title: str
    unit: str
    employment: str
    start_on: dt.date | None
    end_on: dt.date | None
    decision: str


@dataclass(frozen=True)
class QualificationItem:
    """A qualification on record, with its paper."""

    kind: str
    level: str
    obtained_on: dt.date | None
    issuer: str
    certificate_number: str


@dataclass(frozen=True)
class NeedItem:
    """A training topic she asked for."""

    topic: str
    registered_on: dt.date
    note: str
    met: bool


@dataclass(frozen=True)
class AttendanceItem:
    """Her attendance at one meeting."""

    held_on: dt.date
    unit: str
    topic: str
    status: str
    status_label: str


@dataclass(frozen=True)
class ParticipationItem:
    """A course she was enrolled in."""

    course: str
    organiser: str
    start_on: dt.date
    end_on: dt.date
    completed: bool


@dataclass(frozen=True)
class CertificateItem:
    """A certificate issued to her, revoked or not."""

    number: str
    course: str
    issued_on: dt.date
    revoked_on: dt.date | None
    revoke_reason: str


@dataclass(frozen=True)
class Recipient:
    """Another office that receives her data, and how."""

    name: str
    how: str


@dataclass(frozen=True)
class SubjectRecord:
    """Everything the register holds about one person (the data subject's copy).

    Attributes:
        member_id: her key.
        full_name: her name, for titles and file names.
        commune: the commune union that keeps her record, e.g. "Hội LHPN xã Hưng Hà".
        upper_level: the union above it ("" when none is recorded).
        chair_name: today's chair of the commune union, for the signature ("" if none).
        produced_on: the day this copy was made.
        fields: her own fields in form order; ethnicity and religion are ``sensitive``.
        gender: "female", "male" or "" (unknown), so the copy calls the person "bà" or
            "ông" as the record says.
    """

    member_id: str
    full_name: str
    commune: str
    upper_level: str
    chair_name: str
    produced_on: dt.date
    fields: tuple[PersonalField, ...]
    consent: ConsentInfo
    status_history: tuple[StatusItem, ...]
    posts: tuple[PostItem, ...]
    qualifications: tuple[QualificationItem, ...]
    needs: tuple[NeedItem, ...]
    attendance: tuple[AttendanceItem, ...]
    participations: tuple[ParticipationItem, ...]
    certificates: tuple[CertificateItem, ...]
    recipients: tuple[Recipient, ...]
    gender: str = ""

    @property
    def sensitive_fields(self) -> tuple[PersonalField, ...]:
        """Return the fields that are sensitive personal data."""
        return tuple(f for f in self.fields if f.sensitive)


# --------------------------------------------------------------------------- helpers


def _live_member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None or not is_live(member) or member.erased_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy hội viên này (có thể đã bị xóa).",
            ),
        )
    return member


def _day(value: dt.date | None) -> str:
    return format_date(value) if value else ""


def _unit_label(name: str, level: str) -> str:
    """Name a branch as it is, and a commune or province as its union."""
    return name if level in (UnitLevel.BRANCH, UnitLevel.GROUP) else catalog.union_name(name)


def _member_fields(member: Member, branch: str) -> tuple[PersonalField, ...]:
    birth = PartialDate.from_iso(member.birth_date).display() if member.birth_date else ""
    kind = KIND_LABELS.get(MemberKind(member.kind), member.kind) if member.kind in set(
        MemberKind) else member.kind
    status = STATUS_LABELS.get(MemberStatus(member.status), member.status) if member.status in set(
        MemberStatus) else member.status
    return (
        PersonalField("Họ và tên", member.full_name),
        PersonalField("Giới tính", _GENDER_LABELS.get(Gender(member.gender), member.gender)
                      if member.gender in set(Gender) else member.gender),
        PersonalField("Ngày sinh", birth),
        PersonalField("Dân tộc", member.ethnicity or "", sensitive=True),
        PersonalField("Tôn giáo", member.religion or "", sensitive=True),
        PersonalField("Số CCCD", member.id_number or ""),
        PersonalField("Số điện thoại", member.phone or ""),
        PersonalField("Nơi ở (thôn, tổ dân phố)", member.address or ""),
        PersonalField("Nghề nghiệp", member.occupation or ""),
        PersonalField("Trình độ học vấn", member.education or ""),
        PersonalField("Trình độ chuyên môn", member.professional_level or ""),
        PersonalField("Lý luận chính trị", member.political_theory or ""),
        PersonalField("Đảng viên", "Có" if member.party_member else "Không"),
        PersonalField("Loại hội viên", kind),
        PersonalField("Ngày vào Hội", _day(member.joined_on)),
        PersonalField("Số thẻ hội viên", member.card_number or ""),
        PersonalField("Ngày cấp thẻ", _day(member.card_issued_on)),
        PersonalField("Chi hội", branch),
        PersonalField("Tình trạng", status),
        PersonalField("Ghi chú", member.notes or ""),
    )


def _open_post_filter(on: dt.date) -> list[ColumnElement[bool]]:
    """Posts not yet ended on ``on``: one ending that very day may be followed by erasure."""
    return [
        live(Post),
        or_(Post.end_on.is_(None), Post.end_on > on),
    ]


def _chair_name(session: Session, commune_id: str, on: dt.date) -> str:
    query = (
        select(Member.full_name)
        .join(Post, Post.member_id == Member.id)
        .where(
            Post.unit_id == commune_id,
            Post.title == Title.CHAIR,
            live(Post),
            post_open_on(on),
            live(Member),
        )
        .order_by(Post.start_on.desc())
        .limit(1)
    )
    return session.scalars(query).first() or ""


# --------------------------------------------------------------------------- reading


def subject_record(
    session: Session, member_id: str, today: dt.date | None = None, *, scope: Scope = WHOLE
) -> SubjectRecord:
    """Gather everything held about one member, for her to read and keep.

    Law 91/2025 gives the data subject the right to know what is processed about her and
    who receives it; the office answers with this record (printed by the desktop). Each
    section is one query over indexed member keys, so it costs the same in a commune of
    8,000 members as in one of 800.

    Args:
        session: an open session (read-only use).
        member_id: her key.
        today: the day the copy is made (tests pin it); today by default.
        scope: whose record may be read (a branch leader: her branches' members).

    Raises:
        NotFoundError: no such member, or she was deleted or erased.
        PermissionDeniedError: the member lies outside ``scope`` (another branch's).
    """
    day = today or dt.date.today()
    member = _live_member(session, member_id)
    check_member(scope, member)
    commune = session.get(Unit, member.commune_id)
    branch = session.get(Unit, member.branch_id) if member.branch_id else None
    parent = session.get(Unit, commune.parent_id) if commune and commune.parent_id else None
    commune_name = catalog.union_name(commune.name) if commune else ""
    parent_name = catalog.union_name(parent.name) if parent else ""

    events = tuple(
        StatusItem(
            status=e.status,
            status_label=STATUS_LABELS.get(MemberStatus(e.status), e.status)
            if e.status in set(MemberStatus) else e.status,
            effective_on=e.effective_on,
            reason=e.reason or "",
            destination=e.destination or "",
        )
        for e in session.scalars(
            select(MemberStatusEvent)
            .where(MemberStatusEvent.member_id == member_id,
                   live(MemberStatusEvent))
            .order_by(MemberStatusEvent.effective_on, MemberStatusEvent.created_at)
        )
    )
    post_unit = aliased(Unit)
    posts = tuple(
        PostItem(
            title=TITLE_LABELS.get(post.title, post.title),
            unit=_unit_label(unit_name, unit_level),
            employment=EMPLOYMENT_LABELS.get(post.employment, post.employment),
            start_on=post.start_on,
            end_on=post.end_on,
            decision=post.decision or "",
        )
        for post, unit_name, unit_level in session.execute(
            select(Post, post_unit.name, post_unit.level)
            .join(post_unit, post_unit.id == Post.unit_id)
            .where(Post.member_id == member_id, live(Post))
            .order_by(Post.start_on, Post.created_at)
        )
    )
    qualifications = tuple(
        QualificationItem(
            kind=QUALIFICATION_KIND_LABELS.get(q.kind, q.kind),
            level=q.level,
            obtained_on=q.obtained_on,
            issuer=q.issuer or "",
            certificate_number=q.certificate_number or "",
        )
        for q in session.scalars(
            select(Qualification)
            .where(Qualification.member_id == member_id, live(Qualification))
            .order_by(Qualification.kind, Qualification.rank)
        )
    )
    needs = tuple(
        NeedItem(
            topic=topic_name,
            registered_on=need.registered_on,
            note=need.note or "",
            met=need.met_by_participation_id is not None,
        )
        for need, topic_name in session.execute(
            select(TrainingNeed, Topic.name)
            .join(Topic, Topic.id == TrainingNeed.topic_id)
            .where(TrainingNeed.member_id == member_id, live(TrainingNeed))
            .order_by(TrainingNeed.registered_on)
        )
    )
    meeting_unit = aliased(Unit)
    attendance = tuple(
        AttendanceItem(
            held_on=held_on,
            unit=_unit_label(unit_name, unit_level),
            topic=topic or "",
            status=status,
            status_label=ATTENDANCE_LABELS.get(status, status),
        )
        for held_on, unit_name, unit_level, topic, status in session.execute(
            select(Meeting.held_on, meeting_unit.name, meeting_unit.level, Meeting.topic,
                   Attendance.status)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(meeting_unit, meeting_unit.id == Meeting.unit_id)
            .where(Attendance.member_id == member_id, live(Attendance),
                   live(Meeting))
            .order_by(Meeting.held_on)
        )
    )
    organiser = aliased(Unit)
    participations = tuple(
        ParticipationItem(
            course=title,
            organiser=_unit_label(unit_name, unit_level),
            start_on=start,
            end_on=end,
            completed=bool(completed),
        )
        for title, unit_name, unit_level, start, end, completed in session.execute(
            select(Course.title, organiser.name, organiser.level, Course.start_on,
                   Course.end_on, Participation.completed)
            .join(Course, Course.id == Participation.course_id)
            .join(organiser, organiser.id == Course.organiser_unit_id)
            .where(Participation.member_id == member_id, live(Participation),
                   live(Course))
            .order_by(Course.start_on)
        )
    )
    certificates = tuple(
        CertificateItem(
            number=certificate.number,
            course=course_title,
            issued_on=certificate.issued_on,
            revoked_on=certificate.revoked_on,
            revoke_reason=certificate.revoke_reason or "",
        )
        for certificate, course_title in session.execute(
            select(Certificate, Course.title)
            .join(Participation, Participation.id == Certificate.participation_id)
            .join(Course, Course.id == Participation.course_id)
            .where(Participation.member_id == member_id, live(Certificate))
            .order_by(Certificate.issued_on, Certificate.number)
        )
    )
    recipients: tuple[Recipient, ...] = ()
    if parent is not None:
        recipients = (
            Recipient(
                parent_name,
                "Cấp trên trực tiếp của "
                + commune_name
                + ": nhận qua gói đồng bộ (tệp được mã hóa, chuyển bằng USB) để tổng hợp, "
                "báo cáo và tổ chức bồi dưỡng cán bộ.",
            ),
        )
    return SubjectRecord(
        member_id=member.id,
        full_name=member.full_name,
        commune=commune_name,
        upper_level=parent_name,
        chair_name=_chair_name(session, member.commune_id, day),
        produced_on=day,
        fields=_member_fields(member, branch.name if branch else ""),
        consent=ConsentInfo(member.consent_on, member.consent_method),
        status_history=events,
        posts=posts,
        qualifications=qualifications,
        needs=needs,
        attendance=attendance,
        participations=participations,
        certificates=certificates,
        recipients=recipients,
        gender=member.gender or "",
    )


# --------------------------------------------------------------------------- consent


def record_consent(
    session: Session, member_id: str, on: dt.date, method: str, today: dt.date | None = None,
    *, scope: Scope = WHOLE,
) -> None:
    """Store the date and the way a member agreed to the processing of her data.

    The method is usually one of :data:`CONSENT_METHODS`, but any short description is
    accepted, because offices collect consent in ways no list foresees.

    Raises:
        ValidationError: no method, a method too long, or a date in the future.
        NotFoundError: the member no longer exists.
        PermissionDeniedError: the member lies outside ``scope``.
    """
    cleaned = clean_text(method)
    if not cleaned:
        raise ValidationError(
            "consent_method",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy ghi cách hội viên đồng ý.",
            ),
        )
    if len(cleaned) > MAX_METHOD:
        raise ValidationError(
            "consent_method",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cách đồng ý dài quá {MAX_METHOD} ký tự; hãy ghi ngắn gọn.",
            ),
            MAX_METHOD=MAX_METHOD,
        )
    if on > (today or dt.date.today()):
        raise ValidationError(
            "consent_on",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Ngày đồng ý không được sau ngày hôm nay.",
            ),
        )
    member = _live_member(session, member_id)
    check_member(scope, member)
    member.consent_on = on
    member.consent_method = cleaned
    session.flush()


# --------------------------------------------------------------------------- erasure

_CLEARED_COLUMNS: Final = (
    "birth_date", "birth_year", "ethnicity", "religion", "id_number", "phone", "address",
    "occupation", "education", "professional_level", "political_theory", "joined_on",
    "card_number", "card_issued_on", "consent_on", "consent_method", "notes",
)
"""Member columns that hold personal data and are emptied by an erasure."""


def erase_member(session: Session, member_id: str, on: dt.date, reason: str) -> None:
    """Erase a member's personal data at her request (the right to erasure).

    Every personal column is emptied and her name becomes :data:`ERASED_NAME`; the row
    itself stays as a tombstone (``deleted_at`` and ``erased_at``) because a sync package
    carries tombstones, not absences: that is how the upper level learns to erase her
    too. Her attendance rows and course participations stay, with the name snapshot
    replaced, so that past meetings and courses keep their counts; her training needs and
    qualifications are tombstoned; her certificates are revoked and their printed
    snapshot emptied except the number, which stays used. Nothing is physically deleted
    and nothing is committed here: the caller's transaction makes it all or nothing.

    Args:
        session: the caller's writing session.
        member_id: whom to erase.
        on: the day of the request's execution (revocation date).
        reason: why (e.g. "Theo đơn đề nghị ngày 20/11/2026"); kept on no personal row.

    Raises:
        ValidationError: no reason given, or a reason too long.
        NotFoundError: no such member, or already erased.
        UserError: she holds a post that is still open: end it first.
    """
    cleaned = clean_text(reason)
    if not cleaned:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy ghi lý do xóa dữ liệu (ví dụ: theo đơn đề nghị).",
            ),
        )
    if len(cleaned) > MAX_REASON:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lý do dài quá {MAX_REASON} ký tự.",
            ),
            MAX_REASON=MAX_REASON,
        )
    member = _live_member(session, member_id)
    open_posts = session.scalars(
        select(Post.title).where(Post.member_id == member_id, *_open_post_filter(on))
    ).all()
    if open_posts:
        titles = ", ".join(sorted({TITLE_LABELS.get(t, t) for t in open_posts}))
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hội viên này đang giữ chức danh ({titles}). Hãy kết thúc các chức danh ở trang "
                "Cán bộ trước, rồi mới xóa dữ liệu.",
            ),
            titles=titles,
        )
    now = utc_now()

    for name, value in name_columns(ERASED_NAME).items():
        setattr(member, name, value)
    for column in _CLEARED_COLUMNS:
        setattr(member, column, None)
    member.party_member = False
    member.erased_at = now
    member.deleted_at = now

    for event in session.scalars(
        select(MemberStatusEvent).where(MemberStatusEvent.member_id == member_id)
    ):
        if event.reason is not None or event.destination is not None:
            event.reason = None
            event.destination = None
    for record in (
        *session.scalars(select(TrainingNeed).where(
            TrainingNeed.member_id == member_id, live(TrainingNeed))),
        *session.scalars(select(Qualification).where(
            Qualification.member_id == member_id, live(Qualification))),
    ):
        record.deleted_at = now
    for need in session.scalars(select(TrainingNeed).where(TrainingNeed.member_id == member_id)):
        need.note = None
    for attendance in session.scalars(
        select(Attendance).where(Attendance.member_id == member_id, Attendance.note.is_not(None))
    ):
        attendance.note = None
    # Why she was excused from dues may be her health or hardship; the mark itself stays
    # so that the quarter's figures do not change, and its trail loses the reason too.
    for mark in list(session.scalars(
        select(DuesMark).where(DuesMark.member_id == member_id, DuesMark.reason.is_not(None))
    )):
        mark.reason = None
        scrub_record_history(session, mark.id)
    participations = list(
        session.scalars(select(Participation).where(Participation.member_id == member_id))
    )
    for participation in participations:
        participation.person_name = ERASED_NAME
        participation.person_birth_date = None
        participation.result_note = None
    if participations:
        for certificate in session.scalars(
            select(Certificate).where(
                Certificate.participation_id.in_([p.id for p in participations])
            )
        ):
            if is_certificate_valid(certificate.revoked_on):
                certificate.revoked_on = on
                certificate.revoke_reason = ERASURE_REVOKE_REASON
            certificate.snapshot = {"number": certificate.number, "full_name": ERASED_NAME}
    session.flush()
    scrub_record_history(session, member_id)
    # The WAL still holds the pages as they were before; fold it in and empty it once
    # this transaction commits (secure_delete, on for every connection, zeroes the rest).
    session.info[WIPE_WAL_AFTER_COMMIT] = True
