"""Qt's own buttons, menus and dialogs speak Vietnamese.

The test application is built by ``create_application``, the same start-up the program
runs, so these check what a person sees. A logging translator installed on top records
every string Qt asked for in the dialogs the program opens, and any the Vietnamese
table does not answer fails the test by name.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.qt_vietnamese import QT_VIETNAMESE

# Words Qt asks for that stay as they are on purpose: key names printed on keyboards,
# page sizes and fonts by their own names, abbreviations of units, and the file types'
# descriptions, which come from the system's own database of file types.
LEFT_ALONE = {"QShortcut", "QPageSize", "QFontDatabase", "QProgressBar", "QMimeType"}


class _Asked(QTranslator):
    """Records what Qt asks for and answers nothing (the real table answers next)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source))
        return None


@pytest.fixture
def asked(qapp: QApplication) -> Iterator[set[tuple[str, str]]]:
    recorder = _Asked()
    qapp.installTranslator(recorder)
    yield recorder.asked
    qapp.removeTranslator(recorder)


def texts(widget: QWidget) -> set[str]:
    found = {b.text() for b in widget.findChildren(QAbstractButton)}
    found |= {label.text() for label in widget.findChildren(QLabel)}
    return {t.replace("&", "") for t in found if t}


def test_message_box_buttons_say_co_and_khong(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Sổ Hội", "Xóa?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    box.show()
    labels = {box.button(b).text().replace("&", "") for b in
              (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)}
    assert labels == {"Có", "Không"}
    box.setDetailedText("chi tiết")
    assert "Xem chi tiết…" in texts(box)


def test_button_box_standard_buttons(qtbot: QtBot) -> None:
    std = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(std.Ok | std.Cancel | std.Save | std.Discard | std.Close
                               | std.Apply | std.Reset | std.Open | std.Help)
    qtbot.addWidget(buttons)
    said = {b.text().replace("&", "") for b in buttons.buttons()}
    assert said == {"Đồng ý", "Hủy", "Lưu", "Không lưu", "Đóng", "Áp dụng", "Đặt lại",
                    "Mở", "Trợ giúp"}


@pytest.mark.parametrize("make", [QLineEdit, QPlainTextEdit])
def test_text_field_context_menu(qtbot: QtBot, make: type[QWidget]) -> None:
    field = make()
    qtbot.addWidget(field)
    field.setPlainText("chữ") if isinstance(field, QPlainTextEdit) else field.setText("chữ")
    menu = field.createStandardContextMenu()
    actions = {a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()}
    assert {"Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= actions
    menu.deleteLater()


def test_file_dialog_labels(qtbot: QtBot, asked: set[tuple[str, str]]) -> None:
    dialog = QFileDialog(None, "Lưu bảng tính")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("Bảng tính (*.xlsx)")
    qtbot.addWidget(dialog)
    dialog.show()
    said = texts(dialog)
    assert {"Tên tệp:", "Loại tệp:", "Tìm trong:", "Lưu", "Hủy"} <= said
    assert not {"File name:", "Save", "Cancel"} & said
    missing = {k for k in asked if k[0] not in LEFT_ALONE} - QT_VIETNAMESE.keys()
    assert not missing


def test_print_preview_page_setup_colour_and_input_dialogs(
    qtbot: QtBot, asked: set[tuple[str, str]]
) -> None:
    printer = QPrinter()
    dialogs: list[QWidget] = [
        QPrintDialog(printer), QPrintPreviewDialog(printer), QInputDialog(),
    ]
    colour = QColorDialog()
    colour.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    dialogs.append(colour)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QCoreApplication.processEvents()
    assert colour.windowTitle() == "Chọn màu"
    assert dialogs[1].windowTitle() == "Xem trước khi in"
    missing = {k for k in asked if k[0] not in LEFT_ALONE} - QT_VIETNAMESE.keys()
    assert not missing
    for dialog in dialogs:
        dialog.close()


def test_an_unknown_string_stays_english_not_blank() -> None:
    assert QCoreApplication.translate("QFileDialog", "No such string in Qt") == (
        "No such string in Qt")
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "Đồng ý"


def test_calendar_pop_up_names_months_in_vietnamese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCalendarWidget

    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().monthName(11) == "tháng 11"
