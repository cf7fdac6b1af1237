"""Remembered window places are brought back onto a screen that exists.

The main window itself is checked on the office screen by ``test_office_screen``
(its minimum width is wider than the test session's small offscreen screen).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from desktop.widgets.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, onto_screen


def available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_a_place_on_a_screen_that_is_gone_comes_back_onto_this_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    placed = onto_screen(QRect(5000, 4000, 400, 300))
    assert placed is not None
    assert available().contains(placed)
    assert (placed.width(), placed.height()) == (400, 300)


def test_a_place_larger_than_the_screen_is_cut_to_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    placed = onto_screen(QRect(-200, -100, 4000, 3000))
    assert placed is not None
    area = available()
    assert area.contains(placed)
    assert placed.width() <= area.width() - FRAME_WIDTH
    assert placed.height() <= area.height() - FRAME_HEIGHT


def test_a_place_on_the_screen_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert onto_screen(QRect(30, 40, 500, 400)) == QRect(30, 40, 500, 400)
