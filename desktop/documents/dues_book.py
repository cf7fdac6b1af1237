"""The dues book of a branch (sổ theo dõi hội phí) and the fund book (sổ quỹ), on paper.

Both are books an inspector from the upper level reads, so they follow the same Decree 30
rules as every Sổ Hội document (header, motto, place and date line, margins, page
numbers: :mod:`desktop.documents.pdf_common`). The dues book lists every member who owed
the quarter's dues with what she paid or why she was exempt, then the handing-over
figures; the fund book lists the vouchers in date order with the balance after each, a
reversal printed as a negative amount beside the voucher it cancels, so a correction
stays visible on paper exactly as in the register.

Amounts are whole đồng written with thousands dots; the column heads say "(đồng)".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from db.dues import DuesBookData, FundBookData, period_label
from desktop.documents.pdf_common import (
    A4_PORTRAIT,
    SIGNATURE_SPACE,
    SIGNER_SIZE,
    FontFamily,
    HeaderBlock,
    NumberedCanvas,
    OfficialHeader,
    document_template,
    markup,
    paragraph_style,
    register_fonts,
    ruled_table_style,
    write_atomically,
)
from desktop.formatting import date as format_date
from desktop.formatting import number

__all__ = ["DUES_TITLE", "FUND_TITLE", "render_dues_book", "render_fund_book"]

DUES_TITLE = "SỔ THEO DÕI HỘI PHÍ"
FUND_TITLE = "SỔ QUỸ HỘI"

_CELL = 10.0
_STATUS_WORDS = {"paid": "Đã nộp", "unpaid": "Chưa nộp", "exempt": "Miễn"}


class _Styles:
    def __init__(self, fonts: FontFamily) -> None:
        self.fonts = fonts
        self.title = paragraph_style("title", fonts, 14, font=fonts.bold, alignment=TA_CENTER)
        self.subtitle = paragraph_style("subtitle", fonts, 13, font=fonts.bold,
                                        alignment=TA_CENTER, spaceBefore=3)
        self.centre = paragraph_style("centre", fonts, 13, font=fonts.italic,
                                      alignment=TA_CENTER, spaceBefore=2)
        # Decree 30: running text at 13–14 pt; the ledgers' many columns keep 10 pt cells.
        self.body = paragraph_style("body", fonts, 13, spaceBefore=2)
        self.section = paragraph_style("section", fonts, 13, font=fonts.bold, spaceBefore=8,
                                       spaceAfter=3, keepWithNext=1)
        self.cell = paragraph_style("cell", fonts, _CELL)
        self.number = paragraph_style("number", fonts, _CELL, alignment=TA_RIGHT)
        self.total = paragraph_style("total", fonts, _CELL, font=fonts.bold, alignment=TA_RIGHT)
        self.head = paragraph_style("head", fonts, _CELL, font=fonts.bold, alignment=TA_CENTER)
        self.sign = paragraph_style("sign", fonts, SIGNER_SIZE, font=fonts.bold,
                                    alignment=TA_CENTER)
        self.hint = paragraph_style("hint", fonts, 11, font=fonts.italic, alignment=TA_CENTER)


def _write(out: Path | BinaryIO, build: Callable[[BinaryIO], None]) -> None:
    if isinstance(out, (str, os.PathLike)):
        write_atomically(Path(out), build)
    else:
        build(out)


def render_dues_book(data: DuesBookData, place_and_date: str, out: Path | BinaryIO) -> None:
    """Write the dues book of one branch and quarter as a PDF.

    Args:
        data: the branch's quarter as ``db.dues.dues_book_data`` gathers it.
        place_and_date: e.g. "Hưng Hà, ngày 31 tháng 3 năm 2026".
        out: a path, written atomically (an old file survives any failure), or a stream.
    """
    _write(out, lambda stream: _build_dues(data, place_and_date, stream))


def render_fund_book(data: FundBookData, place_and_date: str, out: Path | BinaryIO) -> None:
    """Write the fund book of a year or a quarter as a PDF; see :func:`render_dues_book`."""
    _write(out, lambda stream: _build_fund(data, place_and_date, stream))


def _header(parent: str, issuer: str, place_and_date: str) -> OfficialHeader:
    return OfficialHeader(HeaderBlock(parent.upper(), issuer.upper(), place_and_date))


def _table(styles: _Styles, width: float, rows: list[list[Flowable]],
           fractions: Sequence[float], totals: int = 0) -> Table:
    """A bordered table, its head repeated on each page; the last ``totals`` rows shaded."""
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    commands = ruled_table_style(styles.fonts.regular, valign="MIDDLE")
    if totals:
        commands.append(("BACKGROUND", (0, -totals), (-1, -1), colors.Color(0.96, 0.96, 0.96)))
    table.setStyle(TableStyle(commands))
    return table


def _signatures(styles: _Styles, width: float, left: Sequence[str],
                right: Sequence[str], *, sealed: bool) -> Flowable:
    """Two signature blocks side by side: who kept the book, who answers for it.

    Only the commune union has a seal; a branch head signs without one.
    """
    def block(titles: Sequence[str], hint: str) -> list[Flowable]:
        cells: list[Flowable] = [Paragraph(markup(t), styles.sign) for t in titles]
        cells += [Paragraph(markup(hint), styles.hint), Spacer(1, SIGNATURE_SPACE)]
        return cells

    rows = max(len(left), len(right))
    lefts = [""] * (rows - len(left)) + list(left)  # the last lines sit level
    rights = [""] * (rows - len(right)) + list(right)
    table = Table([[block(lefts, "(Ký, ghi rõ họ tên)"),
                    block(rights, "(Ký, ghi rõ họ tên, đóng dấu)" if sealed
                          else "(Ký, ghi rõ họ tên)")]],
                  colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
    ]))
    return KeepTogether([table])


def _build_dues(data: DuesBookData, place_and_date: str, stream: BinaryIO) -> None:
    styles = _Styles(register_fonts())
    geometry = A4_PORTRAIT
    width = geometry.frame_width
    branch = data.branch
    period = period_label(data.year, data.quarter)
    doc = document_template(stream, geometry, title=f"{DUES_TITLE} — {branch.name} — {period}",
                            subject=branch.name, author=data.commune_union_name)
    story: list[Flowable] = [
        _header(data.parent_union_name, data.commune_union_name, place_and_date),
        Spacer(1, 8 * mm),
        Paragraph(markup(DUES_TITLE), styles.title),
        Paragraph(markup(f"{branch.name} — {period}"), styles.subtitle),
        Paragraph(markup(f"(Mức hội phí: {number(data.settings.rate)} đồng/hội viên/quý)"),
                  styles.centre),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[Flowable]] = [[Paragraph(markup(h), styles.head) for h in (
        "STT", "Họ và tên", "Năm sinh", "Tình trạng", "Số tiền (đồng)", "Ghi chú")]]
    for count, member in enumerate(data.rows, start=1):
        rows.append([
            Paragraph(str(count), styles.number),
            Paragraph(markup(member.full_name), styles.cell),
            Paragraph(str(member.birth_year or ""), styles.cell),
            Paragraph(markup(_STATUS_WORDS.get(member.status, member.status)), styles.cell),
            Paragraph(number(member.amount) if member.amount else "", styles.number),
            Paragraph(markup(member.reason), styles.cell),
        ])
    rows.append([Paragraph("", styles.cell),
                 Paragraph(markup("Cộng"), styles.total), Paragraph("", styles.cell),
                 Paragraph(markup(f"{branch.paid} đã nộp"), styles.total),
                 Paragraph(number(branch.collected), styles.total),
                 Paragraph("", styles.cell)])
    story.append(_table(styles, width, rows, (0.07, 0.33, 0.1, 0.13, 0.15, 0.22), totals=1))
    share = data.settings
    lines = (
        ("Số hội viên trong danh sách", f"{number(branch.members)} người"),
        ("Được miễn (theo quy định hoặc có lý do)", f"{number(branch.exempt)} người"),
        ("Hội phí phải thu", f"{number(branch.expected)} đồng"),
        ("Hội phí đã thu", f"{number(branch.collected)} đồng"),
        (f"Chi hội giữ lại ({share.branch_share} %)", f"{number(branch.kept_by_branch)} đồng"),
        (f"Nộp về {data.commune_union_name}", f"{number(branch.handed_to_commune)} đồng"),
        (f"Trong đó cơ sở nộp cấp trên ({share.upper_share} %)",
         f"{number(branch.passed_up)} đồng"),
    )
    story.append(Paragraph(markup("Tổng hợp thu, nộp hội phí"), styles.section))
    summary: list[list[Flowable]] = [[Paragraph(markup("Nội dung"), styles.head),
                                      Paragraph(markup("Số liệu"), styles.head)]]
    summary += [[Paragraph(markup(label), styles.cell), Paragraph(markup(value), styles.number)]
                for label, value in lines]
    story.append(_table(styles, width, summary, (0.65, 0.35)))
    story.append(_signatures(styles, width, ("NGƯỜI LẬP",), ("CHI HỘI TRƯỞNG",),
                              sealed=False))
    doc.build(story, canvasmaker=NumberedCanvas)


def _build_fund(data: FundBookData, place_and_date: str, stream: BinaryIO) -> None:
    styles = _Styles(register_fonts())
    geometry = A4_PORTRAIT
    width = geometry.frame_width
    span = (period_label(data.year, data.quarter) if data.quarter
            else f"Năm {data.year}")
    doc = document_template(stream, geometry, title=f"{FUND_TITLE} — {span}",
                            subject=span, author=data.commune_union_name)
    story: list[Flowable] = [
        _header(data.parent_union_name, data.commune_union_name, place_and_date),
        Spacer(1, 8 * mm),
        Paragraph(markup(FUND_TITLE), styles.title),
        Paragraph(markup(span), styles.subtitle),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[Flowable]] = [[Paragraph(markup(h), styles.head) for h in (
        "Ngày", "Số phiếu", "Nội dung", "Người nộp, nhận", "Thu (đồng)", "Chi (đồng)",
        "Tồn (đồng)")]]
    rows.append([Paragraph("", styles.cell), Paragraph("", styles.cell),
                 Paragraph(markup("Số dư đầu kỳ"), styles.cell), Paragraph("", styles.cell),
                 Paragraph("", styles.cell), Paragraph("", styles.cell),
                 Paragraph(number(data.opening), styles.number)])
    for entry, balance in zip(data.entries, data.balances, strict=True):
        receipt = number(entry.amount) if entry.kind == "receipt" else ""
        spending = number(entry.amount) if entry.kind == "spending" else ""
        content = entry.content
        if entry.reversed_by:
            content += f" (đã đảo bởi {entry.reversed_by})"
        rows.append([
            Paragraph(format_date(entry.entry_date), styles.cell),
            Paragraph(markup(entry.voucher).replace(" ", "\u00a0"), styles.cell),
            Paragraph(markup(content), styles.cell),
            Paragraph(markup(entry.person), styles.cell),
            Paragraph(receipt, styles.number),
            Paragraph(spending, styles.number),
            Paragraph(number(balance), styles.number),
        ])
    rows.append([Paragraph("", styles.cell), Paragraph("", styles.cell),
                 Paragraph(markup("Cộng phát sinh"), styles.total), Paragraph("", styles.cell),
                 Paragraph(number(data.receipts), styles.total),
                 Paragraph(number(data.spending), styles.total), Paragraph("", styles.cell)])
    rows.append([Paragraph("", styles.cell), Paragraph("", styles.cell),
                 Paragraph(markup("Số dư cuối kỳ"), styles.total), Paragraph("", styles.cell),
                 Paragraph("", styles.cell), Paragraph("", styles.cell),
                 Paragraph(number(data.closing), styles.total)])
    story.append(_table(styles, width, rows, (0.125, 0.105, 0.26, 0.14, 0.125, 0.12, 0.125),
                        totals=2))
    story.append(_signatures(styles, width, ("THỦ QUỸ",), ("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"),
                              sealed=True))
    doc.build(story, canvasmaker=NumberedCanvas)
