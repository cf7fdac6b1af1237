"""The member table: an id list from SQL plus a cache of the rows on screen.

Sorting and filtering happen in SQLite (the stored Vietnamese sort key); the model
keeps only the ordered row numbers and asks for the 200 rows around whatever the view
paints. The first screen of a search is fetched directly with a LIMIT query so it
appears at once; the complete id list, which for a million members takes a moment,
follows from a background read and replaces it without moving the view.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from db.cancel import Cancel
from db.engine import Database
from db.errors import Cancelled
from db.members import (
    KIND_LABELS,
    SORT_COLUMNS,
    MemberFilter,
    MemberRow,
    MemberSort,
    count_members,
    member_rowids,
    members_by_rowids,
    search_members,
)
from db.models import MemberKind
from desktop.tasks import TaskRunner

BLOCK = 200
CACHE_BLOCKS = 40
FIRST_SCREEN = 100

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column the person can show or hide."""

    key: str
    title: str
    width: int
    visible: bool = True


COLUMNS = (
    Column("full_name", str(QT_TRANSLATE_NOOP("MemberListModel", "Họ và tên")), 240),
    Column("birth", str(QT_TRANSLATE_NOOP("MemberListModel", "Ngày sinh")), 95),
    Column("branch", str(QT_TRANSLATE_NOOP("MemberListModel", "Chi hội")), 170),
    Column("status", str(QT_TRANSLATE_NOOP("MemberListModel", "Tình trạng")), 140),
    Column("kind", str(QT_TRANSLATE_NOOP("MemberListModel", "Loại hội viên")), 110),
    Column("id_number", str(QT_TRANSLATE_NOOP("MemberListModel", "Số CCCD")), 120),
    Column("phone", str(QT_TRANSLATE_NOOP("MemberListModel", "Điện thoại")), 110, visible=False),
    Column("address", str(QT_TRANSLATE_NOOP("MemberListModel", "Địa chỉ")), 200, visible=False),
)


class MemberListModel(QAbstractTableModel):
    """Rows of members for a QTableView, at any size."""

    loaded = Signal(int)

    def __init__(self, database: Database, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.filter = MemberFilter()
        self._rowids: array[int] | None = None
        self._first: list[MemberRow] = []
        self._blocks: OrderedDict[int, dict[int, MemberRow]] = OrderedDict()
        self._generation = 0
        self._cancel = Cancel()
        """The token of the background id read under way; a newer filter sets it."""
        self.total: int | None = None

    # Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return how many members match (0 under a parent: this is a flat table)."""
        if parent.isValid():
            return 0
        return len(self._rowids) if self._rowids is not None else len(self._first)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns, hidden ones included."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return column titles and row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section].title) if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell, fetching its block of rows when first painted."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole
        ):
            return None
        member = self.row_at(index.row())
        if member is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return member.id
        key = COLUMNS[index.column()].key
        if key == "full_name":
            return member.full_name
        if key == "birth":
            return member.birth_display
        if key == "branch":
            return (member.branch or "").removeprefix("Chi hội ")
        # The register's words, in the interface's language (desktop/register_labels.py).
        if key == "status":
            return self.tr(member.status_label)
        if key == "kind":
            return self.tr(KIND_LABELS.get(MemberKind(member.kind), member.kind))
        if key == "id_number":
            return member.id_number_masked
        if key == "phone":
            return member.phone or ""
        if key == "address":
            return member.address or ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by a column (a header click), in SQL over the whole register.

        Column 0 ascending is the Vietnamese name order, the default; asking again for
        the order already shown reads nothing.
        """
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].key not in SORT_COLUMNS:
            return
        chosen = MemberSort(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)
        wanted = None if chosen == MemberSort() else chosen
        if wanted == self.filter.sort:
            return
        self.set_filter(replace(self.filter, sort=wanted))

    # Loading --------------------------------------------------------------------------

    def row_at(self, row: int) -> MemberRow | None:
        """Return the member shown at ``row``, reading its block if needed."""
        if self._rowids is None:
            return self._first[row] if 0 <= row < len(self._first) else None
        if not 0 <= row < len(self._rowids):
            return None
        block = row // BLOCK
        cached = self._blocks.get(block)
        if cached is None:
            cached = self._load_block(block)
        else:
            self._blocks.move_to_end(block)
        return cached.get(self._rowids[row])

    def _load_block(self, block: int) -> dict[int, MemberRow]:
        assert self._rowids is not None
        wanted = self._rowids[block * BLOCK : (block + 1) * BLOCK]
        with self.database.reading() as session:
            rows = members_by_rowids(session, wanted)
        self._blocks[block] = rows
        while len(self._blocks) > CACHE_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    def set_filter(self, flt: MemberFilter) -> None:
        """Show the members matching ``flt``: first screen now, the rest in background."""
        self.filter = flt
        self._generation += 1
        generation = self._generation
        # Only the latest filter's id read may keep working: a superseded one is stopped
        # in SQLite (db.cancel) instead of running to its end ahead of the new one.
        self._cancel.cancel()
        cancel = self._cancel = Cancel()
        with self.database.reading() as session:
            first = search_members(session, flt, limit=FIRST_SCREEN)
        self.beginResetModel()
        self._rowids = None
        self._blocks.clear()
        self._first = first
        self.total = len(first) if len(first) < FIRST_SCREEN else None
        self.endResetModel()
        if self.total is not None:
            self.loaded.emit(self.total)
            return

        def read_all() -> tuple[array[int], int]:
            with self.database.reading() as session:
                ids = member_rowids(session, flt, cancel=cancel)
            return ids, len(ids)

        def done(result: tuple[array[int], int]) -> None:
            if generation != self._generation:
                return
            ids, total = result
            self.beginResetModel()
            self._rowids = ids
            self.total = total
            self.endResetModel()
            self.loaded.emit(total)

        def failed(exc: BaseException, details: str) -> None:
            if not isinstance(exc, Cancelled):  # a superseded read is dropped silently
                self.tasks.report(None, exc, details)

        self.tasks.read(read_all, done, failed)

    def refresh(self) -> None:
        """Read the current filter again (after a save elsewhere)."""
        self.set_filter(self.filter)

    def count(self) -> int:
        """Return the number of matching members (counts in SQL if not yet known)."""
        if self.total is not None:
            return self.total
        with self.database.reading() as session:
            return count_members(session, self.filter)
