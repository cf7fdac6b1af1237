"""The question asked when someone else saved a record while this person was editing it.

Several people share one register on a server (and two windows may share a file): a
form keeps the version it read, and the save is refused when the stored row has moved
on (``db.errors.ConcurrentChangeError``). Refusing alone would leave the person with a
form she cannot save; this dialog shows her version beside the stored one, field by
field with the differing ones marked, and lets her keep hers, take theirs or go back to
editing. What she typed stays in the form whatever she chooses until she chooses to
take theirs. Every value is shown as plain text (names may come from other sites).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import formatting
from desktop.widgets.screen_fit import fit_to_screen

_DIFFERENT = QColor("#fff3cd")
_CAPTION_WIDTH = 280
"""The widest the caption column starts, in pixels (a third of the dialog's width)."""


class ConflictChoice(enum.Enum):
    """What the person chose."""

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    EDIT = "edit"


@dataclass(frozen=True)
class ComparedField:
    """One field as this person typed it and as it is stored now."""

    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        """Tell whether the two versions disagree on this field."""
        return self.mine != self.theirs


class ConflictDialog(QDialog):
    """Both versions side by side, and the three ways on."""

    def __init__(self, parent: QWidget | None, what: str, fields: Sequence[ComparedField]) -> None:
        super().__init__(parent)
        self.choice = ConflictChoice.EDIT
        self.setWindowTitle(self.tr("Người khác đã sửa hồ sơ này"))
        layout = QVBoxLayout(self)
        differing = sum(1 for field in fields if field.differs)
        intro = QLabel(self.tr(
            "Trong lúc bạn sửa {what}, một người khác đã lưu thay đổi. Chưa có gì của bạn "
            "được lưu, và những gì bạn gõ vẫn còn. {count} mục khác nhau được tô màu."
        ).format(what=what, count=differing))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(fields), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mục"), self.tr("Bạn vừa gõ"), self.tr("Đang lưu (người khác sửa)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rows grow to their wrapped text whenever the columns change width.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        bold = QFont(self.font())
        bold.setBold(True)
        for row, field in enumerate(fields):
            for column, value in enumerate((field.label, field.mine, field.theirs)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if field.differs:
                    item.setBackground(QBrush(_DIFFERENT))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        # A long caption (a target's whole sentence) wraps within a third of the table
        # instead of pushing both versions off to a sliver each.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, min(self.table.sizeHintForColumn(0) + 8, _CAPTION_WIDTH))
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(self)
        self.keep_mine = QPushButton(self.tr("Lưu bản của tôi"))
        self.keep_mine.setToolTip(self.tr("Ghi những gì bạn gõ đè lên bản người khác vừa lưu"))
        self.take_theirs = QPushButton(self.tr("Lấy bản đang lưu"))
        self.take_theirs.setToolTip(self.tr("Bỏ những gì bạn gõ, hiện bản người khác vừa lưu"))
        self.edit = QPushButton(self.tr("Quay lại sửa"))
        self.edit.setToolTip(self.tr(
            "Tiếp tục sửa trên màn hình; lần lưu sau sẽ ghi đè bản đang lưu"))
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.edit, QDialogButtonBox.ButtonRole.RejectRole)
        self.edit.setDefault(True)
        self.keep_mine.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.edit.clicked.connect(lambda: self._choose(ConflictChoice.EDIT))
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(860, 560))

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.EDIT:
            self.reject()
        else:
            self.accept()


def ask_about_conflict(
    parent: QWidget | None, what: str, fields: Sequence[ComparedField]
) -> ConflictChoice:
    """Show the dialog and return the choice (looked up at call time, so tests answer it)."""
    dialog = ConflictDialog(parent, what, fields)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def shown_value(widget: QWidget | None, value: object) -> str:
    """A draft's value as the form's widget puts it on screen, for the comparison."""
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            return widget.itemText(index)
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictDialog", "Có") if value
                else QCoreApplication.translate("ConflictDialog", "Không"))
    if isinstance(value, dt.date):
        return formatting.date(value)
    if isinstance(value, tuple | list):
        return "; ".join(shown_value(None, item) for item in value)
    return "" if value is None else str(value)


def compare_drafts(
    rows: Iterable[tuple[str, str, QWidget | None]], mine: object, theirs: object,
    shown: Callable[[str, QWidget | None, object], str] | None = None,
) -> list[ComparedField]:
    """Both drafts field by field, the differing fields first.

    Args:
        rows: (caption, the draft's attribute, the form's widget for it), in screen order.
        mine: what she typed, as a draft.
        theirs: the stored version, as a draft.
        shown: how a field's value is shown when the widget alone cannot tell (a list of
            topics by their names); gets the attribute, the widget and the value.
    """
    def text(name: str, widget: QWidget | None, value: object) -> str:
        return shown(name, widget, value) if shown is not None else shown_value(widget, value)

    fields = [ComparedField(caption, text(name, widget, getattr(mine, name)),
                            text(name, widget, getattr(theirs, name)))
              for caption, name, widget in rows]
    # The fields that differ first: they are what she has to decide about.
    return sorted(fields, key=lambda field: not field.differs)


def settle_conflict(
    parent: QWidget, what: str, fields: Sequence[ComparedField], *,
    take_theirs: Callable[[], None], answer_theirs: Callable[[], None],
    keep_mine: Callable[[], None],
) -> ConflictChoice:
    """Ask, then do what she chose; what she typed stays unless she takes theirs.

    Args:
        parent: the form.
        what: the record, as the dialog's question names it ("lớp …").
        fields: both versions, from :func:`compare_drafts`.
        take_theirs: fill the form with the stored version.
        answer_theirs: make her version answer the stored one (take its row version),
            so that the next save writes over it.
        keep_mine: save again.
    """
    choice = ask_about_conflict(parent, what, fields)
    if choice is ConflictChoice.TAKE_THEIRS:
        take_theirs()
        return choice
    answer_theirs()
    if choice is ConflictChoice.KEEP_MINE:
        keep_mine()
    return choice
