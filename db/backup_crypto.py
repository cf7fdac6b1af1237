"""Encrypted safety copies for a USB stick: a passphrase the office chooses, set once.

A copy that leaves the data folder holds every member's ID number and phone, the
password hashes and the site's private keys; whoever copies the stick could read them
and sign packages in the commune's name. So such a copy is never a plain SQLite file:
it is encrypted with a key derived from the office's passphrase (scrypt), in chunks of
AES-256-GCM so a large register streams through a small buffer, each chunk bound to its
place and the last one marked so a cut file is noticed.

File layout::

    b"SOHOIBK1" | header length (4 bytes, big-endian) | header (JSON)
    then chunks: length (4 bytes) | AES-GCM ciphertext (with tag)

The nonce of chunk *i* is the header's 8-byte prefix followed by *i*; the associated
data is the header, *i* and a flag for the last chunk. The register keeps only a salt
and a verifier of the passphrase (``site.settings``), never the passphrase: a lost
passphrase means the encrypted copies cannot be read by anyone, the office included.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP, SiteNotSetUpError, UserError
from db.models import Site
from db.site import site_to_change

MAGIC = b"SOHOIBK1"
CHUNK = 1 << 20
MIN_PASSPHRASE = 10
#: scrypt cost: about 0.1 s and 32 MB on an office PC, per copy and per check.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
SALT_SETTING = "backup_passphrase_salt"
VERIFIER_SETTING = "backup_passphrase_verifier"

LOST_PASSPHRASE_WARNING = (
    "Nếu quên cụm mật khẩu sao lưu, KHÔNG ai mở được các bản sao lưu đã mã hóa, kể cả "
    "người lập trình Sổ Hội. Hãy in phiếu ghi nhớ và cất ở nơi an toàn."
)


class WrongPassphraseError(UserError):
    """The passphrase does not open this copy (or the copy was altered)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    """Derive a 32-byte key from the passphrase (scrypt: slow to guess on purpose)."""
    normalized = " ".join(passphrase.split())
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(normalized.encode("utf-8"))


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    """Refuse a passphrase too short to protect the register, or typed twice differently.

    Raises:
        UserError: with the reason in Vietnamese.
    """
    if len(" ".join(passphrase.split())) < MIN_PASSPHRASE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cụm mật khẩu cần ít nhất {MIN_PASSPHRASE} ký tự; nên dùng vài từ dễ nhớ, ví dụ "
                "«hoa sen nở tháng sáu».",
            ),
            MIN_PASSPHRASE=MIN_PASSPHRASE,
        )
    if passphrase != repeated:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hai lần nhập cụm mật khẩu không giống nhau.",
            ),
        )


def passphrase_settings(passphrase: str) -> dict[str, str]:
    """Return the settings that let the program recognise the passphrase later."""
    salt = os.urandom(16)
    key = derive_key(passphrase, salt)
    verifier = hmac.new(key, b"sohoi-backup-passphrase", hashlib.sha256).digest()
    return {SALT_SETTING: _b64(salt), VERIFIER_SETTING: _b64(verifier)}


def passphrase_is_set(settings: Mapping[str, str]) -> bool:
    """Tell whether the office has chosen its backup passphrase."""
    return bool(settings.get(SALT_SETTING)) and bool(settings.get(VERIFIER_SETTING))


def passphrase_matches(settings: Mapping[str, str], passphrase: str) -> bool:
    """Tell whether ``passphrase`` is the one chosen (so a typo never locks a copy away)."""
    try:
        salt = _unb64(settings.get(SALT_SETTING))
        expected = _unb64(settings.get(VERIFIER_SETTING))
    except ValueError:
        return False
    key = derive_key(passphrase, salt)
    actual = hmac.new(key, b"sohoi-backup-passphrase", hashlib.sha256).digest()
    return hmac.compare_digest(actual, expected)


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">I?", index, last)


def encrypt_file(source: Path, target: BinaryIO, passphrase: str) -> None:
    """Write ``source`` encrypted with ``passphrase`` into the open ``target``."""
    salt, prefix = os.urandom(16), os.urandom(8)
    header = json.dumps({
        "format": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "salt": _b64(salt), "nonce": _b64(prefix), "chunk": CHUNK,
    }, sort_keys=True).encode("ascii")
    cipher = AESGCM(derive_key(passphrase, salt))
    target.write(MAGIC + struct.pack(">I", len(header)) + header)
    with open(source, "rb") as plain:
        index = 0
        current = plain.read(CHUNK)
        while True:
            following = plain.read(CHUNK)
            last = not following
            sealed = cipher.encrypt(prefix + struct.pack(">I", index), current,
                                    _aad(header, index, last))
            target.write(struct.pack(">I", len(sealed)) + sealed)
            if last:
                break
            current, index = following, index + 1


def is_encrypted_backup(path: Path) -> bool:
    """Tell whether ``path`` starts like an encrypted Sổ Hội copy."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def decrypt_file(source: Path, target: BinaryIO, passphrase: str) -> None:
    """Write the plain register held in the encrypted ``source`` into ``target``.

    Raises:
        WrongPassphraseError: the passphrase is wrong or the file was altered or cut.
        UserError: the file is not an encrypted Sổ Hội copy.
    """
    damaged = UserError(QT_TRANSLATE_NOOP(
        "DbErrors", "Tệp {name} không phải bản sao lưu mã hóa của Sổ Hội hoặc đã bị hỏng."),
        name=source.name)
    with open(source, "rb") as sealed:
        if sealed.read(len(MAGIC)) != MAGIC:
            raise damaged
        size_bytes = sealed.read(4)
        if len(size_bytes) != 4:
            raise damaged
        (size,) = struct.unpack(">I", size_bytes)
        if size > 4096:
            raise damaged
        header = sealed.read(size)
        try:
            meta = json.loads(header)
            salt, prefix = _unb64(meta["salt"]), _unb64(meta["nonce"])
            n, r, p = int(meta["n"]), int(meta["r"]), int(meta["p"])
            chunk = int(meta["chunk"])
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged from exc
        if n > 1 << 20 or r > 16 or p > 4 or len(prefix) != 8 or chunk > 1 << 24:
            raise damaged
        cipher = AESGCM(derive_key(passphrase, salt, n, r, p))
        index = 0
        while True:
            length_bytes = sealed.read(4)
            if len(length_bytes) != 4:
                raise damaged  # cut before the chunk marked last
            (length,) = struct.unpack(">I", length_bytes)
            if length > chunk + 16:
                raise damaged
            body = sealed.read(length)
            nonce = prefix + struct.pack(">I", index)
            last = sealed.peek(1)[:1] == b"" if hasattr(sealed, "peek") else False
            try:
                plain = cipher.decrypt(nonce, body, _aad(header, index, last))
            except InvalidTag as exc:
                if index == 0:
                    raise WrongPassphraseError(
                        QT_TRANSLATE_NOOP(
                            "DbErrors",
                            "Cụm mật khẩu không đúng (hoặc tệp sao lưu đã bị sửa). Không có gì bị "
                            "thay đổi.",
                        ),
                    ) from exc
                raise damaged from exc
            target.write(plain)
            if last:
                return
            index += 1


def backup_passphrase_is_set(session: Session) -> bool:
    """Tell whether this register's office has chosen its backup passphrase."""
    site = session.scalars(select(Site)).first()
    return site is not None and passphrase_is_set(site.settings or {})


def set_backup_passphrase(session: Session, passphrase: str, repeated: str) -> None:
    """Record the office's backup passphrase (its salt and verifier), once.

    Set once: changing it would leave older copies on sticks that the new passphrase
    cannot open, and nobody would remember which copy needs which.

    Raises:
        UserError: already set, too short, typed twice differently, or no unit set up.
    """
    site = site_to_change(session)
    if site is None:
        raise SiteNotSetUpError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy thiết lập đơn vị trước khi đặt cụm mật khẩu sao lưu.",
            ),
        )
    settings = dict(site.settings or {})
    if passphrase_is_set(settings):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cụm mật khẩu sao lưu đã được đặt; không đổi được (các bản sao lưu cũ vẫn cần cụm "
                "mật khẩu đó).",
            ),
        )
    check_new_passphrase(passphrase, repeated)
    settings.update(passphrase_settings(passphrase))
    site.settings = settings
