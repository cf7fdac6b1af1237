"""Transfers to a commune of another province: a file from one upper level to the other.

Two provinces' upper levels are not each other's sync peers: neither is above the
other. A member moving from Hưng Yên to Hà Nội therefore leaves her province in a
**transfer file** that Hưng Yên's upper level exports for Hà Nội's, and the answer comes
back the same way (docs/ARCHITECTURE.md §6, "Transfers between communes").

The file is the package container (:mod:`db.sync.container`, kind ``transfer``), signed
with the sending upper level's key. It is not encrypted: the two upper levels have not
exchanged keys, so it is carried as a paper file holding personal data is. As with a
first package, the receiving upper level compares the sender's fingerprint on the phone
before the first file is accepted, and a changed key is refused.

Inside is one table, ``member_arrivals``, as in a package: the sender's own arrivals
bound for the other province (pending, with their details), and the answers its
communes gave to arrivals that came from the other province. Applying it is idempotent:
an arrival is written once, an answer only onto a pending arrival.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import catalog
from db.dialects import dialect_of
from db.engine import head_revision
from db.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from db.models import ArrivalState, MemberArrival, Unit, stable_id, utc_now
from db.rules import live_sql
from db.site import get_site, site_to_change
from db.sync.authority import refused
from db.sync.container import KIND_TRANSFER, Party, open_body, open_envelope, seal
from db.sync.errors import (
    DamagedPackageError,
    KeyChangedError,
    KeyNotConfirmedError,
    WrongRecipientError,
)
from db.sync.files import make_folder, write_file_atomically
from db.sync.keys import fingerprint, site_keys
from db.sync.peers import party, stamp
from db.sync.tables import TableRows, check_table, columns_of
from db.sync.transfers import DetailsError, check_details

TABLE: Final = "member_arrivals"
KEY_SETTING: Final = "transfer_key_"
"""Prefix of the site setting holding another province's pinned signing fingerprint."""


@dataclass(frozen=True)
class TransferFileResult:
    """A transfer file written, or one imported."""

    path: Path | None
    other_code: str
    other_name: str
    arrivals: int
    answers: int
    fingerprint: str


def _province_of(code: str) -> str | None:
    try:
        return catalog.find_commune(code).parent_code
    except NotFoundError:
        return None


def _upper_site(session: Session) -> tuple[str, str]:
    site = get_site(session)
    if not site.is_upper or len(site.unit_code) != len("01"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp chuyển sinh hoạt giữa hai tỉnh do cấp tỉnh, thành phố xuất và nhập.",
            ),
        )
    return site.unit_id, site.unit_code


def _travelling(row: dict[str, Any], mine: str, other: str) -> str | None:
    """Say whether an arrival goes to the other province ("arrival"), or is an answer."""
    source, destination = _province_of(row["from_code"]), _province_of(row["to_code"])
    if source == mine and destination == other:
        return "arrival"
    if source == other and destination == mine:
        return "answer"
    return None


def export_transfer_file(
    session: Session, other_code: str, folder: Path, now: dt.datetime | None = None
) -> TransferFileResult:
    """Write the transfers and answers due to another province's upper level.

    Raises:
        UserError: not a province's upper level, an unknown province or this one,
            nothing to send, or a folder that cannot be written.
    """
    unit_id, mine = _upper_site(session)
    other = catalog.find_province(other_code.strip())
    if other.code == mine:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chuyển sinh hoạt trong tỉnh đi theo gói gửi xuống xã, không cần tệp.",
            ),
        )
    columns = columns_of(TABLE)
    cursor = dialect_of(session).raw_cursor(session)
    try:
        stored = cursor.execute(
            f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)} FROM "{TABLE}" '
            f"WHERE owner_unit_id = ? AND {live_sql()} "
            f"ORDER BY {dialect_of(session).row_order}", (unit_id,),
        ).fetchall()
    finally:
        cursor.close()
    rows: list[list[Any]] = []
    arrivals = answers = 0
    for values in stored:
        row = dict(zip(columns, values, strict=True))
        kind = _travelling(row, mine, other.code)
        if kind == "arrival" and row["state"] in (ArrivalState.PENDING,
                                                  ArrivalState.CANCELLED):
            arrivals += 1
        elif kind == "answer" and row["state"] != ArrivalState.PENDING:
            answers += 1
        else:
            continue
        rows.append(list(values))
    if not rows:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không có hội viên chuyển sang {name} hay câu trả lời nào cần gửi.",
            ),
            name=other.name,
        )
    moment = now or utc_now()
    body = json.dumps({TABLE: {"columns": list(columns), "rows": rows}},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    sender = party(session.get_one(Unit, unit_id))
    recipient = Party(code=other.code, unit_id=stable_id("unit", other.code),
                      name=catalog.union_name(other.name))
    keys = site_keys(session)
    data = seal(kind=KIND_TRANSFER, sender=sender, keys=keys, recipient=recipient,
                recipient_encryption_key=None, generation=1, created_at=stamp(moment),
                schema=head_revision(), payload=body)
    make_folder(folder)
    target = folder / f"SoHoi_{mine}_chuyen_{other.code}_{moment:%Y-%m-%d_%H%M%S}.sohoi"
    write_file_atomically(target, data)
    open_envelope(target.read_bytes())
    return TransferFileResult(target, other.code, recipient.name, arrivals, answers,
                              fingerprint(keys.public))


def import_transfer_file(
    session: Session, data: bytes, accept_key: str | None = None
) -> TransferFileResult:
    """Check and apply a transfer file from another province, in one transaction.

    Raises:
        PackageRefusedError: damaged, not for this site, from a unit that is not
            another province, an unconfirmed or changed key, rows the sender may not
            write or details that break the rules; nothing is written.
    """
    unit_id, mine = _upper_site(session)
    envelope = open_envelope(data)
    header = envelope.header
    if header.kind != KIND_TRANSFER:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây không phải tệp chuyển sinh hoạt giữa hai tỉnh. Dữ liệu không thay đổi.",
            ),
        )
    if header.recipient.code != mine or header.recipient.unit_id != unit_id:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp này dành cho {name} (mã {code}). Hãy đưa tệp cho đúng đơn vị nhận. Dữ liệu "
                "không thay đổi.",
            ),
            name=header.recipient.name,
            code=header.recipient.code,
        )
    sender = header.sender
    try:
        province = catalog.find_province(sender.code)
    except NotFoundError:
        province = None
    if (province is None or province.code == mine
            or sender.unit_id != stable_id("unit", province.code)):
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp đến từ {name} (mã {code}), không phải cấp tỉnh khác. Dữ liệu không thay đổi.",
            ),
            name=sender.name,
            code=sender.code,
        )
    seen = fingerprint(header.sender_keys)
    site = site_to_change(session)
    assert site is not None  # the sender's checks above read it
    pinned = (site.settings or {}).get(KEY_SETTING + province.code)
    if pinned is not None and pinned != seen:
        raise KeyChangedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Khóa của {name} đã thay đổi (mã nhận diện mới: {seen}). Hãy gọi điện xác nhận "
                "trước khi nhập. Dữ liệu không thay đổi.",
            ),
            name=sender.name,
            seen=seen,
        )
    if pinned is None and (accept_key or "").strip().upper() != seen.upper():
        raise KeyNotConfirmedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là tệp đầu tiên của {name}. Hãy so mã nhận diện {seen} với mã trên màn hình "
                "của họ (qua điện thoại), rồi xác nhận. Dữ liệu chưa thay đổi.",
            ),
            name=sender.name,
            seen=seen,
        )
    rows = _decode(open_body(envelope, None))
    arrivals, answers = _apply(session, rows, unit_id, mine, province.code, sender.unit_id,
                               sender.name)
    if pinned is None:
        site.settings = {**(site.settings or {}), KEY_SETTING + province.code: seen}
    session.flush()
    return TransferFileResult(None, province.code, sender.name, arrivals, answers, seen)


def _decode(body: bytes) -> TableRows:
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise DamagedPackageError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Nội dung tệp chuyển sinh hoạt không đọc được. Dữ liệu không thay đổi.",
            ),
        ) from error
    if not isinstance(document, dict) or set(document) != {TABLE}:
        raise DamagedPackageError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Nội dung tệp chuyển sinh hoạt không hợp lệ. Dữ liệu không thay đổi.",
            ),
        )
    return check_table(TABLE, document[TABLE])


def _apply(
    session: Session, rows: TableRows, unit_id: str, mine: str, other: str, sender_id: str,
    label: str,
) -> tuple[int, int]:
    """Check every row, then write: all or nothing (the caller's transaction)."""
    records = [dict(zip(rows.columns, row, strict=True)) for row in rows.rows]
    kinds = []
    for record in records:
        if record["owner_unit_id"] != sender_id:
            raise refused(label, TABLE, "owner", record["id"], "owner_unit_id",
                          record["owner_unit_id"])
        kind = _travelling(record, other, mine)
        if kind is None:
            raise refused(label, TABLE, "arrival_recipient", record["id"], "to_code",
                          record["to_code"])
        if kind == "arrival":
            try:
                check_details(session, json.loads(record["details"]),
                              record["source_member_id"], unit_id)
            except DetailsError as error:
                raise refused(label, TABLE, "arrival_details", record["id"], "details",
                              str(error)) from None
        kinds.append(kind)
    arrivals = answers = 0
    for record, kind in zip(records, kinds, strict=True):
        if kind == "arrival":
            arrivals += _arrive(session, record, unit_id)
        else:
            answers += _answer(session, record, unit_id)
    return arrivals, answers


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _arrive(session: Session, record: dict[str, Any], unit_id: str) -> int:
    """Write this upper level's own arrival for a member coming from the other province.

    A transfer the sending commune withdrew comes as "cancelled": a pending arrival
    here is cancelled too, and none is written if there was none.
    """
    arrival_id = stable_id("member_arrival", record["transfer_id"])
    existing = session.get(MemberArrival, arrival_id)
    if record["state"] == ArrivalState.CANCELLED:
        if (existing is not None and existing.owner_unit_id == unit_id
                and existing.state == ArrivalState.PENDING):
            existing.state = ArrivalState.CANCELLED
            return 1
        return 0
    if existing is not None or record["state"] != ArrivalState.PENDING:
        return 0
    transferred_on = _day(record["transferred_on"])
    assert transferred_on is not None
    session.add(MemberArrival(
        id=arrival_id, owner_unit_id=unit_id, transfer_id=record["transfer_id"],
        source_member_id=record["source_member_id"], from_code=record["from_code"],
        from_name=record["from_name"], to_code=record["to_code"],
        full_name=record["full_name"], birth_date=record["birth_date"],
        transferred_on=transferred_on, details=json.loads(record["details"]),
        state=ArrivalState.PENDING,
    ))
    return 1


def _answer(session: Session, record: dict[str, Any], unit_id: str) -> int:
    """Copy the other province's answer onto this upper level's pending arrival."""
    if record["state"] == ArrivalState.PENDING:
        return 0
    arrival = session.scalars(select(MemberArrival).where(
        MemberArrival.transfer_id == record["transfer_id"],
        MemberArrival.owner_unit_id == unit_id,
    )).first()
    if (arrival is None or arrival.state != ArrivalState.PENDING
            or arrival.to_code != record["to_code"]):
        return 0
    arrival.state = ArrivalState(record["state"])
    arrival.answered_on = _day(record["answered_on"])
    arrival.reason = record["reason"]
    return 1
