"""Signed QR statements checked offline at other sites of a province (real packages)."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db import certificates as certs
from db.certificate_statement import read_statement, signature_holds
from db.engine import Database
from db.models import KnownIssuer
from db.sync.errors import DamagedPackageError
from db.sync.issuers import check_issuers, store_issuers
from tests.server_support import NewRegister
from tests.sync_support import NOW, Province, build_province

ISSUER, SIBLING = "12586", "12499"


@pytest.fixture
def province(tmp_path: Path, new_register: NewRegister) -> Iterator[Province]:
    built = build_province(tmp_path / "province", communes=2, members=60,
                           upper_at=new_register(tmp_path / "upper.sqlite"))
    yield built
    built.close()


def _own_certificate(database: Database) -> certs.CertificateRow:
    with database.reading() as session:
        rows = [r for r in certs.list_certificates(session) if not r.revoked]
        own = [r for r in rows if r.issuer_code == ISSUER]
        return certs.with_qr_texts(session, own[:1])[0]


def _verify(database: Database, text: str) -> certs.VerificationResult:
    with database.reading() as session:
        return certs.verify(session, text)


def _down(province: Province, code: str) -> None:
    province.receive_down(code, province.send_down(code))


def test_statement_verifies_at_sibling_and_upper_and_catches_forgery(
    province: Province,
) -> None:
    issuer, sibling = province.communes[ISSUER], province.communes[SIBLING]
    row = _own_certificate(issuer)
    text = row.qr_text
    lines = text.splitlines()
    assert lines[0] == f"GIẤY CHỨNG NHẬN số {row.number}"
    assert row.full_name in lines[1] and lines[-1].startswith("SOHOI-GCN1:12586:")
    assert len(text.encode()) < 460  # a QR code of version ≤ 17 at level M

    # The sibling does not know the issuer's key before the upper level's package.
    assert _verify(sibling, text).status == "unknown_issuer"
    _down(province, SIBLING)
    with sibling.reading() as session:
        known = session.scalars(select(KnownIssuer.unit_code)).all()
    assert known == [ISSUER]

    at_sibling = _verify(sibling, text)
    assert at_sibling.status == "valid"
    assert at_sibling.certificate is None  # the sibling's register never held it
    assert at_sibling.statement is not None
    assert at_sibling.statement.full_name == row.full_name
    assert at_sibling.statement.number == row.number
    assert at_sibling.issuer_name == "Hội LHPN xã Hưng Hà"

    at_upper = _verify(province.upper, text)
    assert at_upper.status == "valid"
    assert at_upper.certificate is not None and at_upper.certificate.id == row.id
    assert _verify(issuer, text).status == "valid"

    # Line ends turned into CRLF or spaces by a reader or a one-line box change nothing.
    assert _verify(sibling, text.replace("\n", "\r\n")).status == "valid"
    assert _verify(sibling, text.replace("\n", " ")).status == "valid"

    # One changed letter anywhere in what a person reads is a forgery.
    name = row.full_name
    changed = name[:-1] + ("a" if name[-1] != "a" else "b")
    forged = text.replace(name, changed)
    assert forged != text
    assert _verify(sibling, forged).status == "forged"
    assert _verify(province.upper, forged).status == "forged"
    assert _verify(sibling, text.replace(str(row.issued_on.year), "2019", 1)).status == "forged"
    # A signature of another issuer's key, or a cut one, is not the issuer's.
    assert _verify(sibling, text[:-3] + "AAA").status == "forged"
    assert _verify(sibling, text[:-10]).status == "forged"


def test_revocation_reaches_upper_then_sibling(province: Province) -> None:
    issuer, sibling = province.communes[ISSUER], province.communes[SIBLING]
    row = _own_certificate(issuer)
    _down(province, SIBLING)
    with issuer.transaction() as session:
        certs.revoke_certificate(session, row.id, NOW.date(), "Cấp nhầm người")
    assert _verify(issuer, row.qr_text).status == "revoked"
    # Not yet arrived anywhere else: the paper still checks as signed.
    assert _verify(province.upper, row.qr_text).status == "valid"
    path = province.send_up(ISSUER, NOW + dt.timedelta(hours=1))
    with province.upper.transaction() as session:
        from db.sync.importer import import_package

        import_package(session, path.read_bytes(), path.name)
    upper = _verify(province.upper, row.qr_text)
    assert upper.status == "revoked" and upper.revoked_on == NOW.date()
    assert _verify(sibling, row.qr_text).status == "valid"
    province.receive_down(SIBLING, province.send_down(SIBLING, NOW + dt.timedelta(hours=2)))
    at_sibling = _verify(sibling, row.qr_text)
    assert at_sibling.status == "revoked" and at_sibling.revoked_on == NOW.date()


def test_old_codes_keep_working(province: Province) -> None:
    issuer = province.communes[ISSUER]
    row = _own_certificate(issuer)
    for database in (issuer, province.upper):
        for typed in (row.verification_code, f"SOHOI-CERT:{row.verification_code}"):
            result = _verify(database, typed)
            assert result.status == "valid" and result.certificate is not None
            assert result.certificate.id == row.id
    assert _verify(province.communes[SIBLING], row.verification_code).status == "unknown"


def test_statement_text_is_checked_word_for_word() -> None:
    from db.certificate_statement import StatementFields, write_statement
    from db.sync.keys import generate_keys

    keys, other = generate_keys(), generate_keys()
    fields = StatementFields("01/2026/GCN-HLHPN", "Nguyễn Thị Hoa", "1985",
                             "Kỹ năng tuyên truyền", dt.date(2026, 3, 2), dt.date(2026, 3, 3),
                             dt.date(2026, 3, 10), ISSUER, "Hội LHPN xã Hưng Hà", "ABCDEFGHJK")
    text = write_statement(fields, keys.signing_private)
    statement = read_statement(text)
    assert statement is not None and statement.fields == fields
    assert signature_holds(statement, keys.public.signing)
    assert not signature_holds(statement, other.public.signing)
    assert read_statement("SOHOI-CERT:ABCDEFGHJK") is None
    assert read_statement(text + "x" * 3000) is None


def test_issuer_lists_from_a_package_are_checked(province: Province) -> None:
    key = base64.b64encode(bytes(range(32))).decode()
    good = {"code": ISSUER, "key": key, "revoked": [["ABCDEFGHJK", "2026-11-20"]]}
    assert check_issuers([good])[0].revoked == {"ABCDEFGHJK": "2026-11-20"}
    bad_entries = [
        "x", [{"code": ISSUER}], [{**good, "key": "AAAA"}], [{**good, "code": "12 586"}],
        [{**good, "revoked": [["abc", "2026-11-20"]]}],
        [{**good, "revoked": [["ABCDEFGHJK", "2026-13-40"]]}],
        [good, good], [{**good, "extra": 1}],
    ]
    for bad in bad_entries:
        with pytest.raises(DamagedPackageError):
            check_issuers(bad)
    sibling = province.communes[SIBLING]
    # A unit of another province, or the commune itself, is never stored as a sibling.
    for code in ("00004", SIBLING):
        with sibling.transaction() as session, pytest.raises(DamagedPackageError):
            store_issuers(session, check_issuers([{**good, "code": code}]), "33", SIBLING,
                          NOW)
    with sibling.reading() as session:
        assert session.scalars(select(KnownIssuer)).all() == []


def test_a_commune_checks_its_upper_levels_papers(province: Province) -> None:
    from db.certificate_statement import StatementFields, write_statement
    from db.models import Site

    with province.upper.reading() as session:
        private = session.scalars(select(Site)).one().signing_private_key
    assert private is not None
    fields = StatementFields("01/2026/GCN-HLHPN", "Lê Thị Tỉnh", "1979", "Lớp tỉnh tổ chức",
                             dt.date(2026, 5, 4), dt.date(2026, 5, 6), dt.date(2026, 5, 8),
                             "33", "Hội LHPN tỉnh Hưng Yên", "QRSTUVWXYZ")
    text = write_statement(fields, private)
    for database in (province.communes[ISSUER], province.communes[SIBLING], province.upper):
        result = _verify(database, text)
        assert result.status == "valid", result
        assert result.statement == fields
    # A commune's key cannot speak for the upper level.
    with province.communes[ISSUER].reading() as session:
        commune_key = session.scalars(select(Site)).one().signing_private_key
    assert commune_key is not None
    assert _verify(province.communes[SIBLING], write_statement(fields, commune_key)).status \
        == "forged"
