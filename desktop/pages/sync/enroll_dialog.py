"""Enrollment on both sides: the upper level chooses a commune, the commune confirms.

A province has up to ~170 communes: the list is searched as one types, ignoring tones
and case ("hung ha" finds "Hưng Hà"), and says which communes are enrolled already —
enrolling one again is allowed (a lost file, a reinstalled commune PC).

At the commune, the file is imported only after the operator compared the upper
level's fingerprint with the one on the upper level's screen (over the phone) and
ticked the box: any key can sign a file that names the commune and its province.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import catalog
from db.catalog import CatalogUnit
from db.sync.enrollment import EnrollmentInfo
from db.text import clean_text, search_key
from desktop.pages.sync.describe import header_moment
from desktop.pages.sync.fingerprint_label import FingerprintLabel
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import fit_to_screen

ENROLLED_COLOUR = QColor("#1e6b34")


class EnrollDialog(QDialog):
    """A searchable list of the province's communes; "Tiếp tục…" goes on to the folder."""

    def __init__(
        self, tasks: TaskRunner, province_code: str, enrolled: set[str],
        parent: QWidget | None = None, *, preselect: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.enrolled = enrolled
        self.preselect = preselect
        self.communes: list[tuple[CatalogUnit, str]] = []
        self.setWindowTitle(self.tr("Đăng ký xã"))
        intro = QLabel(self.tr(
            "Chọn xã, phường cần đăng ký. Sổ Hội ghi cho xã một <b>tệp đăng ký</b> (.sohoi) "
            "ra USB hoặc thư mục; mang tệp đến xã, xã mở trang <b>Đồng bộ</b> và bấm "
            "«Nhập tệp đăng ký…». Sau đó xã gửi được dữ liệu lên."
        ))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ tên xã, phường hoặc mã để tìm…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.count = QLabel()
        self.count.setStyleSheet("color: #555")
        self.next_button = QPushButton(self.tr("Tiếp tục…"))
        self.next_button.setDefault(True)
        cancel = QPushButton(self.tr("Hủy"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.list.currentRowChanged.connect(lambda _row: self._update_next())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.next_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        fit_to_screen(self, QSize(520, 520))
        self._update_next()
        self.count.setText(self.tr("Đang đọc danh mục xã…"))
        self.tasks.read(lambda: catalog.communes(province_code), self._fill, self._failed)

    def _fill(self, communes: tuple[CatalogUnit, ...]) -> None:
        self.communes = [(unit, search_key(f"{unit.name} {unit.code}")) for unit in communes]
        self.list.clear()
        for unit, _key in self.communes:
            text = self.tr("{name} (mã {code})").format(name=unit.name, code=unit.code)
            if unit.code in self.enrolled:
                text += self.tr(" — đã đăng ký")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            if unit.code in self.enrolled:
                item.setForeground(ENROLLED_COLOUR)
            self.list.addItem(item)
        self._filter()
        if self.preselect is not None:
            self.select_code(self.preselect)
        self.search.setFocus()

    def _failed(self, _exc: BaseException, _details: str) -> None:
        self.count.setText(self.tr("Không đọc được danh mục xã, phường."))

    def _filter(self) -> None:
        needle = search_key(clean_text(self.search.text()))
        shown = 0
        first_shown = -1
        for row, (_unit, key) in enumerate(self.communes):
            visible = needle in key
            self.list.item(row).setHidden(not visible)
            if visible:
                shown += 1
                if first_shown < 0:
                    first_shown = row
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_shown >= 0:
            self.list.setCurrentRow(first_shown)
        self.count.setText(self.tr("{shown}/{total} xã, phường").format(
            shown=shown, total=len(self.communes)))
        self._update_next()

    def _update_next(self) -> None:
        current = self.list.currentItem()
        self.next_button.setEnabled(current is not None and not current.isHidden())

    def select_code(self, code: str) -> None:
        """Select a commune by its code (the one selected in the page's table)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return

    def chosen(self) -> tuple[str, str] | None:
        """Return the code and name of the commune chosen, if any."""
        current = self.list.currentItem()
        if current is None or current.isHidden():
            return None
        code = str(current.data(Qt.ItemDataRole.UserRole))
        name = next(unit.name for unit, _key in self.communes if unit.code == code)
        return code, name

    def accept(self) -> None:
        """Close only when a commune is chosen."""
        if self.chosen() is not None:
            super().accept()


class EnrollmentConfirmDialog(QDialog):
    """The commune's check of an enrollment file: who made it, its fingerprint, a box.

    "Nhập tệp đăng ký" stays disabled until the box saying the fingerprint was compared
    is ticked, as for a commune's first package at the upper level. Text from the file
    is shown as plain text only.
    """

    def __init__(self, info: EnrollmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(self.tr("Nhập tệp đăng ký"))
        about = QLabel(self.tr(
            "Tệp đăng ký của {upper} (mã {upper_code}) cho {commune}, tạo lúc {moment}."
        ).format(upper=info.upper_name, upper_code=info.upper_code,
                 commune=info.commune_name, moment=header_moment(info.created_at)))
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        explanation = QLabel(self.tr(
            "Hãy gọi điện cho {upper} và nhờ đọc mã nhận diện ở mục «Máy này» trên trang "
            "Đồng bộ của họ; so từng nhóm với mã dưới đây. Chỉ nhập khi hai mã trùng khớp: "
            "từ nay xã chỉ nhận gói do khóa này ký."
        ).format(upper=info.upper_name))
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.fingerprint = FingerprintLabel(18)
        self.fingerprint.set_fingerprint(info.fingerprint)
        self.confirm_box = QCheckBox(
            self.tr("Tôi đã so mã này với màn hình của cấp trên, trùng khớp")
        )
        self.import_button = QPushButton(self.tr("Nhập tệp đăng ký"))
        self.import_button.setDefault(True)
        cancel = QPushButton(self.tr("Hủy"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(explanation)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirm_box)
        layout.addLayout(buttons)
        self.confirm_box.toggled.connect(lambda _checked: self._update_import())
        self.import_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self._update_import()

    def _update_import(self) -> None:
        confirmed = self.confirm_box.isChecked()
        self.import_button.setEnabled(confirmed)
        self.import_button.setToolTip("" if confirmed else self.tr(
            "Hãy so mã nhận diện và đánh dấu ô xác nhận."))

    def accept(self) -> None:
        """Close with "import" only once the fingerprint was confirmed."""
        if self.confirm_box.isChecked():
            super().accept()
