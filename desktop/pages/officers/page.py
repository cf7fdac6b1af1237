"""The officers page (Cán bộ): who holds which post, who meets her title's standard.

The list answers the questions Đề án 1893 asks every year: how many officers there are,
how many meet the standard of their title and who has not been trained this year. A
selected officer's detail shows her posts, her qualifications, the standard rules she
meets or misses (in the rules' own words) and the topics she asked to be trained in.

The page holds only plain dataclasses from :mod:`db.officers`; every change goes to the
single database writer (:class:`desktop.tasks.TaskRunner`) and is read back afterwards.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.errors import UserError
from db.officers import (
    TITLE_LABELS,
    NeedRow,
    OfficerRow,
    PostRow,
    QualificationRow,
    StandardResult,
    delete_post,
    delete_qualification,
    evaluate_standard,
    list_officers,
    needs_of,
    posts_of,
    qualifications_of,
    remove_need,
)
from db.site import SiteInfo
from db.text import sort_key
from db.validation import PartialDate
from desktop import formatting
from desktop.error_text import error_text
from desktop.pages.officers.dialogs import (
    EndPostDialog,
    NeedDialog,
    PostDialog,
    QualificationDialog,
    StandardsDialog,
)
from desktop.tasks import Change, TaskRunner
from desktop.widgets.messages import confirm, show_problem
from desktop.widgets.tables import fit_columns_from_sample

log = logging.getLogger(__name__)

RED = QColor("#b3261e")
GREEN = QColor("#1b5e20")
SEARCH_DELAY_MS = 200


@dataclass(frozen=True)
class OfficerDetail:
    """Everything the detail panel shows about one person, read in one go."""

    posts: tuple[PostRow, ...]
    qualifications: tuple[QualificationRow, ...]
    standard: StandardResult
    needs: tuple[NeedRow, ...]


class Column:
    """Columns of the officers table."""

    NAME, TITLES, FULL_TIME, STANDARD, TRAINED = range(5)


def _table(headers: Sequence[str], stretch: int) -> QTableWidget:
    """Return a read-only table that selects whole rows."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_columns_from_sample(table)
    return table


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for number, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(number, column, _item(value))


class OfficersPage(QWidget):
    """Officers of the commune with their standard and training, and their details."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.site, self.tasks = database, site, tasks
        self._today = today
        self._generation = 0
        self._detail_generation = 0
        self._loaded = False
        tasks.follow(self, {Change.OFFICERS, Change.MEMBERS, Change.BRANCHES, Change.COURSES,
                            Change.SYNC}, self._changed_elsewhere)
        self.rows: list[OfficerRow] = []
        self.current: OfficerRow | None = None
        self.detail: OfficerDetail | None = None
        self.dialog: QDialog | None = None
        self.read_only = False

        self.title_filter = QComboBox()
        self.title_filter.addItem(self.tr("Tất cả chức danh"), None)
        for value, label in TITLE_LABELS.items():
            self.title_filter.addItem(self.tr(label), str(value))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.assign_button = QPushButton(self.tr("&Giao chức danh…"))
        self.standards_button = QPushButton(self.tr("Tiêu chuẩn chức &danh…"))

        self.table = _table([self.tr("Họ và tên"), self.tr("Chức danh"), self.tr("Chuyên trách"),
                             self.tr("Đạt chuẩn"), self.tr("Bồi dưỡng {year}").format(
                                 year=self.today.year)],
                            Column.TITLES)
        self.table.horizontalHeaderItem(Column.TRAINED).setToolTip(  # type: ignore[union-attr]
            self.tr("Đã được bồi dưỡng ít nhất một nội dung trong năm"))
        self.table.horizontalHeader().setSectionResizeMode(
            Column.NAME, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(Column.NAME, 180)
        self.count = QLabel()
        self.count.setWordWrap(True)  # under the list: a longer translation wraps
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.heading = QLabel(self.tr("Chọn một cán bộ trong danh sách để xem chi tiết."))
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.posts_table = _table([self.tr("Chức danh"), self.tr("Đơn vị"), self.tr("Chế độ"),
                                   self.tr("Từ ngày"), self.tr("Đến ngày"),
                                   self.tr("Quyết định")], 1)
        self.add_post_button = QPushButton(self.tr("Thêm chức danh…"))
        self.end_post_button = QPushButton(self.tr("Thôi giữ chức…"))
        self.delete_post_button = QPushButton(self.tr("Xóa (nhập nhầm)"))
        self.qualifications_table = _table([self.tr("Loại"), self.tr("Trình độ"),
                                            self.tr("Ngày cấp"), self.tr("Nơi cấp"),
                                            self.tr("Số văn bằng")], 1)
        self.add_qualification_button = QPushButton(self.tr("Thêm trình độ…"))
        self.delete_qualification_button = QPushButton(self.tr("Xóa"))
        self.standard_label = QLabel()
        self.standard_label.setWordWrap(True)
        self.rules_table = _table([self.tr("Chức danh"), self.tr("Yêu cầu"),
                                   self.tr("Hiện có"), self.tr("Kết quả")], 1)
        self.needs_table = _table([self.tr("Chuyên đề"), self.tr("Ngày đăng ký"),
                                   self.tr("Ghi chú"), self.tr("Tình trạng")], 0)
        self.add_need_button = QPushButton(self.tr("Thêm nhu cầu…"))
        self.remove_need_button = QPushButton(self.tr("Bỏ"))
        self.tabs.addTab(self._tab(self.posts_table, self.add_post_button,
                                   self.end_post_button, self.delete_post_button),
                         self.tr("Chức danh"))
        self.tabs.addTab(self._tab(self.qualifications_table, self.add_qualification_button,
                                   self.delete_qualification_button), self.tr("Trình độ"))
        standard_tab = QWidget()
        standard_layout = QVBoxLayout(standard_tab)
        standard_layout.addWidget(self.standard_label)
        standard_layout.addWidget(self.rules_table, 1)
        self.tabs.addTab(standard_tab, self.tr("Đạt chuẩn"))
        self.tabs.addTab(self._tab(self.needs_table, self.add_need_button,
                                   self.remove_need_button), self.tr("Nhu cầu bồi dưỡng"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Cán bộ Hội</b>")))
        top.addSpacing(16)
        caption = QLabel(self.tr("&Chức danh:"))
        caption.setBuddy(self.title_filter)
        top.addWidget(caption)
        top.addWidget(self.title_filter)
        top.addWidget(self.search)
        top.addStretch(1)
        top.addWidget(self.assign_button)
        top.addWidget(self.standards_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 500])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.title_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # A header click sorts the list; until then it keeps the order read (by title).
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._read_order: list[OfficerRow] = []
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(False)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.sort_by_column)
        self.assign_button.clicked.connect(partial(self.assign_post, None))
        self.standards_button.clicked.connect(self.edit_standards)
        self.add_post_button.clicked.connect(lambda: self.assign_post(self.current))
        self.end_post_button.clicked.connect(self.end_selected_post)
        self.delete_post_button.clicked.connect(self.delete_selected_post)
        self.add_qualification_button.clicked.connect(self.add_qualification)
        self.delete_qualification_button.clicked.connect(self.delete_selected_qualification)
        self.add_need_button.clicked.connect(self.add_need)
        self.remove_need_button.clicked.connect(self.remove_selected_need)
        for table in (self.posts_table, self.qualifications_table, self.needs_table):
            table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Hide every button that changes posts, qualifications, needs or standards."""
        self.read_only = read_only
        for button in (self.assign_button, self.standards_button, self.add_post_button,
                       self.end_post_button, self.delete_post_button,
                       self.add_qualification_button, self.delete_qualification_button,
                       self.add_need_button, self.remove_need_button):
            button.setVisible(not read_only)

    @staticmethod
    def _tab(table: QTableWidget, *buttons: QPushButton) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    @property
    def today(self) -> dt.date:
        """Return the day whose open posts are shown (fixed in tests and screenshots)."""
        return self._today or dt.date.today()

    # Loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the list the first time the page is shown."""
        self._loaded = True
        self.refresh()

    def _changed_elsewhere(self) -> None:
        """Read again after a change elsewhere (at once on screen, else when next shown)."""
        if self._loaded:
            self.refresh()

    def refresh(self, select: str | None = None, then: Callable[[], None] | None = None) -> None:
        """Read the officers again, keeping (or moving to) a selected person."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        keep = select or (self.current.member_id if self.current else None)
        title = self.title_filter.currentData()
        text, today = self.search.text(), self.today
        database, commune_id = self.database, self.site.unit_id

        def read() -> list[OfficerRow]:
            with database.reading() as session:
                return list_officers(session, commune_id, today,
                                     title=str(title) if title else None, text=text)

        def show(rows: list[OfficerRow]) -> None:
            if generation != self._generation:
                return
            self._show_rows(rows, keep)
            if then is not None:
                then()

        self.tasks.read(read, show, self._report)

    def sort_by_column(self, column: int) -> None:
        """Sort by a column (a header click); a second click on it reverses the order."""
        ascending = Qt.SortOrder.AscendingOrder
        descending = Qt.SortOrder.DescendingOrder
        order = (descending if self._order == (column, ascending) else ascending)
        self._order = (column, order)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self._show_rows(self._read_order, self.current.member_id if self.current else None)

    def _sorted(self, rows: list[OfficerRow]) -> list[OfficerRow]:
        if self._order is None:
            return rows
        column, order = self._order
        position = {id(row): number for number, row in enumerate(rows)}

        def read_order(row: OfficerRow) -> int:
            return position[id(row)]

        keys: dict[int, Callable[[OfficerRow], object]] = {
            Column.NAME: lambda row: sort_key(row.full_name),
            Column.TITLES: read_order,
            Column.FULL_TIME: lambda row: not row.full_time,
            Column.STANDARD: lambda row: (2 if row.meets_standard is None
                                          else 0 if row.meets_standard else 1),
            Column.TRAINED: lambda row: not row.trained_this_year,
        }
        key = keys.get(column, read_order)
        return sorted(rows, key=key,  # type: ignore[arg-type]
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _show_rows(self, rows: list[OfficerRow], keep: str | None) -> None:
        self._read_order = rows
        rows = self._sorted(rows)
        self.rows = rows
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for number, row in enumerate(rows):
            self.table.setItem(number, Column.NAME, _item(row.full_name, row.branch))
            self.table.setItem(number, Column.TITLES, _item(_short_titles(row),
                                                            row.titles_text))
            self.table.setItem(number, Column.FULL_TIME,
                               _item(self.tr("Có") if row.full_time else ""))
            if row.meets_standard is None:
                standard = _item("—", self.tr("Chức danh này chưa có tiêu chuẩn"))
            elif row.meets_standard:
                standard = _item(self.tr("Đạt"))
            else:
                standard = _item(self.tr("Chưa đạt"), self.tr("Còn thiếu: {missing}").format(
                    missing="; ".join(row.missing)))
                standard.setForeground(QBrush(RED))
                standard.setFont(bold)
            self.table.setItem(number, Column.STANDARD, standard)
            trained = _item(self.tr("Có") if row.trained_this_year else self.tr("Chưa"))
            if not row.trained_this_year:
                trained.setForeground(QBrush(RED))
            self.table.setItem(number, Column.TRAINED, trained)
        self.table.blockSignals(False)
        self._show_count()
        index = next((i for i, row in enumerate(rows) if row.member_id == keep), -1)
        if index >= 0:
            self.table.selectRow(index)  # reads her details (selection signal)
        else:
            self._detail_generation += 1
            self._show_detail(None, None)

    def _show_count(self) -> None:
        rows = self.rows
        if not rows:
            filtered = self.search.text().strip() or self.title_filter.currentData()
            self.count.setText(self.tr("Không có cán bộ nào khớp với điều kiện lọc.")
                               if filtered else
                               self.tr("Chưa có cán bộ nào. Bấm «Giao chức danh…» để ghi "
                                       "chức danh cho hội viên."))
            return
        meeting = sum(1 for row in rows if row.meets_standard)
        untrained = sum(1 for row in rows if not row.trained_this_year)
        self.count.setText(self.tr(
            "{count} cán bộ · {meeting} đạt chuẩn · {untrained} chưa được bồi dưỡng năm {year}"
        ).format(count=formatting.number(len(rows)), meeting=formatting.number(meeting),
                 untrained=formatting.number(untrained), year=self.today.year))

    # The selected officer ---------------------------------------------------------------

    def select_member(self, member_id: str) -> bool:
        """Select a person's row; tell whether she is in the list."""
        index = next((i for i, row in enumerate(self.rows) if row.member_id == member_id), -1)
        if index < 0:
            return False
        self.table.selectRow(index)
        self.table.scrollTo(self.table.model().index(index, 0))
        return True

    def row_of(self, member_id: str) -> OfficerRow | None:
        """Return the listed row of a person, if she is listed."""
        return next((row for row in self.rows if row.member_id == member_id), None)

    def _selection_changed(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        row = self.rows[selected[0].row()] if selected else None
        if row is None:
            self._detail_generation += 1
            self._show_detail(None, None)
            return
        member_id, today, database = row.member_id, self.today, self.database

        def read() -> OfficerDetail:
            with database.reading() as session:
                return OfficerDetail(
                    tuple(posts_of(session, member_id)),
                    tuple(qualifications_of(session, member_id)),
                    evaluate_standard(session, member_id, today),
                    tuple(needs_of(session, member_id)),
                )

        self._detail_generation += 1
        generation = self._detail_generation

        def show(detail: OfficerDetail) -> None:
            if generation == self._detail_generation:  # else another person was chosen
                self._show_detail(row, detail)

        self.current = row
        self.tasks.read(read, show, self._report)

    def _show_detail(self, row: OfficerRow | None, detail: OfficerDetail | None) -> None:
        self.current, self.detail = row, detail
        if row is None or detail is None:
            self.heading.setText(self.tr("Chọn một cán bộ trong danh sách để xem chi tiết."))
            for table in (self.posts_table, self.qualifications_table, self.rules_table,
                          self.needs_table):
                table.setRowCount(0)
            self.standard_label.clear()
            self._update_buttons()
            return
        born = PartialDate.from_iso(row.birth_date).display() if row.birth_date else ""
        # Names come from the register and from communes' packages: text, never markup.
        parts = [f"<b>{html.escape(row.full_name)}</b>"]
        if born:
            parts.append(self.tr("sinh {born}").format(born=html.escape(born)))
        if row.branch:
            parts.append(html.escape(row.branch))
        self.heading.setText(" · ".join(parts))
        _fill(self.posts_table, [
            (self.tr(p.title_label), p.unit_name, self.tr(p.employment_label),
             formatting.date(p.start_on),
             formatting.date(p.end_on) or self.tr("đang giữ"), p.decision or "")
            for p in detail.posts
        ])
        _fill(self.qualifications_table, [
            (self.tr(q.kind_label), q.level, formatting.date(q.obtained_on), q.issuer or "",
             q.certificate_number or "") for q in detail.qualifications
        ])
        result = detail.standard
        if result.meets is None:
            self.standard_label.setText(self.tr("Các chức danh đang giữ chưa có tiêu chuẩn về "
                                                "trình độ."))
        elif result.meets:
            self.standard_label.setText(self.tr("<b style='color:#1b5e20'>Đạt chuẩn</b> "
                                                "chức danh đang giữ."))
        else:
            self.standard_label.setText(self.tr(
                "<b style='color:#b3261e'>Chưa đạt chuẩn.</b> Còn thiếu: {missing}."
            ).format(missing="; ".join(result.missing)))
        _fill(self.rules_table, [
            (rule.title_label, rule.description, rule.best_level or self.tr("chưa có"),
             self.tr("Đạt") if rule.met else self.tr("Chưa đạt")) for rule in result.rules
        ])
        for number, rule in enumerate(result.rules):
            item = self.rules_table.item(number, 3)
            if item is not None:
                item.setForeground(QBrush(GREEN if rule.met else RED))
        _fill(self.needs_table, [
            (need.topic_name, formatting.date(need.registered_on), need.note or "",
             self.tr("Đã được bồi dưỡng") if need.met else self.tr("Chưa đáp ứng"))
            for need in detail.needs
        ])
        self._update_buttons()

    def _selected_index(self, table: QTableWidget) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        detail = self.detail
        has = detail is not None
        post = self._selected_index(self.posts_table)
        for button in (self.add_post_button, self.add_qualification_button,
                       self.add_need_button):
            button.setEnabled(has)
        self.end_post_button.setEnabled(
            has and post >= 0 and detail is not None and detail.posts[post].end_on is None)
        self.delete_post_button.setEnabled(has and post >= 0)
        self.delete_qualification_button.setEnabled(
            has and self._selected_index(self.qualifications_table) >= 0)
        self.remove_need_button.setEnabled(has and self._selected_index(self.needs_table) >= 0)

    # What the person does ---------------------------------------------------------------

    def _open(self, dialog: QDialog, select: str | None = None) -> QDialog:
        """Open a form over the page (window-modal) and read again once it is saved."""
        keep = select or (self.current.member_id if self.current else None)
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(lambda _key: self.refresh(
                select=getattr(dialog, "member_id", None) or keep))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def assign_post(self, row: OfficerRow | None = None) -> PostDialog:
        """Open the form to give a post to a member (found by name, or this officer)."""
        dialog = PostDialog(
            self.database, self.site, self.tasks, member_id=row.member_id if row else None,
            member_name=row.full_name if row else "", today=self.today, parent=self)
        self._open(dialog, row.member_id if row else None)
        return dialog

    def end_selected_post(self) -> EndPostDialog | None:
        """Ask the day the selected post ended and store it."""
        index = self._selected_index(self.posts_table)
        if self.detail is None or self.current is None or index < 0:
            return None
        post = self.detail.posts[index]
        dialog = EndPostDialog(self.database, self.tasks, post.id, self.tr(
            "{name} thôi giữ chức {title} ({unit}) từ ngày:").format(
            name=self.current.full_name, title=self.tr(post.title_label), unit=post.unit_name),
            self.today, self)
        self._open(dialog)
        return dialog

    def delete_selected_post(self) -> None:
        """Delete a post entered by mistake, after asking."""
        index = self._selected_index(self.posts_table)
        if self.detail is None or index < 0:
            return
        post = self.detail.posts[index]
        if confirm(self, self.tr("Xóa chức danh"), self.tr(
                "Xóa chức danh {title} ({unit})? Chỉ xóa khi nhập nhầm; người thôi giữ chức "
                "thì dùng «Thôi giữ chức…» để giữ lại lịch sử.").format(
                title=post.title_label, unit=post.unit_name), self.tr("Xóa")):
            self._write(lambda session: delete_post(session, post.id))

    def add_qualification(self) -> QualificationDialog | None:
        """Open the form to record a qualification of the selected officer."""
        if self.current is None:
            return None
        dialog = QualificationDialog(self.database, self.tasks, self.current.member_id,
                                     self.current.full_name, self.today, self)
        self._open(dialog)
        return dialog

    def delete_selected_qualification(self) -> None:
        """Delete the selected qualification, after asking."""
        index = self._selected_index(self.qualifications_table)
        if self.detail is None or index < 0:
            return
        row = self.detail.qualifications[index]
        if confirm(self, self.tr("Xóa trình độ"), self.tr("Xóa trình độ {kind}: {level}?")
                   .format(kind=row.kind_label, level=row.level), self.tr("Xóa")):
            self._write(lambda session: delete_qualification(session, row.id))

    def add_need(self) -> NeedDialog | None:
        """Open the form to record a topic the selected officer asked for."""
        if self.current is None:
            return None
        dialog = NeedDialog(self.database, self.tasks, self.current.member_id,
                            self.current.full_name, self.today, self)
        self._open(dialog)
        return dialog

    def remove_selected_need(self) -> None:
        """Remove the selected training need, after asking."""
        index = self._selected_index(self.needs_table)
        if self.detail is None or index < 0:
            return
        need = self.detail.needs[index]
        if confirm(self, self.tr("Bỏ nhu cầu bồi dưỡng"), self.tr(
                "Bỏ nhu cầu bồi dưỡng chuyên đề “{topic}”?").format(topic=need.topic_name),
                self.tr("Bỏ")):
            self._write(lambda session: remove_need(session, need.id))

    def edit_standards(self) -> StandardsDialog:
        """Open the table of title standards; evaluations are redone after each change."""
        dialog = StandardsDialog(self.database, self.tasks, self)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    # Inside ---------------------------------------------------------------------------

    def _write(self, change: Callable[..., None]) -> None:
        if self.read_only:
            return
        database = self.database

        def work() -> None:
            with database.transaction() as session:
                change(session)

        self.tasks.write(work, lambda _result: self.refresh(), self._failed)

    def _failed(self, exc: BaseException, details: str) -> None:
        self._report(exc, details)
        self.refresh()

    def _report(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            show_problem(self, error_text(exc))
        elif self.tasks.on_unhandled is not None:
            self.tasks.on_unhandled(exc, details)
        else:
            log.error("officers page: unexpected %s", type(exc).__name__)
            show_problem(self, self.tr("Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu "
                                       "không bị ảnh hưởng."))


def _short_titles(row: OfficerRow) -> str:
    """Join her open posts briefly: "Chi hội trưởng (Thôn Đông)", "UV BCH".

    The list column is narrow; the full wording is in the tooltip and the detail panel.
    """
    short = {"standing_committee": "UV BTV", "executive_committee": "UV BCH"}
    parts = []
    for post in row.posts:
        label = short.get(post.title, post.title_label)
        if post.unit_name.startswith("Chi hội ") and post.title != "staff":
            label += f" ({post.unit_name.removeprefix('Chi hội ')})"
        parts.append(label)
    return "; ".join(parts)
