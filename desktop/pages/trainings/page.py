"""The trainings page (Tập huấn): courses, their people, attendance per session, sheets.

Top: the courses of the chosen year, the commune's own and the upper level's (those
its people attended). Below, the selected course: its information (topics, trainers,
funding) and its people, with one tick box per session and a "Hoàn thành" column;
every tick is saved at once through the single writer. Courses of the upper level are
shown read-only: they belong to the office that organised them (docs/ARCHITECTURE.md §6).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.scope import WHOLE
from db.site import SiteInfo
from db.trainings import (
    COURSE_STATUS_LABELS,
    CourseDetail,
    CourseDraft,
    CourseFilter,
    CourseRow,
    ParticipantRow,
    add_participants,
    cancel_course,
    complete_by_attendance,
    course_detail,
    course_draft,
    course_sheet_data,
    course_years,
    delete_course,
    list_courses,
    list_topics,
    participants,
    remove_participant,
    set_completed,
    set_session_attendance,
    update_course,
)
from desktop.formatting import date as format_date
from desktop.formatting import money
from desktop.models.row_table import RowTableModel
from desktop.session_user import SessionUser
from desktop.tasks import Change, TaskRunner
from desktop.widgets.commune_filter import CommuneFilter
from desktop.widgets.pdf_preview import print_folder
from desktop.widgets.tables import set_column_widths, set_up_list_table
from desktop.widgets.undo_save import LastSaveBar

Index = QModelIndex | QPersistentModelIndex
_CHECKED = Qt.CheckState.Checked.value


class CourseTableModel(RowTableModel):
    """The courses of a year, newest first."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("CourseTableModel", "Lớp")),
        str(QT_TRANSLATE_NOOP("CourseTableModel", "Cấp tổ chức")),
        str(QT_TRANSLATE_NOOP("CourseTableModel", "Từ ngày")),
        str(QT_TRANSLATE_NOOP("CourseTableModel", "Đến ngày")),
        str(QT_TRANSLATE_NOOP("CourseTableModel", "Học viên")),
        str(QT_TRANSLATE_NOOP("CourseTableModel", "Hoàn thành")),
        str(QT_TRANSLATE_NOOP("CourseTableModel", "Kinh phí")),
    )

    def row_at(self, row: int) -> CourseRow | None:
        """Return the course shown at ``row``."""
        found: CourseRow | None = super().row_at(row)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, alignment and (for cancelled or read-only courses) colour."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled":
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.organiser_name} · {self.tr(row.status_label)}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            suffix = self.tr(" (đã hủy)") if row.status == "cancelled" else ""
            return row.title + suffix
        if column == 1:
            return self.tr(row.level_label)
        values = (
            "", row.level_label, format_date(row.start_on), format_date(row.end_on),
            str(row.participants), str(row.completed),
            money(row.funding_total) if row.funding_total else "",
        )
        return values[column]


class ParticipantTableModel(QAbstractTableModel):
    """A course's people: snapshot columns, one tick per session, then the result."""

    FIXED = (
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Họ và tên")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Năm sinh")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Chi hội / đơn vị")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Chức danh")),
    )
    attendance_changed = Signal(str, int, bool)
    completed_changed = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._present: list[set[int]] = []
        self._completed: list[bool] = []
        self.sessions = 0
        self.editable = False

    def set_rows(self, rows: Sequence[ParticipantRow], sessions: int, editable: bool) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._rows = list(rows)
        self._present = [set(r.present_sessions) for r in rows]
        self._completed = [r.completed for r in rows]
        self.sessions = sessions
        self.editable = editable
        self.endResetModel()

    def rows(self) -> list[ParticipantRow]:
        """Return the people shown (as read; ticks since then are in the model)."""
        return list(self._rows)

    @property
    def completed_column(self) -> int:
        """Return the column of the "Hoàn thành" tick."""
        return len(self.FIXED) + self.sessions

    def session_column(self, number: int) -> int:
        """Return the column of session ``number`` (from 1)."""
        return len(self.FIXED) + number - 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of people."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the columns: four texts, the sessions, the result, the certificate."""
        return 0 if parent.isValid() else len(self.FIXED) + self.sessions + 2

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles ("Buổi 1" … for the sessions)."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(self.FIXED):
            return self.tr(self.FIXED[section])
        if section < self.completed_column:
            return self.tr("Buổi {n}").format(n=section - len(self.FIXED) + 1)
        if section == self.completed_column:
            return self.tr("Hoàn thành")
        return self.tr("Số GCN")

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Tick boxes are checkable where this office owns the course."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if len(self.FIXED) <= column <= self.completed_column:
            base |= Qt.ItemFlag.ItemIsUserCheckable
            if not self.editable:
                base &= ~Qt.ItemFlag.ItemIsEnabled
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text or tick."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, person, column = index.row(), self._rows[index.row()], index.column()
        if column < len(self.FIXED):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return (person.full_name, (person.birth_date or "")[:4],
                    person.unit.removeprefix("Chi hội "), person.title)[column]
        if column < self.completed_column:
            if role == Qt.ItemDataRole.CheckStateRole:
                number = column - len(self.FIXED) + 1
                return (Qt.CheckState.Checked if number in self._present[row]
                        else Qt.CheckState.Unchecked)
            return None
        if column == self.completed_column:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if self._completed[row]
                        else Qt.CheckState.Unchecked)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return person.certificate_number or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Tick or untick a session or the result, and tell the page to save it."""
        if role != Qt.ItemDataRole.CheckStateRole or not self.editable or not index.isValid():
            return False
        row, column = index.row(), index.column()
        checked = value in (Qt.CheckState.Checked, _CHECKED)
        person = self._rows[row]
        if len(self.FIXED) <= column < self.completed_column:
            number = column - len(self.FIXED) + 1
            if checked:
                self._present[row].add(number)
            else:
                self._present[row].discard(number)
            self.dataChanged.emit(index, index, [role])
            self.attendance_changed.emit(person.participation_id, number, checked)
            return True
        if column == self.completed_column:
            self._completed[row] = checked
            self.dataChanged.emit(index, index, [role])
            self.completed_changed.emit(person.participation_id, checked)
            return True
        return False

    def present_count(self, row: int) -> int:
        """Return the sessions ticked for the person at ``row``."""
        return len(self._present[row])

    def completed_at(self, row: int) -> bool:
        """Return whether the person at ``row`` is ticked as completed."""
        return self._completed[row]


@dataclass(frozen=True)
class _CourseRead:
    """What selecting a course reads in one go: its details, people and the topics."""

    detail: CourseDetail
    people: list[ParticipantRow]
    topics: dict[str, Any]


class TrainingsPage(QWidget):
    """Training courses with their people, attendance per session and sheets."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.current: CourseRow | None = None
        self.detail: CourseDetail | None = None
        self._list_request = 0
        self._course_request = 0
        self._selecting = False
        self.last_save = LastSaveBar()
        self.read_only = False
        self.scope = WHOLE
        """Whose trainings: a branch leader sees her own members' places only."""
        self.year = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Mọi tình trạng"), None)
        for code, status_label in COURSE_STATUS_LABELS.items():
            self.status.addItem(self.tr(status_label), code)
        self.commune: CommuneFilter | None = None
        if site.is_upper:
            # The province sees every commune's courses (read-only) beside its own.
            self.commune = CommuneFilter(self)
            self.commune.setObjectName("commune_filter")
            self.commune.load(database)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên lớp…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Lớp mới…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.cancel_button = QPushButton(self.tr("Hủy lớp"))
        self.courses = CourseTableModel(self)
        self.course_table = QTableView()
        self.course_table.setModel(self.courses)
        set_up_list_table(self.course_table)
        header = self.course_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        set_column_widths(self.course_table, {1: 90, 2: 95, 3: 95, 4: 80, 5: 90, 6: 130})
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(
            "background: #eef3fb; border: 1px solid #a8c0e0; padding: 5px; border-radius: 4px"
        )
        self.read_only_note.hide()
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        info_scroll = QScrollArea()
        info_scroll.setWidgetResizable(True)
        info_scroll.setWidget(self.info)
        self.add_members_button = QPushButton(self.tr("Thêm học viên…"))
        self.add_outside_button = QPushButton(self.tr("Thêm người ngoài…"))
        self.remove_button = QPushButton(self.tr("Bỏ khỏi lớp"))
        self.complete_button = QPushButton(self.tr("Tính hoàn thành theo số buổi"))
        self.complete_button.setToolTip(self.tr(
            "Đánh dấu hoàn thành những người có mặt từ 80 % số buổi trở lên"))
        self.people_summary = QLabel()
        self.people = ParticipantTableModel(self)
        self.people_table = QTableView()
        self.people_table.setModel(self.people)
        set_up_list_table(self.people_table)
        self.print_blank = QPushButton(self.tr("In danh sách ký nhận…"))
        self.print_filled = QPushButton(self.tr("In danh sách điểm danh…"))
        filters = QHBoxLayout()
        captions: list[tuple[str, QWidget]] = [(self.tr("Năm"), self.year),
                                                (self.tr("Tình trạng"), self.status)]
        if self.commune is not None:
            captions.append((self.tr("Xã"), self.commune))
        for caption, widget in captions:
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        for button in (self.new_button, self.edit_button, self.cancel_button):
            filters.addWidget(button)
        people_bar = QHBoxLayout()
        for button in (self.add_members_button, self.add_outside_button, self.remove_button,
                       self.complete_button):
            people_bar.addWidget(button)
        people_bar.addStretch(1)
        people_bar.addWidget(self.people_summary)
        people_tab = QWidget()
        people_layout = QVBoxLayout(people_tab)
        people_layout.addLayout(people_bar)
        people_layout.addWidget(self.people_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(info_scroll, self.tr("Thông tin"))
        self.tabs.addTab(people_tab, self.tr("Học viên"))
        heading_bar = QHBoxLayout()
        heading_bar.addWidget(self.heading, 1)
        heading_bar.addWidget(self.print_blank)
        heading_bar.addWidget(self.print_filled)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(heading_bar)
        lower_layout.addWidget(self.read_only_note)
        lower_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.course_table)
        splitter.addWidget(lower)
        splitter.setSizes([230, 470])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.last_save)
        layout.addWidget(splitter, 1)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        if self.commune is not None:
            self.commune.commune_changed.connect(lambda _unit: self.refresh())
        self.course_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current_row_changed(current.row())
        )
        self.course_table.doubleClicked.connect(lambda _index: self.edit_course())
        self.new_button.clicked.connect(self.new_course)
        self.edit_button.clicked.connect(self.edit_course)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.add_members_button.clicked.connect(self.pick_members)
        self.add_outside_button.clicked.connect(self.add_outside)
        self.remove_button.clicked.connect(self.remove_current_person)
        self.complete_button.clicked.connect(self.complete_by_attendance)
        self.print_blank.clicked.connect(lambda: self.print_sheet(blank=True))
        self.print_filled.clicked.connect(lambda: self.print_sheet(blank=False))
        self.people.attendance_changed.connect(self._save_attendance)
        self.people.completed_changed.connect(self._save_completed)
        # Certificates are issued on their own page; the "Số GCN" column and the counts
        # of the course shown here follow at once, not when another course is clicked.
        tasks.follow(self, {Change.CERTIFICATES}, self.refresh)
        self._update_buttons()


    # Loading ------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the page the first time it is shown: the newest year with courses.

        The years are read on the pool; the list is read once they are chosen.
        """

        def done(years: list[int]) -> None:
            self.year.blockSignals(True)
            self.year.clear()
            self.year.addItem(self.tr("Mọi năm"), None)
            for year in years:
                self.year.addItem(str(year), year)
            self.year.setCurrentIndex(1 if years else 0)
            self.year.blockSignals(False)
            self.refresh()

        self.heading.setText(self.tr("Đang tải…"))
        self.tasks.query(self, self.database, course_years, done=done,
                         problem=self.heading.setText)

    def refresh(self, select_id: str | None = None,
                then: Callable[[], None] | None = None) -> None:
        """Read the courses again on the pool, keeping (or moving to) the selected one.

        The list on screen stays usable while the read runs; an answer to a request
        made before the latest one (another filter typed or chosen since) is dropped.
        ``then`` runs once this request's answer is on screen, the selected course's
        people included.
        """
        flt = CourseFilter(year=self.year.currentData(), status=self.status.currentData(),
                           text=self.search.text(),
                           owner_unit_id=self.commune.commune_id() if self.commune else None,
                           scope=self.scope)
        keep = select_id or (self.current.id if self.current else None)
        self._list_request += 1
        request = self._list_request
        if not self.courses.rowCount():
            self.heading.setText(self.tr("Đang tải…"))
        unit_id = self.site.unit_id

        def read(session: Session) -> tuple[list[CourseRow], bool]:
            rows = list_courses(session, unit_id, flt)
            if select_id and all(r.id != select_id for r in rows):
                # A course just saved outside the filter: every year, so it is seen.
                widened = CourseFilter(text=flt.text, scope=flt.scope)
                return list_courses(session, unit_id, widened), True
            return rows, False

        def done(answer: tuple[list[CourseRow], bool]) -> None:
            if request != self._list_request:  # filters changed since: a newer read runs
                return
            rows, widened = answer
            if widened:
                self.year.blockSignals(True)
                self.status.blockSignals(True)
                self.year.setCurrentIndex(0)
                self.status.setCurrentIndex(0)
                self.year.blockSignals(False)
                self.status.blockSignals(False)
            self._show_courses(rows, keep, then)

        self.tasks.query(self, self.database, read, done=done, problem=self.heading.setText)

    def _show_courses(self, rows: list[CourseRow], keep: str | None,
                      then: Callable[[], None] | None = None) -> None:
        """Put a read list on screen in one model reset and select the kept course."""
        self.courses.set_rows(rows)
        target = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if target >= 0:
            self._selecting = True  # one read of the course below, not a second one here
            try:
                self.course_table.selectRow(target)
            finally:
                self._selecting = False
        self.select_course(target, then)

    def _current_row_changed(self, row: int) -> None:
        if not self._selecting:
            self.select_course(row)

    def select_course(self, row: int, then: Callable[[], None] | None = None) -> None:
        """Show the course at ``row``: its information and its people (read on the pool).

        The heading shows at once; the information and the people follow, then ``then``
        runs. An answer for a course no longer selected is dropped.
        """
        self.current = self.courses.row_at(row)
        self._course_request += 1
        request = self._course_request
        course = self.current
        self.people.set_rows([], 0, False)
        if course is None:
            self.detail = None
            self.heading.setText(self.tr("Chưa có lớp tập huấn nào phù hợp."))
            self.info.setText("")
            self.read_only_note.hide()
        else:
            self.heading.setText(
                f"<b>{html.escape(course.title)}</b><br>{html.escape(course.organiser_name)}"
                f" · {format_date(course.start_on)} – {format_date(course.end_on)} · "
                + self.tr("{n} buổi").format(n=course.sessions)
                + f" · {self.tr(course.status_label)}"
            )
            self.info.setText(self.tr("Đang tải…"))
            if course.owned:
                self.read_only_note.hide()
            else:
                self.read_only_note.setText(self.tr(
                    "Lớp này do {owner} tổ chức: ở đây chỉ xem được, không sửa được. Điểm "
                    "danh và kết quả do nơi tổ chức ghi và gửi về qua gói đồng bộ."
                ).format(owner=course.organiser_name))
                self.read_only_note.show()
            unit_id, course_id, scope = self.site.unit_id, course.id, self.scope

            def read(session: Session) -> _CourseRead:
                return _CourseRead(
                    course_detail(session, unit_id, course_id),
                    participants(session, course_id, scope=scope),
                    {t.id: t for t in list_topics(session)},
                )

            def done(loaded: _CourseRead) -> None:
                if request != self._course_request:  # another course was chosen since
                    return
                self.detail = loaded.detail
                self.info.setText(self._info_html(loaded.detail, loaded.topics))
                self.people.set_rows(loaded.people, course.sessions,
                                     course.owned and not self.read_only)
                self._size_people_columns()
                self._show_people_summary()
                if then is not None:
                    then()

            self.tasks.query(self, self.database, read, done=done, problem=self.info.setText)
        self._show_people_summary()
        self._update_buttons()
        if course is None and then is not None:
            then()

    def _size_people_columns(self) -> None:
        table = self.people_table
        table.setColumnWidth(0, 190)
        table.setColumnWidth(1, 70)
        table.setColumnWidth(2, 150)
        table.setColumnWidth(3, 120)
        for number in range(1, self.people.sessions + 1):
            table.setColumnWidth(self.people.session_column(number), 62)
        table.setColumnWidth(self.people.completed_column, 90)

    def _info_html(self, detail: CourseDetail, topics: dict[str, Any]) -> str:
        row = detail.row
        esc = html.escape
        topic_lines = "".join(
            f"<li>{esc(topics[t].name) if t in topics else esc(t)}</li>"
            for t in detail.topic_ids
        )
        funding = "".join(
            f"<tr><td>{esc(self.tr(f.source_label))}</td>"
            f"<td align='right'>{money(f.amount)}</td><td>{esc(f.note or '')}</td></tr>"
            for f in detail.funding
        )
        # The words outside the f-strings, where lupdate can see them.
        source, amount, note = self.tr("Nguồn"), self.tr("Số tiền"), self.tr("Ghi chú")
        total, level = self.tr("Tổng cộng"), self.tr("cấp")
        topics, money_heading = self.tr("Chuyên đề"), self.tr("Kinh phí")
        if funding:
            funding = (
                "<table cellspacing='0' cellpadding='4' border='1' "
                "style='border-collapse:collapse'>"
                f"<tr><th align='left'>{source}</th><th>{amount}</th>"
                f"<th align='left'>{note}</th></tr>{funding}"
                f"<tr><td><b>{total}</b></td>"
                f"<td align='right'><b>{money(row.funding_total)}</b></td><td></td></tr>"
                "</table>"
            )
        else:
            funding = self.tr("<i>Chưa ghi kinh phí.</i>")
        facts = [
            (self.tr("Đơn vị tổ chức"), f"{row.organiser_name} ({level} "
                                        f"{self.tr(row.level_label).lower()})"),
            (self.tr("Hình thức"), self.tr(row.mode_label)),
            (self.tr("Địa điểm"), row.place or ""),
            (self.tr("Giảng viên, báo cáo viên"), detail.trainers or ""),
            (self.tr("Đối tượng"), detail.target_group or ""),
            (self.tr("Học viên"), self.tr("{p} người, {c} hoàn thành, {g} giấy chứng nhận")
             .format(p=row.participants, c=row.completed, g=detail.certificates)),
        ]
        if detail.notes:
            facts.append((self.tr("Ghi chú"), detail.notes))
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{esc(k)}</td>"
            f"<td>{esc(v)}</td></tr>" for k, v in facts
        )
        return (
            f"<table cellpadding='2'>{table}</table>"
            f"<h4>{topics}</h4><ul>{topic_lines}</ul>"
            f"<h4>{money_heading}</h4>{funding}"
        )

    def _show_people_summary(self) -> None:
        rows = self.people.rowCount()
        done = sum(self.people.completed_at(n) for n in range(rows))
        self.people_summary.setText(
            self.tr("{n} học viên · {d} hoàn thành").format(n=rows, d=done) if rows else ""
        )

    @property
    def print_button(self) -> QPushButton:
        """The paper In… of the window's menu prints: the sign-in sheet."""
        return self.print_blank

    def set_user(self, user: SessionUser) -> None:
        """Adapt the page to who uses it; a branch leader reads her members' trainings.

        Courses are the commune's to organise, so she only looks and prints.
        """
        self.scope = user.scope
        self.set_read_only(not user.can_edit or not user.scope.whole)

    def set_read_only(self, read_only: bool) -> None:
        """Hide every change to courses and their people (a chỉ xem account); print stays."""
        self.read_only = read_only
        for button in (self.new_button, self.edit_button, self.cancel_button,
                       self.add_members_button, self.add_outside_button,
                       self.remove_button, self.complete_button):
            button.setVisible(not read_only)
        if self.current is not None:
            self.select_course(self.course_table.currentIndex().row())

    def _update_buttons(self) -> None:
        course = self.current
        has = course is not None
        owned = bool(course and course.owned)
        open_course = owned and course is not None and course.status != "cancelled"
        self.edit_button.setEnabled(owned)
        self.cancel_button.setEnabled(open_course)
        for button in (self.add_members_button, self.add_outside_button,
                       self.remove_button, self.complete_button):
            button.setEnabled(open_course)
        self.print_blank.setEnabled(has)
        self.print_filled.setEnabled(has)

    # Courses -------------------------------------------------------------------------

    def course_dialog(self, course_id: str | None = None,
                      member_ids: Sequence[str] = ()) -> Any:
        """Return the course dialog: new (optionally with people) or for ``course_id``."""
        from desktop.pages.trainings.dialogs import CourseDialog

        with self.database.reading() as session:
            topics = list_topics(session)
            draft = course_draft(session, course_id) if course_id else None
        dialog = CourseDialog(self.database, self.site, self.tasks, topics,
                              course_id=course_id, draft=draft, member_ids=member_ids,
                              parent=self)
        dialog.saved.connect(
            lambda saved_id: self._course_saved(saved_id, draft, dialog.draft()))
        return dialog

    def _course_saved(self, course_id: str, before: CourseDraft | None,
                      after: CourseDraft) -> None:
        """Show the saved course and offer to take the save back where nothing is lost.

        A save that dropped sessions also dropped their attendance marks, which putting
        the old number back would not restore: that save is not offered for undoing.
        """
        self.refresh(select_id=course_id)
        if before is not None and after.sessions < before.sessions:
            self.last_save.forget()
            return
        text = (self.tr("Đã thêm lớp \"{title}\".") if before is None
                else self.tr("Đã lưu lớp \"{title}\".")).format(title=after.title.strip())
        self.last_save.offer(text, lambda: self.undo_save(course_id, before))

    def undo_save(self, course_id: str, before: CourseDraft | None) -> None:
        """Take back the last save: a new course is deleted, an edit gets its old values."""
        if self.read_only:
            return

        def write(session: Session) -> None:
            if before is None:
                delete_course(session, course_id)
                return
            now = course_draft(session, course_id)
            update_course(session, course_id, replace(before, version=now.version))

        if before is None and self.current is not None and self.current.id == course_id:
            self.current = None
        self.tasks.op(self, self.database, write,
                      done=lambda _r: self.refresh(select_id=course_id),
                      changes={Change.COURSES}, failed=lambda _exc: self.refresh())

    def new_course(self) -> None:
        """Open the dialog for a new course."""
        if self.read_only:
            return
        self.course_dialog().exec()

    def start_course_with(self, member_ids: list[str]) -> None:
        """Open the new-course dialog with these people already in the course.

        The targets page calls this for the officers not yet trained this year.
        """
        if self.read_only:
            return
        self.course_dialog(member_ids=member_ids).exec()

    def edit_course(self) -> None:
        """Open the selected course in the dialog (own courses only)."""
        if self.current is None or not self.current.owned or self.read_only:
            return
        self.course_dialog(self.current.id).exec()

    def cancel_current(self) -> None:
        """Cancel the selected course after asking; it stays listed as "Đã hủy"."""
        course = self.current
        if course is None or not course.owned:
            return
        answer = QMessageBox.question(
            self, self.tr("Hủy lớp"),
            self.tr("Hủy lớp \"{title}\"? Lớp vẫn được giữ trong danh sách với tình trạng "
                    "\"Đã hủy\".").format(title=course.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(lambda session: cancel_course(session, course.id))

    # People --------------------------------------------------------------------------

    def picker(self) -> Any:
        """Return the member picker for the selected course."""
        from desktop.pages.trainings.dialogs import MemberPickerDialog

        already = [p.member_id for p in self.people.rows() if p.member_id]
        return MemberPickerDialog(self.database, self.site, already, parent=self,
                                  tasks=self.tasks)

    def pick_members(self) -> None:
        """Choose members with the picker and put them in the selected course."""
        if self.current is None or self.read_only:
            return
        dialog = self.picker()
        if dialog.exec():
            self.add_members(dialog.chosen_ids())

    def add_members(self, member_ids: Sequence[str]) -> None:
        """Put members in the selected course (people already in it are skipped)."""
        course = self.current
        if course is None or not member_ids:
            return
        ids = list(member_ids)
        self._write(lambda session: add_participants(session, course.id, ids), tab=1)

    def add_outside(self) -> None:
        """Add a person who is not in the member register."""
        course = self.current
        if course is None or self.read_only:
            return
        from desktop.pages.trainings.dialogs import OutsidePersonDialog

        dialog = OutsidePersonDialog(self.database, self.tasks, course.id, parent=self)
        dialog.saved.connect(lambda _pid: self.refresh(select_id=course.id))
        dialog.exec()

    def remove_current_person(self) -> None:
        """Take the selected person out of the course, after asking."""
        index = self.people_table.currentIndex()
        rows = self.people.rows()
        if self.current is None or not index.isValid() or index.row() >= len(rows):
            return
        person = rows[index.row()]
        answer = QMessageBox.question(
            self, self.tr("Bỏ khỏi lớp"),
            self.tr("Bỏ {name} khỏi lớp?").format(name=person.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda session: remove_participant(session, person.participation_id),
                        tab=1)

    def complete_by_attendance(self) -> None:
        """Mark completed everyone present at 80 % of the sessions or more."""
        course = self.current
        if course is None or self.read_only:
            return
        self.tasks.wait()  # ticks just made are in the database first

        def write(session: Session) -> int:
            return complete_by_attendance(session, course.id)

        def done(marked: int) -> None:
            self.tabs.setCurrentIndex(1)
            note = self.tr(" · vừa đánh dấu thêm {n} người").format(n=marked)
            self.refresh(select_id=course.id, then=lambda: self.people_summary.setText(
                self.people_summary.text() + note))

        self.tasks.op(self, self.database, write, done=done,
                      changes={Change.COURSES}, failed=lambda _exc: self.refresh())

    def _save_attendance(self, participation_id: str, number: int, present: bool) -> None:
        if self.read_only:
            return

        def write(session: Session) -> None:
            set_session_attendance(session, participation_id, number, present)

        self.tasks.op(self, self.database, write, done=lambda _r: None,
                      changes={Change.COURSES}, failed=lambda _exc: self.refresh())

    def _save_completed(self, participation_id: str, completed: bool) -> None:
        if self.read_only:
            return
        self._show_people_summary()

        def write(session: Session) -> None:
            set_completed(session, participation_id, completed)

        self.tasks.op(self, self.database, write, done=lambda _r: self._refresh_counts(),
                      changes={Change.COURSES}, failed=lambda _exc: self.refresh())

    def _refresh_counts(self) -> None:
        if self.current is not None:
            self.refresh(select_id=self.current.id)
            self.tabs.setCurrentIndex(1)

    def _write(self, change: Any, *, tab: int | None = None) -> None:
        if self.read_only:
            return
        course_id = self.current.id if self.current else None

        def write(session: Session) -> Any:
            return change(session)

        def done(_result: Any) -> None:
            self.refresh(select_id=course_id)
            if tab is not None:
                self.tabs.setCurrentIndex(tab)

        self.tasks.op(self, self.database, write, done=done,
                      changes={Change.COURSES}, failed=lambda _exc: self.refresh())

    # Printing ------------------------------------------------------------------------

    def sheet_pdf(self, blank: bool, signer: tuple[str, str] | None = None) -> Path:
        """Write the selected course's sheet to a temporary PDF and return its path.

        ``signer`` replaces who signs on the right (by default the chair, for the standing
        committee); :attr:`last_signer` says who signed this one.
        """
        from desktop.documents.attendance_sheet import render_attendance_sheet
        from desktop.documents.course_sheet import sheet_from_course

        course = self.current
        assert course is not None
        self.tasks.wait()  # the ticks just made are in the database before printing
        with self.database.reading() as session:
            data = course_sheet_data(session, course.id, scope=self.scope)
        folder = print_folder()
        kind = "ky-nhan" if blank else "diem-danh"
        path = folder / f"lop-{course.start_on:%Y%m%d}-{kind}.pdf"
        sheet = sheet_from_course(data, blank=blank, signer=signer)
        self.last_signer = sheet.signers[-1]
        render_attendance_sheet(sheet, path)
        return path

    def print_sheet(self, *, blank: bool) -> None:
        """Preview the sheet, from where it can be printed or saved."""
        if self.current is None:
            return
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        path = self.sheet_pdf(blank)
        title = self.tr("Danh sách ký nhận") if blank else self.tr("Danh sách điểm danh")
        PdfPreviewDialog(path, title, path.name, self, signer=self.last_signer,
                         remake=lambda signer: self.sheet_pdf(blank, signer)).exec()
