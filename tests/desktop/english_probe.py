"""Open the main window in the language of ``SOHOI_LANG`` and report what it shows.

Run in its own process (``python -m tests.desktop.english_probe REGISTER OUT.json``): the
language is chosen when the application starts. ``test_translations.py`` reads the report.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """Report the navigation, menus and the members page's buttons to ``argv[1]``."""
    import os

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton

    from db.engine import open_database
    from db.site import get_site
    from desktop.app import create_application, open_main_window
    from desktop.tasks import TaskRunner

    source, out = Path(argv[0]), Path(argv[1])
    path = Path(os.environ["SOHOI_HOME"]) / "register.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, path)
    app = create_application(["sohoi-probe"])
    database = open_database(path)
    with database.reading() as session:
        site = get_site(session)
    window = open_main_window(database, site, TaskRunner(synchronous=True))
    window.show()
    page = window.show_page("members")
    app.processEvents()
    navigation = [window.navigation.item(row).text()
                  for row in range(window.navigation.count())]
    report = {
        "navigation": navigation,
        "menus": [action.text() for action in window.menuBar().actions()],
        "members_buttons": [button.text() for button in page.findChildren(QAbstractButton)
                            if button.isVisible()],
        "title": window.windowTitle(),
        "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
    }
    out.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    window.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
