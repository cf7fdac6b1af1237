"""Open every page and dialog on a 1366x768 office screen and report what sticks out.

Run in its own process (``python -m tests.desktop.screen_probe REGISTER OUT.json``): the
offscreen platform takes its screen size only when the application starts, and the test
session's application has another. ``test_office_screen.py`` starts it and reads the
report. The screen is 1366x728: a 1366x768 laptop less a Windows taskbar.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1366, 728)
# The title bar and borders Windows adds around a window's client area (offscreen adds 2 px).
TITLE_BAR = 30


def platform_arguments() -> list[str]:
    """Return the ``-platform`` arguments that give the offscreen platform the office screen."""
    config = Path(tempfile.mkdtemp(prefix="sohoi-screen-")) / "screen.json"
    config.write_text(json.dumps({
        "screens": [{"name": "office", "x": 0, "y": 0, "width": SCREEN[0],
                     "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}],
        "windowFrameMargins": True,
    }), encoding="utf-8")
    return ["-platform", f"offscreen:configfile={config}"]


LONG_TOPIC = (
    "Tuyên truyền, hướng dẫn hội viên phụ nữ thực hiện chuyển đổi số, phòng chống lừa đảo "
    "qua mạng, xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh và phát triển kinh tế "
    "hộ gia đình gắn với chương trình xây dựng nông thôn mới nâng cao"
)
LONG_COURSE = (
    "Lớp bồi dưỡng nghiệp vụ công tác Hội, kỹ năng tuyên truyền, vận động và chuyển đổi số "
    "cho cán bộ chi hội, tổ phụ nữ nhiệm kỳ 2026 - 2031"
)
LONG_BRANCH = "Chi hội Phụ nữ thôn Đông Thượng Lãng Nghĩa Trung Văn Miếu - Quốc Tử Giám"
LONG_COMMUNE = "Phường Văn Miếu - Quốc Tử Giám"  # the longest name of the catalog
LONG_PROVINCE = "Thành phố Hồ Chí Minh"


def lengthen_texts(path: Path) -> None:
    """Give the register the longest texts an office meets: topic, course, branch, commune.

    On a commune's register its own commune and a branch get the long names; on an
    upper level's register, the province, one commune and one branch of it.
    """
    from sqlalchemy import text

    from db.engine import open_database

    database = open_database(path)
    with database.transaction() as session:
        site_unit, mode = session.execute(text("SELECT unit_id, mode FROM site")).one()

        def rename(unit_id: str | None, name: str) -> None:
            if unit_id:
                session.execute(text("UPDATE units SET name = :n WHERE id = :u"),
                                {"n": name, "u": unit_id})

        def first_child(unit_id: str) -> str | None:
            found: str | None = session.execute(
                text("SELECT id FROM units WHERE parent_id = :u ORDER BY name LIMIT 1"),
                {"u": unit_id}).scalar()
            return found

        if mode == "upper":
            rename(site_unit, LONG_PROVINCE)
            commune = first_child(site_unit)
        else:
            commune = site_unit
            rename(session.execute(text("SELECT parent_id FROM units WHERE id = :u"),
                                   {"u": site_unit}).scalar(), LONG_PROVINCE)
        rename(commune, LONG_COMMUNE)
        if commune:
            rename(first_child(commune), LONG_BRANCH)
        session.execute(text("UPDATE meetings SET topic = :t"), {"t": LONG_TOPIC[:200]})
        session.execute(text("UPDATE courses SET title = :t"), {"t": LONG_COURSE})
        session.execute(text("UPDATE topics SET name = :t || name"), {"t": LONG_COURSE + " — "})
    database.close()


def _settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()


def _scroll_area_of(widget: object) -> object:
    """Return the scroll area a widget lies in, if any."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()  # type: ignore[attr-defined]
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def check_window(name: str, window: object) -> dict[str, object]:
    """Report how a shown top-level window sits on the office screen.

    A window fits when its frame, with a Windows title bar, is no larger than the screen
    and no visible button of it lies outside the screen once the window sits at the
    top-left corner (where the person would drag it).
    """
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QWidget

    assert isinstance(window, QWidget)
    window.move(0, 0)
    _settle(None)
    frame = window.frameGeometry()
    area = QRect(0, 0, SCREEN[0], SCREEN[1] - TITLE_BAR)
    outside = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        top_left = button.mapToGlobal(QPoint(0, 0))
        rect = QRect(top_left, button.size())
        # A button the window itself cuts off is as lost as one off the screen; in a
        # scroll area it only has to be within the area's width (it scrolls down to it).
        inside_window = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
        on_screen = area
        scroll = _scroll_area_of(button)
        if scroll is not None:
            viewport = scroll.viewport()  # type: ignore[attr-defined]
            view = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
            inside_window = QRect(view.x(), rect.y(), view.width(), rect.height())
            on_screen = QRect(area.x(), rect.y(), area.width(), rect.height())
        if not on_screen.contains(rect) or not inside_window.contains(rect):
            outside.append(f"{button.text() or button.toolTip() or type(button).__name__}"
                           f" at {rect.x()},{rect.y()} {rect.width()}x{rect.height()}")
    hint = window.minimumSizeHint()
    return {
        "name": name,
        "size": [window.width(), window.height()],
        "frame": [frame.width(), frame.height()],
        "minimum": [hint.width(), hint.height()],
        "fits": frame.width() <= area.width() and frame.height() <= area.height()
        and not outside,
        "outside": outside,
    }


def _select_first_rows(page: object) -> None:
    """Select the first row of every list so the detail panes show their long texts."""
    from PySide6.QtWidgets import QAbstractItemView

    assert hasattr(page, "findChildren")
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.rowCount() > 0 and view.isVisible():
            view.setCurrentIndex(model.index(0, 0))
            _settle(None)


def check_pages(window: object) -> list[dict[str, object]]:
    """Show every page of the main window at its default size and check it."""
    from desktop.areas import AREAS

    reports = []
    for area in AREAS:
        if not area.shown_on(window.site):  # type: ignore[attr-defined]
            continue
        page = window.show_page(area.key)  # type: ignore[attr-defined]
        _settle(None)
        _select_first_rows(page)
        prefix = "upper-page" if window.site.is_upper else "page"  # type: ignore[attr-defined]
        reports.append(check_window(f"{prefix}:{area.key}", window))
    return reports


def main(argv: list[str]) -> int:
    """Check the pages and dialogs over a copy of ``argv[0]``; write the report to ``argv[1]``."""
    import shutil

    source, out = Path(argv[0]), Path(argv[1])
    home = Path(tempfile.mkdtemp(prefix="sohoi-probe-"))
    os.environ["SOHOI_HOME"] = str(home)
    path = home / "register.sqlite"
    shutil.copyfile(source, path)
    lengthen_texts(path)

    from db.engine import open_database
    from db.site import get_site
    from desktop.app import create_application, open_main_window
    from desktop.tasks import TaskRunner

    app = create_application(["sohoi-probe", *platform_arguments()])
    database = open_database(path)
    with database.reading() as session:
        site = get_site(session)
    window = open_main_window(database, site, TaskRunner(synchronous=True))
    window.show()
    _settle(app)
    reports = check_pages(window)
    from tests.desktop import screen_dialogs

    if site.is_upper:
        reports += screen_dialogs.check_upper_dialogs(window, check_window, _settle)
    else:
        reports += screen_dialogs.check_dialogs(window, check_window, _settle)
        reports += check_geometry(window)
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    window.close()
    database.close()
    return 0



def check_geometry(window: object) -> list[dict[str, object]]:
    """Check that the main window comes back where it was left, within this screen."""
    from PySide6.QtCore import QRect, QSettings, Qt

    reports: list[dict[str, object]] = []
    path = Path(tempfile.mkdtemp(prefix="sohoi-geometry-")) / "settings.ini"

    def fresh() -> QSettings:
        return QSettings(str(path), QSettings.Format.IniFormat)

    def report(name: str, problems: list[str]) -> None:
        reports.append({"name": name, "fits": not problems, "outside": problems})

    screen = QRect(0, 0, SCREEN[0], SCREEN[1])
    settings = fresh()
    settings.setValue("window/rect", QRect(3000, 2000, 1300, 700))
    settings.sync()
    window.restore_geometry(fresh())  # type: ignore[attr-defined]
    frame = window.frameGeometry()  # type: ignore[attr-defined]
    report("geometry:gone-screen", [] if screen.contains(frame) else [f"frame {frame}"])

    settings.setValue("window/rect", QRect(-300, -200, 2600, 1600))
    settings.sync()
    window.restore_geometry(fresh())  # type: ignore[attr-defined]
    frame = window.frameGeometry()  # type: ignore[attr-defined]
    report("geometry:larger-screen", [] if screen.contains(frame) else [f"frame {frame}"])

    window.setGeometry(QRect(40, 60, 1250, 600))  # type: ignore[attr-defined]
    _settle(None)
    placed = window.geometry()  # type: ignore[attr-defined]
    window.save_geometry(settings)  # type: ignore[attr-defined]
    settings.sync()
    window.setGeometry(QRect(0, 0, 1200, 600))  # type: ignore[attr-defined]
    window.restore_geometry(fresh())  # type: ignore[attr-defined]
    _settle(None)
    kept = window.geometry()  # type: ignore[attr-defined]
    report("geometry:kept", [] if kept == placed else [f"left at {placed}, came back {kept}"])

    settings.setValue("window/maximized", True)
    settings.sync()
    window.restore_geometry(fresh())  # type: ignore[attr-defined]
    maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)  # type: ignore[attr-defined]
    report("geometry:maximized", [] if maximized else ["not maximised"])
    window.setWindowState(Qt.WindowState.WindowNoState)  # type: ignore[attr-defined]
    return reports


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
