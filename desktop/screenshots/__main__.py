"""Regenerate the README's screenshots from the demo commune (``make screenshots``).

    python -m desktop.screenshots docs/screenshots
    python -m desktop.screenshots docs/screenshots/en --lang en

Builds the demo commune (seed 7) in a temporary folder and renders each finished page
offscreen at 1366x768, so the pictures always show the application as it is; then a
small province synced by real package files (``desktop.screenshots.province``) for the
upper level's pages and the sync pages.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

PAGES = (
    "overview", "members", "branches", "officers", "meetings", "trainings", "certificates",
    "dues", "reports", "evaluation", "settings",
)
UPPER_PAGES = {
    "communes": "communes",
    "reports": "upper-targets",
    "meetings": "upper-meetings",
    "sync": "sync-upper",
}
"""Upper-level page → the README picture it makes."""
DEMO_DAY = dt.date(2026, 11, 25)


def main(argv: list[str]) -> int:
    """Write one PNG per page into the folder named on the command line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    language = None
    if "--lang" in argv:
        at = argv.index("--lang")
        language = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    out = Path(argv[0] if argv else "docs/screenshots")
    with tempfile.TemporaryDirectory(prefix="sohoi-shots-") as folder:
        os.environ["SOHOI_HOME"] = folder
        from db.demo.generator import build_demo
        from db.engine import open_database
        from desktop.screenshots.capture import take_screenshot

        path = Path(folder) / "demo.sqlite"
        database = open_database(path)
        build_demo(database, members=8000, seed=7, today=DEMO_DAY)
        database.close()
        pages = PAGES if language is None else (*PAGES, "dues", "evaluation")
        for page in pages:
            take_screenshot(path, page, out / f"{page}.png", (1366, 768), language)
            print(f"{out / f'{page}.png'}")
        from desktop.screenshots.province import build_province

        province = build_province(Path(folder) / "province", DEMO_DAY)
        for page, name in UPPER_PAGES.items():
            take_screenshot(province.upper, page, out / f"{name}.png", (1366, 768), language)
            print(out / f"{name}.png")
        take_screenshot(province.communes[0], "sync", out / "sync-commune.png", (1366, 768),
                        language)
        print(out / "sync-commune.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
