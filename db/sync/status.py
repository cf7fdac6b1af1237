"""What the sync page and ``sohoi sync status`` show: keys, peers, generations, dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import catalog
from db.models import Site, SyncPeer, Unit, UnitLevel
from db.rules import live
from db.site import get_site
from db.sync.keys import fingerprint, site_keys
from db.sync.peers import peer_keys


@dataclass(frozen=True)
class PeerStatus:
    """What passed between this site and one other unit."""

    unit_code: str
    unit_name: str
    fingerprint: str | None
    pinned_at: dt.datetime | None
    last_generation_received: int
    last_received_at: dt.datetime | None
    last_generation_sent: int
    last_sent_at: dt.datetime | None
    acknowledged_generation: int

    @property
    def key_known(self) -> bool:
        """Tell whether the unit's key is pinned (packages can be sent to it)."""
        return self.fingerprint is not None


@dataclass(frozen=True)
class SyncStatus:
    """This site's side of sync."""

    unit_code: str
    unit_name: str
    is_upper: bool
    fingerprint: str
    last_generation: int
    peers: tuple[PeerStatus, ...]
    branches: tuple[PeerStatus, ...] = ()
    """At a commune office: its branches, enrolled as sites or not (never at the upper
    level, nor at a branch site)."""

    @property
    def enrolled(self) -> bool:
        """Tell whether a commune has imported its enrollment file."""
        return self.is_upper or any(p.key_known for p in self.peers)


def sync_status(session: Session) -> SyncStatus:
    """Return this site's sync state (making its keys if it had none).

    Call inside a writing session the first time: keys made here must be committed.
    """
    site = get_site(session)
    keys = site_keys(session)
    row = session.scalars(select(Site)).one()
    peers = session.execute(
        select(SyncPeer, Unit).join(Unit, Unit.id == SyncPeer.unit_id).order_by(Unit.sort_key)
    ).all()
    branch_peers = {unit.id: peer for peer, unit in peers if unit.level == UnitLevel.BRANCH
                    and unit.parent_id == site.unit_id}
    branches: tuple[PeerStatus, ...] = ()
    if not site.is_upper and not site.is_branch:
        branches = tuple(
            _peer_status(branch_peers.get(unit.id), unit)
            for unit in session.scalars(
                select(Unit).where(Unit.level == UnitLevel.BRANCH,
                                   Unit.parent_id == site.unit_id,
                                   Unit.owner_unit_id == site.unit_id,
                                   live(Unit), Unit.active.is_(True))
                .order_by(Unit.sort_key))
        )
    return SyncStatus(
        unit_code=site.unit_code,
        unit_name=site.union_name,
        is_upper=site.is_upper,
        fingerprint=fingerprint(keys.public),
        last_generation=row.last_generation,
        peers=tuple(_peer_status(peer, unit) for peer, unit in peers
                    if unit.id not in branch_peers),
        branches=branches,
    )


def _peer_status(peer: SyncPeer | None, unit: Unit) -> PeerStatus:
    """Describe one peer (``None``: a branch not enrolled as a site)."""
    name = unit.name if unit.level == UnitLevel.BRANCH else catalog.union_name(unit.name)
    if peer is None:
        return PeerStatus(unit_code=unit.code, unit_name=name, fingerprint=None,
                          pinned_at=None, last_generation_received=0, last_received_at=None,
                          last_generation_sent=0, last_sent_at=None, acknowledged_generation=0)
    return PeerStatus(
        unit_code=unit.code,
        unit_name=name,
        fingerprint=None if (k := peer_keys(peer)) is None else fingerprint(k),
        pinned_at=peer.pinned_at,
        last_generation_received=peer.last_generation_received,
        last_received_at=peer.last_received_at,
        last_generation_sent=peer.last_generation_sent,
        last_sent_at=peer.last_sent_at,
        acknowledged_generation=peer.acknowledged_generation,
    )


def forget_commune_key(session: Session, commune_code: str) -> None:
    """Unpin a commune's key so that its next package is confirmed afresh.

    For a commune whose PC was reinstalled (new keys): the operator calls the commune,
    then the next package shows its new fingerprint for comparison, as the first did.

    Raises:
        UnknownSenderError: the commune is not enrolled here.
    """
    from db.sync.peers import commune_peer

    _unit, peer = commune_peer(session, get_site(session), commune_code)
    peer.signing_public_key = None
    peer.encryption_public_key = None
    peer.pinned_at = None
    # A reinstalled office numbers its packages from one again.
    peer.last_generation_received = 0
    session.flush()
