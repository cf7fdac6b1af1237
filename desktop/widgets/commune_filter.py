"""The upper level's commune filter: "Tất cả các xã" or one commune, found by typing.

A province holds up to ~170 communes; scrolling a plain list of them is slow, so the
combo box is editable: typing "hung ha" (no tones needed) narrows a pop-up list to the
matching communes, and choosing one sets the filter. What is typed never becomes a
commune of its own: leaving the box with text that names no commune puts the last
choice back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from db.engine import Database
from db.text import search_key
from db.units import CommuneChoice, list_communes

__all__ = ["READ_ONLY_NOTE", "CommuneFilter"]

# Shown by several pages: in the shared context, found from any of them.
READ_ONLY_NOTE = str(QT_TRANSLATE_NOOP("labels", "Dữ liệu do xã quản lý; ở đây chỉ xem."))
"""The discreet line the upper level's pages show under their lists."""

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _AccentInsensitiveProxy(QSortFilterProxyModel):
    """Keeps the communes whose name contains every typed word, ignoring tones and đ/d."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        """Filter by what is typed now."""
        self.beginFilterChange()
        self._words = search_key(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Accept a row whose search key holds every typed word."""
        source = self.sourceModel()
        key = str(source.index(row, 0).data(_KEY_ROLE) or "")
        return all(word in key for word in self._words)


class CommuneFilter(QComboBox):
    """Choose "Tất cả các xã" or one commune; emits :attr:`commune_changed` with its key.

    Attributes:
        commune_changed: the chosen commune's unit key, or None for every commune.
    """

    commune_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, allow_all: bool = True) -> None:
        super().__init__(parent)
        self.allow_all = allow_all
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip(self.tr("Chọn xã để xem; gõ vài chữ của tên xã, không cần dấu"))
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self._proxy = _AccentInsensitiveProxy(self)
        self._proxy.setSourceModel(self._items)
        completer = QCompleter(self._proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Gõ tên xã…"))
        line.textEdited.connect(self._typed)
        # Typing replaces the name shown: nobody means "Tất cả các xãhung".
        line.installEventFilter(self)
        completer.activated[QModelIndex].connect(self._completed)
        self._last = 0
        self.currentIndexChanged.connect(self._chosen)

    # Filling ----------------------------------------------------------------------------

    def set_communes(self, communes: Sequence[CommuneChoice]) -> None:
        """Offer these communes (in the order given), keeping the choice if still there."""
        chosen = self.commune_id()
        self.blockSignals(True)
        self._items.clear()
        if self.allow_all:
            everyone = QStandardItem(self.tr("Tất cả các xã"))
            everyone.setData(None, Qt.ItemDataRole.UserRole)
            everyone.setData(search_key("Tất cả các xã"), _KEY_ROLE)
            self._items.appendRow(everyone)
        for commune in communes:
            item = QStandardItem(commune.name)
            item.setData(commune.unit_id, Qt.ItemDataRole.UserRole)
            item.setData(f"{search_key(commune.name)} {commune.code}", _KEY_ROLE)
            item.setToolTip(self.tr("Mã {code}").format(code=commune.code))
            self._items.appendRow(item)
        row = self._row_of(chosen)
        self.setCurrentIndex(row if row >= 0 else 0)
        self._last = self.currentIndex()
        self.blockSignals(False)

    def load(self, database: Database) -> None:
        """Read the communes of this database and offer them (a quick query, ~170 rows)."""
        with database.reading() as session:
            self.set_communes(list_communes(session))

    # Choosing ---------------------------------------------------------------------------

    def commune_id(self) -> str | None:
        """Return the chosen commune's key, or None for every commune."""
        data = self.currentData(Qt.ItemDataRole.UserRole)
        return str(data) if data else None

    def set_commune(self, unit_id: str | None) -> bool:
        """Choose a commune by key (None: every commune); False when it is not offered."""
        row = self._row_of(unit_id)
        if row < 0:
            return False
        self.setCurrentIndex(row)
        return True

    def communes(self) -> list[tuple[str, str]]:
        """Return (key, name) of the communes offered, in order (without "Tất cả")."""
        result = []
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key:
                result.append((str(key), item.text()))
        return result

    def _row_of(self, unit_id: str | None) -> int:
        for row in range(self._items.rowCount()):
            data = self._items.item(row).data(Qt.ItemDataRole.UserRole)
            if (data or None) == unit_id:
                return row
        return -1

    def _typed(self, text: str) -> None:
        self._proxy.set_text(text)
        completer = self.completer()
        if completer is not None and text:
            completer.complete()

    def _completed(self, index: QModelIndex) -> None:
        """Take the commune picked in the pop-up list (its row in the filtered list)."""
        completer = self.completer()
        completion = completer.completionModel() if completer is not None else None
        if not index.isValid() or not isinstance(completion, QAbstractProxyModel):
            return
        # The pop-up lists the completer's own proxy over the tone-blind filter.
        filtered = completion.mapToSource(index)
        source = self._proxy.mapToSource(filtered) if filtered.isValid() else filtered
        if source.isValid():
            self.setCurrentIndex(source.row())

    def _chosen(self, row: int) -> None:
        if row < 0:
            return
        self._last = row
        self.commune_changed.emit(self.commune_id())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Select the whole name when the box is entered, so typing starts afresh."""
        line = self.lineEdit()
        if watched is line and line is not None and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, line.selectAll)
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Put the chosen commune's name back when what was typed names none."""
        super().focusOutEvent(event)
        if self.currentText() != self.itemText(self._last):
            self.setEditText(self.itemText(self._last))
