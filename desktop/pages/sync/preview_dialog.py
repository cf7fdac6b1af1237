"""What a package would change, shown before anything is written (the dry run).

Per kind of record: new, changed, removed, unchanged; the warnings the importer found
(a member count that fell by half, an old file) in a colour that cannot be missed;
and, for a sender's first package, its fingerprint with a box the operator must tick
after comparing it, over the phone, with the one on the sender's screen. Until that box
is ticked "Nhập" stays disabled: pinning a stranger's key would let anyone write here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
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
from db.sync.tables import Direction
from desktop.formatting import number
from desktop.pages.sync.describe import header_moment, plain_unit
from desktop.pages.sync.fingerprint_label import FingerprintLabel
from desktop.widgets.screen_fit import fit_to_screen

COUNT_COLUMNS = (
    str(QT_TRANSLATE_NOOP("PreviewDialog", "Mới")),
    str(QT_TRANSLATE_NOOP("PreviewDialog", "Thay đổi")),
    str(QT_TRANSLATE_NOOP("PreviewDialog", "Xóa")),
    str(QT_TRANSLATE_NOOP("PreviewDialog", "Không đổi")),
)
ROW_HEIGHT = 24


class PreviewDialog(QDialog):
    """The dry-run summary of one package, with "Nhập" and "Bỏ qua"."""

    def __init__(
        self, preview: ImportPreview, parent: QWidget | None = None, *,
        position: int = 1, total: int = 1,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        title = self.tr("Nhập gói dữ liệu — {name}").format(name=preview.file_name)
        if total > 1:
            title += self.tr(" (tệp {n}/{total})").format(n=position, total=total)
        self.setWindowTitle(title)
        self.summary = QLabel(self._summary_html())
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = self._kinds_table()
        self.totals = QLabel(self._totals_text())
        self.totals.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setStyleSheet(
            "background: #fdecea; color: #8c1d18; border: 1px solid #e6a19b; "
            "border-radius: 4px; padding: 6px"
        )
        if preview.warnings:
            self.warnings.setText(
                "<b>" + self.tr("Cần chú ý:") + "</b><br>"
                + "<br>".join(f"⚠ {html.escape(w)}" for w in preview.warnings)
            )
        self.warnings.setVisible(bool(preview.warnings))
        self.confirm_box: QCheckBox | None = None
        self.import_button = QPushButton(self.tr("Nhập"))
        self.skip_button = QPushButton(
            self.tr("Bỏ qua tệp này") if total > 1 and position < total else self.tr("Hủy")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        if preview.needs_key_confirmation:
            layout.addWidget(self._key_box())
        note = QLabel(self.tr(
            "Trước khi nhập, Sổ Hội tự sao lưu dữ liệu hiện có. Gói được nhập trọn vẹn "
            "hoặc không nhập gì."
        ))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.skip_button)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)
        self._update_import()
        fit_to_screen(self, QSize(720, self.sizeHint().height()))

    def accept(self) -> None:
        """Go on to the import, never with an unconfirmed first key (Enter included)."""
        if self.import_button.isEnabled():
            super().accept()

    @property
    def accept_key(self) -> bool:
        """Tell whether the operator confirmed the fingerprint (a first package)."""
        return self.confirm_box is not None and self.confirm_box.isChecked()

    def _summary_html(self) -> str:
        preview = self.preview
        if preview.previous_generation:
            generation = self.tr("Gói lần <b>{n}</b> (lần trước đã nhập: lần {m})").format(
                n=preview.generation, m=preview.previous_generation)
        else:
            generation = self.tr("Gói lần <b>{n}</b> (gói đầu tiên nhận từ đơn vị này)").format(
                n=preview.generation)
        lines = [
            self.tr("Gửi từ: <b>{name}</b> (mã {code})").format(
                name=html.escape(preview.sender_name), code=preview.sender_code),
            generation,
            self.tr("Tạo lúc: {moment}").format(moment=header_moment(preview.created_at)),
            self.tr("Tệp: {name}").format(name=html.escape(preview.file_name)),
        ]
        if preview.direction is Direction.DOWN and preview.acknowledges:
            lines.append(self.tr("Cấp trên xác nhận đã nhận đến gói lần {n} của xã.").format(
                n=preview.acknowledges))
        return "<br>".join(lines)

    def _kinds_table(self) -> QTableWidget:
        kinds = self.preview.kinds
        table = QTableWidget(len(kinds), 1 + len(COUNT_COLUMNS))
        table.setHorizontalHeaderLabels(
            [self.tr("Loại"), *(self.tr(title) for title in COUNT_COLUMNS)]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setMinimumHeight(min(len(kinds), 16) * ROW_HEIGHT + 30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(COUNT_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, 92)
        for row, kind in enumerate(kinds):
            table.setItem(row, 0, QTableWidgetItem(self.tr(kind.label)))
            counts = (kind.new, kind.changed, kind.removed, kind.unchanged)
            for column, value in enumerate(counts, start=1):
                item = QTableWidgetItem(number(value) if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and value:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        return table

    def _totals_text(self) -> str:
        kinds = self.preview.kinds
        new = sum(k.new for k in kinds)
        changed = sum(k.changed for k in kinds)
        removed = sum(k.removed for k in kinds)
        if not new + changed + removed:
            return self.tr("Gói không có gì mới so với dữ liệu đang có; nhập để ghi nhận lần "
                           "gửi này.")
        return self.tr(
            "Tổng cộng: {new} bản ghi mới, {changed} thay đổi, {removed} bị xóa."
        ).format(new=number(new), changed=number(changed), removed=number(removed))

    def _key_box(self) -> QGroupBox:
        unit = plain_unit(self.preview.sender_name)
        box = QGroupBox(self.tr("Xác nhận mã nhận diện"))
        box.setStyleSheet("QGroupBox { font-weight: bold }")
        explanation = QLabel(self.tr(
            "Đây là gói đầu tiên Sổ Hội nhận từ {unit}. Hãy gọi điện cho {unit} và nhờ đọc "
            "mã nhận diện ở mục «Máy này» trên trang Đồng bộ của họ; so từng nhóm với mã "
            "dưới đây. Chỉ nhập khi hai mã trùng khớp."
        ).format(unit=unit))
        explanation.setWordWrap(True)
        explanation.setStyleSheet("font-weight: normal")
        self.fingerprint = FingerprintLabel(18)
        self.fingerprint.set_fingerprint(self.preview.fingerprint)
        self.confirm_box = QCheckBox(
            self.tr("Tôi đã so mã này với màn hình của {unit}, trùng khớp").format(unit=unit)
        )
        self.confirm_box.setStyleSheet("font-weight: normal")
        self.confirm_box.toggled.connect(lambda _checked: self._update_import())
        layout = QVBoxLayout(box)
        layout.addWidget(explanation)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirm_box)
        return box

    def _update_import(self) -> None:
        needs = self.preview.needs_key_confirmation
        self.import_button.setEnabled(not needs or self.accept_key)
        if needs and not self.accept_key:
            self.import_button.setToolTip(self.tr("Hãy so mã nhận diện và đánh dấu ô xác nhận."))
        else:
            self.import_button.setToolTip("")
