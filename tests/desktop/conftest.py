"""GUI test helpers: typing Vietnamese text and a window over a real register."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from db.engine import Database
from db.site import get_site
from desktop.app import create_application, open_main_window
from desktop.main_window import MainWindow
from desktop.tasks import TaskRunner
from desktop.translations import ENV_VAR


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key, as a keyboard with a Vietnamese input method would.

    ``QTest.keyClicks`` aborts on non-ASCII characters (docs/ARCHITECTURE.md §8), so each character
    is sent as a key event that carries its text.
    """
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, widget, key, char, Qt.KeyboardModifier.NoModifier)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from PySide6.QtWidgets import QApplication

    # The tests read Vietnamese, whatever language this computer's user chose.
    os.environ[ENV_VAR] = "vi"
    create_application(["sohoi-tests"])
    return QApplication


@pytest.fixture
def window(qtbot, demo_db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        site = get_site(session)
    win = open_main_window(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
