"""Render any page of the main window to a PNG, offscreen (``sohoi screenshot``).

The README's pictures come from here, so they always show the application as it is.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from db.engine import open_database
from db.errors import UserError
from db.site import get_site


def take_screenshot(database_path: Path, page: str, out: Path, size: tuple[int, int],
                    language: str | None = None) -> None:
    """Open the register, show ``page`` at ``size`` and save what is painted.

    ``language`` (``vi`` or ``en``) is that of the interface; the process's first picture
    decides it, as the language is chosen when the application starts.

    Raises:
        UserError: the page name is unknown or the register is not set up.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import create_application, open_main_window
    from desktop.areas import AREAS
    from desktop.tasks import TaskRunner
    from desktop.translations import ENV_VAR

    if language is not None:
        os.environ[ENV_VAR] = language
    keys = [area.key for area in AREAS]
    if page not in keys:
        raise UserError(f"Không có trang {page!r}. Các trang: {', '.join(keys)}.")
    app = create_application(["sohoi"])
    database = open_database(database_path)
    with database.reading() as session:
        site = get_site(session)
    window = open_main_window(database, site, TaskRunner(synchronous=True))
    # The picture is the size asked for, whatever state the window was left in last time.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.show()
    window.show_page(page)
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.stem + ".partial.png")
    if not window.grab().save(str(partial), "PNG"):
        raise UserError(f"Không ghi được tệp ảnh {out}.")
    os.replace(partial, out)
    window.close()
    database.close()
