"""Every page and dialog holds strings 40 % longer, and every text on it went through the catalogue.

The check runs in a child process (``pseudo_probe``) on the office screen of
``screen_probe`` (1366x768 less the taskbar), with a catalogue generated from
``sohoi_en.ts`` in which each string is its source lengthened by 40 % between ``⟦…⟧``.
The dialogs are the ones ``test_office_screen`` opens (``screen_dialogs.DIALOG_NAMES``),
opened the way the program opens them; no text of a page or dialog may be cut.

Allowed without markers, and only these:
- words that the register holds in its own text columns (people's, branches' and places'
  names, topics typed in): data, not interface;
- the groups of four hexadecimal digits of an identity code (a key's fingerprint);
- "đ", the đồng sign after an amount, which English writes the same way;
- in dialogs, the words of what the check hands them as data (``screen_dialogs.FED_TEXTS``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.demo.generator import build_demo
from db.engine import open_database
from desktop.areas import AREAS
from tests.desktop.pseudo_probe import CLOSE, OPEN, bare_parts, pseudo_text
from tests.desktop.screen_dialogs import DIALOG_NAMES

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 25)
COMMUNE_PAGES = [area.key for area in AREAS if not area.upper_only]
ALLOWED = re.compile(r"^([0-9A-F]{4}|đ)$")


def test_a_pseudo_string_is_forty_percent_longer_between_markers() -> None:
    text = pseudo_text("{count} hội viên")
    assert text.startswith(OPEN + "{count} hội viên") and text.endswith(CLOSE)
    assert len(text) - 2 >= 1.4 * len("{count} hội viên")


def test_bare_words_are_found_outside_markers_only() -> None:
    assert bare_parts("⟦Thêm~~⟧ Nguyễn Lan", {"nguyễn"}) == ["Lan"]
    assert bare_parts("<b>⟦Hội viên~~~⟧</b>: 12", set()) == []


def _probe(register: Path, folder: Path) -> dict[str, dict[str, object]]:
    out = folder / "report.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT), SOHOI_HOME=str(folder),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "tests.desktop.pseudo_probe", str(register), str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return {str(entry["name"]): entry for entry in json.loads(out.read_text("utf-8"))}


@pytest.fixture(scope="module")
def pseudo_report(demo_file: Path, tmp_path_factory: pytest.TempPathFactory
                  ) -> dict[str, dict[str, object]]:
    """A commune's pages."""
    return _probe(demo_file, tmp_path_factory.mktemp("pseudo"))


@pytest.fixture(scope="module")
def upper_pseudo_report(tmp_path_factory: pytest.TempPathFactory
                        ) -> dict[str, dict[str, object]]:
    """An upper level's pages: a province of four communes."""
    folder = tmp_path_factory.mktemp("pseudo-upper")
    register = folder / "province.sqlite"
    database = open_database(register)
    build_demo(database, members=1500, communes=4, seed=7, today=TODAY)
    database.close()
    return _probe(register, folder)


@pytest.mark.parametrize("key", COMMUNE_PAGES)
def test_every_text_of_the_page_is_translated(pseudo_report: dict[str, dict[str, object]],
                                             key: str) -> None:
    assert _bare(pseudo_report[key]) == []


@pytest.mark.parametrize("key", [area.key for area in AREAS])
def test_every_text_of_the_upper_level_page_is_translated(
        upper_pseudo_report: dict[str, dict[str, object]], key: str) -> None:
    assert _bare(upper_pseudo_report[key]) == []


@pytest.mark.parametrize("key", [area.key for area in AREAS])
def test_no_button_of_the_upper_level_leaves_the_screen_with_longer_strings(
        upper_pseudo_report: dict[str, dict[str, object]], key: str) -> None:
    assert upper_pseudo_report[key]["outside"] == []


def _bare(entry: dict[str, object]) -> list[str]:
    return [text for text in entry["bare"]  # type: ignore[attr-defined]
            if not all(ALLOWED.match(word)
                       for word in text.rsplit("(", 1)[-1].rstrip(")").split(", "))]


@pytest.mark.parametrize("key", COMMUNE_PAGES)
def test_no_button_leaves_the_screen_with_longer_strings(
        pseudo_report: dict[str, dict[str, object]], key: str) -> None:
    """The page stack keeps the widest page built: every page is checked after the others."""
    assert pseudo_report[key]["outside"] == []


@pytest.mark.parametrize("key", COMMUNE_PAGES)
def test_no_text_of_the_page_is_cut_with_longer_strings(
        pseudo_report: dict[str, dict[str, object]], key: str) -> None:
    assert pseudo_report[key]["cut"] == []


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_text_of_the_dialog_is_translated(pseudo_report: dict[str, dict[str, object]],
                                                name: str) -> None:
    assert _bare(pseudo_report[name]) == []


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_the_dialog_holds_longer_strings(pseudo_report: dict[str, dict[str, object]],
                                         name: str) -> None:
    """On the screen, every button within reach and no label or button cut short."""
    entry = pseudo_report[name]
    assert entry["outside"] == [], entry
    assert entry["fits"], entry
    assert entry["cut"] == [], entry


def test_a_cut_label_is_found(qapp: object) -> None:
    """A label squeezed below its text's width, or pushed out of its window, is reported."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from tests.desktop.pseudo_probe import cut_texts

    window = QWidget()
    QVBoxLayout(window)
    label = QLabel("⟦Một nhãn khá dài không xuống dòng~~~~ ~~~~ ~~~~⟧", window)
    window.layout().addWidget(label)
    window.show()
    assert cut_texts(window) == []
    window.layout().removeWidget(label)
    label.setGeometry(0, 0, 40, 20)
    assert len(cut_texts(window)) == 1
    window.close()
