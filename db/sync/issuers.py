"""Whose certificates this site can check offline, and which of them are revoked.

A certificate's QR statement (:mod:`db.certificate_statement`) is signed by the site
that issued it. A site checks it with the issuer's public signing key, which it knows
in three ways:

* its own key (a paper it issued itself);
* the keys pinned at enrollment and at the first package (:class:`db.models.SyncPeer`):
  an upper level knows each of its communes, a commune knows its upper level;
* its sibling communes' keys, which the upper level lists in every downward package
  (``"issuers"`` beside the tables, see :func:`issuer_entries`), each with the
  verification codes of that commune's revoked certificates as far as the upper level
  has received them. The commune stores them in ``known_issuers``.

The list comes from another site: the upper level's signature covers it, but each
entry is still checked (a catalog commune under the same upper level, a 32-byte key
that is a valid Ed25519 point, codes of the right alphabet, real dates, sizes within
:data:`MAX_ISSUERS` and :data:`MAX_REVOKED`). One bad entry refuses the package.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Final

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db import catalog
from db.errors import NotFoundError
from db.models import Certificate, KnownIssuer, Site, SyncPeer, Unit
from db.rules import live
from db.sync.errors import DamagedPackageError

MAX_ISSUERS: Final = 5000
"""More communes than any province has (the whole country has about 3,321)."""

MAX_REVOKED: Final = 200_000
"""Revoked codes in one package, all communes together: far above any real count."""

_CODE = re.compile(r"[A-Z0-9]{6,20}")
_UNIT_CODE = re.compile(r"[0-9]{2,12}")


@dataclass(frozen=True)
class IssuerEntry:
    """One sibling commune as a downward package lists it, after checking.

    Attributes:
        code: the commune's catalog code.
        signing_key: its 32-byte Ed25519 public key.
        revoked: verification code -> ISO date of revocation.
    """

    code: str
    signing_key: bytes
    revoked: dict[str, str]


@dataclass(frozen=True)
class IssuerKey:
    """An issuer's public key as this site knows it.

    Attributes:
        source: "self", "peer" (pinned at enrollment or first package) or "sibling"
            (from the upper level's list).
    """

    code: str
    name: str
    signing_key: bytes
    source: str


# --------------------------------------------------------------------------- the upper level


def issuer_entries(session: Session, recipient_unit_id: str) -> list[dict[str, Any]]:
    """Return the upper level's list of communes' keys and revocations for one commune.

    Every enrolled commune whose key is pinned is listed except the recipient itself
    (it knows its own key); revocations are those of its certificates that have come
    up in its packages.
    """
    rows = session.execute(
        select(Unit.id, Unit.code, SyncPeer.signing_public_key)
        .join(SyncPeer, SyncPeer.unit_id == Unit.id)
        .where(SyncPeer.signing_public_key.is_not(None), Unit.id != recipient_unit_id)
        .order_by(Unit.code)
    ).all()
    revoked: dict[str, dict[str, str]] = {}
    for issuer, code, day in session.execute(
        select(Certificate.issuer_unit_id, Certificate.verification_code, Certificate.revoked_on)
        .where(Certificate.revoked_on.is_not(None), live(Certificate))
    ):
        if day is not None:
            revoked.setdefault(issuer, {})[code] = day.isoformat()
    return [
        {
            "code": code,
            "key": base64.b64encode(key).decode("ascii"),
            "revoked": sorted(revoked.get(unit_id, {}).items()),
        }
        for unit_id, code, key in rows
        if key is not None
    ]


# --------------------------------------------------------------------------- the commune


def _refused(detail: str) -> DamagedPackageError:
    return DamagedPackageError(
        f"Danh sách đơn vị cấp chứng nhận trong gói không hợp lệ ({detail}). Hãy nhờ cấp "
        "trên xuất gói mới bằng Sổ Hội. Dữ liệu không thay đổi."
    )


def _key(raw: object) -> bytes:
    if not isinstance(raw, str) or len(raw) > 64:
        raise _refused("khóa")
    try:
        key = base64.b64decode(raw, validate=True)
        Ed25519PublicKey.from_public_bytes(key)
    except (binascii.Error, ValueError) as error:
        raise _refused("khóa") from error
    return key


def _revoked(raw: object, budget: list[int]) -> dict[str, str]:
    if not isinstance(raw, list):
        raise _refused("danh sách thu hồi")
    budget[0] -= len(raw)
    if budget[0] < 0:
        raise _refused("quá nhiều mã thu hồi")
    found: dict[str, str] = {}
    for item in raw:
        if (
            not isinstance(item, list) or len(item) != 2
            or not all(isinstance(part, str) for part in item)
            or not _CODE.fullmatch(item[0]) or len(item[1]) != 10
        ):
            raise _refused("mã thu hồi")
        try:
            dt.date.fromisoformat(item[1])
        except ValueError as error:
            raise _refused("ngày thu hồi") from error
        found[item[0]] = item[1]
    return found


def check_issuers(raw: object) -> list[IssuerEntry]:
    """Check the shape of a package's ``"issuers"`` list (who they are is checked on import).

    Raises:
        DamagedPackageError: anything but a list of well-formed entries within bounds.
    """
    if not isinstance(raw, list) or len(raw) > MAX_ISSUERS:
        raise _refused("không phải danh sách")
    budget = [MAX_REVOKED]
    entries: list[IssuerEntry] = []
    seen: set[str] = set()
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"code", "key", "revoked"}:
            raise _refused("mục")
        code = item["code"]
        if not isinstance(code, str) or not _UNIT_CODE.fullmatch(code) or code in seen:
            raise _refused("mã đơn vị")
        seen.add(code)
        entries.append(IssuerEntry(code, _key(item["key"]), _revoked(item["revoked"], budget)))
    return entries


def store_issuers(
    session: Session, entries: list[IssuerEntry], upper_code: str, own_code: str,
    now: dt.datetime,
) -> None:
    """Replace this commune's list of sibling issuers with a checked package's list.

    Raises:
        DamagedPackageError: an entry names a unit that is not a commune of the same
            upper level (or names this commune itself).
    """
    for entry in entries:
        try:
            unit = catalog.find(entry.code)
        except NotFoundError as error:
            raise _refused(f"mã {entry.code}") from error
        if unit.level != "commune" or unit.parent_code != upper_code or unit.code == own_code:
            raise _refused(f"mã {entry.code}")
    session.execute(delete(KnownIssuer))
    session.add_all(
        KnownIssuer(unit_code=entry.code, signing_public_key=entry.signing_key,
                    revoked=entry.revoked, received_at=now)
        for entry in entries
    )
    session.flush()


# --------------------------------------------------------------------------- any site


def _own_public_key(site: Site) -> bytes | None:
    if site.signing_private_key is None:
        return None
    return (
        Ed25519PrivateKey.from_private_bytes(site.signing_private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def _name(code: str) -> str:
    try:
        return catalog.find(code).union_name
    except NotFoundError:
        return ""


def issuer_key(session: Session, code: str) -> IssuerKey | None:
    """Return the public signing key of the unit with this catalog code, if known here."""
    site = session.scalars(select(Site)).first()
    if site is None:
        return None
    own = session.get(Unit, site.unit_id)
    if own is not None and own.code == code:
        key = _own_public_key(site)
        return None if key is None else IssuerKey(code, _name(code), key, "self")
    pinned = session.scalar(
        select(SyncPeer.signing_public_key)
        .join(Unit, Unit.id == SyncPeer.unit_id)
        .where(Unit.code == code, Unit.official.is_(True),
               SyncPeer.signing_public_key.is_not(None))
    )
    if pinned is not None:
        return IssuerKey(code, _name(code), pinned, "peer")
    sibling = session.scalar(select(KnownIssuer).where(KnownIssuer.unit_code == code))
    if sibling is not None:
        return IssuerKey(code, _name(code), sibling.signing_public_key, "sibling")
    return None


def revocation_known(session: Session, issuer_code: str, code: str) -> str | None:
    """Return the ISO date a sibling's certificate was revoked, as the upper level reported it."""
    sibling = session.scalar(select(KnownIssuer).where(KnownIssuer.unit_code == issuer_code))
    if sibling is None or not isinstance(sibling.revoked, dict):
        return None
    day = sibling.revoked.get(code)
    return day if isinstance(day, str) else None
