"""The training certificate (giấy chứng nhận): A4 landscape, one per page, with a QR code.

A commune prints a class's certificates at once, and an upper level prints a thousand
after a round of courses, so the page is drawn straight on a canvas (no ``platypus``
layout) and the QR code is drawn as a single filled path in module units; its matrix
is segno's, made fast by :mod:`desktop.documents.qr_mask` (a signed statement's code
costs segno 60 ms). ReportLab's own QR widget builds one shape object per module and
is far slower (docs/ARCHITECTURE.md §5 and §9).

Everything printed comes from :class:`CertificateSheet`, which is made from the snapshot
stored with the certificate (``db.certificates``), so a reprint years later is the same
paper. The output is written with ``invariant`` on: the same sheets give the same bytes.
"""

from __future__ import annotations

import io
import os
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.pdf_common import (
    SIGNATURE_SPACE,
    SIGNER_SIZE,
    FontFamily,
    HeaderBlock,
    draw_official_header,
    honorific,
    nfc,
    register_fonts,
    signer_lines,
    vietnamese_date_line,
    write_atomically,
)
from desktop.documents.qr_mask import make_qr

__all__ = [
    "QR_PREFIX",
    "CertificateSheet",
    "QrCache",
    "bench_certificates",
    "certificate_from_row",
    "draw_qr_path",
    "qr_text",
    "render_certificates",
]

QR_PREFIX = "SOHOI-CERT:"
"""What the QR code carries before the code (same as ``db.certificates.QR_PREFIX``)."""

PAGE = landscape(A4)
_OUTER = 9 * mm  # page edge to the outer frame line
_GAP = 2.2 * mm  # between the two frame lines
_PAD = 11 * mm  # inner frame line to the text
_ACCENT = colors.HexColor("#9b1c1c")  # the deep red of the Union's papers
_INK = colors.black
_QR_SIZE = 25 * mm
_QR_ERROR = "m"  # 15 % of the code may be smudged or folded and still read


@dataclass(frozen=True)
class CertificateSheet:
    """Everything printed on one certificate, already worded.

    Attributes:
        issuer_parent: The body above the issuer, upper case ("HỘI LHPN TỈNH HƯNG YÊN").
        issuer: The issuing union, upper case ("HỘI LHPN XÃ HƯNG HÀ").
        honorific: "bà" or "ông".
        full_name: The holder's name as printed.
        birth_year: "1982", or "" when unknown (a dotted line is printed).
        unit: The holder's branch or unit.
        course_title: The course, as printed after "Đã hoàn thành lớp:".
        period: "từ ngày 08/09/2026 đến ngày 09/09/2026".
        place_and_date: "Hưng Hà, ngày 09 tháng 9 năm 2026".
        signer_title: "CHỦ TỊCH", or lines ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH").
        signer_name: The signer's name.
        number: "015/GCN-HLHPN" (printed after "Số: ").
        verification_code: The ten-character code carried by the QR code.
        revoked_note: "" normally; printed across the page when a revoked paper is
            reprinted for the record, so it can never pass as valid.
        qr: What the QR code carries: the issuer's signed statement
            (``db.certificates.with_qr_texts``), or "" for the short "SOHOI-CERT:code".
    """

    issuer_parent: str
    issuer: str
    honorific: str
    full_name: str
    birth_year: str
    unit: str
    course_title: str
    period: str
    place_and_date: str
    signer_title: str
    signer_name: str
    number: str
    verification_code: str
    revoked_note: str = ""
    qr: str = ""


def _dmy(day: Any) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def certificate_from_row(row: Any) -> CertificateSheet:
    """Word a certificate from a ``db.certificates.CertificateRow`` (its snapshot fields).

    Only the row's snapshot fields are used, never the member's current record, so the
    paper is the one that was issued.
    """
    start, end = row.start, row.end
    if start and end and start != end:
        period = f"từ ngày {_dmy(start)} đến ngày {_dmy(end)}"
    elif start or end:
        period = f"ngày {_dmy(start or end)}"
    else:
        period = ""
    revoked = ""
    if row.revoked_on is not None:
        revoked = f"ĐÃ THU HỒI ngày {_dmy(row.revoked_on)}"
    return CertificateSheet(
        issuer_parent=nfc(row.issuer_parent_name).upper(),
        issuer=nfc(row.issuer_name).upper(),
        honorific=honorific(row.gender),
        full_name=row.full_name,
        birth_year=(row.birth_date or "")[:4],
        unit=row.unit,
        course_title=row.course_title,
        period=period,
        place_and_date=vietnamese_date_line(row.place_name, row.issued_on),
        signer_title=row.signer_title,
        signer_name=row.signer_name,
        number=row.number,
        verification_code=row.verification_code,
        revoked_note=revoked,
        qr=getattr(row, "qr_text", "") or "",
    )


def qr_text(code: str) -> str:
    """Return what the QR code carries: "SOHOI-CERT:<code>" (QR alphanumeric mode)."""
    return f"{QR_PREFIX}{code}"


# --- the QR code ----------------------------------------------------------------------------


def qr_matrix(text: str) -> tuple[bytearray, ...]:
    """Return the module matrix for ``text`` (rows top to bottom, 1 = dark), no border.

    It is the matrix segno makes on its own, the mask chosen the standard's way by
    :mod:`desktop.documents.qr_mask` (ten times faster for a signed statement).
    """
    return make_qr(text).matrix


_DARK_RUN = re.compile(rb"\x01+")


def qr_runs(matrix: Sequence[bytearray]) -> list[tuple[int, int, int]]:
    """Return the dark runs of every row as (row, first column, length).

    Merging neighbouring dark modules into one rectangle halves the path's size, and
    rectangles that touch leave no hairline gaps when a viewer anti-aliases them.
    """
    return [(r, hit.start(), hit.end() - hit.start())
            for r, line in enumerate(matrix) for hit in _DARK_RUN.finditer(line)]


class QrCache:
    """The QR codes of one print job, each distinct text encoded once.

    A job may carry the same text more than once (a paper reprinted beside its
    original, the same certificate on a blank and on plain paper), and encoding is
    most of a page's time.
    """

    def __init__(self) -> None:
        self._codes: dict[str, tuple[int, int, str]] = {}

    def path(self, text: str) -> tuple[int, int, str]:
        """Return the code's width in modules, its number of rectangles and their PDF path.

        The path is in module units, rows counted downwards: "column row length 1 re"
        per dark run. Integers keep the page stream a third of the size of page
        coordinates and cost far less to write than ReportLab's number formatting,
        which a signed statement's 1,600 runs would otherwise spend most of the page's
        time in.
        """
        found = self._codes.get(text)
        if found is None:
            matrix = qr_matrix(text)
            runs = qr_runs(matrix)
            code = "".join([f"{c} {r} {length} 1 re\n" for r, c, length in runs])
            found = self._codes[text] = (len(matrix), len(runs), code)
        return found


def draw_qr_path(canv: Canvas, text: str, x: float, y: float, size: float,
                 cache: QrCache | None = None) -> int:
    """Draw the QR code of ``text`` as ONE filled path in a ``size`` square at (x, y).

    ``cache`` holds the print job's codes, so that a text met again is not encoded
    again; without one the code is encoded afresh.

    Returns:
        The number of rectangles in the path (for tests to compare with the matrix).
    """
    width, count, code = (cache or QrCache()).path(text)
    module = size / width
    canv.saveState()
    canv.setFillColor(_INK)
    canv.transform(module, 0, 0, -module, x, y + size)  # one unit a module, rows downwards
    canv.addLiteral(code + "f")
    canv.restoreState()
    return count


def _draw_qr_widget(canv: Canvas, text: str, x: float, y: float, size: float) -> int:
    """Draw the QR code with ReportLab's own widget: the benchmark's raw baseline."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text, barLevel=_QR_ERROR.upper(), barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canv, x, y)
    return 0


QrDrawer = Callable[[Canvas, str, float, float, float], int]


# --- the page -------------------------------------------------------------------------------


def render_certificates(sheets: Sequence[CertificateSheet], out: Path | BinaryIO) -> None:
    """Write the certificates as one PDF, one A4 landscape page each.

    Args:
        sheets: What to print, in page order.
        out: A path, written atomically (the old file survives any failure), or an open
            binary stream.
    """
    if isinstance(out, (str, os.PathLike)):
        write_atomically(Path(out), lambda stream: _build(sheets, stream, _job_drawer()))
    else:
        _build(sheets, out, _job_drawer())


def _job_drawer() -> QrDrawer:
    """Return the QR drawer of one print job, with the job's own cache of codes."""
    cache = QrCache()

    def draw(canv: Canvas, text: str, x: float, y: float, size: float) -> int:
        return draw_qr_path(canv, text, x, y, size, cache)

    return draw


def _build(sheets: Sequence[CertificateSheet], stream: BinaryIO, draw_qr: QrDrawer) -> None:
    fonts = register_fonts()
    canv = Canvas(
        stream,
        pagesize=PAGE,
        initialFontName=fonts.regular,
        initialFontSize=12,
        initialLeading=14.4,
        invariant=True,
        pageCompression=1,
        lang="vi",
    )
    first = sheets[0] if sheets else None
    canv.setTitle("Giấy chứng nhận" if len(sheets) != 1 or first is None
                  else nfc(f"Giấy chứng nhận {first.number} — {first.full_name}"))
    canv.setAuthor(nfc(first.issuer) if first else "")
    canv.setSubject(nfc(first.course_title) if first else "")
    canv.setCreator("Sổ Hội")
    for sheet in sheets:
        _draw_page(canv, sheet, fonts, draw_qr)
        canv.showPage()
    canv.save()


def _draw_frame(canv: Canvas) -> None:
    width, height = PAGE
    canv.saveState()
    canv.setStrokeColor(_ACCENT)
    canv.setLineWidth(3)
    canv.rect(_OUTER, _OUTER, width - 2 * _OUTER, height - 2 * _OUTER, stroke=1, fill=0)
    inner = _OUTER + _GAP
    canv.setLineWidth(0.9)
    canv.rect(inner, inner, width - 2 * inner, height - 2 * inner, stroke=1, fill=0)
    # Small squares at the inner corners, the usual ornament of an official certificate.
    canv.setFillColor(_ACCENT)
    side = 2.4 * mm
    for cx in (inner, width - inner):
        for cy in (inner, height - inner):
            canv.rect(cx - side / 2, cy - side / 2, side, side, stroke=0, fill=1)
    canv.restoreState()


def _draw_page(canv: Canvas, sheet: CertificateSheet, fonts: FontFamily,
               draw_qr: QrDrawer) -> None:
    width, height = PAGE
    _draw_frame(canv)
    left = _OUTER + _GAP + _PAD
    right = width - left
    text_width = right - left
    top = height - left + 2 * mm
    used = draw_official_header(
        canv, HeaderBlock(sheet.issuer_parent, sheet.issuer, ""), x=left, top=top,
        width=text_width,
    )

    # Title.
    y = top - used - 15 * mm
    canv.setFillColor(_ACCENT)
    canv.setFont(fonts.bold, 34)
    canv.drawCentredString(width / 2, y, "GIẤY CHỨNG NHẬN")
    canv.setFillColor(_INK)

    # Body lines, left-aligned on a common indent so the labels line up.
    indent = left + 38 * mm
    body_width = right - indent - 20 * mm
    y -= 14 * mm
    label = f"Chứng nhận {sheet.honorific}: "
    canv.setFont(fonts.regular, 15)
    canv.drawString(indent, y, label)
    canv.setFont(fonts.bold, 18)
    canv.drawString(indent + stringWidth(label, fonts.regular, 15), y, nfc(sheet.full_name))
    lines = [
        ("Sinh năm: ", sheet.birth_year or "……………"),
        ("Đơn vị: ", sheet.unit or "……………"),
        ("Đã hoàn thành lớp: ", sheet.course_title),
        ("Thời gian: ", sheet.period or "……………"),
    ]
    for caption, value in lines:
        y = _draw_labelled(canv, fonts, caption, nfc(value), indent, y - 8.5 * mm, body_width)

    # Signature block (right of centre), number (bottom left), QR code (bottom right).
    # The block starts as high as the body allows, so that the signature and the seal get
    # their full room (SIGNATURE_SPACE) above the name, which sits level with the QR code's
    # foot at the lowest.
    bottom = _OUTER + _GAP + 7 * mm
    sign_x = left + text_width * 0.64
    posts = signer_lines(sheet.signer_title) or [""]
    name_size = 14
    block = 6.5 * mm + 5.5 * mm * len(posts) + SIGNATURE_SPACE + name_size
    sy = min(y - 9 * mm, bottom + block)
    canv.setFont(fonts.italic, 13)
    canv.drawCentredString(sign_x, sy, nfc(sheet.place_and_date))
    sy -= 6.5 * mm
    canv.setFont(fonts.bold, SIGNER_SIZE)
    for line in posts:
        canv.drawCentredString(sign_x, sy, line)
        sy -= 5.5 * mm
    sy += 5.5 * mm - 5 * mm
    canv.setFont(fonts.italic, 12)
    canv.drawCentredString(sign_x, sy, "(Ký, đóng dấu)")
    canv.setFont(fonts.bold, name_size)
    canv.drawCentredString(sign_x, max(sy - SIGNATURE_SPACE - name_size, bottom - 2 * mm),
                           nfc(sheet.signer_name))

    canv.setFont(fonts.regular, 13)
    canv.drawString(left, bottom + 4 * mm, f"Số: {nfc(sheet.number)}")

    qr_x = right - _QR_SIZE - 5 * mm  # room for the code centred under it
    qr_y = bottom + 4 * mm
    draw_qr(canv, sheet.qr or qr_text(sheet.verification_code), qr_x, qr_y, _QR_SIZE)
    canv.setFont(fonts.regular, 9.5)
    code = sheet.verification_code
    grouped = f"{code[:5]} {code[5:]}" if len(code) == 10 else code
    canv.drawCentredString(qr_x + _QR_SIZE / 2, qr_y - 4 * mm, f"Mã xác thực: {grouped}")

    if sheet.revoked_note:
        canv.saveState()
        canv.setFillColor(colors.Color(0.7, 0.1, 0.1, alpha=0.35))
        canv.setFont(fonts.bold, 56)
        canv.translate(width / 2, height / 2)
        canv.rotate(20)
        canv.drawCentredString(0, 0, nfc(sheet.revoked_note))
        canv.restoreState()


def _draw_labelled(canv: Canvas, fonts: FontFamily, caption: str, value: str, x: float,
                   y: float, width: float) -> float:
    """Draw "caption value", wrapping the value under itself; return the last baseline."""
    size = 15
    canv.setFont(fonts.regular, size)
    canv.drawString(x, y, caption)
    offset = stringWidth(caption, fonts.regular, size)
    parts = simpleSplit(value, fonts.bold, size, width - offset) or [""]
    canv.setFont(fonts.bold, size)
    for number, part in enumerate(parts):
        if number:
            y -= size * 1.25
        canv.drawString(x + offset, y, part)
    return y


# --- benchmark ------------------------------------------------------------------------------


_BENCH_COURSES = (
    "Bồi dưỡng nghiệp vụ công tác Hội cho Chủ tịch, Phó Chủ tịch Hội LHPN cơ sở năm 2026 (lớp 1)",
    "Tập huấn kỹ năng tuyên truyền pháp luật về phòng, chống bạo lực gia đình",
    "Hướng dẫn phụ nữ khởi nghiệp, phát triển kinh tế hộ gia đình",
    "Chuyển đổi số cho cán bộ Hội cơ sở",
)


def _bench_sheets(count: int) -> list[CertificateSheet]:
    """Return ``count`` sheets whose QR codes carry signed statements, as printing gives them.

    A site prints its own certificates with the signed statement in the QR code
    (``db.certificates.with_qr_texts``), about 420 bytes and QR version 15-17, so the
    benchmark signs one per sheet with a fixed key (outside the timing: the rows come
    to the printer already carrying their texts).
    """
    import datetime as dt
    import hashlib
    import random

    from db.certificate_statement import StatementFields, write_statement

    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    rng = random.Random(1893)
    key = hashlib.sha256(b"sohoi bench certificates").digest()
    families = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ")
    middles = ("Thị", "Thị Thu", "Thị Minh", "Thị Ngọc", "Thu")
    given = ("Hương", "Lan", "Thủy", "Hạnh", "Nguyệt", "Yến", "Phượng", "Ngọc", "Hằng")
    sheets = []
    for n in range(count):
        name = f"{rng.choice(families)} {rng.choice(middles)} {rng.choice(given)}"
        birth = str(rng.randint(1960, 2000))
        course = rng.choice(_BENCH_COURSES)
        start = dt.date(2026, rng.randint(1, 11), rng.randint(1, 25))
        end = start + dt.timedelta(days=rng.randint(0, 3))
        code = "".join(rng.choice(alphabet) for _ in range(10))
        number = f"{n + 1:03d}/GCN-HLHPN"
        statement = write_statement(
            StatementFields(number, name, birth, course, start, end, end, "12586",
                            "Hội LHPN xã Hưng Hà", code),
            key,
        )
        sheets.append(CertificateSheet(
            issuer_parent="HỘI LHPN TỈNH HƯNG YÊN",
            issuer="HỘI LHPN XÃ HƯNG HÀ",
            honorific="bà",
            full_name=name,
            birth_year=birth,
            unit=f"Chi hội Thôn {rng.randint(1, 30)}",
            course_title=course,
            period=f"từ ngày {_dmy(start)} đến ngày {_dmy(end)}",
            place_and_date=f"Hưng Hà, ngày {end.day:02d} tháng {end.month} năm {end.year}",
            signer_title="CHỦ TỊCH",
            signer_name="Nguyễn Thị Hương",
            number=number,
            verification_code=code,
            qr=statement,
        ))
    return sheets


def _time_runs(sheets: Sequence[CertificateSheet], draw_qr: QrDrawer | None,
               runs: int) -> list[float]:
    """Time rendering; ``draw_qr`` None is ours, a fresh job each run (nothing carried over)."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        _build(sheets, io.BytesIO(), draw_qr or _job_drawer())
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_certificates(count: int = 1000, runs: int = 3,
                       baseline_sample: int = 40) -> dict[str, Any]:
    """Time ``count`` certificates in one PDF against the same pages with ReportLab's QR widget.

    Both are rendered into memory, ours ``runs`` times, after one warm-up certificate
    (font registration is not part of printing a class). ReportLab's widget takes about
    half a second for one signed statement's code, so the baseline renders only the
    first ``baseline_sample`` pages (once) and is scaled to ``count``: pages cost the
    same whatever their place in the file.

    Returns:
        {"name", "median_ms", "p95_ms", "baseline_name", "baseline_ms", "ratio",
        "budget_ms", "budget_on", "within_budget", "qr_version", "baseline_pages"} for the
        benchmark command.
    """
    runs = max(1, runs)
    sheets = _bench_sheets(count)
    _build(sheets[:1], io.BytesIO(), draw_qr_path)
    ours = sorted(_time_runs(sheets, None, runs))
    sample = sheets[: max(1, min(count, baseline_sample))]
    baseline = [ms * count / len(sample) for ms in _time_runs(sample, _draw_qr_widget, 1)]
    median = statistics.median(ours)
    p95 = ours[min(len(ours) - 1, max(0, round(0.95 * len(ours) + 0.5) - 1))]
    baseline_median = statistics.median(baseline)
    budget = 8000.0 * count / 1000
    versions = sorted({make_qr(sheet.qr).version for sheet in sheets[:20]})
    return {
        "name": f"certificates_{count}",
        "median_ms": round(median, 1),
        "p95_ms": round(p95, 1),
        "baseline_name": "reportlab_qr_widget",
        "baseline_ms": round(baseline_median, 1),
        "ratio": round(median / baseline_median, 3) if baseline_median else None,
        "budget_ms": round(budget),
        "budget_on": "median",
        "within_budget": median <= budget,
        "qr_version": f"{versions[0]}-{versions[-1]}",
        "baseline_pages": len(sample),
    }
