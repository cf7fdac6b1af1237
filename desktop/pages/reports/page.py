"""The reports page (Báo cáo): the Đề án 1893 targets of a year.

The chair reports every year how the commune's officers stand against Đề án 1893: the
share of each officer category trained (against a goal, usually 100 %), the Union-work
certificates against the 2030 goals, the share meeting the title standards and the money
spent. The page shows those numbers as the upper level asks for them, says plainly
"Đạt" or "Chưa đạt", and lists the officers still to be trained, with a button that opens
a course for exactly those people, a printed list, and the whole report as a workbook.

Numbers come from ``db.targets`` on the read pool; target edits go through the single
writer, and the page reads again when they are saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db import catalog
from db.engine import Database
from db.errors import UserError
from db.site import SiteInfo
from db.targets import (
    CATEGORY_LABELS,
    CATEGORY_ORDER,
    GOAL_YEAR,
    METRIC_LABELS,
    CategoryProgress,
    CommuneTargets,
    TargetEdit,
    TargetKey,
    TargetRow,
    TargetsConflictError,
    TargetsReport,
    UntrainedRow,
    clear_target,
    save_targets,
    targets_by_commune,
    targets_for_year,
    targets_report,
    untrained_officers,
)
from db.vocabulary import OFFICER_CATEGORY
from desktop.formatting import date as format_date
from desktop.formatting import money, number, percent
from desktop.models.row_table import Index, RowTableModel
from desktop.tasks import Change, TaskRunner
from desktop.widgets.bar_chart import BarChart
from desktop.widgets.conflict_dialog import ComparedField, settle_conflict
from desktop.widgets.look import CARD_STYLE, MUTED
from desktop.widgets.pdf_preview import print_folder
from desktop.widgets.screen_fit import fit_to_screen
from desktop.widgets.tables import fit_columns_from_sample

YEARS_OFFERED = 8
REPORT_SOURCES = frozenset({Change.MEMBERS, Change.BRANCHES, Change.COURSES, Change.OFFICERS,
                            Change.TARGETS, Change.UNITS, Change.SYNC})
"""The kinds of data the report's numbers are computed from."""
MET_COLOR = QColor("#1e7b34")
NOT_MET_COLOR = QColor("#b3261e")


SHORT_CATEGORY_LABELS = OFFICER_CATEGORY.short_labels
"""Column titles of the per-commune breakdown, where the full labels would not fit."""


@dataclass(frozen=True)
class _Loaded:
    report: TargetsReport
    untrained: list[UntrainedRow]
    by_commune: list[CommuneTargets] = field(default_factory=list)


class UntrainedModel(RowTableModel):
    """The officers not yet trained: hundreds of rows, set at once in one model reset."""

    HEADERS = (
        QT_TRANSLATE_NOOP("UntrainedModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("UntrainedModel", "Năm sinh"),
        QT_TRANSLATE_NOOP("UntrainedModel", "Đối tượng"),
        QT_TRANSLATE_NOOP("UntrainedModel", "Chi hội"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell; the member id under ``UserRole``."""
        person: UntrainedRow | None = self.row_at(index.row())
        if person is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return person.member_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return person.full_name
        if column == 1:
            return (person.birth_date or "")[:4]
        if column == 2:
            return ", ".join(self.tr(c) for c in person.categories)
        return person.branch.removeprefix("Chi hội ")


class CommuneTargetsModel(RowTableModel):
    """The upper level's yearly shares, one commune a row, set in one model reset.

    Set cell by cell into a table of items, 168 communes (1,500 cells) held the window
    for 40 ms; the model answers only for the rows on screen. A header click sorts by
    the share or the count itself, not by its text, and the communes by name.
    """

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._totals = len(CATEGORY_ORDER) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns: the commune, the categories, people, lượt."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles, translated by the page that made them."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def _value(self, commune: CommuneTargets, column: int) -> Any:
        if column == 0:
            return commune.name
        if column < self._totals:
            return commune.categories[column - 1]
        return commune.total_people if column == self._totals else commune.total_participations

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, its alignment, the counts behind a share, the colour."""
        commune: CommuneTargets | None = self.row_at(index.row()) if index.isValid() else None
        if commune is None:
            return None
        column = index.column()
        value = self._value(commune, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if isinstance(value, CategoryProgress):
            if role == Qt.ItemDataRole.DisplayRole:
                return percent(value.share) if value.share is not None else "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{done}/{people} người; chỉ tiêu {target}").format(
                    done=number(value.trained_people), people=number(value.people),
                    target=percent(value.target, 0) if value.target is not None else "—")
            if role == Qt.ItemDataRole.ForegroundRole and value.met is False:
                return QBrush(NOT_MET_COLOR)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return value if column == 0 else number(value)

    def sort_value(self, row: int, column: int) -> tuple[int, Any]:
        """Compare communes by name in Vietnamese order, the others by their numbers."""
        commune: CommuneTargets = self._rows[row]
        value = self._value(commune, column)
        if column == 0:
            return (2, catalog.unit_sort_key(value))
        if isinstance(value, CategoryProgress):
            value = value.share
        # Communes without a share (nobody in the category) gather at one end.
        return (3, "") if value is None else (0, value)


def _table(headers: Sequence[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    _set_up(table, stretch)
    return table


def _set_up(table: QTableView, stretch: int) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_columns_from_sample(table)


def _fit_height(table: QTableWidget) -> None:
    """Make a short table exactly as tall as its rows, so the page scrolls, not the table."""
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height + 2)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _cell(text: str, *, right: bool = False, color: QColor | None = None,
          bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if color is not None:
        item.setForeground(QBrush(color))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _card(title: str, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 10)
    heading = QLabel(f"<b>{title}</b>")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


class ReportsPage(QWidget):
    """The Đề án 1893 targets of the commune (or of every commune) for a chosen year."""

    start_course = Signal(list)
    """Asks for a new course for these member ids (the officers not yet trained)."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self._fixed_today = today
        self._request = 0
        self.report: TargetsReport | None = None
        self.untrained: list[UntrainedRow] = []
        self.by_commune: list[CommuneTargets] = []
        self.read_only = False

        heading = QLabel(self.tr("<b>Chỉ tiêu Đề án 1893</b> — {unit}").format(
            unit=self.tr("các xã trong dữ liệu") if site.is_upper else site.union_name
        ))
        heading.setWordWrap(True)  # a long unit name or translation takes a second line
        self.year = QComboBox()
        this_year = self._today().year
        for year in range(this_year, this_year - YEARS_OFFERED, -1):
            self.year.addItem(str(year), year)
        self.year.setToolTip(self.tr("Chọn năm cần báo cáo"))
        self.edit_button = QPushButton(self.tr("Sửa chỉ tiêu…"))
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.template_button = QPushButton(self.tr("Điền mẫu báo cáo…"))
        self.template_button.setToolTip(self.tr(
            "Điền số liệu của sổ vào biểu mẫu Excel của cấp trên (các chỗ {{…}})"
        ))
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        year_label = QLabel(self.tr("&Năm:"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        for button in (self.edit_button, self.export_button, self.template_button,
                       self.refresh_button):
            top.addWidget(button)

        self.status = QLabel()
        self.status.setStyleSheet(f"color: {MUTED};")

        self.categories = _table((
            self.tr("Đối tượng"), self.tr("Số người"), self.tr("Đã bồi dưỡng (người)"),
            self.tr("Lượt"), self.tr("Tỷ lệ"), self.tr("Chỉ tiêu"), self.tr("Đạt?"),
        ))
        self.totals = QLabel()
        self.totals.setStyleSheet(f"color: {MUTED};")
        self.totals.setWordWrap(True)
        self.chart = BarChart()
        self.chart.setMinimumWidth(300)
        training = QHBoxLayout()
        training.addWidget(
            _card(self.tr("Bồi dưỡng cán bộ Hội trong năm"), self.categories, self.totals), 3
        )
        training.addWidget(_card(self.tr("Tỷ lệ đã bồi dưỡng"), self.chart), 2)

        self.certificates = _table((
            self.tr("Đối tượng"), self.tr("Số người"), self.tr("Có chứng chỉ"),
            self.tr("Tỷ lệ"), self.tr("Mục tiêu 2030"),
        ))
        self.standards = _table((
            self.tr("Đối tượng"), self.tr("Có tiêu chuẩn"), self.tr("Đạt chuẩn"),
            self.tr("Tỷ lệ"),
        ))
        self.funding = _table((self.tr("Nguồn kinh phí"), self.tr("Số tiền")))
        lower = QGridLayout()
        lower.setHorizontalSpacing(12)
        lower.addWidget(_card(self.tr("Chứng chỉ nghiệp vụ công tác Hội (mục tiêu 2030)"),
                              self.certificates), 0, 0)
        lower.addWidget(_card(self.tr("Đạt chuẩn chức danh"), self.standards), 0, 1)
        lower.addWidget(_card(self.tr("Kinh phí các lớp xã tổ chức"), self.funding), 0, 2)
        lower.setColumnStretch(0, 5)
        lower.setColumnStretch(1, 4)
        lower.setColumnStretch(2, 3)

        self.untrained_title = QLabel()
        self.untrained_title.setWordWrap(True)  # beside two buttons: longer text wraps
        self.untrained_model = UntrainedModel(self)
        self.untrained_table = QTableView()
        self.untrained_table.setModel(self.untrained_model)
        _set_up(self.untrained_table, stretch=2)
        self.untrained_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.print_button = QPushButton(self.tr("In danh sách…"))
        self.course_button = QPushButton(self.tr("Mở lớp tập huấn cho những người này…"))
        self.course_button.setToolTip(self.tr(
            "Mở trang Bồi dưỡng với một lớp mới có sẵn những người trong danh sách "
            "(hoặc những người đang chọn)"
        ))
        untrained_bar = QHBoxLayout()
        untrained_bar.addWidget(self.untrained_title, 1)
        untrained_bar.addWidget(self.print_button)
        untrained_bar.addWidget(self.course_button)
        untrained_box = QFrame()
        untrained_box.setObjectName("card")
        untrained_box.setStyleSheet(CARD_STYLE)
        untrained_layout = QVBoxLayout(untrained_box)
        untrained_layout.setContentsMargins(10, 8, 10, 10)
        untrained_layout.addLayout(untrained_bar)
        untrained_layout.addWidget(self.untrained_table)
        self.untrained_table.setMinimumHeight(220)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addLayout(training)
        # At an upper level: the same yearly shares, one line per commune, to compare.
        self.commune_table: QTableView | None = None
        self.commune_model: CommuneTargetsModel | None = None
        if site.is_upper:
            self.commune_model = CommuneTargetsModel(
                [self.tr("Xã")]
                + [self.tr(SHORT_CATEGORY_LABELS[c]) for c in CATEGORY_ORDER]
                + [self.tr("Người"), self.tr("Lượt")], self)
            self.commune_table = QTableView()
            self.commune_table.setModel(self.commune_model)
            _set_up(self.commune_table, 0)
            self.commune_table.setObjectName("commune_breakdown")
            self.commune_table.setSortingEnabled(True)
            self.commune_table.horizontalHeader().setSortIndicator(
                0, Qt.SortOrder.AscendingOrder)
            self.commune_table.setMinimumHeight(300)
            self.commune_table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.Stretch)
            self.commune_table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents)
            self.commune_note = QLabel(self.tr(
                "Tỷ lệ cán bộ được bồi dưỡng trong năm theo chỉ tiêu của từng đối tượng; "
                "bấm vào tiêu đề cột để sắp xếp. Dữ liệu do xã quản lý; ở đây chỉ xem."
            ))
            self.commune_note.setStyleSheet(f"color: {MUTED};")
            self.commune_note.setWordWrap(True)
            body_layout.addWidget(_card(self.tr("Theo từng xã"), self.commune_table,
                                        self.commune_note))
        body_layout.addLayout(lower)
        body_layout.addWidget(untrained_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.year.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        tasks.follow(self, REPORT_SOURCES, self.refresh)
        self.edit_button.clicked.connect(self.edit_targets)
        self.export_button.clicked.connect(self.export_workbook)
        self.template_button.clicked.connect(self.fill_template)
        self.print_button.clicked.connect(self.print_untrained)
        self.course_button.clicked.connect(self.ask_for_course)
        self._update_buttons()

    # Loading ------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def _commune_id(self) -> str | None:
        return None if self.site.is_upper else self.site.unit_id

    def selected_year(self) -> int:
        """Return the year chosen in the list."""
        return int(self.year.currentData())

    def load(self) -> None:
        """Fill the page the first time it is shown."""
        self.refresh()

    def refresh(self) -> None:
        """Read the numbers of the chosen year again (on the read pool)."""
        self._request += 1
        request = self._request
        year, commune_id, today = self.selected_year(), self._commune_id(), self._today()
        self.status.setText(self.tr("Đang tính số liệu…"))

        upper = self.site.is_upper

        def read(session: Session) -> _Loaded:
            return _Loaded(
                targets_report(session, commune_id, year, today),
                untrained_officers(session, commune_id, year, today),
                targets_by_commune(session, year, today) if upper else [],
            )

        def done(loaded: _Loaded) -> None:
            if request == self._request:  # an answer for a year no longer chosen is dropped
                self.show_report(loaded.report, loaded.untrained)
                self.show_by_commune(loaded.by_commune)

        self.tasks.query(self, self.database, read, done=done, problem=self.status.setText,
                         failed=self._read_failed)

    def _read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.status.setText(self.tr("Không tính được số liệu báo cáo."))

    def show_report(self, report: TargetsReport, untrained: list[UntrainedRow]) -> None:
        """Put a computed report on screen."""
        self.report = report
        self.untrained = untrained
        past = report.as_of.year == report.year and report.as_of.month == 12 and (
            report.as_of.day == 31)
        self.status.setText(self.tr(
            "Cán bộ tính theo chức danh đang giữ ngày {day}{note}."
        ).format(day=format_date(report.as_of),
                 note=self.tr(" (cuối năm)") if past else ""))
        self._show_categories(report)
        self._show_certificates(report)
        self._show_standards(report)
        self._show_funding(report)
        self._show_untrained(report, untrained)
        self._update_buttons()

    def show_by_commune(self, rows: list[CommuneTargets]) -> None:
        """Fill the per-commune breakdown (upper level only)."""
        self.by_commune = rows
        if self.commune_model is not None:
            self.commune_model.set_rows(rows)

    def _show_categories(self, report: TargetsReport) -> None:
        table = self.categories
        table.setRowCount(len(report.categories))
        for row, item in enumerate(report.categories):
            label = _cell(self.tr(item.label))
            label.setToolTip(self.tr(METRIC_LABELS.get(item.metric, item.metric)))
            table.setItem(row, 0, label)
            table.setItem(row, 1, _cell(number(item.people), right=True))
            table.setItem(row, 2, _cell(number(item.trained_people), right=True))
            table.setItem(row, 3, _cell(number(item.participations), right=True))
            table.setItem(row, 4, _cell(
                percent(item.share) if item.share is not None else "—", right=True))
            table.setItem(row, 5, _cell(
                percent(item.target, 0) if item.target is not None else "—", right=True))
            if item.met is None:
                verdict = _cell("")
            elif item.met:
                verdict = _cell(self.tr("Đạt"), color=MET_COLOR, bold=True)
            else:
                verdict = _cell(self.tr("Chưa đạt"), color=NOT_MET_COLOR, bold=True)
            table.setItem(row, 6, verdict)
        _fit_height(table)
        self.totals.setText(self.tr(
            "Cả năm {year}: {people} người, {count} lượt hội viên của xã hoàn thành lớp "
            "bồi dưỡng. Chỉ tiêu theo chuyên đề chỉ tính các lớp có chuyên đề."
        ).format(year=report.year, people=number(report.total_people),
                 count=number(report.total_participations)))
        self.chart.set_data(
            self.tr("% đã bồi dưỡng năm {year}").format(year=report.year),
            [(self.tr(item.label), round(item.share or 0)) for item in report.categories],
        )

    def _show_certificates(self, report: TargetsReport) -> None:
        rows = [c for c in report.certificates if c.people or c.target_2030 is not None]
        table = self.certificates
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            table.setItem(row, 0, _cell(self.tr(item.label)))
            table.setItem(row, 1, _cell(number(item.people), right=True))
            table.setItem(row, 2, _cell(number(item.holders), right=True))
            table.setItem(row, 3, _cell(
                percent(item.share) if item.share is not None else "—", right=True))
            goal = "—" if item.target_2030 is None else percent(item.target_2030, 0)
            reached = (item.target_2030 is not None and item.share is not None
                       and item.share + 1e-9 >= item.target_2030)
            table.setItem(row, 4, _cell(goal, right=True,
                                        color=MET_COLOR if reached else None))
        _fit_height(table)

    def _show_standards(self, report: TargetsReport) -> None:
        rows = [s for s in report.standards if s.people]
        table = self.standards
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            table.setItem(row, 0, _cell(self.tr(item.label)))
            table.setItem(row, 1, _cell(number(item.people), right=True))
            table.setItem(row, 2, _cell(number(item.meeting), right=True))
            table.setItem(row, 3, _cell(
                percent(item.share) if item.share is not None else "—", right=True))
        _fit_height(table)

    def _show_funding(self, report: TargetsReport) -> None:
        table = self.funding
        table.setRowCount(len(report.funding) + 1)
        for row, line in enumerate(report.funding):
            table.setItem(row, 0, _cell(self.tr(line.label)))
            table.setItem(row, 1, _cell(money(line.amount), right=True))
        last = len(report.funding)
        table.setItem(last, 0, _cell(self.tr("Tổng cộng"), bold=True))
        table.setItem(last, 1, _cell(money(report.funding_total), right=True, bold=True))
        _fit_height(table)

    def _show_untrained(self, report: TargetsReport, untrained: list[UntrainedRow]) -> None:
        if untrained:
            self.untrained_title.setText(self.tr(
                "<b>Cán bộ Hội chưa được bồi dưỡng năm {year}</b> ({n} người)"
            ).format(year=report.year, n=number(len(untrained))))
        else:
            self.untrained_title.setText(self.tr(
                "<b>Tất cả cán bộ Hội đã được bồi dưỡng năm {year}.</b>"
            ).format(year=report.year))
        self.untrained_model.set_rows(untrained)

    def set_read_only(self, read_only: bool) -> None:
        """Hide editing targets and opening a course (a chỉ xem account); print stays."""
        self.read_only = read_only
        self.edit_button.setVisible(not read_only)
        self.course_button.setVisible(not read_only)

    def _update_buttons(self) -> None:
        has_people = bool(self.untrained)
        self.print_button.setEnabled(has_people)
        self.course_button.setEnabled(has_people)
        self.export_button.setEnabled(self.report is not None)

    # Actions ------------------------------------------------------------------------

    def chosen_member_ids(self) -> list[str]:
        """Return the people selected in the list, or everybody listed if none is selected."""
        rows = sorted({index.row() for index in self.untrained_table.selectedIndexes()})
        if not rows:
            return [person.member_id for person in self.untrained]
        return [self.untrained[row].member_id for row in rows if row < len(self.untrained)]

    def ask_for_course(self) -> None:
        """Ask the trainings page to open a course for the untrained officers."""
        ids = self.chosen_member_ids()
        if ids and not self.read_only:
            self.start_course.emit(ids)

    def untrained_pdf(self, out: Path | None = None,
                      signer: tuple[str, str] | None = None) -> Path:
        """Write the list of untrained officers as a PDF and return its path.

        ``signer`` replaces who signs for the union (the chair, for the standing
        committee, with her name left to write by hand).
        """
        from desktop.documents.attendance_sheet import (
            AttendanceSheet,
            SheetPerson,
            render_attendance_sheet,
        )
        from desktop.documents.pdf_common import COMMUNE_SIGNER, vietnamese_date_line

        assert self.report is not None
        report = self.report
        today = self._today()
        sheet = AttendanceSheet(
            issuer_parent=(self.site.parent_name or "").upper(),
            issuer=report.commune_name.upper(),
            title="DANH SÁCH CÁN BỘ HỘI CHƯA ĐƯỢC BỒI DƯỠNG",
            subject=f"Năm {report.year} — Đề án 1893",
            when=f"tính đến ngày {format_date(report.as_of)}",
            where=report.commune_name,
            place_and_date=vietnamese_date_line(catalog.place_name(self.site.unit_name), today),
            session_labels=("Ghi chú",),
            people=tuple(
                SheetPerson(
                    full_name=person.full_name,
                    birth_year=(person.birth_date or "")[:4],
                    unit=person.branch.removeprefix("Chi hội "),
                    title=", ".join(person.categories),
                )
                for person in self.untrained
            ),
            filled=False,
            signers=(("NGƯỜI LẬP", ""), signer or (COMMUNE_SIGNER, "")),
        )
        if out is None:
            folder = print_folder()
            out = folder / f"chua-boi-duong-{report.year}.pdf"
        self.last_signer = sheet.signers[-1]
        render_attendance_sheet(sheet, out)
        return out

    def print_untrained(self) -> None:
        """Preview the list, from where it can be printed or saved."""
        if not self.untrained:
            return
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        path = self.untrained_pdf()
        dialog = PdfPreviewDialog(path, self.tr("Cán bộ chưa được bồi dưỡng"), path.name, self,
                                  signer=self.last_signer,
                                  remake=lambda signer: self.untrained_pdf(signer=signer))
        dialog.exec()

    def export_workbook(self) -> None:
        """Ask where to save, then write the report as an Excel workbook."""
        if self.report is None:
            return
        suggested = str(Path.home() / f"chi-tieu-de-an-1893-{self.report.year}.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất báo cáo ra Excel"), suggested,
            self.tr("Bảng tính Excel (*.xlsx)"),
        )
        if chosen:
            self.write_workbook(Path(chosen))

    def fill_template(self) -> None:
        """Fill the upper level's own form (an .xlsx with placeholders) for the year shown."""
        from desktop.pages.reports.template_report import ask_and_fill

        ask_and_fill(self, self.database, self.site, self.tasks, self.selected_year(),
                     self._today(), done=self._template_filled)

    def _template_filled(self, out: Path) -> None:
        self.status.setText(self.tr("Đã lưu {path}").format(path=out))

    def write_workbook(self, out: Path) -> Path | None:
        """Write the report shown to ``out`` (".xlsx" added if missing); None on failure."""
        from desktop.documents.targets_workbook import write_targets_workbook

        assert self.report is not None
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        try:
            write_targets_workbook(self.report, self.untrained, out,
                                   by_commune=self.by_commune if self.site.is_upper else None)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Xuất Excel"), self.tr(
                "Không ghi được tệp {name}: {reason}. Tệp có thể đang mở trong Excel; "
                "hãy đóng nó hoặc chọn tên khác."
            ).format(name=out.name, reason=exc.strerror or exc))
            return None
        self.status.setText(self.tr("Đã lưu {path}").format(path=out))
        return out

    def edit_targets(self) -> None:
        """Open the targets of the chosen year (and the 2030 goals) for editing."""
        if self.read_only:
            return
        year = self.selected_year()
        with self.database.reading() as session:
            rows = targets_for_year(session, year, self._commune_id())
            if year != GOAL_YEAR:
                rows += targets_for_year(session, GOAL_YEAR, self._commune_id())
        dialog = TargetsDialog(self.database, self.site, self.tasks, year, rows, self)
        dialog.exec()


class TargetsDialog(QDialog):
    """The targets in force, with a spin box each; saving writes this office's copies."""

    saved = Signal()

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner, year: int,
        rows: list[TargetRow], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.year = year
        self.rows = rows
        # The values each box changed from: a save refuses the goals that moved on.
        self.seen: list[int | None] = [target.value for target in rows]
        self.setWindowTitle(self.tr("Chỉ tiêu Đề án 1893 năm {year}").format(year=year))
        explanation = QLabel(self.tr(
            "Chỉ tiêu do cấp trên ban hành. Khi xã sửa, xã có bản chỉ tiêu riêng cho năm đó "
            "(chỉ dùng trong báo cáo của xã); chỉ tiêu của cấp trên vẫn giữ nguyên."
        ) if not site.is_upper else self.tr(
            "Chỉ tiêu sửa ở đây được gửi xuống các xã trong gói đồng bộ tiếp theo."
        ))
        explanation.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Năm"), self.tr("Đối tượng"), self.tr("Chỉ tiêu"), self.tr("Tỷ lệ (%)"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.spins: list[QSpinBox] = []
        self.labels: list[str] = []
        for row, target in enumerate(rows):
            year_item = _cell(str(target.year))
            self.table.setItem(row, 0, year_item)
            who = self.tr(CATEGORY_LABELS.get(target.category, target.category))
            if target.own:
                who += self.tr(" (riêng của xã)")
            self.table.setItem(row, 1, _cell(who))
            what = _cell(target.description or self.tr(METRIC_LABELS.get(target.metric, "")))
            what.setToolTip(what.text())
            self.table.setItem(row, 2, what)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(target.value)
            spin.setAccessibleName(f"{who}: {target.year}")
            self.labels.append(f"{who} · {what.text()}")
            self.table.setCellWidget(row, 3, spin)
            self.spins.append(spin)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {NOT_MET_COLOR.name()};")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.reset_button = QPushButton(self.tr("Dùng lại chỉ tiêu cấp trên"))
        self.reset_button.setVisible(not site.is_upper and any(r.own for r in rows))
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        fit_to_screen(self, QSize(780, 420))

    def changes(self) -> list[tuple[TargetRow, int]]:
        """Return the targets whose value was changed, with the new value."""
        return [
            (target, spin.value())
            for target, spin, seen in zip(self.rows, self.spins, self.seen, strict=True)
            if spin.value() != seen
        ]

    def save(self) -> None:
        """Store the changed targets through the single writer, then close."""
        edits = [TargetEdit(target.year, target.category, target.metric, spin.value(),
                            target.description, seen)
                 for target, spin, seen in zip(self.rows, self.spins, self.seen, strict=True)
                 if spin.value() != seen]
        if not edits:
            self.accept()
            return
        self.save_button.setEnabled(False)

        def write(session: Session) -> None:
            save_targets(session, edits)

        self._store(write)

    def _settle(self, stored: dict[TargetKey, int | None]) -> None:
        """Someone changed some of the same goals meanwhile: both side by side."""
        def shown(value: int | None) -> str:
            return self.tr("chưa có") if value is None else f"{value} %"

        moved = [(number_, stored[(t.year, t.category, t.metric)])
                 for number_, t in enumerate(self.rows)
                 if (t.year, t.category, t.metric) in stored]
        fields = [ComparedField(self.labels[number_], shown(self.spins[number_].value()),
                                shown(value)) for number_, value in moved]

        def answer_theirs() -> None:
            for number_, value in moved:
                self.seen[number_] = value

        def take_theirs() -> None:
            answer_theirs()
            for number_, value in moved:
                if value is not None:
                    self.spins[number_].setValue(value)

        what = self.tr("chỉ tiêu Đề án 1893 năm {year}").format(year=self.year)
        settle_conflict(self, what, fields, take_theirs=take_theirs,
                        answer_theirs=answer_theirs, keep_mine=self.save)

    def reset(self) -> None:
        """Drop the commune's own copies, so the upper level's targets apply again."""
        own = [target for target in self.rows if target.own]

        def write(session: Session) -> None:
            for target in own:
                clear_target(session, target.year, target.category, target.metric)

        self._store(write)

    def _store(self, write: Callable[[Session], None]) -> None:
        self.tasks.op(self, self.database, write, done=self._saved, changes={Change.TARGETS},
                      fields=lambda errors: self._show_error("; ".join(errors.values())),
                      problem=self._show_error, failed=self._failed)

    def _saved(self, _result: object) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        # The dialog stays open with what was typed, so nothing is lost.
        self.save_button.setEnabled(True)
        if isinstance(exc, TargetsConflictError):
            self._show_error("")  # the comparison says it, with both values
            self._settle(exc.stored)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
