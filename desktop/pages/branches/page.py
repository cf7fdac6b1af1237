"""The branches page (Chi hội): counts and gathering rate per branch, and changes to them.

The office enters here, once a year, how many women aged 18+ live in each branch's area
(the figure comes from the village head on paper), and sees the gathering rate at once.
It also adds, renames and merges branches; a merge is explained in plain words and
confirmed before anything is written, because it cannot be undone from the screen.

Every change goes to the single database writer (:class:`desktop.tasks.TaskRunner`);
the screen only ever holds plain :class:`db.units.BranchRow` values.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSize,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.catalog import unit_sort_key
from db.engine import Database
from db.errors import ConcurrentChangeError, UserError
from db.site import SiteInfo
from db.units import (
    BranchRow,
    BranchSummary,
    PopulationConflictError,
    branch_name,
    change_women_18_plus,
    create_branch,
    list_branches,
    members_without_branch,
    merge_branches,
    rename_branch,
)
from desktop.error_text import error_text
from desktop.formatting import date, number, percent
from desktop.models.branch_table import BranchTableModel, Column
from desktop.tasks import Change, TaskRunner
from desktop.widgets import conflict_dialog
from desktop.widgets.messages import confirm, show_problem
from desktop.widgets.screen_fit import fit_to_screen, narrow_combo
from desktop.widgets.tables import set_column_widths

log = logging.getLogger(__name__)

FIRST_YEAR = 2000
#: What the women cell accepts while typing: up to six digits, dots between thousands.
COUNT_PATTERN = r"^(\d{0,6}|\d{1,3}\.\d{0,3})$"
#: Widths of the number columns: room for "12.345" and the headers, not more, so the
#: eye does not travel across empty space from a branch to its numbers.
COLUMN_WIDTHS = {Column.MEMBERS: 110, Column.ACTIVE: 145, Column.WOMEN: 220, Column.RATE: 130}


def ask_text(parent: QWidget, title: str, label: str, text: str, ok_label: str) -> str | None:
    """Ask for one line of text in a dialog whose buttons speak Vietnamese.

    ``QInputDialog.getText`` would label its buttons "OK"/"Cancel" in English, which
    the commune staff should not have to guess at.

    Returns:
        What was typed, or None when the person cancelled.
    """
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setOkButtonText(ok_label)
    dialog.setCancelButtonText(QInputDialog.tr("Hủy"))
    fit_to_screen(dialog, QSize(440, dialog.sizeHint().height()))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    answer = dialog.textValue()
    dialog.deleteLater()
    return answer if accepted else None


class WomenCountDelegate(QStyledItemDelegate):
    """Edits the women count in a line that takes digits only ("1.234" is fine).

    A spin box would show 0 for "not known yet"; an empty line can say that honestly.
    """

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """Return a right-aligned line that refuses letters."""
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(COUNT_PATTERN), editor)
        )
        editor.setPlaceholderText(self.tr("chưa biết"))
        return editor

    def setEditorData(  # noqa: N802
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Put the current count (or nothing) in the line."""
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Hand what was typed to the model, which parses it."""
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class MergeDialog(QDialog):
    """Choose the branch another one merges into, with what a merge does in plain words."""

    def __init__(
        self, source: BranchRow, targets: Sequence[BranchRow], today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Sáp nhập chi hội"))
        self.target = narrow_combo(QComboBox())
        for row in targets:
            self.target.addItem(
                self.tr("{name} ({count} hội viên)").format(name=row.name,
                                                         count=number(row.members)),
                row.id,
            )
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        heading = QLabel(self.tr("<b>Sáp nhập {name}</b> vào chi hội khác").format(
            name=source.name))
        heading.setWordWrap(True)  # a long branch name, or a longer translation
        form = QFormLayout()
        form.addRow(self.tr("Sáp nhập &vào:"), self.target)
        form.addRow(self.tr("&Ngày sáp nhập:"), self.day)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(self.tr("Sáp nhập…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.target.currentIndexChanged.connect(self._explain)
        self._explain()
        fit_to_screen(self, QSize(520, self.sizeHint().height()))

    def target_id(self) -> str:
        """Return the key of the branch chosen to receive the members."""
        return str(self.target.currentData())

    def target_name(self) -> str:
        """Return the name of the chosen branch (without its member count)."""
        text = self.target.currentText()
        return text.rsplit(" (", 1)[0]

    def merge_date(self) -> dt.date:
        """Return the day the merge takes effect (posts in the old branch end then)."""
        value = self.day.date()
        return dt.date(value.year(), value.month(), value.day())

    def _explain(self) -> None:
        source = self.source.name
        target = self.target_name()
        self.explanation.setText(self.tr(
            "Khi sáp nhập:<ul>"
            "<li>{count} hội viên của {source} chuyển sang <b>{target}</b>;</li>"
            "<li>các buổi sinh hoạt đã có vẫn giữ là lịch sử của {source};</li>"
            "<li>các chức danh ở {source} (chi hội trưởng, chi hội phó…) kết thúc vào "
            "ngày sáp nhập;</li>"
            "<li>{source} không còn trong danh sách chi hội.</li></ul>"
            "Việc này không hoàn tác được trên màn hình."
        ).format(count=number(self.source.members), source=source, target=target))


class BranchesPage(QWidget):
    """Branches of the commune with members, women aged 18+ and the gathering rate."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self._generation = 0
        self._without_branch = 0
        self._loaded = False
        # Member counts change with every saved member, import or package.
        tasks.follow(self, {Change.MEMBERS, Change.BRANCHES, Change.UNITS, Change.SYNC},
                     self._changed_elsewhere)
        self.read_only = False
        self._place = _place_word(site.unit_name)

        self.year = QSpinBox()
        this_year = dt.date.today().year
        self.year.setRange(FIRST_YEAR, this_year + 1)
        self.year.setValue(this_year)
        self.year.setKeyboardTracking(False)
        self.year.setToolTip(self.tr("Năm của số phụ nữ từ 18 tuổi và tỷ lệ tập hợp"))
        year_label = QLabel(self.tr("Nă&m:"))
        year_label.setBuddy(self.year)

        self.add_button = QPushButton(self.tr("&Thêm chi hội"))
        self.rename_button = QPushButton(self.tr("Đổi tê&n"))
        self.merge_button = QPushButton(self.tr("&Sáp nhập…"))
        self.add_button.setToolTip(self.tr("Tạo một chi hội mới trong {place}").format(
            place=self._place))

        self.model = BranchTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.WOMEN, WomenCountDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        header.setHighlightSections(False)  # bold titles would not fit their columns
        for column in COLUMN_WIDTHS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, COLUMN_WIDTHS)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self.tr(
            "Nhập số phụ nữ từ 18 tuổi: chọn ô trong cột «Phụ nữ từ 18 tuổi» rồi gõ số "
            "(hoặc bấm đúp, F2), nhấn Enter để lưu. Để trống nếu chưa biết."
        ))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 3px; padding: 6px;"
        )
        self.notice.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Chi hội</b>")))
        top.addSpacing(16)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.rename_button)
        top.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)

        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.add_button.clicked.connect(self.add_branch)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.women_count_edited.connect(self._save_women)
        self.model.dataChanged.connect(self._show_summary)
        self.model.modelReset.connect(self._show_summary)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Hide adding, renaming, merging and typing counts (a chỉ xem account)."""
        self.read_only = read_only
        for button in (self.add_button, self.rename_button, self.merge_button):
            button.setVisible(not read_only)
        self.hint.setVisible(not read_only)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    # Loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the table the first time the page is shown."""
        self._loaded = True
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, select: str | None = None,
                then: Callable[[], None] | None = None) -> None:
        """Read the branches of the chosen year again.

        Args:
            select: a branch to select once the rows are in (a new one, say).
            then: what to do after the rows are shown (a message naming the branch).
        """
        self._generation += 1
        generation = self._generation
        year = self.year.value()
        commune_id = self.site.unit_id
        database = self.database

        def read(session: Session) -> tuple[list[BranchRow], int]:
            return (list_branches(session, commune_id, year),
                    members_without_branch(session, commune_id))

        def show(found: tuple[list[BranchRow], int]) -> None:
            if generation != self._generation:
                return  # the year changed again meanwhile; a newer answer is coming
            rows, self._without_branch = found
            self.model.set_rows(rows, year)
            self._show_summary()
            self._update_buttons()
            if select is not None:
                self.select_branch(select)
            if then is not None:
                then()

        # A failed read is reported without reading again: a file that cannot be read
        # now would otherwise bring the same message back forever.
        self.tasks.query(self, database, read, done=show)

    def _changed_elsewhere(self) -> None:
        if self._loaded:
            self.refresh()

    # What the person does -------------------------------------------------------------

    def selected_branch(self) -> BranchRow | None:
        """Return the branch on the current row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_branch(self, branch_id: str) -> None:
        """Select a branch's row and scroll to it."""
        row = self.model.row_of(branch_id)
        if row < 0:
            return
        index = self.model.index(row, Column.NAME)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def add_branch(self) -> None:
        """Ask a name and create the branch ("Chi hội" is added in front if missing)."""
        if self.read_only:
            return
        name = ask_text(
            self, self.tr("Thêm chi hội"),
            self.tr("Tên chi hội mới (ví dụ: Thôn Đông, Tổ dân phố 3):"), "",
            self.tr("Thêm"),
        )
        if name is None or not name.strip():
            return
        commune_id = self.site.unit_id

        def write(session: Session) -> str:
            return create_branch(session, commune_id, name)

        def done(branch_id: str) -> None:
            self.refresh(select=branch_id, then=lambda: self._tell(
                self.tr("Đã thêm {name}.").format(name=self._name_of(branch_id))))

        self._store(write, done)

    def rename_selected(self) -> None:
        """Ask a new name for the selected branch and store it."""
        self._ask_rename()

    def _ask_rename(self, typed: str | None = None, was: str | None = None) -> None:
        """Ask the new name of the selected branch, then store it.

        ``typed`` fills the box again (back to editing after a conflict); ``was`` is the
        name it replaces, checked when it is stored.
        """
        branch = self.selected_branch()
        if branch is None or self.read_only:
            return
        was = branch.name if was is None else was
        name = ask_text(
            self, self.tr("Đổi tên chi hội"),
            self.tr("Tên mới của {name}:").format(name=was),
            branch.name if typed is None else typed, self.tr("Đổi tên"),
        )
        if name is None or not name.strip():
            return
        self._rename(branch.id, was, name)

    def _rename(self, branch_id: str, was: str, name: str) -> None:
        def write(session: Session) -> None:
            rename_branch(session, branch_id, name, was=was)

        def done(_result: object) -> None:
            self.refresh(select=branch_id, then=lambda: self._tell(
                self.tr("Đã đổi tên {old} thành {new}.").format(
                    old=was, new=self._name_of(branch_id))))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConcurrentChangeError):
                self._settle_rename(branch_id, name)
            elif isinstance(exc, UserError):
                show_problem(self, error_text(exc))
            self.refresh(select=branch_id)

        # A refusal is shown by ``failed``: a conflict gets both names, not a message.
        self.tasks.op(self, self.database, write, done=done,
                      changes={Change.BRANCHES, Change.MEMBERS, Change.OFFICERS},
                      problem=lambda _text: None, failed=failed)

    def _settle_rename(self, branch_id: str, typed: str) -> None:
        """Someone renamed the branch meanwhile: both names side by side, she chooses."""
        with self.database.reading() as session:
            theirs = branch_name(session, branch_id)
        caption = self.tr("Tên chi hội")
        choice = conflict_dialog.settle_conflict(
            self, theirs,
            [conflict_dialog.ComparedField(caption, typed, theirs)],
            take_theirs=lambda: None,
            answer_theirs=lambda: None,
            keep_mine=lambda: self._rename(branch_id, theirs, typed))
        if choice is conflict_dialog.ConflictChoice.EDIT:
            self._ask_rename(typed=typed, was=theirs)

    def merge_selected(self) -> None:
        """Merge the selected branch into another one, after explaining and confirming."""
        source = self.selected_branch()
        if source is None or self.read_only:
            return
        targets = sorted(
            (row for row in self.model.rows() if row.id != source.id),
            key=lambda row: unit_sort_key(row.name),
        )
        if not targets:
            show_problem(self, self.tr("{place} chỉ có một chi hội; không có chi hội nào để "
                                       "sáp nhập vào.").format(place=self._place.capitalize()))
            return
        dialog = MergeDialog(source, targets, dt.date.today(), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        target_id, target_name, day = (dialog.target_id(), dialog.target_name(),
                                       dialog.merge_date())
        dialog.deleteLater()
        if not accepted:
            return
        question = self.tr(
            "Sáp nhập {source} vào {target} từ ngày {day}?\n\n"
            "{count} hội viên sẽ chuyển sang {target}; {source} sẽ không còn trong danh "
            "sách chi hội."
        ).format(source=source.name, target=target_name, day=date(day),
                 count=number(source.members))
        if not confirm(self, self.tr("Xác nhận sáp nhập"), question, self.tr("Sáp nhập")):
            return

        def write(session: Session) -> int:
            return merge_branches(session, source.id, target_id, day)

        def done(moved: int) -> None:
            message = self.tr(
                "Đã sáp nhập {source} vào {target}: {count} hội viên đã chuyển sang "
                "{target}."
            ).format(source=source.name, target=target_name, count=number(source.members))
            former = moved - source.members
            if former > 0:
                # The records of people who left, moved away or died travel too; say so,
                # or the two numbers would not add up for the person checking.
                message += " " + self.tr(
                    "Hồ sơ của {count} người đã chuyển đi, ra khỏi Hội hoặc từ trần cũng "
                    "được chuyển theo."
                ).format(count=number(former))
            self.refresh(select=target_id, then=lambda: self._tell(message))

        self._store(write, done)

    # Inside ---------------------------------------------------------------------------

    def _save_women(self, branch_id: str, count: int | None, was: int | None) -> None:
        if self.read_only:
            return
        year = self.model.year

        def write(session: Session) -> None:
            change_women_18_plus(session, branch_id, year, count, was=was)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PopulationConflictError):
                self._settle_women(branch_id, year, count, exc.stored)
                return
            if isinstance(exc, UserError):
                show_problem(self, error_text(exc))
            self.refresh()

        # The model already shows the new value and rate; reading back would only risk
        # painting an older value over a cell the person is typing in next. A conflict
        # is answered by ``failed`` with both counts, not by a message.
        self.tasks.op(self, self.database, write, done=lambda _result: None,
                      changes={Change.BRANCHES, Change.MEMBERS, Change.OFFICERS},
                      problem=lambda _text: None, failed=failed)

    def _settle_women(self, branch_id: str, year: int, typed: int | None,
                      stored: int | None) -> None:
        """Someone changed the same count meanwhile: both side by side, she chooses."""
        def shown(count: int | None) -> str:
            return self.tr("chưa biết") if count is None else number(count)

        name = self._name_of(branch_id)
        field = conflict_dialog.ComparedField(
            self.tr("Phụ nữ từ 18 tuổi năm {year}").format(year=year), shown(typed),
            shown(stored))
        choice = conflict_dialog.settle_conflict(
            self, name, [field],
            take_theirs=lambda: None, answer_theirs=lambda: None,
            keep_mine=lambda: self._save_women(branch_id, typed, stored))
        if choice is not conflict_dialog.ConflictChoice.KEEP_MINE:
            self.refresh(select=branch_id)  # the table shows the stored count

    def _store(self, write: Callable[[Session], object],
               done: Callable[[object], None]) -> None:
        """Save one change of the person's; on failure show what the file really holds."""
        # The table may show what the person typed; reading back shows what is stored.
        self.tasks.op(self, self.database, write, done=done,
                      changes={Change.BRANCHES, Change.MEMBERS, Change.OFFICERS},
                      problem=lambda text: show_problem(self, text),
                      failed=lambda _exc: self.refresh())

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.NAME:
            self.rename_selected()

    def _update_buttons(self) -> None:
        chosen = self.selected_branch() is not None
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.model.rowCount() > 1)
        # A greyed-out button must still say why, or it looks broken.
        choose_first = self.tr("Chọn một chi hội trong bảng trước.")
        self.rename_button.setToolTip(
            self.tr("Đổi tên chi hội đang chọn") if chosen else choose_first)
        self.merge_button.setToolTip(
            self.tr("Gộp chi hội đang chọn vào một chi hội khác (hội viên chuyển sang)")
            if chosen else choose_first)

    def _tell(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()

    def _name_of(self, branch_id: str) -> str:
        row = self.model.row_at(self.model.row_of(branch_id))
        return row.name if row is not None else self.tr("chi hội")

    def _show_summary(self) -> None:
        self.summary.setText(self._summary_text(self.model.summary()))

    def _summary_text(self, summary: BranchSummary) -> str:
        if summary.branches == 0:
            return self.tr("{place} chưa có chi hội nào. Bấm «Thêm chi hội» để tạo chi hội "
                           "đầu tiên.").format(place=self._place.capitalize())
        parts = [
            self.tr("<b>{count}</b> chi hội").format(count=number(summary.branches)),
            self.tr("<b>{count}</b> hội viên").format(count=number(summary.members)),
            self.tr("<b>{count}</b> đang sinh hoạt (thường, đương nhiên)").format(
                count=number(summary.active_members)),
        ]
        if self._without_branch:
            # Shown so that branches plus these make the overview's total.
            parts.append(self.tr("<b>{count}</b> hội viên chưa có chi hội (xem bộ lọc "
                                 "«Chưa có chi hội» ở trang Hội viên)").format(
                count=number(self._without_branch)))
        rate = summary.gathering_rate
        year = self.model.year
        if rate is None:
            parts.append(self.tr("chưa nhập số phụ nữ từ 18 tuổi năm {year} nên chưa tính "
                                 "được tỷ lệ tập hợp").format(year=year))
        elif summary.complete:
            parts.append(self.tr("tỷ lệ tập hợp toàn {place} <b>{rate}</b>").format(
                place=self._place, rate=percent(rate)))
        else:
            parts.append(self.tr(
                "tỷ lệ tập hợp <b>{rate}</b> (tính trên {counted}/{total} chi hội đã có số "
                "phụ nữ từ 18 tuổi năm {year})"
            ).format(rate=percent(rate), counted=summary.counted_branches,
                     total=summary.branches, year=year))
        return " · ".join(parts)


def _place_word(unit_name: str) -> str:
    """Return "xã", "phường" or "đặc khu" as the commune's own name begins."""
    for word in ("Phường", "Đặc khu", "Thị trấn", "Xã"):
        if unit_name.startswith(word):
            return word.lower()
    return "xã"
