"""The roll call at the meeting: large names, one big mark each, ticked as people come.

A branch leader takes the laptop (often a 10-inch touch one) to the meeting and ticks
the names there. Everything is sized to be read and hit at arm's length: names and
marks at 20 points or more, a whole row as the touch target. A tap or a click on a row
moves its mark on (Vắng → Có mặt → Vắng có lý do → Vắng); on the keyboard the arrows
move, Space or Enter move the mark on, C / V / P set it and go to the next row, and a
letter jumps to the first given name starting with it. The search box filters the
names as they are typed, with or without tones, and Enter there marks the one name
found present. "Xong" stores every mark in one save (see
:mod:`desktop.pages.meetings.marking_window`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QElapsedTimer,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.meetings import ATTENDANCE_LABELS, MeetingRow
from db.scope import WHOLE, Scope
from db.text import search_key, split_name
from desktop.models.attendance_table import AttendanceTableModel
from desktop.pages.meetings.marking_window import BIG_POINTS, MarkingWindow, big_font
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import ElidedLabel

Index = QModelIndex | QPersistentModelIndex

NEXT_STATUS = {"absent": "present", "present": "excused", "excused": "absent"}
"""A tap moves the mark on: most people come, so the first tap says "có mặt"."""

KEY_STATUS = {Qt.Key.Key_C: "present", Qt.Key.Key_V: "absent", Qt.Key.Key_P: "excused"}
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)

# Colours of the mark: filled green for "there", red outline for "not there", amber for
# a reason sent; each also differs in words, so nothing depends on seeing colour.
_MARK_STYLE = {
    "present": (QColor("#1e7d32"), QColor("#ffffff"), QColor("#1e7d32")),
    "absent": (QColor("#ffffff"), QColor("#b3261e"), QColor("#b3261e")),
    "excused": (QColor("#fff4ce"), QColor("#7a4f00"), QColor("#c08a00")),
}


class NameFilter(QSortFilterProxyModel):
    """Shows the rows whose name holds what was typed, tones or not ("huong" → Hương)."""

    def __init__(self, people: AttendanceTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self._needle = ""
        self._keys: list[str] = []
        self.setSourceModel(people)
        people.modelReset.connect(self._learn_names)

    def _learn_names(self) -> None:
        self._keys = [search_key(row.full_name) for row in self.people.rows()]

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (an empty text shows everyone)."""
        needle = search_key(text)
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        """Keep a row whose folded name contains the folded text."""
        if not self._needle:
            return True
        return 0 <= source_row < len(self._keys) and self._needle in self._keys[source_row]


class PersonDelegate(QStyledItemDelegate):
    """Paints a row: the sheet's number, the name in large type, and the mark as a button."""

    def __init__(self, view: QListView, people: AttendanceTableModel,
                 proxy: NameFilter, unit_name: str) -> None:
        super().__init__(view)
        self.people = people
        self.proxy = proxy
        self.unit_name = unit_name
        self.name_font = big_font(view, BIG_POINTS + 2, bold=True)
        self.mark_font = big_font(view, BIG_POINTS, bold=True)
        self.small_font = big_font(view, 13)
        self.number_width = QFontMetrics(self.small_font).horizontalAdvance("0000") + 8
        self.labels = {status: view.tr(label) for status, label in ATTENDANCE_LABELS.items()}
        marks = QFontMetrics(self.mark_font)
        self.mark_width = max(marks.horizontalAdvance(label)
                              for label in self.labels.values()) + 48
        self.height = (QFontMetrics(self.name_font).height()
                       + QFontMetrics(self.small_font).height() + 22)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Every row is as tall as a finger needs, whatever its text."""
        return QSize(400, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the row: number, name, what else tells her apart, and the mark."""
        number = self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row()
        if not 0 <= number < self.people.rowCount():
            return
        row = self.people.row(number)
        rect = QRect(option.rect)
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#dbeafe") if selected else
                         QColor("#ffffff") if index.row() % 2 == 0 else QColor("#f5f6f8"))
        painter.setPen(QPen(QColor("#d0d4da"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if selected:
            painter.setPen(QPen(QColor("#1a56db"), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        # The number printed on the sheet, so the paper and the screen can be compared.
        painter.setFont(self.small_font)
        painter.setPen(QColor("#5f6368"))
        painter.drawText(QRect(rect.left() + 4, rect.top(), self.number_width, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(number + 1))
        mark = QRect(rect.right() - self.mark_width - 12, rect.top() + 9, self.mark_width,
                     rect.height() - 18)
        fill, text, border = _MARK_STYLE.get(row.status, _MARK_STYLE["absent"])
        painter.setPen(QPen(border, 2))
        painter.setBrush(fill)
        painter.drawRoundedRect(mark, 10, 10)
        painter.setFont(self.mark_font)
        painter.setPen(text)
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter,
                         self.labels.get(row.status, row.status))
        # Her branch only when it is not the meeting's own (a guest, a commune meeting).
        branch = "" if row.branch == self.unit_name else row.branch.removeprefix("Chi hội ")
        details = [part for part in (branch, row.title, row.note or "") if part]
        left = rect.left() + self.number_width + 20
        width = max(10, mark.left() - 16 - left)
        names = QFontMetrics(self.name_font)
        painter.setFont(self.name_font)
        painter.setPen(QColor("#111111"))
        top = rect.top() + 8 if details else rect.center().y() - names.height() // 2
        name_rect = QRect(left, top, width, names.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         names.elidedText(row.full_name, Qt.TextElideMode.ElideRight, width))
        if details:
            small = QFontMetrics(self.small_font)
            painter.setFont(self.small_font)
            painter.setPen(QColor("#5f6368"))
            painter.drawText(
                QRect(left, name_rect.bottom() + 2, width, small.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText(" · ".join(details), Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()


class RollList(QListView):
    """The list of names, with the roll call's keys (see the module's words)."""

    def __init__(self, window: RollCallWindow) -> None:
        super().__init__(window)
        self.roll = window
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Mark, move the mark on, or jump to a name; other keys move as usual."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if event.matches(QKeySequence.StandardKey.Undo):
            self.roll.undo()
            return
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)
            return
        if key in TOGGLE_KEYS:
            self.roll.cycle(self.currentIndex())
            return
        if key in KEY_STATUS:
            self.roll.mark(self.currentIndex(), KEY_STATUS[key], advance=True)
            return
        text = event.text()
        if text.isalpha():
            self.jump(text)
            return
        super().keyPressEvent(event)

    def jump(self, letter: str) -> None:
        """Go to the next given name starting with the letters just typed.

        Letters typed in quick succession make a longer start ("hu" → Huệ, Hương);
        one letter again goes on to the next name with that letter.
        """
        again = self._since.isValid() and (
            self._since.elapsed() < QApplication.keyboardInputInterval()
        )
        self._since.start()
        folded = search_key(letter)
        if not folded:
            return
        self._typed = self._typed + folded if again and self._typed != folded else folded
        model = self.model()
        count = model.rowCount()
        if not count:
            return
        current = max(self.currentIndex().row(), 0)
        start = current + 1 if len(self._typed) == 1 else current
        for step in range(count):
            number = (start + step) % count
            source = self.roll.proxy.mapToSource(model.index(number, 0)).row()
            given = search_key(split_name(self.roll.people.row(source).full_name)[2])
            if given.startswith(self._typed):
                self.setCurrentIndex(model.index(number, 0))
                return


class SearchBox(QLineEdit):
    """The name filter; Down goes to the list, Enter marks the one name found present."""

    def __init__(self, window: RollCallWindow) -> None:
        super().__init__(window)
        self.roll = window

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Leave the box for the list, or mark the single match."""
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.roll.focus_list()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.roll.mark_found()
            return
        super().keyPressEvent(event)


class RollCallWindow(MarkingWindow):
    """Large-type attendance of one meeting, ticked at the meeting itself."""

    def __init__(self, database: Database, tasks: TaskRunner, meeting: MeetingRow,
                 parent: QWidget | None = None, *, scope: Scope = WHOLE) -> None:
        super().__init__(database, tasks, meeting, parent, scope=scope)
        self.setWindowTitle(self.tr("Điểm danh tại buổi sinh hoạt"))
        self.title = ElidedLabel(self.heading())
        self.title.setFont(big_font(self, 15, bold=True))
        self.count = QLabel()
        self.count.setFont(big_font(self, BIG_POINTS + 6, bold=True))
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.others = QLabel()
        self.others.setFont(big_font(self, 14))
        self.others.setTextFormat(Qt.TextFormat.PlainText)
        self.search = SearchBox(self)
        self.search.setFont(big_font(self))
        self.search.setPlaceholderText(self.tr("Tìm tên… (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.nothing_found = QLabel(self.tr("Không có tên nào như vậy trong danh sách."))
        self.nothing_found.setFont(big_font(self, 16))
        self.nothing_found.setStyleSheet("color: #b3261e")
        self.nothing_found.hide()
        self.proxy = NameFilter(self.people, self)
        self.list = RollList(self)
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(
            PersonDelegate(self.list, self.people, self.proxy, meeting.unit_name))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalScrollBar().setStyleSheet("QScrollBar:vertical { width: 28px; }")
        # A finger drags the list; a tap (no drag) still reaches the row as a click.
        QScroller.grabGesture(self.list.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        self.list.clicked.connect(self.cycle)
        hint = QLabel(self.tr(
            "Chạm hoặc bấm vào một người để đổi: Vắng → Có mặt → Vắng có lý do. "
            "Phím: ↑↓ di chuyển · Dấu cách/Enter đổi · C có mặt · V vắng · P có lý do · "
            "gõ chữ đầu của tên để nhảy tới · Ctrl+Z hoàn tác"
        ))
        hint.setWordWrap(True)
        hint.setFont(big_font(self, 12))
        hint.setStyleSheet("color: #444")
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.done_button = QPushButton(self.tr("Xong"))
        for button in (self.undo_button, self.close_button, self.done_button):
            button.setFont(big_font(self, 18, bold=button is self.done_button))
            button.setMinimumHeight(56)
            button.setMinimumWidth(150)
            button.setAutoDefault(False)
        self.done_button.setStyleSheet(
            "QPushButton { background: #1e7d32; color: white; border-radius: 6px; "
            "padding: 6px 24px; } QPushButton:disabled { background: #9bbf9f; }"
        )
        self.undo_button.setEnabled(False)
        self.people.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.reject)
        self.done_button.clicked.connect(self.save)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.others)
        top.addLayout(heading, 1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.nothing_found)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self._filter)
        self.people.dataChanged.connect(lambda *_args: self._show_count())
        self.people.modelReset.connect(self._show_count)
        self._show_count()
        self.setMinimumSize(640, 480)
        self.resize(1280, 720)

    def shown(self) -> None:
        """Start on the first name, ready for the keys."""
        self._show_count()
        self.focus_list()

    def _show_count(self) -> None:
        present, excused, absent = self.people.counts()
        total = present + excused + absent
        self.count.setText(self.tr("Có mặt {p}/{t}").format(p=present, t=total))
        self.others.setText(self.tr("Vắng có lý do {e} · Vắng {a}").format(e=excused, a=absent))

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        found = self.proxy.rowCount()
        self.nothing_found.setVisible(bool(text.strip()) and not found)
        if found:
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def focus_list(self) -> None:
        """Put the keyboard on the list, on the current name or the first one."""
        self.list.setFocus()
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _source_row(self, index: QModelIndex) -> int:
        if not index.isValid():
            return -1
        return self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row()

    def cycle(self, index: QModelIndex) -> None:
        """Move a person's mark on (a tap, a click, Space or Enter)."""
        number = self._source_row(index)
        if number < 0:
            return
        status = self.people.row(number).status
        self.people.set_status(number, NEXT_STATUS.get(status, "present"))

    def mark(self, index: QModelIndex, status: str, *, advance: bool = False) -> None:
        """Give a person a mark (C / V / P), then go to the next name if asked."""
        number = self._source_row(index)
        if number < 0:
            return
        self.people.set_status(number, status)
        if advance and index.row() + 1 < self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(index.row() + 1, 0))

    def mark_found(self) -> None:
        """Enter in the search box: the one name found comes present, the box empties.

        With several names found, Enter goes to the list instead, to choose one.
        """
        if self.proxy.rowCount() != 1 or not self.search.text().strip():
            self.focus_list()
            return
        self.mark(self.proxy.index(0, 0), "present")
        self.search.clear()
