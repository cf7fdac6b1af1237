"""The main window: a navigation bar by area and one page per area."""

from __future__ import annotations

import contextlib
import gc
import html
import logging

from PySide6.QtCore import QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
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
    shortcuts,
)
from desktop.menu_bar import WindowMenus
from desktop.pages.placeholder import NotYetPage
from desktop.session_user import OFFICE, SessionUser, apply_to_page
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import fit_to_screen, let_rows_shrink, onto_screen

# The size the window takes on its first start, less on a smaller screen.
DEFAULT_WIDTH = 1280
DEFAULT_HEIGHT = 760

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
        # Outside the f-strings, where lupdate can see them.
        upper, login = self.tr("cấp trên"), self.tr("đăng nhập")
        header = QLabel(
            f"<span style='font-size:13pt'><b>{html.escape(site.union_name)}</b></span>"
            + (
                f"&nbsp;&nbsp;·&nbsp;&nbsp;{upper}: {html.escape(site.parent_name)}"
                if site.parent_name
                else ""
            )
            + (
                f"&nbsp;&nbsp;·&nbsp;&nbsp;{login}: "
                f"{html.escape(user.description)}"
                if user.logged_in
                else ""
            )
        )
        header.setContentsMargins(8, 4, 8, 4)
        # The longest commune and province names must not widen the window.
        header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        # "Các xã" exists only at an upper level; Ctrl+number follows the rows shown
        # (the keys belong to the Xem menu, which shows them).
        keys_of = dict(shortcuts(site, user.role))
        for row, area in enumerate(AREAS):
            self.navigation.item(row).setHidden(area not in keys_of)
            if area in keys_of:
                keys = keys_of[area]
                self.navigation.item(row).setToolTip(
                    f"{area.purpose} ({keys})" if keys else area.purpose)
        self.menus = WindowMenus(self)
        self.navigation.currentRowChanged.connect(self._show_area)
        self._loaded: set[str] = set()
        self.backup_on_close = False
        self._restore()
        if not tasks.synchronous:
            # Once the first page has read what it shows, the other pages' modules are
            # imported on the pool: their first show then only builds the page.
            QTimer.singleShot(IMPORT_PAGES_AFTER_MS, self, self._import_pages)

    def _import_pages(self) -> None:
        self.tasks.read(lambda: import_pages(self.site), self._pages_imported,
                        self._pages_not_imported)

    def _pages_imported(self, _result: object) -> None:
        # The modules, the window and its first page live as long as the program: the
        # collector's full passes need not walk them again. At a million members each
        # such pass held the interpreter lock for 30–80 ms while a page's list was being
        # read on the pool, and the window froze meanwhile.
        gc.freeze()

    def _pages_not_imported(self, exc: BaseException, _details: str) -> None:
        # Harmless here: the page imports its modules itself when first shown, and a
        # real fault shows there, where the person is.
        log.warning("pages not imported ahead: %s", type(exc).__name__)

    def _restore(self) -> None:
        settings = QSettings()
        self.restore_geometry(settings)
        last = str(settings.value("window/page", "members"))
        keys = [a.key for a in AREAS]
        if last not in keys or not area_by_key(last).shown_on(self.site, self.user.role):
            last = "members"
        self.navigation.setCurrentRow(keys.index(last))

    def restore_geometry(self, settings: QSettings) -> None:
        """Open where the person left the window, but always on a screen that exists.

        The place is kept as a plain rectangle and a maximised flag rather than Qt's
        opaque blob, so it can be checked: a window left on a projector or a larger
        screen comes back inside the available area of a screen there is today.
        Without a remembered place the window takes a comfortable size within the
        screen (a 1366x768 laptop less its taskbar included).
        """
        remembered = settings.value("window/rect")
        rect = remembered if isinstance(remembered, QRect) else None
        maximized = str(settings.value("window/maximized", "false")).lower() == "true"
        older = settings.value("window/geometry")  # kept by earlier versions
        if rect is None and older is not None and self.restoreGeometry(older):
            rect, maximized = self.normalGeometry(), self.isMaximized()
        placed = onto_screen(rect) if rect is not None and rect.isValid() else None
        if placed is not None:
            self.setGeometry(placed)
        else:
            fit_to_screen(self, QSize(DEFAULT_WIDTH, DEFAULT_HEIGHT))
        if maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_geometry(self, settings: QSettings) -> None:
        """Remember the window's place and whether it was maximised (see restore_geometry)."""
        maximized = self.isMaximized()
        rect = self.normalGeometry() if maximized else self.geometry()
        if rect.isValid():
            settings.setValue("window/rect", rect)
        settings.setValue("window/maximized", maximized)
        settings.remove("window/geometry")

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
            if entry.shown_on(self.site, self.user.role):
                built = build_page(entry, self.database, self.site, self.tasks)
            else:
                built = NotYetPage(self.tr(entry.title), self.tr(entry.purpose))
            # The two pages that ask for another page: the main window links them.
            if entry.key == "communes" and self.site.is_upper:
                built.open_commune.connect(self._open_commune)  # type: ignore[attr-defined]
            if entry.key == "reports":
                built.start_course.connect(self._start_course_with)  # type: ignore[attr-defined]
            apply_to_page(built, self.user)
            let_rows_shrink(built)
            self.menus.take_keys_from(built)
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
        self.menus.page_changed(key)
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Remember the window for next time, wait for background writes, then close."""
        settings = QSettings()
        self.save_geometry(settings)
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
