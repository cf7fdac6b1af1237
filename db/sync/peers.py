"""The units this site exchanges packages with, and what it knows of each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import catalog
from db.errors import QT_TRANSLATE_NOOP
from db.models import Site, SyncPeer, Unit, UnitLevel
from db.rules import live
from db.site import SiteInfo, get_site
from db.sync.container import Party
from db.sync.errors import SyncNotReadyError, UnknownSenderError
from db.sync.keys import PublicKeys


def party(unit: Unit) -> Party:
    """Return how a unit is named in a package header."""
    # A branch is named as the commune names it ("Chi hội Thôn 1"), not as a union.
    name = unit.name if unit.level == UnitLevel.BRANCH else catalog.union_name(unit.name)
    return Party(code=unit.code, unit_id=unit.id, name=name)


def site_row(session: Session) -> Site:
    """Return the site row (the caller has checked the site is set up)."""
    get_site(session)
    return session.scalars(select(Site)).one()


def peer_for(session: Session, unit_id: str) -> SyncPeer | None:
    """Return what this site knows of another unit, or None if it is not enrolled."""
    return session.scalars(select(SyncPeer).where(SyncPeer.unit_id == unit_id)).first()


def peer_keys(peer: SyncPeer) -> PublicKeys | None:
    """Return a peer's pinned public keys, or None before the first package."""
    if peer.signing_public_key is None or peer.encryption_public_key is None:
        return None
    return PublicKeys(signing=peer.signing_public_key, encryption=peer.encryption_public_key)


def upper_peer(session: Session, site: SiteInfo) -> tuple[Unit, SyncPeer]:
    """Return a commune's upper level and what the commune knows of it.

    Raises:
        SyncNotReadyError: the commune has not imported its enrollment file yet.
    """
    if site.parent_unit_id is None:
        raise SyncNotReadyError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đơn vị này không có cấp trên để gửi dữ liệu.",
            ),
        )
    upper = session.get_one(Unit, site.parent_unit_id)
    peer = peer_for(session, upper.id)
    if peer is None or peer_keys(peer) is None:
        raise SyncNotReadyError(
            QT_TRANSLATE_NOOP("DbErrors", "Xã chưa đăng ký với {name}. Hãy nhập tệp đăng ký "
            "(.sohoi) do cấp trên gửi, trong trang Đồng bộ."), name=catalog.union_name(upper.name)
        )
    return upper, peer


def commune_peer(session: Session, site: SiteInfo, code: str) -> tuple[Unit, SyncPeer]:
    """Return one of an upper level's communes and what the upper level knows of it.

    Raises:
        UnknownSenderError: the commune is not enrolled at this upper level.
    """
    unit = session.scalars(
        select(Unit).where(
            Unit.code == code, Unit.official.is_(True), Unit.parent_id == site.unit_id
        )
    ).first()
    peer = None if unit is None else peer_for(session, unit.id)
    if unit is None or peer is None:
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Xã có mã {code} chưa được đăng ký ở {union_name}. Hãy tạo tệp đăng ký cho xã "
                "trong trang Đồng bộ trước.",
            ),
            code=code,
            union_name=site.union_name,
        )
    return unit, peer


def branch_peer(session: Session, site: SiteInfo, code: str) -> tuple[Unit, SyncPeer]:
    """Return one of a commune's branch sites and what the commune knows of it.

    Raises:
        UnknownSenderError: the branch is not enrolled at this commune.
    """
    unit = session.scalars(
        select(Unit).where(
            Unit.code == code, Unit.level == UnitLevel.BRANCH, Unit.parent_id == site.unit_id,
            Unit.owner_unit_id == site.unit_id, live(Unit),
        )
    ).first()
    peer = None if unit is None else peer_for(session, unit.id)
    if unit is None or peer is None:
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chi hội có mã {code} chưa được đăng ký ở {union_name}. Hãy tạo tệp đăng ký cho "
                "chi hội trong trang Đồng bộ trước.",
            ),
            code=code,
            union_name=site.union_name,
        )
    return unit, peer


def stamp(moment: dt.datetime) -> str:
    """Return a time as stored and shown in headers (UTC, seconds)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")
