"""An English translation of a training certificate: a separate, optional printout.

The certificate itself stays Vietnamese (an official paper of the Union, by law); a member
who studies, works or applies abroad asks for a translation of it. This page carries the
same data as the certificate, from the same snapshot (``db.certificates``), worded in
English, and says at the top and at the foot that it is a translation and that the
Vietnamese certificate, with its seal, is the legal document. It has no QR code and no
signature space: it certifies nothing by itself; the verification code lets a reader check
the Vietnamese paper.

The names of people, units and courses are data and are printed as recorded; the names
of the unions are followed by an English rendering ("Women's Union of Hưng Hà commune").
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.pdf_common import (
    FontFamily,
    honorific,
    nfc,
    register_fonts,
    signer_lines,
    write_atomically,
)

__all__ = [
    "TranslationSheet",
    "english_union_name",
    "render_certificate_translations",
    "translation_from_row",
]

TRANSLATION_NOTE = (
    "English translation, for information only. The Vietnamese certificate No. {number} "
    "issued by {issuer} is the legal document; this translation is not valid on its own."
)
"""Printed at the top of every page, so a page taken alone still says what it is."""

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

_UNION = re.compile(r"^(Hội\s+(?:LHPN|Liên hiệp Phụ nữ)\s+)(.+)$", re.IGNORECASE)
_PLACES = (
    ("thành phố", "city"), ("tỉnh", "province"), ("thị xã", "town"), ("thị trấn", "town"),
    ("quận", "district"), ("huyện", "district"), ("phường", "ward"), ("đặc khu", "special zone"),
    ("xã", "commune"),
)
_POSTS = {
    "CHỦ TỊCH": "PRESIDENT",
    "PHÓ CHỦ TỊCH": "VICE PRESIDENT",
    "KT. CHỦ TỊCH": "FOR THE PRESIDENT",
    "TM. BAN THƯỜNG VỤ": "ON BEHALF OF THE STANDING COMMITTEE",
    "TM. BAN CHẤP HÀNH": "ON BEHALF OF THE EXECUTIVE COMMITTEE",
}
"""The signers' posts an issuing union uses; another post is printed as typed."""

_ACCENT = colors.HexColor("#9b1c1c")
_MARGIN = 20 * mm


@dataclass(frozen=True)
class TranslationSheet:
    """Everything printed on one translation, already worded in English.

    Attributes:
        issuer: the issuing union as recorded, then its English rendering.
        lines: (caption, value) of the body, in the certificate's order.
        place_and_date: "Hưng Hà, 9 September 2026".
        revoked_note: "" normally; "REVOKED on …" across the page for a revoked paper.
    """

    number: str
    issuer_parent: str
    issuer: str
    holder: str
    lines: tuple[tuple[str, str], ...]
    place_and_date: str
    signer_posts: tuple[str, ...]
    signer_name: str
    verification_code: str
    note: str
    revoked_note: str = ""


def english_union_name(name: str) -> str:
    """Return a union's name followed by its English rendering.

    "Hội LHPN xã X" becomes "Hội LHPN xã X (Women's Union of X commune)": the Vietnamese
    name stays first, as it is the name on the seal. A name the rules do not
    recognise is returned as it is.
    """
    name = " ".join(nfc(name).split())
    found = _UNION.match(name)
    if not found:
        return name
    place = found.group(2)
    for word, english in _PLACES:
        if place.casefold().startswith(word + " "):
            place = f"{place[len(word) + 1:]} {english}"
            break
    return f"{name} (Women's Union of {place})"


def _day(day: Any) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def _long_date(day: Any) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def translation_from_row(row: Any) -> TranslationSheet:
    """Word a translation from a ``db.certificates.CertificateRow`` (its snapshot fields)."""
    start, end = row.start, row.end
    if start and end and start != end:
        period = f"from {_day(start)} to {_day(end)}"
    elif start or end:
        period = f"on {_day(start or end)}"
    else:
        period = "—"
    title = "Mr" if honorific(row.gender) == "ông" else "Ms"  # as the certificate says
    issuer = english_union_name(row.issuer_name)
    lines = (
        ("Year of birth: ", (row.birth_date or "")[:4] or "—"),
        ("Unit: ", row.unit or "—"),
        ("Has completed the course: ", row.course_title),
        ("Period: ", period),
    )
    place = nfc(row.place_name or "")
    dated = _long_date(row.issued_on)
    return TranslationSheet(
        number=row.number,
        issuer_parent=english_union_name(row.issuer_parent_name or ""),
        issuer=issuer,
        holder=f"{title} {nfc(row.full_name)}".strip(),
        lines=lines,
        place_and_date=f"{place}, {dated}" if place else dated,
        signer_posts=tuple(_POSTS.get(post, post) for post in signer_lines(row.signer_title)),
        signer_name=nfc(row.signer_name),
        verification_code=row.verification_code,
        note=TRANSLATION_NOTE.format(number=row.number, issuer=nfc(row.issuer_name)),
        revoked_note=(f"REVOKED on {_day(row.revoked_on)}"
                      if row.revoked_on is not None else ""),
    )


def render_certificate_translations(sheets: Sequence[TranslationSheet],
                                    out: Path | BinaryIO) -> None:
    """Write the translations as one PDF, one A4 page each (a path is written atomically)."""
    if isinstance(out, (str, os.PathLike)):
        write_atomically(Path(out), lambda stream: _build(sheets, stream))
    else:
        _build(sheets, out)


def _build(sheets: Sequence[TranslationSheet], stream: BinaryIO) -> None:
    fonts = register_fonts()
    canv = Canvas(stream, pagesize=A4, initialFontName=fonts.regular, initialFontSize=12,
                  invariant=True, pageCompression=1, lang="en")
    canv.setTitle("Certificate — English translation" if len(sheets) != 1
                  else f"Certificate {sheets[0].number} — English translation")
    canv.setCreator("Sổ Hội")
    for sheet in sheets:
        _draw_page(canv, sheet, fonts)
        canv.showPage()
    canv.save()


def _paragraph(canv: Canvas, text: str, font: str, size: float, x: float, y: float,
               width: float, *, centred: bool = False) -> float:
    """Draw wrapped text from baseline ``y``; return the baseline below its last line."""
    canv.setFont(font, size)
    for line in simpleSplit(text, font, size, width) or [""]:
        if centred:
            canv.drawCentredString(x + width / 2, y, line)
        else:
            canv.drawString(x, y, line)
        y -= size * 1.3
    return y


def _draw_page(canv: Canvas, sheet: TranslationSheet, fonts: FontFamily) -> None:
    width, height = A4
    left, text_width = _MARGIN, width - 2 * _MARGIN
    y = height - _MARGIN
    canv.setFillColor(_ACCENT)
    canv.setFont(fonts.bold, 12)
    canv.drawCentredString(width / 2, y, "ENGLISH TRANSLATION")
    canv.setFillColor(colors.black)
    y = _paragraph(canv, sheet.note, fonts.italic, 10.5, left, y - 6 * mm, text_width,
                   centred=True)
    canv.setStrokeColor(_ACCENT)
    canv.line(left, y, width - _MARGIN, y)

    y -= 10 * mm
    for name in (sheet.issuer_parent, sheet.issuer):
        if name:
            y = _paragraph(canv, name, fonts.bold, 12, left, y, text_width, centred=True)
    y -= 12 * mm
    canv.setFillColor(_ACCENT)
    canv.setFont(fonts.bold, 26)
    canv.drawCentredString(width / 2, y, "CERTIFICATE")
    canv.setFillColor(colors.black)

    y -= 14 * mm
    caption = "This is to certify that: "
    canv.setFont(fonts.regular, 13)
    canv.drawString(left, y, caption)
    canv.setFont(fonts.bold, 15)
    canv.drawString(left + stringWidth(caption, fonts.regular, 13), y, sheet.holder)
    for label, value in sheet.lines:
        y -= 9 * mm
        canv.setFont(fonts.regular, 13)
        canv.drawString(left, y, label)
        offset = stringWidth(label, fonts.regular, 13)
        y = _paragraph(canv, nfc(value), fonts.bold, 13, left + offset, y,
                       text_width - offset) + 13 * 1.3

    y -= 16 * mm
    sign_x = left + text_width * 0.68
    canv.setFont(fonts.italic, 12)
    canv.drawCentredString(sign_x, y, sheet.place_and_date)
    canv.setFont(fonts.bold, 12)
    for post in sheet.signer_posts:
        y -= 6 * mm
        canv.drawCentredString(sign_x, y, post)
    y -= 6 * mm
    canv.setFont(fonts.italic, 11)
    canv.drawCentredString(sign_x, y, "(signed and sealed on the Vietnamese certificate)")
    y -= 9 * mm
    canv.setFont(fonts.bold, 13)
    canv.drawCentredString(sign_x, y, sheet.signer_name)

    bottom = _MARGIN
    canv.setFont(fonts.regular, 11)
    code = sheet.verification_code
    grouped = f"{code[:5]} {code[5:]}" if len(code) == 10 else code
    canv.drawString(left, bottom + 12 * mm, f"Certificate No.: {sheet.number}")
    canv.drawString(left, bottom + 6 * mm, f"Verification code: {grouped}")
    canv.setFont(fonts.italic, 9.5)
    canv.drawString(left, bottom, "Translation printed by Sổ Hội from the certificate's "
                    "record; the Vietnamese certificate prevails.")

    if sheet.revoked_note:
        canv.saveState()
        canv.setFillColor(colors.Color(0.7, 0.1, 0.1, alpha=0.35))
        canv.setFont(fonts.bold, 44)
        canv.translate(width / 2, height / 2)
        canv.rotate(30)
        canv.drawCentredString(0, 0, sheet.revoked_note)
        canv.restoreState()
