"""Making a package: a snapshot of this site's part for one recipient.

Upward, a commune sends everything it owns to its upper level. Downward, the upper
level sends each commune the published catalogs and whatever of its own courses
concerns that commune's people, with an acknowledgement of the last generation it
received from the commune (docs/ARCHITECTURE.md §6).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db.engine import head_revision
from db.errors import QT_TRANSLATE_NOOP
from db.models import SyncPeer, Unit, utc_now
from db.site import get_site
from db.sync import payload
from db.sync.container import KIND_PACKAGE, open_envelope, seal
from db.sync.errors import SyncNotReadyError
from db.sync.files import make_folder, package_name, write_file_atomically
from db.sync.importer import MAX_GENERATION_JUMP
from db.sync.issuers import issuer_entries
from db.sync.keys import site_keys
from db.sync.peers import branch_peer, commune_peer, party, peer_keys, site_row, stamp, upper_peer
from db.sync.tables import Direction, ordered, read_scope, scope_for


@dataclass(frozen=True)
class ExportResult:
    """A package written and checked."""

    path: Path
    recipient_code: str
    recipient_name: str
    generation: int
    counts: dict[str, int]
    size_bytes: int


def build_package(
    session: Session, recipient_code: str | None, now: dt.datetime
) -> tuple[bytes, str, ExportResult]:
    """Build the package bytes for one recipient and record it as sent.

    Runs inside the caller's write transaction: the generation is taken and the peer's
    "last sent" updated in the same transaction that reads the snapshot, so that a
    failed write (the caller rolls back) does not use up a generation.

    Returns:
        The bytes, the file name, and what to report (``path`` is only the name).

    Raises:
        SyncNotReadyError: not enrolled yet, or the commune's key is not known yet.
        UnknownSenderError: the commune is not enrolled here.
    """
    site = get_site(session)
    sender = session.get_one(Unit, site.unit_id)
    if site.is_upper:
        if recipient_code is None:
            raise SyncNotReadyError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Hãy chọn xã cần gửi gói dữ liệu.",
                ),
            )
        recipient, peer = commune_peer(session, site, recipient_code)
        direction = Direction.DOWN
    elif recipient_code is not None:
        # A commune's package for one of its branch sites (docs/ARCHITECTURE.md §6).
        recipient, peer = branch_peer(session, site, recipient_code)
        direction = Direction.BRANCH_DOWN
    elif site.is_branch:
        recipient, peer = upper_peer(session, site)
        direction = Direction.BRANCH_UP
    else:
        recipient, peer = upper_peer(session, site)
        direction = Direction.UP
    keys = peer_keys(peer)
    if keys is None:
        raise SyncNotReadyError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chưa nhận gói nào từ {name} nên chưa có khóa để mã hóa gói gửi xuống. Hãy nhập "
                "gói của xã trước.",
            ),
            name=party(recipient).name,
        )
    # Numbered per recipient, so that each office sees its own files as 1, 2, 3…; never
    # below what the recipient says it already has, so a site restored from an old
    # backup does not send numbers the other side would refuse as already imported.
    generation = max(peer.last_generation_sent, plausible_acknowledgement(peer)) + 1
    row = site_row(session)
    row.last_generation = max(row.last_generation, generation)
    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = {}
    scope = scope_for(direction)
    for name in ordered(scope):
        tables[name] = read_scope(session, name, scope[name], sender.id, recipient.id)
    issuers = issuer_entries(session, recipient.id) if direction is Direction.DOWN else None
    body = payload.encode(direction, peer.last_generation_received, tables, issuers)
    data = seal(
        kind=KIND_PACKAGE,
        sender=party(sender),
        keys=site_keys(session),
        recipient=party(recipient),
        recipient_encryption_key=keys.encryption,
        generation=generation,
        created_at=stamp(now),
        schema=head_revision(),
        payload=body,
    )
    peer.last_generation_sent = generation
    peer.last_sent_at = now
    counts = {name: len(rows) for name, (_columns, rows) in tables.items()}
    name = package_name(sender.code, recipient.code, now.date(), generation)
    result = ExportResult(
        path=Path(name),
        recipient_code=recipient.code,
        recipient_name=party(recipient).name,
        generation=generation,
        counts=counts,
        size_bytes=len(data),
    )
    return data, name, result


def plausible_acknowledgement(peer: SyncPeer) -> int:
    """Return the peer's acknowledgement, repaired if an old import stored a crafted one.

    Imports refuse an acknowledgement far above what was sent
    (:data:`db.sync.importer.MAX_GENERATION_JUMP`), but a database may hold one from
    before that rule: 2^63-1 would make the next generation overflow SQLite's integers
    and stop every export. Such a value is set back to the last generation sent.
    """
    if peer.acknowledged_generation > peer.last_generation_sent + MAX_GENERATION_JUMP:
        peer.acknowledged_generation = peer.last_generation_sent
    return peer.acknowledged_generation


def export_package(
    session: Session,
    folder: Path,
    recipient_code: str | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Write this site's package for one recipient into ``folder``.

    The file is written beside its final name, flushed, renamed and read back (see
    :mod:`db.sync.files`); the signature of what landed is checked once more.

    Raises:
        UserError: the folder cannot be written, or any refusal of :func:`build_package`.
    """
    moment = now or utc_now()
    data, name, result = build_package(session, recipient_code, moment)
    make_folder(folder)
    target = folder / name
    write_file_atomically(target, data)
    open_envelope(target.read_bytes())
    return ExportResult(
        path=target,
        recipient_code=result.recipient_code,
        recipient_name=result.recipient_name,
        generation=result.generation,
        counts=result.counts,
        size_bytes=result.size_bytes,
    )


def exportable_communes(session: Session) -> list[str]:
    """Return the codes of the communes an upper level can send packages to now."""
    from sqlalchemy import select

    from db.models import SyncPeer

    rows = session.execute(
        select(Unit.code)
        .join(SyncPeer, SyncPeer.unit_id == Unit.id)
        .where(SyncPeer.encryption_public_key.is_not(None))
        .order_by(Unit.sort_key)
    ).scalars()
    return list(rows)
