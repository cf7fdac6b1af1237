"""Where a package or an enrollment file is written: a USB stick, or another folder.

The sticks plugged in are listed by name and free space (found off the GUI thread: a
sleeping network drive can make the system take seconds to answer); "Tìm lại USB"
looks again after a stick is plugged in. The folder used last time is offered too and
remembered, because an office usually writes to the same place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.removable_drives import Drive, removable_drives
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import fit_to_screen

LAST_FOLDER_KEY = "sync/last_folder"

FindDrives = Callable[[], list[Drive]]


@dataclass(frozen=True)
class Destination:
    """The folder chosen, and whether it is a stick that will be pulled out afterwards."""

    folder: Path
    removable: bool


def last_folder() -> Path | None:
    """Return the folder a file was written to last time, if it still exists."""
    value = QSettings().value(LAST_FOLDER_KEY)
    if not value:
        return None
    path = Path(str(value))
    return path if path.is_dir() else None


def remember_folder(folder: Path) -> None:
    """Keep the folder for next time."""
    QSettings().setValue(LAST_FOLDER_KEY, str(folder))


class DestinationDialog(QDialog):
    """A list of USB sticks and the last folder, plus "Chọn thư mục khác…"."""

    def __init__(
        self, tasks: TaskRunner, title: str, what: str, parent: QWidget | None = None,
        *, find_drives: FindDrives = removable_drives,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.find_drives = find_drives
        self.chosen: Destination | None = None
        self._drives: list[Drive] = []
        self.setWindowTitle(title)
        intro = QLabel(self.tr(
            "{what}<br>Cắm USB vào máy rồi chọn USB trong danh sách, hoặc chọn một thư mục "
            "khác. Tệp được ghi xong và đọc lại để kiểm tra trước khi báo rút USB."
        ).format(what=what))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.places = QListWidget()
        self.places.setMinimumHeight(150)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555")
        self.refresh_button = QPushButton(self.tr("Tìm lại USB"))
        self.other_button = QPushButton(self.tr("Chọn thư mục khác…"))
        self.ok_button = QPushButton(self.tr("Ghi vào đây"))
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("Hủy"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.places, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.other_button.clicked.connect(self.choose_other_folder)
        self.ok_button.clicked.connect(self.choose_selected)
        cancel.clicked.connect(self.reject)
        self.places.itemDoubleClicked.connect(lambda _item: self.choose_selected())
        self.places.currentRowChanged.connect(lambda _row: self._update_ok())
        fit_to_screen(self, QSize(560, 360))
        self.refresh()

    def refresh(self) -> None:
        """Look for USB sticks again (after one was plugged in)."""
        self.status.setText(self.tr("Đang tìm USB…"))
        self.refresh_button.setEnabled(False)
        self.tasks.read(self.find_drives, self._show_places, self._search_failed)

    def _show_places(self, drives: list[Drive]) -> None:
        self.refresh_button.setEnabled(True)
        self._drives = list(drives)
        self.places.clear()
        for drive in drives:
            item = QListWidgetItem(drive.label)
            item.setData(Qt.ItemDataRole.UserRole, Destination(drive.path, removable=True))
            self.places.addItem(item)
        previous = last_folder()
        on_a_drive = previous is not None and any(
            previous.is_relative_to(drive.path) for drive in drives
        )
        if previous is not None and not any(previous == drive.path for drive in drives):
            item = QListWidgetItem(self.tr("Thư mục đã dùng lần trước: {path}").format(
                path=previous))
            item.setData(Qt.ItemDataRole.UserRole, Destination(previous, removable=on_a_drive))
            self.places.addItem(item)
        if drives:
            self.status.setText(self.tr("Tìm thấy {n} USB.").format(n=len(drives)))
        else:
            self.status.setText(self.tr(
                "Không thấy USB nào. Cắm USB rồi bấm «Tìm lại USB», hoặc chọn thư mục khác."
            ))
        if self.places.count():
            self.places.setCurrentRow(0)
        self._update_ok()

    def _search_failed(self, _exc: BaseException, _details: str) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Không tìm được USB; hãy chọn thư mục khác."))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.places.currentItem() is not None)

    def choose_selected(self) -> None:
        """Write to the stick or folder selected in the list."""
        item = self.places.currentItem()
        if item is None:
            return
        self._choose(item.data(Qt.ItemDataRole.UserRole))

    def choose_other_folder(self) -> None:
        """Pick any folder with the system's folder dialog."""
        start = last_folder()
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục để ghi tệp"), str(start) if start else ""
        )
        if folder:
            path = Path(folder)
            on_a_drive = any(path.is_relative_to(drive.path) for drive in self._drives)
            self._choose(Destination(path, removable=on_a_drive))

    def _choose(self, destination: Destination) -> None:
        self.chosen = destination
        remember_folder(destination.folder)
        self.accept()
