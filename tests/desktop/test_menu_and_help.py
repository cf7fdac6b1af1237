"""The menu bar (Tệp, Sửa, Xem, Trợ giúp) and the offline guide that F1 opens."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.areas import AREAS, help_file
from desktop.help_window import INDEX, HelpWindow, help_folder, local_page
from desktop.main_window import MainWindow
from desktop.pages.meetings.page import MeetingsPage
from desktop.pages.members.page import MembersPage


def plain(text: str) -> str:
    return text.replace("&", "")


def test_the_menu_bar_has_four_menus_with_their_keys(window: MainWindow) -> None:
    menus = window.menus
    assert [plain(a.text()) for a in window.menuBar().actions()] == [
        "Tệp", "Sửa", "Xem", "Trợ giúp"]
    keys = {plain(a.text()): a.shortcut().toString()
            for menu in menus.menus() for a in menu.actions() if not a.isSeparator()}
    assert keys["In…"] == "Ctrl+P"
    assert keys["Thoát"] == "Ctrl+Q"
    assert keys["Hoàn tác"] == "Ctrl+Z"
    assert keys["Làm lại"] == "Ctrl+Y"
    assert keys["Tìm"] == "Ctrl+F"
    assert keys["Hướng dẫn trang này"] == "F1"
    assert {"Sao lưu ngay", "Khôi phục…", "Giới thiệu Sổ Hội"} <= set(keys)
    # Xem lists the pages of the navigation, with the keys its tooltips name.
    shown = [window.navigation.item(r) for r in range(window.navigation.count())
             if not window.navigation.item(r).isHidden()]
    view = [a for a in menus.view_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in view] == [item.text() for item in shown]
    assert [a.shortcut().toString() for a in view] == [
        f"Ctrl+{(n + 1) % 10}" if n < 10 else "" for n in range(len(view))]
    for action, item in zip(view, shown, strict=True):
        if action.shortcut().toString():
            assert f"({action.shortcut().toString()})" in item.toolTip()
    # Every key has one owner: no page keeps a shortcut on a key of the menus.
    owned = menus.menu_keys()
    assert len(owned) == sum(len(a.shortcuts()) for m in menus.menus() for a in m.actions())


def test_xem_switches_pages_and_ticks_the_page_in_view(window: MainWindow) -> None:
    window.menus.area_actions["officers"].trigger()
    assert window.current_key() == "officers"
    assert window.menus.area_actions["officers"].isChecked()
    window.show_page("members")
    assert window.menus.area_actions["members"].isChecked()
    assert not window.menus.area_actions["officers"].isChecked()


def test_items_are_greyed_out_where_the_page_has_nothing_to_answer(window: MainWindow) -> None:
    menus = window.menus
    window.show_page("overview")
    assert not menus.find_action.isEnabled()
    assert not menus.undo_action.isEnabled()
    assert not menus.print_action.isEnabled()
    window.show_page("members")
    assert menus.find_action.isEnabled()
    assert not menus.print_action.isEnabled()  # members export, they print nothing
    window.show_page("reports")
    assert menus.print_action.isEnabled()


def test_tim_puts_the_cursor_in_the_members_search(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("members")
    assert isinstance(page, MembersPage)
    page.search.setText("hoa")
    page.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    window.menus.find_action.trigger()
    assert QApplication.focusWidget() is page.search
    assert page.search.selectedText() == "hoa"
    # The key does the same.
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search


def test_ctrl_z_through_the_menu_undoes_attendance(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    assert page.current is not None and page.people.rowCount() > 2
    window.activateWindow()

    def marks() -> list[str]:
        return [r.status for r in page.people.rows()]

    before = marks()
    table = page.people_table
    table.setFocus()
    table.setCurrentIndex(page.people.index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Space)  # flips row 0, then row 1
    QTest.keyClick(table, Qt.Key.Key_Space)
    flipped = marks()
    assert flipped[0] != before[0] and flipped[1] != before[1] and flipped[2:] == before[2:]

    menus = window.menus
    menus.edit_menu.aboutToShow.emit()  # as when the menu opens
    assert menus.undo_action.isEnabled() and not menus.redo_action.isEnabled()
    menus.edit_menu.aboutToHide.emit()
    menus.undo_action.trigger()
    assert marks() == [flipped[0], *before[1:]]
    # The keys reach the page through the menu, also with the cursor in the table
    # (where the page used to hold a shortcut of its own on the same keys).
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks() == before
    menus.redo_action.trigger()
    assert marks()[0] == flipped[0]
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks() == before
    menus.edit_menu.aboutToShow.emit()
    assert not menus.undo_action.isEnabled() and menus.redo_action.isEnabled()
    menus.edit_menu.aboutToHide.emit()


def test_f1_on_every_page_opens_the_guide_of_that_page(window: MainWindow) -> None:
    window.activateWindow()
    for area in AREAS:
        if area.key not in window.menus.area_actions:
            continue
        window.show_page(area.key)
        window.menus.guide_action.trigger()
        guide = window.menus.help_window
        assert guide is not None and guide.isVisible() and not guide.isModal()
        assert guide.page_name() == help_file(area.key)
        assert area.title in guide.browser.toPlainText()
    guide.close()
    window.show_page("members")
    window.activateWindow()
    QTest.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
    assert guide.isVisible() and guide.page_name() == "members.html"
    guide.contents_button.click()
    assert guide.page_name() == INDEX
    guide.back_button.click()
    assert guide.page_name() == "members.html"


# -- the guide's files ----------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            if name in ("href", "src", "background") and value is not None:
                self.links.append(value)
            if name in ("id", "name") and value is not None:
                self.anchors.add(value)
            assert not name.startswith("on"), f"{tag} has a script attribute {name}"


def _parsed(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_area_has_a_page_of_the_guide() -> None:
    folder = help_folder()
    index = _parsed(folder / INDEX)
    for area in AREAS:
        page = folder / help_file(area.key)
        assert page.is_file(), f"no guide for the area {area.key}: add resources/help/{page.name}"
        assert f"<h2>{area.title}</h2>" in page.read_text(encoding="utf-8")
        assert page.name in index.links, f"the contents do not list {page.name}"


def test_every_link_of_the_guide_leads_to_a_shipped_page() -> None:
    folder = help_folder()
    pages = sorted(folder.glob("*.html"))
    assert len(pages) == len(AREAS) + 1
    for page in pages:
        parsed = _parsed(page)
        assert not parsed.tags & {"script", "iframe", "object", "embed", "link", "img"}
        assert page.name == INDEX or INDEX in parsed.links  # a way back to the contents
        for link in parsed.links:
            url = QUrl(link)
            assert not url.scheme() and not url.host(), f"{page.name}: {link} leaves the guide"
            if url.path():
                target = local_page(url, folder)
                assert target is not None, f"{page.name}: {link} is not a shipped page"
                anchors = _parsed(target).anchors
            else:
                anchors = parsed.anchors
            assert not url.fragment() or url.fragment() in anchors, f"{page.name}: {link}"


@pytest.mark.parametrize("link", [
    "https://example.org/index.html", "http://localhost/members.html", "../areas.py",
    "file:///etc/passwd", "/etc/hostname", "members.txt", "missing.html",
    "//server/share/index.html",
])
def test_the_guide_follows_no_link_out_of_its_folder(qtbot: QtBot, link: str) -> None:
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show_page("members.html")
    assert local_page(QUrl(link), guide.folder) is None
    guide.browser.follow(QUrl(link))
    assert guide.page_name() == "members.html"
    assert guide.browser.loadResource(0, QUrl(link)) is None


def test_the_guide_fits_the_screen_and_follows_its_own_links(qtbot: QtBot) -> None:
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show()
    screen = guide.screen().availableGeometry()
    assert guide.width() <= screen.width() and guide.height() <= screen.height()
    guide.show_page(INDEX)
    guide.browser.follow(QUrl("meetings.html"))
    assert guide.page_name() == "meetings.html"
    assert "Ctrl+Z" in guide.browser.toPlainText()


def test_sao_luu_takes_a_copy_where_copies_are_listed(window: MainWindow) -> None:
    from db.backup import BackupKind, list_backups
    from desktop.pages.settings.page import SettingsPage

    def manual_copies() -> int:
        # Counted by kind: the start-up copy may land meanwhile on a slow machine.
        return sum(1 for b in list_backups(page.backup_folder) if b.kind == BackupKind.MANUAL)

    window.show_page("members")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    before = manual_copies()
    window.menus.backup_action.trigger()
    assert window.current_key() == "settings"
    assert manual_copies() == before + 1
    assert page.model.rowCount() == len(list_backups(page.backup_folder))
    assert "Đã sao lưu" in page.status.text()
    window.show_page("members")
    window.menus.restore_action.trigger()
    assert window.current_key() == "settings"
    assert QApplication.focusWidget() is page.table


def test_no_page_claims_the_alt_key_of_a_menu(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    menus = {QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()}
    assert len(menus) == 4 and "" not in menus
    for key in window.menus.area_actions:
        page = window.show_page(key)
        widgets = page.findChildren(QAbstractButton) + page.findChildren(QLabel)
        claimed = {QKeySequence.mnemonic(w.text()).toString() for w in widgets} - {""}
        assert not claimed & menus, f"{key}: {claimed & menus}"
