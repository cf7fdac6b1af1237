"""Every page under a pseudo-translation, on the 1366x768 office screen: what is left bare.

Run in its own process (``python -m tests.desktop.pseudo_probe REGISTER OUT.json``), like
``screen_probe``, whose screen and button check it reuses. The catalogue is generated from
``sohoi_en.ts``: every string becomes its Vietnamese source lengthened by 40 % and wrapped
in ``⟦…⟧``, so a layout that holds it holds a longer translation, and a text on screen
without the markers did not go through the catalogue (``test_pseudo_localisation.py``).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

OPEN, CLOSE = "⟦", "⟧"
GROWTH = 0.4
PAD = "~"
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
TAG = re.compile(r"<[^>]*>")


def pseudo_text(source: str) -> str:
    """Return ``source`` 40 % longer (at least one character) between the markers.

    The padding goes before the closing marker, so placeholders, HTML and ``&`` keep
    working; it has no letters, so it cannot pass for a word. It breaks into words of
    five, as a translation does: one unbroken run of a hundred signs after a long
    paragraph would be a word no language has, and no wrapped label could hold it.
    """
    count = max(1, math.ceil(len(source) * GROWTH))
    padding = ((PAD * 4 + " ") * count)[:count].rstrip(" ").ljust(count, PAD)
    return f"{OPEN}{source}{padding}{CLOSE}"


def write_pseudo_catalogue(english: Path, target: Path) -> Path:
    """Write the pseudo ``.ts`` beside ``target`` and compile it to ``target`` (.qm)."""
    from desktop.translations import compile_catalogue

    tree = ET.parse(english)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = pseudo_text(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    source = target.with_suffix(".ts")
    tree.write(source, encoding="utf-8", xml_declaration=True)
    compile_catalogue(source, target)
    return target


def install_pseudo(app: object, catalogue: Path) -> str:
    """Install the pseudo catalogue, and markers on Qt's own texts; return "en"."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.qt_vietnamese import QtVietnamese
    from desktop.translations import CatalogueTranslator

    known = set(QtVietnamese().table)

    class QtOwn(QTranslator):
        """Qt's own buttons (OK, Cancel…), those Qt's Vietnamese catalogue covers, marked.

        Only those: PySide's ``tr()`` also asks the Qt base classes' contexts (QWidget…)
        for the program's own strings, which must come from the program's catalogue.
        """

        def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            return pseudo_text(source) if (context, source) in known else None

    own = QtOwn(app)  # type: ignore[arg-type]
    QCoreApplication.installTranslator(own)
    translator = CatalogueTranslator(app)  # type: ignore[arg-type]
    assert translator.load_file(catalogue)
    QCoreApplication.installTranslator(translator)
    return "en"


def register_words(path: Path) -> set[str]:
    """Return every word held in a text column of the register: data, not interface."""
    words: set[str] = set()
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in connection.execute(
                        f'SELECT DISTINCT "{column}" FROM "{table}" WHERE typeof("{column}")'
                        "='text'"):
                    words.update(word.casefold() for word in WORD.findall(value))
    return words


def visible_texts(window: object) -> list[tuple[str, str]]:
    """Return (kind, text) of every visible label, button, group box, tab and header."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGroupBox,
        QLabel,
        QTabBar,
        QWidget,
    )

    assert isinstance(window, QWidget)
    found: list[tuple[str, str]] = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            found.append(("label", label.text()))
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            found.append(("button", button.text()))
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.title():
            found.append(("group", box.title()))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            found += [("tab", bar.tabText(i)) for i in range(bar.count()) if bar.tabText(i)]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        header = getattr(view, "horizontalHeader", None)
        if not view.isVisible() or model is None or header is None:
            continue
        for section in range(model.columnCount()):
            if header().isSectionHidden(section):
                continue
            text = model.headerData(section, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole)
            if text:
                found.append(("header", str(text)))
    return found


def cut_texts(window: object) -> list[str]:
    """Return the visible labels and buttons whose text does not fit in the room they have.

    A label on one line (or a button) narrower than its text is cut; a wrapped label
    lower than its text needs at its width is cut; a label the window (or the scroll area
    it lies in) cuts off is cut too.
    """
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

    from tests.desktop.screen_probe import _scroll_area_of

    assert isinstance(window, QWidget)
    frame = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    found: list[str] = []
    widgets: list[QWidget] = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    for widget in widgets:
        if not widget.isVisible() or widget.window() is not window:
            continue
        text = widget.text()  # type: ignore[attr-defined]
        if not text or (isinstance(widget, QLabel) and widget.pixmap() is not None
                        and not widget.pixmap().isNull()):
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = widget.heightForWidth(widget.width()) > widget.height() + 1
        else:
            short = widget.width() + 1 < hint.width()
        rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        scroll = _scroll_area_of(widget)
        if isinstance(scroll, QScrollArea):
            viewport = scroll.viewport()
            view = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
            room = QRect(view.x(), rect.y(), view.width(), rect.height())
        else:
            room = frame
        if short or not room.contains(rect):
            found.append(f"{type(widget).__name__}: {text!r} {widget.width()}x"
                         f"{widget.height()} needs {hint.width()}x{hint.height()}"
                         + ("" if room.contains(rect) else
                            f", at {rect.x()},{rect.y()} outside {room.x()},{room.y()} "
                            f"{room.width()}x{room.height()}"))
    return found


def bare_parts(text: str, data_words: set[str]) -> list[str]:
    """Return the words of ``text`` outside every marker pair that are not register data.

    Text inside ``⟦…⟧`` was translated (placeholders filled in there may hold anything);
    outside, only the register's own words (names, places) and figures may show.
    """
    plain = html.unescape(TAG.sub(" ", text))
    outside = re.sub(f"{OPEN}.*?{CLOSE}", " ", plain, flags=re.DOTALL)
    if OPEN in outside or CLOSE in outside:  # a pair split by nesting: take the widest
        outside = re.sub(f"{OPEN}.*{CLOSE}", " ", plain, flags=re.DOTALL)
    return [word for word in WORD.findall(outside.replace("&", ""))
            if word.casefold() not in data_words]


def main(argv: list[str]) -> int:
    """Check every page over a copy of ``argv[0]``; write the report to ``argv[1]``."""
    source, out = Path(argv[0]), Path(argv[1])
    home = Path(tempfile.mkdtemp(prefix="sohoi-pseudo-"))
    os.environ["SOHOI_HOME"] = str(home)
    path = home / "register.sqlite"
    shutil.copyfile(source, path)

    import desktop.app
    from db.engine import open_database
    from db.site import get_site
    from desktop.areas import AREAS
    from desktop.tasks import TaskRunner
    from desktop.translations import source_catalogue
    from tests.desktop.screen_probe import (
        _select_first_rows,
        _settle,
        check_window,
        platform_arguments,
    )

    catalogue = write_pseudo_catalogue(source_catalogue("en"), home / "sohoi_pseudo.qm")
    desktop.app.install_translators = (  # type: ignore[assignment]
        lambda app, language=None: install_pseudo(app, catalogue))
    app = desktop.app.create_application(["sohoi-pseudo", *platform_arguments()])
    data_words = register_words(path)
    database = open_database(path)
    with database.reading() as session:
        site = get_site(session)
    window = desktop.app.open_main_window(database, site, TaskRunner(synchronous=True))
    window.show()
    _settle(app)
    reports = []
    for area in AREAS:
        if not area.shown_on(site):
            continue
        page = window.show_page(area.key)
        _settle(app)
        _select_first_rows(page)
        fit = check_window(f"page:{area.key}", window)
        bare = sorted({f"{kind}: {text!r} ({', '.join(words)})"
                       for kind, text in visible_texts(window)
                       if (words := bare_parts(text, data_words))})
        reports.append({"name": area.key, "outside": fit["outside"], "fits": fit["fits"],
                        "bare": bare, "cut": cut_texts(window),
                        "minimum": page.minimumSizeHint().width()})
    if not site.is_upper:
        from tests.desktop.screen_dialogs import FED_TEXTS, check_dialogs

        data_words |= {word.casefold() for text in FED_TEXTS for word in WORD.findall(text)}

        def check(name: str, dialog: object) -> dict[str, object]:
            fit = check_window(name, dialog)
            fit["bare"] = sorted({f"{kind}: {text!r} ({', '.join(words)})"
                                  for kind, text in visible_texts(dialog)
                                  if (words := bare_parts(text, data_words))})
            fit["cut"] = cut_texts(dialog)
            return fit

        reports += check_dialogs(window, check, _settle)
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    window.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
