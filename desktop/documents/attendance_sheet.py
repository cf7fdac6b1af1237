"""The attendance sheet (danh sách ký nhận / điểm danh) of a meeting or a course.

The same sheet is printed twice in a meeting's life (docs/ARCHITECTURE.md §5): blank
beforehand, with a tall empty column per session for people to sign in, and filled
afterwards, with the marks the office typed in and the totals the upper level asks for. A
course has one column per session, which is why more than three sessions turn the page to
landscape.

A large commune prints a few hundred names at once, so the table is built for speed: a cell
is a plain string, which ReportLab draws without layout, unless its text is too wide for
its column; only then is it a wrapping ``Paragraph``. Row heights are computed here and
handed to the table, so ReportLab does not measure 2,500 cells again.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.pdf_common import (
    A4_LANDSCAPE,
    A4_PORTRAIT,
    SIGNATURE_SPACE,
    SIGNER_SIZE,
    FontFamily,
    HeaderBlock,
    NumberedCanvas,
    OfficialHeader,
    PageGeometry,
    document_template,
    markup,
    nfc,
    paragraph_style,
    register_fonts,
    signer_lines,
    write_atomically,
)
from desktop.formatting import percent

__all__ = [
    "ABSENT_MARK",
    "EXCUSED_MARK",
    "LEGEND",
    "MAX_PORTRAIT_SESSIONS",
    "PRESENT_MARK",
    "AttendanceSheet",
    "SheetPerson",
    "render_attendance_sheet",
    "session_totals",
    "totals_line",
]


@dataclass(frozen=True)
class SheetPerson:
    """One row of the sheet.

    Attributes:
        full_name: The person's full name.
        birth_year: "1985", or "" when unknown.
        unit: Branch or unit the person belongs to.
        title: Officer title, "" if none.
        marks: Filled form only: one mark per session column; "x" present, "P" excused,
            "V" absent (case does not matter); "" means nothing was recorded. Missing
            trailing marks count as not recorded.
        note: Filled form only: the reason given for an absence, or any remark.
    """

    full_name: str
    birth_year: str
    unit: str
    title: str
    marks: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class AttendanceSheet:
    """Everything printed on an attendance sheet, already worded.

    Attributes:
        issuer_parent: The body above the issuer, "HỘI LHPN TỈNH HƯNG YÊN" ("" if none).
        issuer: The issuing union, "HỘI LHPN XÃ HƯNG HÀ".
        title: "DANH SÁCH ĐIỂM DANH" or "DANH SÁCH KÝ NHẬN".
        subject: What the gathering is, e.g. "Sinh hoạt chi hội Thôn Đông — Chuyên đề: …".
        when: e.g. "Thứ Năm, ngày 12/03/2026"; "" prints a dotted line to fill in by hand.
        where: e.g. "Nhà văn hóa Thôn Đông"; "" prints a dotted line to fill in by hand.
        place_and_date: "Hưng Hà, ngày 12 tháng 3 năm 2026", under the national motto.
        session_labels: ("Ký tên",) for a meeting; ("Buổi 1", "Buổi 2", …) for a course.
        people: The rows, in print order.
        filled: False: empty columns to sign in; True: the marks, totals and a legend.
        signers: (post, name) per signature block, left to right; the post may hold several
            lines ("TM. BAN THƯỜNG VỤ" over "CHỦ TỊCH", one line each); name "" leaves it blank.
    """

    issuer_parent: str
    issuer: str
    title: str
    subject: str
    when: str
    where: str
    place_and_date: str
    session_labels: tuple[str, ...]
    people: tuple[SheetPerson, ...]
    filled: bool
    signers: tuple[tuple[str, str], ...]


#: What a table cell holds: plain text, or flowables when the text has to wrap.
type _Cell = str | Flowable | list[Flowable]

PRESENT_MARK = "x"
EXCUSED_MARK = "P"
ABSENT_MARK = "V"
LEGEND = "x: có mặt; P: vắng có lý do; V: vắng không có lý do"
#: Added to the legend when some cell holds no mark: a blank never means "absent".
UNRECORDED_LEGEND = "để trống: chưa ghi nhận"
NOTE_HEADER = "Lý do vắng"

#: More session columns than this do not fit a portrait page with room to sign.
MAX_PORTRAIT_SESSIONS = 3

_BODY_SIZE = 13.0  # Decree 30: body text 13–14 pt
_HEAD_SIZE = 12.0  # column headings; shrunk further only for a long session label
_PAD_X = 3.0
_PAD_Y = 2.5
_SIGN_ROW = 9 * mm  # a blank row must be tall enough to sign in
_MARK_ROW = 6.5 * mm
_GRID = 0.5

_STT_WIDTH = 10 * mm
_YEAR_WIDTH = 13 * mm
# Name, unit and title columns: the least each gets, the most its texts may claim (an
# extreme name wraps rather than squeezes every other column), and how readily each gives
# width away when the page is short (a wrapped name reads worst, so it gives least).
# The filled sheet has a fourth: the reasons for absence.
_FLEX_MINIMUM = (36 * mm, 22 * mm, 18 * mm, 24 * mm)
_FLEX_CLAIM_CAP = (52 * mm, 50 * mm, 45 * mm, 50 * mm)
_FLEX_GIVE = (0.3, 1.0, 1.0, 0.8)
# Session columns: room to sign on the blank form, room for a mark on the filled one.
_SESSION_BLANK = (18 * mm, 30 * mm)
_SESSION_FILLED = (10 * mm, 16 * mm)
_HEADERS = ("STT", "Họ và tên", "Năm sinh", "Chi hội/Đơn vị", "Chức danh")


def render_attendance_sheet(sheet: AttendanceSheet, out: Path | BinaryIO) -> None:
    """Write the sheet as a PDF.

    Args:
        sheet: What to print.
        out: A path, written atomically (the old file survives any failure), or an open
            binary stream (the caller's preview buffer, for instance).
    """
    if isinstance(out, (str, os.PathLike)):
        write_atomically(Path(out), lambda stream: _build(sheet, stream))
    else:
        _build(sheet, out)


def _build(sheet: AttendanceSheet, stream: BinaryIO) -> None:
    fonts = register_fonts()
    sessions = len(sheet.session_labels)
    geometry = A4_LANDSCAPE if sessions > MAX_PORTRAIT_SESSIONS else A4_PORTRAIT
    doc = document_template(
        stream,
        geometry,
        title=f"{sheet.title} — {sheet.subject}" if sheet.subject.strip() else sheet.title,
        subject=sheet.subject,
        author=sheet.issuer,
    )
    story: list[Flowable] = [
        OfficialHeader(HeaderBlock(sheet.issuer_parent, sheet.issuer, sheet.place_and_date)),
        Spacer(1, 8 * mm),
        *_heading(sheet, fonts),
        *_tables(sheet, fonts, geometry),
    ]
    doc.build(story, canvasmaker=NumberedCanvas)


# --- the heading --------------------------------------------------------------------------


def _heading(sheet: AttendanceSheet, fonts: FontFamily) -> list[Flowable]:
    title = paragraph_style("title", fonts, 14, font=fonts.bold, alignment=TA_CENTER)
    subject = paragraph_style(
        "subject", fonts, 13, font=fonts.bold, alignment=TA_CENTER, spaceBefore=3
    )
    line = paragraph_style("line", fonts, 13, alignment=TA_CENTER, spaceBefore=2)
    dots = "." * 60
    flowables: list[Flowable] = [Paragraph(markup(sheet.title), title)]
    if sheet.subject.strip():
        flowables.append(Paragraph(markup(sheet.subject), subject))
    when = markup(sheet.when.strip()) if sheet.when.strip() else dots
    where = markup(sheet.where.strip()) if sheet.where.strip() else dots
    flowables.append(Paragraph(f"Thời gian: {when}", line))
    flowables.append(Paragraph(f"Địa điểm: {where}", line))
    flowables.append(Spacer(1, 5 * mm))
    return flowables


# --- the table ----------------------------------------------------------------------------


def _column_widths(
    rows: Sequence[tuple[str, ...]],  # name, birth year, unit, title[, note]; NFC
    sessions: int,
    frame_width: float,
    filled: bool,
    fonts: FontFamily,
) -> list[float]:
    """Share the text width between the columns, fitted to what this sheet holds.

    The name column claims the width of its longest name; the unit and title columns that
    of nine texts in ten (blank cells aside), so a few unusual ones wrap rather than squeeze
    the rest; no column claims less than its heading. Session columns get their comfortable
    width (room to sign, or to mark) unless that leaves the text columns short of their
    claims; then sessions give way down to their minimum, and after that the text columns
    shrink towards theirs, the name column least. Width left over goes to the text
    columns, so long unit names wrap only when they must.
    """
    session_least, session_most = _SESSION_FILLED if filled else _SESSION_BLANK
    fixed = _STT_WIDTH + _YEAR_WIDTH
    claims = []
    flexible = [(0, _HEADERS[1]), (2, _HEADERS[3]), (3, _HEADERS[4])]
    if filled:
        flexible.append((4, NOTE_HEADER))
    minimum = _FLEX_MINIMUM[:len(flexible)]
    for column, (field, header) in enumerate(flexible):
        label = stringWidth(header, fonts.bold, _HEAD_SIZE)
        widths = sorted(
            stringWidth(row[field], fonts.regular, _BODY_SIZE) for row in rows if row[field]
        )
        outliers = 0 if column == 0 else len(widths) // 10
        texts = widths[-1 - outliers] if widths else 0.0
        claim = min(max(label, texts) + 2 * _PAD_X + 1, _FLEX_CLAIM_CAP[column])
        claims.append(max(claim, minimum[column]))
    wanted = sum(claims)
    session = session_most
    if sessions and frame_width - fixed - sessions * session < wanted:
        session = max(session_least, (frame_width - fixed - wanted) / sessions)
    room = frame_width - fixed - sessions * session
    if room >= wanted:
        flex = [claim + (room - wanted) * claim / wanted for claim in claims]
    else:
        slack = [
            (claim - least) * give
            for claim, least, give in zip(claims, minimum, _FLEX_GIVE[:len(claims)],
                                          strict=True)
        ]
        total = sum(slack)
        short = min(wanted - room, total)
        flex = [claim - short * s / total if total else claim
                for claim, s in zip(claims, slack, strict=True)]
        if sessions:
            session = (frame_width - fixed - sum(flex)) / sessions
    name, unit, title, *note = flex
    return [_STT_WIDTH, name, _YEAR_WIDTH, unit, title] + [session] * sessions + note


class _Cells:
    """Turns texts into table cells, as cheap strings when they fit on one line."""

    def __init__(self, fonts: FontFamily, widths: Sequence[float]) -> None:
        self._font = fonts.regular
        self._style = paragraph_style("cell", fonts, _BODY_SIZE)
        self._room = [w - 2 * _PAD_X for w in widths]
        self.line_height = _BODY_SIZE * 1.2

    def cell(self, text: str, column: int) -> tuple[str | Paragraph, float]:
        """Return the cell for NFC ``text`` and the height it needs (without padding)."""
        room = self._room[column]
        if stringWidth(text, self._font, _BODY_SIZE) <= room:
            return text, self.line_height
        paragraph = Paragraph(markup(text), self._style)
        _w, height = paragraph.wrap(room, 10_000)
        return paragraph, height


def _one_line(text: str) -> str:
    """NFC text with runs of spaces, tabs and line breaks (pasted from Excel) made one space.

    Row heights are computed from one line of text; a stray line break would otherwise
    spill out of its row.
    """
    return " ".join(nfc(text).split())


def _marks(person: SheetPerson, sessions: int) -> list[str]:
    marks = [nfc(m).strip() for m in person.marks[:sessions]]
    return marks + [""] * (sessions - len(marks))


def _header_row(
    sheet: AttendanceSheet, fonts: FontFamily, widths: Sequence[float]
) -> tuple[list[Paragraph], float]:
    """Bold centred column titles; long session labels get a smaller size before wrapping."""
    labels = [*_HEADERS, *sheet.session_labels, *([NOTE_HEADER] if sheet.filled else [])]
    cells: list[Paragraph] = []
    height = 0.0
    for label, width in zip(labels, widths, strict=True):
        text = nfc(label).strip()
        room = width - 2 * _PAD_X
        longest_word = max((stringWidth(w, fonts.bold, 1) for w in text.split()), default=0)
        size = _HEAD_SIZE if longest_word == 0 else min(_HEAD_SIZE, max(7.0, room / longest_word))
        style = paragraph_style(
            f"head{size}", fonts, size, font=fonts.bold, alignment=TA_CENTER
        )
        paragraph = Paragraph(markup(text), style)
        height = max(height, paragraph.wrap(room, 10_000)[1])
        cells.append(paragraph)
    return cells, height + 2 * _PAD_Y + 2


def _tables(
    sheet: AttendanceSheet, fonts: FontFamily, geometry: PageGeometry
) -> list[Flowable]:
    """Build the table: heading row, one row per person, then totals and signatures.

    The totals and the signature blocks are rows at the end of the table, spanning all
    columns, and they travel with the last two people: a page break can then never leave
    them alone on a page (Decree 30 practice: a signature never stands on a page of its
    own, where a page could be swapped under it). That end is a small table of its own so
    that the big one carries no spans: ReportLab re-scans spans over every remaining row
    at each page break, which made 500 rows 50 % slower.
    """
    sessions = len(sheet.session_labels)
    texts = [
        (_one_line(p.full_name), _one_line(p.birth_year), _one_line(p.unit), _one_line(p.title),
         _one_line(p.note))
        for p in sheet.people
    ]
    widths = _column_widths(texts, sessions, geometry.frame_width, sheet.filled, fonts)
    header, header_height = _header_row(sheet, fonts, widths)
    cells = _Cells(fonts, widths)
    least = _MARK_ROW if sheet.filled else _SIGN_ROW
    rows: list[list[_Cell]] = []
    heights: list[float] = []
    note_column = 5 + sessions
    for number, (person, (full_name, year, unit_text, title_text, note_text)) in enumerate(
        zip(sheet.people, texts, strict=True), start=1
    ):
        name, name_h = cells.cell(full_name, 1)
        unit, unit_h = cells.cell(unit_text, 3)
        title, title_h = cells.cell(title_text, 4)
        marks: list[_Cell] = [*_marks(person, sessions)] if sheet.filled else [""] * sessions
        note_h = 0.0
        if sheet.filled:
            note, note_h = cells.cell(note_text, note_column)
            marks.append(note)
        rows.append([str(number), name, year, unit, title, *marks])
        heights.append(max(least, max(name_h, unit_h, title_h, note_h) + 2 * _PAD_Y))

    table_width = sum(widths)
    empty: list[_Cell] = [""] * (len(widths) - 1)
    ending: list[tuple[list[_Cell], float, str]] = []
    if sheet.filled:
        totals = _totals(sheet, fonts)
        height = _height(totals, table_width) + 2 * _PAD_Y + 3 * mm
        ending.append(([totals, *empty], height, "totals"))
    if sheet.signers:
        signatures = _signatures(sheet, fonts, table_width)
        ending.append(([signatures, *empty], _height([signatures], table_width), "signatures"))

    def table(first: int, last: int, *, with_header: bool, with_ending: bool) -> Table:
        data = ([list(header)] if with_header else []) + rows[first:last]
        row_heights = ([header_height] if with_header else []) + heights[first:last]
        style = _table_style(fonts, sheet.filled, sessions, with_header, last - first)
        if with_ending:
            for cells_, height, kind in ending:
                style += _ending_style(kind, len(data))
                data.append(cells_)
                row_heights.append(height)
        return Table(
            data, colWidths=widths, rowHeights=row_heights, repeatRows=int(with_header),
            style=TableStyle(style), hAlign="CENTER",
        )

    count = len(rows)
    kept = min(2, count)
    if count == kept:
        return [table(0, count, with_header=True, with_ending=True)]
    return [
        table(0, count - kept, with_header=True, with_ending=False),
        _TableEnd(
            table(count - kept, count, with_header=True, with_ending=True),
            table(count - kept, count, with_header=False, with_ending=True),
            geometry.frame_height,
        ),
    ]



def _table_style(
    fonts: FontFamily, filled: bool, sessions: int, with_header: bool, people: int
) -> list[tuple[object, ...]]:
    """Style of the people rows (and of the heading row when there is one)."""
    top = int(with_header)
    last = top + people - 1
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), _BODY_SIZE),
        ("LEADING", (0, 0), (-1, -1), _BODY_SIZE * 1.2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, top), (0, -1), "CENTER"),
        ("ALIGN", (2, top), (2, -1), "CENTER"),
        ("ALIGN", (5, top), (4 + sessions, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_Y),
    ]
    if last >= 0:
        style.append(("GRID", (0, 0), (-1, last), _GRID, colors.black))
    if filled and sessions and people:
        style.append(("FONTNAME", (5, top), (4 + sessions, last), fonts.bold))
    return style


def _ending_style(kind: str, row: int) -> list[tuple[object, ...]]:
    """Totals and signature rows: one cell across the table, no grid, text from the top."""
    style: list[tuple[object, ...]] = [
        ("SPAN", (0, row), (-1, row)),
        ("VALIGN", (0, row), (-1, row), "TOP"),
        ("LEFTPADDING", (0, row), (-1, row), 0),
        ("RIGHTPADDING", (0, row), (-1, row), 0),
    ]
    if kind == "totals":
        style.append(("TOPPADDING", (0, row), (-1, row), _PAD_Y + 3 * mm))
    else:
        style += [
            ("TOPPADDING", (0, row), (-1, row), 0),
            ("BOTTOMPADDING", (0, row), (-1, row), 0),
        ]
    return style


class _TableEnd(Flowable):
    """The last rows of the table, with the heading row only when they start a page.

    Straight after the rest of the table they continue it seamlessly; on a page of their
    own they need the heading row, like every page of the table. A flowable handed the
    whole frame height is at the top of a page, so that is how the choice is made.
    """

    def __init__(self, with_header: Table, without_header: Table, page_height: float) -> None:
        super().__init__()
        self._with_header = with_header
        self._without_header = without_header
        self._page_height = page_height
        self._chosen = without_header

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 (ReportLab's names)
        """Pick the variant for this position and report its size."""
        at_top = aH >= self._page_height - 1
        self._chosen = self._with_header if at_top else self._without_header
        self.width, self.height = self._chosen.wrap(aW, aH)
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        """Never split, unless even a whole page is too short (then split as a table)."""
        if aH >= self._page_height - 1:
            return list(self._with_header.split(aW, aH))
        return []

    def draw(self) -> None:
        """Draw the chosen variant where the frame put this flowable."""
        self._chosen.drawOn(self.canv, 0, 0)


def _height(flowables: Sequence[Flowable], width: float) -> float:
    return float(sum(
        f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables
    ))


# --- totals and signatures ----------------------------------------------------------------


def session_totals(sheet: AttendanceSheet) -> list[tuple[int, int, int]]:
    """Count (present, excused, absent) per session column of a filled sheet."""
    sessions = len(sheet.session_labels)
    totals = []
    for column in range(sessions):
        present = excused = 0
        for person in sheet.people:
            mark = person.marks[column].strip().casefold() if column < len(person.marks) else ""
            if mark == PRESENT_MARK:
                present += 1
            elif mark == EXCUSED_MARK.casefold():
                excused += 1
        totals.append((present, excused, len(sheet.people) - present - excused))
    return totals


def totals_line(present: int, excused: int, absent: int) -> str:
    """Word one session's totals: "Có mặt: 52/60 (86,7 %) · Vắng có lý do: 5 · Vắng: 3"."""
    everyone = present + excused + absent
    rate = f" ({percent(100 * present / everyone)})" if everyone else ""
    return f"Có mặt: {present}/{everyone}{rate} · Vắng có lý do: {excused} · Vắng: {absent}"


def legend(sheet: AttendanceSheet) -> str:
    """Say what the marks mean; blanks are explained only when the sheet has some."""
    sessions = len(sheet.session_labels)
    blank = any(not mark for p in sheet.people for mark in _marks(p, sessions))
    return f"{LEGEND}; {UNRECORDED_LEGEND}" if blank else LEGEND


def _totals(sheet: AttendanceSheet, fonts: FontFamily) -> list[Flowable]:
    line = paragraph_style("totals", fonts, _BODY_SIZE, spaceBefore=2)
    legend_style = paragraph_style("legend", fonts, _BODY_SIZE, font=fonts.italic,
                                   spaceBefore=3)
    totals = session_totals(sheet)
    flowables: list[Flowable] = []
    if len(totals) == 1:
        flowables.append(Paragraph(markup(totals_line(*totals[0])), line))
    else:
        for label, counts in zip(sheet.session_labels, totals, strict=True):
            text = f"<b>{markup(label)}</b> — {markup(totals_line(*counts))}"
            flowables.append(Paragraph(text, line))
    flowables.append(Paragraph(markup(f"Ghi chú: {legend(sheet)}."), legend_style))
    return flowables


def _signatures(sheet: AttendanceSheet, fonts: FontFamily, width: float) -> Table:
    """Signature blocks side by side: post, hint, room to sign and seal, name.

    The post is in bold capitals (a "TM." line over it where one signs for a body), the
    hint in italics, the name in bold.

    Posts of one line are pushed down to end level with posts of two, so that the names
    of all signers share a line (Decree 30, Phụ lục I, Phần II, mục 7).
    """
    title = paragraph_style("signer", fonts, SIGNER_SIZE, font=fonts.bold, alignment=TA_CENTER)
    hint = paragraph_style("hint", fonts, SIGNER_SIZE, font=fonts.italic, alignment=TA_CENTER)
    name = paragraph_style("name", fonts, SIGNER_SIZE, font=fonts.bold, alignment=TA_CENTER)
    posts = [signer_lines(post) for post, _name in sheet.signers]
    tallest = max((len(lines) for lines in posts), default=0)
    row = []
    for lines, (_post, signer_name) in zip(posts, sheet.signers, strict=True):
        block: list[Flowable] = [Spacer(1, title.leading * (tallest - len(lines)))]
        block += [Paragraph(markup(line), title) for line in lines]
        block += [Paragraph("(Ký, ghi rõ họ tên)", hint), Spacer(1, SIGNATURE_SPACE)]
        if signer_name.strip():
            block.append(Paragraph(markup(signer_name), name))
        row.append(block)
    table = Table([row], colWidths=[width / len(row)] * len(row))
    table.setStyle(
        TableStyle([
            # Tables set a cell's font even when it holds flowables; without this the
            # PDF would reference Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 8 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ])
    )
    return table
