"""The certificate PDF, read back with pypdf: texts, fonts, the QR path, identical reprints."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import segno
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from db import certificates as certs
from db.engine import Database
from db.models import Member, Participation
from desktop.documents import certificate as doc
from desktop.documents.certificate import (
    CertificateSheet,
    bench_certificates,
    certificate_from_row,
    qr_text,
    render_certificates,
)


def _rows(database: Database, course_id: str | None = None) -> list[certs.CertificateRow]:
    with database.reading() as session:
        if course_id is None:
            course_id = certs.list_certificates(session)[0].course_id
        return certs.certificates_of_course(session, course_id)


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _render(rows: list[certs.CertificateRow]) -> bytes:
    out = io.BytesIO()
    render_certificates([certificate_from_row(r) for r in rows], out)
    return out.getvalue()


def test_one_landscape_page_per_certificate_with_its_texts(demo_db: Database,
                                                         tmp_path: Path) -> None:
    rows = _rows(demo_db)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "gcn.pdf"
    render_certificates([certificate_from_row(r) for r in rows], target)
    assert [p.name for p in folder.iterdir()] == ["gcn.pdf"]  # no temporary file left
    reader = PdfReader(target)
    assert len(reader.pages) == len(rows) >= 2
    for page, row in zip(reader.pages, rows, strict=True):
        assert page.mediabox.width > page.mediabox.height  # A4 landscape
        text = " ".join(page.extract_text().split())
        for expected in ("GIẤY CHỨNG NHẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "HỘI LHPN XÃ HƯNG HÀ", "HỘI LHPN TỈNH HƯNG YÊN",
                         f"Chứng nhận bà: {row.full_name}", f"Sinh năm: {row.birth_date[:4]}",
                         f"Đơn vị: {row.unit}", f"Số: {row.number}", "(Ký, đóng dấu)",
                         f"Hưng Hà, ngày {row.issued_on.day:02d}", row.signer_name,
                         "Đã hoàn thành lớp:", row.verification_code[:5]):
            assert expected in text, expected
        assert row.course_title.split()[0] in text
        assert (f"từ ngày {row.start:%d/%m/%Y} đến ngày {row.end:%d/%m/%Y}") in text


def test_fonts_are_embedded_subsets_of_liberation_serif(demo_db: Database) -> None:
    reader = PdfReader(io.BytesIO(_render(_rows(demo_db)[:1])))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        name = str(font["/BaseFont"])
        names.append(name)
        assert name[7] == "+" and name[1:7].isupper(), name  # subset tag "ABCDEF+"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is in the file
    assert names and all("LiberationSerif" in n for n in names)
    assert not any("Helvetica" in n or "Times" in n for n in names)


def test_reprint_is_identical_after_the_member_changes(demo_db: Database) -> None:
    rows = _rows(demo_db)
    first = _render(rows)
    with demo_db.transaction() as session:
        for row in rows:
            participation = session.get_one(Participation, row.participation_id)
            assert participation.member_id is not None
            member = session.get_one(Member, participation.member_id)
            member.full_name = "Người Khác Hẳn"
            member.birth_date = "1999"
            participation.person_name = "Người Khác Hẳn"
    again = _render(_rows(demo_db, rows[0].course_id))
    assert _text(again) == _text(first)
    assert again == first  # invariant output: the very same bytes
    assert "Người Khác Hẳn" not in " ".join(_text(again))


def _qr_rects(data: bytes, size: float) -> tuple[list[tuple[float, ...]], int]:
    """Return the rectangles drawn inside the QR area (page coordinates) and the fills."""
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    width = float(page.mediabox.width)
    right = width - 9 * mm - 2.2 * mm - 11 * mm
    qr_x = right - size - 5 * mm
    content = ContentStream(page.get_contents(), reader)
    rects, fills, pending = [], 0, 0
    ctm, saved = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), []
    for operands, operator in content.operations:
        if operator == b"q":
            saved.append(ctm)
        elif operator == b"Q":
            ctm = saved.pop()
        elif operator == b"cm":  # the new matrix applies before the current one
            a, b, c, d, e, f = (float(v) for v in operands)
            ca, cb, cc, cd, ce, cf = ctm
            ctm = (a * ca + b * cc, a * cb + b * cd, c * ca + d * cc, c * cb + d * cd,
                   e * ca + f * cc + ce, e * cb + f * cd + cf)
        elif operator == b"re":
            x0, y0, w0, h0 = (float(v) for v in operands)
            ca, cb, cc, cd, ce, cf = ctm
            corners = ((x0, y0), (x0 + w0, y0 + h0))
            xs = [ca * px + cc * py + ce for px, py in corners]
            ys = [cb * px + cd * py + cf for px, py in corners]
            x, y, w, h = min(xs), min(ys), abs(xs[1] - xs[0]), abs(ys[1] - ys[0])
            if qr_x - 0.01 <= x < qr_x + size and w < size:
                rects.append((x, y, w, h))
                pending += 1
        elif operator in (b"f", b"f*", b"B", b"b"):
            if pending:
                fills += 1
            pending = 0
    return rects, fills


def test_qr_is_one_path_equal_to_segnos_matrix(demo_db: Database) -> None:
    row = _rows(demo_db)[0]
    data = _render([row])
    size = doc._QR_SIZE
    rects, fills = _qr_rects(data, size)
    assert fills == 1  # all modules in one path, filled once
    matrix = segno.make(qr_text(row.verification_code), error="m", micro=False).matrix
    n = len(matrix)
    module = size / n
    qr_x = min(r[0] for r in rects)
    qr_top = max(r[1] + r[3] for r in rects)
    drawn = [[0] * n for _ in range(n)]
    for x, y, w, h in rects:
        assert abs(h - module) < 0.01
        r = round((qr_top - y - h) / module)
        c0 = round((x - qr_x) / module)
        for c in range(c0, c0 + round(w / module)):
            drawn[r][c] = 1
    assert drawn == [list(line) for line in matrix]
    assert len(rects) == len(doc.qr_runs(matrix))
    assert qr_text(row.verification_code) == f"SOHOI-CERT:{row.verification_code}"


def test_revoked_reprint_says_so_and_men_are_ong(demo_db: Database) -> None:
    row = replace(_rows(demo_db)[0], revoked_on=dt.date(2026, 11, 20), gender="male")
    sheet = certificate_from_row(row)
    assert sheet.honorific == "ông"
    text = " ".join(_text(_render([row]))[0].split())
    assert "ĐÃ THU HỒI ngày 20/11/2026" in text
    assert "Chứng nhận ông:" in text


def test_benchmark_reports_both_timings() -> None:
    result = bench_certificates(4, 1)
    assert result["name"] == "certificates_4"
    assert result["baseline_name"] == "reportlab_qr_widget"
    assert result["median_ms"] > 0 and result["baseline_ms"] > 0
    assert result["budget_on"] == "median"
    assert isinstance(result["within_budget"], bool)
    assert result["ratio"] == round(result["median_ms"] / result["baseline_ms"], 3) or \
        abs(result["ratio"] - result["median_ms"] / result["baseline_ms"]) < 0.01


def test_sheet_from_an_unknown_birth_year_prints_dots() -> None:
    sheet = CertificateSheet(
        issuer_parent="", issuer="HỘI LHPN XÃ HƯNG HÀ", honorific="bà",
        full_name="Lò Thị Mai", birth_year="", unit="", course_title="Kỹ năng tuyên truyền",
        period="ngày 02/03/2026", place_and_date="Hưng Hà, ngày 02 tháng 3 năm 2026",
        signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer_name="Trần Thị Lan",
        number="001/GCN-HLHPN", verification_code="ABCDEFGHJK",
    )
    out = io.BytesIO()
    render_certificates([sheet], out)
    text = " ".join(_text(out.getvalue())[0].split())
    assert "Sinh năm: ……" in text
    assert "KT. CHỦ TỊCH" in text and "PHÓ CHỦ TỊCH" in text
