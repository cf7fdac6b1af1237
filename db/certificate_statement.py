"""The signed statement a certificate's QR code carries, readable by any phone.

A paper may be checked far from the office that issued it: at another commune, at the
province, by an employer with a phone. The QR code therefore holds a few lines a
person can read (number, holder, birth year, course, dates, issuer, verification
code) and, last, one compact line that a Sổ Hội site checks offline::

    GIẤY CHỨNG NHẬN số 01/2026/GCN-HLHPN
    Họ tên: Nguyễn Thị Hoa, sinh năm 1985
    Lớp: Bồi dưỡng nghiệp vụ công tác Hội
    Học từ 03/03/2026 đến 05/03/2026
    Nơi cấp: Hội LHPN xã Hưng Hà, ngày 10/03/2026
    Mã xác thực: ABCDEFGHJK
    SOHOI-GCN1:12586:ABCDEFGHJK:<Ed25519 signature, base64url, 86 characters>

The signature is the issuing site's Ed25519 key over the whole text up to and
including the issuer code and verification code. It covers the text with every run
of white space made one space (and Unicode in NFC): phone readers turn line ends into
CRLF, and a one-line entry box turns them into spaces, yet the words a person reads
are exactly the words signed. A single changed letter breaks the signature.

Which key belongs to an issuer is not this module's business
(:mod:`db.sync.issuers`); this one only writes, reads and checks the text.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

TOKEN_PREFIX: Final = "SOHOI-GCN1:"
"""Starts the signature line; "1" is the statement format's version."""

_DOMAIN: Final = b"sohoi-certificate-statement-1\x00"
"""Signed before the text, so that no other signed thing of Sổ Hội can pass as one."""

MAX_COURSE: Final = 60
"""Longer course titles are cut (with "…") so that the QR code stays small enough."""

MAX_TEXT: Final = 2000
"""Anything longer is not a statement of ours; it is refused before any parsing."""

_TOKEN = re.compile(
    r"SOHOI-GCN1:(?P<issuer>[0-9]{2,12}):(?P<code>[A-Z0-9]{6,20}):(?P<sig>[A-Za-z0-9_-]{86})$"
)
_HUMAN = re.compile(
    r"^GIẤY CHỨNG NHẬN số (?P<number>.+?) Họ tên: (?P<name>.+?)"
    r"(?:, sinh năm (?P<year>[0-9]{4}))? Lớp: (?P<course>.+?)"
    r"(?: Học từ (?P<start>[0-9/]+) đến (?P<end>[0-9/]+))?"
    r" Nơi cấp: (?P<issuer>.+?), ngày (?P<issued>[0-9/]+)"
    r" Mã xác thực: (?P<code>[A-Z0-9]+)$"
)


@dataclass(frozen=True)
class StatementFields:
    """What a statement says about one certificate, as printed.

    Attributes:
        birth_year: "1985", or "" when unknown.
        issuer_code: the issuing unit's code in the official catalog ("12586").
        issuer_name: the issuing union as printed ("Hội LHPN xã Hưng Hà").
    """

    number: str
    full_name: str
    birth_year: str
    course_title: str
    start: dt.date | None
    end: dt.date | None
    issued_on: dt.date | None
    issuer_code: str
    issuer_name: str
    verification_code: str


@dataclass(frozen=True)
class Statement:
    """A statement read from a QR text (not yet checked against any key).

    Attributes:
        fields: what it says; the human part is parsed as well as its shape allows
            (a text whose lines cannot be read still has its issuer and code).
        signed: the exact bytes the signature must cover.
        signature: the 64 signature bytes.
    """

    fields: StatementFields
    signed: bytes
    signature: bytes


def canonical(text: str) -> str:
    """Return the text as signed: NFC, every run of white space one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _dmy(day: dt.date | None) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def human_lines(fields: StatementFields) -> list[str]:
    """Return the lines a phone shows, in the order :data:`_HUMAN` reads them back."""
    course = _one_line(fields.course_title)
    if len(course) > MAX_COURSE:
        course = course[: MAX_COURSE - 1].rstrip() + "…"
    person = f"Họ tên: {_one_line(fields.full_name)}"
    if fields.birth_year:
        person += f", sinh năm {fields.birth_year}"
    lines = [f"GIẤY CHỨNG NHẬN số {_one_line(fields.number)}", person, f"Lớp: {course}"]
    if fields.start or fields.end:
        first, last = fields.start or fields.end, fields.end or fields.start
        lines.append(f"Học từ {_dmy(first)} đến {_dmy(last)}")
    lines.append(f"Nơi cấp: {_one_line(fields.issuer_name)}, ngày {_dmy(fields.issued_on)}")
    lines.append(f"Mã xác thực: {fields.verification_code}")
    return lines


def _signed_bytes(lines: list[str], issuer_code: str, code: str) -> bytes:
    text = "\n".join([*lines, f"{TOKEN_PREFIX}{issuer_code}:{code}"])
    return _DOMAIN + canonical(text).encode("utf-8")


def write_statement(fields: StatementFields, signing_private_key: bytes) -> str:
    """Return the QR text of a certificate, signed with the issuing site's private key."""
    lines = human_lines(fields)
    signed = _signed_bytes(lines, fields.issuer_code, fields.verification_code)
    signature = Ed25519PrivateKey.from_private_bytes(signing_private_key).sign(signed)
    token = base64.urlsafe_b64encode(signature).decode("ascii").rstrip("=")
    return "\n".join(
        [*lines, f"{TOKEN_PREFIX}{fields.issuer_code}:{fields.verification_code}:{token}"]
    )


def looks_like_statement(text: str) -> bool:
    """Tell whether a scanned or pasted text is a signed statement (not an old code)."""
    return TOKEN_PREFIX in text[:MAX_TEXT]


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        day, month, year = (int(part) for part in text.split("/"))
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_statement(text: str) -> Statement | None:
    """Read a statement from a QR text; None when it is not one (or is mangled).

    Nothing is trusted yet: the caller checks the signature with the issuer's key
    before believing a word of it.
    """
    if len(text) > MAX_TEXT:
        return None
    flat = canonical(text)
    start = flat.rfind(TOKEN_PREFIX)
    if start < 0:
        return None
    token = _TOKEN.match(flat[start:])
    if token is None:
        return None
    human = flat[:start].strip()
    try:
        signature = base64.urlsafe_b64decode(token["sig"] + "==")
    except (binascii.Error, ValueError):
        return None
    if len(signature) != 64:
        return None
    issuer_code, code = token["issuer"], token["code"]
    signed = _DOMAIN + canonical(f"{human} {TOKEN_PREFIX}{issuer_code}:{code}").encode("utf-8")
    parsed = _HUMAN.match(human)
    if parsed is None:
        fields = StatementFields("", "", "", "", None, None, None, issuer_code, "", code)
    else:
        fields = StatementFields(
            number=parsed["number"],
            full_name=parsed["name"],
            birth_year=parsed["year"] or "",
            course_title=parsed["course"],
            start=_date(parsed["start"]),
            end=_date(parsed["end"]),
            issued_on=_date(parsed["issued"]),
            issuer_code=issuer_code,
            issuer_name=parsed["issuer"],
            verification_code=code,
        )
        if parsed["code"] != code:  # the readable code must be the signed one
            return None
    return Statement(fields=fields, signed=signed, signature=signature)


def signature_holds(statement: Statement, signing_public_key: bytes) -> bool:
    """Tell whether the issuer's public key signed exactly this statement."""
    try:
        Ed25519PublicKey.from_public_bytes(signing_public_key).verify(
            statement.signature, statement.signed
        )
    except (InvalidSignature, ValueError):
        return False
    return True
