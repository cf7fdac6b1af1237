"""Dialogs of the officers page: posts, qualifications, training needs, title standards.

Each form hands what is on screen to :mod:`db.officers`, which answers with one message
per field; the messages appear in red under their fields and nothing typed is lost.
Closing a form with changes asks first, like the member form. Every write goes to the
single database writer through :class:`desktop.tasks.TaskRunner`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.errors import ConcurrentChangeError, UserError
from db.members import MemberFilter, search_members
from db.models import MemberStatus
from db.officers import (
    EMPLOYMENT_LABELS,
    LEVELS,
    QUALIFICATION_KIND_LABELS,
    TITLE_LABELS,
    PostDraft,
    SecondChairError,
    StandardConflictError,
    StandardRow,
    add_post,
    add_qualification,
    assignable_units,
    delete_standard,
    end_post,
    level_label,
    level_rank,
    list_standards,
    list_topics,
    register_need,
    save_standard,
)
from db.site import SiteInfo
from desktop.error_text import error_text
from desktop.tasks import TaskRunner
from desktop.widgets import conflict_dialog
from desktop.widgets.choices import choice_edit, set_choice
from desktop.widgets.field_errors import ask_discard, error_label, fit_height, with_error
from desktop.widgets.messages import confirm, show_problem
from desktop.widgets.optional_date_edit import OptionalDateEdit
from desktop.widgets.screen_fit import fit_to_screen, narrow_combo

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
"""Pause after a key before searching, so fast typing does not queue searches."""


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumWidth(160)
    return edit


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    """A form with a message under each field, "Lưu"/"Hủy" and an unsaved-changes prompt.

    Subclasses add their fields with :meth:`add_field`, return what is on screen from
    :meth:`snapshot` (compared to tell whether anything changed) and store it in
    :meth:`save`.

    Signals:
        saved(str): the key of what was stored.
    """

    saved = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = error_label()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Lưu"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self._baseline: Any = None
        self._saving = False

    def add_field(self, name: str, caption: str, widget: QWidget) -> None:
        """Add a labelled input with its (hidden) error label underneath."""
        label = error_label()
        self.errors[name] = label
        self.fields[name] = widget
        self.form.addRow(caption, with_error(widget, label))

    def mark_clean(self) -> None:
        """Remember what is on screen as "nothing changed"."""
        self._baseline = self.snapshot()

    def snapshot(self) -> Any:
        """Return what is on screen (compared with the state when opened)."""
        raise NotImplementedError

    def save(self) -> None:
        """Store what is on screen."""
        raise NotImplementedError

    def is_modified(self) -> bool:
        """Tell whether anything on screen changed since it was opened or saved."""
        return bool(self.snapshot() != self._baseline)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message under its field; others above the buttons."""
        self.clear_errors()
        general: list[str] = []
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                general.append(message)
            else:
                label.setText(message)
                label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        fit_height(self)
        first = next((name for name in self.fields if name in errors), None)
        if first is not None:
            self.fields[first].setFocus()

    def clear_errors(self) -> None:
        """Hide every message."""
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.hide()

    def run_write(self, tasks: TaskRunner, work: Callable[[], str],
                  retry: Callable[[], None] | None = None,
                  conflict: Callable[[ConcurrentChangeError], None] | None = None) -> None:
        """Store on the single writer; on success close, on failure show why.

        ``conflict`` answers a save refused because someone else changed the record
        meanwhile (both versions side by side) instead of a message.
        """
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)

        def done(key: str) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.mark_clean()
            self.saved.emit(str(key))
            self.accept()

        def failed(exc: BaseException, _details: str) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            errors = getattr(exc, "errors", None)
            if isinstance(errors, dict):
                self.show_errors(errors)
            elif isinstance(exc, ConcurrentChangeError) and conflict is not None:
                conflict(exc)
            elif isinstance(exc, SecondChairError) and retry is not None:
                if confirm(self, self.windowTitle(), error_text(exc) + "\n\n" + self.tr(
                        "Vẫn giao chức danh Chủ tịch?"), self.tr("Vẫn giao")):
                    retry()
            elif isinstance(exc, UserError):
                self.show_errors({"": error_text(exc)})
            else:
                log.error("officers form: unexpected %s", type(exc).__name__)
                self.show_errors({"": self.tr("Chưa lưu được. Những gì bạn nhập vẫn còn trên "
                                              "màn hình; hãy thử lại.")})

        tasks.write(work, done, failed)

    def reject(self) -> None:
        """Close, but never lose typed changes unasked."""
        if self._saving:
            return
        if not self.is_modified():
            super().reject()
            return
        if ask_discard(self, self.windowTitle()):
            super().reject()


# --------------------------------------------------------------------------- posts


class PostDialog(FormDialog):
    """Give a member a post (giao chức danh): who, where, which title, since when.

    Without a member given, the person is found by typing part of her name: the list
    under the box shows active members of the commune as she types.
    """

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner, *,
        member_id: str | None = None, member_name: str = "", today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Giao chức danh"), parent)
        self.database, self.site, self.tasks = database, site, tasks
        self.member_id = member_id
        today = today or dt.date.today()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ họ tên để tìm, ví dụ: nguyen thi hoa"))
        self.results = QListWidget()
        self.results.setMaximumHeight(150)
        picker = QWidget()
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(self.search)
        picker_layout.addWidget(self.results)
        self.chosen = QLabel(member_name)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        font = self.chosen.font()
        font.setBold(True)
        self.chosen.setFont(font)
        self.unit = narrow_combo(QComboBox())
        self.title = QComboBox()
        for value, label in TITLE_LABELS.items():
            self.title.addItem(self.tr(label), str(value))
        # Branch heads are the posts given most often; a chair is never a default.
        self.title.setCurrentIndex(self.title.findData("branch_head"))
        self.employment = QComboBox()
        for value, label in EMPLOYMENT_LABELS.items():
            self.employment.addItem(self.tr(label), str(value))
        self.employment.setCurrentIndex(self.employment.findData("part_time"))
        self.start_on = OptionalDateEdit()
        self.start_on.set_date(today)
        self.end_on = OptionalDateEdit()
        self.decision = QLineEdit()
        self.decision.setMaxLength(200)
        self.decision.setPlaceholderText(self.tr("ví dụ: Quyết định số 15/QĐ-HLHPN"))

        if member_id is None:
            self.add_field("member_id", self.tr("Hội viên *"), picker)
            self.form.addRow("", self.chosen)
        else:
            self.add_field("member_id", self.tr("Hội viên"), self.chosen)
        self.add_field("title", self.tr("Chức danh *"), self.title)
        self.add_field("unit_id", self.tr("Đơn vị *"), self.unit)
        self.add_field("employment", self.tr("Chế độ"), self.employment)
        self.add_field("start_on", self.tr("Từ ngày"), self.start_on)
        self.add_field("end_on", self.tr("Đến ngày"), self.end_on)
        self.add_field("decision", self.tr("Quyết định"), self.decision)

        with database.reading() as session:
            self.units = assignable_units(session, site.unit_id)
        for unit in self.units:
            self.unit.addItem(unit.name, unit.id)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find_members)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(self._picked)
        self.title.currentIndexChanged.connect(self._suggest_unit)
        self._suggest_unit()
        self.mark_clean()
        fit_to_screen(self, QSize(560, self.sizeHint().height()))
        (self.search if member_id is None else self.title).setFocus()

    def find_members(self) -> None:
        """List the active members whose name holds the words typed (up to 30)."""
        self._timer.stop()
        text = self.search.text()
        self.results.clear()
        if not text.strip():
            return
        with self.database.reading() as session:
            rows = search_members(session, MemberFilter(
                text=text, commune_id=self.site.unit_id, status=MemberStatus.ACTIVE), limit=30)
        for row in rows:
            born = row.birth_date[:4] if row.birth_date else "?"
            item = QListWidgetItem(self.tr("{name} — sinh {born}, {branch}").format(
                name=row.full_name, born=born, branch=row.branch or self.tr("chưa có chi hội")))
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.full_name, row.branch_id))
            self.results.addItem(item)
        if not rows:
            self.results.addItem(self.tr("Không tìm thấy hội viên đang sinh hoạt nào."))

    def _picked(self, item: QListWidgetItem | None, _previous: object) -> None:
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        member_id, name, branch_id = data
        self.member_id = member_id
        self.chosen.setText(self.tr("Đã chọn: {name}").format(name=name))
        self._member_branch = branch_id
        self.errors["member_id"].hide()
        self._suggest_unit()

    def _suggest_unit(self) -> None:
        """Put the unit where the title is held: the commune, or her own branch."""
        title = self.title.currentData()
        if title in ("branch_head", "branch_deputy", "group_head"):
            branch = getattr(self, "_member_branch", None)
            index = self.unit.findData(branch) if branch else -1
            if index < 0 and self.unit.currentIndex() == 0 and self.unit.count() > 1:
                index = 1
            if index >= 0:
                self.unit.setCurrentIndex(index)
        else:
            self.unit.setCurrentIndex(0)

    def draft(self) -> PostDraft:
        """Return what is on screen."""
        return PostDraft(
            member_id=self.member_id or "", unit_id=str(self.unit.currentData() or ""),
            title=str(self.title.currentData()), employment=str(self.employment.currentData()),
            start_on=self.start_on.date(), end_on=self.end_on.date(),
            decision=self.decision.text(),
        )

    def snapshot(self) -> Any:
        """Return what is on screen."""
        return self.draft()

    def save(self, *, allow_second_chair: bool = False) -> None:
        """Store the post; a second chair is asked about before it is stored."""
        draft = self.draft()
        database, commune_id = self.database, self.site.unit_id

        def work() -> str:
            with database.transaction() as session:
                return add_post(session, commune_id, draft,
                                allow_second_chair=allow_second_chair)

        self.clear_errors()
        self.run_write(self.tasks, work, retry=lambda: self.save(allow_second_chair=True))


class EndPostDialog(FormDialog):
    """Ask the day a person stopped holding a post (thôi giữ chức)."""

    def __init__(self, database: Database, tasks: TaskRunner, post_id: str, what: str,
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thôi giữ chức"), parent)
        self.database, self.tasks, self.post_id = database, tasks, post_id
        heading = QLabel(what)
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.end_on = _date_edit(today)
        self.add_field("end_on", self.tr("Ngày thôi giữ chức"), self.end_on)
        self.mark_clean()

    def snapshot(self) -> Any:
        """Return the day shown."""
        return _day(self.end_on)

    def save(self) -> None:
        """Store the end of the post."""
        day, database, post_id = _day(self.end_on), self.database, self.post_id

        def work() -> str:
            with database.transaction() as session:
                end_post(session, post_id, day)
            return post_id

        self.run_write(self.tasks, work)


# --------------------------------------------------------------------------- qualifications


class QualificationDialog(FormDialog):
    """Record a qualification: kind, level (usual ones offered), date, issuer, number.

    A level not in the usual list ("Cử nhân chính trị") needs its equivalent rank, so
    the standards can still compare it; the rank box appears only then.
    """

    def __init__(self, database: Database, tasks: TaskRunner, member_id: str, name: str,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thêm trình độ — {name}").format(name=name), parent)
        self.database, self.tasks, self.member_id = database, tasks, member_id
        self.today = today or dt.date.today()
        self.kind = QComboBox()
        for value, label in QUALIFICATION_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), str(value))
        self.level = choice_edit((), max_length=60)
        self.rank = QSpinBox()
        self.rank.setRange(0, 20)
        self.rank_caption = QLabel(self.tr("Tương đương bậc"))
        self.rank.setToolTip(self.tr("Trình độ ngoài danh sách: tương đương mức nào trong "
                                     "danh sách (0 = không có)"))
        self.obtained_on = OptionalDateEdit()
        self.issuer = QLineEdit()
        self.issuer.setMaxLength(200)
        self.number = QLineEdit()
        self.number.setMaxLength(60)
        self.add_field("kind", self.tr("Loại trình độ"), self.kind)
        self.add_field("level", self.tr("Trình độ *"), self.level)
        self.add_field("rank", self.tr("Tương đương bậc"), self.rank)
        self.add_field("obtained_on", self.tr("Ngày cấp"), self.obtained_on)
        self.add_field("issuer", self.tr("Nơi cấp"), self.issuer)
        self.add_field("certificate_number", self.tr("Số văn bằng"), self.number)
        self.kind.currentIndexChanged.connect(self._fill_levels)
        self.level.editTextChanged.connect(self._show_rank)
        self._fill_levels()
        self.mark_clean()
        fit_to_screen(self, QSize(520, self.sizeHint().height()))

    def _fill_levels(self) -> None:
        kind = str(self.kind.currentData())
        self.level.clear()
        self.level.addItems([label for label, _rank in LEVELS.get(kind, ())])
        self.level.setCurrentIndex(-1)
        self.level.setEditText("")
        self._show_rank()

    def _custom(self) -> bool:
        text = self.level.currentText().strip()
        return bool(text) and level_rank(str(self.kind.currentData()), text) is None

    def _show_rank(self, *_args: object) -> None:
        box = self.rank.parentWidget()
        if box is not None:
            row, _role = self.form.getWidgetPosition(box)
            self.form.setRowVisible(row, self._custom())

    def set_level(self, kind: str, level: str) -> None:
        """Choose a kind and show a level (for the person or a test)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        set_choice(self.level, level)

    def snapshot(self) -> Any:
        """Return what is on screen."""
        return (self.kind.currentData(), self.level.currentText(), self.rank.value(),
                self.obtained_on.date(), self.issuer.text(), self.number.text())

    def save(self) -> None:
        """Store the qualification."""
        kind, level, rank, obtained, issuer, number = self.snapshot()
        explicit = rank if self._custom() else None
        database, member_id, today = self.database, self.member_id, self.today

        def work() -> str:
            with database.transaction() as session:
                return add_qualification(session, member_id, kind, level, obtained, issuer,
                                         number, rank=explicit, today=today)

        self.clear_errors()
        self.run_write(self.tasks, work)


# --------------------------------------------------------------------------- needs


class NeedDialog(FormDialog):
    """Record that an officer asked to be trained in a topic of the catalog."""

    def __init__(self, database: Database, tasks: TaskRunner, member_id: str, name: str,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nhu cầu bồi dưỡng — {name}").format(name=name), parent)
        self.database, self.tasks, self.member_id = database, tasks, member_id
        self.topic = narrow_combo(QComboBox())
        with database.reading() as session:
            for topic in list_topics(session):
                self.topic.addItem(topic.name, topic.id)
        self.registered_on = _date_edit(today or dt.date.today())
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.add_field("topic_id", self.tr("Chuyên đề"), self.topic)
        self.add_field("registered_on", self.tr("Ngày đăng ký"), self.registered_on)
        self.add_field("note", self.tr("Ghi chú"), self.note)
        self.mark_clean()
        fit_to_screen(self, QSize(560, self.sizeHint().height()))

    def snapshot(self) -> Any:
        """Return what is on screen."""
        return (self.topic.currentData(), _day(self.registered_on), self.note.text())

    def save(self) -> None:
        """Store the need."""
        topic_id, day, note = self.snapshot()
        database, member_id = self.database, self.member_id

        def work() -> str:
            with database.transaction() as session:
                return register_need(session, member_id, str(topic_id), day, note)

        self.clear_errors()
        self.run_write(self.tasks, work)


# --------------------------------------------------------------------------- standards


class StandardRuleDialog(FormDialog):
    """Add or change one rule: a title needs a kind of qualification at a minimum level."""

    def __init__(self, database: Database, tasks: TaskRunner, rule: StandardRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sửa tiêu chuẩn") if rule else self.tr("Thêm tiêu chuẩn"),
                         parent)
        self.database, self.tasks = database, tasks
        self.rule_id = rule.id if rule else None
        self.seen = rule  # a save refuses when someone else changed the rule meanwhile
        self.title = QComboBox()
        for value, label in TITLE_LABELS.items():
            self.title.addItem(self.tr(label), str(value))
        self.kind = QComboBox()
        for value, label in QUALIFICATION_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), str(value))
        self.min_level = QComboBox()
        self.description = QLineEdit()
        self.description.setMaxLength(300)
        self.description.setPlaceholderText(self.tr("để trống: tự ghi theo trình độ đã chọn"))
        self.add_field("title", self.tr("Chức danh"), self.title)
        self.add_field("kind", self.tr("Loại trình độ"), self.kind)
        self.add_field("min_rank", self.tr("Tối thiểu"), self.min_level)
        self.add_field("description", self.tr("Mô tả"), self.description)
        self.kind.currentIndexChanged.connect(self._fill_levels)
        self._fill_levels()
        if rule is not None:
            self._fill(rule)
        self.mark_clean()
        fit_to_screen(self, QSize(560, self.sizeHint().height()))

    def _fill(self, rule: StandardRow) -> None:
        self.title.setCurrentIndex(self.title.findData(rule.title))
        self.kind.setCurrentIndex(self.kind.findData(rule.kind))  # the levels follow
        self.set_min_rank(rule.min_rank)
        self.description.setText(rule.description)

    def _fill_levels(self) -> None:
        kind = str(self.kind.currentData())
        self.min_level.clear()
        for label, rank in LEVELS.get(kind, ()):
            if rank >= 1:
                self.min_level.addItem(self.tr("{level} trở lên").format(level=label), rank)

    def set_min_rank(self, rank: int) -> None:
        """Show a minimum rank (added as "bậc n" if it is not a usual level)."""
        index = self.min_level.findData(rank)
        if index < 0:
            self.min_level.addItem(self.tr("bậc {rank} trở lên").format(rank=rank), rank)
            index = self.min_level.count() - 1
        self.min_level.setCurrentIndex(index)

    def snapshot(self) -> Any:
        """Return what is on screen."""
        return (self.title.currentData(), self.kind.currentData(),
                self.min_level.currentData(), self.description.text())

    def save(self) -> None:
        """Store the rule."""
        title, kind, rank, description = self.snapshot()
        database, rule_id, seen = self.database, self.rule_id, self.seen

        def work() -> str:
            with database.transaction() as session:
                return save_standard(session, str(title), str(kind), int(rank or 0),
                                     description, standard_id=rule_id, seen=seen)

        self.clear_errors()
        self.run_write(self.tasks, work, conflict=self._settle)

    def _settle(self, exc: ConcurrentChangeError) -> None:
        """Someone changed the rule meanwhile: both versions side by side, she chooses."""
        if not isinstance(exc, StandardConflictError) or self.rule_id is None:
            self.show_errors({"": error_text(exc)})
            return
        stored = exc.stored
        title, kind, rank, description = self.snapshot()
        mine = StandardRow(self.rule_id, str(title), str(kind), int(rank or 0), description)

        def least(rule: StandardRow) -> str:
            return self.tr("{level} trở lên").format(
                level=level_label(rule.kind, rule.min_rank))

        rows: list[tuple[str, str, QWidget | None]] = [
            (self.tr("Chức danh"), "title", self.title),
            (self.tr("Loại trình độ"), "kind", self.kind),
            (self.tr("Mô tả"), "description", self.description),
        ]
        fields = [*conflict_dialog.compare_drafts(rows, mine, stored),
                  conflict_dialog.ComparedField(self.tr("Tối thiểu"), least(mine),
                                                least(stored))]
        fields.sort(key=lambda field: not field.differs)

        def take_theirs() -> None:
            self._fill(stored)
            self.seen = stored

        conflict_dialog.settle_conflict(
            self, self.tr("tiêu chuẩn của {title}").format(
                title=self.tr(TITLE_LABELS.get(stored.title, stored.title))),
            fields, take_theirs=take_theirs,
            answer_theirs=lambda: setattr(self, "seen", stored),
            keep_mine=self.save)



class StandardsDialog(QDialog):
    """The title standards as a table of rules, with add, edit and delete.

    Signals:
        changed(): a rule was added, changed or deleted (evaluations must be redone).
    """

    changed = Signal()

    def __init__(self, database: Database, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.tasks = database, tasks
        self.setWindowTitle(self.tr("Tiêu chuẩn chức danh"))
        self.rule_dialog: StandardRuleDialog | None = None
        intro = QLabel(self.tr(
            "Mỗi dòng là một yêu cầu về trình độ của một chức danh. Cán bộ đạt chuẩn khi có "
            "đủ mọi yêu cầu của các chức danh đang giữ. Tiêu chuẩn do cấp trên ban hành; "
            "sửa ở đây khi có hướng dẫn mới."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Chức danh"), self.tr("Loại trình độ"),
                                              self.tr("Tối thiểu"), self.tr("Mô tả")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 170)
        self.add_button = QPushButton(self.tr("&Thêm…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa"))
        close = QPushButton(self.tr("Đóng"))
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.open_rule(None))
        self.edit_button.clicked.connect(lambda: self.open_rule(self.selected()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_rule(self.selected()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        close.clicked.connect(self.accept)
        self.rules: list[StandardRow] = []
        self.reload()
        fit_to_screen(self, QSize(900, 480))

    def reload(self) -> None:
        """Read the rules again."""
        with self.database.reading() as session:
            self.rules = list_standards(session)
        self.table.setRowCount(len(self.rules))
        for number, rule in enumerate(self.rules):
            for column, text in enumerate((rule.title_label, rule.kind_label,
                                           rule.min_level, rule.description)):
                item = QTableWidgetItem(self.tr(text) if column < 2 else text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self._update_buttons()

    def selected(self) -> StandardRow | None:
        """Return the rule on the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows else None

    def open_rule(self, rule: StandardRow | None) -> StandardRuleDialog:
        """Open the form for a new rule (None) or for a rule; return it (it is modal)."""
        dialog = StandardRuleDialog(self.database, self.tasks, rule, self)
        dialog.saved.connect(self._rule_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.rule_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Delete the selected rule after asking."""
        rule = self.selected()
        if rule is None:
            return
        if not confirm(self, self.tr("Xóa tiêu chuẩn"), self.tr(
                "Xóa yêu cầu “{description}” của chức danh {title}?").format(
                description=rule.description, title=rule.title_label), self.tr("Xóa")):
            return
        database = self.database

        def work() -> str:
            with database.transaction() as session:
                delete_standard(session, rule.id)
            return rule.id

        def failed(exc: BaseException, _details: str) -> None:
            show_problem(self, error_text(exc) if isinstance(exc, UserError)
                         else self.tr("Chưa xóa được tiêu chuẩn."))

        self.tasks.write(work, self._rule_saved, failed)

    def _rule_saved(self, _key: str) -> None:
        self.reload()
        self.changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
