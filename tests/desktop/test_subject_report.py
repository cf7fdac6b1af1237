"""The personal data report: a real PDF of a demo officer, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from db.engine import Database
from db.personal_data import SubjectRecord, record_consent, subject_record
from desktop.documents.subject_report import SECTION_TITLES, TITLE, render_subject_report
from tests.desktop.pdf_layout import assert_decree_page_numbers, read_pages

TODAY = dt.date(2026, 11, 25)
ISSUER = ("HỘI LHPN TỈNH HƯNG YÊN", "HỘI LHPN XÃ HƯNG HÀ")
DATE_LINE = "Hưng Hà, ngày 25 tháng 11 năm 2026"
STANDARD_14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def _officer_id(database: Database) -> str:
    with sqlite3.connect(database.path) as connection:
        row = connection.execute(
            "SELECT m.id FROM members m WHERE m.id_number IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM posts p WHERE p.member_id = m.id) "
            "AND EXISTS (SELECT 1 FROM attendances a WHERE a.member_id = m.id) "
            "AND EXISTS (SELECT 1 FROM participations pa JOIN certificates c "
            "ON c.participation_id = pa.id WHERE pa.member_id = m.id) "
            "ORDER BY m.sort_key LIMIT 1").fetchone()
    return str(row[0])


@pytest.fixture
def record(demo_db: Database) -> SubjectRecord:
    member_id = _officer_id(demo_db)
    with demo_db.transaction() as session:
        record_consent(session, member_id, dt.date(2026, 2, 3), "Ký phiếu đồng ý", TODAY)
    with demo_db.reading() as session:
        return subject_record(session, member_id, TODAY)


def _text(path: Path) -> str:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def test_report_lists_every_section_and_her_data(record: SubjectRecord, tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"
    render_subject_report(record, ISSUER, DATE_LINE, out)
    text = _text(out)
    values = {f.label: f.value for f in record.fields}

    assert TITLE in text
    assert record.full_name in text
    assert values["Số CCCD"] and values["Số CCCD"] in text
    for title in SECTION_TITLES:
        assert title in text, title
    assert "Dân tộc (dữ liệu nhạy cảm)" in text and "Tôn giáo (dữ liệu nhạy cảm)" in text
    assert "Số CCCD (dữ liệu nhạy cảm)" not in text
    assert "Lập ngày 25/11/2026" in text and "03/02/2026" in text and "Ký phiếu đồng ý" in text
    for certificate in record.certificates:
        assert certificate.number in text
    assert record.attendance[0].held_on.strftime("%d/%m/%Y") in text
    assert record.upper_level in text and "gói đồng bộ" in text
    assert "TM. BAN THƯỜNG VỤ" in text and "CHỦ TỊCH" in text and record.chair_name in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and DATE_LINE in text
    assert "bà (ông)" not in text
    expected = "ông" if record.gender == "male" else "bà"
    assert f"toàn bộ thông tin về {expected} {record.full_name}" in text
    assert_decree_page_numbers(read_pages(out))


def test_body_text_is_13_pt_at_least(record: SubjectRecord, tmp_path: Path) -> None:
    """Decree 30: body text 13–14 pt; only the header block (12 pt, as the decree allows)
    and the bold column headings of the tables are smaller."""
    out = tmp_path / "phieu.pdf"
    render_subject_report(record, ISSUER, DATE_LINE, out)
    pages = read_pages(out)
    header = {*ISSUER, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
    body = [r for page in pages for r in page.runs
            if r.text.strip() not in header and "Bold" not in r.font]
    assert len(body) > 100
    assert min(r.size for r in body) >= 13, [r for r in body if r.size < 13][:5]
    headings = [r for page in pages for r in page.runs if r.text.strip() not in header]
    assert min(r.size for r in headings) >= 12


def test_a_man_is_called_ong_and_the_signer_can_be_edited(
    record: SubjectRecord, tmp_path: Path
) -> None:
    man = dataclasses.replace(record, gender="male")
    out = tmp_path / "phieu.pdf"
    render_subject_report(man, ISSUER, DATE_LINE, out,
                          signer=("KT. CHỦ TỊCH\nPhó Chủ tịch", "Trần Thị Mai"))
    text = _text(out)
    assert f"toàn bộ thông tin về ông {record.full_name}" in text
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text and "Trần Thị Mai" in text
    assert "TM. BAN THƯỜNG VỤ" not in text


def test_fonts_are_embedded_subsets(record: SubjectRecord, tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"
    render_subject_report(record, ISSUER, DATE_LINE, out)
    fonts: list[DictionaryObject] = []
    for page in PdfReader(out).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", DictionaryObject()).get_object().values():
            font = ref.get_object()
            fonts.append(font)
            fonts += [d.get_object() for d in font.get("/DescendantFonts", [])]
    assert fonts
    for font in fonts:
        base = str(font["/BaseFont"])
        assert base.lstrip("/") not in STANDARD_14
        if font["/Subtype"] == "/Type0":
            continue
        assert re.fullmatch(r"/[A-Z]{6}\+LiberationSerif(-\w+)?", base), base
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), base


def test_an_empty_record_says_so_and_the_old_file_survives_a_failure(
    record: SubjectRecord, tmp_path: Path
) -> None:
    bare = SubjectRecord(**{**record.__dict__, "posts": (), "certificates": (),
                            "attendance": (), "participations": (), "needs": (),
                            "qualifications": (), "recipients": ()})
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "phieu.pdf"
    render_subject_report(bare, ISSUER, DATE_LINE, out)
    assert _text(out).count("Không có.") == 7
    before = out.read_bytes()
    with pytest.raises(AttributeError):
        render_subject_report(None, ISSUER, DATE_LINE, out)  # type: ignore[arg-type]
    assert out.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["phieu.pdf"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_first_page_renders(record: SubjectRecord, tmp_path: Path) -> None:
    """Page 1 rasterises (docs/subject-report.png was made the same way, by hand)."""
    out = tmp_path / "phieu.pdf"
    render_subject_report(record, ISSUER, DATE_LINE, out)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(out), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page.png").stat().st_size > 10_000
