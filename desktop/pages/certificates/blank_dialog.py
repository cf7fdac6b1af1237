"""The small dialog that sets where each field goes on pre-printed certificate forms.

An office sets the positions once, measured with a ruler from the form's top-left
corner, prints the test page on plain paper, holds it against a form in front of a
light, corrects, and saves. The layout's rules and its storage live in
``db.certificate_layout``; the paper is drawn by ``desktop.documents.certificate_blanks``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.certificate_layout import (
    BLANK_FIELDS,
    MAX_OFFSET_MM,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    BlankLayout,
)
from desktop.widgets.pdf_preview import print_folder


def _spin(maximum: float, value: float, minimum: float = 0.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(minimum, maximum)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    box.setValue(value)
    return box


class BlankFormDialog(QDialog):
    """Positions (x, y in mm) of each field, an offset for the whole sheet, a test page.

    Accepting the dialog with "Lưu" keeps the layout; "In lên phôi" keeps it and asks
    the page to print the chosen certificates onto forms (:attr:`print_requested`).
    """

    def __init__(self, layout: BlankLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("In lên phôi giấy chứng nhận in sẵn"))
        self.print_requested = False
        self.seen: BlankLayout | None = None  # the stored layout a save must still find
        self.positions: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Mục")), 0, 0)
        grid.addWidget(QLabel(self.tr("Cách mép trái")), 0, 1)
        grid.addWidget(QLabel(self.tr("Cách mép trên")), 0, 2)
        for row, (key, label, _x, _y) in enumerate(BLANK_FIELDS, start=1):
            x, y = layout.positions[key]
            pair = (_spin(PAGE_WIDTH_MM, x), _spin(PAGE_HEIGHT_MM, y))
            self.positions[key] = pair
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(pair[0], row, 1)
            grid.addWidget(pair[1], row, 2)
        offset_row = len(BLANK_FIELDS) + 1
        self.offset_x = _spin(MAX_OFFSET_MM, layout.offset_x, -MAX_OFFSET_MM)
        self.offset_y = _spin(MAX_OFFSET_MM, layout.offset_y, -MAX_OFFSET_MM)
        grid.addWidget(QLabel(self.tr("Dịch cả tờ (sang phải, xuống dưới)")), offset_row, 0)
        grid.addWidget(self.offset_x, offset_row, 1)
        grid.addWidget(self.offset_y, offset_row, 2)
        hint = QLabel(self.tr(
            "Đo bằng thước từ góc trên bên trái của phôi đến chỗ bắt đầu mỗi dòng chữ "
            "(chân chữ). In trang thử lên giấy trắng, áp lên phôi soi đèn rồi chỉnh; "
            "nếu mọi mục cùng lệch, chỉ cần chỉnh “Dịch cả tờ”."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        self.test_button = QPushButton(self.tr("In trang thử"))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Lưu"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = self.buttons.addButton(self.tr("Lưu và in lên phôi"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(hint)
        box.addWidget(self.test_button)
        box.addWidget(self.buttons)
        self.print_button.clicked.connect(self._ask_print)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.show_test_page)

    def _ask_print(self) -> None:
        self.print_requested = True

    def layout_value(self) -> BlankLayout:
        """Return the layout as set in the dialog."""
        return BlankLayout(
            positions={key: (x.value(), y.value()) for key, (x, y) in self.positions.items()},
            offset_x=self.offset_x.value(),
            offset_y=self.offset_y.value(),
        )

    def test_page_pdf(self) -> Path:
        """Write the test page for the layout as set (not yet saved) and return its path."""
        from desktop.documents.certificate_blanks import render_blank_test_page

        path = print_folder() / "trang-thu-phoi-giay-chung-nhan.pdf"
        render_blank_test_page(self.layout_value(), path)
        return path

    def show_test_page(self) -> None:
        """Preview the test page, from where it can be printed."""
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        path = self.test_page_pdf()
        PdfPreviewDialog(path, self.tr("Trang thử in lên phôi"), path.name, self).exec()
