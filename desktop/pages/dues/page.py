"""The dues and fund page (Hội phí & quỹ): a quarter's dues per branch and the fund's vouchers.

The treasurer picks a year and a quarter. The first tab lists the branches with what
they owe, collected, keep and hand over, and below it the chosen branch's members: a
tick for "đã nộp", "Miễn…" with a reason for a member the branch excuses; members
exempt by rule (honorary, age) are shown greyed and cannot be ticked. The second tab
is the fund book of the quarter: the balance, the vouchers, a new voucher, and
"Bút toán đảo" to cancel a mistaken one. "Khóa kỳ" closes the quarter after asking.

Every read runs on the read pool (``tasks.query``), every change on the single writer
(``tasks.op``), one transaction each; the rules are in ``db.dues``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.dues import (
    FUND_KIND_LABELS,
    BranchDues,
    DuesMarkConflictError,
    DuesMemberRow,
    DuesPeriod,
    DuesSettings,
    DuesSettingsConflictError,
    FundBalance,
    FundEntryDraft,
    FundEntryRow,
    add_fund_entry,
    close_period,
    dues_book_data,
    dues_members,
    dues_period,
    fund_balance,
    fund_book_data,
    period_label,
    reverse_fund_entry,
    set_dues_mark,
    set_dues_settings,
)
from db.engine import Database
from db.errors import UserError
from db.site import SiteInfo
from desktop.error_text import error_text
from desktop.formatting import date as format_date
from desktop.formatting import money, number
from desktop.models.row_table import Index, RowTableModel
from desktop.tasks import Change, TaskRunner
from desktop.widgets import conflict_dialog, messages
from desktop.widgets.conflict_dialog import ComparedField, ConflictChoice
from desktop.widgets.field_errors import form_with_errors, save_cancel_buttons
from desktop.widgets.pdf_preview import print_folder
from desktop.widgets.tables import set_column_widths, set_up_list_table

DUES_SOURCES = frozenset({Change.DUES, Change.MEMBERS, Change.BRANCHES, Change.UNITS,
                          Change.SYNC})
"""What the page's figures are computed from."""

GREY = QColor("#777777")
RED = QColor("#b3261e")


class BranchDuesModel(RowTableModel):
    """A quarter's dues per branch."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Chi hội")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Hội viên")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Miễn")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Đã nộp")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Phải thu")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Đã thu")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Chi hội giữ")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Nộp về xã")),
        str(QT_TRANSLATE_NOOP("BranchDuesModel", "Nộp cấp trên")),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, figures aligned right."""
        row: BranchDues | None = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.name.removeprefix("Chi hội "), number(row.members), number(row.exempt),
                  number(row.paid), number(row.expected), number(row.collected),
                  number(row.kept_by_branch), number(row.handed_to_commune),
                  number(row.passed_up))
        return values[column]


class MemberDuesModel(RowTableModel):
    """A branch's members for the quarter; the "Đã nộp" column is a tick box.

    Signals:
        mark_requested(str, str): a member's tick was changed: (member key, new status).
    """

    HEADERS = (
        str(QT_TRANSLATE_NOOP("MemberDuesModel", "Họ và tên")),
        str(QT_TRANSLATE_NOOP("MemberDuesModel", "Năm sinh")),
        str(QT_TRANSLATE_NOOP("MemberDuesModel", "Đã nộp")),
        str(QT_TRANSLATE_NOOP("MemberDuesModel", "Số tiền")),
        str(QT_TRANSLATE_NOOP("MemberDuesModel", "Miễn — lý do")),
    )
    NAME_COLUMNS = frozenset({0})
    PAID_COLUMN = 2

    mark_requested = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.editable = True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Let the "Đã nộp" tick be clicked on rows that owe dues, in an open quarter."""
        base = super().flags(index)
        row: DuesMemberRow | None = self.row_at(index.row()) if index.isValid() else None
        if (row is not None and index.column() == self.PAID_COLUMN and self.editable
                and row.status != "exempt"):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, its tick, or grey for members exempt by rule."""
        row: DuesMemberRow | None = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PAID_COLUMN:
            if row.status == "exempt":
                return None
            paid = row.status == "paid"
            return Qt.CheckState.Checked if paid else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "exempt":
            return QBrush(GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.full_name
        if column == 1:
            return str(row.birth_year or "")
        if column == self.PAID_COLUMN:
            return self.mark_text(row.status)
        if column == 3:
            return number(row.amount) if row.amount else ""
        if column == 4:
            return row.reason
        return None

    def mark_text(self, status: str, reason: str = "") -> str:
        """A mark as the grid shows it; an exemption with its reason when given."""
        text = {"paid": self.tr("Đã nộp"), "unpaid": self.tr("Chưa nộp")}.get(
            status, self.tr("Miễn"))
        return f"{text} — {reason}" if reason else text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Ask for a tick's change to be saved; the row changes once it is stored."""
        row: DuesMemberRow | None = self.row_at(index.row()) if index.isValid() else None
        if (row is None or role != Qt.ItemDataRole.CheckStateRole
                or index.column() != self.PAID_COLUMN or not self.editable):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.mark_requested.emit(row.member_id, "paid" if checked else "unpaid")
        return True

    def replace_row(self, updated: DuesMemberRow) -> None:
        """Show a member's stored mark without reading the whole list again."""
        for number_, row in enumerate(self._rows):
            if row.member_id == updated.member_id:
                self._rows[number_] = updated
                self.dataChanged.emit(self.index(number_, 0),
                                      self.index(number_, len(self.HEADERS) - 1))


class FundEntryModel(RowTableModel):
    """The fund's vouchers of a quarter, with the running balance."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Ngày")),
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Số phiếu")),
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Nội dung")),
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Người nộp, nhận")),
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Thu")),
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Chi")),
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Tồn")),
        str(QT_TRANSLATE_NOOP("FundEntryModel", "Ghi chú")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.balances: dict[str, int] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text; reversed and reversing vouchers in red."""
        row: FundEntryRow | None = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and (row.reverses or row.reversed_by):
            return QBrush(RED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return format_date(row.entry_date)
        if column == 1:
            return row.voucher
        if column == 2:
            return row.content
        if column == 3:
            return row.person
        if column == 4:
            return number(row.amount) if row.kind == "receipt" else ""
        if column == 5:
            return number(row.amount) if row.kind == "spending" else ""
        if column == 6:
            balance = self.balances.get(row.id)
            return "" if balance is None else number(balance)
        if column == 7:
            if row.reversed_by:
                return self.tr("Đã đảo bởi {v}").format(v=row.reversed_by)
            if row.reverses:
                return self.tr("Đảo {v}").format(v=row.reverses)
        return None


@dataclass(frozen=True)
class _Loaded:
    period: DuesPeriod
    balance: FundBalance
    entries: list[FundEntryRow]
    balances: tuple[int, ...]


def parse_amount(text: str) -> int | None:
    """Read an amount typed as "1.250.000", "1 250 000" or "1250000" (đồng); None if not."""
    digits = text.strip().replace(".", "").replace(" ", "").replace(",", "")
    digits = digits.removesuffix("đ").removesuffix("đồng")
    return int(digits) if digits.isdigit() else None


class FundEntryDialog(QDialog):
    """A new receipt or spending voucher; the number is given when it is saved."""

    def __init__(self, page: DuesPage, day: dt.date) -> None:
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("Phiếu thu, chi mới"))
        self.kind = QComboBox()
        for code, label in FUND_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), code)
        self.entry_date = QDateEdit(QDate(day.year, day.month, day.day))
        self.entry_date.setDisplayFormat("dd/MM/yyyy")
        self.entry_date.setCalendarPopup(True)
        self.content = QLineEdit()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("số đồng, ví dụ 250.000"))
        self.person = QLineEdit()
        form, self.errors = form_with_errors([
            ("kind", self.tr("Loại phiếu"), self.kind),
            ("entry_date", self.tr("Ngày"), self.entry_date),
            ("content", self.tr("Nội dung"), self.content),
            ("amount", self.tr("Số tiền (đồng)"), self.amount),
            ("person", self.tr("Người nộp / nhận"), self.person),
        ])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save_cancel_buttons(self, self.tr("Lưu phiếu")))
        self.resize(520, self.sizeHint().height())

    def draft(self) -> FundEntryDraft:
        """Return what was typed."""
        day = self.entry_date.date()
        return FundEntryDraft(
            kind=str(self.kind.currentData()),
            entry_date=dt.date(day.year(), day.month(), day.day()),
            content=self.content.text(),
            amount=parse_amount(self.amount.text()),
            person=self.person.text(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field; the dialog stays open with what was typed."""
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)

    def save(self) -> None:
        """Store the voucher on the writer; close once it is stored."""
        draft = self.draft()
        commune = self.page.site.unit_id
        self.page.tasks.op(
            self, self.page.database,
            lambda session: add_fund_entry(session, commune, draft),
            done=lambda _key: self.accept(), changes={Change.DUES}, fields=self.show_errors,
        )


class DuesSettingsDialog(QDialog):
    """The commune's rate and shares for a year."""

    def __init__(self, page: DuesPage, settings: DuesSettings) -> None:
        super().__init__(page)
        self.page = page
        self.year = settings.year
        self.seen = settings  # a save refuses when the stored rates moved on from these
        self.setWindowTitle(self.tr("Mức hội phí năm {y}").format(y=settings.year))
        self.rate = QSpinBox()
        self.rate.setRange(0, 10_000_000)
        self.rate.setSingleStep(1_000)
        self.rate.setGroupSeparatorShown(True)
        self.rate.setSuffix(self.tr(" đồng/quý"))
        self.branch_share = QSpinBox()
        self.branch_share.setRange(0, 100)
        self.branch_share.setSuffix(" %")
        self.upper_share = QSpinBox()
        self.upper_share.setRange(0, 100)
        self.upper_share.setSuffix(" %")
        self.exempt_age = QSpinBox()
        self.exempt_age.setRange(0, 120)
        self.exempt_age.setSpecialValueText(self.tr("không áp dụng"))
        self._fill(settings)
        fields: list[tuple[str, str, QWidget]] = [
            ("rate", self.tr("Hội phí mỗi hội viên"), self.rate),
            ("branch_share", self.tr("Chi hội giữ lại"), self.branch_share),
            ("upper_share", self.tr("Cơ sở nộp cấp trên"), self.upper_share),
            ("exempt_age", self.tr("Miễn cho hội viên từ tuổi"), self.exempt_age),
        ]
        form, self.errors = form_with_errors(fields)
        self._compared_rows = [(caption, name, widget) for name, caption, widget in fields]
        note = QLabel(self.tr(
            "Hội viên danh dự luôn được miễn. Các tỷ lệ tính trên số hội phí chi hội đã thu."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        if settings.example:
            example = QLabel(self.tr("Chưa đặt mức cho năm này: đang hiện các số ví dụ."))
            example.setStyleSheet("color: #8a5a00")
            layout.addWidget(example)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(save_cancel_buttons(self, self.tr("Lưu")))

    def _fill(self, settings: DuesSettings) -> None:
        self.rate.setValue(settings.rate)
        self.branch_share.setValue(settings.branch_share)
        self.upper_share.setValue(settings.upper_share)
        self.exempt_age.setValue(settings.exempt_age or 0)

    def typed(self) -> DuesSettings:
        """Return the rates on screen."""
        return DuesSettings(self.year, self.rate.value(), self.branch_share.value(),
                            self.upper_share.value(), self.exempt_age.value() or None)

    def save(self) -> None:
        """Store the rates on the writer."""
        settings, seen = self.typed(), self.seen
        commune = self.page.site.unit_id

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DuesSettingsConflictError):
                self._settle(exc.stored)
            elif isinstance(exc, UserError):
                messages.show_problem(self, error_text(exc))

        # A conflict is answered by ``failed`` with both versions, not by a message.
        self.page.tasks.op(
            self, self.page.database,
            lambda session: set_dues_settings(session, commune, settings, seen=seen),
            done=lambda _r: self.accept(), changes={Change.DUES},
            fields=self._show_errors, failed=failed, problem=lambda _text: None,
        )

    def _settle(self, stored: DuesSettings) -> None:
        """Someone stored other rates meanwhile: both side by side, she chooses."""
        def shown(_name: str, widget: QWidget | None, value: object) -> str:
            assert isinstance(widget, QSpinBox)
            number_ = int(value) if isinstance(value, int) else 0
            if number_ == widget.minimum() and widget.specialValueText():
                return widget.specialValueText()
            return widget.textFromValue(number_) + widget.suffix()

        def take_theirs() -> None:
            self._fill(stored)
            self.seen = stored

        conflict_dialog.settle_conflict(
            self, self.windowTitle().lower(),
            conflict_dialog.compare_drafts(self._compared_rows, self.typed(), stored, shown),
            take_theirs=take_theirs,
            answer_theirs=lambda: setattr(self, "seen", stored),
            keep_mine=self.save)

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)


class DuesPage(QWidget):
    """A quarter's dues per branch and member, and the fund book."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.today = today or dt.date.today()
        self.read_only = False
        self.loaded: _Loaded | None = None
        self._request = 0
        self._grid_request = 0
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today.year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Quý {q}").format(q=("I", "II", "III", "IV")[q - 1]), q)
        self.quarter.setCurrentIndex((self.today.month - 1) // 3)
        self.state = QLabel()
        self.settings_button = QPushButton(self.tr("Mức hội phí…"))
        self.close_button = QPushButton(self.tr("Khóa kỳ…"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Dues tab.
        self.branches = BranchDuesModel(self)
        self.branch_table = QTableView()
        self.branch_table.setModel(self.branches)
        set_up_list_table(self.branch_table)
        self.branch_table.setColumnWidth(0, 170)
        for column in range(1, len(BranchDuesModel.HEADERS)):
            # Eight figures beside the name fit a 1366-pixel screen without scrolling.
            self.branch_table.setColumnWidth(column, 84 if column < 4 else 96)
        self.totals = QLabel()
        self.members = MemberDuesModel(self)
        self.member_table = QTableView()
        self.member_table.setModel(self.members)
        set_up_list_table(self.member_table)
        self.member_table.setColumnWidth(0, 240)
        self.member_table.setColumnWidth(1, 80)
        self.member_table.setColumnWidth(2, 110)
        self.member_table.setColumnWidth(3, 90)
        self.exempt_button = QPushButton(self.tr("Miễn…"))
        self.unexempt_button = QPushButton(self.tr("Bỏ miễn"))
        self.print_dues = QPushButton(self.tr("In sổ hội phí…"))
        self.branch_info = QLabel()
        member_bar = QHBoxLayout()
        member_bar.addWidget(self.branch_info, 1)
        for button in (self.exempt_button, self.unexempt_button, self.print_dues):
            member_bar.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(member_bar)
        lower_layout.addWidget(self.member_table, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.branch_table, 1)
        upper_layout.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([180, 380])
        dues_tab = QWidget()
        QVBoxLayout(dues_tab).addWidget(splitter)
        # Fund tab.
        self.balance = QLabel()
        self.entries = FundEntryModel(self)
        self.entry_table = QTableView()
        self.entry_table.setModel(self.entries)
        set_up_list_table(self.entry_table)
        set_column_widths(self.entry_table, (88, 78, 250, 150, 88, 88, 92))
        self.new_entry = QPushButton(self.tr("Phiếu thu, chi mới…"))
        self.reverse_button = QPushButton(self.tr("Bút toán đảo…"))
        self.print_fund = QPushButton(self.tr("In sổ quỹ…"))
        fund_bar = QHBoxLayout()
        fund_bar.addWidget(self.balance, 1)
        for button in (self.new_entry, self.reverse_button, self.print_fund):
            fund_bar.addWidget(button)
        fund_tab = QWidget()
        fund_layout = QVBoxLayout(fund_tab)
        fund_layout.addLayout(fund_bar)
        fund_layout.addWidget(self.entry_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(dues_tab, self.tr("Hội phí"))
        self.tabs.addTab(fund_tab, self.tr("Quỹ hội"))
        top = QHBoxLayout()
        for caption, widget in ((self.tr("Năm"), self.year), (self.tr("Kỳ"), self.quarter)):
            label = QLabel(caption)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.settings_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.quarter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.branch_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.select_branch(current.row()))
        self.entry_table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons())
        self.members.mark_requested.connect(self.save_mark)
        # ``clicked`` passes its "checked" flag, which these slots would take for an answer.
        self.exempt_button.clicked.connect(lambda: self.exempt_current())  # noqa: PLW0108
        self.unexempt_button.clicked.connect(self.unexempt_current)
        self.print_dues.clicked.connect(self.preview_dues_book)
        self.new_entry.clicked.connect(self.add_entry)
        self.reverse_button.clicked.connect(lambda: self.reverse_current())  # noqa: PLW0108
        self.print_fund.clicked.connect(self.preview_fund_book)
        self.settings_button.clicked.connect(self.edit_settings)
        self.close_button.clicked.connect(lambda: self.close_current())  # noqa: PLW0108
        tasks.follow(self, DUES_SOURCES, self.refresh)
        self._update_buttons()

    # Reading --------------------------------------------------------------------------

    def period(self) -> tuple[int, int]:
        """Return the chosen (year, quarter)."""
        return self.year.value(), int(self.quarter.currentData())

    def load(self) -> None:
        """Fill the page the first time it is shown."""
        self.refresh()

    def refresh(self) -> None:
        """Read the quarter's dues and vouchers again (on the read pool)."""
        self._request += 1
        request = self._request
        year, quarter = self.period()
        commune = self.site.unit_id

        def read(session: Session) -> _Loaded:
            book = fund_book_data(session, commune, year, quarter)
            return _Loaded(dues_period(session, commune, year, quarter),
                           fund_balance(session, commune, year, quarter),
                           list(book.entries), book.balances)

        def done(loaded: _Loaded) -> None:
            if request == self._request:  # an answer for a period no longer chosen
                self.show_loaded(loaded)

        self.tasks.query(self, self.database, read, done=done, problem=self.status.setText)

    def show_loaded(self, loaded: _Loaded) -> None:
        """Put a quarter's figures on screen, keeping the chosen branch and voucher."""
        keep_branch = self.current_branch()
        keep_entry = self.current_entry()
        self.loaded = loaded
        period = loaded.period
        settings = period.settings
        self.state.setText(self.tr("— đã khóa sổ") if period.closed else self.tr("— đang mở"))
        self.state.setStyleSheet("color: #b3261e; font-weight: bold" if period.closed else "")
        self.branches.set_rows(period.branches)
        example = self.tr(" (số ví dụ, chưa đặt mức)") if settings.example else ""
        self.totals.setText(self.tr(
            "Mức {rate}/hội viên/quý{example} · Phải thu {expected} · Đã thu {collected} · "
            "Chi hội giữ {kept} ({bs} %) · Nộp về xã {handed} · Nộp cấp trên {up} ({us} %)"
        ).format(rate=money(settings.rate), example=example, expected=money(period.expected),
                 collected=money(period.collected), kept=money(period.kept_by_branches),
                 bs=settings.branch_share, handed=money(period.handed_to_commune),
                 up=money(period.passed_up), us=settings.upper_share))
        self.totals.setWordWrap(True)
        balance = loaded.balance
        self.balance.setText(self.tr(
            "Tồn đầu kỳ {opening} · Thu {receipts} · Chi {spending} · Tồn cuối kỳ {closing}"
        ).format(opening=money(balance.opening), receipts=money(balance.receipts),
                 spending=money(balance.spending), closing=money(balance.closing)))
        self.entries.balances = {e.id: b for e, b in zip(loaded.entries, loaded.balances,
                                                          strict=True)}
        self.entries.set_rows(loaded.entries)
        self.members.editable = not period.closed and not self.read_only
        rows = self.branches.rows()
        target = next((n for n, r in enumerate(rows) if r.branch_id == keep_branch),
                      0 if rows else -1)
        if target >= 0:
            self.branch_table.selectRow(target)
            self.select_branch(target)
        else:
            self.select_branch(-1)
        entries = self.entries.rows()
        found = next((n for n, r in enumerate(entries) if keep_entry and r.id == keep_entry.id),
                     -1)
        if found >= 0:
            self.entry_table.selectRow(found)
        self.status.setText("")
        self._update_buttons()

    def current_branch(self) -> str | None:
        """Return the key of the branch chosen in the list."""
        row: BranchDues | None = self.branches.row_at(self.branch_table.currentIndex().row())
        return row.branch_id if row else None

    def current_member(self) -> DuesMemberRow | None:
        """Return the member chosen in the grid."""
        found: DuesMemberRow | None = self.members.row_at(self.member_table.currentIndex().row())
        return found

    def current_entry(self) -> FundEntryRow | None:
        """Return the voucher chosen in the list."""
        found: FundEntryRow | None = self.entries.row_at(self.entry_table.currentIndex().row())
        return found

    def select_branch(self, row: int) -> None:
        """Read the members of the branch at ``row`` (on the read pool)."""
        branch: BranchDues | None = self.branches.row_at(row)
        self._grid_request += 1
        request = self._grid_request
        if branch is None:
            self.members.set_rows([])
            self.branch_info.setText("")
            self._update_buttons()
            return
        year, quarter = self.period()
        commune = self.site.unit_id
        self.branch_info.setText(self.tr("{name}: {paid}/{owing} hội viên đã nộp").format(
            name=branch.name, paid=number(branch.paid), owing=number(branch.owing)))

        def done(rows: list[DuesMemberRow]) -> None:
            if request == self._grid_request:
                self.members.set_rows(rows)
                self._update_buttons()

        self.tasks.query(
            self, self.database,
            lambda session: dues_members(session, commune, branch.branch_id, year, quarter),
            done=done, problem=self.status.setText)

    # Writing --------------------------------------------------------------------------

    def _period_open(self) -> bool:
        return self.loaded is not None and not self.loaded.period.closed

    def _update_buttons(self) -> None:
        writable = not self.read_only and self._period_open()
        member = self.current_member()
        entry = self.current_entry()
        self.exempt_button.setEnabled(writable and member is not None
                                      and member.status != "exempt")
        self.unexempt_button.setEnabled(writable and member is not None
                                        and member.status == "exempt" and not member.by_rule)
        self.close_button.setEnabled(writable)
        self.settings_button.setEnabled(not self.read_only)
        self.new_entry.setEnabled(not self.read_only)
        self.reverse_button.setEnabled(not self.read_only and entry is not None
                                       and not entry.reverses and not entry.reversed_by)
        self.print_dues.setEnabled(self.current_branch() is not None)
        self.print_fund.setEnabled(self.loaded is not None)

    def save_mark(self, member_id: str, status: str, reason: str = "", *,
                  seen: tuple[str, str] | None = None) -> None:
        """Store one member's mark for the quarter, then show it.

        ``seen`` is the mark she changed from; by default the one the grid shows, so a
        mark someone else made meanwhile is not overwritten without her knowing.
        """
        year, quarter = self.period()
        commune = self.site.unit_id
        branch = self.current_branch()
        shown = next((r for r in self.members.rows() if r.member_id == member_id), None)
        if seen is None and shown is not None:
            seen = (shown.status, shown.reason)

        def write(session: Session) -> DuesMemberRow | None:
            set_dues_mark(session, commune, member_id, year, quarter, status, reason,
                          seen=seen)
            if branch is None:
                return None
            return next((r for r in dues_members(session, commune, branch, year, quarter)
                         if r.member_id == member_id), None)

        def done(row: DuesMemberRow | None) -> None:
            if row is not None:
                self.members.replace_row(row)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DuesMarkConflictError) and shown is not None:
                self.status.setText("")  # the dialog says it, with both marks
                self._settle_mark(exc, shown, status, reason)

        self.tasks.op(self, self.database, write, done=done, changes={Change.DUES},
                      problem=self.status.setText, failed=failed)

    def _settle_mark(self, exc: DuesMarkConflictError, shown: DuesMemberRow, status: str,
                     reason: str) -> None:
        """Someone marked the member meanwhile: both marks side by side, she chooses."""
        year, quarter = self.period()
        period = error_text(period_label(year, quarter, inside=True))
        field = ComparedField(self.tr("Hội phí {period}").format(period=period),
                              self.members.mark_text(status, reason),
                              self.members.mark_text(*exc.stored))
        choice = conflict_dialog.settle_conflict(
            self, shown.full_name, [field], take_theirs=lambda: None, answer_theirs=lambda: None,
            keep_mine=lambda: self.save_mark(shown.member_id, status, reason, seen=exc.stored))
        if choice is not ConflictChoice.KEEP_MINE:
            self.refresh()  # the grid shows the stored mark

    def exempt_current(self, reason: str | None = None) -> None:
        """Exempt the chosen member for the quarter, asking why unless ``reason`` is given."""
        member = self.current_member()
        if member is None:
            return
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self, self.tr("Miễn hội phí"),
                self.tr("Lý do miễn hội phí cho {name}:").format(name=member.full_name))
            if not accepted:
                return
        self.save_mark(member.member_id, "exempt", reason)

    def unexempt_current(self) -> None:
        """Take back a member's exemption by choice: she owes the quarter's dues again."""
        member = self.current_member()
        if member is not None and not member.by_rule:
            self.save_mark(member.member_id, "unpaid")

    def add_entry(self) -> None:
        """Open the new-voucher dialog, dated today."""
        FundEntryDialog(self, self.today).exec()

    def reverse_current(self, reason: str | None = None) -> None:
        """Cancel the chosen voucher with a reversing one dated today, after asking why."""
        entry = self.current_entry()
        if entry is None:
            return
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self, self.tr("Bút toán đảo"),
                self.tr("Đảo {voucher} ({amount}) bằng một bút toán ngày {day}.\n"
                        "Lý do:").format(voucher=entry.voucher, amount=money(entry.amount),
                                         day=format_date(self.today)))
            if not accepted:
                return
        today = self.today
        self.tasks.op(self, self.database,
                      lambda session: reverse_fund_entry(session, entry.id, today, reason),
                      changes={Change.DUES}, problem=self.status.setText)

    def close_current(self, confirmed: bool = False) -> None:
        """Close the chosen quarter after asking: nothing dated in it may change after."""
        year, quarter = self.period()
        label = error_text(period_label(year, quarter, inside=True))
        if not confirmed and not messages.confirm(
            self, self.tr("Khóa kỳ"),
            self.tr("Khóa sổ {period}? Sau khi khóa, hội phí và phiếu thu, chi của kỳ này "
                    "không thể thêm hay sửa; sai sót chỉ sửa bằng bút toán đảo ở kỳ sau."
                    ).format(period=label),
            self.tr("Khóa kỳ"),
        ):
            return
        commune = self.site.unit_id
        self.tasks.op(self, self.database,
                      lambda session: close_period(session, commune, year, quarter),
                      changes={Change.DUES}, problem=self.status.setText)

    def edit_settings(self) -> None:
        """Open the rates of the chosen year."""
        if self.loaded is None:
            return
        DuesSettingsDialog(self, self.loaded.period.settings).exec()

    def set_read_only(self, read_only: bool) -> None:
        """Hide every change (a chỉ xem account); the books still print."""
        self.read_only = read_only
        for widget in (self.exempt_button, self.unexempt_button, self.new_entry,
                       self.reverse_button, self.close_button, self.settings_button):
            widget.setVisible(not read_only)
        self.members.editable = not read_only and self._period_open()
        self._update_buttons()

    # Printing -------------------------------------------------------------------------

    def _place_line(self, place_name: str) -> str:
        from desktop.documents.pdf_common import vietnamese_date_line

        return vietnamese_date_line(place_name, self.today)

    def dues_book_pdf(self, branch_id: str, year: int, quarter: int,
                      out: Path | None = None) -> Path:
        """Write a branch's dues book of a quarter and return its path (any thread)."""
        from desktop.documents.dues_book import render_dues_book

        with self.database.reading() as session:
            data = dues_book_data(session, self.site.unit_id, branch_id, year, quarter)
        out = out or print_folder() / f"so-hoi-phi-{year}-q{quarter}.pdf"
        render_dues_book(data, self._place_line(data.place_name), out)
        return out

    def fund_book_pdf(self, year: int, quarter: int, out: Path | None = None) -> Path:
        """Write a quarter's fund book and return its path (any thread)."""
        from desktop.documents.dues_book import render_fund_book

        with self.database.reading() as session:
            data = fund_book_data(session, self.site.unit_id, year, quarter)
        out = out or print_folder() / f"so-quy-{year}-q{quarter}.pdf"
        render_fund_book(data, self._place_line(data.place_name), out)
        return out

    def _preview(self, make: Callable[[], Path], title: str) -> None:
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        def done(path: Path) -> None:
            PdfPreviewDialog(path, title, path.name, self, self.tasks).exec()

        self.tasks.query(self, None, make, done=done, problem=self.status.setText,
                         progress=self.tr("Đang tạo sổ…"))

    def preview_dues_book(self) -> None:
        """Make the dues book off the GUI thread, then preview it to print or save."""
        branch = self.current_branch()
        year, quarter = self.period()
        if branch is not None:
            self._preview(lambda: self.dues_book_pdf(branch, year, quarter),
                          self.tr("Sổ theo dõi hội phí"))

    def preview_fund_book(self) -> None:
        """Make the fund book off the GUI thread, then preview it to print or save."""
        year, quarter = self.period()
        self._preview(lambda: self.fund_book_pdf(year, quarter), self.tr("Sổ quỹ hội"))
