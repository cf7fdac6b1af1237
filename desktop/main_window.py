"""The main window: a navigation bar by area and one page per area."""

from __future__ import annotations

import contextlib
import html
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
from desktop.pages.placeholder import NotYetPage
from desktop.session_user import OFFICE, SessionUser, apply_to_page
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
        "communes",
        QT_TRANSLATE_NOOP("MainWindow", "Các xã"),
        "Tình hình gửi gói và số liệu chính của từng xã.",
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

UPPER_ONLY = frozenset({"communes"})
"""Areas shown only on an upper-level site."""


class MainWindow(QMainWindow):
    """Sổ Hội's window: remembers its size and last page."""

    def __init__(self, database: Database, site: SiteInfo, tasks: TaskRunner,
                 user: SessionUser = OFFICE) -> None:
        super().__init__()
        self.database = database
        self.site = site
        self.tasks = tasks
        self.user = user  # who logged in (OFFICE without accounts); pages adapt to her role
        self.setWindowTitle(self.tr("Sổ Hội — {unit}").format(unit=site.union_name))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; }"
            "QListWidget#navigation::item { padding: 7px 12px; }"
        )
        self.stack = QStackedWidget()
        # Pages are built the first time they are shown: a start-up pays only for the
        # page on screen (DESIGN.md §9 budgets the start at 0.6 s).
        self.pages: dict[str, QWidget] = {}
        for area in AREAS:
            QListWidgetItem(self.tr(area.title), self.navigation)
            self.stack.addWidget(QWidget())
        header = QLabel(
            f"<span style='font-size:13pt'><b>{site.union_name}</b></span>"
            + (
                f"&nbsp;&nbsp;·&nbsp;&nbsp;{self.tr('cấp trên')}: {site.parent_name}"
                if site.parent_name
                else ""
            )
            + (
                f"&nbsp;&nbsp;·&nbsp;&nbsp;{self.tr('đăng nhập')}: "
                f"{html.escape(user.description)}"
                if user.logged_in
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
        # "Các xã" exists only at an upper level; Ctrl+number follows the rows shown.
        shown = [a for a in AREAS if site.is_upper or a.key not in UPPER_ONLY]
        for row, area in enumerate(AREAS):
            self.navigation.item(row).setHidden(area not in shown)
        for number, area in enumerate(shown):
            key = QKeySequence(f"Ctrl+{(number + 1) % 10}")
            QShortcut(key, self, activated=lambda k=area.key: self.show_page(k))
            self.navigation.item(AREAS.index(area)).setToolTip(
                f"{area.purpose} ({key.toString()})")
        self._loaded: set[str] = set()
        self.backup_on_close = False
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
        if last not in keys or (last in UPPER_ONLY and not self.site.is_upper):
            last = "members"
        self.navigation.setCurrentRow(keys.index(last))

    def _build_page(self, area: Area) -> QWidget:
        database, site, tasks = self.database, self.site, self.tasks
        if area.key == "members":
            from desktop.pages.members.page import MembersPage

            return MembersPage(database, site, tasks)
        if area.key == "overview":
            from desktop.pages.overview.page import OverviewPage

            return OverviewPage(database, site, tasks)
        if area.key == "communes" and site.is_upper:
            from desktop.pages.communes.page import CommunesPage

            communes = CommunesPage(database, site, tasks)
            communes.open_commune.connect(self._open_commune)
            return communes
        if area.key == "meetings" and site.is_upper:
            from desktop.pages.meetings.upper_page import UpperMeetingsPage

            return UpperMeetingsPage(database, site, tasks)
        if area.key == "officers" and site.is_upper:
            from desktop.pages.officers.upper_page import UpperOfficersPage

            return UpperOfficersPage(database, site, tasks)
        if area.key == "branches" and site.is_upper:
            from desktop.pages.branches.upper_page import UpperBranchesPage

            return UpperBranchesPage(database, site, tasks)
        if area.key == "meetings" and not site.is_upper:
            from desktop.pages.meetings.page import MeetingsPage

            return MeetingsPage(database, site, tasks)
        if area.key == "officers" and not site.is_upper:
            from desktop.pages.officers.page import OfficersPage

            return OfficersPage(database, site, tasks)
        if area.key == "trainings":
            from desktop.pages.trainings.page import TrainingsPage

            return TrainingsPage(database, site, tasks)
        if area.key == "settings":
            from desktop import paths
            from desktop.pages.settings.page import SettingsPage

            return SettingsPage(database, site, tasks, backup_folder=paths.backup_dir())
        if area.key == "certificates":
            from desktop.pages.certificates.page import CertificatesPage

            return CertificatesPage(database, site, tasks)
        if area.key == "reports":
            from desktop.pages.reports.page import ReportsPage

            reports = ReportsPage(database, site, tasks)
            reports.start_course.connect(self._start_course_with)
            return reports
        if area.key == "branches" and not site.is_upper:
            from desktop.pages.branches.page import BranchesPage

            return BranchesPage(database, site, tasks)
        if area.key == "sync":
            from desktop.pages.sync.page import SyncPage

            return SyncPage(database, site, tasks)
        return NotYetPage(self.tr(area.title), self.tr(area.purpose))

    def _open_commune(self, unit_id: str) -> None:
        """Show the members of the commune double-clicked on the communes page."""
        page = self.show_page("members")
        show = getattr(page, "show_commune", None)
        if show is not None:
            show(unit_id)

    def _start_course_with(self, member_ids: list[str]) -> None:
        """Open a new course on the trainings page with these people as participants."""
        page = self.show_page("trainings")
        start = getattr(page, "start_course_with", None)
        if start is not None:
            start(list(member_ids))

    def page(self, key: str) -> QWidget:
        """Return the page of an area, building it on first use."""
        if key not in self.pages:
            row = [a.key for a in AREAS].index(key)
            built = self._build_page(AREAS[row])
            apply_to_page(built, self.user)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, built)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = built
        return self.pages[key]

    def _show_area(self, row: int) -> None:
        key = AREAS[row].key
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        if key not in self._loaded and hasattr(page, "load"):
            self._loaded.add(key)
            page.load()

    def show_page(self, key: str) -> QWidget:
        """Switch to the page of an area and return it."""
        self.navigation.setCurrentRow([a.key for a in AREAS].index(key))
        return self.page(key)

    def current_key(self) -> str:
        """Return the key of the area on screen."""
        return AREAS[self.navigation.currentRow()].key

    def _find(self) -> None:
        page = self.show_page("members")
        focus = getattr(page, "focus_search", None)
        if focus is not None:
            focus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Remember the window for next time, wait for background writes, then close."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_key())
        self.tasks.wait()
        if self.backup_on_close:
            self._backup_on_close()
        event.accept()

    def _backup_on_close(self) -> None:
        """Keep a copy when this session changed something (DESIGN: backups on closing)."""
        import datetime as dt

        from db.backup import backup_if_changed_on_close
        from db.errors import UserError
        from desktop import paths

        # Closing must never fail; the next start takes the daily copy anyway.
        with contextlib.suppress(UserError, OSError):
            backup_if_changed_on_close(self.database.path, paths.backup_dir(),
                                       dt.datetime.now(), self.tasks.writes_started > 0)
