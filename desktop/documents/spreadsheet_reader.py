"""Reading member lists from .xlsx, .xls and .ods files with python-calamine.

calamine reads all three formats and is several times faster than openpyxl, which
matters for a province office opening a 100k-row list. What calamine does not give is
the font of a cell, and the font is the one sure sign of TCVN3 (".VnTime") or VNI
("VNI-Times") text. For .xlsx files the font of each text cell and of each run of rich
text is read from the file's own XML (styles.xml, sharedStrings.xml, the sheets); for
.xls files from the BIFF font records with xlrd. Either is done only when the file
names a legacy font at all, so ordinary Unicode files pay nothing for it.

A workbook is not trusted: its declared size can lie and a 2 KB file with one cell at
XFD1048576 would make calamine allocate a grid of 17 billion cells. The real extent of
every sheet and the unpacked size of every part are checked before calamine sees the
file (:func:`check_workbook`), and :func:`read_workbook_isolated` reads in a child
process, so that whatever slips through can end that process but not the window.

The reader returns plain Python values so the import logic in :mod:`db.member_import`
can work on them without knowing about spreadsheets.
"""

from __future__ import annotations

import datetime as dt
import marshal
import pickle
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, cast
from xml.etree import ElementTree

from python_calamine import CalamineWorkbook

from db.errors import UserError
from db.legacy_encodings import CellFont, detect_from_font

__all__ = [
    "Cell",
    "SheetContent",
    "WorkbookContent",
    "check_workbook",
    "read_workbook",
    "read_workbook_isolated",
]

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
        fonts: For text cells whose font, or the font of one of whose rich-text runs, is
            a legacy (TCVN3/VNI) font: the font name, or the runs as (text, font),
            keyed by (row index, column index); empty when the file names no such
            font or is an .ods file.
    """

    name: str
    rows: list[list[Cell]]
    fonts: dict[tuple[int, int], CellFont] = field(default_factory=dict)


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
    check_workbook(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets: list[SheetContent] = []
        fonts_by_sheet = _fonts_of(path)
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


# Bounds ------------------------------------------------------------------------------------

MAX_FILE_BYTES: Final = 200 * 1024 * 1024
"""Larger files are not member lists (a 100k-row list is about 5 MB)."""
MAX_UNPACKED_BYTES: Final = 1024 * 1024 * 1024
"""Everything inside an .xlsx/.ods together, unpacked."""
MAX_RATIO: Final = 200
"""Unpacked/packed size of a large part; sheet XML packs about 10:1, a zip bomb 1000:1."""
MAX_CELLS: Final = 20_000_000
"""Rows × columns of a sheet's grid (the .xls format's own maximum is 16.8 million)."""
MAX_COLUMNS: Final = 16_384

_REFERENCE_RE: Final = re.compile(rb'r="([A-Z]*)([0-9]+)"')
"""A cell's or a row's position (r="B12", r="12"); other attributes end in other letters."""
_FAR_RE: Final = re.compile(rb'r="([A-Z]{2,}|[A-Z]?(?=[0-9]{6}))([0-9]+)"')
"""Only the references past column Z or row 99,999."""
_LEGACY_FONT_RE: Final = re.compile(rb'(?i)val="(?:\.vn|vni[- ])')
_CHUNK: Final = 4 * 1024 * 1024


def _too_large(path: Path, detail: str) -> UserError:
    return UserError(
        f"Tệp {path.name} quá lớn để nhập ({detail}). Hãy mở tệp trong Excel, xóa các "
        "dòng, cột hoặc ô thừa ở xa vùng dữ liệu (hoặc chia thành nhiều tệp nhỏ hơn), "
        "lưu lại rồi nhập lại."
    )


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_workbook(path: Path) -> None:
    """Refuse, before anything is allocated, a file too large to read safely.

    The checks use what is really in the file, not what it declares: the sizes in the
    archive's directory (each part is also read no further than its declared size) and
    the position of every cell in every sheet of an .xlsx file.

    Raises:
        UserError: the file is missing or too large, with a sentence in Vietnamese.
    """
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp {path.name}.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _too_large(path, f"{size // (1024 * 1024)} MB")
    if not zipfile.is_zipfile(path):
        return  # .xls: BIFF8 allows at most 65,536 rows × 256 columns
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            total = sum(info.file_size for info in infos)
            if total > MAX_UNPACKED_BYTES:
                raise _too_large(path, f"{total // (1024 * 1024)} MB khi giải nén")
            for info in infos:
                packed = max(info.compress_size, 1)
                if info.file_size > 1024 * 1024 and info.file_size / packed > MAX_RATIO:
                    raise _too_large(path, f"phần {info.filename} nén bất thường")
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(
                    ".xml"
                ):
                    _check_sheet_extent(path, archive, info)
                elif info.filename == "content.xml":
                    _check_ods_extent(path, archive, info)
    except UserError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _broken(path) from exc


def _check_sheet_extent(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a sheet whose cells really reach too far (whatever it declares).

    Ordinary lists use fewer than 27 columns and 100,000 rows, so a first pass looks
    only for references beyond those (cheap: few or no matches); only when that bound is
    too loose is every reference read.
    """
    rows, columns = _sheet_extent(path, archive, info, _FAR_RE)
    bound_rows = max(rows, 99_999)
    bound_columns = max(columns, 26)
    if bound_rows * bound_columns > MAX_CELLS:
        rows, columns = _sheet_extent(path, archive, info, _REFERENCE_RE)
    if columns > MAX_COLUMNS or max(rows, 1) * max(columns, 1) > MAX_CELLS:
        raise _too_large(
            path, f"dữ liệu trải tới ô {_column_letters(columns - 1)}{rows}, "
            f"{_grouped(rows)} dòng × {_grouped(columns)} cột"
        )


_ODS_LARGE_REPEAT_RE: Final = re.compile(
    rb'number-(?:rows-repeated="[0-9]{5,}|columns-repeated="[0-9]{3,})"'
)


def _check_ods_extent(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse an .ods whose repeated rows and cells of text reach too far.

    One element can stand for a million rows of sixteen thousand cells each. Blank fill
    repeated to the sheet's end is usual (LibreOffice writes it) and costs nothing; only
    repeats of cells that hold something count.
    """
    with archive.open(info) as stream:
        head = stream.read(_CHUNK)
        large = _ODS_LARGE_REPEAT_RE.search(head) is not None
        while not large and (chunk := stream.read(_CHUNK)):
            large = _ODS_LARGE_REPEAT_RE.search(head[-64:] + chunk) is not None
            head = chunk
    if not large:
        return  # fewer than 10,000 rows and 100 cells per repeat: nothing to fear
    rows_key = f"{_TABLE}number-rows-repeated"
    columns_key = f"{_TABLE}number-columns-repeated"
    cells = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
    with archive.open(info) as stream:
        row = column = max_row = max_column = 0
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            if element.tag == f"{_TABLE}table" and event == "start":
                row = 0
            elif element.tag == f"{_TABLE}table-row":
                if event == "start":
                    column = 0
                    continue
                repeat = int(element.get(rows_key, "1"))
                if any(c.get(f"{_OFFICE}value-type") or len(c) for c in element):
                    max_row = max(max_row, row + repeat)
                row += repeat
                element.clear()
            elif element.tag in cells and event == "end":
                repeat = int(element.get(columns_key, "1"))
                if element.get(f"{_OFFICE}value-type") or len(element):
                    max_column = max(max_column, column + repeat)
                column += repeat
            if max_column > MAX_COLUMNS or max_row * max(max_column, 1) > MAX_CELLS:
                raise _too_large(
                    path, f"dữ liệu trải tới {_grouped(max_row)} dòng × "
                    f"{_grouped(max_column)} cột"
                )


def _sheet_extent(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, pattern: re.Pattern[bytes]
) -> tuple[int, int]:
    """The farthest row and column among the references ``pattern`` finds in a sheet."""
    max_row = 0
    widest = b""
    tail = b""
    read = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            read += len(chunk)
            if read > info.file_size:
                raise _too_large(path, f"phần {info.filename} lớn hơn kích thước khai báo")
            data = tail + chunk
            # Keep the end of the chunk for the next round: a reference may be cut in two.
            cut = max(0, len(data) - 32) if chunk else len(data)
            for letters, digits in pattern.findall(data, 0, cut):
                if len(digits) > 7 or len(letters) > 3:
                    raise _too_large(path, f"ô {letters.decode()}{digits.decode()}")
                if (len(letters), letters) > (len(widest), widest):
                    widest = letters
                max_row = max(max_row, int(digits))
            tail = data[cut:]
            if not chunk:
                break
    return max_row, (_column_index(widest.decode()) + 1 if widest else 0)


# Reading in a child process ---------------------------------------------------------------

CHILD_MEMORY_BYTES: Final = 8 * 1024 * 1024 * 1024


def _limit_child_memory() -> None:
    """Cap the reading process's memory, so a file that slips past the checks ends it."""
    try:
        import resource
    except ImportError:  # Windows: the process boundary alone protects the window
        return
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))


def read_workbook_isolated(path: Path | str) -> WorkbookContent:
    """Read a workbook like :func:`read_workbook`, but in a child process.

    The size checks run here first, so a file known to be too large is refused at once;
    the reading itself runs in a fresh process with a memory cap, whose crash becomes a
    clear message instead of the end of the program.

    Raises:
        UserError: as :func:`read_workbook`, and when the reading process died.
    """
    path = Path(path)
    check_workbook(path)
    return _unpack(path, in_child_process(_read_packed, path))


def in_child_process[T](function: Callable[[Path], T], path: Path) -> T:
    """Run ``function(path)`` in a fresh process with a memory cap; its crash is a message.

    A plain process and a pipe, no pool: nothing here starts a thread (threads start in
    ``desktop/tasks.py`` only, which calls this from its worker).

    Raises:
        UserError: the process died (a reader bug, or the memory cap reached); an
            exception raised by ``function`` is raised again here.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(function, path, sender), daemon=True)
    process.start()
    sender.close()
    try:
        outcome, value = receiver.recv()
    except (EOFError, OSError) as exc:
        raise UserError(
            f"Không đọc được tệp {path.name}: tệp quá lớn hoặc hỏng làm trình đọc bảng "
            "tính dừng lại. Sổ không thay đổi."
        ) from exc
    finally:
        receiver.close()
        process.join()
    if outcome == "error":
        raise value
    return cast("T", value)


def _child_main(function: Callable[[Path], Any], path: Path, sender: Any) -> None:
    """The child process: cap the memory, run, send back the value or the exception."""
    _limit_child_memory()
    try:
        result: tuple[str, Any] = ("ok", function(path))
    except Exception as exc:  # sent to the parent, which raises it there
        result = ("error", exc)
    sender.send(result)
    sender.close()


type _Packed = list[tuple[str, bytes, bytes, bytes]]


def _read_packed(path: Path) -> _Packed:
    """Read in the child and pack each sheet for the trip back to the parent.

    Plain values travel with marshal, several times faster than pickle for a million
    cells; the few date and time cells are taken out and sent with pickle beside them.
    """
    packed: _Packed = []
    for sheet in read_workbook(path).sheets:
        dates: list[tuple[int, int, Cell]] = []
        try:
            rows = marshal.dumps(sheet.rows)
        except ValueError:
            for r, row in enumerate(sheet.rows):
                for c, value in enumerate(row):
                    if isinstance(value, dt.date | dt.time | dt.timedelta):
                        dates.append((r, c, value))
                        row[c] = None
            rows = marshal.dumps(sheet.rows)
        packed.append((sheet.name, rows, pickle.dumps(dates), marshal.dumps(sheet.fonts)))
    return packed


def _unpack(path: Path, packed: _Packed) -> WorkbookContent:
    sheets: list[SheetContent] = []
    for name, rows_data, dates_data, fonts_data in packed:
        rows: list[list[Cell]] = marshal.loads(rows_data)
        for r, c, value in pickle.loads(dates_data):  # made by our own child
            rows[r][c] = value
        sheets.append(SheetContent(name, rows, marshal.loads(fonts_data)))
    return WorkbookContent(path, sheets)


# Fonts of .xlsx cells ---------------------------------------------------------------------


def _fonts_of(path: Path) -> dict[str, dict[tuple[int, int], CellFont]]:
    """The legacy fonts of text cells, per sheet, read the way the file's format keeps them."""
    if not zipfile.is_zipfile(path):
        return _xls_fonts(path)
    with zipfile.ZipFile(path) as archive:
        is_ods = "content.xml" in archive.namelist()
    return _ods_fonts(path) if is_ods else _legacy_fonts(path)


def _legacy_fonts(path: Path) -> dict[str, dict[tuple[int, int], CellFont]]:
    """Return, per sheet name, the legacy font (or runs) of each text cell that has one."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/styles.xml" not in names or "xl/workbook.xml" not in names:
                return {}
            styles = archive.read("xl/styles.xml")
            shared = (archive.read("xl/sharedStrings.xml")
                      if "xl/sharedStrings.xml" in names else b"")
            if not _LEGACY_FONT_RE.search(styles) and not _LEGACY_FONT_RE.search(shared):
                return {}
            style_fonts = _style_fonts(styles)
            runs = _shared_runs(shared, style_fonts) if _LEGACY_FONT_RE.search(shared) else {}
            result: dict[str, dict[tuple[int, int], CellFont]] = {}
            for sheet_name, member in _sheet_files(archive):
                if member in names:
                    with archive.open(member) as stream:
                        result[sheet_name] = dict(_cell_fonts(stream, style_fonts, runs))
            return result
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, OSError, ValueError):
        return {}


def _style_fonts(styles: bytes) -> dict[int, str]:
    """Map each cell style index (cellXfs position) to the name of its font."""
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
        if font_id < len(fonts):
            result[index] = fonts[font_id]
    return result


type _Runs = tuple[tuple[str, str | None], ...]
"""Rich-text runs as (text, own font or None when the run takes the cell's font)."""


def _runs_of(node: ElementTree.Element) -> _Runs | None:
    """The runs of a rich-text string item (<si> or <is>), or None for plain text."""
    runs: list[tuple[str, str | None]] = []
    for run in node.findall(f"{_MAIN}r"):
        text = "".join(t.text or "" for t in run.findall(f"{_MAIN}t"))
        font = run.find(f"{_MAIN}rPr/{_MAIN}rFont")
        runs.append((text, font.get("val") if font is not None else None))
    return tuple(runs) if runs else None


def _shared_runs(shared: bytes, style_fonts: dict[int, str]) -> dict[int, _Runs]:
    """Shared strings made of runs of which at least one names a legacy font."""
    result: dict[int, _Runs] = {}
    root = ElementTree.fromstring(shared)
    for index, item in enumerate(root.findall(f"{_MAIN}si")):
        runs = _runs_of(item)
        if runs and any(detect_from_font(font) for _text, font in runs):
            result[index] = runs
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


def _cell_font(font: str, runs: _Runs | None) -> CellFont | None:
    """What to report for a cell: its runs when any is legacy, else its legacy font."""
    if runs is not None:
        resolved = tuple((text, run_font or font) for text, run_font in runs)
        if any(detect_from_font(run_font) for _text, run_font in resolved):
            return resolved
        return None
    return font if detect_from_font(font) else None


def _cell_fonts(
    stream: Any, style_fonts: dict[int, str], shared_runs: dict[int, _Runs]
) -> Iterator[tuple[tuple[int, int], CellFont]]:
    """Yield ((row, column), font or runs) for text cells in or with a legacy font."""
    tag = f"{_MAIN}c"
    value_tag = f"{_MAIN}v"
    inline_tag = f"{_MAIN}is"
    for _event, element in ElementTree.iterparse(stream):
        if element.tag != tag:
            continue
        kind = element.get("t")
        reference = element.get("r", "")
        if kind in ("s", "inlineStr", "str") and reference:
            font = style_fonts.get(int(element.get("s", "0")), "")
            runs: _Runs | None = None
            if kind == "s" and shared_runs:
                value = element.find(value_tag)
                if value is not None and value.text and value.text.strip().isdigit():
                    runs = shared_runs.get(int(value.text))
            elif kind == "inlineStr":
                inline = element.find(inline_tag)
                runs = _runs_of(inline) if inline is not None else None
            found = _cell_font(font, runs)
            if found:
                digits = reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                yield (int(digits) - 1, _column_index(reference)), found
        element.clear()


# Fonts of .xls cells ----------------------------------------------------------------------

_XLS_LEGACY_RE: Final = re.compile(
    rb"(?i)\.\x00?v\x00?n|v\x00?n\x00?i\x00?[- ]"
)


def _xls_fonts(path: Path) -> dict[str, dict[tuple[int, int], CellFont]]:
    """Return, per sheet name, the legacy font (or runs) of each text cell of an .xls.

    The BIFF FONT records are read with xlrd, and only when the file's bytes name a
    TCVN3 or VNI font somewhere, so ordinary files are not parsed twice.
    """
    try:
        if not _XLS_LEGACY_RE.search(path.read_bytes()):
            return {}
        import xlrd

        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:  # fonts are a help; calamine reports broken files
        return {}
    try:
        names = [font.name for font in book.font_list]
        if not any(detect_from_font(name) for name in names):
            return {}
        result: dict[str, dict[tuple[int, int], CellFont]] = {}
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            fonts: dict[tuple[int, int], CellFont] = {}
            for r in range(sheet.nrows):
                for c, cell in enumerate(sheet.row(r)):
                    if cell.ctype != xlrd.XL_CELL_TEXT:
                        continue
                    xf = book.xf_list[sheet.cell_xf_index(r, c)]
                    font = names[xf.font_index] if xf.font_index < len(names) else ""
                    runs: _Runs | None = None
                    runlist = sheet.rich_text_runlist_map.get((r, c))
                    if runlist:
                        text = str(cell.value)
                        bounds = [(0, None)] + [(pos, names[f] if f < len(names) else None)
                                                for pos, f in runlist]
                        pieces = []
                        for i, (start, run_font) in enumerate(bounds):
                            end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
                            if end > start:
                                pieces.append((text[start:end], run_font))
                        runs = tuple(pieces)
                    found = _cell_font(font, runs)
                    if found:
                        fonts[(r, c)] = found
            result[sheet.name] = fonts
            book.unload_sheet(index)
        return result
    except Exception:  # see above
        return {}
    finally:
        book.release_resources()


# Fonts of .ods cells ----------------------------------------------------------------------

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_ODS_LEGACY_RE: Final = re.compile(rb"""(?i)(?:font-name|font-family)="['"]?(?:\.vn|vni[- ])""")
_ODS_MAX_REPEAT: Final = 1000
"""Repeated rows or cells beyond this hold no text worth a font (they are blank fill)."""


def _ods_style_fonts(roots: list[ElementTree.Element]) -> dict[str, str]:
    """Map each cell or text style name to its font family, following parent styles."""
    faces: dict[str, str] = {}
    for root in roots:
        for face in root.iter(f"{_STYLE}font-face"):
            family = face.get(f"{_SVG}font-family", "").strip("'\" ")
            faces[face.get(f"{_STYLE}name", "")] = family
    own: dict[str, str] = {}
    parents: dict[str, str] = {}
    for root in roots:
        for style in root.iter(f"{_STYLE}style"):
            name = style.get(f"{_STYLE}name", "")
            parent = style.get(f"{_STYLE}parent-style-name")
            if parent:
                parents[name] = parent
            props = style.find(f"{_STYLE}text-properties")
            if props is not None:
                font = props.get(f"{_STYLE}font-name")
                chosen = faces.get(font, font) if font else props.get(f"{_FO}font-family")
                if chosen:
                    own[name] = chosen.strip("'\" ")
    resolved: dict[str, str] = {}
    for name in set(own) | set(parents):
        current: str | None = name
        for _depth in range(20):
            if current is None or current in own:
                break
            current = parents.get(current)
        if current is not None and current in own:
            resolved[name] = own[current]
    return resolved


def _ods_runs(cell: ElementTree.Element, font: str, styles: dict[str, str]) -> list[
    tuple[str, str]
]:
    """The text of a cell as runs (text, font), paragraphs joined by a line break."""
    runs: list[tuple[str, str]] = []

    def walk(node: ElementTree.Element, current: str) -> None:
        if node.text:
            runs.append((node.text, current))
        for child in node:
            if child.tag == f"{_TEXT}s":
                runs.append((" " * int(child.get(f"{_TEXT}c", "1")), current))
            elif child.tag == f"{_TEXT}line-break":
                runs.append(("\n", current))
            elif child.tag == f"{_TEXT}tab":
                runs.append(("\t", current))
            else:
                style = child.get(f"{_TEXT}style-name")
                walk(child, styles.get(style, current) if style else current)
            if child.tail:
                runs.append((child.tail, current))

    for index, paragraph in enumerate(cell.findall(f"{_TEXT}p")):
        if index:
            runs.append(("\n", font))
        walk(paragraph, font)
    return runs


def _ods_fonts(path: Path) -> dict[str, dict[tuple[int, int], CellFont]]:
    """Return, per sheet name, the legacy font (or runs) of each text cell of an .ods."""
    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
            styles_xml = (archive.read("styles.xml")
                          if "styles.xml" in archive.namelist() else b"")
    except (zipfile.BadZipFile, KeyError, OSError):
        return {}
    if not _ODS_LEGACY_RE.search(content) and not _ODS_LEGACY_RE.search(styles_xml):
        return {}
    try:
        root = ElementTree.fromstring(content)
        roots = [root] + ([ElementTree.fromstring(styles_xml)] if styles_xml else [])
    except ElementTree.ParseError:
        return {}
    styles = _ods_style_fonts(roots)
    result: dict[str, dict[tuple[int, int], CellFont]] = {}
    for table in root.iter(f"{_TABLE}table"):
        fonts: dict[tuple[int, int], CellFont] = {}
        column_styles: list[str] = []
        for column in table.iter(f"{_TABLE}table-column"):
            repeat = min(int(column.get(f"{_TABLE}number-columns-repeated", "1")),
                         _ODS_MAX_REPEAT)
            column_styles.extend([column.get(f"{_TABLE}default-cell-style-name", "")] * repeat)
        r = 0
        for row in table.iter(f"{_TABLE}table-row"):
            rows_repeated = int(row.get(f"{_TABLE}number-rows-repeated", "1"))
            c = 0
            found: dict[int, CellFont] = {}
            for cell in row:
                if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                    continue
                repeat = int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
                if cell.get(f"{_OFFICE}value-type") == "string" and repeat <= _ODS_MAX_REPEAT:
                    style = cell.get(f"{_TABLE}style-name") or (
                        column_styles[c] if c < len(column_styles) else "")
                    font = styles.get(style, "")
                    runs = _ods_runs(cell, font, styles)
                    fonts_used = {run_font for _text, run_font in runs}
                    cell_font: CellFont | None = None
                    if len(fonts_used) > 1:
                        cell_font = _cell_font(font, tuple(runs))
                    elif fonts_used and detect_from_font(next(iter(fonts_used))):
                        cell_font = next(iter(fonts_used))
                    if cell_font:
                        for k in range(repeat):
                            found[c + k] = cell_font
                c += repeat
            for k in range(min(rows_repeated, _ODS_MAX_REPEAT) if found else 0):
                for column_index, cell_font in found.items():
                    fonts[(r + k, column_index)] = cell_font
            r += rows_repeated
        result[table.get(f"{_TABLE}name", "")] = fonts
    return result
