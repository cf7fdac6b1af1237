"""The offline guide: short pages of plain Vietnamese, one per area, opened with F1.

The pages are HTML files shipped in ``resources/help`` (``<area key>.html`` and
``index.html``). They are shown in a window of their own, not a modal dialog, so the
guide can stay open beside the page it explains. The browser follows only links to
other files of that folder: nothing is fetched from a network, no other file of the
computer is read, and Qt's rich text runs no scripts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.screen_fit import fit_to_screen
from resources import resource_path

INDEX = "index.html"


def help_folder() -> Path:
    """Return the folder of the guide's pages."""
    return resource_path("help")


def local_page(url: QUrl, folder: Path) -> Path | None:
    """Return the guide page a link points to, or None when it leads anywhere else.

    Only a plain file name of the folder is followed (``members.html`` or
    ``file:///…/help/members.html``); a web address, another folder or a missing
    file is refused.
    """
    if url.scheme() not in ("", "file") or url.host():
        return None
    path = Path(url.toLocalFile() if url.scheme() == "file" else url.path())
    if not path.is_absolute():
        path = folder / path
    try:
        resolved = path.resolve()
    except OSError:
        return None
    if resolved.parent != folder.resolve() or resolved.suffix != ".html":
        return None
    return resolved if resolved.is_file() else None


class GuideBrowser(QTextBrowser):
    """A text browser that loads nothing but the guide's own pages."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setOpenExternalLinks(False)
        # Links are followed by hand, so only pages of the folder are ever opened.
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        """Open a clicked link if it is a page of the guide (or a place on this page)."""
        if not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
            return
        page = local_page(url, self.folder)
        if page is not None:
            target = QUrl.fromLocalFile(str(page))
            target.setFragment(url.fragment())
            self.setSource(target)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt naming
        """Give the guide's own pages; refuse any other file or address (returns None)."""
        url = QUrl(name)
        if local_page(url, self.folder) is None:
            return None
        return super().loadResource(kind, url)


class HelpWindow(QWidget):
    """The guide's window: the page, with Mục lục (contents) and Quay lại (back)."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng Sổ Hội"))
        self.folder = folder if folder is not None else help_folder()
        self.browser = GuideBrowser(self.folder)
        self.contents_button = QPushButton(self.tr("Mục lục"))
        self.back_button = QPushButton(self.tr("Quay lại"))
        self.back_button.setEnabled(False)
        close_button = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.contents_button.clicked.connect(lambda: self.show_page(INDEX))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        close_button.clicked.connect(self.close)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)
        fit_to_screen(self, QSize(720, 680))

    def show_page(self, name: str) -> None:
        """Show a page of the guide by file name (the contents when it is missing)."""
        page = local_page(QUrl(name), self.folder) or self.folder / INDEX
        self.browser.setSource(QUrl.fromLocalFile(str(page)))

    def page_name(self) -> str:
        """Return the file name of the page shown."""
        return Path(self.browser.source().toLocalFile()).name

    def open_page(self, name: str) -> None:
        """Show a page and bring the window forward (F1 from the main window)."""
        self.show_page(name)
        self.show()
        self.raise_()
        self.activateWindow()
