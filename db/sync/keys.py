"""This site's signing and encryption keys, and the fingerprints people compare.

Each site holds an Ed25519 key that signs what it sends and an X25519 key that others
encrypt for it. The private halves stay in the site's database (never in a package);
the public halves travel in enrollment files and in every package. People compare a
short fingerprint of the public halves on both screens, once, when a commune's first
package reaches the upper level.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP, SiteNotSetUpError
from db.models import Site

_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class PublicKeys:
    """The public halves of a site's keys (32 bytes each)."""

    signing: bytes
    encryption: bytes

    @property
    def fingerprint(self) -> str:
        """Return the fingerprint shown on both screens (see :func:`fingerprint`)."""
        return fingerprint(self)


@dataclass(frozen=True)
class SiteKeys:
    """This site's private keys (raw 32 bytes each)."""

    signing_private: bytes
    encryption_private: bytes

    def signer(self) -> Ed25519PrivateKey:
        """Return the signing key as a ``cryptography`` object."""
        return Ed25519PrivateKey.from_private_bytes(self.signing_private)

    def decrypter(self) -> X25519PrivateKey:
        """Return the encryption key as a ``cryptography`` object."""
        return X25519PrivateKey.from_private_bytes(self.encryption_private)

    @property
    def public(self) -> PublicKeys:
        """Return the public halves."""
        return PublicKeys(
            signing=self.signer().public_key().public_bytes(_RAW, serialization.PublicFormat.Raw),
            encryption=self.decrypter()
            .public_key()
            .public_bytes(_RAW, serialization.PublicFormat.Raw),
        )


def generate_keys() -> SiteKeys:
    """Make a fresh pair of private keys."""
    signing = Ed25519PrivateKey.generate().private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    encryption = X25519PrivateKey.generate().private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return SiteKeys(signing_private=signing, encryption_private=encryption)


def fingerprint(keys: PublicKeys) -> str:
    """Return eight groups of four hexadecimal digits naming both public keys.

    128 bits of SHA-256 are far beyond what anyone could forge, and eight short groups
    can still be read aloud over the telephone.
    """
    digest = hashlib.sha256(b"sohoi-keys\x00" + keys.signing + keys.encryption).hexdigest()
    return " ".join(digest[i : i + 4].upper() for i in range(0, 32, 4))


def site_keys(session: Session) -> SiteKeys:
    """Return this site's keys, making them if the site has none yet.

    Sites set up before keys existed, and databases restored from such a backup, get
    their keys the first time sync needs them.

    Raises:
        SiteNotSetUpError: the database has no site yet.
    """
    site = session.scalars(select(Site)).first()
    if site is None:
        raise SiteNotSetUpError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cơ sở dữ liệu chưa được thiết lập: hãy chọn xã (phường) hoặc cấp trên trước.",
            ),
        )
    if site.signing_private_key is None or site.encryption_private_key is None:
        fresh = generate_keys()
        site.signing_private_key = fresh.signing_private
        site.encryption_private_key = fresh.encryption_private
        session.flush()
    assert site.signing_private_key is not None
    assert site.encryption_private_key is not None
    return SiteKeys(
        signing_private=site.signing_private_key,
        encryption_private=site.encryption_private_key,
    )
