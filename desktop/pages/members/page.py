"""The members page (Hội viên): search as you type over the whole register."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.members import MemberFilter
from db.site import SiteInfo
from desktop.models.member_list import COLUMNS, MemberListModel
from desktop.tasks import TaskRunner

TYPING_PAUSE_MS = 120


class MembersPage(QWidget):
    """List, search and open members."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.site = site
        self.model = MemberListModel(database, tasks, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên, không cần gõ dấu (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, column in enumerate(COLUMNS):
            self.table.setColumnHidden(number, not column.visible)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(2, 200)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Hội viên</b>")))
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.model.loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count_pending)

    def load(self) -> None:
        """Fill the table the first time the page is shown."""
        self.apply_search()

    def apply_search(self) -> None:
        """Search with what is in the box now."""
        self._pause.stop()
        self.model.set_filter(
            MemberFilter(text=self.search.text(), commune_id=None)
        )

    def _show_count_pending(self) -> None:
        if self.model.total is None:
            self.status.setText(self.tr("Đang đếm…"))

    def _show_count(self, total: int) -> None:
        text = f"{total:,}".replace(",", ".")
        self.status.setText(self.tr("{count} hội viên phù hợp").format(count=text))

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
