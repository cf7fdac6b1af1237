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
import getpass
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import event, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.bulk import insert_rows
from db.formatting import date as format_date
from db.formatting import date_time, number
from db.models import AuditEvent, Member, Unit, new_id, utc_now
from db.models.base import SyncedRecord
from db.rules import live
from db.text import clean_text
from db.vocabulary import ATTENDANCE, GENDER, MEMBER_KIND, MEMBER_STATUS

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

UNKNOWN_ACTOR: Final = "máy này"
"""The actor shown when neither a login nor the OS user name is known."""

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
}

VALUE_LABELS: Final = {
    "gender": GENDER.labels,
    "kind": MEMBER_KIND.labels,
    "status": MEMBER_STATUS.labels | ATTENDANCE.labels,
}
"""Stored codes shown in words; attendance lists (keyed by member) use "status"."""

_UNIT_KEYS: Final = frozenset({"commune_id", "branch_id", "unit_id", "merged_into_id",
                               "owner_unit_id", "parent_id"})

_actor: contextvars.ContextVar[str | None] = contextvars.ContextVar("audit_actor", default=None)


# --------------------------------------------------------------------------- actor


def set_actor(name: str | None) -> None:
    """Name the person whose changes follow (a login's display name); None forgets it."""
    _actor.set(clean_text(name) or None if name is not None else None)


def current_actor() -> str:
    """Return who is making changes now: the login, else the OS user, else "máy này".

    Accounts are optional in a commune office, so the Windows user name is the best
    fallback: it at least tells apart the PCs and sessions of a shared office.
    """
    name = _actor.get()
    if name:
        return name
    try:
        return getpass.getuser() or UNKNOWN_ACTOR
    except Exception:  # getpass raises various errors when no user is known
        return UNKNOWN_ACTOR


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


def _show(value: Any, units: Mapping[str, str], members: Mapping[str, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, str):
        if value in units:
            return units[value]
        if value in members:
            return members[value]
        if len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
            try:
                if len(value) == 10:
                    return format_date(dt.date.fromisoformat(value))
                return date_time(dt.datetime.fromisoformat(value))
            except ValueError:
                return value
        return value
    if isinstance(value, int | float):
        return number(value) if isinstance(value, int) else str(value)
    return json.dumps(value, ensure_ascii=False)


def _rows(session: Session, events: Sequence[AuditEvent]) -> list[AuditRow]:
    """Label events with today's names in two queries, not one per event."""
    keys: set[str] = set()
    member_ids: set[str] = set()
    for audit in events:
        if audit.table_name == "members":
            member_ids.add(audit.record_id)
        for key, pair in (audit.changes or {}).items():
            if key in _UNIT_KEYS and isinstance(pair, list):
                keys.update(v for v in pair if isinstance(v, str))
            elif key == "member_id" and isinstance(pair, list):
                member_ids.update(v for v in pair if isinstance(v, str))
            elif len(key) == 36 and audit.table_name == "meetings":
                member_ids.add(key)
        if audit.table_name == "units":
            keys.add(audit.record_id)
    units: dict[str, str] = {
        uid: name for uid, name in session.execute(
            select(Unit.id, Unit.name).where(Unit.id.in_(keys)))
    } if keys else {}
    members: dict[str, str] = {}
    if member_ids:
        for mid, name, erased in session.execute(
            select(Member.id, Member.full_name, Member.erased_at).where(Member.id.in_(member_ids))
        ):
            members[mid] = SCRUBBED if erased is not None else name
    result = []
    for audit in events:
        if audit.table_name == "members":
            label = members.get(audit.record_id, SCRUBBED)
        elif audit.table_name == "units":
            label = units.get(audit.record_id, "")
        else:
            label = ""
        changes = []
        for key, pair in (audit.changes or {}).items():
            before, after = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
            field = members.get(key, FIELD_LABELS.get(key, key))
            words = VALUE_LABELS.get("status" if key in members else key)
            if words:
                before, after = words.get(str(before), before), words.get(str(after), after)
            changes.append((field, _show(before, units, {}) if key != "member_id"
                            else _show(before, units, members),
                            _show(after, units, members if key == "member_id" else {})))
        result.append(AuditRow(
            id=audit.id,
            at=audit.at,
            actor=audit.actor,
            table_name=audit.table_name,
            table_label=TABLE_LABELS.get(audit.table_name, audit.table_name),
            record_id=audit.record_id,
            record_label=label,
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
