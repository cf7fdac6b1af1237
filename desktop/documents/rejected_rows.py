"""The rows an import refused, as a workbook the person can fix and import again.

The rows keep their original cells in the original columns under the original header, so
the corrected file can be imported as it is; a last column "Lý do" says what was wrong.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from db.member_import import ImportPreview
from desktop.documents.cell_text import protect_workbook
from desktop.documents.pdf_common import write_atomically

__all__ = ["REASON_HEADING", "write_rejected_rows"]

REASON_HEADING = "Lý do"
_BOLD = Font(bold=True)


def _plain(value: Any) -> Any:
    """Return a cell value openpyxl can write (times and durations become text)."""
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return value


def write_rejected_rows(preview: ImportPreview, out: Path) -> int:
    """Write the rejected rows of ``preview`` to ``out`` (.xlsx), atomically.

    Returns:
        The number of rows written.
    """
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Bị từ chối"
    header = list(preview.header)
    width = max([len(header), *(len(r.cells) for r in preview.rejected)], default=0)
    header += [None] * (width - len(header))
    sheet.append([*header, "Dòng trong tệp", REASON_HEADING])
    for cell in sheet[1]:
        cell.font = _BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in preview.rejected:
        cells = [_plain(v) for v in row.cells] + [None] * (width - len(row.cells))
        sheet.append([*cells, row.row_number, row.reason])
    sheet.freeze_panes = "A2"
    sheet.column_dimensions[sheet.cell(1, width + 2).column_letter].width = 70

    def build(stream: BinaryIO) -> None:
        protect_workbook(workbook)
        workbook.save(stream)

    write_atomically(out, build)
    return len(preview.rejected)
