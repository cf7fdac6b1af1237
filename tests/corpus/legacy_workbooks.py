"""A corpus of member lists typed in the old Vietnamese encodings, built independently.

TCVN3 text comes from glibc's converter (``iconv -t TCVN5712-1``); VNI text from the
chart below, written from the published description of VNI-Windows (a base letter
followed by one byte per mark, a few letters in one byte), not from the program's own
tables. Old files keep those bytes as the Latin-1 characters Excel shows under a Unicode
font, so each cell holds ``bytes.decode("latin-1")``. Capitals with a tone do not exist
in the .VnTime fonts: they are typed with a .VnTimeH ("capitals") font, either the whole
cell or one rich-text run, at the byte of the lower-case letter.

The workbooks are written with openpyxl (.xlsx, with rich text), xlwt (.xls, with BIFF
fonts and rich text) and odfpy (.ods): none of them is the reader under test.
"""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # grave hook tilde acute dot
LETTERS = [unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES] + ["đ"]
"""The 73 lower-case Vietnamese letters beyond ASCII consonants: every vowel × every tone."""

# VNI-Windows, from the published chart: marks typed after the base letter.
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü",
              "\u0323": "ë"}
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó",
               "ị": "ò", "ỵ": "î"}


def _vni_letter(letter: str) -> str:
    """One Unicode letter in VNI (as Latin-1 characters)."""
    upper = letter != letter.lower()
    low = letter.lower()
    if low in _VNI_SINGLE:
        out = _VNI_SINGLE[low]
        return out.upper() if upper else out
    decomposed = unicodedata.normalize("NFD", low)
    tone = next((ch for ch in decomposed if ch in _VNI_TONE), "")
    rest = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch != tone))
    if rest in ("â", "ê", "ô"):
        out = {"â": "a", "ê": "e", "ô": "o"}[rest] + _VNI_HAT[tone]
    elif rest == "ă":
        out = "a" + _VNI_BREVE[tone]
    elif rest in ("ơ", "ư"):
        out = _VNI_SINGLE[rest] + (_VNI_TONE[tone] if tone else "")
    elif rest == "i" and tone:
        out = _VNI_SINGLE[unicodedata.normalize("NFC", "i" + tone)]
    elif rest == "y" and tone == "\u0323":
        out = _VNI_SINGLE["ỵ"]
    elif len(rest) == 1 and rest.isascii():
        out = rest + (_VNI_TONE[tone] if tone else "")
    else:
        raise ValueError(letter)
    return out.upper() if upper else out


def to_vni(text: str) -> str:
    """Unicode text as a VNI-Times cell shows it."""
    return "".join(_vni_letter(ch) if not ch.isascii() else ch
                   for ch in unicodedata.normalize("NFC", text))


def to_tcvn3(text: str) -> str:
    """Unicode text as a .VnTime cell shows it (glibc iconv; lower case and ĂÂÊÔƠƯĐ)."""
    done = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"],
                          input=text.encode(), capture_output=True, check=True)
    out = done.stdout
    # .VnTime (TCVN3, the VN3 level) has no capitals with tones: refuse them here.
    assert all(b < 0x80 or b >= 0xA1 for b in out), text
    assert len(out) == len(unicodedata.normalize("NFC", text)), text
    return out.decode("latin-1")


def to_tcvn3_capitals(text: str) -> str:
    """Capitals as a .VnTimeH cell holds them: the bytes of the lower-case letters."""
    return to_tcvn3(text.lower())


@dataclass(frozen=True)
class Piece:
    """A run of a cell: its Unicode text and how it is typed ("u", "tcvn3", "tcvn3H", "vni")."""

    text: str
    kind: str

    def typed(self) -> str:
        """The run as the cell holds it."""
        if self.kind == "tcvn3":
            return to_tcvn3(self.text)
        if self.kind == "tcvn3H":
            return to_tcvn3_capitals(self.text)
        if self.kind == "vni":
            return to_vni(self.text)
        return self.text


FONT_OF = {"u": "Times New Roman", "tcvn3": ".VnTime", "tcvn3H": ".VnTimeH",
           "vni": "VNI-Times"}

HEADINGS = ("STT", "Họ và tên", "Năm sinh", "Giới tính", "Ghi chú")
NOTES = (
    "Hội viên tích cực, đóng hội phí đầy đủ.",
    "Gia đình văn hóa; con học giỏi.",
    "Nhà ở xóm Đông, thường xuyên vắng mặt.",
    "Được khen thưởng năm 2023 (xuất sắc).",
    "Tham gia tổ vay vốn ưu đãi, chăn nuôi lợn.",
    "Chuyển đến từ xã Hưng Đạo; chưa có thẻ.",
    "Con thứ ba; mẹ đơn thân, cần hỗ trợ.",
)
FAMILIES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLES = ("Thị", "Thị Thu", "Thị Hồng", "Ngọc", "Thị Ngọc", "Thị Hương")


def given_names() -> list[str]:
    """One given name per lower-case letter: "L" + letter + "n" ("Lan", "Lằn", "Lưn"…)."""
    return [("L" + letter + "n").replace("Lđn", "Đan") for letter in LETTERS]


def capital_names() -> list[str]:
    """One given name per capital letter with a mark: the capital opens the word ("Ằn")."""
    return ["Đan" if letter == "đ" else letter.upper() + "n"
            for letter in LETTERS if letter not in "aeiouy"]


@dataclass(frozen=True)
class Row:
    """One member: each text cell as runs, with the Unicode text it must import as."""

    name: tuple[Piece, ...]
    year: int
    gender: tuple[Piece, ...]
    note: tuple[Piece, ...]

    @staticmethod
    def text(pieces: Sequence[Piece]) -> str:
        return unicodedata.normalize("NFC", "".join(p.text for p in pieces))


def legacy_rows(kind: str, *, rich: bool = True, unicode_rows: bool = True) -> list[Row]:
    """The members of a file typed in ``kind`` ("tcvn3" or "vni").

    Every lower-case letter with every tone appears in a given name; every capital with a
    mark opens a given name (a .VnTimeH run in TCVN3, when ``rich``); some names are in
    capitals only (.VnTimeH cells); some rows are Unicode, in the same columns.
    """
    rows: list[Row] = []
    for i, given in enumerate(given_names()):
        name = f"{FAMILIES[i % len(FAMILIES)]} {MIDDLES[i % len(MIDDLES)]} {given}"
        rows.append(Row((Piece(name, kind),), 1950 + i % 50, (Piece("Nữ", kind),),
                        (Piece(NOTES[i % len(NOTES)], kind),)))
    for i, given in enumerate(capital_names()):
        family = f"{FAMILIES[i % len(FAMILIES)]} Thị "
        if kind == "vni":
            name: tuple[Piece, ...] = (Piece(family + given, "vni"),)
        elif rich:
            name = (Piece(family, "tcvn3"), Piece(given[0], "tcvn3H"), Piece(given[1:], "tcvn3"))
        else:
            continue
        rows.append(Row(name, 1960 + i % 40, (Piece("Nữ", kind),),
                        (Piece(NOTES[(i + 3) % len(NOTES)], kind),)))
    capitals = ("NGUYỄN THỊ THỦY", "TRẦN THỊ ƯỚC", "LƯU THỊ Ũ", "ĐẶNG THỊ ỶN")
    for i, name_text in enumerate(capitals):
        piece = Piece(name_text, "tcvn3H" if kind == "tcvn3" else "vni")
        if kind == "tcvn3" and not rich:
            continue
        rows.append(Row((piece,), 1970 + i, (Piece("Nữ", kind),), (Piece(NOTES[i], kind),)))
    if unicode_rows:
        for i, name_text in enumerate(("Lê Tú Anh", "Võ Thu Hà", "Nguyễn Thị Hương")):
            rows.append(Row((Piece(name_text, "u"),), 1980 + i, (Piece("Nữ", "u"),),
                            (Piece(NOTES[i], "u"),)))
    return rows


def unicode_rows() -> list[Row]:
    """A plain Unicode list whose notes carry symbols that TCVN3 uses as letters."""
    notes = (*NOTES, "Cân nặng 3,5 kg; thuốc 5 µg/ngày.", "Giá 10¸ (ghi theo sổ cũ).",
             "Nhiệt độ 37°; ½ suất.", "Ông bà ở § 12, “Tổ 3”.")
    rows = []
    for i, given in enumerate([*given_names(), "Tú Anh", "Thu Hà"]):
        name = f"{FAMILIES[i % len(FAMILIES)]} {MIDDLES[i % len(MIDDLES)]} {given}"
        rows.append(Row((Piece(name, "u"),), 1950 + i % 50, (Piece("Nữ", "u"),),
                        (Piece(notes[i % len(notes)], "u"),)))
    return rows


def heading_pieces(kind: str) -> list[tuple[Piece, ...]]:
    return [(Piece(h, kind if kind != "u" else "u"),) for h in HEADINGS]


def title(kind: str) -> tuple[Piece, ...]:
    return (Piece("DANH SÁCH HỘI VIÊN", "tcvn3H" if kind == "tcvn3" else kind),)


def _table(kind: str, rows: Sequence[Row]) -> list[list[tuple[Piece, ...] | int | None]]:
    table: list[list[tuple[Piece, ...] | int | None]] = [
        [title(kind), None, None, None, None], list(heading_pieces(kind)),
    ]
    for i, row in enumerate(rows, 1):
        table.append([i, row.name, row.year, row.gender, row.note])
    return table


def write_xlsx(path: Path, kind: str, rows: Sequence[Row]) -> Path:
    """An .xlsx whose cells and runs carry the fonts they were typed with."""
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for r, values in enumerate(_table(kind, rows), 1):
        for c, value in enumerate(values, 1):
            cell = sheet.cell(r, c)
            if value is None or isinstance(value, int):
                cell.value = value
                continue
            if len(value) == 1:
                cell.value = value[0].typed()
                cell.font = Font(name=FONT_OF[value[0].kind])
            else:
                cell.value = CellRichText(*[
                    TextBlock(InlineFont(rFont=FONT_OF[p.kind]), p.typed()) for p in value
                ])
                cell.font = Font(name=FONT_OF[value[0].kind])
    book.save(path)
    return path


def write_xls(path: Path, kind: str, rows: Sequence[Row]) -> Path:
    """An .xls (BIFF8) with FONT records and rich-text runs, written with xlwt."""
    import xlwt

    fonts: dict[str, xlwt.Font] = {}
    styles: dict[str, xlwt.XFStyle] = {}
    for key, name in FONT_OF.items():
        font = xlwt.Font()
        font.name = name
        fonts[key] = font
        style = xlwt.XFStyle()
        style.font = font
        styles[key] = style
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sach")
    for r, values in enumerate(_table(kind, rows)):
        for c, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, int):
                sheet.write(r, c, value)
            elif len(value) == 1:
                sheet.write(r, c, value[0].typed(), styles[value[0].kind])
            else:
                sheet.write_rich_text(r, c, [(p.typed(), fonts[p.kind]) for p in value],
                                      styles[value[0].kind])
    book.save(str(path))
    return path


def write_ods(path: Path, kind: str, rows: Sequence[Row], *, fonts: bool = True) -> Path:
    """An .ods written with odfpy: cell styles and text spans name the fonts (or, with
    ``fonts=False``, nothing does and the bytes alone must decide)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import FontFace, Style, TextProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P, Span

    document = OpenDocumentSpreadsheet()
    cell_styles: dict[str, str] = {}
    span_styles: dict[str, str] = {}
    for number, (key, name) in enumerate(FONT_OF.items()):
        document.fontfacedecls.addElement(FontFace(name=name, fontfamily=f"'{name}'"))
        cell_style = Style(name=f"ce{number}", family="table-cell")
        cell_style.addElement(TextProperties(fontname=name))
        span_style = Style(name=f"T{number}", family="text")
        span_style.addElement(TextProperties(fontname=name))
        document.automaticstyles.addElement(cell_style)
        document.automaticstyles.addElement(span_style)
        cell_styles[key], span_styles[key] = f"ce{number}", f"T{number}"
    table = Table(name="Danh sach")
    for values in _table(kind, rows):
        row = TableRow()
        for value in values:
            if value is None:
                row.addElement(TableCell())
            elif isinstance(value, int):
                row.addElement(TableCell(valuetype="float", value=value))
            elif not fonts:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text="".join(p.typed() for p in value)))
                row.addElement(cell)
            else:
                cell = TableCell(valuetype="string", stylename=cell_styles[value[0].kind])
                paragraph = P()
                for piece in value:
                    if piece.kind == value[0].kind:
                        paragraph.addText(piece.typed())
                    else:
                        paragraph.addElement(Span(stylename=span_styles[piece.kind],
                                                  text=piece.typed()))
                cell.addElement(paragraph)
                row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def mixed_rows() -> list[Row]:
    """One column typed three ways, row after row: TCVN3, VNI and Unicode."""
    kinds = ("tcvn3", "vni", "u")
    rows = []
    for i, given in enumerate(given_names()):
        kind = kinds[i % 3]
        name = f"{FAMILIES[i % len(FAMILIES)]} {MIDDLES[i % len(MIDDLES)]} {given}"
        rows.append(Row((Piece(name, kind),), 1950 + i % 50, (Piece("Nữ", kind),),
                        (Piece(NOTES[i % len(NOTES)], kind),)))
    return rows
