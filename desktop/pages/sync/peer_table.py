"""The upper level's table of enrolled communes: keys, packages each way, acknowledgements.

One row per commune enrolled here. A commune that has sent nothing since the quarter
began is marked, because the upper level's first question each period is "who has not
reported yet?" (docs/ARCHITECTURE.md §6).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from db.sync.status import PeerStatus
from desktop.models.row_table import RowTableModel
from desktop.pages.sync.describe import capitalised, package_text, plain_unit

Index = QModelIndex | QPersistentModelIndex

LATE_BACKGROUND = QColor("#fff4ce")
MUTED = QColor("#6b6b6b")


class Column(enum.IntEnum):
    """The table's columns, in order."""

    CODE = 0
    NAME = 1
    FINGERPRINT = 2
    RECEIVED = 3
    SENT = 4
    ACKNOWLEDGED = 5


def quarter_start(day: dt.date) -> dt.date:
    """Return the first day of the quarter holding ``day``."""
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def is_late(peer: PeerStatus, today: dt.date) -> bool:
    """Tell whether a commune has sent no package since the quarter began."""
    received = peer.last_received_at
    return received is None or received.date() < quarter_start(today)


class PeerTableModel(RowTableModel):
    """Enrolled communes with what passed each way."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("PeerTableModel", "Mã")),
        str(QT_TRANSLATE_NOOP("PeerTableModel", "Tên")),
        str(QT_TRANSLATE_NOOP("PeerTableModel", "Mã nhận diện")),
        str(QT_TRANSLATE_NOOP("PeerTableModel", "Gói nhận gần nhất")),
        str(QT_TRANSLATE_NOOP("PeerTableModel", "Gói gửi gần nhất")),
        str(QT_TRANSLATE_NOOP("PeerTableModel", "Xã đã nhận đến")),
    )

    def __init__(self, parent: Any = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()

    def row_at(self, row: int) -> PeerStatus | None:
        """Return the commune shown at ``row``."""
        found: PeerStatus | None = super().row_at(row)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, colour or hint."""
        peer = self.row_at(index.row()) if index.isValid() else None
        if peer is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(peer, column)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column is Column.FINGERPRINT and peer.fingerprint is None)
            or (column is Column.ACKNOWLEDGED and not peer.acknowledged_generation)
        ):
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and column is Column.FINGERPRINT and peer.fingerprint:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column is Column.RECEIVED and is_late(
            peer, self.today
        ):
            return QBrush(LATE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.RECEIVED and is_late(
            peer, self.today
        ):
            return self.tr("Xã chưa gửi gói nào từ đầu quý này.")
        return None

    def _text(self, peer: PeerStatus, column: Column) -> str:
        if column is Column.CODE:
            return peer.unit_code
        if column is Column.NAME:
            return capitalised(plain_unit(peer.unit_name))
        if column is Column.FINGERPRINT:
            return peer.fingerprint or self.tr("chưa nhận gói")
        if column is Column.RECEIVED:
            return package_text(peer.last_generation_received, peer.last_received_at,
                                self.tr("chưa nhận"))
        if column is Column.SENT:
            return package_text(peer.last_generation_sent, peer.last_sent_at,
                                self.tr("chưa gửi"))
        if peer.acknowledged_generation:
            return self.tr("lần {n}").format(n=peer.acknowledged_generation)
        return "—"
