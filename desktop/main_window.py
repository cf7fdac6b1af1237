"""The main window: a navigation bar by area and one page per area."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from db.site import SiteInfo
from desktop.pages.branches.page import BranchesPage
from desktop.pages.members.page import MembersPage
from desktop.pages.overview.page import OverviewPage
from desktop.pages.placeholder import NotYetPage
from desktop.tasks import TaskRunner


@dataclass(frozen=True)
class Area:
    """One entry of the navigation bar."""

    key: str
    title: str
    purpose: str


AREAS = (
    Area(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Tổng quan"),
        "Số hội viên, kết nạp và ra khỏi Hội trong năm, tỷ lệ tập hợp.",
    ),
    Area(
        "members",
        QT_TRANSLATE_NOOP("MainWindow", "Hội viên"),
        "Danh sách hội viên: tìm, thêm, sửa, chuyển sinh hoạt.",
    ),
    Area(
        "branches",
        QT_TRANSLATE_NOOP("MainWindow", "Chi hội"),
        "Các chi hội, số hội viên và tỷ lệ tập hợp từng chi hội.",
    ),
    Area(
        "officers",
        QT_TRANSLATE_NOOP("MainWindow", "Cán bộ"),
        "Chức danh, trình độ, đạt chuẩn và nhu cầu bồi dưỡng của cán bộ Hội.",
    ),
    Area(
        "meetings",
        QT_TRANSLATE_NOOP("MainWindow", "Sinh hoạt"),
        "Buổi sinh hoạt chi hội, điểm danh và in danh sách ký nhận.",
    ),
    Area(
        "trainings",
        QT_TRANSLATE_NOOP("MainWindow", "Tập huấn"),
        "Lớp tập huấn, bồi dưỡng: chuyên đề, học viên, kinh phí.",
    ),
    Area(
        "certificates",
        QT_TRANSLATE_NOOP("MainWindow", "Chứng nhận"),
        "Cấp, in, thu hồi và tra cứu giấy chứng nhận.",
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Báo cáo"),
        "Chỉ tiêu Đề án 1893 và các báo cáo thống kê.",
    ),
    Area(
        "sync",
        QT_TRANSLATE_NOOP("MainWindow", "Đồng bộ"),
        "Gửi và nhận gói dữ liệu với cấp trên qua USB.",
    ),
    Area(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Cài đặt"),
        "Sao lưu, tài khoản, thông tin đơn vị.",
    ),
)


class MainWindow(QMainWindow):
    """Sổ Hội's window: remembers its size and last page."""

    def __init__(self, database: Database, site: SiteInfo, tasks: TaskRunner) -> None:
        super().__init__()
        self.database = database
        self.site = site
        self.tasks = tasks
        self.setWindowTitle(self.tr("Sổ Hội — {unit}").format(unit=site.union_name))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; }"
            "QListWidget#navigation::item { padding: 7px 12px; }"
        )
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for area in AREAS:
            QListWidgetItem(self.tr(area.title), self.navigation)
            page: QWidget
            if area.key == "members":
                page = MembersPage(database, site, tasks)
            elif area.key == "overview":
                page = OverviewPage(database, site, tasks)
            elif area.key == "branches" and not site.is_upper:
                page = BranchesPage(database, site, tasks)
            else:
                page = NotYetPage(self.tr(area.title), self.tr(area.purpose))
            self.pages[area.key] = page
            self.stack.addWidget(page)
        header = QLabel(
            f"<span style='font-size:13pt'><b>{site.union_name}</b></span>"
            + (
                f"&nbsp;&nbsp;·&nbsp;&nbsp;{self.tr('cấp trên')}: {site.parent_name}"
                if site.parent_name
                else ""
            )
        )
        header.setContentsMargins(8, 4, 8, 4)
        side = QVBoxLayout()
        side.addWidget(self.navigation)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.stack, 1)
        root = QVBoxLayout()
        root.addWidget(header)
        root.addLayout(body, 1)
        central = QWidget()
        central.setLayout(root)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_area)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        for number, area in enumerate(AREAS):
            key = QKeySequence(f"Ctrl+{(number + 1) % 10}")
            QShortcut(key, self, activated=lambda k=area.key: self.show_page(k))
            self.navigation.item(number).setToolTip(f"{area.purpose} ({key.toString()})")
        self._loaded: set[str] = set()
        self._restore()

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        last = str(settings.value("window/page", "members"))
        keys = [a.key for a in AREAS]
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 1)

    def _show_area(self, row: int) -> None:
        key = AREAS[row].key
        self.stack.setCurrentIndex(row)
        page = self.pages[key]
        if key not in self._loaded and hasattr(page, "load"):
            self._loaded.add(key)
            page.load()

    def show_page(self, key: str) -> QWidget:
        """Switch to the page of an area and return it."""
        self.navigation.setCurrentRow([a.key for a in AREAS].index(key))
        return self.pages[key]

    def current_key(self) -> str:
        """Return the key of the area on screen."""
        return AREAS[self.navigation.currentRow()].key

    def _find(self) -> None:
        page = self.show_page("members")
        if isinstance(page, MembersPage):
            page.focus_search()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Remember the window for next time, wait for background writes, then close."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_key())
        self.tasks.wait()
        event.accept()
