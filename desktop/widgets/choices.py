"""Drop-downs of usual answers that still accept whatever is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def choice_edit(choices: tuple[str, ...], max_length: int = 60) -> QComboBox:
    """Return a drop-down of usual answers that also accepts anything typed.

    Registers hold spellings the list does not know ("Mường", "Cử nhân chính trị"), so
    the list helps without restricting; typed text is never added to the list itself.
    """
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(choices))
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    combo.lineEdit().setMaxLength(max_length)
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def set_choice(combo: QComboBox, text: str) -> None:
    """Show ``text`` in an editable drop-down, whether or not it is one of its items."""
    index = combo.findText(text)
    combo.setCurrentIndex(index)
    combo.setEditText(text)
