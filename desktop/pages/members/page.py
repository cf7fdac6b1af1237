"""The members page (Hội viên): search as you type over the whole register.

The filters narrow the list in SQL; the table shows only what is painted. Opening a
member (double-click or Enter) or adding one (Ctrl+N) uses the member form, which saves
through the single writer and then refreshes this list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.accounts import Action, PermissionDeniedError
from db.engine import Database
from db.members import (
    AGE_GROUPS,
    KIND_LABELS,
    STATUS_LABELS,
    MemberFilter,
    bulk_change_branch,
    bulk_change_status,
)
from db.site import SiteInfo
from db.units import list_branches
from desktop.error_text import error_text
from desktop.formatting import number
from desktop.models.member_list import COLUMNS, MemberListModel
from desktop.session_user import OFFICE, SENSITIVE_FIELDS, SessionUser
from desktop.tasks import Change, TaskRunner
from desktop.widgets import messages
from desktop.widgets.commune_filter import READ_ONLY_NOTE, CommuneFilter
from desktop.widgets.screen_fit import narrow_combo

TYPING_PAUSE_MS = 120

BULK_LIMIT = 5000
"""The most members changed by one bulk action: the rows are fetched on screen to
collect their keys, and a larger change is better made by filtering first."""
WITHOUT_BRANCH = "(chưa có chi hội)"
"""Data of the branch filter item that lists the members in no branch."""


class MembersPage(QWidget):
    """List, search, filter and open members."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.user = OFFICE
        self.model = MemberListModel(database, tasks, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo họ tên, số CCCD, điện thoại, số thẻ hoặc năm sinh (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Thêm hội viên"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_button.setToolTip(self.tr("Nhập danh sách hội viên từ tệp .xlsx, .xls, .ods"))
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setToolTip(self.tr("Ghi danh sách đang xem hoặc thống kê ra tệp Excel"))
        self.add_button.setToolTip(self.tr("Thêm hội viên mới (Ctrl+N)"))
        self.arrivals_button = QPushButton()
        self.arrivals_button.setObjectName("arrivals_button")
        self.arrivals_button.setToolTip(self.tr(
            "Hội viên xã khác chuyển sinh hoạt đến, qua gói dữ liệu của cấp trên"))
        self.branch = narrow_combo(QComboBox())
        self.status_filter = QComboBox()
        self.kind = QComboBox()
        self.age = QComboBox()
        self.officer = QComboBox()
        # At an upper level the register holds every commune: the list narrows by commune.
        self.commune: CommuneFilter | None = None
        if site.is_upper:
            self.commune = CommuneFilter(self)
            self.commune.setObjectName("commune_filter")
            self.commune.load(database)
        self._fill_filters()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        # A header click sorts in SQL (MemberListModel.sort); the name order is the default.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.branch_button = QPushButton(self.tr("Đổi chi hội…"))
        self.branch_button.setToolTip(self.tr("Chuyển các hội viên đã chọn sang một chi hội"))
        self.status_button = QPushButton(self.tr("Đổi tình trạng…"))
        self.status_button.setToolTip(self.tr("Ghi cùng một thay đổi tình trạng cho các "
                                              "hội viên đã chọn"))
        self.hint = QLabel()
        self.hint.setObjectName("no_match_hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self._restore_columns()
        for number_, column in enumerate(COLUMNS):
            self.table.setColumnWidth(number_, column.width)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.arrivals_button)
        filters = QHBoxLayout()
        # At an upper level the commune, the branch and the read-only note take a row of
        # their own: on one row with the other filters they would not fit a laptop.
        place = QHBoxLayout() if self.commune is not None else filters
        if self.commune is not None:
            caption = QLabel(self.tr("&Xã"))
            caption.setBuddy(self.commune)
            place.addWidget(caption)
            place.addWidget(self.commune)
        for label, combo in (
            (self.tr("Chi hội"), self.branch),
            (self.tr("Tình trạng"), self.status_filter),
            (self.tr("Loại"), self.kind),
            (self.tr("Độ tuổi"), self.age),
            (self.tr("Cán bộ"), self.officer),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            row = place if combo is self.branch else filters
            row.addWidget(caption)
            row.addWidget(combo)
        filters.addStretch(1)
        if site.is_upper:
            note = QLabel(self.tr(READ_ONLY_NOTE))
            note.setObjectName("read_only_note")
            note.setStyleSheet("color: palette(placeholder-text);")
            place.addStretch(1)
            place.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if place is not filters:
            layout.addLayout(place)
        layout.addLayout(filters)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.branch_button)
        bottom.addWidget(self.status_button)
        layout.addLayout(bottom)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self._open_first)
        for combo in (self.branch, self.status_filter, self.kind, self.age, self.officer):
            combo.currentIndexChanged.connect(lambda _index: self.apply_search())
        self.model.loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count_pending)
        self.table.doubleClicked.connect(lambda index: self.open_member(index.row()))
        self.add_button.clicked.connect(self.new_member)
        self.branch_button.clicked.connect(self.change_branch_of_selected)
        self.status_button.clicked.connect(self.change_status_of_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda _new, _old: self._update_bulk_buttons())
        self.model.modelReset.connect(self._update_bulk_buttons)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.arrivals_button.clicked.connect(self.open_arrivals)
        self.arrivals_button.setVisible(False)
        self.import_button.setVisible(not site.is_upper)
        self.add_button.setVisible(not site.is_upper)
        if self.commune is not None:
            self.commune.commune_changed.connect(lambda _unit: self.apply_search())
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_member)
        open_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        open_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_key.activated.connect(lambda: self.open_member(self.table.currentIndex().row()))
        # Any saved change to members (a form, an import, a package) reads the list again.
        tasks.follow(self, {Change.MEMBERS, Change.BRANCHES}, self.refresh)
        tasks.follow(self, {Change.MEMBERS, Change.SYNC}, self.count_arrivals)

    def set_user(self, user: SessionUser) -> None:
        """Adapt the page to her role: a viewer cannot add or import, nor see sensitive data.

        A branch leader's list, filters and forms hold her branches only (her scope goes
        with every filter to the data functions, which refuse the rest).
        """
        self.user = user
        self.add_button.setVisible(user.can_edit and not self.site.is_upper)
        self.import_button.setVisible(user.can(Action.IMPORT) and not self.site.is_upper)
        if not user.scope.whole:
            self._keep_own_branches()
        self._update_bulk_buttons()
        if not user.shows_sensitive:
            for number_, column in enumerate(COLUMNS):
                if column.key in SENSITIVE_FIELDS:
                    self.table.setColumnHidden(number_, True)

    def _keep_own_branches(self) -> None:
        """Leave in the branch filter only what a branch leader may choose: her branches."""
        scope = self.user.scope
        self.branch.blockSignals(True)
        for index in reversed(range(self.branch.count())):
            data = self.branch.itemData(index)
            if data is not None and (data == WITHOUT_BRANCH or not scope.covers(data)):
                self.branch.removeItem(index)
        self.branch.setItemText(0, self.tr("Các chi hội của tôi"))
        self.branch.setCurrentIndex(0)
        self.branch.blockSignals(False)

    def _fill_filters(self) -> None:
        """Fill the filters; the commune's branches are read on the pool and slot in."""
        self.branch.addItem(self.tr("Tất cả chi hội"), None)
        if not self.site.is_upper:
            self.branch.addItem(self.tr("Chưa có chi hội"), WITHOUT_BRANCH)
            unit_id, year = self.site.unit_id, dt.date.today().year

            def read(session: Session) -> list[tuple[str, str]]:
                return [(branch.id, branch.name)
                        for branch in list_branches(session, unit_id, year)]

            self.tasks.query(self, self.database, read, done=self._show_branches)
        self.status_filter.addItem(self.tr("Mọi tình trạng"), None)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(self.tr(label), str(status))
        self.kind.addItem(self.tr("Mọi loại"), None)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), str(kind))
        self.age.addItem(self.tr("Mọi độ tuổi"), None)
        for group in AGE_GROUPS:
            self.age.addItem(group, group)
        self.officer.addItem(self.tr("Tất cả"), None)
        self.officer.addItem(self.tr("Là cán bộ"), True)
        self.officer.addItem(self.tr("Không là cán bộ"), False)

    def _show_branches(self, branches: list[tuple[str, str]]) -> None:
        """Put the branches between "Tất cả chi hội" and "Chưa có chi hội"."""
        self.branch.blockSignals(True)  # the filter chosen stays; nothing to read again
        for place, (branch_id, name) in enumerate(branches, start=1):
            self.branch.insertItem(place, name.removeprefix("Chi hội "), branch_id)
        self.branch.blockSignals(False)
        if not self.user.scope.whole:  # the read may land after her scope was applied
            self._keep_own_branches()

    def current_filter(self) -> MemberFilter:
        """Return the filter described by the search box and the combo boxes."""
        return MemberFilter(
            text=self.search.text(),
            branch_id=None if self.branch.currentData() == WITHOUT_BRANCH
            else self.branch.currentData(),
            without_branch=self.branch.currentData() == WITHOUT_BRANCH,
            status=self.status_filter.currentData(),
            kind=self.kind.currentData(),
            age_group=self.age.currentData(),
            officer=self.officer.currentData(),
            commune_id=self.commune.commune_id() if self.commune is not None else None,
            sort=self.model.filter.sort,
            scope=self.user.scope,
        )

    def show_commune(self, unit_id: str | None) -> None:
        """List one commune's members (an upper level opening a commune; None: all)."""
        if self.commune is None:
            return
        self.search.clear()
        if self.commune.commune_id() == unit_id or not self.commune.set_commune(unit_id):
            self.apply_search()

    def load(self) -> None:
        """Fill the table the first time the page is shown."""
        self.apply_search()
        self.count_arrivals()

    def refresh(self) -> None:
        """Read the list again (after any change to members)."""
        self.apply_search()

    # Members moving in from another commune -----------------------------------------

    def count_arrivals(self) -> None:
        """Show the "Hội viên chuyển đến" button while some wait for an answer.

        Read on the read pool: a short list, but never on the GUI thread.
        """
        if self.site.is_upper or not self.user.scope.whole:
            return  # members arriving from elsewhere are the commune office's to place
        from db.transfers import list_arrivals

        database = self.database

        def read() -> int:
            with database.reading() as session:
                return len(list_arrivals(session))

        self.tasks.read(read, self.show_arrivals)

    def show_arrivals(self, waiting: int) -> None:
        """Show how many members wait here for an answer (hidden when none)."""
        self.arrivals_button.setText(
            self.tr("Hội viên chuyển đến ({count})").format(count=number(waiting)))
        self.arrivals_button.setVisible(waiting > 0)

    def open_arrivals(self) -> None:
        """List the members sent here; accept one into a branch or decline her."""
        from desktop.pages.members.arrivals_dialog import ArrivalsDialog

        branches = [
            (self.branch.itemText(i), self.branch.itemData(i))
            for i in range(self.branch.count())
            if self.branch.itemData(i) not in (None, WITHOUT_BRANCH)
        ]
        dialog = ArrivalsDialog(self.database, self.tasks, branches, self.user.role, self,
                                can_edit=self.user.can_edit)
        dialog.exec()
        self.count_arrivals()

    def apply_search(self) -> None:
        """Search with what is in the box and the filters now."""
        self._pause.stop()
        self.model.set_filter(self.current_filter())

    def _show_count_pending(self) -> None:
        if self.model.total is None:
            self.status.setText(self.tr("Đang đếm…"))

    def _show_count(self, total: int) -> None:
        flt = self.model.filter
        typed = flt.text.strip()
        self.hint.setVisible(total == 0 and bool(typed))
        if total == 0 and typed:
            self.hint.setText(self.tr(
                "Không tìm thấy hội viên nào với “{text}”. Thử gõ không dấu, một phần tên, "
                "số CCCD, số điện thoại hoặc năm sinh.").format(text=typed))
        if replace(flt, sort=None) == MemberFilter(scope=flt.scope):
            text = (self.tr("{count} hội viên trong sổ") if flt.scope.whole
                    else self.tr("{count} hội viên của chi hội")).format(count=number(total))
        else:
            text = self.tr("{count} hội viên phù hợp").format(count=number(total))
        self.status.setText(text)

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.open_member(0)
        else:
            self.table.setFocus()
            self.table.selectRow(0)

    # Changing many members at once ---------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Return the keys of the selected members, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if len(rows) > BULK_LIMIT:
            messages.show_problem(self, self.tr(
                "Đã chọn {count} hội viên; mỗi lần chỉ đổi được tối đa {limit}. Hãy lọc "
                "danh sách (theo chi hội, tình trạng…) rồi chọn lại.").format(
                    count=number(len(rows)), limit=number(BULK_LIMIT)))
            return []
        found = (self.model.row_at(row) for row in rows)
        return [member.id for member in found if member is not None]

    def _update_bulk_buttons(self) -> None:
        allowed = self.user.can_edit and not self.site.is_upper
        chosen = self.table.selectionModel().hasSelection()
        for button in (self.branch_button, self.status_button):
            button.setVisible(allowed)
            button.setEnabled(allowed and chosen)

    def change_branch_of_selected(self) -> None:
        """Move the selected members to a branch: choose, confirm once, store as one."""
        ids = self.selected_ids()
        if not ids:
            return
        from desktop.pages.members.bulk_dialog import BulkChangeDialog

        choices: list[tuple[str, str | None]] = [
            (self.branch.itemText(i), self.branch.itemData(i))
            for i in range(self.branch.count())
            if self.branch.itemData(i) not in (None, WITHOUT_BRANCH)
        ]
        if self.user.scope.whole:
            choices.append((self.tr("Chưa có chi hội"), None))
        dialog = BulkChangeDialog(self.tr("Đổi chi hội"), self.tr("Chuyển sang"), choices,
                                  len(ids), parent=self)
        if dialog.exec() != BulkChangeDialog.DialogCode.Accepted:
            return
        branch_id = dialog.value()
        name = dialog.choice.currentText()
        if not messages.confirm(
            self, self.tr("Đổi chi hội"),
            self.tr("Chuyển {count} hội viên sang “{branch}”?").format(count=len(ids),
                                                                       branch=name),
            self.tr("Chuyển"),
        ):
            return
        role, scope = self.user.role, self.user.scope
        self.tasks.op(
            self, self.database,
            lambda session: bulk_change_branch(session, ids, branch_id, role=role,
                                               scope=scope),
            changes={Change.MEMBERS}, progress=self.tr("Đang đổi chi hội…"),
        )

    def change_status_of_selected(self) -> None:
        """Record one status change for the selected members, all or none."""
        ids = self.selected_ids()
        if not ids:
            return
        from desktop.pages.members.bulk_dialog import BulkChangeDialog

        # A transfer needs each member's destination: it stays a one-member change.
        choices: list[tuple[str, str | None]] = [
            (self.tr(label), str(status)) for status, label in STATUS_LABELS.items()
            if str(status) != "transferred"
        ]
        dialog = BulkChangeDialog(self.tr("Đổi tình trạng"), self.tr("Tình trạng mới"),
                                  choices, len(ids), dated=True, parent=self)
        if dialog.exec() != BulkChangeDialog.DialogCode.Accepted:
            return
        status = dialog.value() or ""
        day, why = dialog.day(), dialog.why()
        if not messages.confirm(
            self, self.tr("Đổi tình trạng"),
            self.tr("Ghi tình trạng “{status}” cho {count} hội viên?").format(
                status=dialog.choice.currentText(), count=len(ids)),
            self.tr("Ghi"),
        ):
            return
        role, scope = self.user.role, self.user.scope
        self.tasks.op(
            self, self.database,
            lambda session: bulk_change_status(session, ids, status, day, role=role,
                                               reason=why, scope=scope),
            changes={Change.MEMBERS}, progress=self.tr("Đang đổi tình trạng…"),
        )

    def open_member(self, row: int) -> None:
        """Open the member at ``row`` in the form."""
        member = self.model.row_at(row)
        if member is None:
            return
        self.open_member_id(member.id)

    def open_member_id(self, member_id: str) -> None:
        """Open a member by key in the form; one outside her scope is refused, with why."""
        from desktop.pages.members.form import MemberFormDialog

        try:
            dialog = MemberFormDialog(self.database, self.site, self.tasks, member_id, self,
                                      user=self.user)
        except PermissionDeniedError as exc:
            messages.show_problem(self, error_text(exc))
            return
        dialog.exec()

    def new_member(self) -> None:
        """Open an empty form to add a member (Ctrl+N)."""
        if self.site.is_upper or not self.user.can_edit:
            return
        from desktop.pages.members.form import MemberFormDialog

        dialog = MemberFormDialog(self.database, self.site, self.tasks, None, self,
                                  user=self.user)
        dialog.exec()

    def import_file(self) -> None:
        """Choose a spreadsheet and import its members after a preview."""
        if not self.user.can(Action.IMPORT):
            return
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from desktop.pages.members.import_dialog import ImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp danh sách hội viên"), "",
            self.tr("Bảng tính (*.xlsx *.xls *.ods)"),
        )
        if not path:
            return
        dialog = ImportDialog(self.database, self.site, self.tasks, Path(path), self)
        dialog.exec()

    def export(self) -> None:
        """Write the list as filtered on screen (or the statistics) to a workbook."""
        from desktop.pages.members.export_dialog import ExportDialog

        ExportDialog(self.database, self.site, self.tasks, self.current_filter(), self,
                     shows_sensitive=self.user.shows_sensitive).exec()

    # Columns ---------------------------------------------------------------------------

    def _restore_columns(self) -> None:
        hidden = QSettings().value("members/hidden_columns")
        keys = set(hidden) if isinstance(hidden, list) else None
        for number_, column in enumerate(COLUMNS):
            hide = (column.key in keys) if keys is not None else not column.visible
            self.table.setColumnHidden(number_, hide)

    def _choose_columns(self, position: QPoint) -> None:
        menu = QMenu(self)
        for number_, column in enumerate(COLUMNS):
            if column.key in SENSITIVE_FIELDS and not self.user.shows_sensitive:
                continue
            action = QAction(self.tr(column.title), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(number_))
            action.setEnabled(number_ != 0)
            action.toggled.connect(lambda shown, n=number_: self.set_column_shown(n, shown))
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def set_column_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column and remember the choice."""
        self.table.setColumnHidden(column, not shown)
        hidden = [c.key for n, c in enumerate(COLUMNS) if self.table.isColumnHidden(n)]
        QSettings().setValue("members/hidden_columns", hidden)
