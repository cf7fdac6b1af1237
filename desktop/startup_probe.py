"""A start-up as the benchmark measures it: imports, database, window, first screen.

Run in a fresh process by ``sohoi bench``; prints ``ready`` once the main window shows
the first screen of members, then leaves at once (teardown is not part of start-up).
"""

from __future__ import annotations

import os
from pathlib import Path


def probe_application(path: str) -> None:
    """Open the register at ``path`` the way the application does and report ready."""
    from db.engine import open_database
    from db.site import get_site
    from desktop.app import create_application, open_main_window
    from desktop.tasks import TaskRunner

    app = create_application(["sohoi"])
    database = open_database(Path(path))
    with database.reading() as session:
        site = get_site(session)
    window = open_main_window(database, site, TaskRunner())
    window.show()
    app.processEvents()
    print("ready", flush=True)
    os._exit(0)
