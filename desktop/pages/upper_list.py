"""The shape shared by the upper level's read-only lists (chi hội, cán bộ, sinh hoạt).

At a province union nobody edits a commune's data: the communes own it and send it in
their packages (docs/ARCHITECTURE.md §6). These pages therefore only show it, for one commune or
for every commune with a "Xã" column, chosen in a :class:`CommuneFilter`. They have no
add, edit, delete or import buttons, and say so discreetly under the list.

A subclass names its columns and reads its rows (plain dataclasses, on the task
runner); this module holds a small sortable table model (thousands of lines, so no
item per cell) and the page around it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.errors import UserError
from db.site import SiteInfo
from desktop.error_text import error_text
from desktop.tasks import TaskRunner
from desktop.widgets.commune_filter import READ_ONLY_NOTE, CommuneFilter
from desktop.widgets.tables import set_up_list_table

log = logging.getLogger(__name__)

COMMUNE_COLUMN = 0
"""Every upper list starts with the commune ("Xã"), hidden when one commune is chosen."""


Cell = tuple[str, Any, bool, str]
"""What a cell shows, the value it sorts by (numbers sort as numbers), whether it is a
number set to the right, and its tooltip: made by :func:`cell`."""
TEXT, SORT, RIGHT, TIP = range(4)


def cell(text: str, sort: Any = None, *, right: bool = False, tip: str = "") -> Cell:
    """Return one cell of an upper list.

    A plain tuple, not an object: a province's lists hold a hundred thousand cells, and
    the collector stops walking a tuple of texts and numbers once it has seen it, where
    it walked every object (or named tuple) at each full pass — up to 100 ms holding the
    interpreter lock, the window frozen meanwhile.
    """
    return (text, sort, right, tip)


class RowsModel(QAbstractTableModel):
    """A read-only table of prepared cells, sortable by any column."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[Cell, ...]] = []

    def set_rows(self, rows: list[tuple[Cell, ...]]) -> None:
        """Show these lines instead of the old ones."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of lines."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, alignment or tooltip."""
        if not index.isValid():
            return None
        shown = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown[TEXT]
        if role == Qt.ItemDataRole.TextAlignmentRole and shown[RIGHT]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and shown[TIP]:
            return shown[TIP]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; empty values (no rate yet) always go last."""
        def key(row: tuple[Cell, ...]) -> tuple[int, Any]:
            value = row[column][SORT]
            return (1, 0) if value is None else (0, value)

        self.layoutAboutToBeChanged.emit()
        present = [row for row in self.rows if row[column][SORT] is not None]
        missing = [row for row in self.rows if row[column][SORT] is None]
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = present + missing
        self.layoutChanged.emit()

    def column_texts(self, column: int) -> list[str]:
        """Return the texts of one column, top to bottom (for tests and checks)."""
        return [str(row[column][TEXT]) for row in self.rows]


class UpperListPage(QWidget):
    """A read-only list of the communes' records, filtered by commune.

    Subclasses set :attr:`title` and :attr:`headers`, may add controls with
    :meth:`add_control`, and implement :meth:`read_rows` (run off the GUI thread,
    returns the cells) and :meth:`describe` (the line under the list).
    """

    title = ""
    headers: Sequence[str] = ()
    stretch = 1
    """The column that takes the room left (a name or a topic, not a number)."""

    def __init__(self, database: Database, site: SiteInfo, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self._generation = 0
        self._loaded = False
        self.commune = CommuneFilter(self)
        self.commune.setObjectName("commune_filter")
        caption = QLabel(self.tr("&Xã:"))
        caption.setBuddy(self.commune)
        self.model = RowsModel([self.tr(h) for h in self.headers], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        set_up_list_table(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        # Qt starts an indicator descending; the lists read A to Z, communes first.
        header.setSortIndicator(COMMUNE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.note = QLabel(self.tr(READ_ONLY_NOTE))
        self.note.setObjectName("read_only_note")
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self._top = QHBoxLayout()
        self._top.addWidget(QLabel(f"<b>{self.tr(self.title)}</b>"))
        self._top.addSpacing(16)
        self._top.addWidget(caption)
        self._top.addWidget(self.commune)
        self._top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.commune.commune_changed.connect(lambda _unit: self.refresh())

    def add_control(self, label: str, widget: QWidget) -> None:
        """Put a labelled control (year, quarter…) after the commune filter."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        self._top.insertWidget(self._top.count() - 1, caption)
        self._top.insertWidget(self._top.count() - 1, widget)

    def load(self) -> None:
        """Offer the communes and read the rows, the first time the page is shown."""
        if not self._loaded:
            self._loaded = True
            self.commune.load(self.database)
        self.refresh()

    def show_commune(self, unit_id: str | None) -> None:
        """Show one commune's records (None: every commune)."""
        if not self._loaded:
            self._loaded = True
            self.commune.load(self.database)
        if self.commune.commune_id() == unit_id or not self.commune.set_commune(unit_id):
            self.refresh()

    def refresh(self) -> None:
        """Read the rows again for the commune and controls chosen now."""
        self._generation += 1
        generation = self._generation
        commune_id = self.commune.commune_id()
        reader = self.reader(commune_id)
        self.status.setText(self.tr("Đang đọc…"))

        def show(result: tuple[list[tuple[Cell, ...]], str]) -> None:
            if generation != self._generation:
                return  # the choice changed meanwhile; a newer answer is coming
            rows, summary = result
            self.table.setColumnHidden(COMMUNE_COLUMN, commune_id is not None)
            self.model.set_rows(rows)
            header = self.table.horizontalHeader()
            if header.sortIndicatorSection() < len(self.headers) and rows:
                self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.status.setText(summary)
            self._fit_columns()

        self.tasks.read(reader, show, self._failed)

    def reader(self, commune_id: str | None) -> Callable[[], tuple[list[tuple[Cell, ...]], str]]:
        """Return the work that reads the rows and the summary line (off the GUI thread)."""
        raise NotImplementedError

    def _fit_columns(self) -> None:
        for column in range(len(self.headers)):
            if column == self.stretch:
                continue
            self.table.resizeColumnToContents(column)
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, min(max(width + 12, 70), 320))

    def _failed(self, exc: BaseException, details: str) -> None:
        self.status.setText("")
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Sổ Hội"), error_text(exc))
        elif self.tasks.on_unhandled is not None:
            self.tasks.on_unhandled(exc, details)
        else:
            log.error("upper list: unexpected %s", type(exc).__name__)
            QMessageBox.warning(self, self.tr("Sổ Hội"),
                                self.tr("Đã xảy ra lỗi không mong muốn khi đọc dữ liệu."))
