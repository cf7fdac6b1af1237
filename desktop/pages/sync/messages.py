"""The sync page's message boxes, in one place so that tests can answer them.

Every refusal from :mod:`db.sync` carries a Vietnamese message that says what to do;
it is shown as it is, in a plain warning box, never as a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import messages
from desktop.widgets.screen_fit import fit_to_screen

LONG_MESSAGE_LINES = 18
"""Above this many lines a message goes in a scrolling box: a report on 170 communes
would otherwise make a message box taller than the screen, its "OK" out of reach."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def show_problem(parent: QWidget | None, message: str) -> None:
    """Show why something was refused or failed (the database is unchanged)."""
    QMessageBox.warning(parent, _tr("Đồng bộ"), message)


def show_done(parent: QWidget | None, title: str, message: str) -> None:
    """Show what was done (rich text: paths, generations, fingerprints).

    A long report (one line per commune) is shown in a scrolling box instead, with its
    first line above it as a heading, so that "OK" stays on the screen.
    """
    if message.count("<br>") >= LONG_MESSAGE_LINES:
        _show_long(parent, title, message)
        return
    box = QMessageBox(QMessageBox.Icon.Information, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    box.deleteLater()


def _show_long(parent: QWidget | None, title: str, message: str) -> None:
    heading, _br, rest = message.partition("<br>")
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    label = QLabel(heading)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    text = QTextBrowser()
    text.setHtml(rest)
    text.setOpenLinks(False)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    fit_to_screen(dialog, QSize(760, 520))
    dialog.exec()
    dialog.deleteLater()


def confirm(parent: QWidget | None, title: str, message: str, yes_label: str) -> bool:
    """Ask before a step that matters; "Không" is the default, so a stray Enter does nothing.

    The sync questions are written by this page (names inside are escaped), so they may
    use bold and line breaks.
    """
    return messages.confirm(parent, title, message, yes_label, rich=True)


class BusyIndicator:
    """A "please wait" box for work that may take seconds (reading a USB stick, importing).

    It appears only if the work is still running after a short moment, so quick work
    does not flash a window; while it shows, the window cannot be clicked twice.
    """

    def __init__(self, parent: QWidget, text: str) -> None:
        self.dialog = QProgressDialog(text, "", 0, 0, parent)
        self.dialog.setWindowTitle(_tr("Đồng bộ"))
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setValue(0)

    def close(self) -> None:
        """Take the box away (the work is over, well or not)."""
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
