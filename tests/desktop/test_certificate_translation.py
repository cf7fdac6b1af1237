"""The English translation of a certificate: its own printout, read back with pdftotext."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from db import certificates as certs
from db.engine import Database
from desktop.documents.certificate_translation import (
    english_union_name,
    render_certificate_translations,
    translation_from_row,
)

VIETNAMESE_FIXED = ("GIẤY CHỨNG NHẬN", "Chứng nhận", "Sinh năm", "Đơn vị:", "Đã hoàn thành",
                    "Thời gian", "Ký, đóng dấu", "Mã xác thực", "Số:")


def _rows(database: Database) -> list[certs.CertificateRow]:
    with database.reading() as session:
        course_id = certs.list_certificates(session)[0].course_id
        return certs.certificates_of_course(session, course_id)


def _pdftotext(path: Path) -> list[str]:
    done = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return done.stdout.split("\f")[:-1]


def test_a_page_per_certificate_with_the_same_data_in_english(demo_db: Database,
                                                              tmp_path: Path) -> None:
    rows = _rows(demo_db)
    target = tmp_path / "translation.pdf"
    render_certificate_translations([translation_from_row(r) for r in rows], target)
    pages = _pdftotext(target)
    assert len(pages) == len(rows) >= 2
    for page, row in zip(pages, rows, strict=True):
        text = " ".join(page.split())
        for expected in ("ENGLISH TRANSLATION", "CERTIFICATE", "This is to certify that:",
                         f"Ms {row.full_name}", f"Year of birth: {row.birth_date[:4]}",
                         "Has completed the course:", f"Certificate No.: {row.number}",
                         "(Women's Union of Hưng Hà commune)", "PRESIDENT", row.signer_name):
            assert expected in text, (expected, text)
        # It says what it is, and which paper is the legal one.
        assert (f"The Vietnamese certificate No. {row.number} issued by {row.issuer_name} "
                "is the legal document") in text
        code = row.verification_code
        assert f"Verification code: {code[:5]} {code[5:]}" in text
        assert row.start is not None and f"{row.start.day:02d}/{row.start.month:02d}" in text
        assert not [word for word in VIETNAMESE_FIXED if word in text]


def test_a_revoked_certificate_s_translation_says_so(demo_db: Database, tmp_path: Path) -> None:
    row = _rows(demo_db)[0]
    revoked = replace(row, revoked_on=row.issued_on, gender="male")
    target = tmp_path / "revoked.pdf"
    render_certificate_translations([translation_from_row(revoked)], target)
    text = " ".join(_pdftotext(target)[0].split())
    assert f"Mr {row.full_name}" in text
    assert "REVOKED on" in text


def test_union_names_get_an_english_rendering() -> None:
    assert english_union_name("Hội LHPN xã Hưng Hà") == (
        "Hội LHPN xã Hưng Hà (Women's Union of Hưng Hà commune)")
    assert english_union_name("Hội LHPN tỉnh Hưng Yên").endswith("(Women's Union of Hưng Yên "
                                                               "province)")
    assert english_union_name("Hội LHPN phường Văn Miếu").endswith("Văn Miếu ward)")
    assert english_union_name("Một tên khác") == "Một tên khác"


def test_the_page_prints_the_translation_beside_the_certificate(qtbot: QtBot,
                                                                demo_db: Database) -> None:
    from db.site import get_site
    from desktop.pages.certificates.page import CertificatesPage
    from desktop.tasks import TaskRunner

    with demo_db.reading() as session:
        site = get_site(session)
    page = CertificatesPage(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.show()
    page.load()
    assert not page.english_button.isEnabled() or page.course.currentData()
    page.course.setCurrentIndex(page.course.findData(_rows(demo_db)[0].course_id))
    assert page.english_button.isEnabled() and page.english_button.isVisible()
    path = page.english_pdf()
    assert path is not None and path.name.endswith("tieng-anh.pdf")
    pages = _pdftotext(path)
    assert len(pages) == len(_rows(demo_db))
    assert "ENGLISH TRANSLATION" in pages[0]
    page.set_read_only(True)  # a view-only account prints the translation too
    assert page.english_button.isVisible()


def test_the_command_line_prints_the_translation(demo_db: Database, tmp_path: Path) -> None:
    import sys

    rows = _rows(demo_db)
    out = tmp_path / "english.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "print", "certificates", "--course",
         rows[0].course_id, "--out", str(out), "--english", "--db", str(demo_db.path)],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
        encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    pages = _pdftotext(out)
    assert len(pages) == len(rows)
    assert all("The Vietnamese certificate No." in " ".join(page.split()) for page in pages)
