"""Transfers between communes as they travel: checks, forwarding and answers.

A member moving from commune A to commune B goes by file through the upper level
(docs/ARCHITECTURE.md §6, "Transfers between communes"):

1. A records the transfer (:func:`db.transfers.transfer_member`); its next package up
   carries a ``member_transfers`` row beside her record and history as usual;
2. the upper level, importing it, writes a ``member_arrivals`` row of its own with her
   details (:func:`forward_transfers`); B's and A's next packages down carry it;
3. B accepts or declines (:mod:`db.transfers`); its ``arrival_answers`` row travels up
   and the upper level copies the answer onto its arrival (:func:`record_answers`),
   moving its own course records about her to her new record at B;
4. A, importing the answer, closes a declined transfer and gives her back her status
   (:func:`settle_declines`).

Nothing here trusts the other site: :func:`check_transfers` runs beside
:func:`db.sync.authority.check_authority` before anything is staged, and the details
an arrival carries are checked, table by table, with the same rules as a package.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import catalog
from db.dialects import dialect_of
from db.errors import QT_TRANSLATE_NOOP, NotFoundError
from db.models import (
    ArrivalAnswer,
    ArrivalDecision,
    ArrivalState,
    Member,
    MemberArrival,
    MemberStatus,
    MemberStatusEvent,
    MemberTransfer,
    Participation,
    Unit,
    stable_id,
)
from db.rules import live, live_sql
from db.sync.authority import refused
from db.sync.errors import PackageRefusedError
from db.sync.tables import Direction, TableRows, check_table, columns_of

DETAIL_TABLES: Final = (
    "units", "members", "member_status_events", "posts", "qualifications", "courses",
    "course_topics", "participations", "certificates",
)
"""What an arrival carries about the member, in the order it is written at the destination."""

ABOUT_MEMBER: Final = ("member_status_events", "posts", "qualifications", "participations")
"""Detail tables whose every row must be about the arriving member."""

HELD: Final = ("units", "courses", "course_topics", "participations", "certificates")
"""Detail tables the destination keeps as they are, under their original owner and key:
her trainings and certificates keep their numbers and verification codes."""


# --------------------------------------------------------------------------- checks


def check_transfers(
    session: Session, tables: Mapping[str, TableRows], direction: Direction,
    sender_id: str, recipient_id: str, sender_label: str,
) -> None:
    """Refuse transfer rows that name a wrong destination or carry wrong details.

    Going up, a transfer's destination must be another commune of the catalog. Going
    down, an arrival must concern the recipient (to it, or an answer about one of its
    own), and an arrival to it must carry details about that one member only.

    Raises:
        NotAuthorisedError: the first row breaking a rule, named in the message.
        DamagedPackageError, InvalidValueError: details of the wrong shape or bounds.
    """
    if direction is Direction.UP:
        own_code = session.get_one(Unit, sender_id).code
        transfers = tables.get("member_transfers")
        if transfers is not None:
            id_at, code_at = transfers.columns.index("id"), transfers.columns.index("to_code")
            for row in transfers.rows:
                if row[code_at] == own_code or not _is_commune(row[code_at]):
                    raise refused(sender_label, "member_transfers", "transfer_to", row[id_at],
                                  "to_code", row[code_at])
        return
    arrivals = tables.get("member_arrivals")
    if arrivals is None or not arrivals.rows:
        return
    own_code = session.get_one(Unit, recipient_id).code
    at = {name: arrivals.columns.index(name) for name in
          ("id", "to_code", "from_code", "details", "source_member_id")}
    for row in arrivals.rows:
        if own_code not in (row[at["to_code"]], row[at["from_code"]]):
            raise refused(sender_label, "member_arrivals", "arrival_recipient", row[at["id"]],
                          "to_code", row[at["to_code"]])
        if row[at["to_code"]] != own_code:
            continue
        try:
            check_details(session, json.loads(row[at["details"]]),
                          row[at["source_member_id"]], recipient_id)
        except DetailsError as error:
            raise refused(sender_label, "member_arrivals", "arrival_details", row[at["id"]],
                          "details", str(error)) from None


def _is_commune(code: str) -> bool:
    try:
        catalog.find_commune(code)
    except NotFoundError:
        return False
    return True


class DetailsError(ValueError):
    """Details that break a rule; the message names the rule."""


def check_details(
    session: Session, document: object, member_id: str, recipient_id: str
) -> dict[str, TableRows]:
    """Check an arrival's details and return them as checked tables.

    Each table is checked with :func:`db.sync.tables.check_table` (names, types,
    bounds and formats); then the links: one member, the arriving one; every other row
    about her; courses, certificates and units that her rows point to present (units
    may already be here); and no row that would become the recipient's own.

    Raises:
        DetailsError: a broken link (the caller names the arrival).
        DamagedPackageError, InvalidValueError: a table of the wrong shape or bounds.
    """
    if not isinstance(document, dict) or not set(document) <= set(DETAIL_TABLES):
        raise DetailsError("bảng không hợp lệ")
    tables = {name: check_table(name, document[name]) for name in DETAIL_TABLES
              if name in document}
    members = tables.get("members")
    if members is None or len(members.rows) != 1 or members.values("id") != {member_id}:
        raise DetailsError("phải có đúng một hội viên")
    for name in ABOUT_MEMBER:
        if name in tables and tables[name].values("member_id") - {member_id}:
            raise DetailsError(f"{name} của người khác")
    for rows in tables.values():
        if recipient_id in rows.values("owner_unit_id"):
            raise DetailsError("dòng mang tên đơn vị nhận")

    def ids(name: str) -> set[Any]:
        return tables[name].values("id") if name in tables else set()

    def values(name: str, column: str) -> set[Any]:
        return tables[name].values(column) if name in tables else set()

    if (values("participations", "course_id") | values("course_topics", "course_id")) - ids(
            "courses"):
        raise DetailsError("lớp học không có trong chi tiết")
    if values("certificates", "participation_id") - ids("participations"):
        raise DetailsError("giấy chứng nhận không thuộc lượt học nào")
    wanted = (values("courses", "organiser_unit_id") | values("certificates", "issuer_unit_id")
              | values("units", "parent_id")) - {None} - ids("units")
    known = set(session.scalars(select(Unit.id).where(Unit.id.in_(sorted(wanted)))))
    if wanted - known:
        raise DetailsError("đơn vị không có trong chi tiết")
    return tables


def details_of(
    session: Session, arrival: MemberArrival, recipient_id: str
) -> dict[str, TableRows]:
    """Return an arrival's details, checked again (they were checked on arrival).

    Raises:
        PackageRefusedError: the stored details no longer pass the checks.
    """
    try:
        return check_details(session, arrival.details, arrival.source_member_id, recipient_id)
    except DetailsError as error:
        raise PackageRefusedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chi tiết hội viên chuyển đến không hợp lệ ({error}). Hãy báo cho cấp trên.",
            ),
            error=error,
        ) from None


# --------------------------------------------------------------------------- at the upper level


def _read(session: Session, name: str, column: str, keys: Sequence[str]) -> dict[str, Any]:
    """Read live rows of ``name`` whose ``column`` is one of ``keys``, as a package table."""
    columns = columns_of(name)
    rows: list[tuple[Any, ...]] = []
    if keys:
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ",".join("?" * len(keys))
        cursor = dialect_of(session).raw_cursor(session)
        try:
            rows = cursor.execute(
                f'SELECT {quoted} FROM "{name}" WHERE "{column}" IN ({marks}) '
                f"AND {live_sql()} ORDER BY {dialect_of(session).row_order}", list(keys),
            ).fetchall()
        finally:
            cursor.close()
    return {"columns": list(columns), "rows": [list(row) for row in rows]}


def build_details(session: Session, member_id: str) -> dict[str, Any]:
    """Gather what the destination needs about a member, from the upper level's copy.

    Her record, status history, posts and qualifications as her commune sent them; her
    participations in any course (the commune's or the upper level's) with their
    courses and certificates; and the units those point to, with their parents, so
    that the destination can hold them under their original keys.
    """
    details = {"members": _read(session, "members", "id", [member_id])}
    for name in ABOUT_MEMBER:
        details[name] = _read(session, name, "member_id", [member_id])

    def column(name: str, wanted: str) -> list[str]:
        at = details[name]["columns"].index(wanted)
        return sorted({row[at] for row in details[name]["rows"] if row[at] is not None})

    details["courses"] = _read(session, "courses", "id", column("participations", "course_id"))
    details["course_topics"] = _read(session, "course_topics", "course_id",
                                     column("courses", "id"))
    details["certificates"] = _read(session, "certificates", "participation_id",
                                    column("participations", "id"))
    units: dict[str, list[Any]] = {}
    unit_columns = list(columns_of("units"))
    id_at = unit_columns.index("id")
    wanted = set(column("courses", "organiser_unit_id")) | set(
        column("certificates", "issuer_unit_id"))
    while wanted - units.keys():
        found = _read(session, "units", "id", sorted(wanted - units.keys()))
        if not found["rows"]:
            break
        for row in found["rows"]:
            units[row[id_at]] = row
        parent_at = unit_columns.index("parent_id")
        wanted |= {row[parent_at] for row in found["rows"] if row[parent_at] is not None}
    details["units"] = {"columns": unit_columns, "rows": list(units.values())}
    return {name: details[name] for name in DETAIL_TABLES}


def forward_transfers(session: Session, commune_id: str, upper_id: str) -> int:
    """Write an arrival for each new transfer a commune sent; return how many.

    Runs in the import's transaction, after the commune's rows are written. The
    arrival's key is derived from the transfer's, so a transfer is forwarded once
    however many packages repeat it.
    """
    commune = session.get_one(Unit, commune_id)
    made = 0
    transfers = session.scalars(
        select(MemberTransfer).where(
            MemberTransfer.owner_unit_id == commune_id, live(MemberTransfer)
        )
    )
    for transfer in transfers:
        arrival_id = stable_id("member_arrival", transfer.id)
        if session.get(MemberArrival, arrival_id) is not None:
            continue
        member = session.get_one(Member, transfer.member_id)
        session.add(MemberArrival(
            id=arrival_id,
            owner_unit_id=upper_id,
            transfer_id=transfer.id,
            source_member_id=member.id,
            from_code=commune.code,
            from_name=catalog.union_name(commune.name),
            to_code=transfer.to_code,
            full_name=member.full_name,
            birth_date=member.birth_date,
            transferred_on=transfer.transferred_on,
            details=build_details(session, member.id),
            state=ArrivalState.PENDING,
        ))
        made += 1
    session.flush()
    _cancel_withdrawn(session, commune)
    return made


def _cancel_withdrawn(session: Session, commune: Unit) -> None:
    """Mark cancelled the pending arrivals the commune no longer stands by.

    A transfer is withdrawn when its row is gone or tombstoned, or when the member is no
    longer "Chuyển sinh hoạt" in the commune's package (her status was set back by
    hand). Whatever way the office took, the destination then stops listing her.
    """
    pending = session.scalars(
        select(MemberArrival).where(
            MemberArrival.from_code == commune.code,
            MemberArrival.state == ArrivalState.PENDING,
            live(MemberArrival),
        )
    )
    for arrival in list(pending):
        transfer = session.get(MemberTransfer, arrival.transfer_id)
        member = session.get(Member, arrival.source_member_id)
        if (transfer is None or transfer.deleted_at is not None or member is None
                or member.deleted_at is not None
                or member.status != MemberStatus.TRANSFERRED):
            arrival.state = ArrivalState.CANCELLED
    session.flush()


def record_answers(session: Session, commune_id: str, upper_id: str) -> int:
    """Copy a destination commune's answers onto the upper level's arrivals.

    An acceptance also moves the upper level's own course records about her (its
    participations) to her new record, so that they travel to her new commune from
    now on and not to the old one. Returns how many answers were new.
    """
    answered = 0
    answers = session.scalars(
        select(ArrivalAnswer).where(
            ArrivalAnswer.owner_unit_id == commune_id, live(ArrivalAnswer)
        )
    )
    for answer in answers:
        arrival = session.get_one(MemberArrival, answer.arrival_id)
        if arrival.owner_unit_id != upper_id or arrival.state != ArrivalState.PENDING:
            continue
        arrival.state = ArrivalState(answer.decision)
        arrival.answered_on = answer.answered_on
        arrival.reason = answer.reason
        arrival.new_member_id = answer.new_member_id
        if answer.decision == ArrivalDecision.ACCEPTED and answer.new_member_id is not None:
            for participation in session.scalars(
                select(Participation).where(
                    Participation.owner_unit_id == upper_id,
                    Participation.member_id == arrival.source_member_id,
                )
            ):
                participation.member_id = answer.new_member_id
        answered += 1
    session.flush()
    return answered


# --------------------------------------------------------------------------- at the sender


def settle_declines(session: Session, commune_id: str, today: dt.date) -> int:
    """Close each declined transfer of this commune and give the member her status back.

    She returns to the status she had before the transfer (in practice "active"), with
    a dated event naming the commune that declined and its reason; the transfer row is
    closed (a tombstone) so that the decision is applied once. Returns how many.
    """
    from db.members import change_status

    code = session.get_one(Unit, commune_id).code
    settled = 0
    declined = session.scalars(
        select(MemberArrival).where(
            MemberArrival.from_code == code, MemberArrival.state == ArrivalState.DECLINED,
            live(MemberArrival),
        )
    )
    for arrival in list(declined):
        transfer = session.get(MemberTransfer, arrival.transfer_id)
        if transfer is None or transfer.owner_unit_id != commune_id or transfer.deleted_at:
            continue
        transfer.deleted_at = dt.datetime.combine(today, dt.time())
        member = session.get(Member, transfer.member_id)
        if member is not None and member.deleted_at is None and (
            member.status == MemberStatus.TRANSFERRED
        ):
            previous = _status_before_transfer(session, member.id)
            on = max(arrival.answered_on or today, member.status_since or today)
            to_name = _commune_name(arrival.to_code)
            change_status(
                session, member.id, previous, on,
                reason=f"{to_name} không tiếp nhận: {arrival.reason or ''}"[:300],
                today=max(on, today),
            )
        settled += 1
    session.flush()
    return settled


def _status_before_transfer(session: Session, member_id: str) -> str:
    events = list(session.scalars(
        select(MemberStatusEvent.status).where(
            MemberStatusEvent.member_id == member_id, live(MemberStatusEvent)
        ).order_by(MemberStatusEvent.effective_on.desc(), MemberStatusEvent.created_at.desc())
    ))
    for status in events[1:]:
        if status != MemberStatus.TRANSFERRED:
            return status
    return MemberStatus.ACTIVE


def _commune_name(code: str) -> str:
    try:
        return catalog.union_name(catalog.find_commune(code).name)
    except NotFoundError:
        return f"Xã mã {code}"


def after_import(
    session: Session, direction: Direction, sender_id: str, recipient_id: str,
    today: dt.date,
) -> None:
    """Act on the transfer rows a package brought, in the import's transaction."""
    if direction is Direction.UP:
        forward_transfers(session, sender_id, recipient_id)
        record_answers(session, sender_id, recipient_id)
    elif direction is Direction.DOWN:
        settle_declines(session, recipient_id, today)
