"""Start-ups as the benchmark measures them, each in a fresh process.

``probe_application`` opens a register the way the application does and prints
``ready`` once the main window shows the first screen of members. ``probe_memory``
waits until the member list holds every row, scrolls through it, and prints the
resident memory of the process, now and at its peak.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def _open_window(path: str) -> tuple[Any, Any]:
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
    return app, window


def probe_application(path: str) -> None:
    """Report ready when the main window is usable, then leave at once."""
    _open_window(path)
    print("ready", flush=True)
    os._exit(0)


def resident_megabytes(field: str = "VmRSS") -> float:
    """Return the resident set size of this process in MB (peak where that is all).

    ``field`` "VmHWM" gives the peak since the process started: the memory budget is
    about the worst moment (the id list being built), not what remains once it settled.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return float(peak) / (1024 * 1024 if sys.platform == "darwin" else 1024)


def peak_megabytes() -> float:
    """Return the highest resident set size this process has reached, in MB."""
    return resident_megabytes("VmHWM")


def probe_memory(path: str) -> None:
    """List every member, scroll through the list, and print the memory used."""
    app, window = _open_window(path)
    page = window.show_page("members")
    model = page.model
    while model.total is None:
        app.processEvents()
    table = page.table
    rows = model.rowCount()
    for fraction in (0.0, 0.25, 0.5, 0.75, 0.999):
        table.scrollTo(model.index(int(rows * fraction), 0))
        app.processEvents()
    print(f"rss {resident_megabytes():.1f} rows {rows} peak {peak_megabytes():.1f}",
          flush=True)
    os._exit(0)
