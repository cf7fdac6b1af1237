"""Reading member lists from .xlsx, .xls and .ods files with python-calamine.

calamine reads all three formats and is several times faster than openpyxl (DESIGN.md §5),
which matters for a province office opening a 100k-row list. What calamine does not give
is the font of a cell, and the font is the one sure sign of TCVN3 (".VnTime") or VNI
("VNI-Times") text. For .xlsx files the font is read cheaply from the file's own XML
(styles.xml, then the style index of each text cell) — and only when styles.xml names a
legacy font at all, so ordinary Unicode files pay nothing for it.

The reader returns plain Python values so the import logic in :mod:`db.member_import`
can work on them without knowing about spreadsheets.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from xml.etree import ElementTree

from python_calamine import CalamineWorkbook

from db.errors import UserError
from db.legacy_encodings import detect_from_font

__all__ = ["Cell", "SheetContent", "WorkbookContent", "read_workbook"]

type Cell = str | float | int | bool | dt.datetime | dt.date | dt.time | dt.timedelta | None

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class SheetContent:
    """One sheet: its rows as in the file (row 0 is the file's row 1), and known fonts.

    Attributes:
        name: The sheet's tab name.
        rows: Every row from the first, each a list of cell values; merged areas carry
            their value in every cell they cover, as the person sees it.
        fonts: Font name of text cells whose font is a legacy (TCVN3/VNI) font, keyed by
            (row index, column index); empty when the file has none or is not .xlsx.
    """

    name: str
    rows: list[list[Cell]]
    fonts: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkbookContent:
    """The sheets of a workbook that have anything in them, in tab order."""

    path: Path
    sheets: list[SheetContent]


def _broken(path: Path) -> UserError:
    return UserError(
        f"Không đọc được tệp {path.name}: tệp hỏng hoặc không phải bảng tính Excel/ODS."
    )


def _is_encrypted(path: Path) -> bool:
    """Whether the file is an Office file protected by a password.

    Such a file is an OLE container holding an "EncryptedPackage" stream (.xlsx), or an
    .xls whose workbook stream has a FILEPASS record.
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
            if head != _OLE_MAGIC:
                return False
            data = stream.read(4_000_000)
    except OSError:
        return False
    return "EncryptedPackage".encode("utf-16-le") in data or b"\x2f\x00\x36\x00" in data[:4096]


def read_workbook(path: Path | str) -> WorkbookContent:
    """Read every non-empty sheet of a workbook as plain values.

    Raises:
        UserError: the file is missing, broken, not a spreadsheet, protected by a
            password, or holds no data at all — each with a sentence in Vietnamese.
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp {path.name}.")
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets: list[SheetContent] = []
        fonts_by_sheet = _legacy_fonts(path)
        for index, name in enumerate(workbook.sheet_names):
            sheet = workbook.get_sheet_by_index(index)
            # calamine types its cells without None; the rows are only read here.
            rows = cast("list[list[Cell]]", sheet.to_python(skip_empty_area=False))
            if not any(any(v not in (None, "") for v in row) for row in rows):
                continue
            _fill_merged(rows, sheet.merged_cell_ranges)
            sheets.append(SheetContent(name, rows, fonts_by_sheet.get(name, {})))
    except UserError:
        raise
    except Exception as exc:  # calamine raises several unrelated types for bad files
        if "password" in str(exc).lower() or _is_encrypted(path):
            raise UserError(
                f"Tệp {path.name} được đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu "
                "(Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi nhập lại."
            ) from exc
        raise _broken(path) from exc
    if not sheets:
        raise UserError(f"Tệp {path.name} không có dữ liệu: mọi trang tính đều trống.")
    return WorkbookContent(path, sheets)


def _fill_merged(rows: list[list[Cell]], ranges: Any) -> None:
    """Copy the value of each merged area into every cell it covers."""
    for (top, left), (bottom, right) in ranges or ():
        if top >= len(rows):
            continue
        value = rows[top][left] if left < len(rows[top]) else None
        if value in (None, ""):
            continue
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(left, min(right, len(row) - 1) + 1):
                if row[c] in (None, ""):
                    row[c] = value


# Fonts of .xlsx cells ---------------------------------------------------------------------


def _legacy_fonts(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Return, per sheet name, the legacy font of each text cell that has one."""
    if not zipfile.is_zipfile(path):
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/styles.xml" not in names or "xl/workbook.xml" not in names:
                return {}
            style_fonts = _style_fonts(archive.read("xl/styles.xml"))
            if not any(detect_from_font(f) for f in style_fonts.values()):
                return {}
            result: dict[str, dict[tuple[int, int], str]] = {}
            for sheet_name, member in _sheet_files(archive):
                if member in names:
                    with archive.open(member) as stream:
                        result[sheet_name] = dict(_cell_fonts(stream, style_fonts))
            return result
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, OSError):
        return {}


def _style_fonts(styles: bytes) -> dict[int, str]:
    """Map each cell style index (cellXfs position) to the name of its legacy font."""
    root = ElementTree.fromstring(styles)
    fonts: list[str] = []
    fonts_node = root.find(f"{_MAIN}fonts")
    for font in fonts_node if fonts_node is not None else ():
        name = font.find(f"{_MAIN}name")
        fonts.append(name.get("val", "") if name is not None else "")
    result: dict[int, str] = {}
    xfs = root.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else ()):
        font_id = int(xf.get("fontId", "0"))
        if font_id < len(fonts) and detect_from_font(fonts[font_id]):
            result[index] = fonts[font_id]
    return result


def _sheet_files(archive: zipfile.ZipFile) -> Iterator[tuple[str, str]]:
    """Yield (sheet name, path of its XML inside the archive)."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        if target.startswith("/"):
            member = target.lstrip("/")
        else:
            member = posixpath.normpath(posixpath.join("xl", target))
        yield sheet.get("name", ""), member


def _column_index(reference: str) -> int:
    number = 0
    for ch in reference:
        if "A" <= ch <= "Z":
            number = number * 26 + (ord(ch) - 64)
        else:
            break
    return number - 1


def _cell_fonts(stream: Any, style_fonts: dict[int, str]) -> Iterator[tuple[tuple[int, int], str]]:
    """Yield ((row, column), font) for text cells styled with a legacy font."""
    tag = f"{_MAIN}c"
    for _event, element in ElementTree.iterparse(stream):
        if element.tag != tag:
            continue
        style = element.get("s")
        if style is not None and element.get("t") in ("s", "inlineStr", "str"):
            font = style_fonts.get(int(style))
            reference = element.get("r", "")
            if font and reference:
                digits = reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                yield (int(digits) - 1, _column_index(reference)), font
        element.clear()
