"""Dialogs and long texts stay inside a 1366x768 office screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QWidget

from desktop.widgets.screen_fit import ElidedLabel, fit_to_screen, narrow_combo


def test_fit_to_screen_caps_a_tall_dialog_to_the_available_area(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, QSize(100000, 100000))
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width()
    assert dialog.height() <= area.height()


def test_fit_to_screen_keeps_a_small_size(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, QSize(300, 200))
    assert dialog.size() == QSize(300, 200)


def test_long_topic_does_not_widen_the_window_and_keeps_full_text_as_tooltip(qtbot):
    topic = "Họp chi hội bàn kế hoạch phát triển kinh tế hộ gia đình " * 4
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    label = ElidedLabel(topic)
    button = QPushButton("Xóa")
    row.addWidget(label, 1)
    row.addWidget(button)
    window.resize(600, 100)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 600
    assert label.toolTip() == topic
    assert label.full_text() == topic
    assert label.text() != topic
    assert button.geometry().right() <= window.width()


def test_a_narrowed_list_opens_wide_enough_for_its_longest_name_after_a_fill(qtbot):
    """The open list is measured once after the items arrive, and still fits them all."""
    combo = narrow_combo(QComboBox())
    qtbot.addWidget(combo)
    longest = "Lớp bồi dưỡng nghiệp vụ công tác Hội cho chi hội trưởng khóa mùa thu"
    for number in range(300):
        combo.addItem(f"Lớp {number}", number)
    combo.addItem(longest, "long")
    needed = combo.view().fontMetrics().horizontalAdvance(longest)
    qtbot.waitUntil(lambda: combo.view().minimumWidth() >= needed)
    assert combo.minimumSizeHint().width() < needed  # the box itself stays narrow
    combo.clear()
    combo.addItem("Ngắn", 1)
    qtbot.waitUntil(lambda: combo.view().minimumWidth() < needed)
