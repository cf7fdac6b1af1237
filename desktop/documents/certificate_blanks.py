"""Certificates printed onto pre-printed blank forms: the fields only, where the form wants them.

The form already carries the frame, the emblem, the title and the captions ("Chứng
nhận bà:", "Sinh năm:"…); this module prints only the values, each at the position
the office set once (``db.certificate_layout``). A test page prints sample values at
the same positions with a small cross at each anchor point and a thin frame 10 mm
inside the sheet's edge: printed on plain paper and held against a form in front of
a light, it shows how far each field must move.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from db.certificate_layout import BLANK_FIELDS, BlankLayout
from desktop.documents.certificate import (
    PAGE,
    CertificateSheet,
    QrCache,
    draw_qr_path,
    qr_text,
)
from desktop.documents.pdf_common import FontFamily, nfc, register_fonts, write_atomically

__all__ = ["render_blank_test_page", "render_on_blanks"]

QR_SIZE = 25 * mm
_SIZE = 14
_NAME_SIZE = 17
_RIGHT_MARGIN = 12 * mm
_FRAME_INSET = 10 * mm
_CROSS = 3 * mm


def _values(sheet: CertificateSheet) -> dict[str, str]:
    return {
        "full_name": sheet.full_name,
        "birth_year": sheet.birth_year,
        "unit": sheet.unit,
        "course_title": sheet.course_title,
        "period": sheet.period,
        "place_and_date": sheet.place_and_date,
        "signer_name": sheet.signer_name,
        "number": sheet.number,
    }


def _point(layout: BlankLayout, key: str) -> tuple[float, float]:
    """Return a field's anchor in PDF points from the bottom-left corner."""
    x, y = layout.at(key)
    return x * mm, PAGE[1] - y * mm


def _draw_text(canv: Canvas, fonts: FontFamily, key: str, value: str, x: float,
               y: float) -> None:
    bold = key in {"full_name", "signer_name"}
    font = fonts.bold if bold else fonts.regular
    size = float(_NAME_SIZE if key == "full_name" else _SIZE)
    width = max(PAGE[0] - _RIGHT_MARGIN - x, 20 * mm)
    text = nfc(value)
    if key == "course_title":  # long course names wrap onto a second line
        for n, line in enumerate(simpleSplit(text, font, size, width)[:3]):
            canv.setFont(font, size)
            canv.drawString(x, y - n * size * 1.3, line)
        return
    while size > 9 and stringWidth(text, font, size) > width:
        size -= 0.5  # shrink a long name rather than run off the form
    canv.setFont(font, size)
    if key == "signer_name":
        canv.drawCentredString(x, y, text)
    else:
        canv.drawString(x, y, text)


def _draw_fields(canv: Canvas, fonts: FontFamily, sheet: CertificateSheet,
                 layout: BlankLayout, codes: QrCache | None = None) -> None:
    for key, value in _values(sheet).items():
        if value:
            x, y = _point(layout, key)
            _draw_text(canv, fonts, key, value, x, y)
    x, top = _point(layout, "qr")
    draw_qr_path(canv, sheet.qr or qr_text(sheet.verification_code), x, top - QR_SIZE, QR_SIZE,
                 codes)
    code = sheet.verification_code
    canv.setFont(fonts.regular, 9)
    canv.drawCentredString(x + QR_SIZE / 2, top - QR_SIZE - 4 * mm,
                           f"Mã xác thực: {code[:5]} {code[5:]}")


def _canvas(stream: BinaryIO, fonts: FontFamily, title: str) -> Canvas:
    canv = Canvas(stream, pagesize=PAGE, initialFontName=fonts.regular, invariant=True,
                  pageCompression=1, lang="vi")
    canv.setTitle(title)
    canv.setCreator("Sổ Hội")
    return canv


def _write(out: Path | BinaryIO, build: Callable[[BinaryIO], None]) -> None:
    if isinstance(out, (str, os.PathLike)):
        write_atomically(Path(out), build)
    else:
        build(out)


def render_on_blanks(sheets: Sequence[CertificateSheet], layout: BlankLayout,
                     out: Path | BinaryIO) -> None:
    """Write the certificates' fields only, one page per form, at the layout's positions."""
    def build(stream: BinaryIO) -> None:
        fonts = register_fonts()
        canv = _canvas(stream, fonts, "Giấy chứng nhận (in lên phôi)")
        codes = QrCache()
        for sheet in sheets:
            _draw_fields(canv, fonts, sheet, layout, codes)
            canv.showPage()
        canv.save()

    _write(out, build)


SAMPLE = CertificateSheet(
    issuer_parent="", issuer="", honorific="bà", full_name="Nguyễn Thị Mẫu",
    birth_year="1985", unit="Chi hội Thôn Đông",
    course_title="Bồi dưỡng nghiệp vụ công tác Hội cho chi hội trưởng",
    period="từ ngày 02/03/2026 đến ngày 03/03/2026",
    place_and_date="Hưng Hà, ngày 10 tháng 3 năm 2026", signer_title="CHỦ TỊCH",
    signer_name="Trần Thị Ký", number="01/2026/GCN-HLHPN", verification_code="ABCDEFGHJK",
)
"""What the test page prints: values as long as real ones, plainly not a real paper."""


def render_blank_test_page(layout: BlankLayout, out: Path | BinaryIO) -> None:
    """Write a test page: sample fields, a cross at each anchor, a thin frame inside the edge."""
    labels = {key: label for key, label, _x, _y in BLANK_FIELDS}

    def build(stream: BinaryIO) -> None:
        fonts = register_fonts()
        canv = _canvas(stream, fonts, "Trang thử in lên phôi giấy chứng nhận")
        width, height = PAGE
        canv.setLineWidth(0.3)
        canv.rect(_FRAME_INSET, _FRAME_INSET, width - 2 * _FRAME_INSET,
                  height - 2 * _FRAME_INSET, stroke=1, fill=0)
        canv.setFont(fonts.italic, 8)
        canv.drawString(_FRAME_INSET + 2 * mm, height - _FRAME_INSET - 4 * mm,
                        "Trang thử: khung mảnh cách mép giấy 10 mm; dấu + là điểm đặt của "
                        f"từng mục (độ lệch cả tờ: ngang {layout.offset_x:g} mm, dọc "
                        f"{layout.offset_y:g} mm).")
        for key, _label, _x, _y in BLANK_FIELDS:
            x, y = _point(layout, key)
            canv.line(x - _CROSS, y, x + _CROSS, y)
            canv.line(x, y - _CROSS, x, y + _CROSS)
            canv.setFont(fonts.italic, 7)
            canv.drawString(x + 1 * mm, y + 1.5 * mm, labels[key])
        _draw_fields(canv, fonts, SAMPLE, layout)
        canv.showPage()
        canv.save()

    _write(out, build)
