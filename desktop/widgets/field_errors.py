"""Messages beside the fields they are about, and the "not saved" box.

Every form shows problems the same way: a red line right under the field, and, for
failures that are not about a field, a box saying that what was typed is still there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.screen_fit import FRAME_HEIGHT

ERROR_STYLE = "color: #b3261e;"
"""Dark red that stays readable on light and grey backgrounds (and in print-outs)."""


def error_label() -> QLabel:
    """Return a hidden red label that sits under a field and explains what is wrong.

    The label keeps its line while hidden: when a message appears the fields below do
    not jump down under the pointer (a person clicking the next field hit the one
    after it). A message longer than a line still grows it.
    """
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().height())
    label.hide()
    return label


def with_error(field: QWidget, label: QLabel) -> QWidget:
    """Stack a field and its error label, so a message appears right under its field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(label)
    return box


def form_with_errors(
    fields: Sequence[tuple[str, str, QWidget]],
) -> tuple[QFormLayout, dict[str, QLabel]]:
    """Lay out (name, caption, widget) rows, each field with its error label under it.

    Returns the form and the error labels by field name, the names a service's
    ``FieldsError.errors`` uses.
    """
    form = QFormLayout()
    errors: dict[str, QLabel] = {}
    for name, caption, widget in fields:
        errors[name] = error_label()
        form.addRow(caption, with_error(widget, errors[name]))
    return form, errors


def fit_height(window: QWidget) -> None:
    """Grow a window so messages that wrap onto a second line are not cut off.

    Qt does not apply a layout's height-for-width to a top-level window by itself, and
    a message clipped to half a line is worse than none.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = max(window.heightForWidth(window.width()), layout.minimumSize().height())
    screen = window.screen()
    if screen is not None:  # never below the screen: a long form scrolls instead
        needed = min(needed, screen.availableGeometry().height() - FRAME_HEIGHT)
    if needed > window.height():
        window.resize(window.width(), needed)


def show_not_saved(parent: QWidget, text: str, details: str) -> None:
    """Say that saving failed for an unexpected reason, keeping the details to copy."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, parent.tr("Chưa lưu được"), text,
        QMessageBox.StandardButton.Ok, parent,
    )
    box.setDetailedText(details)
    box.exec()


def ask_discard(parent: QWidget, title: str, *,
                save: Callable[[], None] | None = None) -> bool:
    """Ask before closing a form with unsaved typing; True to close without saving.

    The answers are "Không lưu" and "Quay lại", and "Quay lại" is both the default and
    the Esc answer: a second Esc or a stray Enter goes back to the form with everything
    still typed, never saves half-checked data nor throws it away. Saving is the form's
    own "Lưu" button, where mistakes are shown beside their fields.

    A screen whose marks need no checking field by field (ticks on a list) passes its
    ``save``: the box then also offers "Lưu", which calls it and answers False, so the
    screen stays open until the save is stored and closes itself then.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, parent.tr("Những gì vừa nhập chưa được lưu."),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent,
    )
    if save is None:
        box.setInformativeText(parent.tr(
            "Chọn \"Quay lại\" để tiếp tục và lưu, hoặc \"Không lưu\" để đóng và bỏ những gì "
            "vừa nhập."
        ))
    else:
        box.addButton(QMessageBox.StandardButton.Save).setText(parent.tr("Lưu"))
        box.setInformativeText(parent.tr(
            "Chọn \"Lưu\" để lưu rồi đóng, \"Không lưu\" để đóng và bỏ những gì vừa nhập, "
            "hoặc \"Quay lại\" để tiếp tục."
        ))
    back = box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Discard).setText(parent.tr("Không lưu"))
    back.setText(parent.tr("Quay lại"))
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    # The box belongs to the form and goes with it: the form may be torn down while
    # the question is open (the program quitting), so nothing is read from it after.
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save and save is not None:
        save()
    return answer == QMessageBox.StandardButton.Discard


def save_cancel_buttons(dialog: QDialog, save_text: str) -> QDialogButtonBox:
    """Return the dialog's Vietnamese "save" and "Hủy" buttons, wired to save/reject.

    The dialog must have a ``save`` method; Enter triggers it, Esc goes to ``reject``
    (which asks before discarding what was typed).
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Hủy"))
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons
