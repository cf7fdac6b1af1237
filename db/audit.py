"""The audit trail: who changed which record, when, with the values before and after.

Every change is recorded and travels upward in the sync package (docs/ARCHITECTURE.md
§3), so the trail is made of ordinary synced records (:class:`db.models.AuditEvent`) owned by the
office that made the change. Two paths write it:

* ORM changes are caught by a ``before_flush`` listener (:func:`install_audit`), which
  adds one event per new, changed or soft-deleted record in the same transaction: a
  change and its trace are committed or rolled back together.
* Core statements (branch merges, attendance lists, Excel imports) bypass the ORM, so
  their services call :func:`record_bulk` themselves.

The demo generator (``sohoi demo``) writes with raw executemany and is deliberately not
audited: demo data is not a change made by a person, and tracing it would double its
cost. Erasure at a person's request must not leave her data here either:
:func:`scrub_record_history` replaces the values of her earlier events, and the changes
of the erasure itself are recorded without their before-values.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import json
import platform
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import event, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.bulk import insert_rows
from db.formatting import date as format_date
from db.formatting import date_time, money, number, partial_date
from db.models import (
    AuditEvent,
    Course,
    Meeting,
    Member,
    Participation,
    Topic,
    Unit,
    new_id,
    utc_now,
)
from db.models.base import SyncedRecord
from db.rules import live
from db.text import clean_text
from db.vocabulary import (
    ATTENDANCE,
    COURSE_MODE,
    COURSE_STATUS,
    DUES_STATUS,
    EMPLOYMENT,
    EVALUATION_CLASS,
    FUND_KIND,
    FUNDING_SOURCE,
    GENDER,
    MEETING_KIND,
    MEMBER_KIND,
    MEMBER_STATUS,
    ORGANISING_LEVEL,
    QUALIFICATION_KIND,
    TITLE,
)

__all__ = [
    "ACTION_LABELS",
    "BULK_LIMIT",
    "SCRUBBED",
    "AuditFilter",
    "AuditPage",
    "AuditRow",
    "current_actor",
    "history_of",
    "install_audit",
    "list_audit",
    "record_bulk",
    "scrub_record_history",
    "set_actor",
]

SCRUBBED: Final = "(đã xóa)"
"""What replaces an erased person's values in the trail, and her name in its labels."""

BULK_LIMIT: Final = 500
"""Above this many records, a Core statement is recorded as one summary event."""

UNKNOWN_ACTOR: Final = "Văn phòng"
"""The actor without a login: the office, named by its computer when that is known."""

DERIVED_COLUMNS: Final = frozenset(
    {"search_key", "sort_key", "given_name", "updated_at", "version", "created_at"}
)
"""Columns computed from others or by the database: noise in a list of changes."""

_REDACT_KEY: Final = "audit_redact"

ACTION_LABELS: Final = {
    "create": "Thêm",
    "update": "Sửa",
    "delete": "Xóa",
    "import": "Nhập từ Excel",
    "merge": "Sáp nhập",
    "attendance": "Điểm danh",
    "erase": "Xóa dữ liệu cá nhân",
    "branch_edit": "Chi hội sửa (nhận theo gói của chi hội)",
    "branch_kept": "Chi hội đề nghị sửa (xã giữ giá trị của xã)",
}

TABLE_LABELS: Final = {
    "members": "Hội viên",
    "member_status_events": "Tình trạng hội viên",
    "units": "Chi hội",
    "unit_populations": "Số phụ nữ từ 18 tuổi",
    "posts": "Chức danh",
    "qualifications": "Trình độ",
    "standards": "Tiêu chuẩn chức danh",
    "training_needs": "Nhu cầu bồi dưỡng",
    "topics": "Chuyên đề",
    "courses": "Lớp tập huấn",
    "course_topics": "Chuyên đề của lớp",
    "funding_lines": "Kinh phí",
    "participations": "Học viên",
    "session_attendances": "Điểm danh buổi học",
    "certificates": "Giấy chứng nhận",
    "targets": "Chỉ tiêu",
    "meetings": "Cuộc họp",
    "attendances": "Điểm danh",
    "dues_settings": "Mức hội phí",
    "dues_marks": "Hội phí",
    "dues_closures": "Khóa sổ hội phí, quỹ",
    "fund_entries": "Quỹ hội",
    "evaluations": "Đánh giá, xếp loại",
    "evaluation_sets": "Bộ tiêu chí xếp loại",
}

FIELD_LABELS: Final = {
    "full_name": "Họ và tên",
    "gender": "Giới tính",
    "birth_date": "Ngày sinh",
    "birth_year": "Năm sinh",
    "ethnicity": "Dân tộc",
    "religion": "Tôn giáo",
    "id_number": "Số CCCD",
    "phone": "Số điện thoại",
    "address": "Nơi ở",
    "occupation": "Nghề nghiệp",
    "education": "Trình độ học vấn",
    "professional_level": "Trình độ chuyên môn",
    "political_theory": "Lý luận chính trị",
    "party_member": "Đảng viên",
    "kind": "Loại",
    "joined_on": "Ngày vào Hội",
    "card_number": "Số thẻ hội viên",
    "card_issued_on": "Ngày cấp thẻ",
    "commune_id": "Xã",
    "branch_id": "Chi hội",
    "unit_id": "Đơn vị",
    "status": "Tình trạng",
    "status_since": "Tình trạng từ ngày",
    "consent_on": "Ngày đồng ý",
    "consent_method": "Cách đồng ý",
    "notes": "Ghi chú",
    "note": "Ghi chú",
    "erased_at": "Ngày xóa dữ liệu",
    "deleted_at": "Ngày xóa",
    "owner_unit_id": "Đơn vị quản lý",
    "id": "Mã",
    "name": "Tên",
    "code": "Mã số",
    "title": "Chức danh",
    "topic": "Nội dung",
    "held_on": "Ngày họp",
    "place": "Địa điểm",
    "minutes": "Biên bản",
    "start_on": "Từ ngày",
    "end_on": "Đến ngày",
    "decision": "Quyết định",
    "employment": "Chế độ",
    "level": "Trình độ",
    "member_id": "Hội viên",
    "reason": "Lý do",
    "destination": "Nơi chuyển đến",
    "effective_on": "Ngày hiệu lực",
    "count": "Số bản ghi",
    "active": "Đang hoạt động",
    "merged_into_id": "Sáp nhập vào",
    "merged_on": "Ngày sáp nhập",
    "parent_id": "Đơn vị cấp trên",
    "official": "Chính thức",
    "amount": "Số tiền",
    "source": "Nguồn kinh phí",
    "category": "Nhóm",
    "metric": "Chỉ tiêu",
    "value": "Giá trị",
    "description": "Mô tả",
    "year": "Năm",
    "women_18_plus": "Số phụ nữ từ 18 tuổi",
    "group": "Nhóm",
    "position": "Thứ tự",
    "course_id": "Lớp tập huấn",
    "topic_id": "Chuyên đề",
    "meeting_id": "Buổi sinh hoạt",
    "participation_id": "Học viên",
    "met_by_participation_id": "Đã học ở lớp",
    "organiser_unit_id": "Đơn vị tổ chức",
    "issuer_unit_id": "Đơn vị cấp",
    "sessions": "Số buổi",
    "session_number": "Buổi số",
    "present": "Có mặt",
    "mode": "Hình thức",
    "target_group": "Đối tượng",
    "trainers": "Giảng viên",
    "completed": "Hoàn thành",
    "result_note": "Kết quả",
    "person_name": "Họ và tên",
    "person_birth_date": "Ngày sinh",
    "person_unit": "Đơn vị",
    "person_title": "Chức danh",
    "registered_on": "Ngày đăng ký",
    "rank": "Bậc",
    "min_rank": "Trình độ tối thiểu",
    "obtained_on": "Ngày cấp bằng",
    "issuer": "Nơi cấp",
    "certificate_number": "Số văn bằng",
    "sequence": "Số thứ tự",
    "number": "Số giấy chứng nhận",
    "verification_code": "Mã xác minh",
    "snapshot": "Nội dung in",
    "issued_on": "Ngày cấp",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Người ký",
    "revoked_on": "Ngày thu hồi",
    "revoke_reason": "Lý do thu hồi",
    "rate": "Mức hội phí một quý",
    "branch_share": "Tỷ lệ chi hội giữ lại (%)",
    "upper_share": "Tỷ lệ nộp cấp trên (%)",
    "exempt_age": "Miễn từ tuổi",
    "quarter": "Quý",
    "closed_at": "Ngày khóa sổ",
    "closed_by": "Người khóa sổ",
    "entry_date": "Ngày chứng từ",
    "content": "Nội dung",
    "person": "Người nộp / nhận",
    "reverses_id": "Đảo bút toán",
}

TABLE_FIELD_LABELS: Final[dict[tuple[str, str], str]] = {
    ("members", "kind"): "Loại hội viên",
    ("meetings", "kind"): "Loại buổi sinh hoạt",
    ("meetings", "unit_id"): "Chi hội / đơn vị",
    ("qualifications", "kind"): "Loại trình độ",
    ("standards", "kind"): "Loại trình độ",
    ("courses", "title"): "Tên lớp",
    ("courses", "status"): "Trạng thái lớp",
    ("courses", "notes"): "Ghi chú",
    ("units", "level"): "Cấp",
    ("units", "code"): "Mã đơn vị",
    ("topics", "code"): "Mã chuyên đề",
    ("topics", "name"): "Tên chuyên đề",
    ("attendances", "status"): "Điểm danh",
    ("member_status_events", "status"): "Tình trạng mới",
    ("dues_marks", "status"): "Hội phí",
    ("fund_entries", "kind"): "Thu / chi",
    ("fund_entries", "number"): "Số chứng từ",
    ("evaluations", "total"): "Tổng điểm",
    ("evaluations", "classification"): "Xếp loại",
    ("evaluations", "scores"): "Điểm từng tiêu chí",
    ("evaluations", "set_name"): "Bộ tiêu chí",
}
"""Where one column name means different things in different tables."""

VALUE_LABELS: Final = {
    "gender": GENDER.labels,
    "kind": MEMBER_KIND.labels,
    "status": MEMBER_STATUS.labels | ATTENDANCE.labels,
    "title": TITLE.labels,
    "employment": EMPLOYMENT.labels,
    "mode": COURSE_MODE.labels,
    "source": FUNDING_SOURCE.labels,
}
"""Stored codes shown in words; attendance lists (keyed by member) use "status"."""

TABLE_VALUE_LABELS: Final[dict[tuple[str, str], Mapping[str, str]]] = {
    ("meetings", "kind"): MEETING_KIND.labels,
    ("qualifications", "kind"): QUALIFICATION_KIND.labels,
    ("standards", "kind"): QUALIFICATION_KIND.labels,
    ("courses", "status"): COURSE_STATUS.labels,
    ("units", "level"): ORGANISING_LEVEL.labels,
    ("attendances", "status"): ATTENDANCE.labels,
    ("dues_marks", "status"): DUES_STATUS.labels,
    ("fund_entries", "kind"): FUND_KIND.labels,
    ("evaluations", "classification"): EVALUATION_CLASS.labels,
}
"""Codes whose words depend on the table (a meeting's kind is not a member's)."""

_UNIT_KEYS: Final = frozenset({"commune_id", "branch_id", "unit_id", "merged_into_id",
                               "owner_unit_id", "parent_id", "organiser_unit_id",
                               "issuer_unit_id"})
_PARTICIPATION_KEYS: Final = frozenset({"participation_id", "met_by_participation_id"})
_PLAIN_NUMBER_KEYS: Final = frozenset({"year", "birth_year", "sequence", "session_number",
                                       "position", "rank", "min_rank", "sessions",
                                       "quarter", "exempt_age"})
"""Numbers written without a thousands dot: years above all ("1990", not "1.990")."""
_MONEY_KEYS: Final = frozenset({"amount", "rate"})
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")

_actor: contextvars.ContextVar[str | None] = contextvars.ContextVar("audit_actor", default=None)


# --------------------------------------------------------------------------- actor


def set_actor(name: str | None) -> None:
    """Name the person whose changes follow (a login's display name); None forgets it."""
    _actor.set(clean_text(name) or None if name is not None else None)


def office_actor() -> str:
    """Return how the trail names the office without a login: "Văn phòng (tên máy)".

    Accounts are optional in a commune office. The Windows user name said nothing to
    the chair reading the trail ("root", "Admin"); the computer's name at least tells
    apart the PCs of a shared office and the upper level's copies.
    """
    try:
        machine = clean_text(platform.node())
    except Exception:  # the OS may refuse to name the machine
        machine = ""
    return f"{UNKNOWN_ACTOR} ({machine})" if machine else UNKNOWN_ACTOR


def current_actor() -> str:
    """Return who is making changes now: the login, else the office (see office_actor)."""
    name = _actor.get()
    if name:
        return name
    return office_actor()


# --------------------------------------------------------------------------- writing


def _json_value(value: Any) -> Any:
    """Turn a column value into something JSON keeps (dates as ISO text)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return _json_value(value.value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    if isinstance(value, dict | list):
        return json.loads(json.dumps(value, ensure_ascii=False, default=str))
    return str(value)


def _column_keys(obj: object) -> list[str]:
    return [attr.key for attr in inspect(type(obj)).column_attrs]


def _event_for(obj: SyncedRecord, action: str, changes: dict[str, Any]) -> AuditEvent:
    return AuditEvent(
        id=new_id(),
        owner_unit_id=obj.owner_unit_id or "",
        at=utc_now(),
        actor=current_actor(),
        table_name=str(getattr(obj, "__tablename__", "")),
        record_id=obj.id,
        action=action,
        changes=changes,
    )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Add one AuditEvent per new, changed or deleted synced record in this flush."""
    if not session.info.get(_AUDITED):
        return
    redact = bool(session.info.get(_REDACT_KEY))
    if not redact:
        for obj in session.dirty:
            if isinstance(obj, Member):
                history = inspect(obj).attrs["erased_at"].history
                if history.added and history.added[0] is not None:
                    redact = True
                    break
    events: list[AuditEvent] = []
    for obj in list(session.new):
        if not isinstance(obj, SyncedRecord) or isinstance(obj, AuditEvent):
            continue
        if obj.id is None:
            obj.id = new_id()
        changes = {
            key: [None, _json_value(getattr(obj, key))]
            for key in _column_keys(obj)
            if key not in DERIVED_COLUMNS and key != "id" and getattr(obj, key) is not None
        }
        events.append(_event_for(obj, "create", changes))
    for obj in list(session.dirty):
        if not isinstance(obj, SyncedRecord) or isinstance(obj, AuditEvent):
            continue
        state = inspect(obj)
        changes = {}
        deleted = False
        for key in _column_keys(obj):
            if key in DERIVED_COLUMNS:
                continue
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before == after:
                continue
            if key == "deleted_at" and before is None and after is not None:
                deleted = True
            changes[key] = [None if redact else _json_value(before), _json_value(after)]
        if changes:
            events.append(_event_for(obj, "delete" if deleted else "update", changes))
    for obj in list(session.deleted):
        if isinstance(obj, SyncedRecord) and not isinstance(obj, AuditEvent):
            changes = {
                key: [None if redact else _json_value(getattr(obj, key)), None]
                for key in _column_keys(obj)
                if key not in DERIVED_COLUMNS and getattr(obj, key) is not None
            }
            events.append(_event_for(obj, "delete", changes))
    session.add_all(events)


_AUDITED: Final = "sohoi_audited"
"""The mark, in a session's ``info``, of sessions whose changes are recorded."""


def install_audit(session_factory: sessionmaker[Session]) -> None:
    """Record every ORM change made through sessions of ``session_factory``.

    The hook listens on the Session class, which lives as long as the process, and acts
    only on sessions carrying the mark this factory gives them, so tools working on
    other files are not traced. (Listening on each factory instead lost the hook now and
    then: SQLAlchemy keys such listeners by the object's id, which a new factory may
    reuse after an old one is collected.)
    """
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
    session_factory.configure(info={**session_factory.kw.get("info", {}), _AUDITED: True})


def record_bulk(
    session: Session,
    table_name: str,
    record_ids: Sequence[str],
    action: str,
    changes_summary: Mapping[str, Any] | Sequence[Mapping[str, Any]],
    owner_unit_id: str,
    *,
    limit: int | None = BULK_LIMIT,
) -> int:
    """Record changes made by a Core statement, which the flush hook cannot see.

    One event per record while they are few (up to ``limit``; None: always), else one
    summary event on the first record carrying the count, so that a merge of a large
    branch does not double the size of the next sync package. Written with the driver's
    executemany: an import of 5,000 members must stay fast.

    Args:
        session: the caller's writing session (same transaction as the change).
        table_name: the table changed, e.g. "members".
        record_ids: the keys of the records changed.
        action: "update", "import", "attendance", ….
        changes_summary: {column: [before, after]} for every record, or one such mapping
            per record, in the order of ``record_ids``.
        owner_unit_id: the office the events belong to (the commune).
        limit: the most records recorded one by one.

    Returns:
        The number of events written.
    """
    if not record_ids:
        return 0
    now = utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")
    actor = current_actor()
    per_record = not isinstance(changes_summary, Mapping)
    columns = ("id", "owner_unit_id", "created_at", "updated_at", "version", "at", "actor",
               "table_name", "record_id", "action", "changes")
    if limit is not None and len(record_ids) > limit:
        summary: dict[str, Any] = (
            {} if per_record else {k: _json_value(v) for k, v in
                                   dict(changes_summary).items()}  # type: ignore[arg-type]
        )
        summary["count"] = [None, len(record_ids)]
        rows: list[tuple[Any, ...]] = [(
            new_id(), owner_unit_id, now, now, 1, now, actor, table_name, record_ids[0],
            action, json.dumps(summary, ensure_ascii=False),
        )]
    else:
        if per_record:
            texts = [json.dumps(c, ensure_ascii=False, default=str)
                     for c in changes_summary]
        else:
            shared = json.dumps(changes_summary, ensure_ascii=False, default=str)
            texts = [shared] * len(record_ids)
        rows = [
            (new_id(), owner_unit_id, now, now, 1, now, actor, table_name, rid, action, text)
            for rid, text in zip(record_ids, texts, strict=True)
        ]
    return insert_rows(session, AuditEvent.__table__, columns, rows)  # type: ignore[arg-type]


def scrub_record_history(session: Session, record_id: str) -> int:
    """Remove an erased person's values from the trail; return the events scrubbed.

    Pending changes are flushed first with their before-values left out (they are the
    very data being erased). Then every earlier event of the record has its values
    replaced by :data:`SCRUBBED`, and so do events of other records that name her key
    (a participation, a status change): for an event keyed by her (an attendance list)
    only her entry is scrubbed. Field names and dates stay, so the office can still
    show that changes happened.
    """
    session.info[_REDACT_KEY] = True
    try:
        session.flush()
    finally:
        session.info.pop(_REDACT_KEY, None)
    pattern = f"%{record_id}%"
    found = session.scalars(
        select(AuditEvent).where(
            or_(AuditEvent.record_id == record_id,
                AuditEvent.changes.cast(_text_type()).like(pattern))
        )
    ).all()
    scrubbed = 0
    for audit in found:
        changes = dict(audit.changes or {})
        if audit.record_id != record_id and record_id in changes:
            changes[record_id] = [SCRUBBED, SCRUBBED]
        else:
            changes = {key: [SCRUBBED, SCRUBBED] for key in changes}
        if changes != audit.changes:
            audit.changes = changes
            scrubbed += 1
    session.flush()
    return scrubbed


def _text_type() -> Any:
    from sqlalchemy import Text

    return Text()


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class AuditRow:
    """One recorded change, ready to show.

    Attributes:
        at: when (UTC, as stored).
        actor: who.
        table_label: the kind of record in Vietnamese, e.g. "Hội viên".
        record_id: the record's key.
        record_label: the record's name today (a member's name; "(đã xóa)" if erased).
        action_label: "Thêm", "Sửa", "Xóa", "Nhập từ Excel", ….
        changes: (field label, before, after) per field, values as shown.
    """

    id: str
    at: dt.datetime
    actor: str
    table_name: str
    table_label: str
    record_id: str
    record_label: str
    action: str
    action_label: str
    changes: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class AuditFilter:
    """What the overall list shows: a period, a kind of record, an actor, a text."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    table_name: str | None = None
    actor: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class AuditPage:
    """A page of the overall list, and whether more follows."""

    rows: tuple[AuditRow, ...]
    has_more: bool


def _show(value: Any, key: str = "", names: Mapping[str, str] | None = None) -> str:
    """Write a stored value the way the screens write it.

    Keys of other records become their names (``names``), ISO dates dd/mm/yyyy (a
    partial birth date "03/1985"), years and small counts plain digits, amounts in
    đồng, other numbers with a thousands dot.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, str):
        if names and value in names:
            return names[value]
        partial = _PARTIAL_DATE.match(value) if key.endswith("birth_date") else None
        if partial:
            month = int(partial[2]) if partial[2] else None
            return partial_date(int(partial[1]), month)
        if len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
            try:
                if len(value) == 10:
                    return format_date(dt.date.fromisoformat(value))
                moment = dt.datetime.fromisoformat(value)
                # Moments are stored in UTC; the office reads its own clock.
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=dt.UTC)
                return date_time(moment.astimezone())
            except ValueError:
                return value
        return value
    if isinstance(value, int):
        if key in _PLAIN_NUMBER_KEYS or key.endswith("_year"):
            return str(value)
        return money(value) if key in _MONEY_KEYS else number(value)
    if isinstance(value, float):
        return str(value).replace(".", ",")
    return json.dumps(value, ensure_ascii=False)


def _field_label(table: str, key: str, members: Mapping[str, str]) -> str:
    if key in members:
        return members[key]
    return TABLE_FIELD_LABELS.get((table, key)) or FIELD_LABELS.get(key, key)


def _words(table: str, key: str, members: Mapping[str, str]) -> Mapping[str, str] | None:
    if key in members:  # an attendance list: member key -> [old mark, new mark]
        return ATTENDANCE.labels
    return TABLE_VALUE_LABELS.get((table, key)) or VALUE_LABELS.get(key)


class _Names:
    """Today's names of the records the events point to, read in one query per kind."""

    def __init__(self, session: Session, events: Sequence[AuditEvent]) -> None:
        wanted: dict[str, set[str]] = {
            "units": set(), "members": set(), "courses": set(), "topics": set(),
            "participations": set(), "meetings": set(),
        }
        by_key = {"member_id": "members", "course_id": "courses", "topic_id": "topics",
                  "meeting_id": "meetings"}
        for audit in events:
            if audit.table_name in wanted:
                wanted[audit.table_name].add(audit.record_id)
            for key, pair in (audit.changes or {}).items():
                values = [v for v in pair if isinstance(v, str)] if isinstance(pair, list) else []
                if key in _UNIT_KEYS:
                    wanted["units"].update(values)
                elif key in _PARTICIPATION_KEYS:
                    wanted["participations"].update(values)
                elif key in by_key:
                    wanted[by_key[key]].update(values)
                elif len(key) == 36 and audit.table_name == "meetings":
                    wanted["members"].add(key)
        self.units = self._read(session, select(Unit.id, Unit.name), Unit.id, wanted["units"])
        self.members: dict[str, str] = {}
        if wanted["members"]:
            for mid, name, erased in session.execute(
                select(Member.id, Member.full_name, Member.erased_at)
                .where(Member.id.in_(wanted["members"]))
            ):
                self.members[mid] = SCRUBBED if erased is not None else name
        self.courses = self._read(session, select(Course.id, Course.title), Course.id,
                                  wanted["courses"])
        self.topics = self._read(session, select(Topic.id, Topic.name), Topic.id,
                                 wanted["topics"])
        self.participations = self._read(
            session, select(Participation.id, Participation.person_name), Participation.id,
            wanted["participations"])
        self.meetings: dict[str, str] = {}
        if wanted["meetings"]:
            for mid, held_on, topic in session.execute(
                select(Meeting.id, Meeting.held_on, Meeting.topic)
                .where(Meeting.id.in_(wanted["meetings"]))
            ):
                self.meetings[mid] = f"{format_date(held_on)} · {topic}"

    @staticmethod
    def _read(session: Session, query: Any, column: Any, keys: set[str]) -> dict[str, str]:
        if not keys:
            return {}
        return {key: name for key, name in session.execute(query.where(column.in_(keys)))}

    def of_key(self, key: str) -> Mapping[str, str]:
        """Return the names a column's values may be the keys of."""
        if key in _UNIT_KEYS:
            return self.units
        if key in _PARTICIPATION_KEYS:
            return self.participations
        return {"member_id": self.members, "course_id": self.courses,
                "topic_id": self.topics, "meeting_id": self.meetings}.get(key, {})

    def of_record(self, table: str, record_id: str) -> str:
        """Return the name of the record an event is about ("" when it has none)."""
        if table == "members":
            return self.members.get(record_id, SCRUBBED)
        return {"units": self.units, "courses": self.courses, "topics": self.topics,
                "participations": self.participations, "meetings": self.meetings,
                }.get(table, {}).get(record_id, "")


def _rows(session: Session, events: Sequence[AuditEvent]) -> list[AuditRow]:
    """Label events with today's names in a few queries, not one per event."""
    names = _Names(session, events)
    result = []
    for audit in events:
        table = audit.table_name
        changes = []
        for key, pair in (audit.changes or {}).items():
            before, after = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
            words = _words(table, key, names.members)
            if words:
                before, after = words.get(str(before), before), words.get(str(after), after)
            referenced = names.of_key(key)
            changes.append((_field_label(table, key, names.members),
                            _show(before, key, referenced), _show(after, key, referenced)))
        result.append(AuditRow(
            id=audit.id,
            at=audit.at,
            actor=audit.actor,
            table_name=table,
            table_label=TABLE_LABELS.get(table, table),
            record_id=audit.record_id,
            record_label=names.of_record(table, audit.record_id),
            action=audit.action,
            action_label=ACTION_LABELS.get(audit.action, audit.action),
            changes=tuple(changes),
        ))
    return result


def history_of(session: Session, record_id: str, limit: int = 1000) -> list[AuditRow]:
    """Return the changes of one record, newest first (the "Lịch sử thay đổi" of a form)."""
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.record_id == record_id, live(AuditEvent))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
    ).all()
    return _rows(session, events)


def list_audit(
    session: Session, flt: AuditFilter | None = None, *, limit: int = 200, offset: int = 0
) -> AuditPage:
    """Return one page of the whole trail, newest first, filtered.

    Paged with LIMIT/OFFSET on the ``at`` index: a commune's trail grows by thousands of
    events a year and the screen shows them a page at a time. The text matches the
    actor, the kind of record and the stored values (as JSON text).
    """
    flt = flt or AuditFilter()
    query = select(AuditEvent).where(live(AuditEvent))
    if flt.date_from is not None:
        query = query.where(AuditEvent.at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEvent.at < end)
    if flt.table_name:
        query = query.where(AuditEvent.table_name == flt.table_name)
    if flt.actor:
        query = query.where(AuditEvent.actor == flt.actor)
    text = clean_text(flt.text)
    if text:
        pattern = f"%{text}%"
        conditions = [AuditEvent.actor.like(pattern),
                      AuditEvent.changes.cast(_text_type()).like(pattern)]
        escaped = json.dumps(text, ensure_ascii=True)[1:-1]
        if escaped != text:
            conditions.append(AuditEvent.changes.cast(_text_type()).like(f"%{escaped}%"))
        matching = select(Member.id).where(Member.full_name.like(pattern))
        conditions.append(AuditEvent.record_id.in_(matching))
        query = query.where(or_(*conditions))
    events = session.scalars(
        query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit + 1).offset(offset)
    ).all()
    return AuditPage(tuple(_rows(session, events[:limit])), len(events) > limit)
