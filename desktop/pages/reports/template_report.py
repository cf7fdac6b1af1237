"""The reports page's "Điền mẫu báo cáo…": the upper level's own form, filled in.

The person picks the form (.xlsx) the upper level sent and where to save; the figures are
read and the workbook written on the pool (a province's communes take a few seconds),
and any refusal — an unknown placeholder, a broken file, a full disk — is said in words
with nothing written (``desktop.documents.template_workbook``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

from db.engine import Database
from db.report_template import commune_values, upper_values
from db.site import SiteInfo
from desktop.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateReport", text)


def fill_in_background(
    parent: QWidget, database: Database, site: SiteInfo, tasks: TaskRunner,
    template: Path, out: Path, year: int, today: dt.date,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Fill ``template`` for ``year`` into ``out`` on the pool; ``done(out)`` after."""
    from desktop.documents.template_workbook import FilledSheet, fill_template

    def work(session: Session) -> Path:
        if site.is_upper:
            summed, each = upper_values(session, year, today, site.unit_name, site.unit_code)
            sheets = [FilledSheet(None, summed),
                      *(FilledSheet(name, values) for name, values in each)]
        else:
            sheets = [FilledSheet(None, commune_values(session, site.unit_id, year, today))]
        fill_template(template, out, sheets)
        return out

    tasks.query(parent, database, work, done=done or (lambda _out: None),
                progress=_tr("Đang điền mẫu báo cáo…"))


def ask_and_fill(
    parent: QWidget, database: Database, site: SiteInfo, tasks: TaskRunner,
    year: int, today: dt.date, done: Callable[[Path], None] | None = None,
) -> None:
    """Ask for the form and the file to write, then fill it in the background."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Chọn mẫu báo cáo của cấp trên"), str(Path.home()),
        _tr("Mẫu Excel (*.xlsx)"),
    )
    if not chosen:
        return
    template = Path(chosen)
    suggested = template.with_name(f"{template.stem}-{year}-da-dien.xlsx")
    target, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Lưu báo cáo đã điền"), str(suggested), _tr("Bảng tính Excel (*.xlsx)"),
    )
    if not target:
        return
    out = Path(target)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    fill_in_background(parent, database, site, tasks, template, out, year, today, done)
