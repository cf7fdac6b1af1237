"""The communes page (Các xã): who has sent their package, and each commune's numbers.

Only an upper-level site has it. The officer first wants to know who has not reported
this period (docs/ARCHITECTURE.md §6): above the table, "12/168 xã chưa gửi gói từ 01/10/2026",
and in the table those communes in soft red with a bold "Chưa gửi". The day is the
first of the current quarter unless she picks another; moving it only re-marks the
rows, the numbers are not read again. A filter box finds a commune by name or code
without accents; "Chỉ xã chưa gửi" leaves the ones to phone. Double-clicking a commune
asks the main window to open its members (:attr:`CommunesPage.open_commune`).

The numbers come from :func:`db.communes.commune_status` on the read pool; the page
never writes to the database.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.communes import (
    CommuneStatus,
    commune_status,
    not_reported_count,
    quarter_start,
    with_reported,
)
from db.engine import Database
from db.errors import UserError
from db.site import SiteInfo
from desktop.error_text import error_text
from desktop.formatting import date as format_date
from desktop.formatting import number
from desktop.pages.communes.model import Column, CommuneFilterModel, CommuneTableModel
from desktop.tasks import Change, TaskRunner
from desktop.widgets.tables import set_column_widths, set_up_list_table

log = logging.getLogger(__name__)

#: Widths of the columns after the stretching name: room for their headers and values.
COLUMN_WIDTHS = {
    Column.CODE: 64, Column.PACKAGE: 230, Column.MEMBERS: 80, Column.ACTIVE: 110,
    Column.RATE: 105, Column.MEETINGS: 125, Column.OFFICERS: 140,
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CommunesPage(QWidget):
    """The upper level's communes with their last package and main numbers."""

    open_commune = Signal(str)
    """Asks to open a commune's members; carries the commune's unit key."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.today = today or dt.date.today()
        self._generation = 0
        self._loaded = False
        tasks.follow(self, {Change.SYNC, Change.UNITS, Change.MEMBERS}, self._changed_elsewhere)
        self._rows: list[CommuneStatus] = []

        self.since = QDateEdit(_qdate(quarter_start(self.today)))
        self.since.setDisplayFormat("dd/MM/yyyy")
        self.since.setCalendarPopup(True)
        self.since.setKeyboardTracking(False)
        self.since.setMaximumDate(_qdate(self.today))
        self.since.setToolTip(self.tr(
            "Xã không gửi gói nào từ ngày này được đánh dấu «Chưa gửi». Mặc định: ngày đầu "
            "quý."))
        since_label = QLabel(self.tr("Chưa gửi &từ ngày:"))
        since_label.setBuddy(self.since)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm xã theo tên hoặc mã, không cần gõ dấu"))
        self.search.setClearButtonEnabled(True)
        self.only_late = QCheckBox(self.tr("Chỉ xã &chưa gửi"))
        self.export_button = QPushButton(self.tr("&Xuất Excel…"))
        self.export_button.setToolTip(self.tr("Ghi bảng đang xem ra tệp Excel"))
        self.merge_button = QPushButton(self.tr("&Hợp nhất xã…"))
        self.merge_button.setToolTip(self.tr(
            "Gộp sổ của 2–4 xã vào một mã xã mới: xem trước, xem lại các cặp người trùng, "
            "rồi hợp nhất"))
        self.split_button = QPushButton(self.tr("Chia &tách xã…"))
        self.split_button.setToolTip(self.tr(
            "Chuyển các chi hội (hoặc một thôn) của một xã sang một mã xã mới"))

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.model = CommuneTableModel(self)
        self.proxy = CommuneFilterModel(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        set_up_list_table(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column in COLUMN_WIDTHS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, COLUMN_WIDTHS)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Các xã</b>")))
        top.addSpacing(16)
        top.addWidget(since_label)
        top.addWidget(self.since)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.only_late)
        # The actions beside the count rather than after the filters: one row of both
        # would not hold a longer translation on the office screen.
        self.heading.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.heading, 1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.split_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.since.dateChanged.connect(lambda _day: self._mark())
        self.search.textChanged.connect(self._filter)
        self.only_late.toggled.connect(self._filter_late)
        self.export_button.clicked.connect(self.export_workbook)
        self.merge_button.clicked.connect(lambda: self.merge_dialog().open())
        self.split_button.clicked.connect(lambda: self.merge_dialog(split=True).open())
        self.table.doubleClicked.connect(self._double_clicked)
        self._show_heading()

    # Loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the table the first time the page is shown."""
        self._loaded = True
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read the communes again (packages may have been imported meanwhile)."""
        self._generation += 1
        generation = self._generation
        database, today, since = self.database, self.today, self.since_day()

        def read() -> list[CommuneStatus]:
            with database.reading() as session:
                return commune_status(session, today, since)

        def show(rows: list[CommuneStatus]) -> None:
            if generation != self._generation:
                return  # a newer read is on its way
            self._set_rows(with_reported(rows, self.since_day()))

        self.tasks.read(read, show, self._report)

    def _changed_elsewhere(self) -> None:
        """Read again after a change elsewhere (at once on screen, else when next shown)."""
        if self._loaded:
            self.refresh()

    # What the person sees -------------------------------------------------------------

    def since_day(self) -> dt.date:
        """Return the day from which a commune counts as having reported."""
        value = self.since.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_since(self, day: dt.date) -> None:
        """Choose the "not reported since" day (as if picked in the calendar)."""
        self.since.setDate(_qdate(day))

    def rows(self) -> list[CommuneStatus]:
        """Return every commune read, whatever the filters."""
        return list(self._rows)

    def shown_rows(self) -> list[CommuneStatus]:
        """Return the communes on screen, in screen order."""
        return self.proxy.shown()

    def _set_rows(self, rows: list[CommuneStatus]) -> None:
        self._rows = rows
        self.model.set_rows(rows)
        self._show_heading()

    def _mark(self) -> None:
        """Mark the rows against the day chosen; the numbers stay as read."""
        if self._rows:
            self._set_rows(with_reported(self._rows, self.since_day()))
        else:
            self._show_heading()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_status()

    def _filter_late(self, only_late: bool) -> None:
        self.proxy.set_only_late(only_late)
        self._show_status()

    def _show_heading(self) -> None:
        total = len(self._rows)
        since = format_date(self.since_day())
        if total == 0:
            self.heading.setText(self.tr(
                "Chưa có xã nào đăng ký. Vào trang «Đồng bộ» để tạo tệp đăng ký cho từng xã; "
                "xã sẽ hiện ở đây ngay khi được đăng ký."))
        else:
            late = not_reported_count(self._rows)
            if late:
                self.heading.setText(self.tr(
                    "<span style='font-size:12pt'><b style='color:#9b1c13'>{late}/{total} xã"
                    "</b> chưa gửi gói từ {since}</span>"
                ).format(late=number(late), total=number(total), since=since))
            else:
                self.heading.setText(self.tr(
                    "<span style='font-size:12pt'>Cả <b>{total}</b> xã đã gửi gói từ {since}"
                    "</span>").format(total=number(total), since=since))
        self._show_status()

    def _show_status(self) -> None:
        total, shown = len(self._rows), self.proxy.rowCount()
        parts = []
        if shown != total:
            parts.append(self.tr("Đang hiện {shown}/{total} xã.").format(
                shown=number(shown), total=number(total)))
        if total:
            parts.append(self.tr(
                "Số liệu đến ngày {today}, theo gói gần nhất của từng xã."
            ).format(today=format_date(self.today)))
        self.status.setText(" ".join(parts))

    # What the person does -------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        commune = self.proxy.commune_at(index.row())
        if commune is not None:
            self.open_commune.emit(commune.unit_id)

    def merge_dialog(self, *, split: bool = False) -> QWidget:
        """Return the "Hợp nhất xã" (or "Chia tách xã") dialog, not shown yet."""
        from desktop.pages.communes.merge_dialog import MergeDialog, SplitDialog

        kind = SplitDialog if split else MergeDialog
        return kind(self.database, self.site, self.tasks, self.rows(), self, today=self.today)

    def export_workbook(self) -> None:
        """Ask where to save, then write the communes on screen as an Excel workbook."""
        suggested = str(Path.home() / f"tinh-hinh-cac-xa-{self.today:%Y-%m-%d}.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất bảng các xã ra Excel"), suggested,
            self.tr("Bảng tính Excel (*.xlsx)"),
        )
        if chosen:
            self.write_workbook(Path(chosen))

    def write_workbook(self, out: Path) -> Path | None:
        """Write the communes on screen to ``out`` (".xlsx" added if missing); None on failure."""
        from desktop.documents.communes_workbook import write_communes_workbook

        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        try:
            write_communes_workbook(self.shown_rows(), self.site.union_name, self.today,
                                    self.since_day(), out)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Xuất Excel"), self.tr(
                "Không ghi được tệp {name}: {reason}. Tệp có thể đang mở trong Excel; "
                "hãy đóng nó hoặc chọn tên khác."
            ).format(name=out.name, reason=exc.strerror or exc))
            return None
        self.status.setText(self.tr("Đã lưu {path}").format(path=out))
        return out

    def _report(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Sổ Hội"), error_text(exc))
        elif self.tasks.on_unhandled is not None:
            self.tasks.on_unhandled(exc, details)
        else:
            log.error("communes page: unexpected %s", type(exc).__name__)
            QMessageBox.warning(self, self.tr("Sổ Hội"), self.tr(
                "Không đọc được số liệu các xã. Dữ liệu đã lưu không bị ảnh hưởng."))
