"""Text cells that a spreadsheet program must never run as a formula.

A name or a note typed as ``=cmd|' /C calc'!A0`` (or taken from an imported file) would
be a live formula when the exported workbook is opened. Every workbook writer passes its
text through :func:`safe_text_cell`, so such a value is stored as the literal text.
"""

from __future__ import annotations

from typing import Any

#: First characters that make Excel, LibreOffice or WPS read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    """Tell whether ``value`` is text a spreadsheet program would treat as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_text_cell(cell: Any) -> Any:
    """Store ``cell``'s text as text even when it starts like a formula; return the cell.

    openpyxl turns a string starting with "=" into a formula on assignment; setting the
    data type back to string keeps the characters as they are, and ``quotePrefix`` tells
    the spreadsheet program to show and keep them as text when the cell is edited.
    """
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def protect_sheet(sheet: Any) -> None:
    """Apply :func:`safe_text_cell` to every text cell of a (normal mode) worksheet."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                safe_text_cell(cell)


def protect_workbook(book: Any) -> None:
    """Apply :func:`protect_sheet` to every worksheet of a (normal mode) workbook."""
    for sheet in book.worksheets:
        protect_sheet(sheet)


def safe_stream_value(sheet: Any, value: Any) -> Any:
    """Return ``value`` ready for a write-only sheet's ``append``: formula-like text as text."""
    if not looks_like_formula(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    return safe_text_cell(WriteOnlyCell(sheet, value=value))
