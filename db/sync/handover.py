"""The handover package: a merged (or split-off) commune's first register, from above.

After a merge (:mod:`db.unit_merge`) the upper level holds the new commune's register:
its members, branches and women counts, owned by the upper level's office until the new
commune's office has them. The new office starts as any commune does (the enrollment
file, then its first package up, which gives the upper level its key); the upper level
then writes this one package, encrypted for that key. It carries what a downward package
carries, the register (handed over: from now on the commune owns it and sends it up
like its own records) and the old communes' history (meetings, courses, certificates,
posts held, status history) under their original units, so that certificates verify
and past reports read the same at the new office.

A separate direction (``handover``) keeps the ordinary import from ever taking it for an
everyday package: everyday packages never carry members downward.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.audit import record_bulk
from db.dialects import dialect_of
from db.engine import head_revision
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.models import Member, Unit, utc_now
from db.rules import live
from db.site import get_site
from db.sync import payload
from db.sync.container import KIND_PACKAGE, open_body, open_envelope, seal
from db.sync.errors import (
    AlreadyImportedError,
    ImplausibleGenerationError,
    KeyChangedError,
    OutOfScopeError,
    SyncNotReadyError,
    UnknownSenderError,
    WrongRecipientError,
)
from db.sync.export import ExportResult, plausible_acknowledgement
from db.sync.files import make_folder, write_file_atomically
from db.sync.importer import (
    MAX_GENERATION_JUMP,
    ImportPreview,
    KindChange,
    check_recipient,
    derive_columns,
)
from db.sync.keys import fingerprint, site_keys
from db.sync.peers import commune_peer, party, peer_for, peer_keys, site_row, stamp
from db.sync.tables import (
    CATALOGS,
    DOWNWARD_SCOPE,
    KIND_LABELS,
    ORDER,
    Direction,
    TableRows,
    outside_scope,
    read_scope,
)

_OLD: Final = ("(SELECT id FROM units WHERE merged_into_id = :recipient "
               "AND level = 'commune')")

REGISTER_SCOPE: Final = {
    "units": "owner_unit_id = :recipient AND parent_id = :recipient",
    "unit_populations": "owner_unit_id = :recipient",
    "members": "owner_unit_id = :recipient",
    "qualifications": "owner_unit_id = :recipient",
    "training_needs": "owner_unit_id = :recipient",
}
"""The register handed over: records the new commune owns from the handover on."""

HISTORY_SCOPE: Final = {
    name: f"owner_unit_id IN {_OLD}"
    for name in ORDER if name not in CATALOGS and name != "audit_events"
} | {"units": f"owner_unit_id IN {_OLD} OR id IN {_OLD}"}
"""The old communes' records, kept under their own units (read only at the new office)."""

_SPLIT_FROM: Final = (
    "(SELECT parent_id FROM units WHERE level = 'branch' AND merged_into_id IN "
    "(SELECT id FROM units WHERE parent_id = :recipient))"
)
_MOVED: Final = "(SELECT id FROM members WHERE commune_id = :recipient)"
_THEIRS: Final = f"owner_unit_id IN {_SPLIT_FROM} AND member_id IN {_MOVED}"
_THEIR_COURSES: Final = (
    f"owner_unit_id IN {_SPLIT_FROM} AND id IN (SELECT course_id FROM participations "
    f"WHERE {_THEIRS})"
)

SPLIT_SCOPE: Final = {
    "units": f"owner_unit_id IN {_SPLIT_FROM} OR id IN {_SPLIT_FROM}",
    "member_status_events": _THEIRS,
    "posts": _THEIRS,
    "courses": _THEIR_COURSES,
    "course_topics": f"course_id IN (SELECT id FROM courses WHERE {_THEIR_COURSES})",
    "funding_lines": f"course_id IN (SELECT id FROM courses WHERE {_THEIR_COURSES})",
    "participations": _THEIRS,
    "session_attendances": f"participation_id IN (SELECT id FROM participations WHERE {_THEIRS})",
    "certificates": f"participation_id IN (SELECT id FROM participations WHERE {_THEIRS})",
    "attendances": _THEIRS,
    "meetings": (f"owner_unit_id IN {_SPLIT_FROM} AND id IN "
                 f"(SELECT meeting_id FROM attendances WHERE {_THEIRS})"),
}
"""A commune that gave some of its branches: only its history of the people who moved."""


_HELD: Final = {
    "units": "level IN ('branch', 'group') AND parent_id = :recipient",
    "members": "commune_id = :recipient",
    "qualifications": "member_id IN (SELECT id FROM members WHERE commune_id = :recipient)",
    "training_needs": "member_id IN (SELECT id FROM members WHERE commune_id = :recipient)",
    "unit_populations": ("unit_id IN (SELECT id FROM units WHERE parent_id = :recipient "
                         "AND level IN ('branch', 'group'))"),
}
"""The records this office holds for a new commune until the handover."""


@dataclass(frozen=True)
class HandoverResult:
    """What a handover package carried (or brought, on the commune's side)."""

    sender_name: str
    generation: int
    counts: dict[str, int]


def handover_name(sender_code: str, recipient_code: str, on: dt.date, generation: int) -> str:
    """Return a handover package's file name."""
    return (f"SoHoi_{sender_code}_ban_giao_so_{recipient_code}_{on:%Y-%m-%d}"
            f"_lan{generation:04d}.sohoi")


def holds_register_for(session: Session, commune_code: str) -> bool:
    """Tell whether this upper level holds members for a commune, not handed over yet.

    The sync page then writes the handover package when the officer sends that commune
    its package: the first package a merged commune receives carries its register.
    """
    site = get_site(session)
    if not site.is_upper:
        return False
    return session.scalar(
        select(Member.id).join(Unit, Unit.id == Member.commune_id).where(
            Unit.code == commune_code, Unit.official.is_(True),
            Member.owner_unit_id == site.unit_id,
        ).limit(1)
    ) is not None


def write_handover(
    session: Session, commune_code: str, folder: Path, now: dt.datetime | None = None
) -> ExportResult:
    """Hand the register held for a new commune over to it, and write the package.

    Runs in the caller's transaction: the records change owner in the same transaction
    that writes the file, so a failed write changes nothing. Writing it again later (a
    lost file) carries the same register again.

    Raises:
        UserError: not an upper level, nothing held for this commune, or the commune's
            first package (its key) has not arrived yet.
    """
    moment = now or utc_now()
    site = get_site(session)
    if not site.is_upper:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Chỉ cấp trên mới giao sổ cho xã mới."))
    recipient, peer = commune_peer(session, site, commune_code)
    keys = peer_keys(peer)
    if keys is None:
        raise SyncNotReadyError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chưa nhận gói đầu tiên của {name} nên chưa có khóa để mã hóa sổ gửi xuống. Hãy "
                "cho xã nhập tệp đăng ký, gửi gói đầu tiên lên, rồi giao sổ.",
            ),
            name=party(recipient).name,
        )
    params = {"sender": site.unit_id, "recipient": recipient.id}
    for name, where in _HELD.items():
        session.execute(
            text(f'UPDATE "{name}" SET owner_unit_id = :recipient, version = version + 1 '
                 f"WHERE owner_unit_id = :sender AND {where}"),
            params,
        )
    session.flush()
    if not session.scalar(
        select(func.count()).select_from(Member).where(Member.commune_id == recipient.id,
                                                       live(Member))
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cấp trên không giữ sổ hội viên nào chờ giao cho {name}.",
            ),
            name=recipient.name,
        )
    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = {}
    for name in ORDER:
        columns: tuple[str, ...] = ()
        rows: dict[Any, tuple[Any, ...]] = {}
        for scope in (DOWNWARD_SCOPE, REGISTER_SCOPE, HISTORY_SCOPE, SPLIT_SCOPE):
            if name in scope:
                columns, found = read_scope(session, name, scope[name], site.unit_id,
                                            recipient.id)
                at = columns.index("id")
                rows.update((row[at], row) for row in found)
        if rows:
            tables[name] = (columns, list(rows.values()))
    generation = max(peer.last_generation_sent, plausible_acknowledgement(peer)) + 1
    row = site_row(session)
    row.last_generation = max(row.last_generation, generation)
    sender = session.get_one(Unit, site.unit_id)
    data = seal(
        kind=KIND_PACKAGE, sender=party(sender), keys=site_keys(session),
        recipient=party(recipient), recipient_encryption_key=keys.encryption,
        generation=generation, created_at=stamp(moment), schema=head_revision(),
        payload=payload.encode(Direction.HANDOVER, peer.last_generation_received, tables),
    )
    peer.last_generation_sent = generation
    peer.last_sent_at = moment
    make_folder(folder)
    target = folder / handover_name(sender.code, recipient.code, moment.date(), generation)
    write_file_atomically(target, data)
    open_envelope(target.read_bytes())
    session.flush()
    return ExportResult(
        path=target, recipient_code=recipient.code, recipient_name=party(recipient).name,
        generation=generation, counts={n: len(r) for n, (_c, r) in tables.items()},
        size_bytes=len(data),
    )


@dataclass(frozen=True)
class _Opened:
    site_unit_id: str
    sender_id: str
    sender_label: str
    generation: int
    acknowledges: int
    previous: int
    created_at: str
    fingerprint: str
    sender_code: str
    tables: dict[str, TableRows]


def _open(session: Session, data: bytes) -> _Opened:
    """Check a handover package at the new commune's office; nothing is written.

    Raises:
        PackageRefusedError: any refusal.
        UserError: this office already has members.
    """
    envelope = open_envelope(data)
    header = envelope.header
    site = get_site(session)
    if header.kind != KIND_PACKAGE or site.is_upper:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói giao sổ chỉ nhập được ở máy của xã mới.",
            ),
        )
    check_recipient(session, envelope, site)
    peer = peer_for(session, header.sender.unit_id)
    pinned = None if peer is None else peer_keys(peer)
    if peer is None or pinned is None or site.parent_unit_id != header.sender.unit_id:
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói đến từ {name}, không phải cấp trên đã đăng ký của {union_name}. Dữ liệu "
                "không thay đổi.",
            ),
            name=header.sender.name,
            union_name=site.union_name,
        )
    if pinned != header.sender_keys:
        raise KeyChangedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Khóa của {name} khác với khóa đã đăng ký. Hãy gọi điện cho cấp trên. Dữ liệu "
                "không thay đổi.",
            ),
            name=header.sender.name,
        )
    if header.generation <= peer.last_generation_received:
        raise AlreadyImportedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói lần {generation} của {name} đã cũ hoặc đã được nhập trước đây; không có gì "
                "thay đổi.",
            ),
            generation=header.generation,
            name=header.sender.name,
        )
    if header.generation > peer.last_generation_received + MAX_GENERATION_JUMP:
        raise ImplausibleGenerationError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói của {name} mang số lần không hợp lệ. Dữ liệu không thay đổi.",
            ),
            name=header.sender.name,
        )
    decoded = payload.decode(open_body(envelope, site_keys(session)))
    if decoded.manifest.direction is not Direction.HANDOVER:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là gói dữ liệu thường, không phải gói giao sổ: hãy dùng nút “Nhập gói dữ "
                "liệu”. Dữ liệu không thay đổi.",
            ),
        )
    if session.scalar(select(func.count()).select_from(Member).where(live(Member))):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{union_name} đã có hội viên trong sổ; gói giao sổ chỉ nhập vào sổ còn trống. Dữ "
                "liệu không thay đổi.",
            ),
            union_name=site.union_name,
        )
    tables = derive_columns(decoded.tables)
    _check_owners(tables, header.sender.unit_id, site.unit_id, header.sender.name)
    return _Opened(
        site_unit_id=site.unit_id, sender_id=header.sender.unit_id,
        sender_label=header.sender.name, generation=header.generation,
        acknowledges=decoded.manifest.acknowledges, previous=peer.last_generation_received,
        created_at=header.created_at, fingerprint=fingerprint(header.sender_keys),
        sender_code=header.sender.code, tables=tables,
    )


def preview_handover(session: Session, data: bytes, file_name: str = "") -> ImportPreview:
    """Check a handover package and say what it brings, as the import page shows it.

    Every record is new here (the register is empty), so each kind counts as new.

    Raises:
        PackageRefusedError: any refusal.
        UserError: this office already has members.
    """
    opened = _open(session, data)
    return ImportPreview(
        file_name=file_name, direction=Direction.HANDOVER, sender_code=opened.sender_code,
        sender_name=opened.sender_label, generation=opened.generation,
        previous_generation=opened.previous, created_at=opened.created_at,
        fingerprint=opened.fingerprint, needs_key_confirmation=False,
        kinds=tuple(
            KindChange(table=name, label=KIND_LABELS[name], new=len(rows.rows), changed=0,
                       removed=0, unchanged=0)
            for name, rows in opened.tables.items() if rows.rows
        ),
        warnings=(), acknowledges=opened.acknowledges,
    )


def import_handover(
    session: Session, data: bytes, now: dt.datetime | None = None
) -> HandoverResult:
    """Import the handover package at the new commune's office, in one transaction.

    Everything is checked before anything is written: the sender is this commune's
    enrolled upper level with its pinned key, the package is newer than the last one,
    and every record belongs either to this commune (its register), to the upper level
    (catalogs, its own units and courses) or to an old commune the package itself names
    as merged into this one (history). The register must still be empty here: a
    handover never overwrites an office's own work.

    Raises:
        PackageRefusedError: any refusal; nothing was written.
        UserError: this office already has members.
    """
    moment = now or utc_now()
    opened = _open(session, data)
    broken: tuple[type[Exception], ...] = (IntegrityError, *dialect_of(session).integrity_errors)
    try:
        _write(session, opened.tables)
    except broken as error:
        raise OutOfScopeError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói giao sổ của {sender_label} không khớp với dữ liệu ở đây ({detail}). Dữ "
                "liệu không thay đổi.",
            ),
            sender_label=opened.sender_label,
            detail=str(error).splitlines()[0][:120],
        ) from error
    peer = peer_for(session, opened.sender_id)
    assert peer is not None
    peer.last_generation_received = opened.generation
    peer.last_received_at = moment
    peer.acknowledged_generation = max(peer.acknowledged_generation, opened.acknowledges)
    session.flush()
    counts = {name: len(rows.rows) for name, rows in opened.tables.items()}
    record_bulk(
        session, "sync_peers", [peer.id], "sync_import",
        {"generation": [opened.previous, opened.generation],
         "sender": [None, opened.sender_code], "records": [None, sum(counts.values())]},
        opened.site_unit_id,
    )
    return HandoverResult(opened.sender_label, opened.generation, counts)


def _column(rows: TableRows, row: tuple[Any, ...], column: str) -> Any:
    return row[rows.columns.index(column)] if column in rows.columns else None


def _check_owners(
    tables: Mapping[str, TableRows], sender: str, recipient: str, label: str
) -> None:
    """Refuse any record that is neither the commune's, the upper level's nor history."""
    units = tables.get("units")
    old: set[str] = set()
    if units is not None:
        # Old communes: merged into this one, or (a split) whose branches were.
        own_branches = {_column(units, row, "id") for row in units.rows
                        if _column(units, row, "owner_unit_id") == recipient}
        gave = {_column(units, row, "parent_id") for row in units.rows
                if _column(units, row, "merged_into_id") in own_branches}
        old = {
            _column(units, row, "id") for row in units.rows
            if _column(units, row, "level") == "commune"
            and (_column(units, row, "merged_into_id") == recipient
                 or _column(units, row, "id") in gave)
            and _column(units, row, "owner_unit_id") == sender
            and _column(units, row, "official")
        }
    for name, rows in tables.items():
        allowed = {sender} if name in CATALOGS else {sender, recipient} | old
        for row in rows.rows:
            owner = _column(rows, row, "owner_unit_id")
            if owner not in allowed:
                raise outside_scope(label, KIND_LABELS[name])
            if name == "members" and owner != sender and _column(rows, row, "commune_id") != owner:
                raise outside_scope(label, KIND_LABELS[name])
            if name == "units" and not _unit_allowed(rows, row, sender, recipient, old):
                raise outside_scope(label, KIND_LABELS[name])


def _unit_allowed(
    rows: TableRows, row: tuple[Any, ...], sender: str, recipient: str, old: set[str]
) -> bool:
    owner, unit_id = _column(rows, row, "owner_unit_id"), _column(rows, row, "id")
    official = bool(_column(rows, row, "official"))
    if owner == sender:
        return official and (unit_id in {sender, recipient} or unit_id in old)
    return not official and _column(rows, row, "level") in ("branch", "group")


def _units_first(rows: TableRows) -> list[tuple[Any, ...]]:
    """Order units so that a parent, and a unit merged into, come before the unit."""
    id_at = rows.columns.index("id")
    links = [rows.columns.index(c) for c in ("parent_id", "merged_into_id") if c in rows.columns]
    pending = {row[id_at]: row for row in rows.rows}
    ordered: list[tuple[Any, ...]] = []
    while pending:
        ready = [row for row in pending.values()
                 if not any(row[at] in pending and row[at] != row[id_at] for at in links)]
        for row in ready or list(pending.values()):
            ordered.append(row)
            del pending[row[id_at]]
    return ordered


def _write(session: Session, tables: Mapping[str, TableRows]) -> None:
    dialect = dialect_of(session)
    cursor = dialect.raw_cursor(session)
    try:
        for name in ORDER:
            rows = tables.get(name)
            if rows is None or not rows.rows:
                continue
            values: Sequence[tuple[Any, ...]] = (
                _units_first(rows) if name == "units" else rows.rows
            )
            cursor.executemany(dialect.insert_sql(name, rows.columns, on_conflict="update"),
                               values)
    finally:
        cursor.close()

