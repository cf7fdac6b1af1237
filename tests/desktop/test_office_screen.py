"""Every page and dialog fits a 1366x768 office laptop with a Windows taskbar.

The pages and dialogs are opened in a separate process whose offscreen screen is
1366x728 (the laptop less its taskbar), over the demo commune given the longest texts an
office meets: a 200-character meeting topic, long course, topic and branch names, the
longest commune name of the catalog (see ``screen_probe``). For each one the window's
frame, with a title bar, must fit the screen and every visible button must lie on it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from db.demo.generator import build_demo
from db.engine import open_database
from desktop.areas import AREAS
from tests.conftest import TODAY
from tests.desktop.screen_dialogs import DIALOG_NAMES, UPPER_DIALOG_NAMES
from tests.desktop.screen_probe import lengthen_texts

ROOT = Path(__file__).resolve().parents[2]
COMMUNE_PAGES = [area.key for area in AREAS if not area.upper_only]


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["SOHOI_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _probe(register: Path, folder: Path) -> dict[str, dict[str, object]]:
    """Run the probe over a copy of ``register``; return its findings by name."""
    out = folder / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.desktop.screen_probe", str(register), str(out)],
        cwd=ROOT, env=_environment(folder), capture_output=True, text=True, timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {str(entry["name"]): entry for entry in json.loads(out.read_text("utf-8"))}


@pytest.fixture(scope="module")
def screen_report(demo_file: Path, tmp_path_factory: pytest.TempPathFactory
                  ) -> dict[str, dict[str, object]]:
    """The commune's pages and dialogs, checked once for the module."""
    return _probe(demo_file, tmp_path_factory.mktemp("office-screen"))


@pytest.fixture(scope="module")
def upper_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """An upper level's pages (a province of four communes) and its dialogs."""
    folder = tmp_path_factory.mktemp("office-screen-upper")
    register = folder / "province.sqlite"
    database = open_database(register)
    build_demo(database, members=1500, communes=4, seed=7, today=TODAY)
    database.close()
    return _probe(register, folder)


@pytest.mark.parametrize("key", COMMUNE_PAGES)
def test_page_fits_the_office_screen(screen_report: dict[str, dict[str, object]],
                                     key: str) -> None:
    entry = screen_report[f"page:{key}"]
    assert entry["fits"], entry
    assert not entry["outside"], entry


@pytest.mark.parametrize("key", [area.key for area in AREAS])
def test_upper_level_page_fits_the_office_screen(
        upper_report: dict[str, dict[str, object]], key: str) -> None:
    entry = upper_report[f"upper-page:{key}"]
    assert entry["fits"], entry


@pytest.mark.parametrize("name", UPPER_DIALOG_NAMES)
def test_upper_level_dialog_fits_the_office_screen(
        upper_report: dict[str, dict[str, object]], name: str) -> None:
    entry = upper_report[name]
    assert entry["fits"], entry


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_dialog_fits_the_office_screen(screen_report: dict[str, dict[str, object]],
                                       name: str) -> None:
    entry = screen_report[name]
    assert entry["fits"], entry
    assert not entry["outside"], entry


@pytest.mark.parametrize("name", ["geometry:gone-screen", "geometry:larger-screen",
                                  "geometry:kept", "geometry:maximized"])
def test_the_window_comes_back_where_it_was_left_on_this_screen(
        screen_report: dict[str, dict[str, object]], name: str) -> None:
    entry = screen_report[name]
    assert entry["fits"], entry


def test_the_window_is_no_wider_than_the_screen_whatever_page_was_opened(
        screen_report: dict[str, dict[str, object]]) -> None:
    """Pages are built once and kept: the widest of them sets the window's minimum."""
    widest = max(int(screen_report[f"page:{key}"]["minimum"][0])  # type: ignore[index]
                 for key in COMMUNE_PAGES)
    assert widest <= 1366 - 16


@pytest.fixture(scope="module")
def screenshots(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run ``sohoi screenshot --page P`` (default size) for every commune page, long texts in."""
    folder = tmp_path_factory.mktemp("screenshots")
    register = folder / "demo.sqlite"
    shutil.copyfile(demo_file, register)
    lengthen_texts(register)
    for key in COMMUNE_PAGES:
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "screenshot", "--db", str(register),
             "--page", key, "--out", str(folder / f"{key}.png")],
            cwd=ROOT, env=_environment(folder), capture_output=True, text=True,
            timeout=300, check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
    return folder


@pytest.mark.parametrize("key", COMMUNE_PAGES)
def test_screenshot_is_no_larger_than_the_office_screen(screenshots: Path, key: str) -> None:
    image = QImage(str(screenshots / f"{key}.png"))
    assert not image.isNull()
    assert image.width() <= 1366
    assert image.height() <= 768
