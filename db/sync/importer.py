"""Importing a package: check everything, show what would change, then apply at once.

The steps of docs/ARCHITECTURE.md §6, in order: the frame and signature
(:func:`db.sync.container.open_envelope`), the recipient, the sender and its key, the
generation, decryption, the payload's shape and types, the sender's scope. Only then
is the payload compared with this database's copy of the sender's part (the staging:
per table new, changed, removed, unchanged), which :func:`preview_package` reports as a
dry run and :func:`import_package` applies in the caller's single transaction, checking
afterwards that the counts match the manifest. Any refusal raises before anything is
written, and any failure while writing rolls the whole import back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.audit import record_bulk
from db.dialects import dialect_of
from db.dialects.base import Dialect, RawCursor
from db.errors import QT_TRANSLATE_NOOP, Message
from db.members import name_columns
from db.models import SyncPeer, Unit, UnitLevel, utc_now
from db.rules import live_sql
from db.site import SiteInfo, get_site
from db.sync import payload
from db.sync.authority import check_authority
from db.sync.branch_members import merge_branch_members
from db.sync.container import (
    KIND_PACKAGE,
    KIND_TRANSFER,
    Envelope,
    open_body,
    open_envelope,
)
from db.sync.errors import (
    AlreadyImportedError,
    DamagedPackageError,
    HandoverPackageError,
    ImplausibleGenerationError,
    KeyChangedError,
    KeyNotConfirmedError,
    OlderPackageError,
    OutOfScopeError,
    UnknownSenderError,
    WrongRecipientError,
)
from db.sync.issuers import IssuerEntry, store_issuers
from db.sync.keys import PublicKeys, fingerprint, site_keys
from db.sync.peers import peer_for, peer_keys
from db.sync.tables import (
    KIND_LABELS,
    Direction,
    TableRows,
    columns_of,
    ordered,
    outside_scope,
    read_scope,
    scope_for,
)
from db.sync.transfers import after_import, check_transfers

LOOKUP_BATCH: Final = 900
"""Keys per ``IN (…)`` lookup: below SQLite's default limit of host parameters."""

HALF: Final = 0.5

MAX_GENERATION_JUMP: Final = 10_000
"""How far a generation may run ahead of what is known, both ways.

A sender numbers its packages 1, 2, 3… per recipient, one per export. A package whose
generation is more than this above the last one imported from that sender, or whose
acknowledgement is more than this above the last generation sent to it, was not made
by an honest Sổ Hội: years of daily exports stay far below, while a crafted 2^63-1
would lock the sender out (nothing could be newer) or overflow the next export. The
margin (rather than "never above what was sent") is what lets a site restored from an
older backup catch up with the acknowledgement the other side sends it."""


@dataclass(frozen=True)
class KindChange:
    """What a package would do to one kind of record."""

    table: str
    label: str
    new: int
    changed: int
    removed: int
    unchanged: int


@dataclass(frozen=True)
class ImportPreview:
    """The dry-run summary of one package, shown before anything is applied."""

    file_name: str
    direction: Direction
    sender_code: str
    sender_name: str
    generation: int
    previous_generation: int
    created_at: str
    fingerprint: str
    needs_key_confirmation: bool
    kinds: tuple[KindChange, ...]
    warnings: tuple[str, ...]
    acknowledges: int

    @property
    def changes(self) -> int:
        """Return how many records would be added, changed or removed."""
        return sum(k.new + k.changed + k.removed for k in self.kinds)


@dataclass
class _TableStage:
    rows: TableRows
    new: list[tuple[Any, ...]] = field(default_factory=list)
    changed: list[tuple[Any, ...]] = field(default_factory=list)
    removed_in_package: int = 0
    absent: list[str] = field(default_factory=list)
    unchanged: int = 0
    expected_after: int = 0


@dataclass
class _Opened:
    envelope: Envelope
    site: SiteInfo
    direction: Direction
    sender: Unit
    peer: SyncPeer
    keys: PublicKeys
    needs_key_confirmation: bool
    manifest: payload.Manifest
    tables: dict[str, TableRows]
    issuers: list[IssuerEntry] | None = None


def _expect_direction(site: SiteInfo, sender: Unit) -> Direction:
    if site.is_branch:
        return Direction.BRANCH_DOWN
    if not site.is_upper and sender.parent_id == site.unit_id:
        return Direction.BRANCH_UP
    return Direction.DOWN if not site.is_upper else Direction.UP


def _related(site: SiteInfo, sender: Unit) -> bool:
    """Tell whether a sender is this site's upper level, or one of its communes or branches.

    A commune hears from its upper level and from its own branch sites (branch rows the
    commune owns); a branch site hears from its commune only.
    """
    if site.is_upper:
        return sender.parent_id == site.unit_id
    if sender.id == site.parent_unit_id:
        return True
    return (not site.is_branch and sender.level == UnitLevel.BRANCH
            and sender.parent_id == site.unit_id and sender.owner_unit_id == site.unit_id)


def check_recipient(session: Session, envelope: Envelope, site: SiteInfo) -> None:
    """Refuse a file made for another unit, naming that unit.

    Raises:
        WrongRecipientError: the header names another recipient.
    """
    recipient = envelope.header.recipient
    if recipient.unit_id != site.unit_id or recipient.code != site.unit_code:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp này dành cho {name} (mã {code}), không phải cho {union_name}. Hãy đưa tệp "
                "cho đúng đơn vị nhận. Dữ liệu không thay đổi.",
            ),
            name=recipient.name,
            code=recipient.code,
            union_name=site.union_name,
        )


def _open(session: Session, data: bytes) -> _Opened:
    envelope = open_envelope(data)
    header = envelope.header
    site = get_site(session)
    if header.kind == KIND_TRANSFER:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là tệp chuyển sinh hoạt giữa hai tỉnh, không phải gói dữ liệu: hãy nhập bằng "
                "lệnh “sohoi sync transfers import”. Dữ liệu không thay đổi.",
            ),
        )
    if header.kind != KIND_PACKAGE:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là tệp đăng ký, không phải gói dữ liệu: hãy dùng nút “Nhập tệp đăng ký”.",
            ),
        )
    check_recipient(session, envelope, site)
    # Two staff importing the same unit's package at once: the second waits here for
    # the first to end, then reads the generation it recorded and is told the package
    # was already imported (on SQLite the write lock already serialises imports).
    dialect_of(session).lock_imports_from(session, header.sender.unit_id)
    sender = session.get(Unit, header.sender.unit_id)
    peer = None if sender is None else peer_for(session, sender.id)
    related = sender is not None and _related(site, sender)
    if sender is None or peer is None or not related or sender.code != header.sender.code:
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói đến từ {name} (mã {code}), đơn vị chưa được đăng ký ở {union_name}. "
                "Hãy tạo tệp đăng ký cho xã trước. Dữ liệu không thay đổi.",
            ) if site.is_upper else QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói đến từ {name} (mã {code}), đơn vị chưa được đăng ký ở {union_name}. "
                "Chỉ nhận gói từ cấp trên đã đăng ký. Dữ liệu không thay đổi.",
            ),
            name=header.sender.name, code=header.sender.code, union_name=site.union_name,
        )
    if site.is_upper and sender.merged_into_id is not None:
        merged_into = session.get_one(Unit, sender.merged_into_id)
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{name} đã được hợp nhất vào {name2} (mã {code}); sổ của xã nay do xã mới giữ. "
                "Gói bị từ chối; dữ liệu không thay đổi.",
            ),
            name=header.sender.name,
            name2=merged_into.name,
            code=merged_into.code,
        )
    pinned = peer_keys(peer)
    if pinned is not None and pinned != header.sender_keys:
        raise KeyChangedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Khóa của {name} đã thay đổi so với lần trước (mã nhận diện mới: {fingerprint}). "
                "Có thể máy của đơn vị gửi đã được cài lại — hoặc tệp không do họ tạo. Hãy gọi "
                "điện xác nhận; nếu đúng, chọn “Đổi khóa” cho xã này trong trang Đồng bộ rồi "
                "nhập lại. Dữ liệu không thay đổi.",
            ) if site.is_upper else QT_TRANSLATE_NOOP(
                "DbErrors",
                "Khóa của {name} đã thay đổi so với lần trước (mã nhận diện mới: {fingerprint}). "
                "Có thể máy của đơn vị gửi đã được cài lại — hoặc tệp không do họ tạo. Hãy gọi "
                "điện xác nhận; nếu đúng, hãy nhập tệp đăng ký mới của cấp trên. Dữ liệu không "
                "thay đổi.",
            ),
            name=header.sender.name, fingerprint=fingerprint(header.sender_keys),
        )
    last = peer.last_generation_received
    if header.generation == last:
        raise AlreadyImportedError(
            QT_TRANSLATE_NOOP("DbErrors", "Gói lần {generation} của {name} đã được nhập trước đây; "
            "không có gì thay đổi."), generation=header.generation, name=header.sender.name
        )
    if header.generation < last:
        raise OlderPackageError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói này (lần {generation}) cũ hơn gói đã nhập của {name} (lần {last}). Hãy dùng "
                "tệp mới nhất. Dữ liệu không thay đổi.",
            ),
            generation=header.generation,
            name=header.sender.name,
            last=last,
        )
    if header.generation > last + MAX_GENERATION_JUMP:
        raise ImplausibleGenerationError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói của {name} mang số lần {generation}, vượt xa lần nhập trước ({last}): Sổ "
                "Hội không tạo ra số như vậy. Gói bị từ chối; dữ liệu không thay đổi. Hãy gọi "
                "điện cho đơn vị gửi.",
            ),
            name=header.sender.name, generation=f"{header.generation:,}".replace(",", "."),
            last=last,
        )
    body = open_body(envelope, site_keys(session))
    decoded = payload.decode(body)
    direction = _expect_direction(site, sender)
    if decoded.manifest.direction is Direction.HANDOVER:
        raise HandoverPackageError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là gói giao sổ cho xã mới sau hợp nhất: nhập bằng “Nhập gói dữ liệu” ở máy "
                "của xã mới (hoặc lệnh sohoi units receive). Dữ liệu không thay đổi.",
            ),
        )
    if decoded.manifest.direction is not direction:
        raise DamagedPackageError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói dữ liệu không đúng chiều gửi (xã gửi lên, cấp trên gửi xuống). Dữ liệu không "
                "thay đổi.",
            ),
        )
    acknowledges = decoded.manifest.acknowledges
    if acknowledges > peer.last_generation_sent + MAX_GENERATION_JUMP:
        raise ImplausibleGenerationError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói của {name} báo đã nhận đến lần {acknowledges} trong khi máy này mới gửi "
                "đến lần {sent}. Gói bị từ chối; dữ liệu không thay đổi. Hãy gọi điện cho đơn "
                "vị gửi.",
            ),
            name=header.sender.name, acknowledges=f"{acknowledges:,}".replace(",", "."),
            sent=f"{peer.last_generation_sent:,}".replace(",", "."),
        )
    check_authority(session, decoded.tables, direction, sender.id, site.unit_id,
                    header.sender.name)
    check_transfers(session, decoded.tables, direction, sender.id, site.unit_id,
                    header.sender.name)
    tables = derive_columns(decoded.tables)
    return _Opened(
        envelope=envelope,
        site=site,
        direction=direction,
        sender=sender,
        peer=peer,
        keys=header.sender_keys,
        needs_key_confirmation=pinned is None,
        manifest=decoded.manifest,
        tables=tables,
        issuers=decoded.issuers,
    )


DERIVED: Final = {"members": ("given_name", "search_key", "sort_key")}
"""Columns recomputed from the name on arrival, whatever the package says."""


def derive_columns(tables: dict[str, TableRows]) -> dict[str, TableRows]:
    """Recompute the stored derived columns with the functions the forms use.

    The search and sort keys are never taken from a package: a crafted key would make
    "Trần Thị Bưởi" answer a search for "ho chi minh". The member search indexes follow
    the recomputed key (their triggers read the stored column).
    """
    members = tables.get("members")
    if members is None or not members.rows or "full_name" not in members.columns:
        return tables
    columns = list(members.columns)
    for column in DERIVED["members"]:
        if column not in columns:
            columns.append(column)
    name_at = columns.index("full_name")
    targets = [(columns.index(c), c) for c in DERIVED["members"]]
    width = len(members.columns)
    rows: list[tuple[Any, ...]] = []
    for row in members.rows:
        values = list(row) + [None] * (len(columns) - width)
        derived = name_columns(values[name_at])
        for at, column in targets:
            values[at] = derived[column]
        rows.append(tuple(values))
    return tables | {"members": TableRows(name="members", columns=tuple(columns), rows=rows)}


def _owners_of(session: Session, name: str, ids: Sequence[str]) -> dict[str, str]:
    cursor = dialect_of(session).raw_cursor(session)
    found: dict[str, str] = {}
    try:
        for start in range(0, len(ids), LOOKUP_BATCH):
            batch = ids[start : start + LOOKUP_BATCH]
            marks = ",".join("?" * len(batch))
            sql = f'SELECT id, owner_unit_id FROM "{name}" WHERE id IN ({marks})'
            found.update(cursor.execute(sql, batch).fetchall())
    finally:
        cursor.close()
    return found


def _stage_table(
    session: Session, name: str, where: str, rows: TableRows, sender: str, recipient: str,
    sender_label: str,
) -> _TableStage:
    stage = _TableStage(rows=rows)
    ours = columns_of(name)
    _all_columns, existing_rows = read_scope(session, name, where, sender, recipient)
    project = [ours.index(c) for c in rows.columns]
    ours_id = ours.index("id")
    existing = {row[ours_id]: tuple(row[i] for i in project) for row in existing_rows}
    id_at = rows.columns.index("id")
    deleted_at = rows.columns.index("deleted_at") if "deleted_at" in rows.columns else None
    ours_deleted = ours.index("deleted_at")
    unknown: list[tuple[Any, ...]] = []
    for row in rows.rows:
        before = existing.get(row[id_at])
        if before is None:
            unknown.append(row)
        elif before != row:
            stage.changed.append(row)
            if deleted_at is not None and row[deleted_at] and not before[deleted_at]:
                stage.removed_in_package += 1
        else:
            stage.unchanged += 1
    if unknown:
        owners = _owners_of(session, name, [row[id_at] for row in unknown])
        for row in unknown:
            owner = owners.get(row[id_at])
            if owner is None:
                stage.new.append(row)
            elif owner == sender:
                stage.changed.append(row)
            else:
                raise outside_scope(sender_label, KIND_LABELS[name])
    incoming = {row[id_at] for row in rows.rows}
    stage.absent = [
        row[ours_id]
        for row in existing_rows
        if row[ours_id] not in incoming and row[ours_deleted] is None
    ]
    stage.expected_after = len(incoming | existing.keys())
    return stage


def _stage_tables(
    session: Session, tables: dict[str, TableRows], direction: Direction, sender: str,
    recipient: str, sender_label: str,
) -> dict[str, _TableStage]:
    scope = scope_for(direction)
    stages = {}
    for name in ordered(scope):
        if direction is Direction.BRANCH_UP and name == "members":
            continue  # the commune's records, merged field by field (branch_members)
        rows = tables.get(name)
        if rows is None:
            rows = TableRows(name=name, columns=columns_of(name), rows=[])
        stages[name] = _stage_table(
            session, name, scope[name], rows, sender, recipient, sender_label
        )
    if direction is Direction.BRANCH_DOWN and "members" in stages:
        _keep_unsent_branch_edits(session, stages["members"], sender, recipient)
    return stages


def _keep_unsent_branch_edits(
    session: Session, stage: _TableStage, sender: str, recipient: str
) -> None:
    """Keep, on a branch site, members it changed since the commune's last package.

    Those changes may not have reached the commune yet: overwriting them would lose
    them. The branch's next package carries them up, the commune merges them
    (:mod:`db.sync.branch_members`) and its next package, newer than the edit, brings
    the merged record.
    """
    columns = stage.rows.columns
    if not stage.changed or "updated_at" not in columns:
        return
    received = session.execute(
        text("SELECT last_received_at FROM sync_peers WHERE unit_id = :sender"),
        {"sender": sender},
    ).scalar()
    if received is None:
        return
    id_at, updated_at = columns.index("id"), columns.index("updated_at")
    local: dict[str, Any] = {
        member_id: updated for member_id, updated in session.execute(
            text("SELECT id, updated_at FROM members WHERE owner_unit_id = :sender AND "
                 "branch_id = :recipient"), {"sender": sender, "recipient": recipient},
        )
    }
    kept = [row for row in stage.changed
            if row[id_at] in local and str(local[row[id_at]]) >= str(received)
            and str(local[row[id_at]]) >= str(row[updated_at])]
    if kept:
        stage.changed = [row for row in stage.changed if row not in kept]
        stage.unchanged += len(kept)


def _stage(session: Session, opened: _Opened) -> dict[str, _TableStage]:
    return _stage_tables(
        session, opened.tables, opened.direction, opened.sender.id, opened.site.unit_id,
        opened.envelope.header.sender.name,
    )


def _active_members(session: Session, commune_id: str) -> int:
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM members WHERE commune_id = :c AND "
                f"{live_sql()} AND status = 'active'"
            ),
            {"c": commune_id},
        ).scalar_one()
    )


def _warnings(session: Session, opened: _Opened, stages: dict[str, _TableStage]) -> list[str]:
    warnings: list[str] = []
    members = opened.tables.get("members")
    if opened.direction is Direction.UP and members is not None:
        deleted = members.columns.index("deleted_at")
        status = members.columns.index("status") if "status" in members.columns else None
        after = sum(
            1 for row in members.rows
            if row[deleted] is None and (status is None or row[status] == "active")
        )
        before = _active_members(session, opened.sender.id)
        if before and after < before * HALF:
            warnings.append(
                f"Số hội viên đang sinh hoạt giảm hơn một nửa: từ {before:,} xuống {after:,}. "
                "Hãy hỏi lại xã trước khi nhập.".replace(",", ".")
            )
        if before == 0 and after == 0:
            warnings.append("Gói không có hội viên nào.")
    certificates = stages.get("certificates")
    if certificates is not None and (gone := certificates.removed_in_package
                                     + len(certificates.absent)):
        warnings.append(
            f"Gói xóa {gone} giấy chứng nhận đã có ở đây (giấy chứng nhận thường chỉ bị thu "
            "hồi, không bị xóa). Hãy hỏi lại đơn vị gửi trước khi nhập."
        )
    removed = sum(s.removed_in_package + len(s.absent) for s in stages.values())
    if removed > 1000:
        warnings.append(f"Gói xóa {removed:,} bản ghi.".replace(",", "."))
    created = opened.envelope.header.created_at
    try:
        age = utc_now() - dt.datetime.fromisoformat(created)
    except ValueError:
        age = dt.timedelta()
    if age > dt.timedelta(days=92):
        warnings.append(f"Gói được tạo từ {age.days} ngày trước; có thể đã có gói mới hơn.")
    return warnings


def _preview(opened: _Opened, stages: dict[str, _TableStage], warnings: list[str],
             file_name: str) -> ImportPreview:
    header = opened.envelope.header
    kinds = tuple(
        KindChange(
            table=name,
            label=KIND_LABELS[name],
            new=len(s.new),
            changed=len(s.changed) - s.removed_in_package,
            removed=s.removed_in_package + len(s.absent),
            unchanged=s.unchanged,
        )
        for name, s in stages.items()
        if s.rows.rows or s.absent
    )
    return ImportPreview(
        file_name=file_name,
        direction=opened.direction,
        sender_code=header.sender.code,
        sender_name=header.sender.name,
        generation=header.generation,
        previous_generation=opened.peer.last_generation_received,
        created_at=header.created_at,
        fingerprint=fingerprint(header.sender_keys),
        needs_key_confirmation=opened.needs_key_confirmation,
        kinds=kinds,
        warnings=tuple(warnings),
        acknowledges=opened.manifest.acknowledges,
    )


def preview_package(session: Session, data: bytes, file_name: str = "") -> ImportPreview:
    """Check a package and say what importing it would change, without changing anything.

    Raises:
        PackageRefusedError: any refusal (see :mod:`db.sync.errors`).
    """
    opened = _open(session, data)
    stages = _stage(session, opened)
    return _preview(opened, stages, _warnings(session, opened, stages), file_name)


def _units_parents_first(
    rows: list[tuple[Any, ...]], columns: Sequence[str]
) -> list[tuple[Any, ...]]:
    id_at, parent_at = columns.index("id"), columns.index("parent_id")
    pending = {row[id_at]: row for row in rows}
    ordered_rows: list[tuple[Any, ...]] = []
    while pending:
        ready = [row for row in pending.values() if row[parent_at] not in pending]
        if not ready:
            ready = list(pending.values())
        for row in ready:
            ordered_rows.append(row)
            del pending[row[id_at]]
    return ordered_rows


def _members_written(stages: dict[str, _TableStage]) -> list[str]:
    """Return the keys of every member the stages insert, change or mark removed."""
    stage = stages.get("members")
    if stage is None:
        return []
    id_at = stage.rows.columns.index("id")
    return [row[id_at] for row in stage.new + stage.changed] + stage.absent


def _write(session: Session, stages: dict[str, _TableStage], now: str) -> None:
    dialect = dialect_of(session)
    cursor = dialect.raw_cursor(session)
    try:
        # A commune's package writes thousands of members at once: the search
        # indexes are brought up to date once for the whole package.
        with dialect.deferred_member_search(session, _members_written(stages)):
            _write_stages(dialect, cursor, stages, now)
    finally:
        cursor.close()


def _write_stages(
    dialect: Dialect, cursor: RawCursor, stages: dict[str, _TableStage], now: str
) -> None:
    for name, stage in stages.items():
        columns = stage.rows.columns
        if stage.absent:
            cursor.executemany(
                f'UPDATE "{name}" SET deleted_at = ?, updated_at = ?, version = version + 1 '
                "WHERE id = ?",
                [(now, now, record_id) for record_id in stage.absent],
            )
        if name == "units":
            # Branches may hang under branches: insert parents before children.
            rows = _units_parents_first(stage.new + stage.changed, columns)
            cursor.executemany(dialect.insert_sql(name, columns, on_conflict="update"), rows)
            continue
        if stage.new:
            dialect.insert_new(cursor, name, columns, stage.new)
        if stage.changed:
            cursor.executemany(dialect.insert_sql(name, columns, on_conflict="update"),
                               stage.changed)


def _apply_stages(
    session: Session, stages: dict[str, _TableStage], direction: Direction, sender: str,
    recipient: str, sender_label: str, moment: dt.datetime,
) -> None:
    try:
        _write(session, stages, moment.strftime("%Y-%m-%d %H:%M:%S.%f"))
    except IntegrityError as error:
        raise OutOfScopeError(_integrity_message(sender_label, error)) from error
    except dialect_of(session).integrity_errors as error:  # the driver's own, raw
        raise OutOfScopeError(_integrity_message(sender_label, error)) from error
    scope = scope_for(direction)
    for name, stage in stages.items():
        count = session.execute(
            text(f'SELECT count(*) FROM "{name}" WHERE {scope[name]}'),
            {"sender": sender, "recipient": recipient},
        ).scalar_one()
        if count != stage.expected_after:
            raise DamagedPackageError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Sau khi nhập, số {kind} không khớp với bảng kê của gói. Việc nhập đã được "
                    "hủy; dữ liệu không thay đổi.",
                ),
                kind=KIND_LABELS[name].lower(),
            )


def apply_tables(
    session: Session, tables: dict[str, TableRows], direction: Direction, sender: str,
    recipient: str, sender_label: str, moment: dt.datetime,
) -> None:
    """Replace the sender's part with checked tables (used by enrollment)."""
    stages = _stage_tables(session, tables, direction, sender, recipient, sender_label)
    _apply_stages(session, stages, direction, sender, recipient, sender_label, moment)


def import_package(
    session: Session,
    data: bytes,
    file_name: str = "",
    *,
    accept_key: bool = False,
    now: dt.datetime | None = None,
) -> ImportPreview:
    """Import a package in the caller's transaction and return what it changed.

    Args:
        session: a writing session; the caller commits (or rolls back on any error).
        data: the file's bytes.
        file_name: shown in messages and the trail.
        accept_key: the operator compared the fingerprint of a first package with the
            one on the sender's screen (needed only for a sender's first package).
        now: the time recorded as "last received".

    Raises:
        PackageRefusedError: any refusal; nothing was written.
        KeyNotConfirmedError: a first package whose key the operator has not confirmed.
    """
    moment = now or utc_now()
    opened = _open(session, data)
    if opened.needs_key_confirmation and not accept_key:
        raise KeyNotConfirmedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là gói đầu tiên của {name}. Hãy so mã nhận diện {keys} với mã trên màn hình "
                "của đơn vị gửi, rồi xác nhận. Dữ liệu chưa thay đổi.",
            ),
            name=opened.envelope.header.sender.name,
            keys=fingerprint(opened.keys),
        )
    stages = _stage(session, opened)
    preview = _preview(opened, stages, _warnings(session, opened, stages), file_name)
    if opened.issuers is not None and opened.site.parent_unit_id == opened.sender.id:
        store_issuers(session, opened.issuers, opened.sender.code, opened.site.unit_code, moment)
    _apply_stages(
        session, stages, opened.direction, opened.sender.id, opened.site.unit_id,
        opened.envelope.header.sender.name, moment,
    )
    if opened.direction is Direction.BRANCH_UP and "members" in opened.tables:
        merge_branch_members(session, opened.tables["members"], opened.sender.id,
                             opened.site.unit_id, moment.strftime("%Y-%m-%d %H:%M:%S.%f"))
    after_import(session, opened.direction, opened.sender.id, opened.site.unit_id,
                 moment.date())
    _record(session, opened, preview, moment)
    return preview


def _integrity_message(sender_label: str, error: Exception) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "DbErrors",
        "Gói của {name} không khớp với dữ liệu ở đây ({detail}). Có thể cần nhập một gói "
        "khác trước (ví dụ tệp đăng ký hoặc gói của cấp trên). Gói bị từ chối; dữ liệu "
        "không thay đổi."), {"name": sender_label, "detail": str(error).splitlines()[0][:120]})


def _record(session: Session, opened: _Opened, preview: ImportPreview, moment: dt.datetime) -> None:
    peer = opened.peer
    header = opened.envelope.header
    if opened.needs_key_confirmation:
        peer.signing_public_key = opened.keys.signing
        peer.encryption_public_key = opened.keys.encryption
        peer.pinned_at = moment
    previous = peer.last_generation_received
    peer.last_generation_received = header.generation
    peer.last_received_at = moment
    # What the other side says it holds from us: our next package is numbered above it
    # even if this database was restored from an older backup.
    peer.acknowledged_generation = max(peer.acknowledged_generation, opened.manifest.acknowledges)
    session.flush()
    record_bulk(
        session, "sync_peers", [peer.id], "sync_import",
        {"generation": [previous, header.generation], "sender": [None, header.sender.code],
         "records": [None, sum(k.new + k.changed + k.removed for k in preview.kinds)]},
        opened.site.unit_id,
    )
