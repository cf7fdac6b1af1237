"""Fill a report template (an .xlsx the upper level designed) from the register.

The person who designs the form keeps every choice of layout: merged titles, borders,
number formats, formulas that add up a column. The program only replaces the
placeholders (``db.report_template``): a cell that is one placeholder gets the value
with its type (a number stays a number, so the form's formats and formulas work on it), a
placeholder inside a sentence is written as text, and a row holding ``[*]`` placeholders
is repeated once per row of its table, with everything below it moved down and the
formulas and merged cells that refer to it adjusted as Excel would when rows are
inserted. The finished file is written beside the target and renamed.

A template comes from outside the program (by USB stick or in a package), so it is
checked before anything is filled: its size, its archive, every placeholder against the
vocabulary, and text from the register is never written as a formula.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook, load_workbook
from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.formula.translate import Translator
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from db.errors import UserError
from db.report_template import (
    MAX_TEMPLATE_BYTES,
    PLACEHOLDER,
    ReportValues,
    UnknownPlaceholdersError,
    Value,
    find_placeholders,
    parse_placeholder,
    resolve,
    unknown_placeholders,
)
from desktop.documents.cell_text import safe_text_cell
from desktop.documents.pdf_common import write_atomically

MAX_UNPACKED_BYTES: Final = 40 * 1024 * 1024
"""The whole template unpacked: bounds what loading it may cost in memory."""

MAX_REPEATED_ROWS: Final = 20_000
"""More rows than any form repeats (a province's communes, a commune's branches)."""

_CELL_REF: Final = re.compile(r"(\$?)([A-Za-z]{1,3})(\$?)(\d+)")
_ROW_RANGE: Final = re.compile(r"^(\$?)(\d+):(\$?)(\d+)$")
_ONLY_PLACEHOLDER: Final = re.compile(r"\s*\{\{[^{}]*\}\}\s*")


@dataclass(frozen=True)
class FilledSheet:
    """One unit's values and the title its sheets get (None: the template's own sheets)."""

    title: str | None
    values: ReportValues


def _refuse(name: str, why: str) -> UserError:
    return UserError(f"Không dùng được mẫu báo cáo {name}: {why}. Chưa có tệp nào được ghi.")


def load_template(path: Path) -> Workbook:
    """Open a template file after checking what a hostile or broken file could do.

    Raises:
        UserError: missing, too large, or not an .xlsx workbook.
    """
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp mẫu {path.name}.")
    if path.suffix.lower() != ".xlsx":
        raise _refuse(path.name, "mẫu phải là tệp Excel .xlsx")
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise _refuse(path.name, "tệp lớn quá mức một mẫu báo cáo (trên 10 MB)")
    return load_template_bytes(path.name, path.read_bytes())


def load_template_bytes(name: str, data: bytes) -> Workbook:
    """Open a template held in memory (a form received in a package).

    Raises:
        UserError: too large, its archive too large unpacked, or not an .xlsx workbook.
    """
    if len(data) > MAX_TEMPLATE_BYTES:
        raise _refuse(name, "tệp lớn quá mức một mẫu báo cáo (trên 10 MB)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(name, "tệp hỏng hoặc không phải tệp Excel") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise _refuse(name, "tệp giải nén ra quá lớn so với một mẫu báo cáo")
    try:
        return load_workbook(io.BytesIO(data), data_only=False, keep_links=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _refuse(name, "tệp hỏng hoặc không phải tệp Excel") from exc


def template_placeholders(book: Workbook) -> list[str]:
    """Return every placeholder of every sheet, once each, in reading order."""
    seen: dict[str, None] = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "{{" in cell.value:
                    for text in find_placeholders(cell.value):
                        seen.setdefault(text.strip(), None)
    return list(seen)


def check_template(book: Workbook) -> None:
    """Refuse a template with placeholders outside the vocabulary, or a muddled row.

    Raises:
        UnknownPlaceholdersError: with every unknown placeholder.
        UserError: a row repeating for two different tables.
    """
    unknown = unknown_placeholders(template_placeholders(book))
    if unknown:
        raise UnknownPlaceholdersError(unknown)
    for sheet in book.worksheets:
        for row_number, table in _repeating_rows(sheet).items():
            if table is None:
                raise UserError(
                    f"Trang «{sheet.title}», dòng {row_number} của mẫu lặp theo hai bảng khác "
                    "nhau ([*]); mỗi dòng chỉ được lặp theo một bảng."
                )


def _repeating_rows(sheet: Worksheet) -> dict[int, str | None]:
    """Return row number → the table its ``[*]`` placeholders repeat (None: two tables)."""
    rows: dict[int, str | None] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if not (isinstance(cell.value, str) and "{{" in cell.value):
                continue
            for text in find_placeholders(cell.value):
                placeholder = parse_placeholder(text)
                if placeholder is None or not placeholder.repeats:
                    continue
                number = int(cell.row)
                if number in rows and rows[number] != placeholder.name:
                    rows[number] = None
                else:
                    rows[number] = placeholder.name
    return rows


# --- inserting rows as Excel would ----------------------------------------------------------


def _shift_reference(ref: str, after: int, count: int, stretch_end_at: int | None) -> str:
    """Move the row numbers of one reference ("C5", "$C$5:D9", "5:5") below ``after``."""
    def moved(row: int, is_end: bool) -> int:
        if row > after or (is_end and stretch_end_at is not None and row == stretch_end_at):
            return row + count
        return row

    whole_rows = _ROW_RANGE.match(ref)
    if whole_rows:
        start, end = int(whole_rows[2]), int(whole_rows[4])
        return (f"{whole_rows[1]}{moved(start, False)}:"
                f"{whole_rows[3]}{moved(end, start <= (stretch_end_at or 0))}")
    parts = ref.split(":")
    shifted = []
    for index, part in enumerate(parts):
        is_end = index == len(parts) - 1 and len(parts) > 1
        match = _CELL_REF.fullmatch(part)
        if match is None:
            shifted.append(part)
            continue
        row = int(match[4])
        if is_end and stretch_end_at is not None:
            first = _CELL_REF.fullmatch(parts[0])
            starts_above = first is not None and int(first[4]) <= stretch_end_at
            row = moved(row, starts_above)
        else:
            row = moved(row, False)
        shifted.append(f"{match[1]}{match[2]}{match[3]}{row}")
    return ":".join(shifted)


def shift_formula(formula: str, sheet_title: str, after: int, count: int) -> str:
    """Rewrite a formula for ``count`` rows inserted below row ``after`` of a sheet.

    References to rows below move down; a range that ends on row ``after`` and starts at
    or above it grows to take in the new rows (a SUM over the repeated row adds them
    all). References to other sheets are left alone.
    """
    try:
        tokens = Tokenizer(formula).items
    except Exception:  # an unreadable formula is kept as written
        return formula
    out = ["="]
    for token in tokens:
        value = token.value
        if token.type == Token.OPERAND and token.subtype == Token.RANGE:
            sheet, bang, ref = value.rpartition("!")
            own = not bang or sheet.strip("'") == sheet_title
            if own:
                value = f"{sheet}{bang}{_shift_reference(ref, after, count, after)}"
        out.append(value)
    return "".join(out)


def _insert_copies(sheet: Worksheet, row: int, copies: int) -> None:
    """Insert ``copies`` copies of ``row`` just below it, moving the rest down."""
    if copies <= 0:
        return
    merged = [str(r) for r in sheet.merged_cells.ranges]
    for text in merged:
        sheet.unmerge_cells(text)
    heights = {index: dim.height for index, dim in sheet.row_dimensions.items()
               if dim.height is not None}
    sheet.insert_rows(row + 1, copies)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith("=") and cell.data_type == "f":
                cell.value = shift_formula(cell.value, sheet.title, row, copies)
    for index in sorted(heights, reverse=True):
        if index > row:
            sheet.row_dimensions[index + copies].height = heights[index]
            if index <= row + copies:
                sheet.row_dimensions[index].height = None
    for text in merged:
        sheet.merge_cells(_shift_reference(text, row, copies, None))
    template_cells = next(iter(sheet.iter_rows(min_row=row, max_row=row)))
    for offset in range(1, copies + 1):
        target_row = row + offset
        for source in template_cells:
            target = sheet.cell(row=target_row, column=source.column)
            value = source.value
            if isinstance(value, str) and source.data_type == "f":
                value = Translator(value, origin=source.coordinate).translate_formula(
                    target.coordinate)
            target.value = value
            if source.has_style:
                target._style = copy.copy(source._style)  # how openpyxl copies a style
        if row in heights:
            sheet.row_dimensions[target_row].height = heights[row]
        for text in merged:
            low, high = _rows_of(text)
            if low == high == row:
                sheet.merge_cells(_shift_reference(text, row - 1, offset, None))


def _rows_of(ref: str) -> tuple[int, int]:
    numbers = [int(m[4]) for m in _CELL_REF.finditer(ref)]
    return (min(numbers), max(numbers)) if numbers else (0, 0)


# --- filling -----------------------------------------------------------------------------


def _as_text(value: Value) -> str:
    """Write a value inside a sentence: numbers as Vietnamese readers write them."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def _fill_cell(cell: Any, values: ReportValues, row: Any | None) -> None:
    text = cell.value
    found = find_placeholders(text)
    whole = _ONLY_PLACEHOLDER.fullmatch(text)
    if whole is not None:
        placeholder = parse_placeholder(found[0])
        assert placeholder is not None  # checked by check_template
        cell.value = resolve(values, placeholder, row)
    else:
        def replace(match: re.Match[str]) -> str:
            placeholder = parse_placeholder(match.group(1))
            assert placeholder is not None
            return _as_text(resolve(values, placeholder, row))

        cell.value = PLACEHOLDER.sub(replace, text)
    safe_text_cell(cell)


def fill_sheet(sheet: Worksheet, values: ReportValues) -> None:
    """Replace every placeholder of one sheet, repeating the ``[*]`` rows."""
    repeating = _repeating_rows(sheet)
    # From the bottom up, so inserting rows never moves a row still to be repeated.
    for row_number in sorted(repeating, reverse=True):
        table = repeating[row_number]
        assert table is not None  # checked by check_template
        rows = values.tables.get(table, ())
        if len(rows) > MAX_REPEATED_ROWS:
            raise UserError(f"Bảng {table} có quá nhiều dòng để điền vào mẫu.")
        _insert_copies(sheet, row_number, len(rows) - 1)
        for offset in range(max(len(rows), 1)):
            data = rows[offset] if rows else None
            for cell in next(iter(sheet.iter_rows(min_row=row_number + offset,
                                                   max_row=row_number + offset))):
                if isinstance(cell.value, str) and "{{" in cell.value:
                    _fill_cell(cell, values, data)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and "{{" in cell.value:
                _fill_cell(cell, values, None)


def _unique_title(book: Workbook, wanted: str) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", wanted).strip()[:31] or "Trang"
    title, number = base, 2
    existing = {sheet.title for sheet in book.worksheets}
    while title in existing:
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)] + suffix
        number += 1
    return title


def fill_template(
    template: Path | tuple[str, bytes], out: Path, sheets: Sequence[FilledSheet]
) -> int:
    """Fill a template and write the workbook; return the number of sheets written.

    The first entry fills the template's own sheets; each further entry (a commune at
    the upper level) gets copies of them, filled with its values and titled after it.
    ``template`` is a file, or a form's name and bytes (a form received in a package).

    Raises:
        UserError: the template cannot be used (nothing is written).
        UnknownPlaceholdersError: the template names what the program does not know.
    """
    book = (load_template(template) if isinstance(template, Path)
            else load_template_bytes(*template))
    check_template(book)
    originals = list(book.worksheets)
    for extra in sheets[1:]:
        for sheet in originals:
            duplicate = book.copy_worksheet(sheet)
            title = extra.title or sheet.title
            if len(originals) > 1:
                title = f"{title} - {sheet.title}"
            duplicate.title = _unique_title(book, title)
            fill_sheet(duplicate, extra.values)
    for sheet in originals:
        fill_sheet(sheet, sheets[0].values)
    write_atomically(out, book.save)
    return len(book.worksheets)
