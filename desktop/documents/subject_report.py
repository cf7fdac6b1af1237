"""The "phiếu cung cấp thông tin cá nhân": everything the register holds about one person.

Law 91/2025/QH15 lets a member ask what the union office keeps about her and who else
receives it. The office answers on paper, signed by the chair, so the document follows
Decree 30 like every other: the official header, a title, then one numbered section per
kind of data in plain tables, the sensitive fields (ethnicity, religion) marked as such,
the day it was produced, and the chair's signature block.

Every section is printed even when empty ("Không có."), because "we hold nothing of this
kind" is itself part of the answer.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from db.personal_data import SENSITIVE_NOTE, SubjectRecord
from desktop.documents.pdf_common import (
    A4_PORTRAIT,
    COMMUNE_SIGNER,
    SIGNATURE_SPACE,
    SIGNER_SIZE,
    FontFamily,
    HeaderBlock,
    NumberedCanvas,
    OfficialHeader,
    document_template,
    honorific,
    markup,
    paragraph_style,
    register_fonts,
    ruled_table_style,
    signer_lines,
    write_atomically,
)
from desktop.formatting import date as format_date

__all__ = ["SECTION_TITLES", "TITLE", "render_subject_report"]

TITLE = "PHIẾU CUNG CẤP THÔNG TIN CÁ NHÂN"

SECTION_TITLES = (
    "I. Thông tin cá nhân",
    "II. Sự đồng ý cho xử lý dữ liệu cá nhân",
    "III. Quá trình sinh hoạt Hội",
    "IV. Chức danh cán bộ Hội",
    "V. Trình độ, văn bằng",
    "VI. Nhu cầu bồi dưỡng",
    "VII. Tham dự sinh hoạt, hội nghị",
    "VIII. Lớp tập huấn, bồi dưỡng",
    "IX. Giấy chứng nhận",
    "X. Cơ quan, tổ chức khác nhận dữ liệu",
)

_BODY = 13.0  # Decree 30: body text 13–14 pt
_CELL = 13.0  # the tables are the body of this copy, so the same size


def render_subject_report(
    record: SubjectRecord,
    issuer_lines: Sequence[str],
    place_and_date: str,
    out: Path | BinaryIO,
    *,
    signer: tuple[str, str] | None = None,
) -> None:
    """Write the person's data report as a PDF.

    Args:
        record: what the register holds about her (``db.personal_data.subject_record``).
        issuer_lines: the issuer block, upper body first and the issuing union last, e.g.
            ``("HỘI LHPN TỈNH HƯNG YÊN", "HỘI LHPN XÃ HƯNG HÀ")``.
        place_and_date: e.g. "Hưng Hà, ngày 25 tháng 11 năm 2026".
        out: a path, written atomically (an old file survives any failure), or a stream.
        signer: (post, name) of the one who signs for the union, as the office edited it;
            None: the chair, for the standing committee.
    """
    if isinstance(out, (str, os.PathLike)):
        write_atomically(Path(out), lambda stream: _build(record, issuer_lines,
                                                          place_and_date, stream, signer))
    else:
        _build(record, issuer_lines, place_and_date, out, signer)


class _Styles:
    def __init__(self, fonts: FontFamily) -> None:
        self.fonts = fonts
        self.title = paragraph_style("title", fonts, 14, font=fonts.bold, alignment=TA_CENTER)
        self.subtitle = paragraph_style("subtitle", fonts, 13, font=fonts.bold,
                                        alignment=TA_CENTER, spaceBefore=3)
        self.centre = paragraph_style("centre", fonts, _BODY, font=fonts.italic,
                                      alignment=TA_CENTER, spaceBefore=2)
        self.body = paragraph_style("body", fonts, _BODY, alignment=TA_JUSTIFY, spaceBefore=2)
        self.section = paragraph_style("section", fonts, _BODY, font=fonts.bold, spaceBefore=8,
                                       spaceAfter=3, keepWithNext=1)
        self.cell = paragraph_style("cell", fonts, _CELL)
        # Column headings a point smaller, so "STT" fits its narrow column on one line.
        self.head = paragraph_style("head", fonts, _CELL - 1, font=fonts.bold,
                                    alignment=TA_CENTER)
        self.sign = paragraph_style("sign", fonts, SIGNER_SIZE, font=fonts.bold,
                                    alignment=TA_CENTER)
        self.hint = paragraph_style("hint", fonts, SIGNER_SIZE, font=fonts.italic,
                                    alignment=TA_CENTER)


def _day(value: dt.date | None) -> str:
    return f"{format_date(value)}" if value else ""


def _build(
    record: SubjectRecord, issuer_lines: Sequence[str], place_and_date: str, stream: BinaryIO,
    signer: tuple[str, str] | None = None,
) -> None:
    fonts = register_fonts()
    styles = _Styles(fonts)
    geometry = A4_PORTRAIT
    width = geometry.frame_width
    lines = [line for line in issuer_lines if line.strip()]
    issuer = lines[-1] if lines else ""
    parent = "\n".join(lines[:-1])
    doc = document_template(stream, geometry, title=f"{TITLE} — {record.full_name}",
                            subject=record.full_name, author=issuer)
    story: list[Flowable] = [
        OfficialHeader(HeaderBlock(parent, issuer, place_and_date)),
        Spacer(1, 8 * mm),
        Paragraph(markup(TITLE), styles.title),
        Paragraph(markup(f"Của hội viên: {record.full_name}"), styles.subtitle),
        Paragraph(markup(f"(Lập ngày {_day(record.produced_on)})"), styles.centre),
        Spacer(1, 4 * mm),
        Paragraph(markup(
            f"Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP, "
            f"{record.commune or 'Hội'} cung cấp toàn bộ thông tin về {honorific(record.gender)} "
            f"{record.full_name} đang được lưu trong sổ quản lý hội viên (phần mềm Sổ Hội) "
            f"tính đến ngày {_day(record.produced_on)}, như sau:"), styles.body),
    ]
    story += _sections(record, styles, width)
    story.append(_signatures(record, styles, width, signer))
    doc.build(story, canvasmaker=NumberedCanvas)


def _table(
    styles: _Styles, width: float, header: Sequence[str], rows: Sequence[Sequence[str]],
    fractions: Sequence[float],
) -> Flowable:
    """A bordered table with a bold header repeated on each page, or "Không có." if empty."""
    if not rows:
        return Paragraph("Không có.", styles.body)
    data: list[list[Paragraph]] = [[Paragraph(markup(h), styles.head) for h in header]]
    data += [[Paragraph(markup(cell), styles.cell) for cell in row] for row in rows]
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle(ruled_table_style(styles.fonts.regular)))
    return table


def _numbered(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    return [[str(number), *row] for number, row in enumerate(rows, start=1)]


def _sections(record: SubjectRecord, styles: _Styles, width: float) -> list[Flowable]:
    fields = [
        [f"{f.label} ({SENSITIVE_NOTE})" if f.sensitive else f.label, f.value or "—"]
        for f in record.fields
    ]
    consent = record.consent
    consent_rows = (
        [["Ngày đồng ý", _day(consent.on)], ["Hình thức", consent.method or ""]]
        if consent.given else []
    )
    bodies: list[Flowable] = [
        _table(styles, width, ("Thông tin", "Nội dung"), fields, (0.38, 0.62)),
        _table(styles, width, ("Nội dung", "Ghi nhận"), consent_rows, (0.38, 0.62))
        if consent_rows else Paragraph(
            "Chưa ghi nhận sự đồng ý của người có dữ liệu.", styles.body),
        _table(styles, width, ("STT", "Ngày", "Tình trạng", "Lý do, nơi chuyển đến"),
               _numbered([[_day(e.effective_on), e.status_label,
                           "; ".join(t for t in (e.reason, e.destination) if t)]
                          for e in record.status_history]),
               (0.065, 0.15, 0.25, 0.535)),
        _table(styles, width, ("STT", "Chức danh", "Đơn vị", "Hình thức", "Từ ngày",
                               "Đến ngày", "Quyết định"),
               _numbered([[p.title, p.unit, p.employment, _day(p.start_on), _day(p.end_on),
                           p.decision] for p in record.posts]),
               (0.065, 0.16, 0.17, 0.14, 0.145, 0.145, 0.175)),
        _table(styles, width, ("STT", "Loại", "Trình độ", "Ngày cấp", "Nơi cấp", "Số văn bằng"),
               _numbered([[q.kind, q.level, _day(q.obtained_on), q.issuer,
                           q.certificate_number] for q in record.qualifications]),
               (0.065, 0.19, 0.17, 0.145, 0.22, 0.21)),
        _table(styles, width, ("STT", "Chuyên đề", "Ngày đăng ký", "Ghi chú", "Đã đáp ứng"),
               _numbered([[n.topic, _day(n.registered_on), n.note, "Có" if n.met else "Chưa"]
                          for n in record.needs]),
               (0.065, 0.39, 0.16, 0.23, 0.155)),
        _table(styles, width, ("STT", "Ngày", "Đơn vị", "Nội dung", "Tham dự"),
               _numbered([[_day(a.held_on), a.unit, a.topic, a.status_label]
                          for a in record.attendance]),
               (0.065, 0.145, 0.22, 0.41, 0.16)),
        _table(styles, width, ("STT", "Lớp", "Đơn vị tổ chức", "Từ ngày", "Đến ngày",
                               "Hoàn thành"),
               _numbered([[p.course, p.organiser, _day(p.start_on), _day(p.end_on),
                           "Có" if p.completed else "Chưa"] for p in record.participations]),
               (0.065, 0.31, 0.18, 0.145, 0.145, 0.155)),
        _table(styles, width, ("STT", "Số", "Lớp", "Ngày cấp", "Thu hồi"),
               _numbered([[c.number, c.course, _day(c.issued_on),
                           f"{_day(c.revoked_on)}: {c.revoke_reason}" if c.revoked_on else ""]
                          for c in record.certificates]),
               (0.065, 0.31, 0.28, 0.145, 0.2)),
        _table(styles, width, ("STT", "Cơ quan, tổ chức", "Mục đích và cách chuyển"),
               _numbered([[r.name, r.how] for r in record.recipients]),
               (0.065, 0.30, 0.635)),
    ]
    story: list[Flowable] = []
    for title, body in zip(SECTION_TITLES, bodies, strict=True):
        story += [Paragraph(markup(title), styles.section), body]
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(markup(
        "Người có dữ liệu có quyền đề nghị sửa, bổ sung thông tin chưa đúng, rút lại sự đồng ý "
        "hoặc đề nghị xóa dữ liệu của mình bằng cách liên hệ Ban Thường vụ "
        f"{record.commune or 'Hội'}."), styles.body))
    return story


def _signatures(record: SubjectRecord, styles: _Styles, width: float,
                signer: tuple[str, str] | None) -> Flowable:
    """The subject on the left (she acknowledges receipt), the chair on the right."""
    post, name = signer or (COMMUNE_SIGNER, record.chair_name)
    lines = signer_lines(post)
    left: list[Flowable] = [
        # Level with the last line of the post, so the two names share a line.
        Spacer(1, styles.sign.leading * max(0, len(lines) - 1)),
        Paragraph("NGƯỜI NHẬN PHIẾU", styles.sign),
        Paragraph("(Ký, ghi rõ họ tên)", styles.hint),
        Spacer(1, SIGNATURE_SPACE),
        Paragraph(markup(record.full_name), styles.sign),
    ]
    right: list[Flowable] = [Paragraph(markup(line), styles.sign) for line in lines]
    right += [Paragraph("(Ký, ghi rõ họ tên, đóng dấu)", styles.hint),
              Spacer(1, SIGNATURE_SPACE)]
    if name.strip():
        right.append(Paragraph(markup(name.strip()), styles.sign))
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
    ]))
    return KeepTogether([table])
