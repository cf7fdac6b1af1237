"""The "Hợp nhất xã" dialog of the upper level: choose, preview, review pairs, then merge.

The officer ticks two to four communes whose registers arrived here, picks the new
commune's code from the catalog and the merge date, and presses "Xem trước": the dry run
(:func:`db.unit_merge.plan_merge`, on the read pool) shows per old commune its counts,
the new commune's branches mapped by name, and the person pairs found in two registers.
Each doubtful pair gets a choice ("Cùng một người" / "Khác người"); "Hợp nhất" is
enabled only when every pair has one, and runs :func:`db.unit_merge.merge_communes` as
one operation. Names come from other offices' files: every text is shown as plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import catalog
from db.communes import CommuneStatus
from db.engine import Database
from db.site import SiteInfo
from db.unit_merge import (
    COUNTED,
    DIFFERENT,
    SAME,
    MergePlan,
    MergeResult,
    merge_communes,
    split_commune,
)
from db.unit_merge import plan_merge as plan_of
from db.unit_merge import plan_split as split_plan_of
from desktop.formatting import date as format_date
from desktop.formatting import number
from desktop.tasks import Change, TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_DECISIONS = ("", SAME, DIFFERENT)


class MergeDialog(QDialog):
    """Merge two to four communes into a new commune, after a dry run and a review."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        communes: list[CommuneStatus], parent: QWidget | None = None,
        *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self.plan: MergePlan | None = None
        self.result: MergeResult | None = None
        self.setWindowTitle(self.tr("Hợp nhất xã"))
        day = today or dt.date.today()

        sources = self._build_sources(communes)
        held = {row.code for row in communes if row.members}
        self.into = QComboBox()
        for entry in catalog.communes(site.unit_code):
            if entry.code not in held:
                self.into.addItem(f"{entry.name} ({entry.code})", entry.code)
        self.on = QDateEdit(QDate(day.year, day.month, day.day))
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setCalendarPopup(True)
        self.preview_button = QPushButton(self.tr("&Xem trước"))
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr(
            "Chọn 2–4 xã, mã xã mới và ngày hợp nhất rồi bấm «Xem trước». Chưa có gì "
            "thay đổi cho đến khi bấm «Hợp nhất»."))
        self.pairs = QTableWidget(0, 4)
        self.pairs.setHorizontalHeaderLabels([
            self.tr("Trong sổ thứ nhất"), self.tr("Trong sổ thứ hai"), self.tr("Vì sao"),
            self.tr("Quyết định"),
        ])
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.verticalHeader().setVisible(False)
        header = self.pairs.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pairs.setColumnWidth(2, 170)
        self.pairs.setColumnWidth(3, 160)
        self.pairs.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9b1c13;")
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(
            self.tr("&Hợp nhất"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self._sources_label(), sources)
        row = QHBoxLayout()
        row.addWidget(self.into, 1)
        row.addWidget(QLabel(self.tr("Ngày hợp nhất:")))
        row.addWidget(self.on)
        row.addWidget(self.preview_button)
        form.addRow(self.tr("Xã mới:"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 2)
        layout.addWidget(QLabel(self.tr("Cặp người cần xem lại:")))
        layout.addWidget(self.pairs, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(1000, 660)

        self.preview_button.clicked.connect(self.preview)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.into.currentIndexChanged.connect(lambda _index: self._forget())
        self.on.dateChanged.connect(lambda _day: self._forget())

    def _sources_label(self) -> str:
        return self.tr("Các xã cũ:")

    def _build_sources(self, communes: list[CommuneStatus]) -> QWidget:
        """Build the list of received communes to tick (two to four of them)."""
        self.communes = QListWidget()
        for row in communes:
            if not row.members:
                continue
            item = QListWidgetItem(f"{row.name} ({row.code}) — {number(row.members)}")
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.communes.addItem(item)
        self.communes.setMaximumHeight(110)
        self.communes.itemChanged.connect(lambda _item: self._forget())
        return self.communes

    def _plan_work(self) -> Callable[[Session], MergePlan]:
        codes, into, on = self.chosen_codes(), str(self.into.currentData() or ""), self.merge_day()
        return lambda session: plan_of(session, codes, into, on)

    def _merge_work(self, plan: MergePlan, decisions: dict[str, str]) -> Callable[
            [Session], MergeResult]:
        codes = [source.code for source in plan.sources]
        return lambda session: merge_communes(session, codes, plan.into_code, plan.on,
                                              decisions)

    # What is chosen -------------------------------------------------------------------

    def chosen_codes(self) -> list[str]:
        """Return the ticked communes' codes, in list order."""
        items = (self.communes.item(i) for i in range(self.communes.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, codes: list[str], into: str, on: dt.date) -> None:
        """Tick communes, pick the new code and the date (as a person would)."""
        for i in range(self.communes.count()):
            item = self.communes.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in codes else Qt.CheckState.Unchecked)
        self.into.setCurrentIndex(self.into.findData(into))
        self.on.setDate(QDate(on.year, on.month, on.day))

    def merge_day(self) -> dt.date:
        """Return the merge date chosen."""
        value = self.on.date()
        return dt.date(value.year(), value.month(), value.day())

    def decisions(self) -> dict[str, str]:
        """Return the decision chosen for each doubtful pair (undecided ones left out)."""
        found: dict[str, str] = {}
        if self.plan is None:
            return found
        for row, pair in enumerate(self.plan.doubtful):
            box = self.pairs.cellWidget(row, 3)
            if isinstance(box, QComboBox) and box.currentData():
                found[pair.key] = str(box.currentData())
        return found

    def decide(self, row: int, decision: str) -> None:
        """Choose "same" or "different" for the pair on a row."""
        box = self.pairs.cellWidget(row, 3)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(decision))

    # The dry run ----------------------------------------------------------------------

    def _forget(self) -> None:
        self.plan = None
        self.merge_button.setEnabled(False)

    def preview(self) -> None:
        """Compute the dry run on the read pool and show it."""
        self.problem.clear()
        self.tasks.query(
            self, self.database, self._plan_work(),
            done=self._show_plan, problem=self.problem.setText,
            progress=self.tr("Đang so các sổ…"),
        )

    def _show_plan(self, plan: MergePlan) -> None:
        self.plan = plan
        heading = (self.tr("Hợp nhất vào {name} (mã {code}) ngày {day}:") if plan.kind == "merge"
                   else self.tr("Tách sang {name} (mã {code}) ngày {day}:"))
        lines = [heading.format(name=plan.into_name, code=plan.into_code,
                                day=format_date(plan.on))]
        for source in plan.sources:
            counts = ", ".join(f"{label.lower()} {number(source.count(kind))}"
                               for kind, label in COUNTED)
            lines.append(f"  {source.name} ({source.code}): {counts}")
        lines.append(self.tr("Chi hội của xã mới, ghép theo tên ({count}):").format(
            count=len(plan.branches)))
        lines += [f"  {b.name} ← {'; '.join(b.sources)}" for b in plan.branches]
        certain = len(plan.pairs) - len(plan.doubtful)
        lines.append(self.tr(
            "Cùng một người (trùng CCCD và họ tên): {certain}. Cặp cần xem lại: {doubtful}."
        ).format(certain=certain, doubtful=len(plan.doubtful)))
        self.summary.setPlainText("\n".join(lines))
        self.pairs.setRowCount(len(plan.doubtful))
        for row, pair in enumerate(plan.doubtful):
            for column, person in enumerate((pair.first, pair.second)):
                parts = [person.full_name, person.birth_display or self.tr("không rõ ngày sinh"),
                         self.tr("CCCD {number}").format(number=person.id_number)
                         if person.id_number else self.tr("không có CCCD"),
                         person.commune_name]
                if person.branch_name:
                    parts.append(person.branch_name)
                text = " · ".join(parts)
                self.pairs.setItem(row, column, QTableWidgetItem(text))
            reason = (self.tr("Trùng CCCD, khác họ tên") if pair.reason == "cccd"
                      else self.tr("Trùng họ tên và ngày sinh"))
            self.pairs.setItem(row, 2, QTableWidgetItem(reason))
            box = QComboBox()
            for value, label in zip(_DECISIONS, (self.tr("Chưa chọn"),
                                                 self.tr("Cùng một người"),
                                                 self.tr("Khác người")), strict=True):
                box.addItem(label, value)
            box.currentIndexChanged.connect(lambda _index: self._show_count())
            self.pairs.setCellWidget(row, 3, box)
        self.pairs.resizeRowsToContents()
        self._show_count()

    def _show_count(self) -> None:
        plan = self.plan
        if plan is None:
            return
        decisions = self.decisions()
        left = len(plan.undecided(decisions))
        self.merge_button.setEnabled(left == 0)
        note = self.tr("Sổ mới: {after} hội viên (các sổ cũ: {total}).").format(
            after=number(plan.members_after(decisions)), total=number(plan.members_total))
        if left:
            note += " " + self.tr("Còn {left} cặp chưa chọn.").format(left=left)
        self.problem.setStyleSheet("" if not left else "color: #9b1c13;")
        self.problem.setText(note)

    # The merge ------------------------------------------------------------------------

    def merge(self) -> None:
        """Merge as previewed, in one operation on the writer."""
        plan = self.plan
        if plan is None:
            return
        self.merge_button.setEnabled(False)
        self.tasks.op(
            self, self.database, self._merge_work(plan, self.decisions()),
            done=self._merged, changes={Change.UNITS, Change.MEMBERS, Change.BRANCHES},
            progress=self.tr("Đang hợp nhất…"), problem=self.problem.setText,
            failed=lambda _exc: self.merge_button.setEnabled(True),
        )

    def _merged(self, result: MergeResult) -> None:
        self.result = result
        self.problem.setStyleSheet("")
        done = (self.tr("Đã hợp nhất: {members} hội viên vào xã {code}.") if result.closed
                else self.tr("Đã chia tách: {members} hội viên sang xã {code}."))
        self.problem.setText(done.format(members=number(result.members), code=result.into_code)
                             + " " + self.tr(
            "Ở trang Đồng bộ: đăng ký xã mới, nhập gói đầu tiên của xã, rồi «Gửi xuống xã đã "
            "chọn» — gói đó mang sổ hội viên."))
        self.accept()


class SplitDialog(MergeDialog):
    """Move chosen branches (or a village) of one commune into a new commune.

    The same steps as a merge: choose, preview (members and branches that would move),
    then one operation. A split finds no person pairs, so the review list stays empty.
    """

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        communes: list[CommuneStatus], parent: QWidget | None = None,
        *, today: dt.date | None = None,
    ) -> None:
        super().__init__(database, site, tasks, communes, parent, today=today)
        self.setWindowTitle(self.tr("Chia tách xã"))
        self.merge_button.setText(self.tr("&Chia tách"))
        self.summary.setPlaceholderText(self.tr(
            "Chọn xã, các chi hội (hoặc gõ tên thôn) được tách, mã xã mới và ngày rồi bấm "
            "«Xem trước». Chưa có gì thay đổi cho đến khi bấm «Chia tách»."))
        self.pairs.setEnabled(False)
        self.branches.itemChanged.connect(lambda _item: self._forget())
        self.village.textChanged.connect(lambda _text: self._forget())
        self._load_branches()

    def _sources_label(self) -> str:
        return self.tr("Tách từ xã:")

    def _build_sources(self, communes: list[CommuneStatus]) -> QWidget:
        """Build the commune to split, its branches to tick, and a village to type."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox()
        for row in communes:
            if row.members:
                self.source.addItem(f"{row.name} ({row.code})", row.code)
        self.branches = QListWidget()
        self.branches.setMaximumHeight(110)
        self.village = QLineEdit()
        self.village.setPlaceholderText(self.tr("hoặc tên thôn (ấp, tổ dân phố), không cần dấu"))
        layout.addWidget(self.source)
        layout.addWidget(self.branches)
        layout.addWidget(self.village)
        self._unit_ids = {row.code: row.unit_id for row in communes}
        self.source.currentIndexChanged.connect(lambda _index: self._load_branches())
        return box

    def _load_branches(self) -> None:
        from db.units import list_branches

        self._forget()
        self.branches.clear()
        unit_id = self._unit_ids.get(str(self.source.currentData() or ""))
        if unit_id is None:
            return
        year = self.merge_day().year

        def show(rows: list[Any]) -> None:
            self.branches.clear()
            for row in rows:
                item = QListWidgetItem(f"{row.name} — {number(row.members)}")
                item.setData(Qt.ItemDataRole.UserRole, row.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.branches.addItem(item)

        self.tasks.query(self, self.database,
                         lambda session: list_branches(session, unit_id, year), done=show)

    def chosen_branches(self) -> list[str]:
        """Return the ticked branches' names."""
        items = (self.branches.item(i) for i in range(self.branches.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def set_split(self, code: str, branches: list[str], into: str, on: dt.date) -> None:
        """Choose the commune, tick branches, pick the new code and the date."""
        self.source.setCurrentIndex(self.source.findData(code))
        for i in range(self.branches.count()):
            item = self.branches.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in branches else Qt.CheckState.Unchecked)
        self.into.setCurrentIndex(self.into.findData(into))
        self.on.setDate(QDate(on.year, on.month, on.day))

    def _plan_work(self) -> Callable[[Session], MergePlan]:
        code = str(self.source.currentData() or "")
        branches, village = self.chosen_branches(), self.village.text().strip() or None
        into, on = str(self.into.currentData() or ""), self.merge_day()
        return lambda session: split_plan_of(session, code, into, on, branch_names=branches,
                                             village=village)

    def _merge_work(self, plan: MergePlan, decisions: dict[str, str]) -> Callable[
            [Session], MergeResult]:
        del decisions
        code = plan.sources[0].code
        branches, village = self.chosen_branches(), self.village.text().strip() or None
        return lambda session: split_commune(session, code, plan.into_code, plan.on,
                                             branch_names=branches, village=village)
