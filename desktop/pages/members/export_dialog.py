"""Exporting members to Excel: the list as filtered on the members page, or statistics.

The person picks the columns (the sensitive ones — ethnicity, religion, ID number — are
unticked and say so, Law 91/2025 and Decree 356/2025), chooses where the file goes, and
the workbook is written off the GUI thread through ``tasks.query``: an export only reads
the register. The dialog stays open at the end and says how many members were written
and where, so nobody has to hunt for the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import UserError
from db.member_stats import (
    EXPORT_COLUMNS,
    SENSITIVE_COLUMNS,
    check_columns,
    member_statistics,
    members_for_export,
)
from db.members import KIND_LABELS, STATUS_LABELS, MemberFilter
from db.models import MemberKind, MemberStatus
from db.site import SiteInfo
from db.units import list_branches
from desktop import formatting
from desktop.documents.member_workbook import write_member_list, write_member_statistics
from desktop.error_text import error_text
from desktop.session_user import SENSITIVE_FIELDS
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

LIST = "list"
STATISTICS = "statistics"


class ExportDialog(QDialog):
    """Choose what to export and write it to an .xlsx file.

    Signals:
        exported(int, str): the number of members (or the active total for statistics)
            and the path of the written file.
    """

    exported = Signal(int, str)

    def __init__(
        self,
        database: Database,
        site: SiteInfo,
        tasks: TaskRunner,
        flt: MemberFilter,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        shows_sensitive: bool = True,
    ) -> None:
        """Build the dialog for the filter the members page shows now.

        Args:
            database: the open register, only read.
            site: this installation (its union's name heads the workbook).
            tasks: runs the export off the GUI thread.
            flt: the members page's current filter; the list export follows it exactly.
            parent: owning window.
            today: the date printed and used in the file name (tests pass one).
            shows_sensitive: False for a person whose role may not see ethnicity and
                religion (chỉ xem): those columns and statistics are left out entirely.
        """
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.filter = flt
        self.today = today or dt.date.today()
        self.shows_sensitive = shows_sensitive
        self.busy = False
        self.setWindowTitle(self.tr("Xuất Excel"))

        self.list_choice = QRadioButton(self.tr("Danh sách hội viên (theo bộ lọc đang xem)"))
        self.stats_choice = QRadioButton(self.tr("Thống kê"))
        self.list_choice.setChecked(True)
        self.filter_label = QLabel(self.tr("Bộ lọc: {text}").format(text=self.describe_filter()))
        self.filter_label.setWordWrap(True)
        self.filter_label.setIndent(24)
        self.filter_label.setTextFormat(Qt.TextFormat.PlainText)
        if site.is_upper and not flt.commune_id:
            self.stats_choice.setEnabled(False)
            self.stats_choice.setToolTip(self.tr("Hãy chọn một xã để thống kê."))
        if not flt.scope.whole:  # the statistics count the whole commune
            self.stats_choice.setEnabled(False)
            self.stats_choice.setToolTip(self.tr("Thống kê cả xã do văn phòng Hội xã lập."))

        self.columns = QListWidget()
        for key, heading in EXPORT_COLUMNS.items():
            if key in SENSITIVE_FIELDS and not shows_sensitive:
                continue
            text = heading
            if key in SENSITIVE_COLUMNS:
                text = self.tr("{heading} (dữ liệu nhạy cảm)").format(heading=heading)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key not in SENSITIVE_COLUMNS
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.columns.setMinimumHeight(260)
        self.column_box = QGroupBox(self.tr("Các cột"))
        column_layout = QVBoxLayout(self.column_box)
        note = QLabel(self.tr(
            "Dân tộc, tôn giáo là dữ liệu cá nhân nhạy cảm (Luật 91/2025/QH15): chỉ chọn "
            "khi thật cần."
        ))
        note.setWordWrap(True)
        note.setVisible(shows_sensitive)
        column_layout.addWidget(note)
        column_layout.addWidget(self.columns)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the length of an export is not known ahead
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Xuất ra tệp…"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Đóng"))
        self.export_button.clicked.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        self.stats_choice.toggled.connect(self.column_box.setDisabled)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list_choice)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.stats_choice)
        layout.addWidget(self.column_box, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(460, 600))

    # --- what to export ---------------------------------------------------------------------

    def chosen_columns(self) -> list[str]:
        """Return the ticked column keys, in the order of the list."""
        chosen = []
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def set_column_checked(self, key: str, checked: bool) -> None:
        """Tick or untick a column by key (for keyboard users' shortcuts and tests)."""
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def kind(self) -> str:
        """Return LIST or STATISTICS."""
        return STATISTICS if self.stats_choice.isChecked() else LIST

    def describe_filter(self) -> str:
        """Say in words which members the list holds ("Chi hội Thôn 1; đang sinh hoạt")."""
        flt = self.filter
        parts: list[str] = []
        if flt.branch_id:
            with self.database.reading() as session:
                names = {b.id: b.name for b in list_branches(
                    session, self.site.unit_id, self.today.year)}
            parts.append(names.get(flt.branch_id, self.tr("một chi hội")))
        if flt.status:
            parts.append(self.tr(STATUS_LABELS.get(MemberStatus(flt.status), flt.status)).lower())
        if flt.kind:
            parts.append(self.tr("hội viên {kind}").format(
                kind=self.tr(KIND_LABELS.get(MemberKind(flt.kind), flt.kind)).lower()))
        if flt.age_group:
            parts.append(self.tr("tuổi {group}").format(group=flt.age_group))
        if flt.officer is True:
            parts.append(self.tr("là cán bộ Hội"))
        elif flt.officer is False:
            parts.append(self.tr("không là cán bộ Hội"))
        if flt.text.strip():
            parts.append(self.tr("tên có “{text}”").format(text=flt.text.strip()))
        return "; ".join(parts) if parts else self.tr("tất cả hội viên")

    def suggested_name(self) -> str:
        """Return the default file name, e.g. "danh-sach-hoi-vien-2026-11-25.xlsx"."""
        stem = "thong-ke-hoi-vien" if self.kind() == STATISTICS else "danh-sach-hoi-vien"
        return f"{stem}-{self.today.isoformat()}.xlsx"

    def _title_lines(self) -> list[str]:
        issuer = self.site.union_name.upper()
        dated = self.tr("Ngày {date}").format(date=formatting.date(self.today))
        if self.kind() == STATISTICS:
            return [issuer, self.tr("THỐNG KÊ HỘI VIÊN ĐANG SINH HOẠT"), dated]
        return [issuer, self.tr("DANH SÁCH HỘI VIÊN"),
                self.tr("Bộ lọc: {text}").format(text=self.describe_filter()), dated]

    # --- doing it ---------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        """Ask where to save, then export there."""
        if self.busy:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp Excel"), str(Path(folder) / self.suggested_name()),
            self.tr("Tệp Excel (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(Path(path))

    def export_to(self, out: Path) -> None:
        """Write the chosen export to ``out`` without asking (the file dialog's second half).

        The work runs through ``tasks.query``; the result shows in the dialog when done.
        """
        if self.busy:
            return
        kind = self.kind()
        try:
            columns = list(check_columns(self.chosen_columns())) if kind == LIST else []
        except UserError as error:
            self._show_error(error_text(error))
            return
        if not self.shows_sensitive:
            columns = [key for key in columns if key not in SENSITIVE_FIELDS]
        titles = self._title_lines()
        database, flt, site, today = self.database, self.filter, self.site, self.today
        shows_sensitive = self.shows_sensitive
        commune_id = flt.commune_id or site.unit_id

        def work(session: Session) -> int:
            if kind == STATISTICS:
                stats = member_statistics(session, commune_id, today)
                if not shows_sensitive:
                    stats = dataclasses.replace(stats, tables=tuple(
                        t for t in stats.tables if t.key not in SENSITIVE_FIELDS))
                write_member_statistics(stats, titles, out)
                return stats.total
            rows = members_for_export(session, flt, columns)
            return write_member_list(rows, columns, titles, out)

        self._set_busy(True)
        self.message.setText(self.tr("Đang ghi tệp…"))
        self.tasks.query(self, database, work, done=lambda count: self._done(count, out),
                         problem=self._show_error, failed=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _done(self, count: Any, out: Path) -> None:
        self._set_busy(False)
        if self.kind() == STATISTICS:
            text = self.tr("Đã ghi thống kê {count} hội viên đang sinh hoạt vào {path}")
        else:
            text = self.tr("Đã ghi {count} hội viên vào {path}")
        self.message.setStyleSheet("")
        self.message.setText(text.format(count=formatting.number(int(count)), path=str(out)))
        self.message.setToolTip(str(out))  # a long path may not fit on the line
        self.exported.emit(int(count), str(out))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserError):
            self._show_error(self.tr("Chưa ghi được tệp; hãy đóng tệp nếu nó đang mở, hoặc "
                                     "chọn nơi khác rồi thử lại."))

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #B3261E;")
        self.message.setText(text)

    def reject(self) -> None:
        """Refuse to close while the file is being written."""
        if not self.busy:
            super().reject()
