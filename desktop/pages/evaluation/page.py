"""The evaluation page (Xếp loại): the yearly evaluation of the commune union and its branches.

At year-end the chair scores the commune (and each branch) against the criteria set:
the page lists the criteria, pre-fills the ones the register can measure (marked
"từ sổ", still changeable when the meeting decides otherwise), takes the points of the
others, and shows the total, the class and which criteria lost points, as ``db.evaluation``
computes them. "Lưu" keeps that year's evaluation; it goes up with the next package.

At an upper level the page lists the self-evaluations the communes sent for a year,
read-only. Reads run on the read pool (``tasks.query``), saving on the single writer
(``tasks.op``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.evaluation import (
    CLASS_LABELS,
    PERCENT_FIGURES,
    CommuneEvaluationRow,
    CriteriaSet,
    EvaluatedUnit,
    EvaluationConflictError,
    EvaluationView,
    HistoryRow,
    ScoredCriterion,
    communes_evaluations,
    evaluated_units,
    evaluation_history,
    evaluation_view,
    publish_set,
    save_evaluation,
    saved_version,
)
from db.site import SiteInfo
from desktop.evaluation_text import explanation_lines
from desktop.formatting import date as format_date
from desktop.formatting import number, percent
from desktop.tasks import Change, TaskRunner
from desktop.widgets.conflict_dialog import ComparedField, settle_conflict
from desktop.widgets.look import MUTED
from desktop.widgets.tables import set_column_widths

YEARS_OFFERED = 8
SOURCES = frozenset({Change.MEMBERS, Change.BRANCHES, Change.MEETINGS, Change.COURSES,
                     Change.UNITS, Change.SYNC, Change.EVALUATIONS})
"""What the pre-filled figures are computed from, and the packages that bring sets."""
FROM_REGISTER = QT_TRANSLATE_NOOP("EvaluationPage", "từ sổ")
ENTERED = QT_TRANSLATE_NOOP("EvaluationPage", "nhập")


def figure_text(criterion: ScoredCriterion) -> str:
    """Write a criterion's register figure as the page and the guide show it."""
    if criterion.figure_key is None:
        return ""
    if criterion.figure is None:
        return QCoreApplication.translate("EvaluationPage", "sổ chưa có số")
    if criterion.figure_key in PERCENT_FIGURES:
        return percent(criterion.figure)
    return number(round(criterion.figure))


@dataclass(frozen=True)
class _Loaded:
    units: list[EvaluatedUnit]
    view: EvaluationView | None
    history: list[HistoryRow]
    communes: list[CommuneEvaluationRow]
    #: The saved row's version when the saved points were read (not while typing).
    version: int | None = None
    fresh: bool = False


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    return table


class EvaluationPage(QWidget):
    """Fill the year's evaluation of the commune or a branch; at an upper level, list them."""

    CRITERIA_HEADERS = (
        QT_TRANSLATE_NOOP("EvaluationPage", "Mã"),
        QT_TRANSLATE_NOOP("EvaluationPage", "Tiêu chí"),
        QT_TRANSLATE_NOOP("EvaluationPage", "Số liệu"),
        QT_TRANSLATE_NOOP("EvaluationPage", "Nguồn"),
        QT_TRANSLATE_NOOP("EvaluationPage", "Tối đa"),
        QT_TRANSLATE_NOOP("EvaluationPage", "Điểm"),
    )

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.today = today or dt.date.today()
        self.read_only = site.is_upper
        self.loaded: _Loaded | None = None
        self.view: EvaluationView | None = None
        self._seen: int | None = None  # the saved version the points on screen came from
        self._request = 0
        self._filling = False

        heading = QLabel(self.tr("<b>Đánh giá, xếp loại cơ sở Hội</b>"))
        self.year = QComboBox()
        for year in range(self.today.year, self.today.year - YEARS_OFFERED, -1):
            self.year.addItem(str(year), year)
        self.unit = QComboBox()
        self.unit.setMinimumWidth(220)
        self.unit.setToolTip(self.tr("Đánh giá cả xã hoặc một chi hội"))
        self.save_button = QPushButton(self.tr("&Lưu đánh giá"))
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.publish_button = QPushButton(self.tr("Gửi bộ tiêu chí…"))
        self.publish_button.setToolTip(self.tr(
            "Gửi bộ tiêu chí (tệp JSON, xem hướng dẫn) cho các xã trong gói dữ liệu tới"))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        if not site.is_upper:
            unit_label = QLabel(self.tr("Đơn &vị:"))
            unit_label.setBuddy(self.unit)
            top.addWidget(unit_label)
            top.addWidget(self.unit)
        year_label = QLabel(self.tr("&Năm:"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.publish_button if site.is_upper else self.save_button)
        top.addWidget(self.refresh_button)

        self.set_label = QLabel()
        self.set_label.setTextFormat(Qt.TextFormat.PlainText)
        self.set_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(f"color: {MUTED};")

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.set_label)

        self.criteria = _table([self.tr(h) for h in self.CRITERIA_HEADERS])
        header = self.criteria.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        set_column_widths(self.criteria, {0: 48, 2: 110, 3: 70, 4: 64, 5: 80})
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setStyleSheet("font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.history = _table([self.tr("Năm"), self.tr("Điểm"), self.tr("Xếp loại"),
                               self.tr("Bộ tiêu chí"), self.tr("Ngày lưu")])
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnWidth(2, 230)
        self.history.setMaximumHeight(150)

        self.communes = _table([self.tr("Mã"), self.tr("Xã"), self.tr("Điểm"),
                                self.tr("Xếp loại"), self.tr("Bộ tiêu chí"),
                                self.tr("Chi hội đã chấm"), self.tr("Ngày lưu")])
        self.communes.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.communes.setColumnWidth(1, 220)
        self.communes.setColumnWidth(3, 230)
        if site.is_upper:
            note = QLabel(self.tr(
                "Bản tự đánh giá các xã gửi lên trong gói dữ liệu; ở đây chỉ xem. "
                "Bộ tiêu chí gửi xuống các xã bằng nút «Gửi bộ tiêu chí…»."))
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {MUTED};")
            layout.addWidget(note)
            layout.addWidget(self.communes, 1)
            self.set_label.hide()
        else:
            layout.addWidget(self.criteria, 1)
            layout.addWidget(self.result)
            layout.addWidget(self.explanation)
            layout.addWidget(QLabel(self.tr("Các năm đã lưu:")))
            layout.addWidget(self.history)
        layout.addWidget(self.status)

        self.year.currentIndexChanged.connect(lambda _index: self.refresh())
        self.unit.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.publish_button.clicked.connect(lambda: self.publish_set())  # noqa: PLW0108
        tasks.follow(self, SOURCES, self.refresh)

    # Reading ----------------------------------------------------------------------------

    def selected_year(self) -> int:
        """Return the year chosen."""
        return int(self.year.currentData())

    def selected_unit(self) -> str | None:
        """Return the unit chosen (None before the list is read: the commune)."""
        data = self.unit.currentData()
        return str(data) if data else None

    def load(self) -> None:
        """Fill the page the first time it is shown."""
        self.refresh()

    def refresh(self, entered: dict[str, int] | None = None) -> None:
        """Read the evaluation (or, at an upper level, the communes' ones) again."""
        if self._filling:
            return
        self._request += 1
        request = self._request
        year, today = self.selected_year(), self.today
        unit_id = self.selected_unit() or self.site.unit_id
        upper = self.site.is_upper

        def read(session: Session) -> _Loaded:
            if upper:
                return _Loaded([], None, [], communes_evaluations(session, year))
            return _Loaded(evaluated_units(session),
                           evaluation_view(session, unit_id, year, today, entered),
                           evaluation_history(session, unit_id), [],
                           saved_version(session, unit_id, year), entered is None)

        def done(loaded: _Loaded) -> None:
            if request == self._request:
                self.show_loaded(loaded)

        self.tasks.query(self, self.database, read, done=done, problem=self.status.setText)

    def show_loaded(self, loaded: _Loaded) -> None:
        """Put what was read on screen."""
        self.loaded = loaded
        self._filling = True
        try:
            if self.unit.count() != len(loaded.units):
                chosen = self.selected_unit()
                self.unit.clear()
                for unit in loaded.units:
                    label = (self.tr("Cả xã — {name}").format(name=unit.name) if unit.is_commune
                             else unit.name)
                    self.unit.addItem(label, unit.unit_id)
                if chosen is not None:
                    self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
            if loaded.view is not None:
                if loaded.fresh:
                    self._seen = loaded.version  # what a save must find to replace
                self._show_view(loaded.view)
            self._show_history(loaded.history)
            self._show_communes(loaded.communes)
        finally:
            self._filling = False

    def _show_view(self, view: EvaluationView) -> None:
        self.view = view
        example = self.tr(" — bộ tiêu chí ví dụ kèm chương trình; cấp trên chưa gửi bộ "
                          "tiêu chí cho năm này") if view.set_example else ""
        self.set_label.setText(self.tr("Bộ tiêu chí: {name} (lần {edition}){example}").format(
            name=view.set_name, edition=view.set_edition, example=example))
        self.criteria.setRowCount(len(view.criteria))
        for row, criterion in enumerate(view.criteria):
            self.criteria.setItem(row, 0, _item(criterion.code))
            self.criteria.setItem(row, 1, _item(criterion.text))
            figure = _item(figure_text(criterion), right=True)
            if criterion.figure_label:
                figure.setToolTip(criterion.figure_label)
            self.criteria.setItem(row, 2, figure)
            source = self.tr(FROM_REGISTER) if criterion.from_register else self.tr(ENTERED)
            self.criteria.setItem(row, 3, _item(source))
            self.criteria.setItem(row, 4, _item(str(criterion.max_points), right=True))
            # The box the person is typing in is kept, not rebuilt under her cursor.
            spin = self.criteria.cellWidget(row, 5)
            if not isinstance(spin, QSpinBox) or spin.property("code") != criterion.code:
                spin = QSpinBox()
                spin.setProperty("code", criterion.code)
                spin.setAccessibleName(
                    self.tr("Điểm tiêu chí {code}").format(code=criterion.code))
                spin.valueChanged.connect(lambda _value: self._points_changed())
                self.criteria.setCellWidget(row, 5, spin)
            spin.setRange(0, criterion.max_points)
            spin.setValue(criterion.points)
            spin.setEnabled(not self.read_only)
        self.criteria.resizeRowsToContents()
        self.result.setText(self.tr("Tổng: {total}/{most} điểm — {label}").format(
            total=view.total, most=view.max_total, label=self.tr(view.class_label)))
        lost = explanation_lines(view)[:-1]
        self.explanation.setText("\n".join(lost) if lost else self.tr(
            "Không tiêu chí nào bị trừ điểm."))
        saved = (self.tr("Đã lưu ngày {day}.").format(day=format_date(view.saved_on))
                 if view.saved_on else self.tr("Chưa lưu đánh giá năm này."))
        self.status.setText(saved)
        self.save_button.setEnabled(not self.read_only)

    def _show_history(self, rows: list[HistoryRow]) -> None:
        self.history.setRowCount(len(rows))
        for row, item in enumerate(rows):
            self.history.setItem(row, 0, _item(str(item.year)))
            self.history.setItem(row, 1, _item(f"{item.total}/{item.max_total}", right=True))
            self.history.setItem(row, 2, _item(self.tr(item.class_label)))
            self.history.setItem(row, 3, _item(item.set_name))
            self.history.setItem(row, 4, _item(format_date(item.filled_on)))

    def _show_communes(self, rows: list[CommuneEvaluationRow]) -> None:
        if not self.site.is_upper:
            return
        self.communes.setRowCount(len(rows))
        for row, item in enumerate(rows):
            set_name = item.set_name
            if item.set_example and "ví dụ" not in set_name:
                set_name += self.tr(" (ví dụ)")
            for column, (text, right) in enumerate((
                (item.commune_code, False), (item.commune_name, False),
                (f"{item.total}/{item.max_total}", True), (self.tr(item.class_label), False),
                (set_name, False), (str(item.branches_evaluated), True),
                (format_date(item.filled_on), False),
            )):
                self.communes.setItem(row, column, _item(text, right=right))
        self.status.setText(
            self.tr("{count} xã đã gửi bản tự đánh giá năm {year}.").format(
                count=len(rows), year=self.selected_year()) if rows
            else self.tr("Chưa xã nào gửi bản tự đánh giá năm {year}.").format(
                year=self.selected_year()))

    # Filling ----------------------------------------------------------------------------

    def entered_points(self) -> dict[str, int]:
        """Return the points on screen that are not the register's own.

        A pre-filled criterion left at the register's value is not sent, so it keeps
        following the register; changed, it counts as entered.
        """
        if self.view is None:
            return {}
        entered: dict[str, int] = {}
        for row, criterion in enumerate(self.view.criteria):
            spin = self.criteria.cellWidget(row, 5)
            assert isinstance(spin, QSpinBox)
            if not criterion.from_register or spin.value() != criterion.points:
                entered[criterion.code] = spin.value()
        return entered

    def _points_changed(self) -> None:
        if not self._filling:
            self.refresh(self.entered_points())

    def set_points(self, code: str, points: int) -> None:
        """Set one criterion's points as a person would in its box."""
        assert self.view is not None
        row = [c.code for c in self.view.criteria].index(code)
        spin = self.criteria.cellWidget(row, 5)
        assert isinstance(spin, QSpinBox)
        spin.setValue(points)

    def save(self) -> None:
        """Save the evaluation on screen for the chosen unit and year."""
        if self.read_only or self.view is None:
            return
        unit_id, year, today = self.view.unit_id, self.view.year, self.today
        entered, seen, mine = self.entered_points(), self._seen, self.view

        def write(session: Session) -> tuple[EvaluationView, int | None]:
            view = save_evaluation(session, unit_id, year, entered, today, seen=seen)
            return view, saved_version(session, unit_id, year)

        def done(result: tuple[EvaluationView, int | None]) -> None:
            view, self._seen = result
            self.status.setText(self.tr("Đã lưu: {label}.").format(
                label=self.tr(view.class_label)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EvaluationConflictError):
                self.status.setText("")  # the comparison says it, with both versions
                self._settle(exc, mine)

        self.tasks.op(self, self.database, write, done=done, changes=(Change.EVALUATIONS,),
                      problem=self.status.setText, failed=failed)

    def _settle(self, exc: EvaluationConflictError, mine: EvaluationView) -> None:
        """Someone saved the same year meanwhile: her points beside theirs, she chooses."""
        fields = [ComparedField(f"{c.code}. {c.text}", str(c.points),
                                str(exc.stored_points.get(c.code, "")))
                  for c in mine.criteria]
        fields.append(ComparedField(self.tr("Xếp loại"), self.tr(mine.class_label),
                                    self.tr(CLASS_LABELS[exc.stored_class])))
        fields.sort(key=lambda field: not field.differs)

        def answer_theirs() -> None:
            self._seen = exc.stored_version

        def take_theirs() -> None:
            answer_theirs()
            self.refresh()  # the saved points, read again

        settle_conflict(self, self.tr("bản đánh giá năm {year} của {name}").format(
            year=mine.year, name=mine.unit_name), fields, take_theirs=take_theirs,
            answer_theirs=answer_theirs, keep_mine=self.save)

    def publish_set(self, path: Path | None = None) -> None:
        """Send a criteria set (a JSON file) to the communes, for the chosen year."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Chọn tệp bộ tiêu chí"), "", self.tr("Bộ tiêu chí (*.json)"))
            if not chosen:
                return
            path = Path(chosen)
        year, today = self.selected_year(), self.today
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            self.status.setText(self.tr("Không đọc được {name}: cần tệp JSON UTF-8.").format(
                name=path.name))
            return

        def write(session: Session) -> CriteriaSet:
            return publish_set(session, raw, year, today)

        def done(published: CriteriaSet) -> None:
            self.status.setText(self.tr(
                "Đã gửi «{name}» năm {year} (lần {edition}); các xã nhận ở gói tới.").format(
                    name=published.name, year=published.year, edition=published.edition))

        self.tasks.op(self, self.database, write, done=done, changes=(Change.EVALUATIONS,),
                      problem=self.status.setText)

    def set_read_only(self, read_only: bool) -> None:
        """Hide saving (a chỉ xem account, or an upper level) and publishing."""
        self.read_only = read_only or self.site.is_upper
        self.save_button.setVisible(not self.read_only)
        self.publish_button.setVisible(self.site.is_upper and not read_only)
        for row in range(self.criteria.rowCount()):
            widget = self.criteria.cellWidget(row, 5)
            if widget is not None:
                widget.setEnabled(not self.read_only)
