"""Moving a member to another commune: sending her, and taking her in or declining.

The sending commune records the transfer; the receiving commune sees her among the
"Hội viên chuyển đến" once the upper level has forwarded her, and accepts her into one
of its branches or declines with a reason. How the records travel, and what each site
does on receiving them, is in :mod:`db.sync.transfers` (docs/ARCHITECTURE.md §6).

Transfers between branches of one commune are not transfers here: they are a change
of branch (:func:`db.members.bulk_change_branch`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Boolean, Date, DateTime, Integer, select
from sqlalchemy.orm import Session

from db import catalog
from db.accounts import Action, PermissionDeniedError, can
from db.dialects import dialect_of
from db.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from db.formatting import date as format_date
from db.members import (
    MemberDraft,
    change_status,
    name_columns,
    possible_duplicates,
)
from db.models import (
    ArrivalAnswer,
    ArrivalDecision,
    ArrivalState,
    Member,
    MemberArrival,
    MemberStatus,
    MemberStatusEvent,
    MemberTransfer,
    Qualification,
    Topic,
    Unit,
    UnitLevel,
)
from db.rules import is_live, live
from db.scope import WHOLE, Scope, check_member
from db.site import get_site
from db.sync.tables import TableRows, table
from db.sync.transfers import HELD, details_of
from db.text import clean_text
from db.validation import PartialDate, ValidationError
from db.vocabulary import MEMBER_STATUS, QUALIFICATION_KIND, TITLE

REASON_LIMIT: Final = 300
NOTES_LIMIT: Final = 20_000
"""Longest notes kept (the bound of free text in a package)."""

COPIED_FIELDS: Final = (
    "full_name", "gender", "birth_date", "birth_year", "ethnicity", "religion", "id_number",
    "phone", "address", "occupation", "education", "professional_level",
    "political_theory", "party_member", "kind", "joined_on", "card_number",
    "card_issued_on", "consent_on", "consent_method", "notes",
)
"""What of her record the receiving commune takes over as it was (not status, unit)."""


@dataclass(frozen=True)
class ArrivalRow:
    """A member on her way to this commune, waiting for an answer."""

    id: str
    full_name: str
    birth_date: str | None
    from_name: str
    transferred_on: dt.date


@dataclass(frozen=True)
class ArrivalDetails:
    """What the receiving commune sees before answering (plain text lines)."""

    row: ArrivalRow
    record: tuple[tuple[str, str], ...]
    """(field, value as shown) pairs; the screen names each field."""
    history: tuple[str, ...]
    posts: tuple[str, ...]
    qualifications: tuple[str, ...]
    trainings: tuple[str, ...]
    possible_duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class TransferOut:
    """A transfer this commune sent, with the answer if one came back."""

    member_id: str
    full_name: str
    to_name: str
    transferred_on: dt.date
    state: str
    reason: str | None


def _check_may_edit(role: str) -> None:
    if not can(role, Action.EDIT):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tài khoản của bạn chỉ được xem, không được sửa hội viên.",
            ),
        )


def destination_name(code: str) -> str:
    """Name a destination commune with its province, as the status history shows it.

    Raises:
        NotFoundError: no commune has this code.
    """
    commune = catalog.find_commune(code.strip())
    province = catalog.find_province(commune.parent_code or "")
    return f"{commune.name}, {province.name}"


# --------------------------------------------------------------------------- sending


def transfer_member(
    session: Session, member_id: str, to_code: str, on: dt.date, *, role: str,
    reason: str = "", today: dt.date | None = None, scope: Scope = WHOLE,
) -> str:
    """Record that a member moves to another commune; return the transfer's key.

    Her status becomes "Chuyển sinh hoạt" with the destination named from the catalog,
    and a transfer record is written for the next package up, in the caller's one
    transaction.

    Raises:
        PermissionDeniedError: the role may only view, or the member lies outside
            ``scope`` (another branch than a branch leader's).
        NotFoundError: the member, or the commune code.
        ValidationError: not a member of this commune, a transfer to this commune, or
            any refusal of :func:`db.members.change_status`.
    """
    _check_may_edit(role)
    site = get_site(session)
    if site.is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ xã gửi hội viên chuyển sinh hoạt đi xã khác.",
            ),
        )
    member = session.get(Member, member_id)
    if member is None or not is_live(member) or member.erased_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy hội viên này (có thể đã bị xóa).",
            ),
        )
    check_member(scope, member)
    if member.owner_unit_id != site.unit_id or member.commune_id != site.unit_id:
        raise ValidationError(
            "member",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hội viên này không thuộc sổ của xã.",
            ),
        )
    # The catalog's spelling (five digits), whatever was typed: the package checks it.
    code = catalog.find_commune(to_code.strip()).code
    destination = destination_name(code)
    if code == site.unit_code:
        raise ValidationError(
            "to_code",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Xã nhận phải khác xã đang quản lý. Chuyển giữa các chi hội trong xã là đổi chi "
                "hội.",
            ),
        )
    change_status(session, member.id, MemberStatus.TRANSFERRED, on,
                  reason=reason or "Chuyển sinh hoạt sang xã khác", destination=destination,
                  today=today)
    transfer = MemberTransfer(owner_unit_id=site.unit_id, member_id=member.id, to_code=code,
                              transferred_on=on)
    session.add(transfer)
    session.flush()
    return transfer.id


def transfers_out(session: Session) -> list[TransferOut]:
    """Return the transfers this commune sent, newest first, with any answer."""
    site = get_site(session)
    answers = {
        arrival.transfer_id: arrival for arrival in session.scalars(
            select(MemberArrival).where(MemberArrival.from_code == site.unit_code,
                                        live(MemberArrival))
        )
    }
    rows = session.execute(
        select(MemberTransfer, Member.full_name)
        .join(Member, Member.id == MemberTransfer.member_id)
        .where(MemberTransfer.owner_unit_id == site.unit_id)
        .order_by(MemberTransfer.transferred_on.desc())
    ).all()
    found = []
    for transfer, name in rows:
        arrival = answers.get(transfer.id)
        found.append(TransferOut(
            member_id=transfer.member_id, full_name=name,
            to_name=_commune_label(transfer.to_code), transferred_on=transfer.transferred_on,
            state=arrival.state if arrival is not None else ArrivalState.PENDING,
            reason=arrival.reason if arrival is not None else None,
        ))
    return found


def _commune_label(code: str) -> str:
    try:
        return catalog.union_name(catalog.find_commune(code).name)
    except NotFoundError:
        return f"Xã mã {code}"


# --------------------------------------------------------------------------- receiving


def _pending(session: Session, site_code: str) -> Any:
    answered = select(ArrivalAnswer.arrival_id).where(live(ArrivalAnswer))
    return select(MemberArrival).where(
        MemberArrival.to_code == site_code, live(MemberArrival),
        MemberArrival.state == ArrivalState.PENDING, MemberArrival.id.not_in(answered),
    )


def _row(arrival: MemberArrival) -> ArrivalRow:
    return ArrivalRow(arrival.id, arrival.full_name, arrival.birth_date, arrival.from_name,
                      arrival.transferred_on)


def list_arrivals(session: Session) -> list[ArrivalRow]:
    """Return the members forwarded to this commune that it has not answered yet."""
    site = get_site(session)
    query = _pending(session, site.unit_code).order_by(MemberArrival.transferred_on,
                                                        MemberArrival.full_name)
    return [_row(arrival) for arrival in session.scalars(query)]


def _open_arrival(session: Session, arrival_id: str) -> tuple[MemberArrival, str]:
    site = get_site(session)
    arrival = session.scalars(
        _pending(session, site.unit_code).where(MemberArrival.id == arrival_id)
    ).first()
    if arrival is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy hội viên chuyển đến này (có thể đã được trả lời).",
            ),
        )
    return arrival, site.unit_id


def _value(name: str, column: str, raw: Any) -> Any:
    """Turn a stored value from the details into what the ORM expects."""
    if raw is None:
        return None
    kind = table(name).columns[column].type
    if isinstance(kind, Boolean):
        return bool(raw)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(raw)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(raw)
    if isinstance(kind, Integer):
        return int(raw)
    return raw


def _records(rows: TableRows | None) -> list[dict[str, Any]]:
    if rows is None:
        return []
    return [dict(zip(rows.columns, row, strict=True)) for row in rows.rows]


def arrival_details(session: Session, arrival_id: str) -> ArrivalDetails:
    """Return what the receiving commune needs to decide, as plain text.

    Raises:
        NotFoundError: no such arrival waiting here.
    """
    arrival, unit_id = _open_arrival(session, arrival_id)
    tables = details_of(session, arrival, unit_id)
    member = _records(tables.get("members"))[0]
    birth = PartialDate.from_iso(member["birth_date"]).display() if member["birth_date"] else ""
    record = (
        ("full_name", member["full_name"]),
        ("birth_date", birth),
        ("id_number", member.get("id_number") or ""),
        ("address", member.get("address") or ""),
        ("joined_on", _day(member.get("joined_on"))),
        ("card_number", member.get("card_number") or ""),
        ("from", arrival.from_name),
        ("transferred_on", format_date(arrival.transferred_on)),
    )
    history = tuple(
        f"{_day(e['effective_on'])}: {MEMBER_STATUS.labels.get(e['status'], e['status'])}"
        + (f" — {e['reason']}" if e.get("reason") else "")
        for e in sorted(_records(tables.get("member_status_events")),
                        key=lambda e: e["effective_on"])
    )
    units = {u["id"]: u["name"] for u in _records(tables.get("units"))}
    posts = tuple(
        f"{TITLE.labels.get(p['title'], p['title'])} "
        f"({_day(p.get('start_on'))} – {_day(p.get('end_on'))})"
        for p in _records(tables.get("posts"))
    )
    qualifications = tuple(
        f"{QUALIFICATION_KIND.labels.get(q['kind'], q['kind'])}: {q['level']}"
        for q in _records(tables.get("qualifications"))
    )
    courses = {c["id"]: c for c in _records(tables.get("courses"))}
    certificates = {c["participation_id"]: c for c in _records(tables.get("certificates"))}
    trainings = []
    for participation in _records(tables.get("participations")):
        course = courses[participation["course_id"]]
        line = (f"{course['title']} ({_day(course['start_on'])}, "
                f"{units.get(course['organiser_unit_id'], '')})")
        certificate = certificates.get(participation["id"])
        if certificate is not None:
            line += (f" — giấy chứng nhận số {certificate['number']}, mã xác minh "
                     f"{certificate['verification_code']}")
        trainings.append(line)
    draft = MemberDraft(full_name=member["full_name"], birth_date=birth,
                        id_number=member.get("id_number") or "")
    duplicates = tuple(
        f"{found.full_name} ({found.birth_date or 'chưa rõ ngày sinh'}) — {found.reason}"
        for found in possible_duplicates(session, unit_id, draft)
    )
    return ArrivalDetails(_row(arrival), record, history, posts, qualifications,
                          tuple(trainings), duplicates)


def _day(raw: str | None) -> str:
    return format_date(dt.date.fromisoformat(raw[:10])) if raw else ""


def accept_arrival(
    session: Session, arrival_id: str, branch_id: str | None, on: dt.date, *, role: str,
    today: dt.date | None = None,
) -> str:
    """Take a transferred member into this commune's register; return her new key.

    She gets a new record of this commune (active from ``on``, in the chosen branch)
    with her record as her old commune kept it, her qualifications, and her earlier
    status history and posts written into the notes (not as this commune's events: see
    :func:`_notes_with_history`). Her trainings and
    certificates are kept under their original keys and owners (the commune or the
    upper level that made them), so each certificate keeps its number and verification
    code and is never sent up as this commune's own. The answer travels up with the
    next package. One transaction (the caller's).

    Raises:
        PermissionDeniedError: the role may only view.
        NotFoundError: the arrival is not waiting here, or the branch is not ours.
        ValidationError: a date in the future or before the transfer.
    """
    _check_may_edit(role)
    arrival, unit_id = _open_arrival(session, arrival_id)
    if on > (today or dt.date.today()) or on < arrival.transferred_on:
        raise ValidationError(
            "on", QT_TRANSLATE_NOOP("DbErrors", "Ngày tiếp nhận phải từ ngày chuyển đi đến hôm nay "
            "({transferred_on} trở về sau)."), transferred_on=format_date(arrival.transferred_on)
        )
    if branch_id is not None:
        branch = session.get(Unit, branch_id)
        if (branch is None or not is_live(branch) or branch.level != UnitLevel.BRANCH
                or branch.parent_id != unit_id):
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Không tìm thấy chi hội này trong xã.",
                ),
            )
    tables = details_of(session, arrival, unit_id)
    record = _records(tables.get("members"))[0]
    values = {name: _value("members", name, record.get(name)) for name in COPIED_FIELDS}
    values["notes"] = _notes_with_history(values["notes"], arrival.from_name, tables)
    member = Member(
        owner_unit_id=unit_id, commune_id=unit_id, branch_id=branch_id,
        status=MemberStatus.ACTIVE, status_since=on,
        **(values | name_columns(record["full_name"])),
    )
    session.add(member)
    session.flush()
    joined = f" (vào Hội ngày {format_date(member.joined_on)})" if member.joined_on else ""
    session.add(MemberStatusEvent(
        owner_unit_id=unit_id, member_id=member.id, status=MemberStatus.ACTIVE,
        effective_on=on, reason=f"Chuyển đến từ {arrival.from_name}{joined}"[:REASON_LIMIT],
    ))
    for qualification in _records(tables.get("qualifications")):
        session.add(Qualification(
            owner_unit_id=unit_id, member_id=member.id,
            **{name: _value("qualifications", name, qualification.get(name))
               for name in ("kind", "level", "rank", "obtained_on", "issuer",
                            "certificate_number")},
        ))
    session.flush()
    _hold(session, tables, member.id)
    session.add(ArrivalAnswer(
        owner_unit_id=unit_id, arrival_id=arrival.id, decision=ArrivalDecision.ACCEPTED,
        answered_on=on, new_member_id=member.id,
    ))
    session.flush()
    return member.id


def _notes_with_history(
    notes: str | None, from_name: str, tables: dict[str, TableRows]
) -> str | None:
    """Append her earlier status history and posts to the notes, as plain text.

    They are not copied as this commune's status events: the overview counts a member
    active on a past day from her events, and those days are counted by her old
    commune, which keeps her record; here they would count her twice.
    """
    events = sorted(_records(tables.get("member_status_events")),
                    key=lambda e: e["effective_on"])
    lines = [
        f"- {_day(e['effective_on'])}: {MEMBER_STATUS.labels.get(e['status'], e['status'])}"
        + (f" — {e['reason']}" if e.get("reason") else "")
        + (f" ({e['destination']})" if e.get("destination") else "")
        for e in events
    ]
    lines += [
        f"- {TITLE.labels.get(p['title'], p['title'])} "
        f"({_day(p.get('start_on'))} – {_day(p.get('end_on'))})"
        for p in _records(tables.get("posts"))
    ]
    if not lines:
        return notes
    block = "\n".join([f"Quá trình trước khi chuyển đến (theo hồ sơ của {from_name}):",
                        *lines])
    combined = f"{notes}\n\n{block}" if notes else block
    return combined[:NOTES_LIMIT]


def _hold(session: Session, tables: dict[str, TableRows], member_id: str) -> None:
    """Keep her trainings as they were made, pointing at her new record.

    Rows already here are left alone (``INSERT OR IGNORE``: the same key, or a
    certificate whose verification code is already known): nothing of this commune is
    overwritten by another site's copy.
    """
    dialect = dialect_of(session)
    cursor = dialect.raw_cursor(session)
    try:
        for name in HELD:
            rows = tables.get(name)
            if rows is None or not rows.rows:
                continue
            values = rows.rows
            if name == "participations":
                at = rows.columns.index("member_id")
                values = [(*row[:at], member_id, *row[at + 1:]) for row in rows.rows]
            if name == "units":
                values = _parents_first(rows)
            if name == "course_topics":
                # Topics come from the catalog; another province's are not known here.
                at = rows.columns.index("topic_id")
                known = set(session.scalars(select(Topic.id)))
                values = [row for row in rows.rows if row[at] in known]
            cursor.executemany(dialect.insert_sql(name, rows.columns, on_conflict="ignore"),
                               values)
    finally:
        cursor.close()


def _parents_first(rows: TableRows) -> list[tuple[Any, ...]]:
    id_at, parent_at = rows.columns.index("id"), rows.columns.index("parent_id")
    pending = {row[id_at]: row for row in rows.rows}
    ordered: list[tuple[Any, ...]] = []
    while pending:
        ready = [row for row in pending.values() if row[parent_at] not in pending]
        for row in ready or list(pending.values()):
            ordered.append(row)
            del pending[row[id_at]]
    return ordered


def decline_arrival(
    session: Session, arrival_id: str, reason: str, on: dt.date, *, role: str
) -> None:
    """Decline a transferred member; the reason travels back to her old commune.

    Raises:
        PermissionDeniedError: the role may only view.
        NotFoundError: the arrival is not waiting here.
        ValidationError: no reason, or one too long.
    """
    _check_may_edit(role)
    arrival, unit_id = _open_arrival(session, arrival_id)
    cleaned = clean_text(reason)
    if not cleaned:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy ghi lý do không tiếp nhận.",
            ),
        )
    if len(cleaned) > REASON_LIMIT:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lý do dài quá {REASON_LIMIT} ký tự.",
            ),
            REASON_LIMIT=REASON_LIMIT,
        )
    session.add(ArrivalAnswer(
        owner_unit_id=unit_id, arrival_id=arrival.id, decision=ArrivalDecision.DECLINED,
        answered_on=on, reason=cleaned,
    ))
    session.flush()
