"""Enrollment: the one file an upper level gives each commune before any package.

It carries the upper level's public keys, the commune's identity, and the catalogs the
upper level publishes (topics, targets, standards). The commune imports it once: from
then on it accepts packages signed by that key only, and encrypts its own packages for
it. The file is signed but not encrypted (the commune has no shared key yet, and
nothing in it is personal); the commune's operator compares its fingerprint with the
one on the upper level's screen. Importing it into an empty database sets the site up
as that commune, so a new office can start from the file alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import catalog
from db.engine import head_revision
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.models import SyncPeer, Unit, UnitLevel, utc_now
from db.rules import live
from db.site import ensure_official_unit, find_site, get_site, init_branch_site, init_site
from db.sync import payload
from db.sync.authority import check_authority
from db.sync.container import KIND_ENROLLMENT, Envelope, open_body, open_envelope, seal
from db.sync.errors import (
    KeyChangedError,
    KeyNotConfirmedError,
    UnknownSenderError,
    WrongRecipientError,
)
from db.sync.files import make_folder, write_file_atomically
from db.sync.importer import check_recipient
from db.sync.keys import PublicKeys, fingerprint, site_keys
from db.sync.peers import party, peer_for, peer_keys, stamp
from db.sync.tables import (
    BRANCH_ENROLLMENT_SCOPE,
    ENROLLMENT_SCOPE,
    Direction,
    TableRows,
    ordered,
    read_scope,
)


@dataclass(frozen=True)
class EnrollmentInfo:
    """What an enrollment file says, for both screens to show."""

    upper_code: str
    upper_name: str
    commune_code: str
    commune_name: str
    fingerprint: str
    created_at: str
    path: Path | None = None


def enrollment_name(commune_code: str, on: dt.date) -> str:
    """Return the file name of a commune's enrollment file."""
    return f"SoHoi_dang_ky_{commune_code}_{on:%Y-%m-%d}.sohoi"


def write_enrollment(
    session: Session, commune_code: str, target: Path, now: dt.datetime | None = None
) -> EnrollmentInfo:
    """Enroll a commune at this upper level and write its enrollment file.

    ``target`` may be a folder (the file is named for the commune) or a file path.
    Enrolling again is allowed (a lost file, a reinstalled commune PC): the commune's
    pinned key, if any, is kept until the operator changes it deliberately.

    Raises:
        UserError: this site is not an upper level, or the commune is not one of its own.
        NotFoundError: the code is not in the official catalog.
    """
    moment = now or utc_now()
    site = get_site(session)
    if not site.is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ cấp trên mới tạo được tệp đăng ký cho xã.",
            ),
        )
    entry = catalog.find(commune_code)
    if entry.level != "commune" or entry.parent_code != site.unit_code:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{name} (mã {code}) không thuộc {union_name}; chỉ đăng ký được các xã, phường của "
                "đơn vị mình.",
            ),
            name=entry.name,
            code=entry.code,
            union_name=site.union_name,
        )
    commune = ensure_official_unit(session, entry.code)
    upper = session.get_one(Unit, site.unit_id)
    return _seal_enrollment(session, upper, commune, Direction.ENROLLMENT, ENROLLMENT_SCOPE,
                            enrollment_name(commune.code, moment.date()), target, moment)


def branch_enrollment_name(branch_code: str, on: dt.date) -> str:
    """Return the file name of a branch site's enrollment file."""
    return f"SoHoi_dang_ky_chi_hoi_{branch_code}_{on:%Y-%m-%d}.sohoi"


def _branch_unit(session: Session, commune_id: str, branch_name: str) -> Unit:
    """Return the commune's branch named by its code (as the sync page picks it) or name.

    Raises:
        NotFoundError: no branch (or more than one) of this commune has that name.
    """
    from db.accounts import find_branches

    by_code = session.scalars(select(Unit).where(
        Unit.code == branch_name, Unit.level == UnitLevel.BRANCH,
        Unit.parent_id == commune_id, live(Unit))).first()
    if by_code is not None:
        return by_code
    (branch_id,) = find_branches(session, [branch_name])
    return session.get_one(Unit, branch_id)


def branch_code(session: Session, branch_name: str) -> str:
    """Return the code a branch's packages are addressed by, from its name or code.

    Raises:
        NotFoundError: no branch (or more than one) of this commune has that name.
    """
    return _branch_unit(session, get_site(session).unit_id, branch_name).code


def write_branch_enrollment(
    session: Session, branch_name: str, target: Path, now: dt.datetime | None = None
) -> EnrollmentInfo:
    """Enroll one of this commune's branches as a site and write its enrollment file.

    ``branch_name`` is the branch's name ("Chi hội Thôn 1" or "Thôn 1", as typed on the
    command line) or its code (as the sync page picks it).

    The branch's laptop syncs with the commune exactly as the commune syncs with its
    upper level (docs/ARCHITECTURE.md §6). The file carries the commune's public keys, the
    branch's unit row and the catalogs the commune holds from above; the branch's members
    come with the commune's first package, once the branch's key is known and they can be
    encrypted for it. Enrolling again keeps a pinned key, as for a commune. In the
    returned info the commune stands on the upper side (``upper_*``) and the branch on
    the enrolled side (``commune_*``), as both screens show them.

    Raises:
        UserError: this site is not a commune office.
        NotFoundError: no branch (or more than one) of this commune has that name.
    """
    moment = now or utc_now()
    site = get_site(session)
    if site.is_upper or site.is_branch:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ văn phòng xã mới tạo được tệp đăng ký cho chi hội.",
            ),
        )
    branch = _branch_unit(session, site.unit_id, branch_name)
    if branch.parent_id != site.unit_id or branch.owner_unit_id != site.unit_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{name} không phải chi hội trực thuộc {union_name}.",
            ),
            name=branch.name,
            union_name=site.union_name,
        )
    commune = session.get_one(Unit, site.unit_id)
    return _seal_enrollment(session, commune, branch, Direction.BRANCH_ENROLLMENT,
                            BRANCH_ENROLLMENT_SCOPE,
                            branch_enrollment_name(branch.code, moment.date()), target, moment)


def _seal_enrollment(
    session: Session, sender: Unit, enrolled: Unit, direction: Direction,
    scope: Mapping[str, str], file_name: str, target: Path, moment: dt.datetime,
) -> EnrollmentInfo:
    """Register ``enrolled`` as a peer and write its signed enrollment file.

    One way for both levels: an upper level enrolling a commune, a commune enrolling one of
    its branches. The file is signed, not encrypted (the enrolled site has no key yet), and
    carries the rows of ``scope`` between the two units. ``target`` may be a folder (the
    file takes ``file_name``) or a file path.
    """
    if peer_for(session, enrolled.id) is None:
        session.add(SyncPeer(unit_id=enrolled.id))
        session.flush()
    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = {
        name: read_scope(session, name, scope[name], sender.id, enrolled.id)
        for name in ordered(scope)
    }
    keys = site_keys(session)
    data = seal(
        kind=KIND_ENROLLMENT,
        sender=party(sender),
        keys=keys,
        recipient=party(enrolled),
        recipient_encryption_key=None,
        generation=0,
        created_at=stamp(moment),
        schema=head_revision(),
        payload=payload.encode(direction, 0, tables),
    )
    path = target / file_name if target.is_dir() else target
    make_folder(path.parent)
    write_file_atomically(path, data)
    return EnrollmentInfo(
        upper_code=sender.code,
        upper_name=party(sender).name,
        commune_code=enrolled.code,
        commune_name=party(enrolled).name,
        fingerprint=fingerprint(keys.public),
        created_at=stamp(moment),
        path=path,
    )


def read_enrollment(data: bytes) -> EnrollmentInfo:
    """Check an enrollment file's frame and signature and say what it is.

    Raises:
        PackageRefusedError: not an enrollment file, damaged, or from a newer version.
    """
    envelope = open_envelope(data)
    header = envelope.header
    if header.kind != KIND_ENROLLMENT:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là gói dữ liệu, không phải tệp đăng ký: hãy dùng nút “Nhập gói dữ liệu”.",
            ),
        )
    return EnrollmentInfo(
        upper_code=header.sender.code,
        upper_name=header.sender.name,
        commune_code=header.recipient.code,
        commune_name=header.recipient.name,
        fingerprint=fingerprint(header.sender_keys),
        created_at=header.created_at,
    )


def import_enrollment(
    session: Session,
    data: bytes,
    *,
    accept_key: bool = False,
    replace_key: bool = False,
    now: dt.datetime | None = None,
) -> EnrollmentInfo:
    """Import an enrollment file at a commune, in the caller's transaction.

    On an empty database, the site is first set up as the commune the file names.

    Args:
        session: a writing session.
        data: the file's bytes.
        accept_key: the operator compared the upper level's fingerprint with the one on
            the upper level's screen (needed whenever a key is pinned: the first
            enrollment, or a replaced key). Any key can sign a file that names this
            commune and its upper level; only the phone call tells them apart.
        replace_key: accept an upper level's key that differs from the one pinned
            before (the upper level's PC was reinstalled); only after a phone call.
        now: when the keys were pinned.

    Raises:
        PackageRefusedError: damaged, for another commune, from a unit that is not this
            commune's upper level, or a changed key without ``replace_key``.
    """
    moment = now or utc_now()
    info = read_enrollment(data)
    envelope = open_envelope(data)
    header = envelope.header
    decoded = payload.decode(open_body(envelope, None))
    if decoded.manifest.direction is Direction.BRANCH_ENROLLMENT:
        return _import_branch_enrollment(
            session, envelope, decoded.tables, info, accept_key=accept_key,
            replace_key=replace_key, moment=moment,
        )
    if find_site(session) is None:
        entry = catalog.find(header.recipient.code)
        if entry.level != "commune":
            raise WrongRecipientError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp đăng ký này không dành cho một xã.",
                ),
            )
        init_site(session, entry.code)
    site = get_site(session)
    if site.is_upper or site.is_branch:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Máy cấp trên không nhập tệp đăng ký; tệp này dành cho xã."
            )
            if site.is_upper else
            QT_TRANSLATE_NOOP("DbErrors", "Máy của chi hội chỉ nhập tệp đăng ký do xã gửi.")
        )
    check_recipient(session, envelope, site)
    if site.parent_unit_id != header.sender.unit_id:
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp đăng ký do {name} tạo, không phải cấp trên của {union_name} ({parent_name}). "
                "Dữ liệu không thay đổi.",
            ),
            name=header.sender.name,
            union_name=site.union_name,
            parent_name=site.parent_name,
        )
    peer = peer_for(session, header.sender.unit_id)
    pinned = None if peer is None else peer_keys(peer)
    if pinned is not None and pinned != header.sender_keys and not replace_key:
        raise KeyChangedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Khóa của {name} khác với khóa đã đăng ký trước đây (mã nhận diện mới: "
                "{fingerprint}). Hãy gọi điện cho cấp trên để xác nhận, rồi chọn “Thay khóa của "
                "cấp trên” khi nhập. Dữ liệu không thay đổi.",
            ),
            name=header.sender.name,
            fingerprint=info.fingerprint,
        )
    if pinned != header.sender_keys and not accept_key:
        raise KeyNotConfirmedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy so mã nhận diện {fingerprint} với mã trên màn hình của {name} (gọi điện cho "
                "cấp trên), rồi xác nhận. Dữ liệu chưa thay đổi.",
            ),
            fingerprint=info.fingerprint,
            name=header.sender.name,
        )
    if decoded.manifest.direction is not Direction.ENROLLMENT:
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp đăng ký không hợp lệ. Dữ liệu không thay đổi.",
            ),
        )
    check_authority(
        session, decoded.tables, Direction.ENROLLMENT, header.sender.unit_id, site.unit_id,
        header.sender.name,
    )
    from db.sync.importer import apply_tables

    apply_tables(session, decoded.tables, Direction.ENROLLMENT, header.sender.unit_id,
                 site.unit_id, header.sender.name, moment)
    _pin(session, peer, header.sender.unit_id, header.sender_keys, moment)
    return info


def _pin(session: Session, peer: SyncPeer | None, unit_id: str, keys: PublicKeys,
         moment: dt.datetime) -> None:
    if peer is None:
        peer = SyncPeer(unit_id=unit_id)
        session.add(peer)
    if peer_keys(peer) != keys:
        peer.signing_public_key = keys.signing
        peer.encryption_public_key = keys.encryption
        peer.pinned_at = moment
    session.flush()


def _check_key(session: Session, unit_id: str, name: str, keys: PublicKeys, shown: str, *,
               accept_key: bool, replace_key: bool) -> SyncPeer | None:
    """Refuse a changed key without ``replace_key`` and a new one without ``accept_key``."""
    peer = peer_for(session, unit_id)
    pinned = None if peer is None else peer_keys(peer)
    if pinned is not None and pinned != keys and not replace_key:
        raise KeyChangedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Khóa của {name} khác với khóa đã đăng ký trước đây (mã nhận diện mới: {shown}). "
                "Hãy gọi điện để xác nhận, rồi chọn thay khóa khi nhập. Dữ liệu không thay đổi.",
            ),
            name=name,
            shown=shown,
        )
    if pinned != keys and not accept_key:
        raise KeyNotConfirmedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy so mã nhận diện {shown} với mã trên màn hình của {name} (gọi điện), rồi xác "
                "nhận. Dữ liệu chưa thay đổi.",
            ),
            shown=shown,
            name=name,
        )
    return peer


def _import_branch_enrollment(
    session: Session, envelope: Envelope, tables: dict[str, TableRows], info: EnrollmentInfo,
    *, accept_key: bool, replace_key: bool, moment: dt.datetime,
) -> EnrollmentInfo:
    """Import a branch's enrollment file: on an empty database, become that branch's site.

    The commune's unit and its province come from the official catalog (their keys are
    derived from the codes, as at the commune); the branch's own row comes from the file,
    checked like any package row, and the site is made only once it is stored.
    """
    header = envelope.header
    entry = catalog.find(header.sender.code)
    if entry.level != "commune":
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp đăng ký chi hội phải do một xã tạo. Dữ liệu không thay đổi.",
            ),
        )
    site = find_site(session)
    if site is None:
        commune = ensure_official_unit(session, entry.code)
        if commune.id != header.sender.unit_id:
            raise UnknownSenderError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp đăng ký không khớp với danh mục xã. Dữ liệu không thay đổi.",
                ),
            )
        recipient = header.recipient.unit_id
    else:
        if not site.is_branch:
            raise WrongRecipientError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp này đăng ký máy của một chi hội; chỉ nhập được vào máy mới (chưa thiết "
                    "lập) hoặc máy của chính chi hội đó. Dữ liệu không thay đổi.",
                ),
            )
        check_recipient(session, envelope, site)
        if site.parent_unit_id != header.sender.unit_id:
            raise UnknownSenderError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp đăng ký do {name} tạo, không phải xã của chi hội này. Dữ liệu không thay "
                    "đổi.",
                ),
                name=header.sender.name,
            )
        recipient = site.unit_id
    peer = _check_key(session, header.sender.unit_id, header.sender.name, header.sender_keys,
                      info.fingerprint, accept_key=accept_key, replace_key=replace_key)
    units = tables.get("units")
    if site is None and (units is None or units.values("id") != {recipient}
                         or header.recipient.code not in units.values("code")):
        raise WrongRecipientError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp đăng ký chi hội không mang đơn vị của chi hội. Dữ liệu không thay đổi.",
            ),
        )
    check_authority(session, tables, Direction.BRANCH_ENROLLMENT, header.sender.unit_id,
                    recipient, header.sender.name)
    from db.sync.importer import apply_tables

    apply_tables(session, tables, Direction.BRANCH_ENROLLMENT, header.sender.unit_id,
                 recipient, header.sender.name, moment)
    if site is None:
        init_branch_site(session, recipient)
    _pin(session, peer, header.sender.unit_id, header.sender_keys, moment)
    return info
