"""Importing a member list from a spreadsheet: columns, preview, then one transaction.

Two steps. First the columns: the heading row is found below any title rows and each
column is matched to a field from the headings people actually use; every match can be
corrected. Headings and examples typed in TCVN3 or VNI are shown converted, with the text
as written beside them. Then the preview: every row with its problems and warnings
(digits lost, TCVN3/VNI converted or doubtful, duplicates), the branches that do not
exist yet, and the counts. Nothing is written before "Nhập"; then everything is written
at once, or nothing. The file is read in a separate process, so a file that breaks the
reader cannot close the program.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import UserError
from db.legacy_encodings import decide_cell
from db.member_import import (
    FIELD_LABELS,
    ColumnMapping,
    ImportPreview,
    ImportResult,
    apply_import,
    guess_mapping,
    preview_import,
)
from db.site import SiteInfo
from desktop.documents.spreadsheet_reader import SheetContent, read_workbook_isolated
from desktop.error_text import db_label, error_text
from desktop.formatting import number
from desktop.tasks import Change, TaskRunner
from desktop.widgets.screen_fit import fit_to_screen

PREVIEW_ROWS = 500


def cell_text(value: Any) -> str:
    """Show a cell as the person typed it (12.0 read from Excel shows as 12)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ImportDialog(QDialog):
    """Reads a workbook, lets the person check the columns, previews, then imports."""

    imported = Signal(int)

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner, path: Path,
        parent: QWidget | None = None, *, today: dt.date | None = None,
        backup_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.backup_folder = backup_folder
        self.database = database
        self.site = site
        self.tasks = tasks
        self.path = path
        self.today = today or dt.date.today()
        self.sheet: SheetContent | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Nhập danh sách hội viên — {name}").format(name=path.name))
        self.stack = QStackedWidget()
        self.columns_page = QWidget()
        self.preview_page = QWidget()
        self.stack.addWidget(self.columns_page)
        self.stack.addWidget(self.preview_page)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.back_button = QPushButton(self.tr("< Cột"))
        self.next_button = QPushButton(self.tr("Xem trước >"))
        self.import_button = QPushButton(self.tr("Nhập"))
        self.rejected_button = QPushButton(self.tr("Lưu các dòng bị từ chối…"))
        close = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rejected_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self._show_step(0))
        self.next_button.clicked.connect(self.make_preview)
        self.import_button.clicked.connect(self.apply)
        self.rejected_button.clicked.connect(self.save_rejected)
        close.clicked.connect(self.reject)
        self._build_columns_page()
        self._build_preview_page()
        self._show_step(0)
        fit_to_screen(self, QSize(980, 680))
        self.message.setText(self.tr("Đang đọc tệp…"))
        self.tasks.query(self, None, lambda: read_workbook_isolated(path), done=self._read_done,
                         problem=self.message.setText, failed=self._failed)

    # Step 1: columns -------------------------------------------------------------------

    def _build_columns_page(self) -> None:
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.column_grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.column_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dòng tiêu đề cột là dòng số")))
        top.addWidget(self.header_row)
        top.addStretch(1)
        layout = QVBoxLayout(self.columns_page)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr(
            "Mỗi cột trong tệp được ghép với một thông tin của hội viên. Sửa nếu ghép sai; "
            "chọn «(bỏ qua)» cho cột không cần nhập."
        )))
        layout.addWidget(scroll, 1)
        self.field_boxes: list[QComboBox] = []

    def _read_done(self, content: Any) -> None:
        sheets = [s for s in content.sheets if s.rows]
        if not sheets:
            self.message.setText(self.tr("Tệp không có dữ liệu."))
            return
        self.sheet = sheets[0]
        try:
            self.mapping = guess_mapping(self.sheet.rows, self.sheet.fonts)
        except UserError as exc:
            self.message.setText(error_text(exc))
            self.mapping = ColumnMapping(header_row=0, columns={})
        self.header_row.setMaximum(max(1, len(self.sheet.rows)))
        self.header_row.blockSignals(True)
        self.header_row.setValue(self.mapping.header_row + 1)
        self.header_row.blockSignals(False)
        self._fill_columns()
        self.message.setText(self.tr(
            "Trang tính «{sheet}»: {rows} dòng. Kiểm tra cách ghép cột rồi bấm «Xem trước»."
        ).format(sheet=self.sheet.name, rows=number(len(self.sheet.rows))))

    def _header_row_changed(self, value: int) -> None:
        if self.sheet is None or self.mapping is None:
            return
        self.mapping = self.mapping.with_header_row(value - 1, self.sheet.rows,
                                                    self.sheet.fonts)
        self._fill_columns()

    def _fill_columns(self) -> None:
        assert self.sheet is not None and self.mapping is not None
        while self.column_grid.count():
            item = self.column_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.field_boxes = []
        header = self.sheet.rows[self.mapping.header_row] if self.sheet.rows else []
        headings = self.mapping.headings
        originals = self.mapping.originals
        by_column = {column: name for name, column in self.mapping.columns.items()}
        self.column_grid.addWidget(QLabel(self.tr("<b>Cột trong tệp</b>")), 0, 0)
        self.column_grid.addWidget(QLabel(self.tr("<b>Ví dụ</b>")), 0, 1)
        self.column_grid.addWidget(QLabel(self.tr("<b>Nhập vào</b>")), 0, 2)
        sample = self.sheet.rows[self.mapping.header_row + 1] if (
            self.mapping.header_row + 1 < len(self.sheet.rows)) else []
        for column, heading in enumerate(header):
            box = QComboBox()
            box.addItem(self.tr("(bỏ qua)"), None)
            for field_name, label in FIELD_LABELS.items():
                box.addItem(db_label(label), field_name)
            box.setCurrentIndex(max(0, box.findData(by_column.get(column))))
            box.currentIndexChanged.connect(
                lambda _i, c=column, b=box: self._column_changed(c, b.currentData())
            )
            example = sample[column] if column < len(sample) else ""
            shown = headings[column] if column < len(headings) else cell_text(heading)
            original = originals[column] if column < len(originals) else ""
            self.column_grid.addWidget(self._cell_label(shown, original), column + 1, 0)
            example_label = self._cell_label(cell_text(example), "")
            if isinstance(example, str):
                font = self.sheet.fonts.get((self.mapping.header_row + 1, column))
                reading = decide_cell(example, font)
                if reading.status == "converted":
                    example_label = self._cell_label(reading.text, reading.original)
                elif reading.status == "doubtful":
                    example_label = self._cell_label(
                        reading.text, "", doubtful=reading.alternative or ""
                    )
            self.column_grid.addWidget(example_label, column + 1, 1)
            self.column_grid.addWidget(box, column + 1, 2)
            self.field_boxes.append(box)
        for row in range(self.column_grid.rowCount()):
            self.column_grid.setRowStretch(row, 0)
        self.column_grid.setRowStretch(len(header) + 1, 1)

    def _cell_label(self, text: str, original: str, *, doubtful: str = "") -> QLabel:
        """A cell of the file as plain text; a converted one marked, with its original."""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # text from a file is never markup
        # A long cell wraps: on one line it pushed the "Nhập vào" column out of sight.
        label.setWordWrap(True)
        if original:
            label.setText(self.tr("{text}  ⟲ (trong tệp: {original})").format(
                text=text, original=original))
            label.setToolTip(self.tr("Đã chuyển từ bảng mã cũ (TCVN3/VNI) sang Unicode."))
            label.setProperty("converted", True)
        elif doubtful:
            label.setText(self.tr("{text}  ? (hoặc: {other})").format(text=text, other=doubtful))
            label.setToolTip(self.tr("Chưa chắc bảng mã: có thể đọc theo hai cách."))
            label.setProperty("doubtful", True)
        else:
            label.setText(text)
        return label

    def _column_changed(self, column: int, field_name: str | None) -> None:
        if self.mapping is None:
            return
        for name, current in self.mapping.columns.items():
            if current == column:
                self.mapping = self.mapping.with_column(name, None)
        if field_name:
            self.mapping = self.mapping.with_column(field_name, column)

    # Step 2: preview -------------------------------------------------------------------

    def _build_preview_page(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.create_branches = QCheckBox(self.tr("Tạo các chi hội chưa có"))
        # A new branch is made only when the person ticks this, having read the names.
        self.create_branches.setChecked(False)
        self.skip_duplicates = QCheckBox(self.tr("Bỏ qua các dòng trùng với hội viên đã có"))
        self.skip_duplicates.setChecked(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Họ và tên"), self.tr("Kết quả"), self.tr("Chi tiết")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 110)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self.preview_page)
        layout.addWidget(self.summary)
        layout.addWidget(self.create_branches)
        layout.addWidget(self.skip_duplicates)
        layout.addWidget(self.table, 1)

    def make_preview(self) -> None:
        """Check every row against the rules and the register, without writing."""
        if self.sheet is None or self.mapping is None:
            return
        sheet, mapping = self.sheet, self.mapping
        database, commune_id, today = self.database, self.site.unit_id, self.today

        def check(session: Session) -> ImportPreview:
            return preview_import(session, commune_id, sheet.rows, mapping, today,
                                  fonts=sheet.fonts)

        self.message.setText(self.tr("Đang kiểm tra từng dòng…"))
        self.tasks.query(self, database, check, done=self._show_preview,
                         progress=self.tr("Đang kiểm tra từng dòng…"),
                         problem=self.message.setText, failed=self._failed)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        rejected = len(preview.rejected)
        cells = preview.cell_counts
        lines = [self.tr(
            "{total} dòng: {valid} nhập được, {rejected} bị từ chối, "
            "{duplicates} có thể trùng."
        ).format(total=number(preview.total), valid=number(preview.valid),
                 rejected=number(rejected), duplicates=number(preview.duplicates)),
            self.tr(
            "Ô chữ: {converted} đã chuyển từ mã TCVN3/VNI, {doubtful} chưa chắc bảng mã "
            "(giữ nguyên, xem cột Chi tiết), {unchanged} giữ nguyên."
        ).format(converted=number(cells["converted"]), doubtful=number(cells["doubtful"]),
                 unchanged=number(cells["unchanged"]))]
        if preview.unknown_branches:
            lines.append(self.tr("Chi hội chưa có trong sổ: {names}.").format(
                names=", ".join(preview.unknown_branches)))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText("\n".join(lines))
        self.create_branches.setVisible(bool(preview.unknown_branches))
        shown = preview.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for number_, row in enumerate(shown):
            if not row.ok:
                outcome, colour = self.tr("Bị từ chối"), QColor("#b3261e")
            elif row.duplicate:
                outcome, colour = self.tr("Có thể trùng"), QColor("#8a5a00")
            elif row.warnings:
                outcome, colour = self.tr("Lưu ý"), QColor("#8a5a00")
            else:
                outcome, colour = self.tr("Được"), QColor("#1e6b34")
            details = "; ".join(error_text(message)
                                for message in [*row.errors.values(), *row.warnings])
            texts = (str(row.row_number), row.draft.full_name, outcome, details)
            statuses = {r.status for r in row.readings.values()}
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(colour)
                if column == 1 and statuses - {"unchanged"}:
                    originals = [f"{db_label(FIELD_LABELS[name])}: {r.original}"
                                 for name, r in row.readings.items() if r.status != "unchanged"]
                    mark = "?" if "doubtful" in statuses else "⟲"
                    item.setText(f"{text} {mark}")
                    item.setBackground(QColor("#fff4d6" if mark == "?" else "#e8f1fb"))
                    item.setToolTip(self.tr("Trong tệp:") + "\n" + "\n".join(originals))
                self.table.setItem(number_, column, item)
        self.rejected_button.setEnabled(rejected > 0)
        self.import_button.setEnabled(preview.valid > 0)
        self.message.setText(self.tr("Kiểm tra xong. Bấm «Nhập» để ghi vào sổ (một lần, "
                                     "hoặc không ghi gì nếu có lỗi)."))
        self._show_step(1)

    def apply(self) -> None:
        """Write every acceptable row in one transaction."""
        preview = self.preview
        if preview is None:
            return
        create, skip = self.create_branches.isChecked(), self.skip_duplicates.isChecked()
        database, commune_id, today = self.database, self.site.unit_id, self.today

        from desktop import paths

        backups = self.backup_folder or paths.backup_dir()

        def write(session: Session) -> ImportResult:
            return apply_import(session, commune_id, preview, create_branches=create,
                                skip_duplicates=skip, today=today)

        def copy_then_write() -> None:
            from db.backup import before_import_backup

            if not database.is_server:  # a server's copies are its administrator's
                before_import_backup(database.path, backups, dt.datetime.now())

        def import_rows(_copied: object) -> None:
            self.tasks.op(self, database, write, done=self._applied, failed=self._failed,
                          changes={Change.MEMBERS, Change.BRANCHES},
                          progress=self.tr("Đang nhập hội viên…"),
                          problem=self.message.setText)

        self.import_button.setEnabled(False)
        # A copy first: an import is the one change a person may want to take back whole.
        self.tasks.op(self, None, copy_then_write, done=import_rows, failed=self._failed,
                      progress=self.tr("Đang sao lưu trước khi nhập…"))

    def _applied(self, result: ImportResult) -> None:
        self.message.setText(self.tr(
            "Đã nhập {imported} hội viên; bỏ qua {skipped} dòng trùng; {rejected} dòng bị từ "
            "chối."
        ).format(imported=number(result.imported), skipped=number(result.skipped_duplicates),
                 rejected=number(result.rejected)))
        self.imported.emit(result.imported)

    def save_rejected(self) -> None:
        """Save the rejected rows, each with its reason, to a workbook to correct."""
        if self.preview is None:
            return
        start = str(self.path.with_name(self.path.stem + "-bi-tu-choi.xlsx"))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu các dòng bị từ chối"),
                                                start, self.tr("Bảng tính Excel (*.xlsx)"))
        if target:
            self.write_rejected(Path(target))

    def write_rejected(self, target: Path) -> None:
        """Write the rejected rows to ``target`` (used by the button and by tests)."""
        from desktop.documents.rejected_rows import write_rejected_rows

        assert self.preview is not None
        write_rejected_rows(self.preview, target)

    # Common ----------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.next_button.setVisible(step == 0)
        self.import_button.setVisible(step == 1)
        self.rejected_button.setVisible(step == 1)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.message.setText(self.tr("Không đọc được tệp hoặc chưa nhập được; sổ không "
                                         "thay đổi."))
        self.import_button.setEnabled(self.preview is not None)



