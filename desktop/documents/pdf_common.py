"""What every printed Sổ Hội document shares: fonts, page geometry, header, footer, writing.

Attendance sheets, certificates and reports all follow Decree 30/2020/NĐ-CP
(docs/ARCHITECTURE.md §5): A4, fixed margins, the issuer block on the left and the
national motto on the right, a place and date line, page numbers. Keeping those rules here
means a second document cannot drift from the first one.

Two traps shape this module. ReportLab draws text in NFD with colliding accents
(docs/ARCHITECTURE.md §8), so every string goes through :func:`nfc` before it is drawn. And the
standard PDF fonts cannot show Vietnamese, so only the shipped Liberation Serif is used,
embedded as subsets, and the canvas is told to start in it so that no standard font is even
referenced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from db import catalog
from resources import resource_path

# --- text ---------------------------------------------------------------------------------


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC.

    ReportLab draws each code point on its own, so a decomposed "ủ" (u + hook + grave)
    prints with its marks stacked on top of each other; the composed form has a glyph of
    its own in Liberation Serif.
    """
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """Return ``text`` ready for a ReportLab ``Paragraph``: NFC, with ``&<>`` escaped.

    Paragraphs parse their text as markup, so a unit named "Tổ 1 & 2" would otherwise
    break the whole document.
    """
    return escape(nfc(text))


# --- fonts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FontFamily:
    """Registered ReportLab font names of one family, as styles and canvases use them."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


_FONT_FILES = {
    "regular": ("LiberationSerif", "LiberationSerif-Regular.ttf"),
    "bold": ("LiberationSerif-Bold", "LiberationSerif-Bold.ttf"),
    "italic": ("LiberationSerif-Italic", "LiberationSerif-Italic.ttf"),
    "bold_italic": ("LiberationSerif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
}


@functools.cache
def register_fonts() -> FontFamily:
    """Register Liberation Serif with ReportLab once per process and return its names.

    Parsing the four TrueType files costs tens of milliseconds, so the result is cached.
    The four faces are registered as one family so that ``<b>`` and ``<i>`` inside a
    ``Paragraph`` pick the real bold and italic faces instead of falling back to a
    standard font. ReportLab embeds TrueType fonts as subsets by default, which keeps a
    sheet at tens of kilobytes instead of the 1.5 MB of the full files.
    """
    names = {}
    for face, (name, filename) in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        names[face] = name
    family = FontFamily(family=names["regular"], **names)
    pdfmetrics.registerFontFamily(
        family.family,
        normal=family.regular,
        bold=family.bold,
        italic=family.italic,
        boldItalic=family.bold_italic,
    )
    return family


def paragraph_style(
    name: str, fonts: FontFamily, size: float, *, font: str | None = None, **options: Any
) -> ParagraphStyle:
    """Return a paragraph style in the shipped family (never ReportLab's Helvetica default).

    Args:
        name: Style name, only used in ReportLab's error messages.
        fonts: The registered family, from :func:`register_fonts`.
        size: Font size in points; the leading is 1.2 times the size unless given.
        font: Face to use instead of the regular one (e.g. ``fonts.bold``).
        **options: Any other ``ParagraphStyle`` attribute (alignment, spaceAfter, …).
    """
    options.setdefault("leading", size * 1.2)
    options.setdefault("alignment", TA_LEFT)
    return ParagraphStyle(name, fontName=font or fonts.regular, fontSize=size, **options)


# --- page geometry ------------------------------------------------------------------------

#: Margins of Decree 30/2020/NĐ-CP (Phụ lục I): top and bottom 20–25 mm, left 30–35 mm (the
#: binding edge), right 15–20 mm. The smallest allowed values leave the most room for rows.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm


@dataclass(frozen=True)
class PageGeometry:
    """A page size with its margins, in points."""

    width: float
    height: float
    top: float = MARGIN_TOP
    bottom: float = MARGIN_BOTTOM
    left: float = MARGIN_LEFT
    right: float = MARGIN_RIGHT

    @property
    def size(self) -> tuple[float, float]:
        """Return ``(width, height)`` as ReportLab's ``pagesize`` arguments want it."""
        return (self.width, self.height)

    @property
    def frame_width(self) -> float:
        """Return the width of the text area between the margins."""
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        """Return the height of the text area between the margins."""
        return self.height - self.top - self.bottom


#: A4 portrait, the default for every document.
A4_PORTRAIT = PageGeometry(*A4)
#: A4 landscape (wide tables, certificates). The binding margin stays on the left, as a
#: word processor keeps it when the page is turned: such pages are filed on their own.
A4_LANDSCAPE = PageGeometry(*landscape(A4))


def document_template(
    out: BinaryIO, geometry: PageGeometry, *, title: str, subject: str = "", author: str = ""
) -> BaseDocTemplate:
    """Return a one-frame document whose frame is exactly the text area of ``geometry``.

    ``SimpleDocTemplate`` pads its frame by 6 pt on every side, so a table sized to the
    margins would overflow them; here the frame has no padding and the Decree 30 margins
    are the real edges of the text. Build it with ``canvasmaker=NumberedCanvas``.
    """
    frame = Frame(
        geometry.left,
        geometry.bottom,
        geometry.frame_width,
        geometry.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    return BaseDocTemplate(
        out,
        pagesize=geometry.size,
        leftMargin=geometry.left,
        rightMargin=geometry.right,
        topMargin=geometry.top,
        bottomMargin=geometry.bottom,
        pageTemplates=[PageTemplate(id="page", frames=[frame], pagesize=geometry.size)],
        title=nfc(title),
        subject=nfc(subject),
        author=nfc(author),
        creator="Sổ Hội",
        lang="vi",
    )


# --- dates --------------------------------------------------------------------------------

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def vietnamese_weekday(day: dt.date) -> str:
    """Return the Vietnamese name of the day of the week: "Thứ Hai" … "Chủ nhật"."""
    return _WEEKDAYS[day.weekday()]


def vietnamese_date_line(place: str, day: dt.date) -> str:
    """Return the place and date line of a document: "Hưng Hà, ngày 12 tháng 3 năm 2026".

    Decree 30 writes days below 10 and the months January and February with a leading
    zero ("ngày 05 tháng 02"), so that nobody can add a digit by hand afterwards; other
    months are written without one.
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    date_part = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    place = nfc(place).strip()
    return f"{place}, {date_part}" if place else date_part.capitalize()


def honorific(gender: str) -> str:
    """Return how a document addresses a person: "ông" for a man, "bà" otherwise.

    The union's members are women; a man is an honorary member and his record says so.
    A record without a sex recorded is addressed as a woman, as the register mostly is.
    """
    return "ông" if gender == "male" else "bà"


# --- the official header block ------------------------------------------------------------

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"

_HEADER_SIZE = 12.0  # issuer lines and the national name (Decree 30: 12–13 pt)
_MOTTO_SIZE = 13.0  # the motto and the place/date line (Decree 30: 13–14 pt)
_HEADER_SIZES = (12.0,)  # Decree 30 allows 12–13 pt; 12 is used, so nothing smaller is tried
_HEADER_LEADING = 15.0
_RULE_WIDTH = 0.6
_COLUMN_GAP = 6.0  # least white space between the issuer column and the national name


def _header_choices(width: float, widest_left: float) -> list[tuple[float, float]]:
    """(type size, left column width) to try, the usual layout first.

    First every allowed size at 40 % of the width, then the widest column the national
    name leaves room for: a wider column moves the motto off the page's usual axis, so it
    is the last resort.
    """
    usual = width * 0.4
    choices = [(size, usual) for size in _HEADER_SIZES]
    if widest_left > usual:
        choices += [(size, widest_left) for size in _HEADER_SIZES]
    return choices


@dataclass(frozen=True)
class HeaderBlock:
    """The texts of the header a Decree 30 document opens with.

    Attributes:
        issuer_parent: The body above the issuer, e.g. "HỘI LHPN TỈNH HƯNG YÊN"; "" if none.
        issuer: The issuing body, e.g. "HỘI LHPN XÃ HƯNG HÀ", printed bold and underlined.
        place_and_date: e.g. "Hưng Hà, ngày 12 tháng 3 năm 2026"; "" leaves the line out.
    """

    issuer_parent: str
    issuer: str
    place_and_date: str


@dataclass(frozen=True)
class _Text:
    text: str
    font: str
    size: float
    center_x: float
    baseline: float  # distance below the top of the block


@dataclass(frozen=True)
class _Rule:
    center_x: float
    length: float
    below_top: float


@dataclass(frozen=True)
class _HeaderLayout:
    texts: tuple[_Text, ...]
    rules: tuple[_Rule, ...]
    height: float


def _proper_name_start(text: str) -> int:
    """Return where the proper name starts in an issuer line, or 0 if none is recognised.

    "HỘI LHPN PHƯỜNG CHÂU ĐỐC" -> the index of "CHÂU": the words before it say what kind
    of body it is, the words from it on are one name that must stay on one line.
    """
    padded = f" {text.upper()} "
    found = []  # (where the kind starts, -its length): the first kind, the longest there
    for kind in (k.upper() for k in catalog.UNIT_PREFIXES):
        at = padded.find(f" {kind} ")
        if at >= 0:
            found.append((at, -len(kind)))
    if not found:
        return 0
    at, minus_length = min(found)
    return at - minus_length + 1  # "Phường Xã Đàn": the name is "XÃ ĐÀN", after "PHƯỜNG"


def issuer_lines(text: str, font: str, size: float, room: float) -> list[str] | None:
    """Break an issuer's name into lines of at most ``room`` points, never inside its name.

    Decree 30/2020/NĐ-CP (Phụ lục I, Phần II, mục 2) lets a long name of an issuing body
    take several lines, but a place name cut in two ("… CHÂU / ĐỐC") reads as two places.
    The line is kept whole if it fits; otherwise it breaks before the proper name, and
    what precedes the name may wrap at any word.

    Returns:
        The lines, or None when the proper name alone is wider than ``room`` (the caller
        then widens the column or shrinks the type).
    """
    text = " ".join(nfc(text).split())
    if not text or pdfmetrics.stringWidth(text, font, size) <= room:
        return [text] if text else []
    start = _proper_name_start(text)
    head, name = text[:start].strip(), text[start:].strip()
    if pdfmetrics.stringWidth(name, font, size) > room:
        return None
    return [*simpleSplit(head, font, size, room), name] if head else [name]


def _layout_header(block: HeaderBlock, width: float, fonts: FontFamily) -> _HeaderLayout:
    """Place the header's lines in a block ``width`` wide, measured from its top edge.

    The left column takes 40 % of the width and the right one the rest, as in the samples
    of Decree 30: the national name must fit on one line in portrait. Should a unit's
    proper name not fit the left column on one line even after breaking before it, the
    type shrinks within the sizes Decree 30 allows and then the column widens into the
    space the national name leaves free. Lines of the two columns share baselines, so
    "HỘI LHPN XÃ …" sits level with the motto.
    """
    national_w = pdfmetrics.stringWidth(NATIONAL_NAME, fonts.bold, _HEADER_SIZE)
    widest_left = width - national_w - 2 * _COLUMN_GAP
    left_w = width * 0.4
    size = _HEADER_SIZE
    lines: list[tuple[str, str]] = []
    issuer_count = 0
    for size, left_w in _header_choices(width, widest_left):
        room = left_w - 4
        parent = [issuer_lines(part, fonts.regular, size, room)
                  for part in block.issuer_parent.splitlines() if part.strip()]
        issuer = issuer_lines(block.issuer, fonts.bold, size, room)
        if issuer is not None and all(p is not None for p in parent):
            lines = [(t, fonts.regular) for part in parent for t in part or []]
            lines += [(t, fonts.bold) for t in issuer]
            issuer_count = len(issuer)
            break
    else:  # pragma: no cover - a name wider than the widest column: wrap it at words
        room = left_w - 4
        lines = [(t, fonts.regular) for t in simpleSplit(nfc(block.issuer_parent),
                                                          fonts.regular, size, room)]
        issuer_split = simpleSplit(nfc(block.issuer), fonts.bold, size, room)
        lines += [(t, fonts.bold) for t in issuer_split]
        issuer_count = len(issuer_split)
    right_w = width - left_w
    left_x = left_w / 2
    right_x = left_w + right_w / 2
    first = _HEADER_SIZE * 0.9
    texts: list[_Text] = []
    rules: list[_Rule] = []

    def baseline(row: int) -> float:
        return first + row * _HEADER_LEADING

    row = 0
    for text, font in lines:
        texts.append(_Text(text, font, size, left_x, baseline(row)))
        row += 1
    bottom = baseline(max(row - 1, 0))
    if issuer_count:
        widest = max(pdfmetrics.stringWidth(t, fonts.bold, size)
                     for t, _f in lines[-issuer_count:])
        # Decree 30: a short rule, a third to a half of the line, under the issuer.
        rules.append(_Rule(left_x, widest * 0.4, bottom + 4.5))
        bottom += 4.5

    texts.append(_Text(NATIONAL_NAME, fonts.bold, _HEADER_SIZE, right_x, baseline(0)))
    texts.append(_Text(NATIONAL_MOTTO, fonts.bold, _MOTTO_SIZE, right_x, baseline(1)))
    motto_w = pdfmetrics.stringWidth(NATIONAL_MOTTO, fonts.bold, _MOTTO_SIZE)
    # Decree 30: a rule as long as the motto itself.
    # 5 pt under the baseline clears the descenders of "p" and "Hạnh".
    rules.append(_Rule(right_x, motto_w, baseline(1) + 5))
    bottom = max(bottom, baseline(1) + 5)
    if block.place_and_date.strip():
        date_line = nfc(block.place_and_date).strip()
        base = baseline(1) + 5 + _MOTTO_SIZE * 1.6
        texts.append(_Text(date_line, fonts.italic, _MOTTO_SIZE, right_x, base))
        bottom = max(bottom, base)
    return _HeaderLayout(tuple(texts), tuple(rules), bottom + _MOTTO_SIZE * 0.3)


def draw_official_header(
    canv: Canvas, block: HeaderBlock, *, x: float, top: float, width: float
) -> float:
    """Draw the issuer block, the national motto and the place/date line.

    Certificates draw straight on a canvas; flowing documents use :class:`OfficialHeader`,
    which calls this. Texts are centred in their columns.

    Args:
        canv: Canvas of the current page.
        block: The texts.
        x: Left edge of the block (the left margin).
        top: Top edge of the block, in canvas coordinates (y grows upwards).
        width: Width of the block (the text area).

    Returns:
        The height the block took, in points.
    """
    fonts = register_fonts()
    layout = _layout_header(block, width, fonts)
    _draw_layout(canv, layout, x, top)
    return layout.height


def _draw_layout(canv: Canvas, layout: _HeaderLayout, x: float, top: float) -> None:
    canv.saveState()
    for item in layout.texts:
        canv.setFont(item.font, item.size)
        canv.drawCentredString(x + item.center_x, top - item.baseline, item.text)
    canv.setLineWidth(_RULE_WIDTH)
    for rule in layout.rules:
        y = top - rule.below_top
        half = rule.length / 2
        canv.line(x + rule.center_x - half, y, x + rule.center_x + half, y)
    canv.restoreState()


class OfficialHeader(Flowable):
    """The Decree 30 header as a flowable, for documents built with ``platypus``."""

    def __init__(self, block: HeaderBlock) -> None:
        super().__init__()
        self._block = block
        self._layout: _HeaderLayout | None = None

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 (ReportLab's names)
        """Lay the block out across the available width and report its height."""
        self.width = aW
        self._layout = _layout_header(self._block, aW, register_fonts())
        self.height = self._layout.height
        return aW, self.height

    def draw(self) -> None:
        """Draw at the position ``platypus`` chose (the flowable's origin is bottom-left)."""
        if self._layout is None:  # pragma: no cover - platypus always wraps first
            self.wrap(self.width, 0)
        assert self._layout is not None
        _draw_layout(self.canv, self._layout, 0, self._layout.height)


# --- signatures ---------------------------------------------------------------------------

#: Who signs for the commune's union: its standing committee, through the chair (Decree 30,
#: Phụ lục I, Phần II, mục 7: "TM." over the signer's post for a collective body). Lines of
#: a post are separated by "/": the post is stored with certificates, and a stored text
#: holds no line breaks (packages refuse control characters).
COMMUNE_SIGNER = "TM. BAN THƯỜNG VỤ / CHỦ TỊCH"
#: Who signs a branch meeting's sheet: the branch head, in her own name.
BRANCH_SIGNER = "CHI HỘI TRƯỞNG"
#: Room left between the signer's post and her name for the signature and the seal.
SIGNATURE_SPACE = 36 * mm
#: Decree 30: post and name of the signer at 13–14 pt, bold.
SIGNER_SIZE = 13.0


def signer_lines(title: str) -> list[str]:
    """Split a signer's post into its printed lines, upper case: "TM. …" over "CHỦ TỊCH".

    A post is typed one line per printed line; "/" also separates lines, for fields
    that hold one line only.
    """
    lines = [" ".join(line.split()) for line in nfc(title).replace("/", "\n").splitlines()]
    return [line.upper() for line in lines if line]


# --- page numbers -------------------------------------------------------------------------


class NumberedCanvas(Canvas):
    """A canvas that numbers pages the Decree 30 way: from page 2, centred in the top margin.

    Decree 30/2020/NĐ-CP (Phụ lục I, Phần I: page numbers) numbers pages with Arabic numerals at
    13–14 pt, upright, centred across the page's text width inside the top margin, and
    shows no number on the first page. No total is printed, so each page is numbered
    as it is finished and nothing has to be kept back until the end.

    It also starts in Liberation Serif, so the PDF never references Helvetica, which
    ReportLab otherwise names in every page's preamble.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fonts = register_fonts()
        # Document templates pass these explicitly, as None when unset.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.regular
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 12
        kwargs["initialLeading"] = kwargs.get("initialLeading") or 14.4
        super().__init__(*args, **kwargs)
        self._number_font = fonts.regular

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        """Write the page's number (none on page 1), then finish the page."""
        number = self.getPageNumber()
        if number > 1:
            draw_page_number(self, number, self._number_font)
        super().showPage()


#: Decree 30: page numbers at 13–14 pt.
PAGE_NUMBER_SIZE = 13.0


def draw_page_number(canv: Canvas, number: int, font: str) -> None:
    """Draw ``number`` centred over the text width, in the middle of the top margin."""
    width, height = canv._pagesize  # ReportLab keeps the size only there
    center = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
    canv.saveState()
    canv.setFont(font, PAGE_NUMBER_SIZE)
    canv.drawCentredString(center, height - MARGIN_TOP / 2 - PAGE_NUMBER_SIZE * 0.35,
                           str(number))
    canv.restoreState()


def ruled_table_style(font: str, *, valign: str = "TOP") -> list[tuple[Any, ...]]:
    """Return the commands of a bordered table with a shaded head row (lists and books).

    Tables set a font even for cells that hold paragraphs: ``font`` is ours, so ReportLab
    never falls back to Helvetica, which has no Vietnamese letters.
    """
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


# --- writing ------------------------------------------------------------------------------


def write_atomically(path: Path | str, build: Callable[[BinaryIO], None]) -> None:
    """Write a file through ``build`` so that ``path`` is either the old file or the new one.

    A power cut, a full USB stick or a bug halfway through must never leave a half-written
    PDF where the user expects a document (or destroy the one that was there). The bytes go
    to a hidden temporary file in the same folder, are flushed to disk, and the file is
    then renamed over the target in one step; on any error the temporary file is removed
    and the target is untouched.

    Args:
        path: Where the finished file must end up.
        build: Writes the whole content into the binary stream it is given.
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644  # mkstemp's 0600 would hide the document from other users of the PC
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            build(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
