"""The main window: a navigation bar by area and one page per area."""

from __future__ import annotations

import contextlib
import html
import logging

from PySide6.QtCore import QSettings, QTimer
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
from desktop.areas import (
    AREAS,
    KEYS,
    Loads,
    ShowsCommune,
    StartsCourse,
    area_by_key,
    build_page,
    import_pages,
)
from desktop.pages.placeholder import NotYetPage
from desktop.session_user import OFFICE, SessionUser, apply_to_page
from desktop.tasks import TaskRunner

log = logging.getLogger(__name__)

IMPORT_PAGES_AFTER_MS = 1000
"""Time after the window opens before the other pages' modules are imported ahead."""


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
        # page on screen (docs/ARCHITECTURE.md §9 budgets the start at 0.6 s).
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
        shown = [a for a in AREAS if a.shown_on(site)]
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
        if not tasks.synchronous:
            # Once the first page has read what it shows, the other pages' modules are
            # imported on the pool: their first show then only builds the page.
            QTimer.singleShot(IMPORT_PAGES_AFTER_MS, self, self._import_pages)

    def _import_pages(self) -> None:
        self.tasks.read(lambda: import_pages(self.site), lambda _result: None,
                        self._pages_not_imported)

    def _pages_not_imported(self, exc: BaseException, _details: str) -> None:
        # Harmless here: the page imports its modules itself when first shown, and a
        # real fault shows there, where the person is.
        log.warning("pages not imported ahead: %s", type(exc).__name__)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        last = str(settings.value("window/page", "members"))
        keys = [a.key for a in AREAS]
        if last not in keys or not area_by_key(last).shown_on(self.site):
            last = "members"
        self.navigation.setCurrentRow(keys.index(last))

    def _open_commune(self, unit_id: str) -> None:
        """Show the members of the commune double-clicked on the communes page."""
        page = self.show_page("members")
        if isinstance(page, ShowsCommune):
            page.show_commune(unit_id)

    def _start_course_with(self, member_ids: list[str]) -> None:
        """Open a new course on the trainings page with these people as participants."""
        page = self.show_page("trainings")
        if isinstance(page, StartsCourse):
            page.start_course_with(list(member_ids))

    def page(self, key: str) -> QWidget:
        """Return the page of an area, building it on first use."""
        if key not in self.pages:
            row = KEYS.index(key)
            entry = AREAS[row]
            if entry.shown_on(self.site):
                built = build_page(entry, self.database, self.site, self.tasks)
            else:
                built = NotYetPage(self.tr(entry.title), self.tr(entry.purpose))
            # The two pages that ask for another page: the main window links them.
            if entry.key == "communes" and self.site.is_upper:
                built.open_commune.connect(self._open_commune)  # type: ignore[attr-defined]
            if entry.key == "reports":
                built.start_course.connect(self._start_course_with)  # type: ignore[attr-defined]
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
        if key not in self._loaded and isinstance(page, Loads):
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
        """Keep a copy when this session changed something (backups are also taken on closing)."""
        import datetime as dt

        from db.backup import backup_if_changed_on_close
        from db.errors import UserError
        from desktop import paths

        # Closing must never fail; the next start takes the daily copy anyway.
        with contextlib.suppress(UserError, OSError):
            backup_if_changed_on_close(self.database.path, paths.backup_dir(),
                                       dt.datetime.now(), self.tasks.writes_started > 0)
