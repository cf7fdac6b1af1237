"""The file format: a signed, encrypted envelope around a compressed JSON payload.

Layout (all integers big-endian)::

    MAGIC (10 bytes) | format (u16) | header length (u32) | header (JSON, UTF-8)
    | body length (u64) | body | Ed25519 signature (64 bytes)

The signature covers every byte before it, so a flipped or missing byte anywhere is
caught before anything is decrypted or parsed beyond the header. The header says who
sent the file to whom, which generation it is and how the body is encrypted; it is
readable without keys (so that a file meant for another unit can be named as such)
and bound to the body as AES-GCM's associated data. The body is the payload, zlib
compressed, then encrypted for the recipient: an ephemeral X25519 key agreement, HKDF
with SHA-256, AES-256-GCM. Enrollment files are signed but not encrypted: they carry
only public keys and the published catalogs.

The outer frame (magic, format, lengths, signature at the end) never changes, so a
newer version's file is still recognised and refused with "update the application".
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import struct
import zlib
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from db.errors import QT_TRANSLATE_NOOP
from db.sync.errors import (
    DamagedPackageError,
    NotAPackageError,
    PackageTooLargeError,
    PackageTooNewError,
    WrongRecipientError,
)
from db.sync.keys import PublicKeys, SiteKeys

MAGIC: Final = b"SOHOI-PKG\x00"
FORMAT_VERSION: Final = 1
SIGNATURE_BYTES: Final = 64
MAX_HEADER_BYTES: Final = 64 * 1024
MAX_PACKAGE_BYTES: Final = 64 * 1024**2
"""Largest file read as a package or an enrollment file. A commune of 8,000 members
with two years of meetings sends 4.2 MB; the limit leaves room for the largest
communes after mergers, while a stray film or disk image named ``.sohoi`` is refused
before it is read."""
MAX_PAYLOAD_BYTES: Final = 256 * 1024**2
"""Largest payload accepted once decompressed (the 8,000-member commune's is about
25 MB): decoding it as JSON needs several times its size in memory, which an office
PC still has."""
MAX_RATIO: Final = 40
"""Largest compression ratio accepted beyond :data:`RATIO_FLOOR`. The JSON of a real
snapshot compresses about 5 to 10 times at zlib's fastest level; a "zip bomb" of
repeated bytes reaches a thousand."""
RATIO_FLOOR: Final = 4 * 1024**2
"""Bytes that may come out of any body before the ratio is checked (tiny packages of
empty tables compress far better than real ones)."""
INFLATE_STEP: Final = 1024**2
"""Bytes inflated per step: the limits are checked between steps, so a bomb is stopped
after a few megabytes of output, not after filling the memory."""

KIND_PACKAGE: Final = "package"
KIND_ENROLLMENT: Final = "enrollment"
KIND_TRANSFER: Final = "transfer"
"""Transfers between two upper levels (db.sync.transfer_files): signed, not encrypted."""
_SCHEME: Final = "x25519-hkdf-sha256-aes256gcm"
_HKDF_INFO: Final = b"sohoi package v1"
_FRAME = struct.Struct(">HI")
_BODY_LENGTH = struct.Struct(">Q")

DAMAGED: Final = QT_TRANSLATE_NOOP(
    "DbErrors",
    "Tệp gói dữ liệu bị hỏng hoặc chưa chép hết (có thể do rút USB khi đang ghi). "
    "Hãy chép lại tệp từ máy gửi, hoặc nhờ bên gửi xuất gói mới. Dữ liệu không thay đổi."
)


@dataclass(frozen=True)
class Party:
    """A unit named in a header: its official code, key and name."""

    code: str
    unit_id: str
    name: str


@dataclass(frozen=True)
class Header:
    """What the readable header of a package says."""

    kind: str
    format_version: int
    sender: Party
    sender_keys: PublicKeys
    recipient: Party
    generation: int
    created_at: str
    schema: str


@dataclass(frozen=True)
class Envelope:
    """A file whose frame and signature were checked; the body is still sealed."""

    header: Header
    header_bytes: bytes
    body: bytes
    encryption: dict[str, str] | None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise DamagedPackageError(DAMAGED)
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise DamagedPackageError(DAMAGED) from error
    if size is not None and len(data) != size:
        raise DamagedPackageError(DAMAGED)
    return data


def _derive_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_HKDF_INFO
    ).derive(shared)


def _party_json(party: Party) -> dict[str, str]:
    return {"code": party.code, "id": party.unit_id, "name": party.name}


def seal(
    *,
    kind: str,
    sender: Party,
    keys: SiteKeys,
    recipient: Party,
    recipient_encryption_key: bytes | None,
    generation: int,
    created_at: str,
    schema: str,
    payload: bytes,
) -> bytes:
    """Compress, encrypt (unless ``recipient_encryption_key`` is None) and sign a payload.

    Returns:
        The whole file's bytes.
    """
    public = keys.public
    header: dict[str, Any] = {
        "kind": kind,
        "sender": _party_json(sender) | {
            "signing_key": _b64(public.signing),
            "encryption_key": _b64(public.encryption),
        },
        "recipient": _party_json(recipient),
        "generation": generation,
        "created_at": created_at,
        "schema": schema,
        "encryption": None,
    }
    compressed = zlib.compress(payload, 1)
    ephemeral: X25519PrivateKey | None = None
    if recipient_encryption_key is not None:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        nonce = os.urandom(12)
        header["encryption"] = {
            "scheme": _SCHEME,
            "ephemeral_key": _b64(ephemeral_public),
            "nonce": _b64(nonce),
        }
    header_bytes = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = MAGIC + _FRAME.pack(FORMAT_VERSION, len(header_bytes)) + header_bytes
    if ephemeral is not None and recipient_encryption_key is not None:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_encryption_key))
        key = _derive_key(shared, ephemeral_public, recipient_encryption_key)
        body = AESGCM(key).encrypt(nonce, compressed, prefix)
    else:
        body = compressed
    signed = prefix + _BODY_LENGTH.pack(len(body)) + body
    return signed + keys.signer().sign(signed)


MAX_HEADER_TEXT: Final = 200
"""Longest text in a header (a union's name); names are shown in every message."""
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _text(mapping: dict[str, Any], key: str) -> str:
    """Return a header text, refusing one that could not come from Sổ Hội.

    Header texts (unit names and codes, the date) appear in refusals and on screen
    before anything else is checked, so they are bounded and free of control
    characters.
    """
    value = mapping.get(key)
    if not isinstance(value, str) or len(value) > MAX_HEADER_TEXT or _UNSAFE.search(value):
        raise DamagedPackageError(DAMAGED)
    return value


def _party(value: object) -> Party:
    if not isinstance(value, dict):
        raise DamagedPackageError(DAMAGED)
    return Party(code=_text(value, "code"), unit_id=_text(value, "id"), name=_text(value, "name"))


def open_envelope(data: bytes) -> Envelope:
    """Check a file's frame and signature and read its header.

    Raises:
        NotAPackageError: not a Sổ Hội package.
        DamagedPackageError: truncated, altered or damaged.
        PackageTooNewError: written by a newer version (checked after the signature,
            so that a flipped byte is reported as damage, not as a version).
    """
    if not data.startswith(MAGIC):
        if len(data) < len(MAGIC) and MAGIC.startswith(data) and data:
            raise DamagedPackageError(DAMAGED)
        raise NotAPackageError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp này không phải gói dữ liệu Sổ Hội. Hãy chọn tệp có đuôi .sohoi do Sổ Hội "
                "xuất ra. Dữ liệu không thay đổi.",
            ),
        )
    offset = len(MAGIC)
    if len(data) < offset + _FRAME.size:
        raise DamagedPackageError(DAMAGED)
    format_version, header_length = _FRAME.unpack_from(data, offset)
    offset += _FRAME.size
    if header_length > MAX_HEADER_BYTES or len(data) < offset + header_length + 8:
        raise DamagedPackageError(DAMAGED)
    header_bytes = data[offset : offset + header_length]
    offset += header_length
    (body_length,) = _BODY_LENGTH.unpack_from(data, offset)
    offset += _BODY_LENGTH.size
    if len(data) != offset + body_length + SIGNATURE_BYTES:
        raise DamagedPackageError(DAMAGED)
    try:
        raw = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise DamagedPackageError(DAMAGED) from error
    if not isinstance(raw, dict) or not isinstance(raw.get("sender"), dict):
        raise DamagedPackageError(DAMAGED)
    sender_keys = PublicKeys(
        signing=_unb64(raw["sender"].get("signing_key"), 32),
        encryption=_unb64(raw["sender"].get("encryption_key"), 32),
    )
    signed_end = len(data) - SIGNATURE_BYTES
    try:
        Ed25519PublicKey.from_public_bytes(sender_keys.signing).verify(
            data[signed_end:], data[:signed_end]
        )
    except (InvalidSignature, ValueError) as error:
        raise DamagedPackageError(DAMAGED) from error
    if format_version > FORMAT_VERSION:
        raise PackageTooNewError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Gói này do phiên bản Sổ Hội mới hơn tạo ra. Hãy cập nhật Sổ Hội trên máy này rồi "
                "nhập lại. Dữ liệu không thay đổi.",
            ),
        )
    generation = raw.get("generation")
    encryption = raw.get("encryption")
    if (
        format_version != FORMAT_VERSION
        or not isinstance(generation, int)
        or isinstance(generation, bool)
        or generation < 0
        or raw.get("kind") not in (KIND_PACKAGE, KIND_ENROLLMENT, KIND_TRANSFER)
        or not (encryption is None or isinstance(encryption, dict))
    ):
        raise DamagedPackageError(DAMAGED)
    header = Header(
        kind=raw["kind"],
        format_version=format_version,
        sender=_party(raw["sender"]),
        sender_keys=sender_keys,
        recipient=_party(raw.get("recipient")),
        generation=generation,
        created_at=_text(raw, "created_at"),
        schema=_text(raw, "schema"),
    )
    return Envelope(
        header=header,
        header_bytes=data[: len(MAGIC) + _FRAME.size + header_length],
        body=data[offset : offset + body_length],
        encryption=encryption,
    )


def open_body(envelope: Envelope, keys: SiteKeys | None) -> bytes:
    """Decrypt (when encrypted) and decompress the body of a checked envelope.

    Raises:
        WrongRecipientError: the body was encrypted for another key than this site's.
        DamagedPackageError: the body does not decompress.
    """
    body = envelope.body
    if envelope.encryption is not None:
        if keys is None or envelope.encryption.get("scheme") != _SCHEME:
            raise DamagedPackageError(DAMAGED)
        ephemeral = _unb64(envelope.encryption.get("ephemeral_key"), 32)
        nonce = _unb64(envelope.encryption.get("nonce"), 12)
        own = keys.public.encryption
        try:
            shared = keys.decrypter().exchange(X25519PublicKey.from_public_bytes(ephemeral))
            key = _derive_key(shared, ephemeral, own)
            body = AESGCM(key).decrypt(nonce, body, envelope.header_bytes)
        except (InvalidTag, ValueError) as error:
            raise WrongRecipientError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Gói này được mã hóa cho một khóa khác của đơn vị này (có thể máy đã được cài "
                    "lại). Hãy gửi gói mới nhất của đơn vị mình lên để bên gửi nhận khóa mới, rồi "
                    "nhờ họ xuất lại. Dữ liệu không thay đổi.",
                ),
            ) from error
    elif envelope.header.kind == KIND_PACKAGE:
        raise DamagedPackageError(DAMAGED)
    return _inflate(body)


def _inflate(body: bytes) -> bytes:
    """Decompress a body in bounded steps, refusing it as soon as it grows too much."""
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    produced = 0
    pending = body
    try:
        while True:
            chunk = inflater.decompress(pending, INFLATE_STEP)
            parts.append(chunk)
            produced += len(chunk)
            consumed = len(body) - len(inflater.unconsumed_tail)
            if produced > MAX_PAYLOAD_BYTES or (
                produced > RATIO_FLOOR and produced > consumed * MAX_RATIO
            ):
                raise PackageTooLargeError(_too_large())
            pending = inflater.unconsumed_tail
            if inflater.eof or (not pending and not chunk):
                break
    except zlib.error as error:
        raise DamagedPackageError(DAMAGED) from error
    if not inflater.eof or inflater.unused_data:
        raise DamagedPackageError(DAMAGED)
    return b"".join(parts)


def _too_large() -> str:
    return QT_TRANSLATE_NOOP(
        "DbErrors",
        "Gói dữ liệu lớn bất thường khi giải nén (vượt giới hạn của một gói Sổ Hội), có "
        "thể là tệp được tạo ra để làm treo máy. Gói bị từ chối; dữ liệu không thay đổi. "
        "Hãy hỏi lại đơn vị gửi."
    )
