"""The backup passphrase's recovery sheet: printed once, kept in the office's safe.

Copies on a USB stick are encrypted with a passphrase the office chooses; nobody can
open them without it. The sheet says so in plain words, leaves a box where the chair
writes the passphrase by hand (it is never written into a file on the computer), and
tells how to restore a copy on a new machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.pdf_common import (
    A4_PORTRAIT,
    HeaderBlock,
    NumberedCanvas,
    OfficialHeader,
    document_template,
    markup,
    paragraph_style,
    register_fonts,
    write_atomically,
)

TITLE = "PHIẾU GHI NHỚ CỤM MẬT KHẨU SAO LƯU"

_STEPS = (
    "Mỗi bản sao lưu ra USB (tệp có đuôi .sohoi) được mã hóa bằng cụm mật khẩu này, để "
    "người nhặt được USB không đọc được họ tên, số CCCD, số điện thoại của hội viên.",
    "Khôi phục trên máy mới: cài Sổ Hội, vào Cài đặt › Sao lưu › Khôi phục, chọn tệp "
    ".sohoi rồi nhập cụm mật khẩu; hoặc gõ lệnh: sohoi backup restore TỆP.sohoi.",
    "Viết tay cụm mật khẩu vào ô dưới đây, không lưu vào máy tính, không gửi qua mạng. "
    "Cất phiếu trong tủ có khóa của văn phòng, nơi khác với USB sao lưu.",
)


def render_recovery_sheet(
    issuer_lines: Sequence[str], place_and_date: str, warning: str, out: Path | BinaryIO,
    *, set_on: dt.date | None = None,
) -> None:
    """Write the recovery sheet as a one-page PDF.

    Args:
        issuer_lines: the issuer block, upper body first, the union of this office last.
        place_and_date: the place and date line ("Hưng Hà, ngày 04 tháng 12 năm 2026").
        warning: what a lost passphrase means (``db.backup.lost_passphrase_warning``).
        out: a path (written atomically) or a stream.
        set_on: the day the passphrase was set (default: today).
    """
    if isinstance(out, Path | str):
        write_atomically(Path(out), lambda stream: _build(issuer_lines, place_and_date,
                                                          warning, set_on, stream))
    else:
        _build(issuer_lines, place_and_date, warning, set_on, out)


def _build(issuer_lines: Sequence[str], place_and_date: str, warning: str,
           set_on: dt.date | None, stream: BinaryIO) -> None:
    fonts = register_fonts()
    title = paragraph_style("title", fonts, 14, font=fonts.bold, alignment=TA_CENTER)
    body = paragraph_style("body", fonts, 13, alignment=TA_JUSTIFY, spaceBefore=4)
    strong = paragraph_style("strong", fonts, 13, font=fonts.bold, alignment=TA_JUSTIFY,
                             spaceBefore=6)
    label = paragraph_style("label", fonts, 13, font=fonts.italic)
    geometry = A4_PORTRAIT
    lines = [line for line in issuer_lines if line.strip()]
    issuer = lines[-1] if lines else ""
    parent = "\n".join(lines[:-1])
    day = set_on or dt.date.today()
    doc = document_template(stream, geometry, title=TITLE, author=issuer)
    box = Table([[Paragraph(markup("Cụm mật khẩu (viết tay):"), label)], [""], [""]],
                colWidths=[geometry.frame_width], rowHeights=[8 * mm, 14 * mm, 14 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, "black"),
                             ("LINEBELOW", (0, 1), (-1, 1), 0.4, "grey")]))
    story: list[Flowable] = [
        OfficialHeader(HeaderBlock(parent, issuer, place_and_date)),
        Spacer(1, 10 * mm),
        Paragraph(markup(TITLE), title),
        Spacer(1, 6 * mm),
        Paragraph(markup(f"Ngày đặt cụm mật khẩu: {day:%d/%m/%Y}"), body),
        *[Paragraph(markup(f"{number}. {text}"), body)
          for number, text in enumerate(_STEPS, start=1)],
        Paragraph(markup(warning), strong),
        Spacer(1, 8 * mm),
        box,
    ]
    doc.build(story, canvasmaker=NumberedCanvas)
