"""The few message boxes every page needs, worded and built the same way everywhere.

Each is a plain function looked up through this module at call time, so a test can
answer them (``monkeypatch.setattr(messages, "confirm", ...)``) without a window
popping up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import KnownSituation


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def show_problem(parent: QWidget | None, message: str) -> None:
    """Show a problem the person can act on (a duplicate name, a closed branch…)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Sổ Hội"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    box.deleteLater()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """Say that something was done, in plain text (names in it may come from files)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    box.deleteLater()


def show_situation(parent: QWidget | None, situation: KnownSituation) -> None:
    """Say what got in the way (a full disk, a locked file…) and what to do about it."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Sổ Hội"), _tr(situation.message),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(_tr(situation.advice))
    box.exec()
    box.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str, *,
            rich: bool = False) -> bool:
    """Ask a yes/no question; "Không" is the default, so a stray Enter changes nothing.

    ``rich`` lets a question built by the program itself (never text from a file or a
    package) use bold and line breaks.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_tr("Không"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    answered = box.clickedButton() is yes
    box.deleteLater()
    return answered
