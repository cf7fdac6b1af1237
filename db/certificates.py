"""Training certificates (giấy chứng nhận): numbering, issuing, revoking and verifying.

A certificate is the paper an officer keeps to prove a course; the upper level counts
them for the Đề án 1893 targets ("100 % of full-time officers hold a Union-work
certificate"). Three promises shape this module:

* **Numbers are the issuer's.** Each issuing unit numbers its certificates in a yearly
  sequence that restarts on 1 January, printed through a pattern the office may edit
  ("015/GCN-HLHPN", "015/2026/GCN"). The UNIQUE(issuer_unit_id, year, sequence)
  constraint is the last word on races: a clash is retried with the next number.
* **Reprints are identical.** Everything printed is frozen in ``snapshot`` when the
  certificate is issued; a later correction of the member's name or branch does not
  change a paper already handed out, and a reprint must match it word for word.
* **Nothing is deleted.** A certificate issued in error is revoked with a date and a
  reason; its number stays used and its verification code keeps answering "revoked",
  so that a paper in someone's drawer can still be checked.

The verification code is random (``secrets``), ten characters from an alphabet without
the look-alikes O/0, I/1 and L, so that it can be read out over the phone or typed from
the paper; the QR code on the certificate carries it for a scanner.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from sqlalchemy import and_, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import catalog
from db import certificate_statement as statement_text
from db.certificate_statement import StatementFields
from db.errors import QT_TRANSLATE_NOOP, FieldsError, Message, NotFoundError, UserError
from db.formatting import date as format_date
from db.models import Certificate, Course, Member, Participation, Site, Unit
from db.rules import certificate_valid, live
from db.scope import WHOLE, Scope, participations_in
from db.site import refuse_if_moved, site_to_change
from db.sync import issuers
from db.text import clean_text, search_key
from db.validation import ValidationError

DEFAULT_PATTERN: Final = "{seq:02d}/{year}/GCN-HLHPN"
"""Numbering used unless the office sets its own: "01/2026/GCN-HLHPN".

Decree 30/2020 numbers an issuer's papers from "01" each year, and the year in the
number tells apart the papers of different years that share a sequence."""

PATTERN_SETTING: Final = "certificate_pattern"
"""Key of the numbering pattern in ``Site.settings``."""

CODE_ALPHABET: Final = "".join(
    c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if c not in "O0I1L"
)
"""31 characters nobody confuses when reading a code off paper or over the phone."""

CODE_LENGTH: Final = 10
"""31¹⁰ ≈ 8 × 10¹⁴ codes: guessing a valid one is hopeless, reading one out is easy."""

QR_PREFIX: Final = "SOHOI-CERT:"
"""What the QR code carries before the code, so a scan is recognisable as ours."""

PRINTED_NUMBER: Final = "printed_number"
"""Snapshot key of the number a paper carries when the register had to change it."""

MAX_NUMBER: Final = 60
MAX_REASON: Final = 300
MAX_SIGNER: Final = 120
_RETRIES: Final = 8


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class CertificateRow:
    """One certificate as listed, verified and printed; printed fields come from the snapshot.

    Attributes:
        birth_date: ISO date as precise as known ("1985", "1985-03", "1985-03-12"), or "".
        unit: the holder's branch or unit as printed.
        start, end: the course's dates as printed.
        issuer_name: the issuing union, e.g. "Hội LHPN xã Hưng Hà".
        issuer_parent_name: the union above the issuer ("" when none was recorded).
        place_name: the locality of the place/date line ("Hưng Hà").
        gender: "female" or "male" when known at issue ("" otherwise).
    """

    id: str
    number: str
    verification_code: str
    full_name: str
    birth_date: str
    unit: str
    course_title: str
    start: dt.date | None
    end: dt.date | None
    issued_on: dt.date
    signer_title: str
    signer_name: str
    revoked_on: dt.date | None
    revoke_reason: str | None
    course_id: str
    participation_id: str
    issuer_name: str
    issuer_parent_name: str = ""
    place_name: str = ""
    gender: str = ""
    year: int = 0
    sequence: int = 0
    issuer_code: str = ""
    qr_text: str = ""
    """What the QR code carries (see :func:`with_qr_texts`); "" until asked for."""

    @property
    def revoked(self) -> bool:
        """Tell whether the certificate was revoked."""
        return self.revoked_on is not None


@dataclass(frozen=True)
class CertificateFilter:
    """What the certificates list is narrowed to; None means "any"."""

    year: int | None = None
    course_id: str | None = None
    text: str = ""
    include_revoked: bool = True
    scope: Scope = WHOLE
    """A branch leader's scope keeps her own members' certificates (see :mod:`db.scope`)."""


@dataclass(frozen=True)
class VerificationResult:
    """The answer to "is this paper genuine?".

    Attributes:
        status: "valid", "revoked", "unknown" (a short code not in this register),
            "unknown_issuer" (a signed statement from an issuer whose key this site
            does not know) or "forged" (a statement whose signature does not hold).
        certificate: the certificate when this register holds it, else None.
        code: the code as understood after cleaning (what was looked up).
        statement: what a signed QR statement says (None for a short code); only
            trustworthy when the status is "valid" or "revoked".
        issuer_name: the issuer as this site knows it, for a statement.
        revoked_on: the revocation date when known (from the register or from the
            upper level's list of a sibling commune's revocations).
    """

    status: str
    certificate: CertificateRow | None
    code: str = ""
    statement: StatementFields | None = None
    issuer_name: str = ""
    revoked_on: dt.date | None = None


@dataclass(frozen=True)
class IssuableCourse:
    """A finished course and how many of its people still wait for a certificate.

    Attributes:
        completed: participations marked completed.
        pending: completed participations without a valid (non-revoked) certificate.
        issued: valid certificates of the course.
    """

    id: str
    title: str
    start: dt.date
    end: dt.date
    status: str
    completed: int
    pending: int
    issued: int


@dataclass(frozen=True)
class CourseChoice:
    """A course that has certificates, for the list's filter."""

    id: str
    title: str
    start: dt.date


class InvalidIssueError(FieldsError):
    """Validation messages per field (signer title, name, date), all at once."""


# --------------------------------------------------------------------------- numbering


def certificate_pattern(session: Session) -> str:
    """Return this site's numbering pattern (the default when none was set)."""
    site = session.scalars(select(Site)).first()
    if site is None or not site.settings:
        return DEFAULT_PATTERN
    return str(site.settings.get(PATTERN_SETTING) or DEFAULT_PATTERN)


def render_number(pattern: str, sequence: int, year: int) -> str:
    """Write a certificate number from the pattern: ("{seq:03d}/GCN", 15, 2026) -> "015/GCN".

    Raises:
        ValidationError: the pattern cannot be rendered (unknown placeholder, bad format).
    """
    try:
        return pattern.format(seq=sequence, year=year)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
        raise ValidationError(
            "pattern",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mẫu số không hợp lệ: chỉ dùng {seq} (số thứ tự, ví dụ {seq:03d}) và {year} (năm).",
            ),
        ) from exc


def validate_pattern(pattern: str) -> str:
    """Return the cleaned pattern, or explain what is wrong with it.

    The pattern must contain the sequence, otherwise every certificate of a year would
    carry the same number; it is tried with a four-digit sequence so that a number that
    only overflows late in the year is refused now, not in December.

    Raises:
        ValidationError: field "pattern", with a Vietnamese sentence.
    """
    cleaned = clean_text(pattern)
    if not cleaned:
        raise ValidationError(
            "pattern",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mẫu số không được để trống.",
            ),
        )
    if "{seq" not in cleaned:
        raise ValidationError(
            "pattern",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mẫu số phải có {seq} (số thứ tự), ví dụ {seq:03d}/GCN-HLHPN.",
            ),
        )
    render_number(cleaned, 1, 2026)
    if len(render_number(cleaned, 9999, 2026)) > MAX_NUMBER:
        raise ValidationError(
            "pattern",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số chứng nhận dài quá {MAX_NUMBER} ký tự.",
            ),
            MAX_NUMBER=MAX_NUMBER,
        )
    return cleaned


def set_certificate_pattern(session: Session, pattern: str, *,
                            seen: str | None = None) -> str:
    """Store a new numbering pattern for the certificates this site issues from now on.

    Numbers already printed keep their spelling: the number is stored with each
    certificate, the pattern only shapes the next ones. ``seen`` is the pattern the
    form showed; another one stored meanwhile is not replaced without her knowing.

    Returns:
        The stored (cleaned) pattern.

    Raises:
        SettingConflictError: the stored pattern moved on from ``seen``.
        ValidationError: the pattern is empty, lacks {seq} or cannot be rendered.
        UserError: the database is not set up.
    """
    cleaned = validate_pattern(pattern)
    site = site_to_change(session)
    if site is None:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Cơ sở dữ liệu chưa được thiết lập."))
    refuse_if_moved(certificate_pattern(session), seen, cleaned)
    # A JSON column only notices a new dict, not a changed one.
    site.settings = {**(site.settings or {}), PATTERN_SETTING: cleaned}
    session.flush()
    return cleaned


def next_sequence(session: Session, issuer_unit_id: str, year: int) -> int:
    """Return the next free sequence of an issuer in a year (revoked ones stay used)."""
    current = session.scalar(
        select(func.max(Certificate.sequence)).where(
            Certificate.issuer_unit_id == issuer_unit_id, Certificate.year == year
        )
    )
    return int(current or 0) + 1


def next_number(
    session: Session, issuer_unit_id: str, year: int, pattern: str
) -> tuple[int, str]:
    """Return the next sequence and its number, never a number the issuer used this year.

    The sequence only grows, but a changed pattern could still spell a new sequence
    like an old one (after "1{seq}/GCN" printed "11/GCN"…"15/GCN", the pattern
    "{seq}/GCN" would print them again at sequences 11 to 15); such a number is
    skipped, so that two papers of one issuer and year never carry the same number
    (the database's UNIQUE(issuer, year, number) is the last word).
    """
    sequence = next_sequence(session, issuer_unit_id, year)
    used = set(
        session.scalars(
            select(Certificate.number).where(
                Certificate.issuer_unit_id == issuer_unit_id, Certificate.year == year
            )
        )
    )
    number = render_number(pattern, sequence, year)
    while number in used:
        sequence += 1
        number = render_number(pattern, sequence, year)
    return sequence, number


def new_verification_code() -> str:
    """Return a fresh random code of :data:`CODE_LENGTH` unambiguous characters."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def clean_code(text: str) -> str:
    """Return a typed or scanned code in its stored form.

    People type codes in lower case and with the spaces or dashes they see grouped on
    paper; a scanner types the whole QR text ("SOHOI-CERT:ABCD…"). All of these mean the
    same code.
    """
    code = clean_text(text).upper()
    if code.startswith(QR_PREFIX):
        code = code[len(QR_PREFIX):]
    return "".join(ch for ch in code if ch.isalnum())


# --------------------------------------------------------------------------- issuing


def issuable_courses(
    session: Session, organiser_unit_id: str, today: dt.date | None = None
) -> list[IssuableCourse]:
    """Return the finished courses of an organiser with their certificate counts, newest first.

    A course counts as finished when its status says so or its last day has come: the
    certificates are handed out at the closing session, on the last day itself. The
    counts are SQL aggregates so that the dialog opens at once on an upper level's
    hundreds of courses.
    """
    valid = and_(
        Certificate.participation_id == Participation.id,
        certificate_valid(),
        live(Certificate),
    )
    has_valid = exists().where(valid)
    completed = and_(Participation.completed.is_(True), live(Participation))
    stmt = (
        select(
            Course.id,
            Course.title,
            Course.start_on,
            Course.end_on,
            Course.status,
            func.count(Participation.id).filter(completed),
            func.count(Participation.id).filter(completed, ~has_valid),
            func.count(Participation.id).filter(completed, has_valid),
        )
        .outerjoin(Participation, Participation.course_id == Course.id)
        .where(
            Course.organiser_unit_id == organiser_unit_id,
            live(Course),
            Course.status != "cancelled",
        )
        .group_by(Course.id)
        .order_by(Course.end_on.desc(), Course.title)
    )
    today = today or dt.date.today()
    return [
        IssuableCourse(cid, title, start, end, status, done, pending, issued)
        for cid, title, start, end, status, done, pending, issued in session.execute(stmt)
        if status == "finished" or end <= today
    ]


def issue_certificates(
    session: Session,
    course_id: str,
    issuer_unit_id: str,
    issued_on: dt.date,
    signer_title: str,
    signer_name: str,
    participation_ids: Sequence[str] | None = None,
) -> list[str]:
    """Issue a certificate to every completed participant of a course who has none yet.

    Runs inside the caller's transaction, so the whole class is numbered or none of it.
    A participant whose certificate was revoked gets a new one, with a new number and a
    new code: the old paper stays revoked.

    Args:
        session: The transaction to work in.
        course_id: The course.
        issuer_unit_id: The unit whose union signs (and owns) the certificates.
        issued_on: Date printed on the certificates; its year picks the sequence.
        signer_title: e.g. "CHỦ TỊCH" or "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" (two lines).
        signer_name: The signer's full name.
        participation_ids: Only these participations (all of the course when None).

    Returns:
        The ids of the new certificates, in number order.

    Raises:
        InvalidIssueError: the signer's title or name is empty or too long.
        NotFoundError: the course or the issuer does not exist.
        UserError: a named participation is not completed or not in the course.
    """
    errors: dict[str, str] = {}
    # A title may take two lines ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"): clean each line.
    title = "\n".join(
        line for line in (clean_text(part) for part in signer_title.splitlines()) if line
    )
    name = clean_text(signer_name)
    if not title:
        errors["signer_title"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy nhập chức vụ người ký (ví dụ CHỦ TỊCH)."))
    elif len(title) > MAX_SIGNER:
        errors["signer_title"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Chức vụ người ký dài quá {limit} ký tự."),
            {"limit": MAX_SIGNER})
    if not name:
        errors["signer_name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy nhập họ và tên người ký."))
    elif len(name) > MAX_SIGNER:
        errors["signer_name"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Họ tên người ký dài quá {limit} ký tự."),
            {"limit": MAX_SIGNER})
    if errors:
        raise InvalidIssueError(errors)
    course = session.get(Course, course_id)
    if course is None or course.deleted_at is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy lớp tập huấn này."))
    issuer = session.get(Unit, issuer_unit_id)
    if issuer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy đơn vị cấp chứng nhận."))
    parent = session.get(Unit, issuer.parent_id) if issuer.parent_id else None

    has_valid = exists().where(
        Certificate.participation_id == Participation.id,
        certificate_valid(),
        live(Certificate),
    )
    stmt = (
        select(Participation, Member.gender)
        .outerjoin(Member, Member.id == Participation.member_id)
        .where(Participation.course_id == course_id, live(Participation))
        .order_by(Participation.person_name, Participation.id)
    )
    if participation_ids is not None:
        wanted = set(participation_ids)
        rows = [(p, g) for p, g in session.execute(stmt) if p.id in wanted]
        if len(rows) != len(wanted):
            raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Có học viên không thuộc lớp này."))
        unfinished = [p.person_name for p, _ in rows if not p.completed]
        if unfinished:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Chỉ cấp chứng nhận cho học viên đã hoàn thành lớp; chưa hoàn thành: {names}.",
                ),
                names=", ".join(unfinished[:5]) + ("…" if len(unfinished) > 5 else ""),
            )
    else:
        done = stmt.where(Participation.completed.is_(True))
        rows = [(p, g) for p, g in session.execute(done)]
    already = set(
        session.scalars(
            select(Participation.id).where(Participation.course_id == course_id, has_valid)
        )
    )
    pattern = certificate_pattern(session)
    year = issued_on.year
    common = {
        "course": course.title,
        "start": course.start_on.isoformat(),
        "end": course.end_on.isoformat(),
        "course_place": course.place or "",
        "place_name": catalog.place_name(issuer.name),
        "commune_union_name": catalog.union_name(issuer.name),
        "parent_union_name": catalog.union_name(parent.name) if parent else "",
    }
    created: list[str] = []
    for participation, gender in rows:
        if participation.id in already:
            continue
        snapshot = {
            **common,
            "full_name": participation.person_name,
            "birth_date": participation.person_birth_date or "",
            "unit": participation.person_unit or "",
            "gender": gender or "",
        }
        created.append(
            _insert_one(session, participation.id, issuer.id, year, pattern, snapshot,
                        issued_on, title, name)
        )
    return created


def _insert_one(
    session: Session,
    participation_id: str,
    issuer_unit_id: str,
    year: int,
    pattern: str,
    snapshot: dict[str, str],
    issued_on: dt.date,
    signer_title: str,
    signer_name: str,
) -> str:
    """Insert one certificate, retrying with a new number and code if either clashes."""
    for _attempt in range(_RETRIES):
        sequence, number = next_number(session, issuer_unit_id, year, pattern)
        code = new_verification_code()
        certificate = Certificate(
            owner_unit_id=issuer_unit_id,
            participation_id=participation_id,
            issuer_unit_id=issuer_unit_id,
            year=year,
            sequence=sequence,
            number=number,
            verification_code=code,
            snapshot=dict(snapshot),
            issued_on=issued_on,
            signer_title=signer_title,
            signer_name=signer_name,
        )
        savepoint = session.begin_nested()
        session.add(certificate)
        try:
            savepoint.commit()
        except IntegrityError:
            savepoint.rollback()
            continue
        return certificate.id
    raise UserError(
        QT_TRANSLATE_NOOP(
            "DbErrors",
            "Không cấp được số chứng nhận; hãy thử lại.",
        ),
    )  # pragma: no cover


# --------------------------------------------------------------------------- reading


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _select_rows() -> Any:
    """The columns a ``CertificateRow`` is made of, not ORM objects.

    A province lists about 15,000 certificates at once: loading them as mapped objects
    (an instance, its state and its dict each) cost 0.5–0.8 s of Python on the read pool,
    and the collector's passes over those objects held the interpreter lock for up to
    100 ms at a time, freezing the window (docs/ARCHITECTURE.md §9).
    """
    return (
        select(
            Certificate.id, Certificate.number, Certificate.verification_code,
            Certificate.snapshot, Certificate.issued_on, Certificate.signer_title,
            Certificate.signer_name, Certificate.revoked_on, Certificate.revoke_reason,
            Certificate.participation_id, Certificate.year, Certificate.sequence,
            Participation.course_id, Certificate.issuer_unit_id,
            Unit.name.label("issuer_unit_name"), Unit.parent_id.label("issuer_parent_id"),
            Unit.code.label("issuer_code"),
        )
        .join(Participation, Participation.id == Certificate.participation_id)
        .join(Unit, Unit.id == Certificate.issuer_unit_id)
        .where(live(Certificate))
    )


@dataclass(frozen=True)
class _Issuer:
    """What a certificate without the issuer's names in its snapshot prints for them."""

    name: str
    parent_name: str
    place_name: str


def _issuer(session: Session, row: Any, known: dict[str, _Issuer]) -> _Issuer:
    """The issuer's printed names, worked out once per issuing unit of a listing."""
    if row.issuer_unit_id not in known:
        parent = session.get(Unit, row.issuer_parent_id) if row.issuer_parent_id else None
        known[row.issuer_unit_id] = _Issuer(
            name=catalog.union_name(row.issuer_unit_name),
            parent_name=catalog.union_name(parent.name) if parent else "",
            place_name=catalog.place_name(row.issuer_unit_name),
        )
    return known[row.issuer_unit_id]


def _row(session: Session, row: Any, known: dict[str, _Issuer]) -> CertificateRow:
    snap: dict[str, Any] = row.snapshot or {}
    # Certificates issued before the snapshot carried the issuer's names (the demo
    # data among them) fall back on the issuer unit, whose name does not change.
    if "commune_union_name" in snap:
        issuer_name = str(snap["commune_union_name"])
        parent_name = str(snap.get("parent_union_name", ""))
    else:
        issuer = _issuer(session, row, known)
        issuer_name, parent_name = issuer.name, issuer.parent_name
    return CertificateRow(
        id=row.id,
        # A number shared with an older paper of the same year was made unique in the
        # register by migration 0006; the paper keeps what it printed.
        number=str(snap.get(PRINTED_NUMBER) or row.number),
        verification_code=row.verification_code,
        full_name=str(snap.get("full_name", "")),
        birth_date=str(snap.get("birth_date", "") or ""),
        unit=str(snap.get("unit", "") or ""),
        course_title=str(snap.get("course", "")),
        start=_date(snap.get("start")),
        end=_date(snap.get("end")),
        issued_on=row.issued_on,
        signer_title=row.signer_title,
        signer_name=row.signer_name,
        revoked_on=row.revoked_on,
        revoke_reason=row.revoke_reason,
        course_id=row.course_id,
        participation_id=row.participation_id,
        issuer_name=issuer_name,
        issuer_parent_name=parent_name,
        place_name=str(snap.get("place_name") or _issuer(session, row, known).place_name),
        gender=str(snap.get("gender", "") or ""),
        year=row.year,
        sequence=row.sequence,
        issuer_code=row.issuer_code,
    )


def _rows(session: Session, stmt: Any) -> list[CertificateRow]:
    known: dict[str, _Issuer] = {}
    return [_row(session, row, known) for row in session.execute(stmt)]


def list_certificates(
    session: Session, flt: CertificateFilter | None = None
) -> list[CertificateRow]:
    """Return the certificates matching the filter, newest first.

    The name search compares search keys ("nguyen thi" finds "Nguyễn Thị"); the name
    lives in the snapshot, which has no stored key, so it is matched after the year and
    course filters have narrowed the rows in SQL (a commune issues tens a year).
    """
    flt = flt or CertificateFilter()
    stmt = _select_rows().order_by(
        Certificate.issued_on.desc(), Certificate.year.desc(), Certificate.sequence.desc()
    )
    if flt.year is not None:
        stmt = stmt.where(Certificate.year == flt.year)
    if flt.course_id:
        stmt = stmt.where(Participation.course_id == flt.course_id)
    if not flt.include_revoked:
        stmt = stmt.where(certificate_valid())
    stmt = stmt.where(participations_in(flt.scope))
    rows = _rows(session, stmt)
    key = search_key(flt.text)
    if key:
        rows = [r for r in rows if key in search_key(r.full_name)]
    return rows


def certificates_of_course(
    session: Session, course_id: str, *, include_revoked: bool = False, scope: Scope = WHOLE
) -> list[CertificateRow]:
    """Return a course's certificates in number order (for printing the whole class).

    A branch leader's ``scope`` keeps her own members' certificates.
    """
    stmt = _select_rows().where(Participation.course_id == course_id,
                                participations_in(scope)).order_by(
        Certificate.year, Certificate.sequence
    )
    if not include_revoked:
        stmt = stmt.where(certificate_valid())
    return _rows(session, stmt)


def get_certificates(
    session: Session, certificate_ids: Sequence[str], *, scope: Scope = WHOLE
) -> list[CertificateRow]:
    """Return the named certificates in number order (for printing a selection).

    Those outside a branch leader's ``scope`` are left out.
    """
    stmt = _select_rows().where(Certificate.id.in_(list(certificate_ids)),
                                participations_in(scope)).order_by(
        Certificate.year, Certificate.sequence
    )
    return _rows(session, stmt)


def certificate_years(session: Session) -> list[int]:
    """Return the years that have certificates, newest first."""
    return [
        int(y) for y in session.scalars(
            select(Certificate.year).where(live(Certificate))
            .distinct().order_by(Certificate.year.desc())
        )
    ]


def certificate_courses(session: Session) -> list[CourseChoice]:
    """Return the courses that have certificates, newest first, for the list's filter."""
    stmt = (
        select(Course.id, Course.title, Course.start_on)
        .where(
            exists().where(
                Participation.course_id == Course.id,
                Certificate.participation_id == Participation.id,
                live(Certificate),
            )
        )
        .order_by(Course.start_on.desc(), Course.title)
    )
    return [CourseChoice(cid, title, start) for cid, title, start in session.execute(stmt)]


# --------------------------------------------------------------------------- revoking


def revoke_certificate(
    session: Session, certificate_id: str, on: dt.date, reason: str
) -> CertificateRow:
    """Revoke a certificate; it stays in the register and answers "revoked" when checked.

    Raises:
        ValidationError: no reason was given, or the date is before the issue date.
        NotFoundError: no such certificate.
        UserError: it is already revoked.
    """
    cleaned = clean_text(reason)
    if not cleaned:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("DbErrors", "Hãy ghi lý do thu hồi."))
    if len(cleaned) > MAX_REASON:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lý do thu hồi dài quá {MAX_REASON} ký tự.",
            ),
            MAX_REASON=MAX_REASON,
        )
    certificate = session.get(Certificate, certificate_id)
    if certificate is None or certificate.deleted_at is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy giấy chứng nhận này."))
    if certificate.revoked_on is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Giấy chứng nhận số {number} đã bị thu hồi ngày {revoked_on}.",
            ),
            number=certificate.number,
            revoked_on=format_date(certificate.revoked_on),
        )
    if on < certificate.issued_on:
        raise ValidationError(
            "revoked_on",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Ngày thu hồi không thể trước ngày cấp.",
            ),
        )
    certificate.revoked_on = on
    certificate.revoke_reason = cleaned
    session.flush()
    return get_certificates(session, [certificate_id])[0]


# --------------------------------------------------------------------------- verifying


def verify(session: Session, code: str) -> VerificationResult:
    """Check a code typed from a paper, or the whole text scanned from its QR code.

    A short code (or an old QR's "SOHOI-CERT:code") is looked up in this register. A
    signed statement is checked offline with its issuer's public key
    (:func:`db.sync.issuers.issuer_key`), whichever register holds the paper; its
    revocation is known when this register holds the certificate or the upper level
    reported it.

    Returns:
        "valid" or "revoked" (with the certificate when this register holds it),
        "unknown" for a short code not found here, "unknown_issuer" for a statement
        whose issuer's key is not known here, "forged" for a statement whose signature
        does not hold (one changed letter is enough).
    """
    if statement_text.looks_like_statement(code):
        return _verify_statement(session, code)
    cleaned = clean_code(code)
    if not cleaned:
        return VerificationResult("unknown", None, cleaned)
    row = _by_code(session, cleaned)
    if row is None:
        return VerificationResult("unknown", None, cleaned)
    return VerificationResult("revoked" if row.revoked else "valid", row, cleaned,
                              issuer_name=row.issuer_name, revoked_on=row.revoked_on)


def _by_code(session: Session, code: str) -> CertificateRow | None:
    certificate_id = session.scalar(
        select(Certificate.id).where(Certificate.verification_code == code, live(Certificate))
    )
    return None if certificate_id is None else get_certificates(session, [certificate_id])[0]


def _verify_statement(session: Session, text: str) -> VerificationResult:
    statement = statement_text.read_statement(text)
    if statement is None:
        return VerificationResult("forged", None, "")
    fields = statement.fields
    code = fields.verification_code
    key = issuers.issuer_key(session, fields.issuer_code)
    if key is None:
        return VerificationResult("unknown_issuer", None, code, fields)
    if not statement_text.signature_holds(statement, key.signing_key):
        return VerificationResult("forged", None, code, fields, key.name)
    row = _by_code(session, code)
    if row is not None and row.issuer_code != fields.issuer_code:
        row = None  # another issuer's code: this register does not hold the paper
    if row is not None and row.revoked:
        return VerificationResult("revoked", row, code, fields, key.name, row.revoked_on)
    reported = issuers.revocation_known(session, fields.issuer_code, code)
    if reported is not None:
        return VerificationResult("revoked", row, code, fields, key.name, _date(reported))
    return VerificationResult("valid", row, code, fields, key.name)


# --------------------------------------------------------------------------- the QR code


def statement_fields(row: CertificateRow) -> StatementFields:
    """Return what a certificate's signed QR statement says, from its printed fields."""
    return StatementFields(
        number=row.number,
        full_name=row.full_name,
        birth_year=row.birth_date[:4] if row.birth_date[:4].isdigit() else "",
        course_title=row.course_title,
        start=row.start,
        end=row.end,
        issued_on=row.issued_on,
        issuer_code=row.issuer_code,
        issuer_name=row.issuer_name,
        verification_code=row.verification_code,
    )


def with_qr_texts(session: Session, rows: Sequence[CertificateRow]) -> list[CertificateRow]:
    """Return the rows with what their QR codes carry, for printing.

    A certificate this site issued gets the signed statement (Ed25519 signatures are
    deterministic, so a reprint carries the very same QR code); a certificate another
    site issued (an upper level holds its communes') is not this site's to sign and
    keeps the short "SOHOI-CERT:code", which its own register answers.
    """
    site = session.scalars(select(Site)).first()
    # A site without keys yet (they are made the first time sync needs them) has never
    # signed anything; its papers keep the short code until it has a key.
    private = None if site is None else site.signing_private_key
    own_code = None if site is None else session.scalar(
        select(Unit.code).where(Unit.id == site.unit_id)
    )
    result = []
    for row in rows:
        if private is not None and row.issuer_code and row.issuer_code == own_code:
            text = statement_text.write_statement(statement_fields(row), private)
        else:
            text = f"{QR_PREFIX}{row.verification_code}"
        result.append(replace(row, qr_text=text))
    return result
