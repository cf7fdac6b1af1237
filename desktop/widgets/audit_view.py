"""The audit trail on screen (Lịch sử thay đổi): who changed what, and from what to what.

Opened from the settings page for the whole register (with filters by period, kind of
record and text), or from a member's form for her record alone. The list shows one line
per change; the pane below it spells out each field's value before and after, because
"Sửa" alone answers none of the chair's questions ("who moved her to another branch?").

The dialog reads directly (a page of at most a few hundred events, in one query plus two
for the names); it never writes. It holds only :class:`db.audit.AuditRow` values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.audit import TABLE_LABELS, AuditFilter, AuditRow, history_of, list_audit
from db.engine import Database
from desktop.formatting import date_time, number
from desktop.models.row_table import RowTableModel
from desktop.widgets.screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


def local_moment(value: dt.datetime) -> str:
    """Show a stored UTC moment in the office's local time, as dd/mm/yyyy HH:MM."""
    local = value.replace(tzinfo=dt.UTC).astimezone()
    return date_time(local)


class AuditModel(RowTableModel):
    """One line per recorded change."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("AuditModel", "Thời điểm")),
        str(QT_TRANSLATE_NOOP("AuditModel", "Người sửa")),
        str(QT_TRANSLATE_NOOP("AuditModel", "Loại")),
        str(QT_TRANSLATE_NOOP("AuditModel", "Bản ghi")),
        str(QT_TRANSLATE_NOOP("AuditModel", "Thao tác")),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the cell text."""
        row: AuditRow | None = self.row_at(index.row())
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            local_moment(row.at), row.actor, row.table_label, row.record_label,
            row.action_label,
        )[index.column()]


class AuditDialog(QDialog):
    """The trail of the whole register, or of one record when ``record_id`` is given."""

    def __init__(
        self, database: Database, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        """Build the dialog and show the newest changes.

        Args:
            database: The open register (read only).
            record_id: Show only this record's history (a member's form), or None for all.
            parent: Owning window; the dialog is modal to it.
        """
        super().__init__(parent)
        self.database = database
        self.record_id = record_id
        self._offset = 0
        self.setWindowTitle(self.tr("Lịch sử thay đổi"))
        self.setSizeGripEnabled(True)
        fit_to_screen(self, QSize(900, 600))
        layout = QVBoxLayout(self)

        self.filters = QWidget()
        bar = QHBoxLayout(self.filters)
        bar.setContentsMargins(0, 0, 0, 0)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Tất cả"), None)
        for table, label in sorted(TABLE_LABELS.items(), key=lambda item: item[1]):
            self.kind.addItem(self.tr(label), table)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Tìm theo tên, người sửa, giá trị…"))
        self.text.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Xem"))
        self.search_button.clicked.connect(self.reload)
        self.text.returnPressed.connect(self.reload)
        bar.addWidget(QLabel(self.tr("Từ ngày")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("đến")))
        bar.addWidget(self.date_to)
        bar.addWidget(QLabel(self.tr("Loại")))
        bar.addWidget(self.kind)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.search_button)
        layout.addWidget(self.filters)
        self.filters.setVisible(record_id is None)

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(AuditModel.HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels(
            [self.tr("Thông tin"), self.tr("Trước khi sửa"), self.tr("Sau khi sửa")])
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        detail_header = self.detail.horizontalHeader()
        detail_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        detail_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        detail_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 200])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.more_button = QPushButton(self.tr("Xem thêm"))
        self.more_button.clicked.connect(self.load_more)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.accept)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.reload()

    def current_filter(self) -> AuditFilter:
        """Return what the filter bar asks for."""
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return AuditFilter(date_from=start, date_to=end, table_name=self.kind.currentData(),
                           text=self.text.text() or None)

    def reload(self) -> None:
        """Read the first page again (after the filters changed)."""
        self._offset = 0
        self._load(append=False)

    def load_more(self) -> None:
        """Add the next page of older changes below the ones shown."""
        self._offset += PAGE_SIZE
        self._load(append=True)

    def _load(self, append: bool) -> None:
        with self.database.reading() as session:
            if self.record_id is not None:
                rows, more = history_of(session, self.record_id), False
            else:
                page = list_audit(session, self.current_filter(), limit=PAGE_SIZE,
                                  offset=self._offset)
                rows, more = list(page.rows), page.has_more
        shown = self.model.rows() + rows if append else rows
        self.model.set_rows(shown)
        self.more_button.setVisible(more)
        self.status.setText(
            self.tr("Chưa có thay đổi nào được ghi lại.") if not shown
            else self.tr("{count} thay đổi").format(count=number(len(shown)))
        )
        if shown and not append:
            self.table.selectRow(0)
        elif not shown:
            self.detail.setRowCount(0)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: AuditRow | None = self.model.row_at(current.row())
        changes = row.changes if row is not None else ()
        self.detail.setRowCount(len(changes))
        for line, (field, before, after) in enumerate(changes):
            for column, value in enumerate((field, before or "—", after or "—")):
                self.detail.setItem(line, column, QTableWidgetItem(value))
