"""The one summary shown before a whole folder of communes' packages is imported.

An upper level empties a USB stick of up to ~170 communes' packages at once; a preview
dialog per file (:mod:`desktop.pages.sync.preview_dialog`) would mean 170 clicks and 170
chances to click the wrong one. Here every file is one row: which commune, which
generation, how many records it adds, changes and removes, and a note — the importer's
warnings, or why the file will not be imported. Files are left out of the batch when:

* the importer refused them (damaged, already imported, from a stranger…): greyed, with
  the reason;
* they are a commune's first package: its key must be compared over the phone before it
  is pinned, which is done one file at a time with "Nhập gói của xã…";
* the folder holds a newer package of the same commune: only the newest matters, since
  each package is a full snapshot and the older one would be refused after it anyway.

The operator may untick a row with a worrying warning; "Nhập N gói" counts what is ticked.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.sync.importer import ImportPreview
from desktop.formatting import number
from desktop.pages.sync.describe import capitalised, plain_unit
from desktop.widgets.screen_fit import fit_to_screen
from desktop.widgets.tables import set_column_widths

GREY = QColor("#8a8a8a")
WARNING = QColor("#8c1d18")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchDialog", text)


class Plan(enum.Enum):
    """What the batch will do with one file."""

    IMPORT = "import"
    REFUSED = "refused"
    FIRST = "first"
    NEWER_IN_FOLDER = "newer"


@dataclass(frozen=True)
class Checked:
    """One file after the dry run: its digest and preview, or the reason it was refused."""

    path: Path
    digest: bytes | None = None
    preview: ImportPreview | None = None
    refused: str | None = None


@dataclass(frozen=True)
class BatchRow:
    """One row of the summary.

    ``digest`` (SHA-256 of the bytes checked) is kept only for the files that will be
    imported, so that the file imported is the file checked.
    """

    path: Path
    plan: Plan
    preview: ImportPreview | None
    note: str
    digest: bytes | None = None

    @property
    def commune(self) -> str:
        """Name the commune as people say it ("Xã Hưng Hà (12586)"), or the file's name."""
        return commune_label(self.preview) if self.preview is not None else self.path.name


def commune_label(preview: ImportPreview) -> str:
    """Name a package's sender without the union's prefix, with its code."""
    return f"{capitalised(plain_unit(preview.sender_name))} ({preview.sender_code})"


FIRST_NOTE = str(QT_TRANSLATE_NOOP(
    "BatchDialog",
    "Gói đầu tiên của xã: cần so mã nhận diện — nhập riêng bằng “Nhập gói của xã…”",
))
NEWER_NOTE = str(QT_TRANSLATE_NOOP("BatchDialog", "Có gói mới hơn trong thư mục ({name})"))
SAME_NOTE = str(QT_TRANSLATE_NOOP("BatchDialog", "Trùng với tệp {name} trong thư mục"))


def plan_rows(checked: Sequence[Checked]) -> list[BatchRow]:
    """Decide, file by file, what the batch imports; keep the files' order.

    Only the newest package of each commune is imported: each one is a full snapshot, so
    an older one adds nothing and would be refused as older once the newest is in. Of
    two copies of the same generation the first by name is kept.
    """
    newest: dict[str, Checked] = {}
    for item in checked:
        if item.preview is None:
            continue
        kept = newest.get(item.preview.sender_code)
        if kept is None or kept.preview is None or (
            item.preview.generation > kept.preview.generation
        ):
            newest[item.preview.sender_code] = item
    rows: list[BatchRow] = []
    for item in checked:
        preview = item.preview
        if preview is None:
            rows.append(BatchRow(item.path, Plan.REFUSED, None, item.refused or ""))
            continue
        kept = newest[preview.sender_code]
        if kept is not item:
            assert kept.preview is not None
            template = NEWER_NOTE if kept.preview.generation > preview.generation else SAME_NOTE
            rows.append(BatchRow(item.path, Plan.NEWER_IN_FOLDER, preview,
                                 _tr(template).format(name=kept.path.name)))
        elif preview.needs_key_confirmation:
            rows.append(BatchRow(item.path, Plan.FIRST, preview, _tr(FIRST_NOTE)))
        else:
            rows.append(BatchRow(item.path, Plan.IMPORT, preview,
                                 " ".join(f"⚠ {w}" for w in preview.warnings), item.digest))
    return rows


class Column(enum.IntEnum):
    """The summary table's columns."""

    COMMUNE = 0
    GENERATION = 1
    NEW = 2
    CHANGED = 3
    REMOVED = 4
    NOTE = 5


HEADERS = (
    str(QT_TRANSLATE_NOOP("BatchDialog", "Xã")),
    str(QT_TRANSLATE_NOOP("BatchDialog", "Lần")),
    str(QT_TRANSLATE_NOOP("BatchDialog", "Mới")),
    str(QT_TRANSLATE_NOOP("BatchDialog", "Thay đổi")),
    str(QT_TRANSLATE_NOOP("BatchDialog", "Xóa")),
    str(QT_TRANSLATE_NOOP("BatchDialog", "Ghi chú")),
)


class BatchDialog(QDialog):
    """Every package of a folder in one table, with "Nhập N gói" and "Hủy"."""

    def __init__(self, rows: Sequence[BatchRow], folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.setWindowTitle(self.tr("Nhập cả thư mục — {name}").format(
            name=folder.name or str(folder)))
        intro = QLabel(self.tr(
            "Thư mục <b>{folder}</b>: {n} tệp gói. Mỗi gói được nhập riêng, trọn vẹn hoặc "
            "không gì cả: một gói hỏng không ảnh hưởng các gói khác. Trước khi nhập, Sổ Hội "
            "sao lưu dữ liệu hiện có một lần."
        ).format(folder=html.escape(str(folder)), n=number(len(self.rows))))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.table = self._make_table()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.import_button = QPushButton()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.table.itemChanged.connect(lambda _item: self._update())
        self._update()
        fit_to_screen(self, QSize(1000, 560))

    # The table -------------------------------------------------------------------------

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(len(self.rows), len(HEADERS))
        table.setHorizontalHeaderLabels([self.tr(title) for title in HEADERS])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        # Long file names keep their commune code and their generation, both ends.
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        widths = {Column.COMMUNE: 230, Column.GENERATION: 110, Column.NEW: 70,
                  Column.CHANGED: 76, Column.REMOVED: 60}
        for column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        set_column_widths(table, widths)
        for row, batch_row in enumerate(self.rows):
            self._fill_row(table, row, batch_row)
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
        return table

    def _fill_row(self, table: QTableWidget, row: int, batch_row: BatchRow) -> None:
        preview = batch_row.preview
        commune = QTableWidgetItem(batch_row.commune)
        commune.setToolTip(batch_row.path.name)
        cells: list[QTableWidgetItem] = [commune]
        if preview is not None:
            cells.append(QTableWidgetItem(self._generation_text(preview)))
            for value in (sum(k.new for k in preview.kinds),
                          sum(k.changed for k in preview.kinds),
                          sum(k.removed for k in preview.kinds)):
                item = QTableWidgetItem(number(value) if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(item)
        else:
            cells.extend(QTableWidgetItem("") for _ in range(4))
        note = QTableWidgetItem(batch_row.note)
        note.setToolTip(batch_row.note)
        cells.append(note)
        flags = Qt.ItemFlag.ItemIsEnabled
        if batch_row.plan is Plan.IMPORT:
            commune.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            commune.setCheckState(Qt.CheckState.Checked)
            if batch_row.note:
                note.setForeground(WARNING)
        else:
            for item in cells:
                item.setForeground(GREY)
        for column, item in enumerate(cells):
            if column != Column.COMMUNE or batch_row.plan is not Plan.IMPORT:
                item.setFlags(flags)
            table.setItem(row, column, item)

    def _generation_text(self, preview: ImportPreview) -> str:
        if preview.previous_generation:
            return self.tr("{n} (trước: {m})").format(
                n=preview.generation, m=preview.previous_generation)
        return self.tr("{n} (đầu tiên)").format(n=preview.generation)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Fit the rows to their wrapped notes once the columns have their real widths."""
        super().showEvent(event)
        self.table.resizeRowsToContents()
        if self.import_button.isEnabled():
            self.import_button.setFocus()
        else:
            self.cancel_button.setFocus()

    # Choosing --------------------------------------------------------------------------

    def is_ticked(self, row: int) -> bool:
        """Tell whether the file of ``row`` will be imported."""
        item = self.table.item(row, Column.COMMUNE)
        return (self.rows[row].plan is Plan.IMPORT and item is not None
                and item.checkState() == Qt.CheckState.Checked)

    def set_ticked(self, row: int, ticked: bool) -> None:
        """Tick or untick a row (the same as clicking its box)."""
        item = self.table.item(row, Column.COMMUNE)
        if item is not None and self.rows[row].plan is Plan.IMPORT:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[BatchRow]:
        """Return the rows to import, in the table's order."""
        return [row for index, row in enumerate(self.rows) if self.is_ticked(index)]

    def accept(self) -> None:
        """Go on only with something to import (Enter on "Nhập 0 gói" does nothing)."""
        if self.chosen():
            super().accept()

    def _update(self) -> None:
        plans = [row.plan for row in self.rows]
        ticked = len(self.chosen())
        unticked = plans.count(Plan.IMPORT) - ticked
        parts = [
            self.tr("<b>{n} gói sẽ được nhập</b>").format(n=number(ticked)),
            self.tr("{m} bị từ chối").format(m=number(plans.count(Plan.REFUSED))),
            self.tr("{k} cần so mã").format(k=number(plans.count(Plan.FIRST))),
        ]
        if newer := plans.count(Plan.NEWER_IN_FOLDER):
            parts.append(self.tr("{s} bỏ qua vì có gói mới hơn").format(s=number(newer)))
        if unticked:
            parts.append(self.tr("{u} bỏ chọn").format(u=number(unticked)))
        self.totals.setText(", ".join(parts) + ".")
        self.import_button.setText(self.tr("Nhập {n} gói").format(n=number(ticked)))
        self.import_button.setEnabled(ticked > 0)
        self.import_button.setDefault(ticked > 0)
