"""The window's menus: Tệp, Sửa, Xem and Trợ giúp, each item with its key shown.

The menus do nothing of their own: each item calls what a page already offers (its
print button, its search field, its undo stack; see the small protocols in
``desktop/areas.py``) or switches the page. An item is greyed out when the page in view
has nothing to answer it. The menus own their keys: a page's own shortcut on the same
keys is dropped when the page is built, otherwise Qt would find two claims on one key
and act on neither.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox, QStackedWidget, QTableView, QWidget

from db.accounts import Action
from desktop import __version__
from desktop.areas import Prints, Searches, Undoes, help_file, shortcuts

if TYPE_CHECKING:
    from db.site import SiteInfo
    from desktop.help_window import HelpWindow
    from desktop.session_user import SessionUser


class MenuHost(Protocol):
    """What the menus need of the window that holds them (the main window).

    Written as a protocol so the menus do not import the window that builds them.
    """

    site: SiteInfo
    user: SessionUser
    stack: QStackedWidget

    def menuBar(self) -> QMenuBar:  # noqa: N802 (Qt's name)
        """Return the bar the menus go in."""

    def close(self) -> bool:
        """Close the window (Thoát)."""

    def tr(self, text: str) -> str:
        """Translate a page title in the window's context."""

    def show_page(self, key: str) -> QWidget:
        """Show an area's page and return it."""

    def current_key(self) -> str:
        """Return the key of the area in view."""


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Y, as offices know it from Word, then the platform's own redo keys."""
    ctrl_y = QKeySequence("Ctrl+Y")
    return [ctrl_y] + [keys for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                       if keys != ctrl_y]


class WindowMenus(QObject):
    """Builds the menu bar of the main window and keeps its items in step with the page."""

    def __init__(self, window: MenuHost) -> None:
        super().__init__(window)
        self.window = window
        self.help_window: HelpWindow | None = None
        bar = window.menuBar()
        # The menus' Alt letters avoid those of the pages' buttons and labels (Alt+T
        # Thêm chi hội, Alt+G Giao chức danh, Alt+X Xuất Excel…): two claims on one
        # Alt key would make either one only move the focus.

        self.file_menu = bar.addMenu(self.tr("Tệ&p"))
        self.backup_action = self._add(self.file_menu, self.tr("&Sao lưu ngay"),
                                       self.backup_now)
        self.restore_action = self._add(self.file_menu, self.tr("&Khôi phục…"),
                                        self.restore)
        self.file_menu.addSeparator()
        self.print_action = self._add(self.file_menu, self.tr("&In…"), self.print_page,
                                      [QKeySequence(QKeySequence.StandardKey.Print)])
        self.file_menu.addSeparator()
        # Windows has no standard quit key; offices know Ctrl+Q from other programs.
        self.quit_action = self._add(self.file_menu, self.tr("&Thoát"), window.close,
                                     [QKeySequence("Ctrl+Q")])

        self.edit_menu = bar.addMenu(self.tr("Sử&a"))
        self.undo_action = self._add(
            self.edit_menu, self.tr("&Hoàn tác"), self.undo,
            QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self._add(self.edit_menu, self.tr("&Làm lại"), self.redo,
                                     redo_keys())
        self.edit_menu.addSeparator()
        self.find_action = self._add(self.edit_menu, self.tr("&Tìm"), self.find,
                                     [QKeySequence(QKeySequence.StandardKey.Find)])

        self.view_menu = bar.addMenu(self.tr("X&em"))
        self.area_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for area, keys in shortcuts(window.site, window.user.role):
            action = self._add(self.view_menu, window.tr(area.title),
                               partial(window.show_page, area.key),
                               [QKeySequence(keys)] if keys else [])
            action.setCheckable(True)
            action.setStatusTip(area.purpose)
            group.addAction(action)
            self.area_actions[area.key] = action

        self.help_menu = bar.addMenu(self.tr("T&rợ giúp"))
        self.guide_action = self._add(
            self.help_menu, self.tr("&Hướng dẫn trang này"), self.open_guide,
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
            or [QKeySequence(Qt.Key.Key_F1)])
        self.contents_action = self._add(self.help_menu, self.tr("&Mục lục hướng dẫn"),
                                         lambda: self.open_guide("index"))
        self.help_menu.addSeparator()
        self.about_action = self._add(self.help_menu, self.tr("&Giới thiệu Sổ Hội"),
                                      self.about)

        # Shortcuts work while the menus are closed, so between openings an item is
        # only greyed out when the page lacks the protocol; a menu being opened shows
        # the exact state (nothing to undo, no row chosen to print).
        for menu in (self.file_menu, self.edit_menu):
            menu.aboutToShow.connect(lambda: self.refresh(exact=True))
            menu.aboutToHide.connect(lambda: self.refresh(exact=False))

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object],
             keys: list[QKeySequence] | None = None) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def menu_keys(self) -> set[str]:
        """Return every key the menus own, as portable text."""
        return {keys.toString() for menu in self.menus() for action in menu.actions()
                for keys in action.shortcuts()}

    def menus(self) -> list[QMenu]:
        """Return the four menus, left to right."""
        return [self.file_menu, self.edit_menu, self.view_menu, self.help_menu]

    def take_keys_from(self, page: QWidget) -> None:
        """Drop a page's own shortcuts on keys a menu item owns (the item calls the page)."""
        owned = self.menu_keys()
        for shortcut in page.findChildren(QShortcut):
            if shortcut.key().toString() in owned:
                shortcut.setKey(QKeySequence())

    # -- state ----------------------------------------------------------------------

    def page_changed(self, key: str) -> None:
        """Tick the page in the Xem menu and grey out what the new page cannot answer."""
        action = self.area_actions.get(key)
        if action is not None:
            action.setChecked(True)
        self.refresh(exact=False)

    def refresh(self, *, exact: bool) -> None:
        """Enable the items the page in view answers; ``exact`` also asks if it can now."""
        page = self.window.stack.currentWidget()
        user = self.window.user
        undo = redo = find = prints = False
        if isinstance(page, Undoes):
            undo = not exact or page.can_undo()
            redo = not exact or page.can_redo()
        if isinstance(page, Searches):
            find = not exact or page.search.isVisible()
        if isinstance(page, Prints):
            prints = not exact or self._can_press(page)
        self.undo_action.setEnabled(undo)
        self.redo_action.setEnabled(redo)
        self.find_action.setEnabled(find)
        self.print_action.setEnabled(prints)
        self.backup_action.setEnabled(user.can(Action.BACKUP))
        self.restore_action.setEnabled(user.can(Action.RESTORE))

    @staticmethod
    def _can_press(page: Prints) -> bool:
        button = page.print_button
        return button.isEnabled() and button.isVisibleTo(button.window())

    # -- what the items do ------------------------------------------------------------

    def undo(self) -> None:
        """Take back the last change on the page in view (Ctrl+Z)."""
        page = self.window.stack.currentWidget()
        if isinstance(page, Undoes) and page.can_undo():
            page.undo()

    def redo(self) -> None:
        """Make again what the page in view just took back (Ctrl+Y)."""
        page = self.window.stack.currentWidget()
        if isinstance(page, Undoes) and page.can_redo():
            page.redo()

    def find(self) -> None:
        """Put the cursor in the search field of the page in view (Ctrl+F)."""
        page = self.window.stack.currentWidget()
        if isinstance(page, Searches):
            page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.search.selectAll()

    def print_page(self) -> None:
        """Press the page's own print button (Ctrl+P), if it can be pressed now."""
        page = self.window.stack.currentWidget()
        if isinstance(page, Prints) and self._can_press(page):
            page.print_button.click()

    def backup_now(self) -> None:
        """Show Cài đặt and take a copy there, where its progress and result are shown."""
        page = self.window.show_page("settings")
        backup_now = getattr(page, "backup_now", None)
        if backup_now is not None:
            backup_now()

    def restore(self) -> None:
        """Show Cài đặt with the list of copies, where one is chosen to restore."""
        page = self.window.show_page("settings")
        table = getattr(page, "table", None)
        if isinstance(table, QTableView):
            table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not table.currentIndex().isValid() and table.model().rowCount():
                table.selectRow(0)

    def open_guide(self, key: str | None = None) -> None:
        """Open the guide at the page in view (F1), or at the page named."""
        from desktop.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.window)
        self.help_window.open_page(help_file(key or self.window.current_key()))

    def about(self) -> None:
        """Say what the program is, its version and that it works without the Internet."""
        QMessageBox.about(self.window, self.tr("Giới thiệu Sổ Hội"), QCoreApplication.translate(
            "WindowMenus",
            "<h3>Sổ Hội {version}</h3>"
            "<p>Sổ theo dõi hội viên, cán bộ, sinh hoạt chi hội, tập huấn và chứng nhận "
            "của Hội Liên hiệp Phụ nữ cấp xã.</p>"
            "<p>Chương trình chạy hoàn toàn trên máy này, không cần Internet; dữ liệu "
            "được sao lưu tự động mỗi ngày.</p>"
            "<p>Nhấn F1 ở bất kỳ trang nào để xem hướng dẫn của trang đó.</p>",
        ).format(version=__version__))
