"""A certificate's QR code, read back from the printed page, checks out at other sites."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import segno

from db import certificates as certs
from desktop.documents.certificate import certificate_from_row, render_certificates
from tests.sync_support import Province, build_province
from tests.test_cli import ROOT, sohoi

ISSUER, SIBLING = "12586", "12499"


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    built = build_province(tmp_path_factory.mktemp("province"), communes=2, members=60)
    built.receive_down(SIBLING, built.send_down(SIBLING))
    yield built
    built.close()


def _scan(pdf: Path, folder: Path) -> str:
    """Render the page at 300 dpi as a scanner would and decode its QR code with zbar."""
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(folder / "page")], check=True)
    [png] = sorted(folder.glob("page*.png"))
    found = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(png)],
                           capture_output=True, check=True)
    return found.stdout.decode("utf-8").rstrip("\n")


@pytest.fixture(scope="module")
def scanned(province: Province, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """Print one of the issuing commune's certificates and scan it; (text, code)."""
    folder = tmp_path_factory.mktemp("scan")
    with province.communes[ISSUER].reading() as session:
        own = [r for r in certs.list_certificates(session)
               if r.issuer_code == ISSUER and not r.revoked][:1]
        [row] = certs.with_qr_texts(session, own)
    pdf = folder / "gcn.pdf"
    render_certificates([certificate_from_row(row)], pdf)
    return _scan(pdf, folder), row.verification_code


def test_scanned_qr_is_readable_and_verifies_at_sibling_and_upper(
    province: Province, scanned: tuple[str, str],
) -> None:
    text, code = scanned
    assert text.startswith("GIẤY CHỨNG NHẬN số ")
    assert f"Mã xác thực: {code}" in text
    assert segno.make(text, error="m", micro=False).version <= 17
    for database in (province.communes[SIBLING], province.upper):
        with database.reading() as session:
            result = certs.verify(session, text)
        assert result.status == "valid"
    with province.communes[SIBLING].reading() as session:
        assert certs.verify(session, text.replace("sinh năm 19", "sinh năm 20")).status \
            == "forged"


def test_cli_verifies_the_qr_text(province: Province, scanned: tuple[str, str]) -> None:
    text, code = scanned
    sibling = str(province.communes[SIBLING].path)
    valid = sohoi("certificates", "verify", text, "--db", sibling)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "CÒN HIỆU LỰC" in valid.stdout and "Hội LHPN xã Hưng Hà" in valid.stdout
    forged = sohoi("certificates", "verify", text.replace("Họ tên: ", "Họ tên: X"),
                   "--db", sibling)
    assert forged.returncode == 4 and "GIẢ MẠO" in forged.stdout
    short = sohoi("certificates", "verify", code, "--db", str(province.upper.path))
    assert short.returncode == 0 and "CÒN HIỆU LỰC" in short.stdout
    piped = subprocess.run(
        [sys.executable, "-m", "desktop", "certificates", "verify", "-", "--db", sibling],
        input=text, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert piped.returncode == 0, piped.stdout + piped.stderr



def test_check_box_of_a_sibling_shows_what_the_statement_says(
    qtbot, province: Province, scanned: tuple[str, str],  # type: ignore[no-untyped-def]
) -> None:
    from desktop.pages.certificates.page import VerificationBox

    text, _code = scanned
    box = VerificationBox(province.communes[SIBLING])
    qtbot.addWidget(box)
    box.code.setText(text)
    box.run()
    assert box.status_kind() == "valid" and box.status.text() == "CÒN HIỆU LỰC"
    details = box.details.text()
    assert "Chữ ký của đơn vị cấp hợp lệ" in details and "Hội LHPN xã Hưng Hà" in details
    name = text.splitlines()[1].removeprefix("Họ tên: ").split(",")[0]
    assert name in details
